"""References read in passes of their own after the scan, where few texts have them: a
prosecutor's 本院 in court, 上级院, coordinated 地区 procuratorates (四川省第一、第二地区
人民检察院), the registry's short forms that no anchor of the scan closes (上海三分检), and
the places a heading of basic procuratorates lists (基层院：东湖区 西湖区 …).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from ._divisions import index
from ._errors import AmbiguousNameError
from ._letters import GENERIC_BEFORE, at_word_start, forms_before
from ._mentions import Mention
from ._models import Span
from ._reading import in_words, new_mention, unresolved_mention
from ._registry import registry_index
from ._resources import Lazy
from ._words import NUMERALS, SPECIAL_AREA_WORDS

__all__ = [
    "CASE_REASON",
    "LOCAL_REASON",
    "NOT_A_PROCURATORATE_AFTER",
    "OPEN_REASON",
    "coordinated_areas",
    "deputed_own",
    "headed_lists",
    "scanned_by",
    "short_forms",
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
# above the document's own; 当地检察院, 属地检察院 (當地, 屬地): the procuratorate of the place
# the text speaks of. No rule here names either. The second pattern starts with its 检察院,
# which the engine looks for by plain search, and looks behind it for the rest.
_SUPERIOR = re.compile(r"上[级級](?:人民)?(?:检察院|院)")
_LOCAL = re.compile("检察院(?:(?<=[当當属屬]地检察院)|(?<=[当當属屬]地人民检察院))")
# 下级检察院, 下级院: the one below, which a case was handed down to (被下级检察院办了起来); not
# after 上 (上下级检察院), a word that makes it any (各, 两), or 领导 (a law's 领导下级检察院).
_INFERIOR = re.compile(r"下[级級](?:人民)?(?:检察院|院)")
_INFERIOR_GENERIC = GENERIC_BEFORE | frozenset("导導")
_INFERIOR_REASON = (
    "relative: {} names a procuratorate below the document's own, which the text does not name"
)
_SUPERIOR_REASON = (
    "relative: {} names the procuratorate above the document's own, which the text does not name"
)
LOCAL_REASON = (
    "relative: {} names the procuratorate of the place the text speaks of, which it does "
    "not name as one"
)
# 检察院 alone, or "the procuratorate", before what it did with a case, in a text that does
# not say which procuratorate had it.
CASE_REASON = "relative: {} names the procuratorate that had the case, which the text does not name"
# 该院, a zone by its type, or "the procuratorate", where nothing named settles which one.
OPEN_REASON = (
    "relative: {} names the procuratorate the document is about, which the text does not name"
)


def scanned_by(taken: list[Span]) -> Callable[[int, int], bool]:
    """Whether ``[start, end)`` overlaps a span the scan took (``taken``, in order, with
    one past the end of the text last): for the passes made after the scan."""
    ends = [span.end for span in taken]
    return lambda start, end: taken[bisect_right(ends, start)].start < end


def superiors(text: str, folded: str, scanned: Callable[[int, int], bool]) -> list[Mention]:
    """上级检察院, 上级院, 当地检察院 and 属地检察院: mentions of one procuratorate, left
    unresolved.

    >>> [m.reason[:30] for m in superiors("由當地檢察院批捕", "由当地检察院批捕", lambda *_: False)]
    ['relative: 當地檢察院 names the proc']
    """
    spans = [(*m.span(), _SUPERIOR_REASON) for m in _SUPERIOR.finditer(folded)]
    spans.extend(
        (*m.span(), _INFERIOR_REASON)
        for m in _INFERIOR.finditer(folded)
        if folded[m.start() - 1 : m.start()] not in _INFERIOR_GENERIC
    )
    for match in _LOCAL.finditer(folded):
        start, end = match.span()
        start -= 4 if folded.endswith("人民", 0, start) else 2
        spans.append((start, end, LOCAL_REASON))
    found = []
    for start, end, reason in sorted(spans):
        if scanned(start, end):
            continue  # inside a name the scan read
        if end < len(folded) and folded[end] in NOT_A_PROCURATORATE_AFTER:
            continue  # 上级院校
        found.append(unresolved_mention(text, start, end, reason.format(text[start:end])))
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


def _unanchored(form: str) -> bool:
    """Whether no anchor of the scan closes the registry's ``form``: it ends with 检 (上海三分检,
    长沙铁检, 中山一区检), with 院 after a word that is no 检察 or 分 (沈阳城郊院), or with 分院
    after a 检 that no 察 follows (北京检三分院)."""
    if form.endswith("检"):
        return not form.endswith("最高检")
    if form.endswith("院") and form[-2] not in "察检分":
        return True
    return form.endswith("分院") and "检" in form and "检察" not in form


def _build_short_forms() -> dict[str, tuple[str, ...]]:
    """The forms by their last three characters, longest first: each is looked for where
    those characters are, which a plain search finds."""
    by_ending: dict[str, list[str]] = {}
    forms = (form for form in registry_index().by_form if _unanchored(form))
    for form in sorted(forms, key=len, reverse=True):
        by_ending.setdefault(form[-3:], []).append(form)
    return {ending: tuple(forms) for ending, forms in by_ending.items()}


_SHORT_FORMS = Lazy(_build_short_forms)


def short_forms(text: str, folded: str, scanned: Callable[[int, int], bool]) -> list[Mention]:
    """The registry's forms that no anchor of the scan closes, each a mention of its
    procuratorate where it starts a word and no 察 or 院 goes on with it (长沙铁检院 is read
    by the scan).

    >>> from procuratorate_awards import find_procuratorates
    >>> [(m.text, m.procuratorate.full_name) for m in find_procuratorates("上海三分检、长沙铁检")]
    [('上海三分检', '上海市人民检察院第三分院'), ('长沙铁检', '长沙铁路运输检察院')]
    """
    spans = []
    for ending, forms in _SHORT_FORMS.get().items():
        at = folded.find(ending)
        while at >= 0:
            end = at + len(ending)
            form = next((f for f in forms if folded.startswith(f, end - len(f))), None)
            if form is not None:
                spans.append((end - len(form), end, form))
            at = folded.find(ending, end)
    found: list[Mention] = []
    for start, end, form in sorted(spans):
        after = folded[end : end + 1]
        if found and found[-1].span.end > start:
            continue  # inside a longer form read already
        if scanned(start, end) or after in NOT_A_PROCURATORATE_AFTER or after in ("察", "院"):
            continue
        if at_word_start(folded, start, end, 0):
            found.append(new_mention(text, start, end, in_words(text, start, end, form)))
    return found


# A heading of the basic procuratorates, in either script, then a colon or a space: a
# procuratorate's site lists them so, one place after another (基层院：东湖区 西湖区 …).
# Looked for from its 院, which the engine finds by plain search.
_HEADING = re.compile(
    "院(?:(?<=基层院|基層院|区县院|县区院|旗县院)|(?<=县市区院)"
    "|(?<=基层检察院|基層检察院|区县检察院|县区检察院))(?:[:：]\\s*|\\s+)"
)
# A listed place, and what separates it from the next: spaces, line breaks, 、 or |.
_HEADED_PLACE = re.compile(r"([^\s、|,，:：>]{2,12})([\s、|]+|\Z)")
# How many places a heading may list: enough for a city's districts and counties.
_MOST_LISTED = 40


def headed_lists(text: str, folded: str, scanned: Callable[[int, int], bool]) -> list[Mention]:
    """The places a heading of basic procuratorates lists, each a mention of its own
    procuratorate, read by its own name, up to the first word that names no place; a zone
    the registry does not hold is a mention left unknown (南昌经开区). Only where at least
    two of them name a place.

    >>> from procuratorate_awards import find_procuratorates
    >>> text = "基层院：东湖区  西湖区  南昌经开区  进贤县\\n当前位置：首页"
    >>> [(m.text, m.procuratorate is not None) for m in find_procuratorates(text)]
    [('东湖区', True), ('西湖区', True), ('南昌经开区', False), ('进贤县', True)]
    """
    found: list[Mention] = []
    for heading in _HEADING.finditer(folded):
        listed: list[Mention] = []
        placed = 0  # how many name a place, one or several (东湖区: Nanchang's and Wuhan's)
        position = heading.end()
        for _ in range(_MOST_LISTED):
            item = _HEADED_PLACE.match(folded, position)
            if item is None:
                break
            start, end = item.span(1)
            words = folded[start:end]
            outcome = in_words(text, start, end, words + "人民检察院")
            if outcome[0] is not None or isinstance(outcome[1], AmbiguousNameError):
                placed += 1
            elif (
                not any(word in words for word in SPECIAL_AREA_WORDS)
                or "检" in words
                or "院" in words
            ):
                break
            if not scanned(start, end):
                listed.append(new_mention(text, start, end, outcome))
            position = item.end()
        if placed >= 2:
            found.extend(listed)
    return found
