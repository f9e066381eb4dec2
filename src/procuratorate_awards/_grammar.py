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
from collections import defaultdict
from collections.abc import Iterator

from . import _records
from ._divisions import FORMER, DivisionIndex, Form, division_level, index, is_inside, normalize
from ._enums import Kind, Level
from ._errors import AmbiguousNameError, UnknownNameError
from ._models import Division, Procuratorate, Province, RegistryEntry
from ._resources import Lazy

__all__ = [
    "COORDINATORS",
    "CORPS",
    "CORPS_SHORT_FORMS",
    "GENERIC_PLACES",
    "MILITARY_AREAS",
    "MILITARY_PREFIXES",
    "ORDINAL",
    "PROCURATORATE_SUFFIXES",
    "RAILWAY",
    "SPECIAL_AREA_WORDS",
    "SUPREME_NAMES",
    "RegistryIndex",
    "canonical_name",
    "parse",
    "place_path",
    "registry_index",
]

# --- the vocabulary ----------------------------------------------------------------------

SUPREME_NAMES = frozenset(
    {"最高人民检察院", "最高检察院", "最高检", "中华人民共和国最高人民检察院", "高检院"}
)
PROCURATORATE_SUFFIXES = ("人民检察院", "检察院")
ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")
RAILWAY = "铁路运输"
CORPS = "新疆生产建设兵团"
# Short forms of the Corps beside its bare name 兵团, which the province registry keeps.
CORPS_SHORT_FORMS = ("新疆兵团",)
MILITARY_PREFIXES = ("中国人民解放军", "解放军", "中国人民武装警察部队", "武警")
# The full name of each force, for the short forms above; theatres and regions are the army's.
_MILITARY_FORCES = {
    "中国人民解放军": "中国人民解放军",
    "解放军": "中国人民解放军",
    "中国人民武装警察部队": "中国人民武装警察部队",
    "武警": "中国人民武装警察部队",
}
# Theatre commands (since 2016) and the former military regions whose procuratorates
# text may still name; a bare 战区 or 军区 is generic (各战区军事检察院).
MILITARY_AREAS = (
    *(f"{area}战区" for area in ("东部", "南部", "西部", "北部", "中部")),
    *(
        f"{area}军区"
        for area in ("北京", "沈阳", "济南", "南京", "广州", "成都", "兰州", "新疆", "西藏")
    ),
)
# Words that name a special area (Article 16) or a kind the registry holds; a name that
# carries one is placed only by the registry, never by the division table.
SPECIAL_AREA_WORDS = (
    "农垦区",
    "农垦",
    "垦区",
    "林区",
    "森林",
    "工矿区",
    "油田",
    "监狱",
    "开发区",
    "实验区",
    "园区",
    "新区",
    "地区",
)
# Separators of coordinated names that share one suffix.
COORDINATORS = frozenset("、和及与")
# Division names that are also everyday words: 城区 (a district in 晋城, 阳泉, 汕尾),
# 新区 and 市区 (former names). At the end of a longer word (雄安新区, 主城区, 各市区)
# they name no division; standing alone, after a separator or inside a longer name they do.
GENERIC_PLACES = frozenset({"市区", "新区", "城区", "郊区", "矿区", "东区", "西区", "南区", "北区"})

MAX_PLACE = 64
_MUNICIPALITY_CODES = frozenset({"11", "12", "31", "50"})

_NOTE_PREFECTURE_NOT_CITY = (
    "{name} is a 地区 or 盟, which Article 13 does not name; its procuratorate serves as "
    "a branch (分院) of the provincial procuratorate, so the level is 设区的市级; this is "
    "the package's reading, which no source it cites states directly"
)
_NOTE_NO_LEVEL = "no source fixes the level of this kind of procuratorate, so none is given"
_NOTE_CITY_WITHOUT_DISTRICTS = (
    "{name} is a prefecture-level city without districts; Article 13 does not settle "
    "whether its procuratorate is 设区的市级 or 基层, and the registry holds no source "
    "for it, so no level is given"
)
_NOTE_CORPS = (
    "the notice addresses 新疆生产建设兵团人民检察院 beside the provincial procuratorates, "
    "but Article 13 does not name it, so no level is given"
)


# --- the registry --------------------------------------------------------------------------


def _variants(name: str, province: str) -> Iterator[str]:
    """A registry name as text writes it: with or without 人民 before its first 检察院,
    a branch's 分院 with or without 检察 before it, with no closing 检察院 at all, and
    after the name of its province where the name does not begin with it.
    """
    forms = {name}
    if not name.startswith(province) and province != CORPS:
        forms.add(province + name)
    cut = name.find("检察院")
    if cut >= 2 and name[cut - 2 : cut] == "人民":
        forms.add(name[: cut - 2] + name[cut:])
    elif cut >= 0:
        forms.add(name[:cut] + "人民" + name[cut:])
    for form in list(forms):
        head, _, tail = form.partition("检察院")
        if tail.endswith("检察分院"):
            forms.add(f"{head}检察院{tail[: -len('检察分院')]}分院")
        elif tail.endswith("分院") and tail != "分院":
            forms.add(f"{head}检察院{tail[: -len('分院')]}检察分院")
    for form in list(forms):
        for suffix in PROCURATORATE_SUFFIXES:
            if form.endswith(suffix) and len(form) > len(suffix):
                forms.add(form[: -len(suffix)])
                break
    yield from sorted(forms, key=lambda form: (form != name, form))


# Types a branch's designation may close with, which news leaves out (雄安检察分院).
_DESIGNATION_TYPES = ("新区", "地区", "林区")


def _branch_short_forms(name: str) -> tuple[str, ...]:
    """雄安新区检察分院 and 雄安检察分院 for 河北省人民检察院雄安新区分院.

    Only a named branch has them: 第一检察分院 would name a branch of any province.
    """
    _, found, designation = name.partition("检察院")
    if not found or not designation.endswith("分院") or designation.startswith("第"):
        return ()
    designation = designation.removesuffix("分院").removesuffix("检察")
    if len(designation) < 2 or RAILWAY in designation or designation in SPECIAL_AREA_WORDS:
        return ()  # 林区检察分院 would name a branch of any province with forests
    forms = [designation + "检察分院"]
    for suffix in _DESIGNATION_TYPES:
        stem = designation.removesuffix(suffix)
        if stem != designation and len(stem) >= 2:
            forms.append(stem + "检察分院")
    return tuple(forms)


class RegistryIndex:
    """Look-ups over the registry: its names and forms, the branches of each parent."""

    def __init__(self, entries: tuple[RegistryEntry, ...], idx: DivisionIndex) -> None:
        self.entries = entries
        provinces = {province.name: province for province in idx.provinces}
        self.province = {entry.name: provinces[entry.province] for entry in entries}
        # What a source says of the level of a city without districts: the entry of the
        # city's own procuratorate, which the division table names, so it is read there.
        self.city_level: dict[str, RegistryEntry] = {}
        named: list[RegistryEntry] = []
        for entry in entries:
            seat = None if entry.seat is None else idx.by_code.get(entry.seat)
            if (
                entry.kind is Kind.ORDINARY
                and seat is not None
                and entry.name in _own_names(provinces[entry.province], seat)
            ):
                self.city_level[seat.code] = entry
            else:
                named.append(entry)
        self.by_form: dict[str, RegistryEntry] = {}
        self.former: dict[str, RegistryEntry] = {}
        for entry in named:
            for form in entry.former_names:
                for variant in _variants(form, entry.province):
                    self.former.setdefault(variant, entry)
            for form in (entry.name, *entry.short_forms, *_branch_short_forms(entry.name)):
                for variant in _variants(form, entry.province):
                    self.by_form.setdefault(variant, entry)
        self.children: defaultdict[str, list[RegistryEntry]] = defaultdict(list)
        for entry in named:
            if entry.parent is not None:
                self.children[entry.parent].append(entry)

    def lookup(self, text: str) -> tuple[RegistryEntry, bool] | None:
        """The entry ``text`` names and whether it is by a former name, or ``None``."""
        entry = self.by_form.get(text)
        if entry is not None:
            return entry, False
        entry = self.former.get(text)
        return None if entry is None else (entry, True)

    def similar(self, text: str, limit: int = 5) -> tuple[str, ...]:
        """Registry names sharing the most characters with ``text``, best first."""
        wanted = set(text) - set("省市县区人民检察院分")
        scored = sorted(
            ((-len(wanted & set(entry.name)), entry.name) for entry in self.entries),
        )
        return tuple(name for score, name in scored[:limit] if score < -1)

    def heads(self, branch: bool) -> Iterator[str]:
        """Every registry form less its closing 检察分院 (``branch``) or 检察院."""
        suffixes = ("检察分院",) if branch else ("人民检察院", "检察院")
        for form in (*self.by_form, *self.former):
            for suffix in suffixes:
                if form.endswith(suffix) and len(form) > len(suffix):
                    yield form[: -len(suffix)]
                    break


def _own_names(province: Province, city: Division) -> tuple[str, str]:
    """How the registry may write the procuratorate of a city: with or without its province."""
    return f"{province.name}{city.name}人民检察院", f"{city.name}人民检察院"


def _build_registry_index() -> RegistryIndex:
    return RegistryIndex(_records.registry_records.get(), index())


_registry = Lazy(_build_registry_index)


def registry_index() -> RegistryIndex:
    """The registry's index, built on first use."""
    return _registry.get()


def _from_registry(name: str, entry: RegistryEntry, former: bool) -> Procuratorate:
    notes = [entry.level_basis]
    if former:
        notes.append(f"{normalize(name)} is a former name of {entry.name}")
    if entry.abolished is not None:
        successor = f"; its successor is {entry.successor}" if entry.successor else ""
        notes.append(f"abolished {entry.abolished}{successor}")
    return Procuratorate(
        name=name,
        full_name=entry.name,
        province=registry_index().province[entry.name],
        prefecture=None,
        county=None,
        level=entry.level,
        kind=entry.kind,
        notes=tuple(notes),
    )


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
            if chain and not is_inside(chain[-1].division, form.division):
                continue
            # A former name of two characters (新区, 郊区, 南区) is an everyday word
            # too; it is read only after the division it lay in, never on its own.
            if not chain and form.rank == FORMER and end - start <= 2:
                continue
            yield from extend(end, (*chain, form))

    yield from extend(0, ())


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
    places: dict[Division, tuple[str, ...]] = {}
    for reading in readings:
        places.setdefault(
            reading[-1].division, tuple(f.note for f in reading if f.note is not None)
        )
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
        suggestions = idx.suggestions(text[end:], within=known) or (known,)
    return UnknownNameError(name, reason, tuple(place_path(idx, d) for d in suggestions))


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
            notes = (*notes, _NOTE_PREFECTURE_NOT_CITY.format(name=prefecture.name))
        elif not index().has_counties(prefecture):
            entry = registry_index().city_level.get(prefecture.code)
            if entry is None:
                level = None
                notes = (*notes, _NOTE_CITY_WITHOUT_DISTRICTS.format(name=prefecture.name))
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


def _branch(name: str, text: str) -> Procuratorate:
    """``X人民检察院Y分院`` that the registry does not hold: say why it is refused."""
    cut = text.rfind("检察院")
    parent_text, designation = text[: cut + 3], text[cut + 3 :]
    parent = parse(name, parent_text)
    if parent.level is not Level.PROVINCIAL:
        raise UnknownNameError(
            name,
            f"a 分院 belongs to a provincial procuratorate, and {parent.full_name} is not one",
        )
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
                full_name=_MILITARY_FORCES.get(prefix, "中国人民解放军") + area + "军事检察院",
                province=None,
                prefecture=None,
                county=None,
                level=None,
                kind=Kind.MILITARY,
                notes=(_NOTE_NO_LEVEL,),
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
        return _from_registry(name, *found)
    if text.endswith("军事检察院"):
        military = _military(name, text)
        if military is not None:
            return military
        raise UnknownNameError(name, "is not a military procuratorate this package knows")
    if text.endswith("分院") and "检察院" in text[:-2]:
        return _branch(name, text)
    if RAILWAY in text:
        raise UnknownNameError(
            name,
            "is not a railway transport procuratorate the registry holds",
            registry.similar(text),
        )
    bare = _strip_procuratorate(text)
    corps = index().corps
    if bare in (corps.name, corps.name + "人民", *CORPS_SHORT_FORMS):
        return Procuratorate(
            name, corps.name + "人民检察院", corps, None, None, None, Kind.ORDINARY, (_NOTE_CORPS,)
        )
    return _ordinary(name, bare)
