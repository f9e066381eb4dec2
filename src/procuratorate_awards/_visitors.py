"""Visits to the text's own place, which it calls 我市 (我县, 我区, 我省): the places named
before a visit in its sentence are where the visitors come from (宁德市人大常委会副主任一行到
我市调研), so a relative reference of that level (市人民检察院) names none of them.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ._letters import REACH, SENTENCE_END, fold_char
from ._mentions import Mention
from ._places import Looked, level_of, places_at
from ._relatives import Pending
from ._words import LONGEST_VISIT, VISITING

__all__ = ["VISITORS", "visitors_places"]

# 我市 is looked for first, by its 我: a pattern that starts with a choice of words is tried
# at every character of a text.
_OWN_PLACE = re.compile("我(?P<word>[省市县区州旗縣區])")
_VISIT_BEFORE = re.compile(VISITING + r"\Z")
# How far back in its sentence a visit's visitors are looked for.
_VISIT_REACH = 120
# Why a reference of the level of a place the text's visitors come from (宁德市人大…到我市…
# 市人民检察院) is left unresolved: it names the text's own, which the text calls 我市.
VISITORS = (
    "relative: {} names the procuratorate of the text's own place, which it calls 我{}, "
    "not of the place its visitors come from"
)


def _place_visits(text: str) -> list[tuple[int, int, str]]:
    """Each visit to 我市 (我县, 我省 …), in order: where the visit starts, where its
    sentence opens, and its level's word."""
    found = []
    for own in _OWN_PLACE.finditer(text):
        visit = _VISIT_BEFORE.search(text, max(0, own.start() - LONGEST_VISIT), own.start())
        if visit is None:
            continue
        floor = max(0, visit.start() - _VISIT_REACH)
        ends = SENTENCE_END.finditer(text, floor, visit.start())
        opened = max((end.end() for end in ends), default=floor)
        found.append((visit.start(), opened, fold_char(own.group("word"))))
    return found


def visitors_places(
    text: str, reference: Pending, suffix: str, before: list[Mention], looked: Looked
) -> frozenset[str]:
    """The procuratorates at the reference's level of the places the visitors to 我 and its
    level's word (到我市) come from, in the visits within reach before it: the places named
    before each visit in its sentence, by name or by a procuratorate of ``before`` (the
    mentions before it). The text's own place of that level is none of them. ``looked``
    keeps the text's visits, found once.

    >>> text = "宁德市人大常委会副主任一行到我市调研。市人民检察院介绍"
    >>> reference = Pending(19, 25, 1, "市人民检察院")
    >>> sorted(visitors_places(text, reference, "市", [], Looked()))
    ['福建省宁德市人民检察院']
    """
    position, word, level = reference.start, reference.word[0], reference.level
    if looked.visits is None:
        looked.visits = _place_visits(text)
    if level is None or not looked.visits:
        return _NONE
    floor = position - REACH - _VISIT_REACH
    found: set[str] = set()
    for start, opened, visited in looked.visits[bisect_left(looked.visits, (floor,)) :]:
        if start >= position:
            break
        if visited != word:
            continue
        for at in range(start, opened, -1):
            place = next(places_at(text, at, opened, level, suffix), None)
            if place is not None:
                found.add(place[1])
        # The mentions in the visit's sentence, looked for from the last one back.
        for mention in reversed(before):
            if mention.span.start < opened:
                break
            unit = mention.procuratorate
            if unit is not None and mention.span.start < start:
                name = level_of(unit, level, suffix)
                if name is not None:
                    found.add(name)
    return frozenset(found)


_NONE: frozenset[str] = frozenset()
