"""Procuratorates named in English text.

For now one: the Supreme People's Procuratorate, by its name and, in a text that speaks of
a procuratorate, by its initials SPP, as English-language news writes both. Other English
names are not read yet (docs/reading.md says so).
"""

from __future__ import annotations

import heapq
import re

from ._mentions import Mention, Mentions
from ._reading import in_words, new_mention

__all__ = ["english_mentions"]

_SUPREME_NAME = "最高人民检察院"
_SUPREME = re.compile(r"Supreme\s+People['’]s\s+Procuratorate", re.IGNORECASE)
# The initials stand alone: not inside a longer word or code (SPPs, SPP2).
_INITIALS = re.compile(r"(?<![A-Za-z0-9])SPP(?![A-Za-z0-9])")


def english_mentions(text: str, mentions: Mentions) -> Mentions:
    """``mentions`` with the Supreme People's Procuratorate where English text names it.

    >>> from procuratorate_awards import find_procuratorates
    >>> text = "The Supreme People's Procuratorate (SPP) said on Monday"
    >>> [(m.text, m.procuratorate.full_name) for m in find_procuratorates(text)]
    [("Supreme People's Procuratorate", '最高人民检察院'), ('SPP', '最高人民检察院')]
    """
    if "rocuratorate" not in text and "ROCURATORATE" not in text:
        return mentions
    found = [_supreme(text, *match.span()) for match in _SUPREME.finditer(text)]
    found.extend(_supreme(text, *match.span()) for match in _INITIALS.finditer(text))
    if not found:
        return mentions
    found.sort(key=lambda m: m.span.start)
    return Mentions(heapq.merge(mentions, found, key=lambda m: m.span.start))


def _supreme(text: str, start: int, end: int) -> Mention:
    return new_mention(text, start, end, in_words(text, start, end, _SUPREME_NAME))
