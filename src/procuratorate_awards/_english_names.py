"""English names written as :func:`english_name` writes them, read back whole.

The looser English readings take a place and its type (People's Procuratorate of Dunhua
…); a name the package writes may go on past them (… Dunhua Forestry Area, Jilin
Province), and read short it would name another procuratorate. Read whole, it names its
own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._english import english_names
from ._mentions import Mention
from ._reading import in_words, new_mention
from ._resources import Lazy

__all__ = ["written_names"]


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
