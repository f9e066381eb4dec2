"""The grammar of procuratorate names: its words, and the parse of one whole name.

This module is the one copy of the rules. :func:`~procuratorate_awards.resolve_procuratorate`
is :func:`parse` on a whole string; :func:`~procuratorate_awards.find_procuratorates`
only decides where a name starts and ends in running text, with the words below, and
puts each candidate to the same parse.

A name is one of:

* the Supreme People's Procuratorate (:data:`SUPREME_NAMES`);
* a name the registry of procuratorates without a division of their own holds: its
  full name, a short or former name, with 人民检察院 or 检察院 (branches 分院, railway
  transport, cross-region, Corps, forestry, land-reclamation, mining and zone
  procuratorates — and only those the registry holds);
* a military procuratorate: [a military prefix][a theatre or former military region]军事检察院;
* an ordinary procuratorate: a run of 2022 division names, [province][prefecture]
  [county], each inside the one before, then 人民检察院, 检察院 or nothing.

The canonical full name of an ordinary procuratorate is written by division type
(the award list writes its names this way, e.g. 浙江省嵊州市人民检察院 beside
广东省深圳市宝安区人民检察院): a municipal district (市辖区) after its city, every other
county-level division (county, county-level city, banner, special district) after its
province alone; a municipality's districts and counties after the municipality.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from ._divisions import CURRENT, FORMER, DivisionIndex, Form, division_level, index, is_inside
from ._enums import Kind, Level
from ._errors import AmbiguousNameError, UnknownNameError
from ._models import Division, Procuratorate, Province
from ._registry import from_registry, registry_index
from ._words import (
    CORPS_SHORT_FORMS,
    MAX_PLACE,
    MILITARY_AREAS,
    MILITARY_FORCES,
    MILITARY_PREFIXES,
    NOTE_CITY_WITHOUT_DISTRICTS,
    NOTE_CORPS,
    NOTE_NO_LEVEL,
    NOTE_PREFECTURE_NOT_CITY,
    NUMBERED_CITY_AREA,
    NUMERALS,
    PROCURATORATE_SUFFIXES,
    RAILWAY,
    SPECIAL_AREA_WORDS,
    SUPREME_NAMES,
)

__all__ = ["NUMBERED_BRANCH", "canonical_name", "parse", "place_path"]


# --- places --------------------------------------------------------------------------------


def place_path(idx: DivisionIndex, division: Division) -> str:
    """Province, prefecture and county names joined: 浙江省绍兴市嵊州市."""
    province = idx.province_of(division)
    parts = [province.name]
    level = division_level(division.code)
    parent = idx.parent(division)
    if level == 2 and parent is not None:
        parts.append(parent.name)
    if level > 0:
        parts.append(division.name)
    return "".join(parts)


def _is_municipal_district(county: Division, prefecture: Division | None) -> bool:
    """A 市辖区: a 区 of a prefecture-level city, not a 特区 or a 林区 of its own."""
    return (
        prefecture is not None
        and prefecture.name.endswith("市")
        and county.name.endswith("区")
        and not county.name.endswith("特区")
    )


def canonical_name(province: Province, prefecture: Division | None, county: Division | None) -> str:
    """The canonical full name of the ordinary procuratorate of a place, by division type.

    >>> from procuratorate_awards import resolve_procuratorate
    >>> resolve_procuratorate("延吉市人民检察院").full_name
    '吉林省延吉市人民检察院'
    >>> resolve_procuratorate("伊春市金林区人民检察院").full_name
    '黑龙江省伊春市金林区人民检察院'
    """
    parts = [province.name]
    if prefecture is not None and (county is None or _is_municipal_district(county, prefecture)):
        parts.append(prefecture.name)
    if county is not None:
        parts.append(county.name)
    return "".join(parts) + "人民检察院"


def _readings(idx: DivisionIndex, place: str) -> Iterator[tuple[Form, ...]]:
    """Every way to read ``place`` as [province][prefecture][county], outermost first."""

    def extend(start: int, chain: tuple[Form, ...]) -> Iterator[tuple[Form, ...]]:
        if start == len(place):
            if chain:
                yield chain
            return
        if len(chain) == 3:
            return
        for end, form in idx.forms_at(place, start):
            if chain and not idx.held(chain[-1].division, form.division):
                continue
            # A former name of two characters (新区, 郊区, 南区) is an everyday word
            # too; it is read only after the division it lay in, never on its own,
            # unless it is a county's or a banner's (横县, 通县).
            if (
                not chain
                and form.rank == FORMER
                and end - start <= 2
                and place[end - 1] not in "县旗"
            ):
                continue
            yield from extend(end, (*chain, form))

    yield from extend(0, ())


def _earlier(idx: DivisionIndex, reading: tuple[Form, ...]) -> tuple[str, ...]:
    """A note for each name of ``reading`` written under a place that held it only before."""
    return tuple(
        f"{inner.division.name} lay in {outer.division.name} until "
        f"{idx.lay_in[inner.division.code][outer.division.code]}"
        for outer, inner in pairwise(reading)
        if not is_inside(outer.division, inner.division)
    )


def place(
    name: str, text: str
) -> tuple[Province, Division | None, Division | None, tuple[str, ...]]:
    """Resolve a run of division names to (province, prefecture, county, notes)."""
    idx = index()
    if not text:
        raise UnknownNameError(name, "names no place")
    if len(text) > MAX_PLACE:
        raise UnknownNameError(name, f"is longer than any place name ({len(text):,} characters)")
    readings = list(_readings(idx, text))
    if readings:
        best_rank = min(max(form.rank for form in reading) for reading in readings)
        readings = [r for r in readings if max(form.rank for form in r) == best_rank]
    noted = [(reading, _earlier(idx, reading)) for reading in readings]
    # A place that holds a name now wins over one that held it before.
    noted = [(reading, earlier) for reading, earlier in noted if not earlier] or noted
    places: dict[Division, tuple[str, ...]] = {}
    for reading, earlier in noted:
        notes = (*(f.note for f in reading if f.note is not None), *earlier)
        places.setdefault(reading[-1].division, notes)
    if not places:
        raise _unplaced(name, text, idx)
    if len(places) > 1:
        paths = tuple(sorted(place_path(idx, d) for d in places))
        raise AmbiguousNameError(
            name,
            f"{text} fits {len(places)} places; add the province or prefecture to choose",
            paths,
        )
    [(division, notes)] = places.items()
    province = idx.province_of(division)
    level = division_level(division.code)
    if level == 0:
        return province, None, None, notes
    if level == 1:
        return province, division, None, notes
    return province, idx.parent(division), division, notes


def _unplaced(name: str, text: str, idx: DivisionIndex) -> UnknownNameError:
    known, end = idx.longest_known_start(text)
    special = next((word for word in SPECIAL_AREA_WORDS if word in text[end:]), None)
    if special is not None:
        return UnknownNameError(
            name,
            f"{text} carries {special}, a word of special procuratorates, and the registry "
            "holds no procuratorate of this name",
            registry_index().similar(text),
        )
    if known is None:
        reason = f"{text} is not a run of 2022 division names (province, prefecture, county)"
        suggestions = idx.suggestions(text)
    else:
        reason = f"{text[end:]} after {text[:end]} is not a 2022 division inside it"
        # Where the rest names a place elsewhere (青海省花垣县: 花垣县 lies in Hunan), the
        # text has put it in the wrong place, and that place is what would have matched.
        suggestions = (
            _named_elsewhere(idx, text[end:])
            or idx.suggestions(text[end:], within=known)
            or (known,)
        )
    return UnknownNameError(name, reason, tuple(place_path(idx, d) for d in suggestions))


def _named_elsewhere(idx: DivisionIndex, text: str) -> tuple[Division, ...]:
    """The divisions ``text`` names by current names alone, wherever they lie."""
    return tuple(
        dict.fromkeys(
            reading[-1].division
            for reading in _readings(idx, text)
            if all(form.rank == CURRENT for form in reading)
        )
    )


# --- the parse ----------------------------------------------------------------------------


def _strip_procuratorate(text: str) -> str:
    for suffix in PROCURATORATE_SUFFIXES:
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _ordinary(name: str, text: str) -> Procuratorate:
    province, prefecture, county, notes = place(name, text)
    level: Level | None
    if prefecture is None and county is None:
        level = Level.PROVINCIAL
    elif county is not None:
        level = Level.BASIC
    else:
        assert prefecture is not None
        level = Level.PREFECTURAL
        if not prefecture.name.endswith(("市", "自治州")):
            notes = (*notes, NOTE_PREFECTURE_NOT_CITY.format(name=prefecture.name))
        elif not index().has_counties(prefecture):
            entry = registry_index().city_level.get(prefecture.code)
            if entry is None:
                level = None
                notes = (*notes, NOTE_CITY_WITHOUT_DISTRICTS.format(name=prefecture.name))
            else:
                level = entry.level
                notes = (*notes, entry.level_basis)
    return Procuratorate(
        name=name,
        full_name=canonical_name(province, prefecture, county),
        province=province,
        prefecture=prefecture,
        county=county,
        level=level,
        kind=Kind.ORDINARY,
        notes=notes,
    )


# A numbered branch right after its province's or municipality's 省 or 市, with 检察院 or a
# short form of it before the ordinal (市检察二分院, 市检二分院, 省人民检察院第一分院): the finder
# reads it as a reference to the branch, the resolver after its place's name.
NUMBERED_BRANCH = rf"(?<=[省市])(?:人民)?检(?:察院?)?(?P<ordinal>第?[{NUMERALS}])分院"
_NUMBERED_BRANCH = re.compile(NUMBERED_BRANCH + r"\Z")


def _branch(name: str, text: str) -> Procuratorate:
    """``X人民检察院Y分院`` that the registry does not hold under that name: the branch of
    X's province the registry names as Y分院 alone (山西省人民检察院太原铁路运输分院), else
    say why it is refused."""
    cut = text.rfind("检察院")
    parent_text, designation = text[: cut + 3], text[cut + 3 :]
    parent = parse(name, parent_text)
    if parent.level is not Level.PROVINCIAL:
        raise UnknownNameError(
            name,
            f"a 分院 belongs to a provincial procuratorate, and {parent.full_name} is not one",
        )
    try:
        alone: Procuratorate | None = parse(name, designation)
    except (AmbiguousNameError, UnknownNameError):
        alone = None
    if alone is not None and alone.province == parent.province:
        return alone
    branches = tuple(entry.name for entry in registry_index().children.get(parent.full_name, ()))
    raise UnknownNameError(
        name,
        f"{designation} of {parent.full_name} is not a branch the registry holds",
        branches,
    )


def _military(name: str, text: str) -> Procuratorate | None:
    """[force][theatre or region]军事检察院, written out with its force in full."""
    rest = text[: -len("军事检察院")]
    for prefix in [*sorted(MILITARY_PREFIXES, key=len, reverse=True), ""]:
        area = rest[len(prefix) :]
        if rest.startswith(prefix) and area in ("", *MILITARY_AREAS) and (prefix or area):
            return Procuratorate(
                name=name,
                full_name=MILITARY_FORCES.get(prefix, "中国人民解放军") + area + "军事检察院",
                province=None,
                prefecture=None,
                county=None,
                level=None,
                kind=Kind.MILITARY,
                notes=(NOTE_NO_LEVEL,),
            )
    return None


def parse(name: str, text: str) -> Procuratorate:
    """Parse the normalised ``text`` as one whole name; ``name`` is for messages.

    Raises :class:`UnknownNameError` naming the part that failed, or
    :class:`AmbiguousNameError` listing the readings.

    >>> parse("北京市检察院第四分院", "北京市检察院第四分院").full_name
    '北京市人民检察院第四分院'
    """
    if text in SUPREME_NAMES:
        return Procuratorate(name, "最高人民检察院", None, None, None, Level.SUPREME, Kind.ORDINARY)
    registry = registry_index()
    found = registry.lookup(text)
    if found is not None:
        return from_registry(name, *found)
    if text.endswith("军事检察院"):
        military = _military(name, text)
        if military is not None:
            return military
        raise UnknownNameError(name, "is not a military procuratorate this package knows")
    written = _NUMBERED_BRANCH.search(text)
    if written is not None and written.group() != text:
        # 天津市检察二分院, as the finder reads it: 天津市人民检察院第二分院.
        ordinal = written.group("ordinal")
        full = "人民检察院" + ("" if ordinal.startswith("第") else "第") + ordinal + "分院"
        if full != written.group():
            return parse(name, text[: written.start()] + full)
    if text.endswith("分院") and "检察院" in text[:-2]:
        return _branch(name, text)
    if RAILWAY in text:
        raise UnknownNameError(
            name,
            "is not a railway transport procuratorate the registry holds",
            registry.similar(text),
        )
    bare = _strip_procuratorate(text)
    if NUMBERED_CITY_AREA.search(bare.removesuffix("人民")) is not None:
        raise UnknownNameError(
            name,
            "is not a numbered 市区 procuratorate the registry holds",
            registry.similar(text),
        )
    corps = index().corps
    if bare in (corps.name, corps.name + "人民", *CORPS_SHORT_FORMS):
        return Procuratorate(
            name, corps.name + "人民检察院", corps, None, None, None, Kind.ORDINARY, (NOTE_CORPS,)
        )
    return _ordinary(name, bare)
