"""Where the names of special procuratorates start: railway transport (also by 铁检), numbered
city areas and special areas (林区, 农垦, 开发区, 地区 …), whether the registry holds them or not.

The registry's own names are found whole; these are the other names of the same shapes,
which the resolver refuses with its reason: text names them all the same.
"""

from __future__ import annotations

from ._divisions import fold_script, normalize
from ._letters import (
    BEFORE_RELATIVE,
    GENERIC_BEFORE,
    NAME_ALPHABET,
    SPECIAL_BY_LAST,
    char_before,
    division_trie,
    fold_char,
    forms_before,
    prev_char,
    word_before,
    word_starts,
)
from ._registry import registry_index
from ._words import NUMBERED_CITY_AREA, RAILWAY, ZONE_QUALIFIERS

__all__ = ["railway_short_start", "railway_starts", "special_starts"]


def special_starts(text: str, core: int, last: str, floor: int, starts: set[int]) -> None:
    """Add the starts of railway and special-area names that end at ``core``, where ``last``
    is the character before it.

    >>> text = "内蒙古自治区小黑河地区检察院"
    >>> starts: set[int] = set()
    >>> special_starts(text, 11, "区", 0, starts)
    >>> [text[start:11] for start in sorted(starts)]
    ['内蒙古自治区小黑河地区']
    """
    if last == "输":
        railway = word_before(text, core, RAILWAY, floor)
        if railway >= 0:
            starts.update(railway_starts(text, railway, floor))
    if last == "区":  # 东莞市第一市区人民检察院; traditional characters fold one for one
        window = max(floor, core - 7)
        area = NUMBERED_CITY_AREA.search(fold_script(text[window:core]))
        if area is not None:
            starts.update(word_starts(text, window + area.start(), floor))
    keywords = SPECIAL_BY_LAST.get(last, ())
    if len(keywords) > 1:
        # 区 closes most district names; look further only after 垦, 林, 矿 and the like.
        penultimate = char_before(text, prev_char(text, core, floor), floor)
        keywords = tuple(keyword for keyword in keywords if keyword[-2] == penultimate)
    for keyword in keywords:
        found = word_before(text, core, keyword, floor)
        if found >= 0:
            starts.update(_named_at(text, found, floor))
            for qualifier in ZONE_QUALIFIERS:
                qualified = word_before(text, found, qualifier, floor)
                if qualified >= 0:
                    starts.update(_named_at(text, qualified, floor))
                    break


# How long a word that is no place may be, between a place and a special area's word.
_LONGEST_WORD = 4


def _named_at(text: str, end: int, floor: int) -> set[int]:
    """Starts of the names of a special area whose word starts at ``end``: a place name that
    starts a word (桃山林区), or else one right before a word that is no place
    (内蒙古自治区小黑河地区, 唐山市芦台经济技术开发区: the area is named after a river, a
    town, which no table of divisions holds) of a few ideographs, none of which makes the
    name generic (内蒙古自治区各地区)."""
    places = word_starts(text, end, floor)
    if places:
        return places
    alphabet = NAME_ALPHABET.get()
    for at in range(end - 1, max(floor, end - _LONGEST_WORD - 1), -1):
        character = fold_char(text[at])
        if not "\u4e00" <= character <= "\u9fff" or character in _NO_WORD_OF_A_NAME:
            return set()
        if character not in alphabet:
            return set()  # a character no name holds, where a window of text stops
        places = word_starts(text, at, floor)
        if places:
            return places
    return set()


_NO_WORD_OF_A_NAME = BEFORE_RELATIVE | GENERIC_BEFORE


def railway_starts(text: str, railway: int, floor: int) -> set[int]:
    """Starts of the place names before 铁路运输: a division name, or one less its 市 (成都)."""
    starts = {start for start, _ in forms_before(text, railway, floor)}
    city = division_trie.get().children.get("市")
    if city is not None:
        starts.update(start for start, _ in forms_before(text, railway, floor, city))
    return starts


# The longest place before 铁检院 that is looked at (乌鲁木齐, 内蒙古自治区呼和浩特).
_RAILWAY_PLACE = 12


def railway_short_start(text: str, tie: int, end: int, floor: int) -> int | None:
    """Where the registry name ``text[...:end]`` starts, that 铁 at ``tie`` shortens.

    The longest that the registry holds wins (上海铁检院 for 上海铁路运输检察院); none
    is read into another word.

    >>> text = "据上海铁检院消息"
    >>> text[railway_short_start(text, 3, 6, 0) : 6]
    '上海铁检院'
    >>> railway_short_start("据北京大学铁检院", 5, 8, 0) is None
    True
    """
    registry = registry_index()
    for start in range(max(floor, tie - _RAILWAY_PLACE), tie):
        if registry.lookup(normalize(text[start:end])) is not None:
            return start
    return None
