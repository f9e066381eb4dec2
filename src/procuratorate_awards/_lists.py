"""Lists of places closed by 检察院 without a level's word: 福安、周宁、寿宁、柘荣等四个基层检察院,
福州、泉州、三明等地检察院, 甲、乙两家检察院.

Each place the list names is a mention of its own procuratorate, read by its own name, as
a city is in a counted list of cities; the closing (等四个基层检察院) is no part of any. A
list whose places do not all name a basic procuratorate after 基层 is not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._enums import Level
from ._mentions import Mention
from ._places import COUNTS, counted_places
from ._reading import in_words, new_mention

__all__ = ["lists_without_level"]

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
