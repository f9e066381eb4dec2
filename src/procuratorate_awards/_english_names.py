"""English names written as :func:`english_name` writes them, read back whole, the army's
procuratorates by the English names it gives their areas, and the English place names
every English reading looks places up by.

The looser English readings take a place and its type (People's Procuratorate of Dunhua
…); a name the package writes may go on past them (… Dunhua Forestry Area, Jilin
Province), and read short it would name another procuratorate. Read whole, it names its
own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._english import MILITARY_ENGLISH, english_names, english_places
from ._mentions import Mention
from ._reading import in_words, new_mention
from ._resolution import ascii_key, provinces
from ._resources import Lazy
from ._words import MILITARY_AREAS, MILITARY_PREFIXES

__all__ = ["after_the", "army_names", "place_codes", "written_names"]


class _Names:
    """The names, cut at their first "Procuratorate": by the length of the words before
    it, those words, then the rest from "Procuratorate" on, with the Chinese name."""

    def __init__(self, names: dict[str, str]) -> None:
        before: dict[int, dict[str, dict[str, str]]] = {}
        self.longest = 0
        for english, chinese in names.items():
            at = english.find("Procuratorate")
            if at < 0:
                continue
            head, rest = english[:at], english[at:]
            before.setdefault(len(head), {}).setdefault(head, {})[rest] = chinese
            self.longest = max(self.longest, len(rest))
        # The longest words first: a branch's name ends with its parent's.
        self.before = dict(sorted(before.items(), reverse=True))


_PROVINCE_TYPES = {
    "province": "Province",
    "autonomous_region": "Autonomous Region",
    "municipality": "Municipality",
}


def _build_places() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each English place name, folded, with the codes and English types it names."""
    places: dict[str, list[tuple[str, str]]] = {}
    for code, english in english_places().items():
        name, _, kind = english.partition(" ")
        places.setdefault(ascii_key(name), []).append((code, kind))
    # A province by the English names it goes by (Tibet, Inner Mongolia), with its type.
    for province in provinces():
        own = province.division_code
        if own is None:
            continue
        kind = _PROVINCE_TYPES[province.kind.value]
        for name in (province.english_name, *province.english_aliases):
            codes = places.setdefault(ascii_key(name), [])
            if not name.endswith(("Province", "Region", "Municipality")) and all(
                known != own for known, _ in codes
            ):
                codes.append((own, kind))
    return {name: tuple(codes) for name, codes in places.items()}


_place_codes = Lazy(_build_places)


def place_codes() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each English place name, folded (``ascii_key``), with the codes and the English
    types it names: a division by its first word (Shengzhou: City), a province also by the
    English names it goes by (Tibet: Autonomous Region).

    >>> place_codes()["tibet"]
    (('540000', 'Autonomous Region'),)
    """
    return _place_codes.get()


_written = Lazy(lambda: _Names(english_names()))

_PROCURATORATE_WORD = re.compile("Procuratorate")
# Where a name may end: anywhere but inside a word of Latin letters or digits.
_ENDS = re.compile(r"(?=[^A-Za-z0-9]|\Z)")
# A province or an autonomous region after a comma places a name and is no part of it,
# as the looser readings and the annotations have it.
_REGION_AFTER = re.compile(r", [A-Z][A-Za-z' ]*? (?:Province|Autonomous Region)\Z")


def written_names(text: str) -> Iterator[Mention]:
    """Each name ``text`` writes as :func:`english_name` would, read as its procuratorate;
    a province or an autonomous region after it is no part of the mention.

    >>> from procuratorate_awards import find_procuratorates
    >>> text = "the People's Procuratorate of Dunhua Forestry Area, Jilin Province"
    >>> [(m.text, m.procuratorate.full_name) for m in find_procuratorates(text)]
    [("People's Procuratorate of Dunhua Forestry Area", '吉林省敦化林区人民检察院')]
    """
    names = _written.get()
    plain = text.replace("’", "'")  # one apostrophe, at the same offsets
    for anchor in _PROCURATORATE_WORD.finditer(plain):
        at = anchor.start()
        for length, heads in names.before.items():
            start = at - length
            if start < 0 or (rests := heads.get(plain[start:at])) is None:
                continue
            if start and plain[start - 1].isascii() and plain[start - 1].isalnum():
                continue  # the end of a longer word
            end, chinese = _longest(plain, at, rests, names.longest)
            if chinese is None:
                continue
            after = _REGION_AFTER.search(plain, start, end)
            if after is not None:
                end = after.start()
            outcome = in_words(text, start, end, chinese)
            if outcome[0] is not None:
                yield new_mention(text, start, end, outcome)
            break


def _longest(text: str, at: int, rests: dict[str, str], longest: int) -> tuple[int, str | None]:
    """Where the longest of ``rests`` written at ``at`` ends, and its Chinese name."""
    found: tuple[int, str | None] = (at, None)
    for end in _ENDS.finditer(text, at):
        if end.start() > at + longest:
            break
        chinese = rests.get(text[at : end.start()])
        if chinese is not None:
            found = (end.start(), chinese)
    return found


# The army's procuratorates: Chinese (or PLA) Military Procuratorate, the Military
# Procuratorate of the PLA, the Eastern Theater Command Military Procuratorate, the
# Military Procuratorate of the Eastern Theater Command (, the Chinese People's Liberation
# Army), in the English names :func:`english_name` gives their areas.
_ARMY = r"(?:Chinese\s+)?People['’]s\s+Liberation\s+Army|PLA"
_AREAS = {MILITARY_ENGLISH[area]: area for area in MILITARY_AREAS}
_AREA = "|".join(area.replace(" ", r"\s+") for area in _AREAS)
_MILITARY = re.compile(
    rf"(?:(?P<army>Chinese|China|{_ARMY})\s+)?(?:(?P<area>{_AREA})\s+)?Military\s+Procuratorate"
    rf"(?:\s+of\s+the\s+(?:(?P<area_after>{_AREA})(?:,\s+the\s+(?:{_ARMY}))?|(?P<army_after>{_ARMY})))?"
    r"(?![A-Za-z'’])"
)
_ARMY_NAME = MILITARY_PREFIXES[0]
_OF_ANOTHER = re.compile(r"\s+(?:of|in)\b")
_THE_BEFORE = re.compile(r"(?<![A-Za-z])[Tt]he\s+\Z")
# China's Military Procuratorate: the country's own, as after "the"; China's is no part of it.
_CHINAS_BEFORE = re.compile(r"(?<![A-Za-z])China['’]s\s+\Z")


def after_the(text: str, start: int) -> bool:
    """Whether "the" stands right before ``start``: what makes a bare Military
    Procuratorate, or "the People's Procuratorate in" a place, name one.

    >>> after_the("the Military Procuratorate", 4), after_the("a Military Procuratorate", 2)
    (True, False)
    """
    return _THE_BEFORE.search(text, max(0, start - 8), start) is not None


def army_names(text: str) -> Iterator[Mention]:
    """The army's procuratorates (China or Chinese Military Procuratorate), and the Military
    Procuratorate after "the" or "China's", which news writes for the PLA's own; never
    where "of" or "in" and another name follow it.

    >>> text = "the Military Procuratorate and the Eastern Theater Command Military Procuratorate"
    >>> [(m.text, m.procuratorate.full_name) for m in army_names(text)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Military Procuratorate', '中国人民解放军军事检察院'),
     ('Eastern Theater Command Military Procuratorate', '中国人民解放军东部战区军事检察院')]
    """
    for match in _MILITARY.finditer(text):
        start, end = match.span()
        area = match.group("area") or match.group("area_after")
        bare = area is None and match.group("army") is None and match.group("army_after") is None
        definite = after_the(text, start) or _CHINAS_BEFORE.search(text, max(0, start - 9), start)
        if bare and (not definite or _OF_ANOTHER.match(text, end) is not None):
            continue
        name = _ARMY_NAME + ("" if area is None else _AREAS[" ".join(area.split())])
        outcome = in_words(text, start, end, name + "军事检察院")
        if outcome[0] is not None:
            yield new_mention(text, start, end, outcome)
