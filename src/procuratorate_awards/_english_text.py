"""Procuratorates named in English text.

English-language news names the Supreme People's Procuratorate, often as SPP in a text that
speaks of a procuratorate, and others by a place in Hanyu Pinyin and the type of its
division: Dalian Municipal People's Procuratorate, People's Procuratorate of Haidian
District, Xining City Procuratorate, the provincial procuratorate in Liaoning. A place is
read by the one-word names the package gives divisions in English, within the types the
words allow; a place that fits two divisions (Suzhou City: Jiangsu's or Anhui's) is a
mention left unresolved, as is one the package does not know.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from ._divisions import index
from ._english import english_places
from ._errors import AmbiguousNameError, NameLookupError, UnknownNameError
from ._grammar import place_path
from ._mentions import Mention, Mentions
from ._reading import Outcome, in_words, new_mention
from ._resolution import ascii_key
from ._resources import Lazy

__all__ = ["english_mentions"]

_SUPREME_NAME = "最高人民检察院"
_SUPREME = re.compile(r"Supreme\s+People['’]s\s+Procuratorate", re.IGNORECASE)
# The initials stand alone: not inside a longer word or code (SPPs, SPP2).
_INITIALS = re.compile(r"(?<![A-Za-z0-9])SPP(?![A-Za-z0-9])")

# A place: up to three capitalised words (Pudong New Area), apostrophes inside (Xi'an).
_WORD = r"[A-Z][a-z]+(?:['’][a-z]+)*"
_PLACE = rf"{_WORD}(?:[ -]{_WORD}){{0,2}}"
_TYPE = r"Provincial|Municipal|City|District|County|Prefectural"
_NAMED = re.compile(
    # Dalian Municipal People's Procuratorate; Xining City Procuratorate
    rf"(?P<place>{_PLACE})\s+(?P<type>{_TYPE})\s+(?:People['’]s\s+)?Procuratorate"
    # (Municipal) People's Procuratorate of Dalian (City)
    rf"|(?:(?P<type_before>{_TYPE})\s+)?People['’]s\s+Procuratorate\s+of\s+"
    rf"(?P<place_after>{_PLACE}?)"
    r"(?:\s+(?P<type_after>Province|City|District|County|Municipality|Prefecture))?"
    r"(?![A-Za-z])"
    # the provincial procuratorate in Liaoning
    r"|(?P<type_lower>provincial|municipal|city|district|county)\s+procuratorate\s+(?:in|of)\s+"
    rf"(?P<place_lower>{_PLACE}?)(?![A-Za-z])"
)
# Words that begin a sentence or a phrase, not a place (The Municipal People's Procuratorate).
_NOT_PLACES = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "Supreme"})
# The kinds of division each English type word may name, by the English type words of the
# package's names (County, Hui Autonomous County, New Area …).
_KINDS = {
    "province": ("Province", "Autonomous Region", "Municipality"),
    "provincial": ("Province", "Autonomous Region", "Municipality"),
    "municipality": ("Municipality",),
    "municipal": ("City", "Municipality"),
    "city": ("City", "Municipality"),
    "district": ("District", "New Area"),
    "county": ("County",),
    "prefecture": ("Prefecture",),
    "prefectural": ("Prefecture", "City"),
}


def _build_places() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each English place name, folded, with the codes and English types it names."""
    places: dict[str, list[tuple[str, str]]] = {}
    for code, english in english_places().items():
        name, _, kind = english.partition(" ")
        places.setdefault(ascii_key(name), []).append((code, kind))
    return {name: tuple(codes) for name, codes in places.items()}


_place_codes = Lazy(_build_places)


def english_mentions(text: str, mentions: Mentions) -> Mentions:
    """``mentions`` with the procuratorates English text names.

    >>> from procuratorate_awards import find_procuratorates
    >>> text = "The SPP and Dalian Municipal People's Procuratorate"
    >>> [(m.text, m.procuratorate.full_name) for m in find_procuratorates(text)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('SPP', '最高人民检察院'),
     ("Dalian Municipal People's Procuratorate", '辽宁省大连市人民检察院')]
    """
    if "rocuratorate" not in text and "ROCURATORATE" not in text:
        return mentions
    found = [_supreme(text, *match.span()) for match in _SUPREME.finditer(text)]
    found.extend(_supreme(text, *match.span()) for match in _INITIALS.finditer(text))
    found.extend(_named(text))
    if not found:
        return mentions
    # Of two readings that overlap, the one that starts first, then the longer, stands;
    # a mention read already (S市SPP区检院, anonymised) stands over an English reading.
    found.sort(key=lambda m: (m.span.start, -m.span.end))
    kept: list[Mention] = []
    first = 0
    for mention in found:
        while first < len(mentions) and mentions[first].span.end <= mention.span.start:
            first += 1
        if first < len(mentions) and mentions[first].span.start < mention.span.end:
            continue
        if not kept or kept[-1].span.end <= mention.span.start:
            kept.append(mention)
    return Mentions(heapq.merge(mentions, kept, key=lambda m: m.span.start))


def _supreme(text: str, start: int, end: int) -> Mention:
    return new_mention(text, start, end, in_words(text, start, end, _SUPREME_NAME))


def _named(text: str) -> Iterator[Mention]:
    for match in _NAMED.finditer(text):
        groups = match.groupdict()
        start, end = match.span()
        place = groups["place"]
        if place is not None and place.split()[0] in _NOT_PLACES:
            # "The Municipal People's Procuratorate of Dalian": read from the type word on.
            inner = _NAMED.match(text, match.start("type"))
            if inner is None:
                continue
            groups, (start, end) = inner.groupdict(), inner.span()
            place = None
        place = place or groups["place_after"] or groups["place_lower"]
        if not place or place.split()[0] in _NOT_PLACES:
            continue
        kind = groups["type"] or groups["type_after"] or groups["type_before"]
        kind = kind or groups["type_lower"]
        yield new_mention(text, start, end, _read(text, start, end, place, kind))


def _read(text: str, start: int, end: int, place: str, kind: str | None) -> Outcome:
    """The procuratorate of the one division ``place`` and ``kind`` name, or why none."""
    allowed = _KINDS.get(kind.lower(), ()) if kind else ()
    name, _, inner = place.partition(" ")
    if ascii_key(place) in _place_codes.get():
        name, inner = place, ""
    codes = [
        code
        for code, english_kind in _place_codes.get().get(ascii_key(name), ())
        if (not allowed or english_kind.endswith(allowed))
        and (not inner or english_kind.startswith(inner))
    ]
    if len(codes) != 1:
        words = text[start:end]
        error: NameLookupError
        if codes:
            error = AmbiguousNameError(
                words, f"{place} fits {len(codes)} places; the text does not say which"
            )
        else:
            error = UnknownNameError(words, f"{place} is no place this package knows")
        return None, error, ()
    idx = index()
    return in_words(text, start, end, place_path(idx, idx.by_code[codes[0]]) + "人民检察院")
