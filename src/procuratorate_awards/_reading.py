"""Reading the names a text holds, one at a time, from the words that close them.

Each anchor (检察院, 检察分院, 最高检 …) is read backwards to the longest name that
resolves; coordinated names, branches, railway transport and military procuratorates
and names of the registry are read here. The document as a whole is settled later.
"""

from __future__ import annotations

import re

from attrs import evolve

from . import _records
from ._closing import closes_a_word
from ._divisions import (
    SHORT,
    code_inside,
    index,
    normalize,
)
from ._errors import AmbiguousNameError, NameLookupError
from ._letters import (
    MAX_GAP,
    SPECIAL_ENDINGS,
    at_word_start,
    branch_end,
    chain_starts,
    char_before,
    forms_before,
    joins_no_name,
    may_end_a_name,
    military_starts,
    prev_char,
    registry_starts,
    word_before,
)
from ._mentions import Mention, awards_of
from ._misplaced import misplaced_start
from ._models import Award, Procuratorate, Span
from ._registry import registry_index
from ._resolution import resolve_procuratorate
from ._resources import Lazy, Memo
from ._special import railway_short_start, railway_starts, special_starts
from ._windows import coordination_window, name_window, unpack, window_start
from ._words import COORDINATORS, ORDINAL, RAILWAY

__all__ = ["scan"]


# --- reading one name ---------------------------------------------------------------------

# What reading a name gives: the procuratorate or the error, and the awards it won.
Outcome = tuple[Procuratorate | None, NameLookupError | None, tuple[Award, ...]]


def _read_outcome(name: str) -> Outcome:
    """The resolver's answer or error, memoised: a name repeated in a long text then
    costs one look-up, not a new exception. Names read here are short by construction.
    """
    try:
        return found(resolve_procuratorate(name))
    except NameLookupError as error:
        # Kept for the life of the cache: drop the frames, keep the facts.
        return None, error.with_traceback(None), ()


_outcome = Memo(_read_outcome, maxsize=8192)


def found(procuratorate: Procuratorate) -> Outcome:
    """The outcome of a name read as ``procuratorate``, with the awards it won."""
    return procuratorate, None, awards_of(procuratorate)


def new_mention(text: str, start: int, end: int, outcome: Outcome) -> Mention:
    procuratorate, error, awards = outcome
    # In the order of Mention's fields (span, text, procuratorate, reason, candidates,
    # awards): made for every name of a long text, and keywords cost more.
    if error is None:
        return Mention(Span(start, end), text[start:end], procuratorate, None, (), awards)
    span, words, reason = Span(start, end), text[start:end], _gap(error) + error.reason
    return Mention(span, words, procuratorate, reason, error.candidates, awards)


def unresolved_mention(text: str, start: int, end: int, reason: str) -> Mention:
    """A mention of ``text[start:end]`` that names a procuratorate the text does not settle."""
    return Mention(Span(start, end), text[start:end], None, reason, (), ())


def _gap(error: NameLookupError) -> str:
    """The kind of gap a failed name leaves, as a mention's reason begins with it."""
    return "ambiguous: " if isinstance(error, AmbiguousNameError) else "unknown: "


def _first_resolved(text: str, starts: list[int], ends: list[int]) -> tuple[int, int, Outcome]:
    """The longest name that resolves, else the longest one with its error."""
    fallback: tuple[int, int, Outcome] | None = None
    for start in starts:
        for end in ends:
            outcome = _outcome(text[start:end])
            if outcome[0] is not None:
                return start, end, outcome
            if fallback is None:
                fallback = start, end, outcome
    assert fallback is not None  # callers pass at least one start and one end
    return fallback


def _ends_a_word(text: str, start: int, core: int, floor: int) -> bool:
    """Whether the name ``text[start:core]`` is a short form of two characters (克旗 of
    克什克腾旗, 莫旗) that ends another word (鄂温克旗), as such a short form may."""
    words = normalize(text[start:core])
    forms = index().forms.get(words, ()) if len(words) == 2 else ()
    return (
        bool(forms)
        and all(form.rank == SHORT for form in forms)
        and not at_word_start(text, start, core, floor)
    )


# Where a name read at one anchor starts and ends, what it resolves to and whether names
# may be coordinated before it (it starts with a place, after a separator).
_Head = tuple[int, int, Outcome, bool]


def _read_head(text: str, anchor: int, end: int, floor: int) -> _Head | list[Mention] | None:
    """The longest name that ends with the 检察院 at ``anchor``, or the branches after it."""
    if not may_end_a_name(text, anchor, floor):
        return None
    renmin = word_before(text, anchor, "人民", floor)
    core = anchor if renmin < 0 else renmin
    places = {
        start
        for start in chain_starts(text, core, floor)
        if joins_no_name(text, start)
        and not _ends_a_word(text, start, core, floor)
        and not closes_a_word(text, start, floor)
    }
    held = registry_starts(text, core, floor)
    if renmin >= 0:
        held |= registry_starts(text, anchor, floor)
    # A registry name right after a place name is read with that place or not at all: in
    # 上海两江地区人民检察院 the text puts 两江地区 in Shanghai, where no such procuratorate is.
    starts = places | {s for s in held - places if not forms_before(text, s, floor)}
    # Most anchors follow a division name; the fixed words are tried only when the
    # character before could end one of them.
    last = char_before(text, core, floor)
    if last in SPECIAL_ENDINGS:
        special_starts(text, core, last, floor, starts)
    if last == "高":
        supreme = word_before(text, core, "最高", floor)
        if supreme >= 0:
            starts.add(supreme)
            whole = word_before(text, supreme, "中华人民共和国", floor)
            if whole >= 0:
                starts.add(whole)
    elif last == "事":
        military = word_before(text, anchor, "军事", floor)
        if military >= 0:
            starts.update(military_starts(text, military, floor))
    if not starts:
        return None
    ordered = sorted(starts)
    branches = _coordinated_branches(text, ordered, end)
    if branches is not None:
        return branches
    ends = [end]
    branch = branch_end(text, end, len(text))
    if branch is not None:
        # A binding designation leaves no shorter reading: the text names the branch.
        ends = [branch[0]] if branch[1] else [branch[0], end]
    start, stop, outcome = _first_resolved(text, ordered, ends)
    if outcome[0] is None and branch is not None and branch[1]:
        # A binding designation (第一分院, 汉江分院) belongs to the name even unresolved.
        start, stop = ordered[0], branch[0]
        outcome = _outcome(text[start:stop])
    elif outcome[0] is not None and start in places:
        misplaced = misplaced_start(text, start, floor, outcome[0])
        if misplaced is not None:
            return misplaced, stop, _outcome(text[misplaced:stop]), False
    return start, stop, outcome, start in places and not _alone(text, start, floor)


# A name and what it resolves to: (start, end, outcome).
_Element = tuple[int, int, Outcome]


def _read_names(
    text: str, anchor: int, end: int, floor: int
) -> tuple[_Element, ...] | list[Mention] | None:
    """The names that end with the 检察院 at ``anchor``: the longest, and those coordinated
    before it under its suffix (or the branches after it)."""
    head = _read_head(text, anchor, end, floor)
    if head is None or isinstance(head, list):
        return head
    start, stop, outcome, coordinated = head
    if not coordinated:
        return ((start, stop, outcome),)
    return tuple(_coordination(text, start, stop, outcome, floor))


def _alone(text: str, start: int, floor: int) -> bool:
    """Whether no separator stands before a name that starts at ``start`` (spaces allowed)."""
    separator = prev_char(text, start, floor)
    return separator < 0 or text[separator] not in COORDINATORS


def _read_window_head(window: str) -> _Head | None:
    """:func:`_read_head` in a window alone (as :func:`name_window` writes it)."""
    head = _read_head(*unpack(window))
    assert not isinstance(head, list)  # windows are taken only where no 第 follows
    return head


def _read_window_names(window: str) -> tuple[_Element, ...] | None:
    """:func:`_read_names` in a window alone (as :func:`coordination_window` writes it)."""
    names = _read_names(*unpack(window))
    assert not isinstance(names, list)  # windows are taken only where no 第 follows
    return names


# A long text names few procuratorates, each many times and with the same few characters
# around it: reading one of those windows again costs a look-up. Names coordinated before
# a name are read in a wider window, only where they may be.
_heads = Memo(_read_window_head, maxsize=8192)
_coordinations = Memo(_read_window_names, maxsize=8192)


def _read_procuratorate(
    text: str, anchor: int, end: int, floor: int
) -> tuple[list[Mention], int] | None:
    """The mentions that end with the 检察院 at ``anchor``, and the end of the last one.

    :func:`_read_names`, read in windows of the text wherever they bound the reading.
    """
    # Ordinals after the anchor may share a suffix (第一、第二分院), read on without bound.
    window = None
    if text.find("第", end, end + MAX_GAP + 1) < 0:
        window = name_window(text, anchor, end, floor)
    if window is None:
        return _mentions_of(text, _read_names(text, anchor, end, floor))
    head = _heads(window)
    if head is None:
        return None
    first = window_start(window, anchor)
    start, stop, outcome, coordinated = head
    start, stop = start + first, stop + first
    if not coordinated:
        return [new_mention(text, start, stop, outcome)], stop
    wider = coordination_window(text, anchor, start, floor, window)
    if wider is None:
        return _mentions_of(text, _read_names(text, anchor, end, floor))
    names = _coordinations(wider)
    assert names is not None  # the same name as in the narrower window
    first = window_start(wider, anchor)
    return [new_mention(text, s + first, e + first, found) for s, e, found in names], stop


def _mentions_of(
    text: str, names: tuple[_Element, ...] | list[Mention] | None
) -> tuple[list[Mention], int] | None:
    """The mentions of what :func:`_read_names` read, and the end of the last one."""
    if names is None:
        return None
    if isinstance(names, list):
        return names, names[-1].span.end
    return [new_mention(text, *name) for name in names], names[-1][1]


_ORDINALS_SHARING_SUFFIX = re.compile(
    rf"\s*({ORDINAL.pattern})((?:\s*[{''.join(sorted(COORDINATORS))}]\s*{ORDINAL.pattern})+)\s*分\s*院"
)
_EACH_ORDINAL = re.compile(ORDINAL.pattern)


def _coordinated_branches(text: str, starts: list[int], end: int) -> list[Mention] | None:
    """第一、第二分院 after a procuratorate's name: one mention for each branch.

    The first mention runs from the parent's name to its ordinal, each later one covers
    its own ordinal (and the last the shared 分院), as with coordinated place names.
    """
    # Nearly every name is followed by no ordinal at all; a look at one character rules it out.
    if "第" not in text[end : end + MAX_GAP + 1]:
        return None
    match = _ORDINALS_SHARING_SUFFIX.match(text, end)
    if match is None:
        return None
    start, _, parent = _first_resolved(text, starts, [end])
    if parent[0] is None:
        return None
    parent_name = parent[0].full_name
    ordinals = [match.span(1), *(m.span() for m in _EACH_ORDINAL.finditer(text, *match.span(2)))]
    mentions = []
    for number, (first, last) in enumerate(ordinals):
        name = f"{parent_name}{text[first:last]}分院"
        span_start = start if number == 0 else first
        span_end = match.end() if number == len(ordinals) - 1 else last
        mentions.append(
            new_mention(text, span_start, span_end, in_words(text, span_start, span_end, name))
        )
    return mentions


def in_words(text: str, start: int, end: int, name: str) -> Outcome:
    """The outcome of ``name``, which the words ``text[start:end]`` stand for."""
    outcome = _outcome(name)
    procuratorate, _, awards = outcome
    if procuratorate is None:
        return outcome
    # Awards do not depend on how the name is written.
    return evolve(procuratorate, name=text[start:end]), None, awards


def _coordination(text: str, start: int, end: int, outcome: Outcome, floor: int) -> list[_Element]:
    """The name ending at ``end`` and the names coordinated before it under its suffix,
    each read in the place of the one before."""
    elements: list[_Element] = []
    position = start
    while True:
        separator = prev_char(text, position, floor)
        if separator < 0 or text[separator] not in COORDINATORS:
            break
        starts = sorted(chain_starts(text, separator, floor))
        if not starts:
            break
        # The element ends at its last character, not at white space before the separator.
        element = _first_resolved(text, starts, [prev_char(text, separator, floor) + 1])
        if not at_word_start(text, element[0], element[1], floor):
            break
        if (
            position == start
            and text[element[0] : element[1]] == text[start : start + element[1] - element[0]]
        ):
            break  # 清城区及清城区检察院: a place, then its procuratorate
        elements.append(element)
        position = element[0]
    if not elements:
        return [(start, end, outcome)]
    elements.reverse()
    elements.append((start, end, outcome))
    read = [elements[0]]
    context = elements[0][2][0]
    for element_start, element_end, own in elements[1:]:
        found = _in_context(text[element_start:element_end], context, own)
        read.append((element_start, element_end, found))
        context = found[0]
    return read


def _read_leading_codes(name: str) -> frozenset[str]:
    return frozenset(form.division.code for _, form in index().forms_at(normalize(name), 0))


# The divisions a coordinated name may start with: the same names recur in a long text.
_leading_codes = Memo(_read_leading_codes, maxsize=8192)


def _in_context(name: str, context: Procuratorate | None, own: Outcome) -> Outcome:
    """Read a coordinated name in the place of the name before it, then alone."""
    if context is None or context.province is None or context.province.code is None:
        return own
    # Only readings that fit inside the context are put to the resolver: a name that
    # cannot be resolved is costly to explain, and the explanation would be dropped.
    codes = _leading_codes(name)
    if any(code.endswith("0000") for code in codes):
        return own
    tries = []
    prefecture = context.prefecture
    if prefecture is not None and any(code_inside(prefecture.code, code) for code in codes):
        tries.append(context.province.name + prefecture.name + name)
    if any(code_inside(context.province.code + "0000", code) for code in codes):
        tries.append(context.province.name + name)
    for attempt in tries:
        found = _outcome(attempt)
        if found[0] is not None:
            return found
    return own


# --- the scan -----------------------------------------------------------------------------


_GAP = rf"\s{{0,{MAX_GAP}}}"


# Every alternative is a fixed word with bounded gaps, so a match attempt takes a
# bounded number of steps and the scan stays linear; it runs in C.
def _build_anchor() -> re.Pattern[str]:
    table = _records.simplified_table.get()

    def written(char: str) -> str:
        """A class of ``char`` and the traditional characters read as it (检, 檢)."""
        forms = [char, *sorted(chr(key) for key, value in table.items() if value == char)]
        return char if len(forms) == 1 else f"[{''.join(forms)}]"

    jian, cha, yuan, fen, zui, gao, tie = map(written, "检察院分最高铁")
    first = "".join(sorted({*jian.strip("[]"), *zui.strip("[]"), *gao.strip("[]")}))
    # The first character is taken by its class, so that the engine skips, in C, every
    # position no anchor can start at; each alternative then looks back at it.
    return re.compile(
        rf"[{first}](?:(?<={jian}){_GAP}{cha}{_GAP}(?:(?P<plain>{yuan})|{fen}{_GAP}{yuan})"
        rf"|(?<={tie}{jian})(?P<tiejian>{_GAP}(?:{fen}{_GAP})?{yuan})"
        rf"|(?<={zui}){_GAP}{gao}{_GAP}{jian}(?!{_GAP}{cha})"
        rf"|(?<={gao})(?<!{zui}{gao}){_GAP}{jian}{_GAP}{yuan})"
    )


_ANCHOR = Lazy(_build_anchor)


_JOINED = re.compile(rf"\s*[{''.join(sorted(COORDINATORS))}]\s*")


def _compound(
    text: str, anchor: int, end: int, mentions: list[Mention], *, branch: bool = True
) -> bool:
    """Read a registry name that holds the mention before it (X人民检察院Y铁路运输检察分院,
    北京市人民检察院团河地区检察院 where 检察院 closes it).

    If one resolves, it replaces the mentions it covers in ``mentions``.
    """
    reach = mentions[-1].span.start
    for start in sorted(registry_starts(text, anchor, reach, branch=branch)):
        if start > reach:
            break
        outcome = _outcome(text[start:end])
        if outcome[0] is not None:
            while mentions and mentions[-1].span.start >= start:
                mentions.pop()
            mentions.append(new_mention(text, start, end, outcome))
            return True
    return False


# How far after its parent's name (北京市人民检察院) a procuratorate the registry names under
# it (…团河地区检察院) may close.
_UNDER_PARENT_REACH = 12


def scan(text: str) -> list[Mention]:
    """The names the anchors of ``text`` close, before relative references are read."""
    mentions: list[Mention] = []
    floor = 0
    for match in _ANCHOR.get().finditer(text):
        start, end = match.span()
        if text[start] in "最高":  # 最高检, 高检院
            if start >= floor:
                mentions.append(new_mention(text, start, end, _outcome(text[start:end])))
            floor = end
            continue
        if match.group("tiejian") is not None:  # 上海铁检院, 南昌铁检分院
            named = railway_short_start(text, start - 1, end, floor)
            if named is not None:
                mentions.append(new_mention(text, named, end, _outcome(text[named:end])))
            floor = end
            continue
        if match.group("plain") is None:  # 检察分院
            if mentions and _compound(text, start, end, mentions):
                floor = end
                continue
            railway = word_before(text, start, RAILWAY, floor)
            found_starts = registry_starts(text, start, floor, branch=True)
            if railway >= 0:
                found_starts |= railway_starts(text, railway, floor)
            starts = sorted(found_starts)
            if starts:
                found = _first_resolved(text, starts, [end])
                mentions.append(new_mention(text, *found))
            floor = end
            continue
        if (
            mentions
            and start - mentions[-1].span.end <= _UNDER_PARENT_REACH
            and (unit := mentions[-1].procuratorate) is not None
            and unit.full_name in registry_index().children
            and _compound(text, start, end, mentions, branch=False)
        ):
            floor = end
            continue
        read = _read_procuratorate(text, start, end, floor)
        if read is None:
            floor = end
            continue
        found_mentions, floor = read
        # Only a coordinator between two mentions: the second is read in the place of the first.
        if mentions and _JOINED.fullmatch(
            text, mentions[-1].span.end, found_mentions[0].span.start
        ):
            first = found_mentions[0]
            own = (
                (first.procuratorate, None, first.awards)
                if first.resolved
                else _outcome(first.text)
            )
            reread = _in_context(first.text, mentions[-1].procuratorate, own)
            found_mentions[0] = new_mention(text, first.span.start, first.span.end, reread)
        mentions.extend(found_mentions)
    return mentions
