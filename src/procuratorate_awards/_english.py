"""English names of procuratorates, by one pattern, from their division codes.

The place names come from ``english.json``; a procuratorate of the registry has the
English name the registry gives it.
"""

from __future__ import annotations

from attrs import frozen

from . import _records
from ._divisions import division_level, index
from ._enums import Kind, Level
from ._errors import UnknownNameError
from ._grammar import place_path
from ._models import Procuratorate, Province
from ._registry import registry_index
from ._resolution import resolve_procuratorate
from ._resources import ENGLISH_FILE, Lazy

__all__ = ["MILITARY_ENGLISH", "english_name", "english_names", "english_places"]


@frozen
class _English:
    about: str
    source: str
    places: dict[str, str]
    with_prefecture: tuple[str, ...]


def _load_english() -> tuple[_English, frozenset[str]]:
    table: _English = _records.load(ENGLISH_FILE, _English)
    return table, frozenset(table.with_prefecture)


_places = Lazy(_load_english)


def english_places() -> dict[str, str]:
    """Each division's English name by its code, as English names of procuratorates use it.

    >>> english_places()["330683"]
    'Shengzhou City'
    """
    return _places.get()[0].places


def _english_place(unit: Procuratorate, province: Province) -> str:
    """The divisions of ``unit`` in English, innermost first, ending with the province."""
    county, prefecture = unit.county, unit.prefecture
    division = county if county is not None else prefecture
    path = _english_path(None if division is None else division.code, province)
    if path is None:
        raise UnknownNameError(unit.name, "no English name is kept for its division")
    return path


def _english_path(code: str | None, province: Province) -> str | None:
    """The division ``code`` (a county's or a prefecture's; ``None``: the province's own)
    in English, innermost first, ending with the province; ``None`` where no English name
    is kept for it."""
    places, with_prefecture = _places.get()
    codes: list[str] = []
    if code is not None:
        codes.append(code)
        # The prefecture is read from the code, not from the resolution: it is written
        # for a municipal district, and for the few counties whose names would
        # otherwise read alike in one province.
        if code in with_prefecture:
            codes.append(code[:4] + "00")
    parts: list[str] = []
    for each in codes:
        place = places.places.get(each)
        if place is None:
            return None
        parts.append(place)
    parts.append(_english_province(province))
    return ", ".join(parts)


# The one pattern of a division's procuratorate in English, for names and their index.
_OF_PLACE = "People's Procuratorate of {}"


def _build_english_names() -> dict[str, str]:
    idx = index()
    names: dict[str, str] = {}
    for division in idx.divisions:
        province = idx.province_of(division)
        own = division_level(division.code) == 0
        path = _english_path(None if own else division.code, province)
        if path is not None:
            names[_OF_PLACE.format(path)] = place_path(idx, division) + "人民检察院"
    for entry in registry_index().entries:
        names[entry.english] = entry.name
        # The army's by its body alone (the Military Procuratorate of the Hong Kong
        # Garrison), as news writes it: the force its name begins with has no other.
        body, _, force = entry.english.partition(", the ")
        if force in MILITARY_ENGLISH.values():
            names.setdefault(body, entry.name)
    return names


_english_names = Lazy(_build_english_names)


def english_names() -> dict[str, str]:
    """Every English name :func:`english_name` writes for the procuratorate of a division
    or of the registry, with a Chinese name that resolves to that procuratorate; a military
    one's also without its force (Military Procuratorate of the Hong Kong Garrison).

    >>> english_names()["People's Procuratorate of Shengzhou City, Zhejiang Province"]
    '浙江省绍兴市嵊州市人民检察院'
    >>> english_names()["Fourth Branch of the People's Procuratorate of Beijing Municipality"]
    '北京市人民检察院第四分院'
    """
    return _english_names.get()


def _english_province(province: Province) -> str:
    code = province.division_code
    if code is None:
        return province.english_name
    return _places.get()[0].places[code]


# The military procuratorates the grammar reads, in English (unofficial).
MILITARY_ENGLISH = {
    "中国人民解放军": "Chinese People's Liberation Army",
    "中国人民武装警察部队": "Chinese People's Armed Police Force",
    "东部战区": "Eastern Theater Command",
    "南部战区": "Southern Theater Command",
    "西部战区": "Western Theater Command",
    "北部战区": "Northern Theater Command",
    "中部战区": "Central Theater Command",
    "北京军区": "Beijing Military Region",
    "沈阳军区": "Shenyang Military Region",
    "济南军区": "Jinan Military Region",
    "南京军区": "Nanjing Military Region",
    "广州军区": "Guangzhou Military Region",
    "成都军区": "Chengdu Military Region",
    "兰州军区": "Lanzhou Military Region",
    "新疆军区": "Xinjiang Military Region",
    "西藏军区": "Xizang Military Region",
}


def _english_military(unit: Procuratorate) -> str:
    """``Military Procuratorate of <area>, <force>`` from the canonical military name."""
    words = unit.full_name.removesuffix("军事检察院")
    parts = [english for chinese, english in MILITARY_ENGLISH.items() if chinese in words]
    return "Military Procuratorate of the " + ", the ".join(reversed(parts))


def english_name(unit: Procuratorate | str) -> str:
    """An English name for a procuratorate, by one pattern, from its division codes.

    ``People's Procuratorate of <place>``, where ``<place>`` lists innermost first
    the divisions of the canonical Chinese name: the county-level division, its
    prefecture-level city where the county-level division is a municipal district
    (市辖区), and the province. A numbered branch is ``<Ordinal> Branch of the
    People's Procuratorate of <province>``, a named one ``<place> Branch of …``; a
    railway transport procuratorate is ``Railway Transport Procuratorate of <place>``
    and its branch ``<place> Railway Transport Branch of …``, after the place it is
    named for.

    Place names are romanised with Hanyu Pinyin, with the type of division in English
    (City, County, District, Banner, Autonomous Prefecture …); a few names from
    minority languages take their conventional English form (Ürümqi, Hohhot, Lhasa).
    Every division of the 2022 table has one, and no two county-level procuratorates
    share an English name: where two of one province would read alike, both are
    written with their prefecture. The names are unofficial, made for this package;
    ``docs/data.md`` says how the readings of polyphonic characters were decided.

    Takes a :class:`Procuratorate` or a name :func:`resolve_procuratorate` takes;
    raises :class:`UnknownNameError` for a procuratorate with no English pattern.

    >>> from procuratorate_awards import english_name
    >>> english_name("浙江省嵊州市人民检察院")
    "People's Procuratorate of Shengzhou City, Zhejiang Province"
    >>> english_name("广东省深圳市宝安区人民检察院")
    "People's Procuratorate of Bao'an District, Shenzhen City, Guangdong Province"
    >>> english_name("北京市人民检察院第四分院")
    "Fourth Branch of the People's Procuratorate of Beijing Municipality"
    >>> english_name("安徽省六安市人民检察院")
    "People's Procuratorate of Lu'an City, Anhui Province"
    >>> english_name("新疆维吾尔自治区乌鲁木齐市人民检察院")
    "People's Procuratorate of Ürümqi City, Xinjiang Uygur Autonomous Region"
    >>> english_name("吉林省延边朝鲜族自治州人民检察院")
    "People's Procuratorate of Yanbian Korean Autonomous Prefecture, Jilin Province"
    """
    if isinstance(unit, str):
        unit = resolve_procuratorate(unit)
    elif not isinstance(unit, Procuratorate):
        raise TypeError(f"a unit must be a Procuratorate or str, not {type(unit).__name__}")
    found = registry_index().lookup(unit.full_name)
    if found is not None:
        return found[0].english
    province = unit.province
    if province is None:
        if unit.level is Level.SUPREME:
            return "Supreme People's Procuratorate"
        if unit.kind is Kind.MILITARY:
            return _english_military(unit)
        raise UnknownNameError(unit.name, "no English name is kept for this procuratorate")
    place = _english_place(unit, province)
    if unit.kind is not Kind.ORDINARY:
        raise UnknownNameError(unit.name, f"no English pattern for a {unit.kind.english} unit")
    return _OF_PLACE.format(place)
