"""Railway transport procuratorates of the places a list names before one such name
(兰州、武威、西宁、银川铁路运输检察院) or before a count or 等 and the name's own words (兰州、
武威、银川3个铁路运输检察院): railway procuratorates are named by a place's stem, and a list's
places share the words after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._divisions import CURRENT, STEM, index, normalize
from ._letters import forms_before, prev_char
from ._lists import LIST_REACH, PLACE_TYPES, counted_before, counted_places, listed_places
from ._mentions import Mention
from ._reading import in_words, new_mention
from ._words import COORDINATORS

__all__ = ["railway_listed"]

# The names of railway transport procuratorates (and of their branches) after a place's stem,
# which a list's places before it share (兰州、武威、银川铁路运输检察院).
_RAILWAY = re.compile("铁路运输(?:人民)?检察(?:分)?院|铁路运输分院")


def railway_listed(text: str, folded: str, scanned: Callable[[int, int], bool]) -> list[Mention]:
    """The railway transport procuratorates of places listed before such a name: coordinated
    before one (兰州、武威、银川铁路运输检察院), or closed by a count or 等 before it (兰州、
    武威、银川3个铁路运输检察院). Each place is read by its stem, as railway procuratorates are
    named (兰州 for 兰州市), and only where the registry holds the name it gives.

    >>> from procuratorate_awards import find_procuratorates
    >>> [m.procuratorate.full_name for m in find_procuratorates("兰州、武威两个铁路运输检察院")]
    ['兰州铁路运输检察院', '武威铁路运输检察院']
    """
    found: list[Mention] = []
    for match in _RAILWAY.finditer(folded):
        at, suffix = match.start(), match.group()
        named = forms_before(folded, at, max(0, at - LIST_REACH))
        if named:  # the last place's name, read by the scan: the others are coordinated
            first = named[-1][0]  # the longest name, found last
            separator = prev_char(text, first, max(0, first - LIST_REACH))
            if separator < 0 or text[separator] not in COORDINATORS:
                continue
            places = listed_places(text, separator, PLACE_TYPES, COORDINATORS)
        elif (closing := counted_before(folded, at)) is not None:
            places = counted_places(text, *closing, PLACE_TYPES)
        else:
            continue
        if any(scanned(start, end) for start, end, _ in places):
            continue
        for start, end, _ in places:
            stem = normalize(text[start:end])
            if not _stem_alone(stem):
                continue  # 兰州市、银川铁路运输检察院: 兰州市 names the city's own
            outcome = in_words(text, start, end, stem + suffix)
            if outcome[0] is not None:
                found.append(new_mention(text, start, end, outcome))
    return found


def _stem_alone(words: str) -> bool:
    """Whether ``words`` are a division's stem and no division's full name (兰州, not 兰州市)."""
    forms = index().forms.get(words, ())
    return any(form.rank == STEM for form in forms) and all(form.rank != CURRENT for form in forms)
