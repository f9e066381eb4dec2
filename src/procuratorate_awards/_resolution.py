"""Placing provinces and procuratorate names in the hierarchy of divisions and levels.

The rules, each from a source the documentation names:

* Levels follow Article 13 of the Organic Law of the People's Procuratorates (2018):
  a province, autonomous region or municipality → 省级; a prefecture-level division
  or a 分院 of a provincial procuratorate → 设区的市级; a county-level division → 基层.
  Whether a division is a province, prefecture or county comes from its GB/T 2260
  code, never from the shape of its name: 嵊州市 (330683) is a county-level city.
* A name is read as a run of division names from the 2022 table: [province]
  [prefecture] [county], each part optional, each inside the one before. Every
  reading is tried; the readings that use only current full names win over those
  that need a short or former name. If the winning readings place the name in more
  than one way, the name is ambiguous and nothing is guessed.

Every public function takes any ``str`` (anything else is a :class:`TypeError`), and
costs time linear in its length: names longer than any real one are refused before
any search.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import TypeVar

from . import _loading
from ._display import ProvinceList
from ._divisions import (
    CURRENT,
    FORMER,
    DivisionIndex,
    Form,
    division_level,
    index,
    is_inside,
    normalize,
)
from ._errors import AmbiguousNameError, NameLookupError, UnknownNameError
from ._models import Division, Kind, Level, Procuratorate, Province, ProvinceKind

__all__ = [
    "ProvinceList",
    "provinces",
    "resolve_level",
    "resolve_procuratorate",
    "resolve_province",
]

T = TypeVar("T")

# No place part of a real name comes near this; longer input is refused at once.
_MAX_PLACE = 64
# Inputs up to this length are cached; longer ones are answered but not kept.
_MAX_CACHED_INPUT = 200
_CACHE_SIZE = 8192

_SUPREME_NAMES = frozenset(
    {"最高人民检察院", "最高检察院", "最高检", "中华人民共和国最高人民检察院"}
)
_PROCURATORATE_SUFFIXES = ("人民检察院", "检察院")
_ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")
_MILITARY_PREFIXES = ("中国人民解放军", "解放军", "中国人民武装警察部队", "武警")
# Keywords of procuratorates set up in a special area (Article 16), in the order tried.
_DISPATCHED_KEYWORDS: tuple[tuple[str, Kind], ...] = (
    ("农垦区", Kind.LAND_RECLAMATION),
    ("垦区", Kind.LAND_RECLAMATION),
    ("农垦", Kind.LAND_RECLAMATION),
    ("林区", Kind.FORESTRY),
    ("森林", Kind.FORESTRY),
    ("工矿区", Kind.OTHER_DISPATCHED),
    ("监狱", Kind.OTHER_DISPATCHED),
)

_LEVEL_BY_DIVISION = (Level.PROVINCIAL, Level.PREFECTURAL, Level.BASIC)
_NOTE_PREFECTURE_NOT_CITY = (
    "{name} is a 地区 or 盟, which Article 13 does not name; its procuratorate serves as "
    "a branch (分院) of the provincial procuratorate, so the level is 设区的市级; this is "
    "the package's reading, which no source it cites states directly"
)
_NOTE_NO_LEVEL = "no source fixes the level of this kind of procuratorate, so none is given"
_NOTE_RAILWAY = (
    "railway transport procuratorates work at basic level under a railway transport "
    "branch; their jurisdiction follows railway lines, so no prefecture or county is given"
)
_NOTE_RAILWAY_BRANCH = (
    "a railway transport branch is a 分院 of the provincial procuratorate (Article 13), so "
    "设区的市级; its jurisdiction follows railway lines, so no prefecture or county is given"
)
_NOTE_CORPS = (
    "the notice addresses 新疆生产建设兵团人民检察院 beside the provincial procuratorates, "
    "but Article 13 does not name it, so no level is given"
)


def _text_argument(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, not {type(value).__name__}")
    return value


def _cached(function: Callable[[str], T]) -> Callable[[str], T]:
    """Memoise answers and failures for short inputs in a bounded cache."""

    @functools.lru_cache(maxsize=_CACHE_SIZE)
    def attempt(text: str) -> T | NameLookupError:
        try:
            return function(text)
        except NameLookupError as error:
            return error

    def run(text: str) -> T:
        outcome = attempt(text) if len(text) <= _MAX_CACHED_INPUT else function(text)
        if isinstance(outcome, NameLookupError):
            raise outcome.__reduce__()[0](*outcome.__reduce__()[1])
        return outcome

    run.cache_clear = attempt.cache_clear  # type: ignore[attr-defined]
    run.cache_info = attempt.cache_info  # type: ignore[attr-defined]
    # Answers hold loaded records; data loaded again must not meet stale ones.
    _loading.on_reset(attempt.cache_clear)
    return run


# --- provinces ---------------------------------------------------------------------------


def provinces() -> ProvinceList:
    """The 32 provincial-level units the notice addresses, in code order, the Corps last.

    A tuple that renders as a table and converts to data frames (:class:`ProvinceList`).

    >>> from procuratorate_awards import provinces
    >>> len(provinces()), provinces()[0].name, provinces()[-1].name
    (32, '北京市', '新疆生产建设兵团')
    """
    # The registry itself: the division index holds this same tuple, and is not needed.
    return _province_list.get()


# The same object on every call, as the registry it wraps.
_province_list = _loading.Lazy(lambda: ProvinceList(_loading.provinces.get()))


def _ascii_key(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


@functools.cache
def _province_keys() -> tuple[dict[str, Province], dict[str, Province], dict[str, Province]]:
    """Exact keys: Chinese forms, ASCII forms (casefolded, no spaces) and ISO codes."""
    chinese: dict[str, Province] = {}
    ascii_forms: dict[str, Province] = {}
    iso: dict[str, Province] = {}
    for province in index().provinces:
        for form in (province.name, province.bare_name, *province.abbreviations):
            chinese[form] = province
        for form in (province.english_name, *province.english_aliases):
            ascii_forms[_ascii_key(form)] = province
        if province.iso_code is not None:
            iso[province.iso_code.casefold()] = province
    return chinese, ascii_forms, iso


_loading.on_reset(_province_keys.cache_clear)


def resolve_province(value: str | int) -> Province:
    """The provincial-level unit that ``value`` names, in any of its usual forms.

    Accepted: the full name (浙江省), the name without its suffix (浙江, 内蒙古), the
    one-character abbreviation (浙; 川 or 蜀), an English or pinyin name in any case
    (Zhejiang, Inner Mongolia, Xizang), an ISO 3166-2 code (CN-ZJ), a division code
    as int or str (33, "33", "330000", "330683"), or a name that starts with a
    province or with a division that lies in one (浙江省嵊州市人民检察院, 杭州市).
    A one-character abbreviation is only taken alone, never as the start of a text.

    Raises :class:`UnknownNameError` (with the closest provinces) when nothing fits,
    :class:`AmbiguousNameError` when a division name at the start lies in several
    provinces, and :class:`TypeError` for anything but ``str`` or ``int``.

    >>> resolve_province("Inner Mongolia").name
    '内蒙古自治区'
    >>> resolve_province(330683).name
    '浙江省'
    >>> resolve_province("浙江省嵊州市人民检察院").iso_code
    'CN-ZJ'
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return _province_from_code(str(value), value)
    return _resolve_province_text(_text_argument(value, "a province"))


def _province_from_code(digits: str, query: object) -> Province:
    if len(digits) == 2:
        province = index().province_by_code.get(digits)
    elif len(digits) == 6 and digits in index().by_code:
        province = index().province_by_code.get(digits[:2])
    else:
        province = None
    if province is None:
        raise UnknownNameError(
            query, "not the code of a province or of a 2022 division (two or six digits)"
        )
    return province


def _province_names(provinces: tuple[Province, ...]) -> tuple[str, ...]:
    return tuple(p.name for p in provinces)


@_cached
def _resolve_province_text(value: str) -> Province:
    text = normalize(value)
    if not text:
        raise UnknownNameError(value, "an empty name names no province")
    if text.isascii():
        if text.isdigit():
            return _province_from_code(text, value)
        chinese, ascii_forms, iso = _province_keys()
        key = _ascii_key(text)
        found = iso.get(text.casefold()) or ascii_forms.get(key)
        if found is None:
            close = [p for k, p in ascii_forms.items() if key and (k.startswith(key[:3]))]
            raise UnknownNameError(
                value,
                "no province has this English name or ISO code",
                _province_names(tuple(dict.fromkeys(close))),
            )
        return found
    chinese, _, _ = _province_keys()
    if text in chinese:
        return chinese[text]
    return _province_from_start(value, text)


def _province_from_start(value: str, text: str) -> Province:
    """The province of the longest name at the start of ``text``."""
    idx = index()
    if text.startswith(idx.corps.name):
        return idx.corps
    best_end = 0
    best: list[Form] = []
    for end, form in idx.forms_at(text, 0):
        if form.rank == CURRENT or division_level(form.division.code) == 0:
            if end > best_end:
                best_end, best = end, [form]
            elif end == best_end:
                best.append(form)
    found = {idx.province_of(form.division) for form in best}
    if len(found) == 1:
        return found.pop()
    if found:
        names = tuple(sorted({_place_path(idx, f.division) for f in best}))
        raise AmbiguousNameError(value, f"{text[:best_end]} lies in {len(found)} provinces", names)
    suggestions = idx.suggestions(text[:_MAX_PLACE])
    raise UnknownNameError(
        value,
        "does not start with the name of a province or of a division in one",
        tuple(dict.fromkeys(idx.province_of(d).name for d in suggestions)),
    )


# --- procuratorates ----------------------------------------------------------------------


def _place_path(idx: DivisionIndex, division: Division) -> str:
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


def _full_name(province: Province, prefecture: Division | None, county: Division | None) -> str:
    """Written as the award list writes names: districts with their city, counties without.

    GB/T 2260 gives districts (市辖区) the last two digits 01–20.
    """
    parts = [province.name]
    if prefecture is not None and (county is None or int(county.code[4:]) <= 20):
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


def _place(
    name: str, place: str, *, allow_province_only: bool = True
) -> tuple[Province, Division | None, Division | None, tuple[str, ...]]:
    """Resolve the place part of a name to (province, prefecture, county, notes)."""
    idx = index()
    if not place:
        raise UnknownNameError(name, "names no place")
    if len(place) > _MAX_PLACE:
        raise UnknownNameError(name, f"is longer than any place name ({len(place):,} characters)")
    readings = list(_readings(idx, place))
    if readings:
        best_rank = min(max(form.rank for form in reading) for reading in readings)
        readings = [r for r in readings if max(form.rank for form in r) == best_rank]
    places: dict[Division, tuple[str, ...]] = {}
    for reading in readings:
        places.setdefault(
            reading[-1].division, tuple(f.note for f in reading if f.note is not None)
        )
    if not places:
        known, end = idx.longest_known_start(place)
        if known is None:
            reason = f"{place} is not a run of 2022 division names (province, prefecture, county)"
            suggestions = idx.suggestions(place)
        else:
            reason = f"{place[end:]} after {place[:end]} is not a 2022 division inside it"
            suggestions = idx.suggestions(place[end:], within=known) or (known,)
        raise UnknownNameError(name, reason, tuple(_place_path(idx, d) for d in suggestions))
    if len(places) > 1:
        paths = tuple(sorted(_place_path(idx, d) for d in places))
        raise AmbiguousNameError(
            name,
            f"{place} fits {len(places)} places; add the province or prefecture to choose",
            paths,
        )
    [(division, notes)] = places.items()
    level = division_level(division.code)
    if level == 0 and not allow_province_only:
        raise UnknownNameError(name, f"{place} names a province where a city was expected")
    province = idx.province_of(division)
    if level == 0:
        return province, None, None, notes
    if level == 1:
        return province, division, None, notes
    return province, idx.parent(division), division, notes


def _strip_procuratorate(text: str) -> str | None:
    for suffix in _PROCURATORATE_SUFFIXES:
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return None


def _ordinary(name: str, place: str) -> Procuratorate:
    province, prefecture, county, notes = _place(name, place)
    divisions = [d for d in (county, prefecture) if d is not None]
    if not divisions:
        level = Level.PROVINCIAL
    elif county is not None:
        level = Level.BASIC
    else:
        level = Level.PREFECTURAL
        if not prefecture.name.endswith(("市", "自治州")):  # type: ignore[union-attr]
            notes = (*notes, _NOTE_PREFECTURE_NOT_CITY.format(name=prefecture.name))  # type: ignore[union-attr]
    return Procuratorate(
        name=name,
        full_name=_full_name(province, prefecture, county),
        province=province,
        prefecture=prefecture,
        county=county,
        level=level,
        kind=Kind.ORDINARY,
        notes=notes,
    )


def _branch(name: str, text: str) -> Procuratorate:
    """``X人民检察院Y分院``: a branch of the procuratorate of X."""
    cut = text.rfind("检察院")
    parent_text, designation = text[: cut + 3], text[cut + 3 : -2]
    parent = _resolve_text(name, parent_text)
    if parent.kind is not Kind.ORDINARY or parent.province is None:
        raise UnknownNameError(name, f"{parent_text} has no branches of this kind")
    kind = Kind.BRANCH
    for keyword, dispatched in (*_DISPATCHED_KEYWORDS, ("铁路运输", Kind.RAILWAY_TRANSPORT)):
        if keyword in designation:
            kind = dispatched
            break
    else:
        if designation and not _ORDINAL.fullmatch(designation):
            _check_branch_place(name, parent.province, designation)
    notes: tuple[str, ...] = parent.notes
    if parent.level is Level.PROVINCIAL:
        level: Level | None = Level.PREFECTURAL
    else:
        level = None
        note = _NOTE_CORPS if parent.province.kind is ProvinceKind.CORPS else _NOTE_NO_LEVEL
        # The Corps' own procuratorate already carries the note its branches need.
        notes = notes if note in notes else (*notes, note)
    return Procuratorate(
        name=name,
        full_name=parent.full_name + designation + "分院",
        province=parent.province,
        prefecture=parent.prefecture,
        county=parent.county,
        level=level,
        kind=kind,
        notes=notes,
    )


def _check_branch_place(name: str, province: Province, designation: str) -> None:
    """A branch named after a place (阿克苏分院) must name a place in its province."""
    idx = index()
    if province.code is None:
        return
    for division in idx.divisions:
        if division.code.startswith(province.code) and division.name.startswith(designation):
            return
    raise UnknownNameError(
        name,
        f"{designation} is neither an ordinal nor a place in {province.name}, so the "
        "branch cannot be checked and is not recognised",
    )


def _railway(name: str, place: str, *, branch: bool) -> Procuratorate:
    idx = index()
    province: Province | None = None
    named_after = place
    if place in idx.forms or place + "市" in idx.forms:
        candidates = {
            idx.province_of(f.division)
            for f in (*idx.forms.get(place, ()), *idx.forms.get(place + "市", ()))
            if f.rank == CURRENT or division_level(f.division.code) == 0
        }
        if len(candidates) == 1:
            province = candidates.pop()
        elif candidates:
            raise AmbiguousNameError(
                name,
                f"{place} lies in {len(candidates)} provinces",
                _province_names(tuple(candidates)),
            )
    if province is None:
        raise UnknownNameError(
            name,
            f"{place or 'nothing'} is not a province or city that names railway procuratorates",
            tuple(_place_path(idx, d) for d in idx.suggestions(place)),
        )
    notes: tuple[str, ...] = (_NOTE_RAILWAY_BRANCH if branch else _NOTE_RAILWAY,)
    if named_after != province.bare_name:
        notes = (*notes, f"named after {named_after}")
    suffix = "铁路运输检察分院" if branch else "铁路运输检察院"
    return Procuratorate(
        name=name,
        full_name=place + suffix,
        province=province,
        prefecture=None,
        county=None,
        level=Level.PREFECTURAL if branch else Level.BASIC,
        kind=Kind.RAILWAY_TRANSPORT,
        notes=notes,
    )


def _dispatched(name: str, place: str) -> Procuratorate | None:
    """A procuratorate in a special area (Article 16), if ``place`` ends with its keyword."""
    for keyword, kind in _DISPATCHED_KEYWORDS:
        cut = place.find(keyword)
        if cut < 0:
            continue
        # The area before the keyword must be a place the table knows, all of it:
        # a special area is never taken on the word of its keyword alone.
        try:
            province, prefecture, county, notes = _place(name, place[:cut])
        except NameLookupError:
            return None
        return Procuratorate(
            name=name,
            full_name=place + "人民检察院",
            province=province,
            prefecture=prefecture,
            county=county,
            level=None,
            kind=kind,
            notes=(*notes, _NOTE_NO_LEVEL),
        )
    return None


def _military(name: str, text: str) -> Procuratorate | None:
    prefix = text[: -len("军事检察院")]
    if not (
        prefix.startswith(_MILITARY_PREFIXES) or prefix.endswith(("军区", "战区")) or not prefix
    ):
        return None
    return Procuratorate(
        name=name,
        full_name=text,
        province=None,
        prefecture=None,
        county=None,
        level=None,
        kind=Kind.MILITARY,
        notes=(_NOTE_NO_LEVEL,),
    )


def _resolve_text(name: str, text: str) -> Procuratorate:
    """Resolve normalised ``text``; ``name`` is what the caller gave, for messages."""
    idx = index()
    if text in _SUPREME_NAMES:
        return Procuratorate(name, "最高人民检察院", None, None, None, Level.SUPREME, Kind.ORDINARY)
    if text.endswith("军事检察院"):
        military = _military(name, text)
        if military is not None:
            return military
    if text.endswith("铁路运输检察分院"):
        return _railway(name, text[: -len("铁路运输检察分院")], branch=True)
    if text.endswith("分院") and "检察院" in text:
        return _branch(name, text)
    place = _strip_procuratorate(text)
    if place is not None and place.endswith("铁路运输"):
        return _railway(name, place[: -len("铁路运输")], branch=False)
    if place is None:
        place = text
    if place in (idx.corps.name, idx.corps.name + "人民"):
        return Procuratorate(
            name,
            idx.corps.name + "人民检察院",
            idx.corps,
            None,
            None,
            None,
            Kind.ORDINARY,
            (_NOTE_CORPS,),
        )
    try:
        return _ordinary(name, place)
    except UnknownNameError:
        dispatched = _dispatched(name, place)
        if dispatched is None:
            raise
        return dispatched


@_cached
def _resolve(name: str) -> Procuratorate:
    text = normalize(name)
    if not text:
        raise UnknownNameError(name, "an empty name names no procuratorate")
    return _resolve_text(name, text)


def resolve_procuratorate(name: str) -> Procuratorate:
    """Place a procuratorate name: province, prefecture, county, level and kind.

    The name may carry its province or not, and may end in 人民检察院, 检察院 or
    nothing (a bare place name stands for its procuratorate). Full-width forms and
    white space, line breaks included, are folded first.

    Raises :class:`AmbiguousNameError` listing every reading when the name fits
    several places (朝阳区人民检察院: Beijing and Changchun), :class:`UnknownNameError`
    with the closest names when it fits none, and :class:`TypeError` for a non-string.

    >>> p = resolve_procuratorate("河北省沧县人民检察院")
    >>> p.prefecture.name, p.county.name, p.level.label
    ('沧州市', '沧县', '基层')
    >>> resolve_procuratorate("北京市人民检察院第一分院").level.label
    '设区的市级'
    >>> resolve_procuratorate("延边州人民检察院").prefecture.name
    '延边朝鲜族自治州'
    >>> from procuratorate_awards import AmbiguousNameError
    >>> try:
    ...     resolve_procuratorate("朝阳区人民检察院")
    ... except AmbiguousNameError as error:
    ...     print(error.candidates)
    ('北京市朝阳区', '吉林省长春市朝阳区')
    """
    return _resolve(_text_argument(name, "a procuratorate name"))


def resolve_level(name: str) -> Level | None:
    """The level of the procuratorate ``name`` names, or ``None`` where no source fixes it.

    Raises the same errors as :func:`resolve_procuratorate`.

    >>> resolve_level("浙江省嵊州市人民检察院").label
    '基层'
    >>> resolve_level("上海铁路运输检察院").english
    'basic'
    """
    return resolve_procuratorate(name).level
