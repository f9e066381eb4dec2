"""Lists of places: the places a count or 等 closes (闵行、宝山两个区, 河南南阳、湖北十堰两市),
which every list is read through, and the lists closed by 检察院 without a level's word:
福安、周宁、寿宁、柘荣等四个基层检察院, 福州、泉州、三明等地检察院, 甲、乙两家检察院.

Each place the list names is a mention of its own procuratorate, read by its own name, as
a city is in a counted list of cities; the closing (等四个基层检察院) is no part of any. A
list whose places do not all name a basic procuratorate after 基层 is not read.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterator

from ._divisions import CURRENT, SHORT, STEM, division_level, index, normalize
from ._enums import Level
from ._letters import GENERIC_BEFORE, forms_before, prev_char
from ._mentions import Mention
from ._reading import in_words, new_mention
from ._words import COORDINATORS, NUMERALS

__all__ = [
    "LIST_REACH",
    "PLACE_TYPES",
    "coordinated_before",
    "count_value",
    "counted_before",
    "counted_places",
    "level_word_alone",
    "list_closed",
    "list_types",
    "listed_places",
    "lists_without_level",
    "provinces_closed",
    "provinces_listed",
]

# The characters a count of places is written in (闵行、宝山两个区; 3地; 12个; 十一个): numerals
# from 两 to 九十九, or digits, half or full width.
_NUMERALS = frozenset(NUMERALS + "两0123456789０１２３４５６７８９")
_COUNT = re.compile(
    "[2-9２-９]|[1-9１-９][0-9０-９]{1,2}"
    "|[二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九]"
)
_UNITS = {char: n for n, char in enumerate(NUMERALS[:9], start=1)} | {"两": 2}


def count_value(word: str) -> int | None:
    """How many places a count says (两, 3, 十二, 21), or None where ``word`` is no count of
    at least two.

    >>> count_value("两"), count_value("１２"), count_value("二十一"), count_value("一")
    (2, 12, 21, None)
    """
    if _COUNT.fullmatch(word) is None:
        return None
    if word[0] not in _UNITS and word[0] != "十":
        return int(word)  # digits, which int reads in either width
    tens, ten, ones = word.partition("十")
    if not ten:
        return _UNITS[word]
    return _UNITS.get(tens, 1) * 10 + _UNITS.get(ones, 0)


def _count_start(folded: str, end: int) -> int:
    """Where the count that ends right before ``end`` starts: the longest that is one, of
    at most three characters; ``end`` where none ends there.

    >>> _count_start("宝山等十二个", 5), _count_start("宝山等个", 3)
    (3, 3)
    """
    start = end
    while start > 0 and end - start < 3 and folded[start - 1] in _NUMERALS:
        start -= 1
    while start < end and count_value(folded[start:end]) is None:
        start += 1
    return start


def counted_places(
    text: str, end: int, count: str, suffix: str | tuple[str, ...]
) -> list[tuple[int, int, str]]:
    """The places a count or 等 closes (闵行、宝山、徐汇三个区, 福州、泉州等市): each one's span
    and full name.

    Only a list of exactly as many places of the type as the count says is read, or, after
    等, of at least two, and after 等 and a count, of at least two and at most as many. The
    type 省 stands for every provincial-level unit (贵州、四川、重庆等省市); several types
    may be given (罗田、武穴等县市).

    >>> counted_places("闵行、宝山两个区", 5, "两", "区")
    [(0, 2, '闵行区'), (3, 5, '宝山区')]
    >>> counted_places("贵州、重庆等省市", 5, "等", "省")
    [(0, 2, '贵州省'), (3, 5, '重庆市')]
    >>> counted_places("罗田、武穴等县市", 5, "等", ("县", "市"))
    [(0, 2, '罗田县'), (3, 5, '武穴市')]
    >>> counted_places("闵行、宝山等三个区", 5, "等三", "区")
    [(0, 2, '闵行区'), (3, 5, '宝山区')]

    A place may carry the names of the places it lies in before it (河南南阳、湖北十堰两市,
    浙江省嘉兴市秀洲区), which are then part of its span and its name and settle which
    place of the name it is.

    >>> counted_places("河南南阳、湖北十堰两市", 9, "两", "市")
    [(0, 4, '河南省南阳市'), (5, 9, '湖北省十堰市')]
    """
    # A counted list may separate its places by commas too (萧山区,越城区,余姚市等五地).
    separators = COORDINATORS if count == "等" else _COUNTED_SEPARATORS
    items = listed_places(text, end, suffix, separators)
    # 等 closes a list of any length; a count, one of exactly as many places; 等 and a
    # count, some of as many (琼海、保亭、陵水等9个: three of the nine).
    if count.startswith("等"):
        enough = 2 <= len(items) <= (count_value(count[1:]) or len(items))
    else:
        enough = len(items) == count_value(count)
    return items if enough else []


def listed_places(
    text: str, end: int, suffix: str | tuple[str, ...], separators: frozenset[str]
) -> list[tuple[int, int, str]]:
    """The places of ``suffix``'s types named one after another right before ``end``,
    each after a separator, in the order they are written: each one's span and name.

    >>> listed_places("闵行、宝山", 5, "区", frozenset("、"))
    [(0, 2, '闵行区'), (3, 5, '宝山区')]
    """
    idx = index()
    items: list[tuple[int, int, str]] = []
    position = end
    floor = max(0, end - LIST_REACH)
    while len(items) < _MOST_PLACES:
        found: list[tuple[int, str, str]] = []
        for start, _ in forms_before(text, position, floor):
            words = normalize(text[start:position])
            for form in idx.forms.get(words, ()):
                code = form.division.code
                if suffix == "省":  # provinces, autonomous regions and municipalities
                    if form.rank in (CURRENT, SHORT) and division_level(code) == 0:
                        found.append((start, form.division.name, code))
                elif form.division.name.endswith(suffix) and form.rank in (CURRENT, STEM):
                    name = words if words.endswith(suffix) else form.division.name
                    found.append((start, name, code))
        if not found:
            break
        start = min(found)[0]
        if suffix != "省":
            start, found = _in_places_before(text, start, floor, found)
        name = min(found)[1]
        items.append((start, position, name))
        separator = prev_char(text, start, floor)
        if separator < 0 or text[separator] not in separators:
            break
        position = prev_char(text, separator, floor) + 1
    return list(reversed(items))


# How far back a list's places are looked for, and how many it may name: enough for the 31
# provincial-level units, or a city's counties each with its province and city, and bounded so
# that reading each list costs at most a constant.
LIST_REACH = 400
_MOST_PLACES = 40


def _in_places_before(
    text: str, start: int, floor: int, found: list[tuple[int, str, str]]
) -> tuple[int, list[tuple[int, str, str]]]:
    """Where a listed place starts, with the places it lies in named right before it taken
    in (河南南阳, 浙江省嘉兴市秀洲区), and its readings that lie in them, each named with
    them (河南省南阳市); else as found."""
    at = [item for item in found if item[0] == start]
    while True:
        inside: list[tuple[int, str, str]] = []
        for before, _ in forms_before(text, start, floor):
            for form in index().forms.get(normalize(text[before:start]), ()):
                code = form.division.code
                level = division_level(code)
                if level > 1 or form.rank not in (CURRENT, SHORT, STEM):
                    continue
                if level == 0 and form.rank == STEM:
                    continue  # a province by its full or its short name only
                width = 2 if level == 0 else 4
                inside = [
                    (before, form.division.name + name, place)
                    for _, name, place in at
                    if place[:width] == code[:width] and place != code
                ]
                if inside:
                    break
            if inside:
                break
        if not inside:
            return start, at
        start, at = inside[0][0], inside


_COUNTED_SEPARATORS = COORDINATORS | {",", "，"}


# Each 检察院 right after a character a closing may end with, with or without 人民 between,
# and each 基层院 (basic procuratorates, as news writes them) after a count or 等.
# The patterns start with the name's own characters, which the engine finds by plain search:
# one that starts with a choice of characters would be tried at every character of a text.
_CLOSING_ENDS = re.escape("".join(sorted(frozenset("个家地层層等").union(_NUMERALS))))
_CLOSED = re.compile(f"检察院(?:(?<=[{_CLOSING_ENDS}]检察院)|(?<=[{_CLOSING_ENDS}]人民检察院))")
_BASIC_CLOSED = re.compile(f"基[层層]院(?<=[{_CLOSING_ENDS}]基.院)")


def _closings(folded: str) -> Iterator[tuple[int, str, str]]:
    """Each closing of a list without a level's word: 等, a count or both, then 个 or 家,
    then 地 (places) or 基层 (basic), then (人民)检察院, or 基层院; as where the places end,
    the count (等 for none) and the kind word. A list closed by a level's word (三个区检察院,
    等设区市检察院) is read with the references.

    Looked for back from each 检察院 or 基层院 that may close one, in the text's order.
    """
    ends = heapq.merge(
        ((m.start(), "") for m in _CLOSED.finditer(folded)),
        ((m.start(), "基层") for m in _BASIC_CLOSED.finditer(folded)),
    )
    for at, kind in ends:
        if not kind:
            at -= 2 if folded[at - 2 : at] == "人民" else 0
            # 基層: the names' table of characters folds no 層, which no name holds.
            kind = next((k for k in ("基层", "基層", "地") if folded.endswith(k, 0, at)), "")
            at -= len(kind)
            kind = kind.replace("層", "层")
        closing = counted_before(folded, at)
        if closing is not None:
            yield *closing, kind


def counted_before(folded: str, at: int, classifiers: str = "个家") -> tuple[int, str] | None:
    """The 等, the count or both, then one of ``classifiers`` (个 or 家) or none, that end
    at ``at`` (等四个, 两家, 3), as where they start and the count (等 for none); None where
    none does.

    >>> counted_before("兰州、武威等两个", 8), counted_before("兰州、武威", 5)
    ((5, '等两'), None)
    """
    if at and folded[at - 1] in classifiers:
        at -= 1
    if not at:
        return None
    begin = _count_start(folded, at)
    if begin < at:
        count, at = folded[begin:at], begin
        if at and folded[at - 1] == "等":
            count, at = "等" + count, at - 1
    elif folded[at - 1] == "等":
        count, at = "等", at - 1
    else:
        return None
    return at, count


# The places such a list may name: any division but a province, whose bare name is no form
# a list is read in.
PLACE_TYPES = ("市", "县", "区", "旗", "州", "盟")


def coordinated_before(text: str, start: int) -> list[Mention]:
    """The places coordinated by 、 right before a short form read at ``start`` (渭源、
    漳县院; 梁平区、垫江县院): each names its own procuratorate, read by its own name.

    >>> from procuratorate_awards import find_procuratorates
    >>> [(m.text, m.procuratorate.full_name) for m in find_procuratorates("渭源、漳县院来我县")]
    [('渭源', '甘肃省渭源县人民检察院'), ('漳县院', '甘肃省漳县人民检察院')]
    """
    separator = prev_char(text, start, max(0, start - 64))
    if separator < 0 or text[separator] != "、":
        return []
    return [
        new_mention(text, s, e, in_words(text, s, e, text[s:e] + "人民检察院"))
        for s, e, _ in listed_places(text, separator, PLACE_TYPES, _COORDINATION)
    ]


_COORDINATION = frozenset("、")


def lists_without_level(
    text: str, folded: str, scanned: Callable[[int, int], bool]
) -> list[Mention]:
    """The procuratorates of the places each list closed without a level's word names.

    >>> from procuratorate_awards import find_procuratorates
    >>> text = "宁德市院指导福安、周宁、寿宁、柘荣等四个基层检察院"
    >>> [(m.text, m.procuratorate.full_name) for m in find_procuratorates(text)][1:3]
    [('福安', '福建省福安市人民检察院'), ('周宁', '福建省周宁县人民检察院')]
    """
    found: list[Mention] = []
    for at, count, kind in _closings(folded):
        # A count closes exactly as many places; 等, at least two.
        places = counted_places(text, at, count, PLACE_TYPES)
        if any(scanned(start, end) for start, end, _ in places):
            continue
        # Each place as written: a name that fits several divisions (华容: 华容县 and 华容区)
        # is left for the document to settle, not taken as the list's type would have it.
        read = [
            new_mention(
                text, start, end, in_words(text, start, end, text[start:end] + "人民检察院")
            )
            for start, end, _ in places
        ]
        if kind == "基层" and not all(
            m.procuratorate is not None and m.procuratorate.level is Level.BASIC for m in read
        ):
            continue
        found.extend(read)
    return found


def list_closed(folded: str, start: int) -> tuple[int, str] | None:
    """Where the count (三个) or the 等 that closes a list of places before ``start`` is,
    and the count, as :func:`counted_places` takes them.

    A word may say which places between the two and the level word (三个省直管市, 等设区市),
    and after 等 the level word may follow another (罗田、武穴等县市检察院: counties and
    cities).

    >>> list_closed("汉中、商洛两市检察院", 6), list_closed("罗田、武穴等县市检察院", 7)
    ((5, '两'), (5, '等'))
    """
    for qualifier in _QUALIFIERS:
        at = start - len(qualifier)
        if at < 1 or not folded.startswith(qualifier, at):
            continue
        closing = counted_before(folded, at, "个")  # 汉中、商洛两市, 等三个区
        if closing is not None:
            return closing
        if at >= 2 and folded[at - 1] == "个":
            # 个 with no count before it (这个区) closes no list, nor is what follows a
            # reference: the character before it stands as a count that reads no place,
            # after any 等.
            other = at - 2
            return (other - 1, "等") if other and folded[other - 1] == "等" else (other, "")
    for mixed in _MIXED_TYPES:
        if start >= 2 and folded[start - 2 : start] == "等" + mixed:
            return start - 2, "等"
    return None


# Words between a count or 等 and the level word that say which places a list names.
_QUALIFIERS = ("设区的", "设区", "省直管", "省直辖", "")
# The other type before the level word in a list of two types (等县市, 等区县).
_MIXED_TYPES = ("县", "区", "市")


def list_types(folded: str, closing: int, start: int) -> tuple[str, ...]:
    """The types of the places a list closed at ``closing`` names: the level word at
    ``start``, and the one right before it where the list names two (等县市).

    >>> list_types("罗田、武穴等县市检察院", 5, 7), list_types("汉中、商洛两市检察院", 5, 6)
    (('县', '市'), ('市',))
    """
    before = folded[start - 1]
    if closing == start - 2 and before in _MIXED_TYPES and before != folded[start]:
        return (before, folded[start])
    return (folded[start],)


def level_word_alone(text: str, at: int) -> bool:
    """Whether the level word at ``at`` (省 of 省、市检察院) stands alone: after no word that
    makes it generic (各省), nor a place it would end (江苏省, 杭州).

    >>> level_word_alone("围绕省、市检察院", 2), level_word_alone("各省、市检察院", 1)
    (True, False)
    >>> level_word_alone("对州、市检察院", 1), level_word_alone("杭州、市检察院", 1)
    (True, False)
    """
    floor = max(0, at - 12)
    return not (
        text[at - 1 : at] in GENERIC_BEFORE
        or forms_before(text, at, floor)
        or forms_before(text, at + 1, floor)
    )


# What follows the 等 or the count that closes a list of provinces (贵州、四川、重庆等省市
# 检察院, 陕西、甘肃、宁夏三省区检察院).
_PROVINCE_GROUPS = ("省区市", "省市", "省区", "省")


def provinces_closed(folded: str, start: int) -> tuple[int, str] | None:
    """Where the 等 or the count is that closes a list of provinces, and the count, where
    ``start`` is the last character of 省, 省市, 省区 or 省区市 after it (等省市, 三省,
    六个省区, 等三省).

    >>> provinces_closed("陕西、甘肃、青海三省检察院", 9)
    (8, '三')

    Provinces and municipalities may be counted apart (三省一市: four).

    >>> provinces_closed("上海、江苏、安徽、浙江三省一市检察院", 14)
    (11, '4')
    """
    for group in _PROVINCE_GROUPS:
        at = start - len(group)
        if at < 1 or not folded.startswith(group, at + 1):
            continue
        closing = counted_before(folded, at + 1, "个")
        if closing is not None:
            return closing
    # Provinces and municipalities counted apart (上海、江苏、安徽、浙江三省一市检察院).
    mixed = _MIXED_COUNT.search(folded, max(0, start - 7), start + 1)
    if mixed is not None:
        total = sum(_UNITS.get(mixed.group(n), 1) for n in ("provinces", "cities"))
        return mixed.start(), str(total)
    return None


_MIXED_COUNT = re.compile("(?P<provinces>[一两二三四五六七八九])省区?(?P<cities>[一两二三])市\\Z")


def provinces_listed(text: str, end: int, count: str) -> list[Mention]:
    """The provincial procuratorates of the provinces a 等 or a count at ``end`` closes.

    >>> [m.text for m in provinces_listed("陕西、甘肃两省", 5, "两")]
    ['陕西', '甘肃']
    """
    return [
        new_mention(text, s, e, in_words(text, s, e, name + "人民检察院"))
        for s, e, name in counted_places(text, end, count, "省")
    ]
