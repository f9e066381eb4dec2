"""Anonymised names: the places papers, judgments and news hide behind capital letters or
某 (S市L区人民检察院, 广西H县检察院, 某市人民检察院, 淮安市某区检察院), with the places named
before them.
"""

from __future__ import annotations

import re

from attrs import evolve

from ._letters import chain_starts
from ._mentions import Mention
from ._models import Span

__all__ = ["anonymised", "with_hidden_places"]

# Papers and some judgments hide a procuratorate's place behind capital letters: S市L区,
# Y市, a real place before them (广西H县); news behind 某 (some: 某市, 淮安市某区). Each
# letter, or 某, stands for one division.
# A space may stand between the letters and their types, as text drawn from a PDF has it
# (山西省 J市 C 区人民检察院).
_HIDDEN_PLACE = r"(?:[A-Z]{1,3}|某)"
_ANONYMISED = re.compile(
    rf"(?:{_HIDDEN_PLACE} ?(?:自治区|自治州|[省市县区州旗]) ?)*{_HIDDEN_PLACE} ?\Z"
)
# How far back the letters and the places before them are looked for.
_ANONYMISED_REACH = 24


def anonymised(text: str, level: int, floor: int) -> int | None:
    """The start of an anonymised name whose last division's type stands at ``level``.

    Its letters, or 某 (some), stand right before ``level`` (S市L区人民检察院, 某市人民检察院:
    the 区, the 市), after anything but another letter or digit; the places named right
    before them are part of the name (广西H县检察院, 淮安市某区检察院). ``None`` when no such
    name ends there.

    >>> text = "以广西H县检察院为样本"
    >>> text[anonymised(text, 4, 0) :]
    '广西H县检察院为样本'
    >>> text = "淮安市某区检察院督促"
    >>> text[anonymised(text, 4, 0) :]
    '淮安市某区检察院督促'
    >>> anonymised("ABC123市院", 6, 0) is None
    True
    """
    window_start = max(floor, level - _ANONYMISED_REACH)
    match = _ANONYMISED.search(text, window_start, level)
    if match is None:
        return None
    start = match.start()
    if start > floor and text[start - 1].isascii() and text[start - 1].isalnum():
        return None  # part of a longer code (ABC123), not letters standing for places
    places = chain_starts(text, start, max(floor, start - _ANONYMISED_REACH))
    return min(places, default=start)


def with_hidden_places(folded: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions``, each with the hidden places named right before it taken into its span
    (某市裕华区人民检察院, S市朝阳区人民检察院), as they are an anonymised name's; what it
    names stays. ``folded`` is ``text`` with its traditional characters folded.

    >>> from procuratorate_awards import find_procuratorates
    >>> [m.text for m in find_procuratorates("某市裕华区人民检察院出具函件")]
    ['某市裕华区人民检察院']
    """
    read: list[Mention] = []
    for mention in mentions:
        start = mention.span.start
        if start and folded[start - 1] in "省市县区州旗":  # a hidden place's type
            floor = read[-1].span.end if read else 0
            hidden = anonymised(folded, start - 1, floor)
            if hidden is not None:
                span, words = Span(hidden, mention.span.end), text[hidden : mention.span.end]
                unit = mention.procuratorate
                named = None if unit is None else evolve(unit, name=words)
                mention = evolve(mention, span=span, text=words, procuratorate=named)
        read.append(mention)
    return read
