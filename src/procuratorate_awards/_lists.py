"""Lists of places: the places a count or 等 closes (闵行、宝山两个区, 河南南阳、湖北十堰两市),
which every list is read through, and the lists closed by 检察院 without a level's word:
福安、周宁、寿宁、柘荣等四个基层检察院, 福州、泉州、三明等地检察院, 甲、乙两家检察院.

Each place the list names is a mention of its own procuratorate, read by its own name, as
a city is in a counted list of cities; the closing (等四个基层检察院) is no part of any. A
list whose places do not all name a basic procuratorate after 基层 is not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._divisions import CURRENT, SHORT, STEM, division_level, index, normalize
from ._enums import Level
from ._letters import forms_before, prev_char
from ._mentions import Mention
from ._reading import in_words, new_mention
from ._registry import COORDINATORS

__all__ = ["COUNTS", "counted_places", "lists_without_level"]

# The counts a list of places may close with (闵行、宝山两个区; 南阳、十堰、汉中三市).
COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def counted_places(
    text: str, end: int, count: str, suffix: str | tuple[str, ...]
) -> list[tuple[int, int, str]]:
    """The places a count or 等 closes (闵行、宝山、徐汇三个区, 福州、泉州等市): each one's span
    and full name.

    Only a list of exactly as many places of the type as the count says is read, or, after
    等, of at least two. The type 省 stands for every provincial-level unit (贵州、四川、重庆
    等省市); several types may be given (罗田、武穴等县市).

    >>> counted_places("闵行、宝山两个区", 5, "两", "区")
    [(0, 2, '闵行区'), (3, 5, '宝山区')]
    >>> counted_places("贵州、重庆等省市", 5, "等", "省")
    [(0, 2, '贵州省'), (3, 5, '重庆市')]
    >>> counted_places("罗田、武穴等县市", 5, "等", ("县", "市"))
    [(0, 2, '罗田县'), (3, 5, '武穴市')]

    A place may carry its province's name before it (河南南阳、湖北十堰两市), which is then
    part of its span and settles which place of the name it is.

    >>> counted_places("河南南阳、湖北十堰两市", 9, "两", "市")
    [(0, 4, '南阳市'), (5, 9, '十堰市')]
    """
    idx = index()
    items: list[tuple[int, int, str]] = []
    position = end
    floor = max(0, end - 64)
    while len(items) < 10:
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
            start, found = _in_province_before(text, start, floor, found)
        name = min(found)[1]
        items.append((start, position, name))
        separator = prev_char(text, start, floor)
        if separator < 0 or text[separator] not in COORDINATORS:
            break
        position = prev_char(text, separator, floor) + 1
    # 等 closes a list of any length; a count, one of exactly as many places.
    if len(items) < 2 if count == "等" else len(items) != COUNTS.get(count, 0):
        return []
    return list(reversed(items))


def _in_province_before(
    text: str, start: int, floor: int, found: list[tuple[int, str, str]]
) -> tuple[int, list[tuple[int, str, str]]]:
    """Where a listed place starts, with a province's name right before it (河南南阳) taken
    in, and the readings of the place that lie in that province; else as found."""
    at = [item for item in found if item[0] == start]
    for before, _ in forms_before(text, start, floor):
        for form in index().forms.get(normalize(text[before:start]), ()):
            code = form.division.code
            if form.rank not in (CURRENT, SHORT) or division_level(code) != 0:
                continue
            inside = [item for item in at if item[2][:2] == code[:2]]
            if inside:
                return before, inside
    return start, at


# 等, a count or both, then 个 or 家, then 地 (places) or 基层 (basic), then 检察院. A list
# closed by a level's word (三个区检察院, 等设区市检察院) is read with the references.
_LIST_CLOSING = re.compile(
    rf"(?:等(?P<counted>[{''.join(COUNTS)}])?|(?P<count>[{''.join(COUNTS)}]))[个家]?"
    r"(?P<kind>地|基层)?(?:人民)?检察院"
)
# The places such a list may name: any division but a province, whose bare name is no form
# a list is read in.
_TYPES = ("市", "县", "区", "旗", "州", "盟")


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
    for match in _LIST_CLOSING.finditer(folded):
        at = match.start()
        count = match.group("counted") or match.group("count") or "等"
        # A count closes exactly as many places; 等, at least two.
        places = counted_places(text, at, count, _TYPES)
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
        if match.group("kind") == "基层" and not all(
            m.procuratorate is not None and m.procuratorate.level is Level.BASIC for m in read
        ):
            continue
        found.extend(read)
    return found
