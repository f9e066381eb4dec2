"""How much of a text reading one name can see, so that a name is read once per window.

Reading a name back from its anchor stops at the first character no name can hold, and
reading a designation on stops at punctuation or at 检 or 院: the name read in the window
of text between those stops, with the same floor, is the name read in the whole text. A
long text repeats few names in few surroundings, so the readings are memoised by window.
"""

from __future__ import annotations

import re

from . import _records
from ._divisions import fold_character
from ._letters import (
    BRANCH_REACH,
    MAX_DESIGNATION,
    NAME_ALPHABET,
    PERSON_CHARACTERS,
    PERSON_ENDS,
    PERSON_REACH,
)
from ._resources import Lazy
from ._words import COORDINATORS

__all__ = ["WINDOW_BACK", "coordination_window", "name_window", "unpack", "window_start"]

# Reading a name back from its anchor stops at the first character no name can hold, and
# reading a designation on stops at punctuation or at 检 or 院; these are the characters
# looked for. Each is kept only if it does stop every reading (、 and ( are in names).
_STOP_CANDIDATES = (
    "，。、；：！？“”‘’（）《》〈〉【】「」『』〔〕…—·,.;:!?\"'()<>[]{}|/\\~@#$%^&*+=_`0123456789"
)
# How far back a window may reach for a stop, and how far on it looks; a name with its
# gaps is shorter, and a designation is read no further than ``MAX_DESIGNATION + 1`` on.
WINDOW_BACK = 64
_WINDOW_AHEAD = MAX_DESIGNATION + 4
_SPACE = re.compile(r"\s")


def _char_class(chars: set[str]) -> str:
    """A regular-expression class of ``chars``, runs of code points written as ranges."""
    points = sorted(map(ord, chars))
    parts: list[str] = []
    first = 0
    for number, point in enumerate(points):
        if number + 1 < len(points) and points[number + 1] == point + 1:
            continue
        low, high = re.escape(chr(points[first])), re.escape(chr(point))
        parts.append(low if points[first] == point else f"{low}-{high}")
        first = number + 1
    return "".join(parts)


def _build_stops() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    alphabet = NAME_ALPHABET.get()
    table = _records.simplified_table.get()
    # Unified ideographs have no compatibility forms: they fold through the table only.
    back = {
        char
        for char in map(chr, range(0x4E00, 0xA000))
        if char not in alphabet and table.get(ord(char), char) not in alphabet
    }
    back.update(
        char
        for char in _STOP_CANDIDATES
        if not char.isspace() and char not in alphabet and fold_character(char) not in alphabet
    )
    ahead = {
        char
        for char in _STOP_CANDIDATES + "检檢院"
        if not char.isspace()
        and (
            fold_character(char) in ("检", "院") or not "\u4e00" <= fold_character(char) <= "\u9fff"
        )
    }
    # Whether a name starts a word is weighed by a person's word up to PERSON_REACH
    # characters before it (被告人证浙江省…: 证, a surname): none of its characters stops a
    # reading, nor does one that stands at most two characters after its end.
    back -= PERSON_CHARACTERS
    ends = _char_class(set(PERSON_ENDS))
    after_no_person = rf"(?<![{ends}].)(?<![{ends}]..)"
    # The greedy run backtracks from the end: it costs the distance to the last stop.
    return (
        re.compile(rf"(?s:.*)[{_char_class(back)}]{after_no_person}"),
        # Names coordinated before a name are read across the separators (与 is no name's).
        re.compile(rf"(?s:.*)[{_char_class(back - COORDINATORS)}]{after_no_person}"),
        re.compile(f"[{_char_class(ahead)}]"),
    )


_stops = Lazy(_build_stops)


def _window_key(text: str, anchor: int, end: int, first: int, last: int, floor: int) -> str:
    """``text[first:last]`` after its floor, anchor and end inside it, one character each."""
    inner = floor - first if floor > first else 0
    return f"{chr(inner)}{chr(anchor - first)}{chr(end - first)}{text[first:last]}"


def unpack(window: str) -> tuple[str, int, int, int]:
    """The text of a window and its anchor, end and floor inside it."""
    return window[3:], ord(window[1]), ord(window[2]), ord(window[0])


def window_start(window: str, anchor: int) -> int:
    """Where in the text a window of the anchor at ``anchor`` starts."""
    return anchor - ord(window[1])


def name_window(text: str, anchor: int, end: int, floor: int) -> str | None:
    """The part of ``text`` that reading the name closed at ``anchor`` can see.

    The name read in the window alone, with its floor (:func:`unpack`), is the name read
    in ``text``, moved by :func:`window_start`. The window starts at the last character
    before the anchor that stops every reading, or one character before ``floor`` (a
    name's start is weighed by the character before it). ``None`` when neither lies
    within ``WINDOW_BACK`` characters, or when white space ahead leaves open how far a
    designation reads on.
    """
    back, _, ahead = _stops.get()
    low = floor if floor > anchor - WINDOW_BACK else anchor - WINDOW_BACK
    stop = back.match(text, low, anchor)
    if stop is not None:
        first = stop.end() - 1
    elif low == floor:
        first = floor - 1 if floor else 0
    else:
        return None
    reach = end + _WINDOW_AHEAD
    if text.find("分", end, end + BRANCH_REACH) < 0:
        last = end  # no 分院 follows: nothing after the anchor is read
    elif (found := ahead.search(text, end, reach)) is not None:
        last = found.end()
    elif reach >= len(text):
        last = len(text)
    elif _SPACE.search(text, end, reach) is None:
        last = reach
    else:
        return None
    return _window_key(text, anchor, end, first, last, floor)


def coordination_window(
    text: str, anchor: int, start: int, floor: int, narrower: str
) -> str | None:
    """The wider window that reading the names coordinated before the name read in
    ``narrower`` (that starts at ``start``) can see, or ``None``.

    The names are read back across separators to the last character before ``start``
    that stops every reading and is no separator; whether one of them starts a word is
    weighed by up to ``PERSON_REACH`` characters before it, and a name's start by the
    character before the floor.
    """
    _, beyond, _ = _stops.get()
    low = floor if floor > start - WINDOW_BACK else start - WINDOW_BACK
    stop = beyond.match(text, low, start)
    if stop is not None:
        first = max(stop.end() - PERSON_REACH, floor - 1, 0)
    elif low == floor:
        first = max(floor - 1, 0)
    else:
        return None
    end = anchor - ord(narrower[1]) + ord(narrower[2])
    last = window_start(narrower, anchor) + len(narrower) - 3
    return _window_key(text, anchor, end, first, last, floor)
