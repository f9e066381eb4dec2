"""The index of the registry's names.

The registry records the procuratorates no division code names (branches, railway
transport, Corps, forestry, zone procuratorates …); :class:`RegistryIndex` finds them by
any of their names, written with or without their province.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from . import _records
from ._divisions import DivisionIndex, division_level, index, normalize
from ._documents import RegistryEntry
from ._enums import Kind
from ._models import Division, Procuratorate, Province
from ._resources import Lazy
from ._words import (
    CORPS,
    CORPS_SHORT_FORMS,
    GENERIC_PLACES,
    MILITARY_PREFIXES,
    MUNICIPALITY_CODES,
    NUMERALS,
    ORDINAL,
    PROCURATORATE_SUFFIXES,
    RAILWAY,
    SPECIAL_AREA_WORDS,
)

__all__ = [
    "RegistryIndex",
    "registry_index",
]


# The army's names, which text writes before a military procuratorate or leaves out.
_ARMY_PREFIXES = MILITARY_PREFIXES[:2]


# --- the registry --------------------------------------------------------------------------


def _military_variants(name: str) -> Iterator[str]:
    """A military procuratorate with and without its army before it (解放军兰州军事检察院)."""
    core = name
    for prefix in _ARMY_PREFIXES:
        core = core.removeprefix(prefix)
    yield name
    yield from sorted({core, *(prefix + core for prefix in _ARMY_PREFIXES)} - {name})


def _variants(name: str, province: str | None, bare: str = "") -> Iterator[str]:
    """A registry name as text writes it: the Corps by its short form too (新疆兵团检察院),
    a name that begins with its province by the province's ``bare`` name too
    (重庆两江地区人民检察院), with or without 人民 before its first 检察院,
    a branch's 分院 with or without 检察 before it, a numbered branch's ordinal with or
    without its 第 (市检察院一分院), with no closing 检察院 at all, and after the name of
    its province where the name does not begin with it. A military procuratorate, which
    has no province, is read with and without its army's name before it.
    """
    if province is None:
        yield from _military_variants(name)
        return
    forms = {name}
    if not name.startswith(province) and province != CORPS:
        forms.add(province + name)
    rest = name.removeprefix(province)
    if rest != name and province != CORPS and not rest.startswith(("人民", "检", "第")):
        # 三江源地区人民检察院 for 青海省三江源地区人民检察院: a place of its own follows the
        # province; an ordinal (第一地区) or a bare designation (检三分院 of 北京市检三分院)
        # would fit any province.
        forms.add(rest)
    if rest != name and bare and bare != province and not rest.startswith(("人民", "检察")):
        forms.add(bare + rest)
    if name.startswith(CORPS):
        forms.update(short + name.removeprefix(CORPS) for short in CORPS_SHORT_FORMS)
    for form in list(forms):
        cut = form.find("检察院")
        if cut >= 2 and form[cut - 2 : cut] == "人民":
            forms.add(form[: cut - 2] + form[cut:])
        elif cut >= 0:
            forms.add(form[:cut] + "人民" + form[cut:])
    for form in list(forms):
        head, _, tail = form.partition("检察院")
        if tail.endswith("检察分院"):
            forms.add(f"{head}检察院{tail[: -len('检察分院')]}分院")
        elif tail.endswith("分院") and tail != "分院":
            forms.add(f"{head}检察院{tail[: -len('分院')]}检察分院")
    for form in list(forms):
        head, _, tail = form.partition("检察院")
        if ORDINAL.match(tail):
            forms.add(f"{head}检察院{tail[1:]}")
    for form in list(forms):
        for suffix in PROCURATORATE_SUFFIXES:
            if form.endswith(suffix) and len(form) > len(suffix):
                forms.add(form[: -len(suffix)])
                break
    yield from sorted(forms, key=lambda form: (form != name, form))


# Types a branch's designation may close with, which news leaves out (雄安检察分院).
_DESIGNATION_TYPES = ("新区", "地区", "林区")


def _names_a_place(designation: str) -> bool:
    """Whether a branch's designation (辽河, 雄安新区, 郑州铁路运输) names one place, as a
    number (第一, 一) or a kind alone (林区, 农垦, 矿区, 铁路运输) does not: 林区检察分院 would
    name a branch of any province with forests."""
    return (
        len(designation) >= 2
        and designation[0] not in "第" + NUMERALS
        and designation not in SPECIAL_AREA_WORDS
        and designation not in GENERIC_PLACES
        and not designation.startswith(RAILWAY)
    )


def _branch_short_forms(name: str, areas: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """雄安新区检察分院 and 雄安检察分院 for 河北省人民检察院雄安新区分院.

    Only a named branch has them: 第一检察分院 would name a branch of any province. A
    branch named by a 地区 or a 盟 among ``areas``, or by a 地区's stem, is also written
    with it (大兴安岭地区检察分院 for 黑龙江省人民检察院大兴安岭分院) and without 检察
    (阿克苏分院, 阿拉善盟分院): no other procuratorate is named after such a place; and so
    by the area's short names (锡盟检察分院, 锡盟分院).
    """
    _, found, designation = name.partition("检察院")
    if not found or not designation.endswith("分院"):
        return ()
    designation = designation.removesuffix("分院").removesuffix("检察")
    if not _names_a_place(designation) or RAILWAY in designation:
        return ()  # railway branches are written short by 铁检
    forms = [designation + "检察分院"]
    for suffix in _DESIGNATION_TYPES:
        stem = designation.removesuffix(suffix)
        if stem != designation and len(stem) >= 2:
            forms.append(stem + "检察分院")
    if designation + "地区" in areas:
        forms.append(designation + "地区检察分院")
    if designation in areas or designation + "地区" in areas:
        forms.append(designation + "分院")
    for short in areas.get(designation, ()):
        forms.extend((short + "检察分院", short + "分院"))
    return tuple(forms)


def _under_parent(entry: RegistryEntry) -> tuple[str, ...]:
    """内蒙古自治区人民检察院兴安盟分院 for a branch printed only as 兴安盟检察分院.

    A branch of a provincial procuratorate is named after it (Organic Law, Art. 13): the
    parent a source gives, then the designation, then 分院.
    """
    if (
        entry.kind is not Kind.BRANCH
        or entry.province is None
        or entry.parent != entry.province + "人民检察院"
    ):
        return ()
    if "检察院" in entry.name or not entry.name.endswith("检察分院"):
        return ()
    designation = entry.name.removeprefix(entry.province).removesuffix("检察分院")
    return (f"{entry.parent}{designation}分院",) if len(designation) >= 2 else ()


def _railway_short_forms(name: str) -> tuple[str, ...]:
    """上海铁检院 for 上海铁路运输检察院, 南昌铁检分院 for 江西省人民检察院南昌铁路运输分院.

    铁检 is how the railway transport procuratorates write themselves short; the place
    before it names one procuratorate, as the full name does.
    """
    head = name.rpartition("检察院")[2] or name
    for full in ("铁路运输检察分院", "铁路运输分院"):
        if head.endswith(full) and len(head) > len(full):
            # And the branch by its railway alone, with or without 检察 (昆明铁路运输分院
            # for 云南省人民检察院昆明铁路运输分院): its city names one branch, as 铁检 does.
            city = head.removesuffix(full)
            forms = (city + "铁检分院", city + "铁路运输分院", city + "铁路运输检察分院")
            return tuple(form for form in forms if form != name)
    if name.endswith("铁路运输检察院") and len(name) > len("铁路运输检察院"):
        return (name.removesuffix("铁路运输检察院") + "铁检院",)
    return ()


def _railway_initials(
    entries: list[RegistryEntry], cities: frozenset[str]
) -> list[tuple[str, RegistryEntry]]:
    """齐铁检察院 for 齐齐哈尔铁路运输检察院, 兰铁检察分院 and 兰铁分院 for
    甘肃省人民检察院兰州铁路运输检察分院: a railway by its city's first character, as
    railway news writes it, where no other
    railway transport procuratorate of its rank, and no other of ``cities`` (the
    prefecture-level ones), has a name of that first character: the registry does not hold
    every railway procuratorate, and 上 may as well be 上饶's as 上海's. Never X铁院, which
    names railway colleges (石铁院, 长铁院)."""
    ranks: defaultdict[tuple[str, bool], list[RegistryEntry]] = defaultdict(list)
    for entry in entries:
        if entry.kind is not Kind.RAILWAY_TRANSPORT:
            continue
        head = entry.name.rpartition("检察院")[2] or entry.name
        city = head.partition(RAILWAY)[0]
        if len(city) < 2 or RAILWAY not in head:
            continue
        if all(other.startswith(city) for other in cities if other[0] == city[0]):
            ranks[(city[0], head.endswith("分院"))].append(entry)
    return [
        (initial + ending, found[0])
        for (initial, branch), found in ranks.items()
        if len(found) == 1
        for ending in (("铁检察分院", "铁分院") if branch else ("铁检察院",))
    ]


def _by_level_word(by_form: dict[str, RegistryEntry]) -> dict[str, RegistryEntry]:
    """省检察院辽河分院, 自治区人民检察院阿拉善盟分院, 市检察院北京铁路运输分院: a provincial
    procuratorate's branch after the word for its level instead of its province's name, as
    news of that province writes it, where its designation names a place (not 省检察院第一分院
    or 省检察院林区分院, which may be any province's) and no other branch the registry holds
    reads so."""
    readings: defaultdict[str, dict[str, RegistryEntry]] = defaultdict(dict)
    for form, entry in by_form.items():
        province = entry.province
        if province is None or entry.parent != province + "人民检察院":
            continue
        rest = form.removeprefix(province)
        word = next((w for w in ("自治区", "省", "市") if province.endswith(w)), None)
        if word is None or rest == form or not rest.endswith("分院"):
            continue  # the Corps' branches are named after no level
        designation = rest.partition("检察院")[2].removesuffix("分院").removesuffix("检察")
        # A number or a kind names a branch of many provinces, some the registry lacks.
        if rest.startswith(("人民检察院", "检察院")) and _names_a_place(designation):
            readings[word + rest][entry.name] = entry
    return {form: next(iter(found.values())) for form, found in readings.items() if len(found) == 1}


def _zone_city_forms(name: str, cities: frozenset[str]) -> tuple[str, ...]:
    """A zone's name as text writes its city: with or without 市 (芜湖市经济技术开发区人民检察院
    for 芜湖经济技术开发区人民检察院, 武汉市东湖新技术开发区 for 武汉东湖新技术开发区, and the other
    way round), and, for a name that begins with the city's name without 市, after the city
    (宿迁市宿迁经济技术开发区人民检察院)."""
    for size in range(min(len(name), 8), 1, -1):
        head = name[:size]
        if head in cities:
            return (head.removesuffix("市") + name[size:],)
        if head + "市" in cities:
            return (head + "市" + name[size:], head + "市" + name)
    return ()


class RegistryIndex:
    """Look-ups over the registry: its names and forms, the branches of each parent."""

    def __init__(self, entries: tuple[RegistryEntry, ...], idx: DivisionIndex) -> None:
        self.entries = entries
        provinces = {province.name: province for province in idx.provinces}
        self.province = {
            entry.name: None if entry.province is None else provinces[entry.province]
            for entry in entries
        }
        # What a source says of the level of a city without districts: the entry of the
        # city's own procuratorate, which the division table names, so it is read there.
        self.city_level: dict[str, RegistryEntry] = {}
        named: list[RegistryEntry] = []
        for entry in entries:
            seat = None if entry.seat is None else idx.by_code.get(entry.seat)
            if (
                entry.kind is Kind.ORDINARY
                and seat is not None
                and entry.province is not None
                and entry.name in _own_names(provinces[entry.province], seat)
            ):
                self.city_level[seat.code] = entry
            else:
                named.append(entry)
        # The 地区 and 盟, each with its reviewed short names (锡盟 of 锡林郭勒盟).
        areas = {
            d.name: tuple(idx.short_names.get(d.code, ()))
            for d in idx.divisions
            if d.name.endswith(("地区", "盟"))
        }
        cities = frozenset(
            d.name for d in idx.divisions if division_level(d.code) == 1 and d.name.endswith("市")
        )
        # The places a railway may be named by: the prefectures and the municipalities.
        prefectures = frozenset(
            d.name
            for d in idx.divisions
            if division_level(d.code) == 1
            or (division_level(d.code) == 0 and d.code[:2] in MUNICIPALITY_CODES)
        )
        self.by_form: dict[str, RegistryEntry] = {}
        self.former: dict[str, RegistryEntry] = {}
        for entry in named:
            for form in entry.former_names:
                for variant in _variants(form, entry.province):
                    self.former.setdefault(variant, entry)
            under = _under_parent(entry)
            shortened = (
                *(
                    short
                    for form in (entry.name, *under)
                    for short in _branch_short_forms(form, areas)
                ),
                *(
                    short
                    for form in (entry.name, *entry.short_forms)
                    for short in _railway_short_forms(form)
                ),
                *under,
                *(_zone_city_forms(entry.name, cities) if entry.kind is Kind.ZONE else ()),
            )
            bare = "" if entry.province is None else provinces[entry.province].bare_name
            for form in (entry.name, *entry.short_forms, *shortened):
                for variant in _variants(form, entry.province, bare):
                    self.by_form.setdefault(variant, entry)
        # As written only: without its 检察院, 齐铁 would be no name.
        for form, entry in _railway_initials(named, prefectures):
            self.by_form.setdefault(form, entry)
        for form, entry in _by_level_word(self.by_form).items():
            self.by_form.setdefault(form, entry)
        self.children: defaultdict[str, list[RegistryEntry]] = defaultdict(list)
        for entry in named:
            if entry.parent is not None:
                self.children[entry.parent].append(entry)
        # Branches written X分院, with no 检察 to find them by (阿克苏分院, 昆明铁路运输分院).
        self._plain_branches = frozenset(
            form for form in self.by_form if form.endswith("分院") and "检察" not in form
        )
        self._longest_plain = max(map(len, self._plain_branches), default=0)
        # What comes right before their 分院: most 分院 of a text are no such name.
        self._before_plain = frozenset(form[-3] for form in self._plain_branches)

    def plain_branch(self, text: str, end: int, floor: int) -> int | None:
        """Where the longest registry form X分院 without 检察 (阿克苏分院) that ends at ``end``
        starts, not before ``floor``, or ``None``."""
        if end - 3 < floor or normalize(text[end - 3]) not in self._before_plain:
            return None
        for start in range(max(floor, end - self._longest_plain), end - 2):
            # A name starts at a character it holds, not at white space it is read across.
            if normalize(text[start]) and normalize(text[start:end]) in self._plain_branches:
                return start
        return None

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


def from_registry(name: str, entry: RegistryEntry, former: bool) -> Procuratorate:
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
