"""The places a text names, and the procuratorate of a level each stands for.

A relative reference (市检察院, 省院) is read as the procuratorate of its level of the
nearest place named before it, or of the one place the whole text is about; places are
division names read in the text, and the procuratorates found before. The places
anonymised names hide (S市L区) are read in ``_hidden``; the places a count closes (闵行、
宝山、徐汇三个区) in ``_lists``; whose text it is, for 本院 and 我院, and what 该院 names, in
``_own``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ._divisions import (
    CURRENT,
    SHORT,
    STEM,
    DivisionIndex,
    division_level,
    index,
    normalize,
    read_by_stem,
)
from ._enums import Level
from ._letters import REACH, at_word_start, division_trie, forms_before, may_close
from ._mentions import Mention
from ._models import Division, Procuratorate, Province, Span
from ._records import everyday_stems
from ._words import EVERYDAY_CITY_STEMS, GENERIC_PLACES, MUNICIPALITY_CODES

__all__ = [
    "Behind",
    "Looked",
    "adjacent_place",
    "between",
    "by_stem",
    "division_level_name",
    "first_named",
    "level_of",
    "no_place",
    "place_for",
    "places_at",
    "provincial_level",
    "writes_its_province",
]


def by_stem(unit: Procuratorate) -> bool:
    """Whether ``unit`` was read through the stem of its place alone (金山 for 金山区)."""
    return read_by_stem(unit.notes)


def writes_its_province(mention: Mention) -> bool:
    """Whether ``mention`` writes its procuratorate's province first (广东化州检察院): a
    stem after it is read in that province, wherever the text is.

    >>> from procuratorate_awards import find_procuratorates
    >>> [writes_its_province(m) for m in find_procuratorates("广东化州检察院和化州检察院")]
    [True, False]
    """
    unit = mention.procuratorate
    if unit is None or unit.province is None:
        return False
    return normalize(mention.text).startswith((unit.province.name, unit.province.bare_name))


def _by_stem_unsupported(mention: Mention, looked: Looked) -> bool:
    """Whether ``mention`` was read by a stem alone (海门检察院) in a province none of the
    text's names by full name lie in (``looked.provinces``), nor its own text writes: a
    reference does not take it as a place, since the document may yet not take it."""
    unit = mention.procuratorate
    if unit is None or not by_stem(unit):
        return False
    in_province = unit.province is not None and unit.province.name in looked.provinces
    return not in_province and not writes_its_province(mention)


def _of_its_type(prefecture: Division, suffix: str) -> bool:
    """Whether a reference by ``suffix`` may name ``prefecture``'s procuratorate: 市 a
    city's, not an autonomous prefecture's, a league's or an area's (延边州, 阿克苏地区)."""
    return suffix != "市" or prefecture.name.endswith("市")


def _own_city(level: int, suffix: str, county: Division) -> bool:
    """Whether 市检察院 names a county-level city's own procuratorate: ``county`` is a
    county-level division, and a 市 one (凌海市人民检察院 … 市人民检察院)."""
    return level == 1 and suffix == "市" and county.name.endswith("市")


def provincial_level(province: Province, word: str) -> bool:
    """Whether a provincial reference by ``word`` fits ``province``: 自治区 only an
    autonomous region, 省 any province or autonomous region (news writes 省院 for one) but
    never a municipality.

    >>> from procuratorate_awards import resolve_province
    >>> [provincial_level(resolve_province(p), "省") for p in ("广西", "北京")]
    [True, False]
    """
    if word == "自治区":
        return province.name.endswith("自治区")
    return word != "省" or province.code not in MUNICIPALITY_CODES


def level_of(unit: Procuratorate, level: int, suffix: str = "", own: bool = True) -> str | None:
    """The name of ``unit``'s own procuratorate at ``level``, if it lies in one, for a
    reference by ``suffix``; ``own`` says whether a county-level city's 市检察院 may be
    its own, not its prefecture's (a prefecture whose type is not the reference's, 延边州
    for 市检察院, leaves it its own)."""
    if unit.province is None or unit.province.code is None:
        return None
    if level == 0:
        fits = provincial_level(unit.province, suffix)
        return unit.province.name + "人民检察院" if fits else None
    city = unit.county is not None and _own_city(level, suffix, unit.county)
    if city and own:
        return unit.full_name
    if level == 1 and unit.prefecture is not None:
        if _of_its_type(unit.prefecture, suffix):
            return unit.province.name + unit.prefecture.name + "人民检察院"
        return unit.full_name if city else None
    if level == 1 and unit.province.kind.value == "municipality":
        return unit.province.name + "人民检察院"
    if level == 2 and unit.county is not None and unit.county.name.endswith(suffix):
        return unit.full_name
    return None


def places_at(
    text: str, at: int, floor: int, level: int, suffix: str, closed_by: int = 0
) -> Iterator[tuple[int, str]]:
    """Where the place whose name ends at ``at`` starts, and its procuratorate at ``level``:
    the longest name that names a place there, as a shorter one is part of it (吉县 of
    西吉县), first, then any shorter one. ``closed_by`` characters after ``at`` end the
    name too, as a reference's level word does (天津 of 天津市检察二分院), when it is judged
    whether the name starts a word.

    >>> next(places_at("来到西吉县", 5, 0, 2, "县"))
    (2, '宁夏回族自治区西吉县人民检察院')
    """
    idx = index()
    for start, _ in reversed(forms_before(text, at, floor)):
        words = normalize(text[start:at])
        # Whether a name starts a word is judged on the text before it, beyond the floor
        # too (菏泽 of 杭州市菏泽 does not, wherever the floor lies): a reference reads a
        # name as any reference would, whatever it has read before.
        if words in GENERIC_PLACES or not at_word_start(text, start, at + closed_by, 0):
            continue  # 市区, 城区: everyday words before they are places; 和县 after 市
        # Former names and the stems of counties (金山 of 金山区, and a 金山 in another
        # city) are too loose to fix what a reference refers to; a city's stem (菏泽, 西宁)
        # fixes its province or city, unless it is also an everyday word.
        names = {
            name
            for form in idx.forms.get(words, ())
            if (
                form.rank in (CURRENT, SHORT)
                or (
                    form.rank == STEM
                    and level < 2
                    and division_level(form.division.code) == 1
                    and words not in EVERYDAY_CITY_STEMS
                )
            )
            and (level < 2 or form.division.name.endswith(suffix))
            and (name := division_level_name(idx, form.division, level, suffix)) is not None
        }
        if len(names) == 1:
            yield start, names.pop()
        if names:
            return


def adjacent_place(text: str, at: int, level: int, suffix: str) -> tuple[int, str] | None:
    """The place named right before ``at`` (北京 of 北京市检察一分院): where its name starts,
    and its procuratorate at ``level``; the longest such name. The level's word at ``at``
    is the end of its name: 天津 of 走进天津市检察二分院 is 天津市, a name wherever it stands.

    >>> adjacent_place("走进天津市检察二分院", 4, 1, "市")
    (2, '天津市人民检察院')
    """
    return min(places_at(text, at, max(0, at - REACH), level, suffix, 1), default=None)


class Looked:
    """What one document's relative references have looked up so far: the place the
    whole text is about, by level and suffix, how far back the text was read for the last
    reference of each, and the last zone procuratorate of each type: so that a text of
    many references that nothing settles has each character and each mention read once,
    not once for each reference.

    >>> looked = Looked()
    >>> place_for("杭州市召开会议。市检察院", 10, 1, "市", [], None, looked, None)
    '浙江省杭州市人民检察院'
    """

    __slots__ = ("_named", "_provinces", "back", "stems", "visits", "whole", "zones")

    def __init__(self, named: Callable[[], frozenset[str]] = frozenset) -> None:
        # The provinces of the text's procuratorates named by full name, looked up only
        # where a reference meets a name read by its stem.
        self._named = named
        self._provinces: frozenset[str] | None = None
        self.whole: dict[tuple[int, str], str | None] = {}
        # A county-level type (区, 县): the one county of it whose stem the text writes.
        self.stems: dict[str, str | None] = {}
        # (level, suffix): the last reference's position, the floor it read down to, and
        # where the nearest place it found starts and its procuratorate (-1, None: none).
        self.back: dict[tuple[int, str], tuple[int, int, int, str | None]] = {}
        # A zone's type (经开区): how many mentions were looked at, and the last that fits.
        self.zones: dict[str, tuple[int, Procuratorate | None]] = {}
        # The text's visits to its own place (到我市), found once, where first needed.
        self.visits: list[tuple[int, int, str]] | None = None

    @property
    def provinces(self) -> frozenset[str]:
        """The provinces of the text's procuratorates named by full name."""
        if self._provinces is None:
            self._provinces = self._named()
        return self._provinces


def _place_before(
    text: str,
    position: int,
    level: int,
    suffix: str,
    before: list[Mention],
    first: Procuratorate | None,
    looked: Looked,
) -> str | None:
    """The procuratorate of the nearest place of ``level`` named before ``position``.

    A place is a division's name in the text, or a procuratorate found before (苏州工业园区
    人民检察院 names a place in 江苏省), whichever comes nearer. ``first`` is the first
    procuratorate the text names, the Supreme People's Procuratorate aside.
    """
    mentioned: tuple[int, str | None] = (-1, None)
    # Within reach only, as division names are: so that a text of many references that
    # nothing settles costs time linear in its length.
    for m in reversed(before):
        if m.span.end < position - REACH:
            break
        # 金山检察院 in a text about 镇江 is no 金山区's: a stem counts where the text's
        # names by full name, or its own, place it (南通市检察院…海门检察院…区检察院).
        if m.procuratorate is None or _by_stem_unsupported(m, looked):
            continue
        # A county-level city's 市检察院 is its own in its own text, the one that names it
        # first (凌海市人民检察院…市人民检察院); where it calls itself 本院 or 我院, or where
        # another text lists it (锦州市人民检察院…北镇市人民检察院…市检察院), the prefecture's.
        prefecture_s = level == 1 and (m.text in ("本院", "我院") or m.procuratorate != first)
        name = level_of(m.procuratorate, level, suffix, own=not prefecture_s)
        if name is not None:
            mentioned = (m.span.end, name)
            break
    floor = max(0, position - REACH, mentioned[0])
    # What the last reference of this level read, down to a floor no higher than this
    # one's, need not be read again: only the text since it.
    # A place it found counts while it starts above this one's floor; one that straddles
    # the floor is read again, as a reference with no reference before it would read it.
    last = looked.back.get((level, suffix))
    stop = floor
    if (
        last is not None
        and last[1] <= floor <= last[0] <= position
        and (last[3] is None or last[2] >= floor)
    ):
        stop = last[0]
    place_start, name = -1, None
    divisions = division_trie.get()
    for at in range(position, stop, -1):
        if not may_close(text[at - 1], divisions):
            continue
        place_start, name = next(places_at(text, at, floor, level, suffix), (-1, None))
        if name is not None:
            break
    if name is None and last is not None and stop > floor:
        place_start, name = last[2], last[3]
    looked.back[level, suffix] = (position, floor, place_start, name)
    return mentioned[1] if name is None else name


def _place_of_document(
    text: str, level: int, suffix: str, memo: dict[tuple[int, str], str | None] | None = None
) -> str | None:
    """The one place of ``level`` that all the places the text names lie in, if one.

    Read only where nothing is named before a reference (a headline: 市检察院召开…); a
    text that names places of two provinces (or cities) settles nothing. ``memo`` keeps
    the answer for each level and suffix, so that a text asks once however many
    references it holds.
    """
    if memo is not None and (level, suffix) in memo:
        return memo[level, suffix]
    names: set[str] = set()
    for at in range(min(len(text), REACH), 0, -1):
        names.update(name for _, name in places_at(text, at, 0, level, suffix))
        if len(names) > 1:
            break
    found = names.pop() if len(names) == 1 else None
    if memo is not None:
        memo[level, suffix] = found
    return found


def first_named(first: Procuratorate | None, mention: Mention) -> Procuratorate | None:
    """The first procuratorate a text names, ``first`` so far, once ``mention`` is read:
    the Supreme People's Procuratorate aside, which texts cite as an authority.

    >>> from procuratorate_awards import find_procuratorates
    >>> found = find_procuratorates("最高检和锦州市人民检察院表彰北镇市人民检察院")
    >>> first = None
    >>> for mention in found:
    ...     first = first_named(first, mention)
    >>> first.full_name
    '辽宁省锦州市人民检察院'
    """
    if first is not None:
        return first
    unit = mention.procuratorate
    return None if unit is None or unit.level is Level.SUPREME else unit


def no_place(words: str) -> str:
    """Why a relative reference of a level (市检察院, the city procuratorate) is unresolved
    where :func:`place_for` finds no place."""
    return (
        f"relative: {words} names a procuratorate of a level, and no place of that level "
        "is named before it"
    )


def place_for(
    text: str,
    position: int,
    level: int,
    suffix: str,
    before: list[Mention],
    context: Procuratorate | None,
    looked: Looked,
    first: Procuratorate | None,
) -> str | None:
    """The procuratorate at ``level`` a reference at ``position`` refers to: the nearest
    place's named before it, else the one the whole text is about, else the context's.
    ``first`` is the first procuratorate the text names, the Supreme People's
    Procuratorate aside (:func:`first_named`); ``looked``, what the document's references
    before this one have looked up (they come in the text's order)."""
    place = _place_before(text, position, level, suffix, before, first, looked)
    if place is None:
        place = _place_of_document(text, level, suffix, looked.whole)
    if place is None and context is not None:
        # A county-level city's own text calls itself 本院; its 市检察院 is the prefecture's.
        place = level_of(context, level, suffix, own=level != 1)
    if place is None and level == 2:
        place = _county_by_stem(text, suffix, looked)
    return place


def _county_by_stem(text: str, suffix: str, looked: Looked) -> str | None:
    """The procuratorate of the one county of ``suffix``'s type whose name without its type
    the text writes (在灵石调研…县人民检察院: 灵石县), where nothing else settles a reference.

    A stem is too loose to settle a reference where a place is named (金山 of 金山区, and a
    金山 in another city), but a county's own news writes its county so and calls it 区 or
    县. So it is the last resort, read as a headline's places are (:func:`_place_of_document`),
    at a word's start, where the county lies in the province the text's places settle, if
    any, and in a province of its procuratorates named by full name, if any (千山 of 千山万水
    in a text about 西藏 and 安徽 is no 千山区). A word that is also another kind of name
    (吉安 of 吉安市 and 吉安县), or an everyday word (公安 of 公安机关, 振兴; the list
    ``tools/build_everyday.py`` builds), is not read.

    >>> place_for("检察长在灵石调研。县人民检察院", 9, 2, "县", [], None, Looked(), None)
    '山西省灵石县人民检察院'
    """
    if suffix in looked.stems:
        return looked.stems[suffix]
    idx, everyday = index(), everyday_stems.get()
    province = _place_of_document(text, 0, "", looked.whole)
    divisions = division_trie.get()
    names: set[str] = set()
    for at in range(min(len(text), REACH), 0, -1):
        if not may_close(text[at - 1], divisions):
            continue
        for start, _ in forms_before(text, at, 0):
            words = normalize(text[start:at])
            forms = idx.forms.get(words, ())
            if (
                words in GENERIC_PLACES
                or words in everyday
                or not forms
                or any(f.rank != STEM or division_level(f.division.code) != 2 for f in forms)
                or not at_word_start(text, start, at, 0)
            ):
                continue
            for form in forms:
                home = idx.province_of(form.division).name
                if (
                    form.division.name.endswith(suffix)
                    and province in (None, home + "人民检察院")
                    and (not looked.provinces or home in looked.provinces)
                    and (name := division_level_name(idx, form.division, 2, suffix))
                ):
                    names.add(name)
        if len(names) > 1:
            break
    found = names.pop() if len(names) == 1 else None
    looked.stems[suffix] = found
    return found


def division_level_name(
    idx: DivisionIndex, division: Division, level: int, suffix: str
) -> str | None:
    """The name of the procuratorate of ``division``'s place at ``level``, if any, for a
    reference by ``suffix`` (省, 市, 区 …; "" for any of its level).

    >>> idx = index()
    >>> jinhua = idx.by_code["330700"]
    >>> division_level_name(idx, jinhua, 0, ""), division_level_name(idx, jinhua, 1, "市")
    ('浙江省人民检察院', '浙江省金华市人民检察院')
    """
    province = idx.province_of(division)
    own = division_level(division.code)
    if level == 0:
        return province.name + "人民检察院" if provincial_level(province, suffix) else None
    if own == 2 and _own_city(level, suffix, division):
        return province.name + division.name + "人民检察院"
    if level == 1:
        if own == 0:
            return province.name + "人民检察院" if province.code in MUNICIPALITY_CODES else None
        prefecture = division if own == 1 else idx.parent(division)
        if prefecture is None:
            return province.name + "人民检察院" if province.code in MUNICIPALITY_CODES else None
        if not _of_its_type(prefecture, suffix):
            return None
        return province.name + prefecture.name + "人民检察院"
    if own == 2:
        return province.name + division.name + "人民检察院"
    return None


def between(pattern: re.Pattern[str], text: str, taken: list[Span]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` that lie wholly between the spans ``taken``
    (in order): the parts no name the scan read covers, looked through apart, where most of
    a judgment's 县人民检察院 lie inside names. Looking back sees the text before a part.

    >>> pattern = re.compile("(?<=[该我])院")
    >>> [m.span() for m in between(pattern, "该院我院", [Span(0, 3)])]
    [(3, 4)]
    """
    start = 0
    for span in (*taken, Span(len(text), len(text))):
        if span.start > start:
            yield from pattern.finditer(text, start, span.start)
        start = max(start, span.end)


class Behind:
    """What stands before a position that only moves forward: the last mention, the last
    court. Each question costs time in what was passed since the last one, so reading
    every relative reference of a text costs time linear in its length.

    >>> from procuratorate_awards import find_procuratorates
    >>> found = list(find_procuratorates("法院和嵊州市人民检察院召开会议"))
    >>> behind = Behind("法院和嵊州市人民检察院召开会议", found)
    >>> behind.last_court(3), behind.last_mention(14).text
    (0, '嵊州市人民检察院')
    """

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self._text = text
        self._mentions = mentions
        self._next_mention = 0
        self._searched = 0
        self._court = -1
        # The last name read between the mentions (岱山县院, read with the references),
        # which counts as a mention as much as they do.
        self.read: Mention | None = None

    def last_mention(self, position: int) -> Mention | None:
        while (
            self._next_mention < len(self._mentions)
            and self._mentions[self._next_mention].span.end <= position
        ):
            self._next_mention += 1
        last = self._mentions[self._next_mention - 1] if self._next_mention else None
        read = self.read
        if read is None or read.span.end > position:
            return last
        return read if last is None or read.span.start > last.span.start else last

    def last_court(self, position: int) -> int:
        """Where the last 法院 before ``position`` starts, or -1."""
        found = self._text.find("法院", self._searched, position)
        while found >= 0:
            self._court = found
            found = self._text.find("法院", found + 2, position)
        self._searched = max(self._searched, position - 1)
        return self._court
