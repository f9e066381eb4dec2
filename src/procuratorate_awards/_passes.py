"""References read in passes of their own after the scan, where few texts have them: a
prosecutor's 本院 in court, 上级院, and coordinated 地区 procuratorates (四川省第一、第二地区
人民检察院).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from ._divisions import index
from ._letters import forms_before
from ._mentions import Mention
from ._models import Span
from ._reading import in_words, new_mention, unresolved_mention
from ._words import NUMERALS

__all__ = [
    "NOT_A_PROCURATORATE_AFTER",
    "coordinated_areas",
    "deputed_own",
    "scanned_by",
    "superiors",
]

# Words after 院 that make it another noun (院子, 院落, 院墙, 院校), in either script.
NOT_A_PROCURATORATE_AFTER = frozenset("子落墙校士长牆長")


# A prosecutor's opening words in court: 我受长春经开区人民检察院的指派，代表本院，以国家公诉人
# 的身份…: 本院 is the procuratorate named right before 指派, after 受.
_DEPUTED = re.compile("(?:的)?指派[，,、]?\\s*代表本院")


def deputed_own(text: str, folded: str, mentions: list[Mention]) -> list[Mention]:
    """Each 本院 of a prosecutor deputed to court by the procuratorate named before it."""
    ends = {m.span.end: m for m in mentions}
    read = []
    for match in _DEPUTED.finditer(folded):
        named = ends.get(match.start())
        if named is None or folded[named.span.start - 1 : named.span.start] != "受":
            continue
        start, end = match.end() - 2, match.end()
        unit = named.procuratorate
        if unit is None:
            read.append(unresolved_mention(text, start, end, named.reason or ""))
        else:
            read.append(new_mention(text, start, end, in_words(text, start, end, unit.full_name)))
    return read


# 上级检察院, 上级院 (上級 in traditional script, which names do not fold): the procuratorate
# above the document's own, which no rule here names.
_SUPERIOR = re.compile(r"上[级級](?:人民)?(?:检察院|院)")
_SUPERIOR_REASON = (
    "relative: {} names the procuratorate above the document's own, which the text does not name"
)


def scanned_by(taken: list[Span]) -> Callable[[int, int], bool]:
    """Whether ``[start, end)`` overlaps a span the scan took (``taken``, in order, with
    one past the end of the text last): for the passes made after the scan."""
    ends = [span.end for span in taken]
    return lambda start, end: taken[bisect_right(ends, start)].start < end


def superiors(text: str, folded: str, scanned: Callable[[int, int], bool]) -> list[Mention]:
    """上级检察院 and 上级院: mentions of one procuratorate, left unresolved."""
    found = []
    for match in _SUPERIOR.finditer(folded):
        start, end = match.span()
        if scanned(start, end):
            continue  # inside a name the scan read
        if end < len(folded) and folded[end] in NOT_A_PROCURATORATE_AFTER:
            continue  # 上级院校
        reason = _SUPERIOR_REASON.format(text[start:end])
        found.append(unresolved_mention(text, start, end, reason))
    return found


# Ordinals coordinated before 地区 (四川省第一、第二地区人民检察院): one procuratorate each.
# Looked for only before each 地区 that 检察院 follows, which few texts have.
_NUMBER = f"[{NUMERALS}]+"
_COORDINATED_ORDINALS = re.compile(rf"第{_NUMBER}(?:\s*[、和及与]\s*第{_NUMBER})+\s*\Z")
_AREA_PROCURATORATE = re.compile(r"地\s*区\s*(?:人\s*民\s*)?检\s*察\s*院")


def coordinated_areas(text: str, folded: str, scanned: Callable[[int, int], bool]) -> list[Mention]:
    """四川省第一、第二地区人民检察院: the first mention from the province to its ordinal, each
    later one its own ordinal (the last with the shared 地区人民检察院), as coordinated places
    are read. Only where the province comes right before and the registry holds each one.
    """
    found: list[Mention] = []
    area = folded.find("地区")
    while area >= 0:
        suffix = _AREA_PROCURATORATE.match(folded, area)
        match = (
            None
            if suffix is None
            else _COORDINATED_ORDINALS.search(folded, max(0, area - 40), area)
        )
        area = folded.find("地区", area + 2)
        if suffix is None or match is None:
            continue
        start, end = match.start(), suffix.end()
        if scanned(start, end):
            continue  # the scan read a name here
        provinces = {
            first: code
            for first, codes in forms_before(folded, start, max(0, start - 12))
            for code in codes
            if code.endswith("0000")
        }
        if not provinces:
            continue
        first = min(provinces)
        province = index().by_code[provinces[first]].name
        ordinals = [m.span() for m in re.finditer(f"第{_NUMBER}", folded[start:end])]
        mentions = []
        for number, (left, right) in enumerate(ordinals):
            name = province + folded[start + left : start + right] + "地区人民检察院"
            span_start = first if number == 0 else start + left
            span_end = end if number == len(ordinals) - 1 else start + right
            outcome = in_words(text, span_start, span_end, name)
            if outcome[0] is None:
                break
            mentions.append(new_mention(text, span_start, span_end, outcome))
        else:
            found.extend(mentions)
    return found
