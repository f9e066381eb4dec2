"""Finding the procuratorates that running text names, and resolving each one.

Judgments, news reports, work reports and personnel notices name procuratorates in
passing: 公诉机关浙江省绍兴市越城区人民检察院, 绍兴市检察院, 北京市人民检察院第一分院,
上海铁路运输检察院, 最高检, 浙江省丽水市、松阳县人民检察院. :func:`find_procuratorates` reports
each such name with its place in the text, what it resolves to and the awards that
procuratorate won.

How a name is found, in time linear in the length of the text:

* An *anchor* (检察院, 检察分院 or 最高检) is located by one regular expression whose
  alternatives are fixed words with bounded gaps, so it cannot backtrack without
  bound. White space and line breaks may stand between any two characters of a name,
  up to ``_MAX_GAP`` of them in a row, because transcribed text breaks lines anywhere;
  compatibility ideographs and radicals (⾦ for 金) are read as what they fold to.
* From the anchor the text is read backwards, through a trie of every division name
  written back to front, for the runs of [province][prefecture][county] names that
  nest inside one another (the same shape :func:`resolve_procuratorate` reads),
  with or without 人民 before 检察院; railway transport procuratorates, the Corps,
  procuratorates in special areas, military procuratorates and the Supreme People's
  Procuratorate have their own fixed words. Reading never goes back past the end of
  the previous anchor, so every character is read a bounded number of times.
* Of the names that end at an anchor, the longest that resolves is the mention
  (浙江省绍兴市人民检察院 is one mention, not also 绍兴市人民检察院); when none resolves, the
  longest is reported with the reason and the candidates instead of a procuratorate.
* Names coordinated under one suffix (浙江省丽水市、松阳县人民检察院) are two mentions: each
  later name is read in the place of the one before, so 松阳县 is looked for in
  浙江省丽水市 first, then in 浙江省, then alone.

A word that names no place (各级检察机关, 该院, 县级人民检察院, 直辖市人民检察院) is no mention,
nor is a division name that closes an everyday word (雄安新区检察院, 各市区人民检察院);
courts and public security organs are never anchors.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from attrs import evolve, frozen

from . import _loading, _markup
from ._display import Frame, Rows, count
from ._divisions import (
    CURRENT,
    SHORT,
    STEM,
    DivisionIndex,
    code_inside,
    division_level,
    fold_character,
    index,
    normalize,
)
from ._errors import AmbiguousNameError, NameLookupError
from ._grammar import (
    COORDINATORS,
    GENERIC_PLACES,
    MILITARY_AREAS,
    MILITARY_PREFIXES,
    ORDINAL,
    RAILWAY,
    SPECIAL_AREA_WORDS,
    registry_index,
)
from ._models import Award, Division, Kind, Procuratorate, Span
from ._queries import awards as _all_awards
from ._resolution import resolve_procuratorate
from ._tables import Column

__all__ = ["Mention", "Mentions", "find_procuratorates"]

# How many white-space characters in a row may stand inside a name (a line break
# with the indentation of the next line); a longer run ends the name.
_MAX_GAP = 8
# Longest designation between 检察院 and 分院 that is looked at (第一, 阿克苏, 铁路运输).
_MAX_DESIGNATION = 8
# A branch named otherwise than by an ordinal or a place (汉江分院) has a short name, and
# running text between 检察院 and a later 分院 holds one of these joining characters.
_MAX_NAMED_DESIGNATION = 4
_JOINING = frozenset("的和与及或对在为向由将把被从到该其并、，。等")
# Words before a person's name: a place name right after one of them and a surname
# (证人李湖南) is part of that name.
_PERSON_BEFORE = re.compile(
    r"(?:证人|被告人|辩护人|被害人|原告|被告|上诉人|申请人|当事人|犯罪嫌疑人|代理人|罪犯)"
    r"[\u4e00-\u9fff]{1,2}$"
)


@frozen
class Mention:
    """One procuratorate named in a text: where, as what words, and what it resolves to.

    ``span`` locates ``text`` in the input (``span.slice(input) == text`` always, line
    breaks inside a name included). ``procuratorate`` is the resolved procuratorate,
    or ``None`` when the passage does not say enough; then ``reason`` says why and
    ``candidates`` lists the readings that fit (or the closest names). ``awards``
    are the awards that procuratorate won, empty when none.

    >>> from procuratorate_awards import find_procuratorates
    >>> [mention] = find_procuratorates("公诉机关浙江省绍兴市越城区人民检察院指派检察员出庭")
    >>> mention.span, mention.text, mention.procuratorate.county.code
    (Span(start=4, end=18), '浙江省绍兴市越城区人民检察院', '330602')
    >>> [award.label for award in mention.awards]
    ['优秀奖 11']
    """

    span: Span
    text: str
    procuratorate: Procuratorate | None
    reason: str | None
    candidates: tuple[str, ...]
    awards: tuple[Award, ...]

    @property
    def resolved(self) -> bool:
        """Whether the mention was resolved to one procuratorate."""
        return self.procuratorate is not None


# --- reading characters -------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _fold(char: str) -> str:
    """One character as names are read (memoised: most texts repeat few characters)."""
    return fold_character(char)


def _prev(text: str, position: int, floor: int) -> int:
    """The last non-space character before ``position``, at most ``_MAX_GAP`` spaces back."""
    index_ = position - 1
    gap = 0
    while index_ >= floor:
        if not text[index_].isspace():
            return index_
        gap += 1
        if gap > _MAX_GAP:
            return -1
        index_ -= 1
    return -1


def _next(text: str, position: int, limit: int) -> int:
    """The first non-space character at or after ``position``, at most ``_MAX_GAP`` on."""
    index_ = position
    gap = 0
    while index_ < limit:
        if not text[index_].isspace():
            return index_
        gap += 1
        if gap > _MAX_GAP:
            return -1
        index_ += 1
    return -1


def _same(char: str, wanted: str) -> bool:
    return char == wanted or _fold(char) == wanted


# White space, every character whose NFKC form is one CJK ideograph (radicals, circled
# and enclosed ideographs, compatibility ideographs, from the Unicode data), and every
# traditional character that names are read in.
def _build_inexact() -> re.Pattern[str]:
    traditional = "".join(sorted(map(chr, _loading.simplified.get())))
    return re.compile(
        r"[\s\u2e80-\u2fdf\u3038-\u303a\u3190-\u319f\u3244-\u3247\u3280-\u32b0"
        rf"\uf900-\ufaff\U0001f210-\U0001f251\U0002f800-\U0002fa1f{traditional}]"
    )


_INEXACT = _loading.Lazy(_build_inexact)
_TRADITIONAL = _loading.Lazy(
    lambda: re.compile(f"[{''.join(sorted(map(chr, _loading.simplified.get())))}]")
)


def _word_before(text: str, position: int, word: str, floor: int) -> int:
    """Where ``word`` starts if it ends right before ``position`` (spaces allowed), or -1."""
    start = position - len(word)
    if start >= floor and text.startswith(word, start):
        return start
    # Only white space or a compatibility ideograph can make a match that is not exact.
    if _INEXACT.get().search(text, max(floor, start - len(word) * _MAX_GAP), position) is None:
        return -1
    for wanted in reversed(word):
        found = _prev(text, position, floor)
        if found < 0 or not _same(text[found], wanted):
            return -1
        position = found
    return position


def _word_after(text: str, position: int, word: str, limit: int) -> int:
    """Where ``word`` ends if it starts at ``position`` (spaces allowed), or -1."""
    for wanted in word:
        found = _next(text, position, limit)
        if found < 0 or not _same(text[found], wanted):
            return -1
        position = found + 1
    return position


# --- the index of division names, written back to front ----------------------------------


class _Node:
    """A node of the trie of division names read from their last character backwards.

    ``codes`` are the division codes of the names that end (begin, in the text) here.
    """

    __slots__ = ("children", "codes")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.codes: tuple[str, ...] = ()


def _build_trie() -> _Node:
    root = _Node()
    for name, forms in index().forms.items():
        node = root
        for char in reversed(name):
            node = node.children.setdefault(char, _Node())
        node.codes = tuple(dict.fromkeys(form.division.code for form in forms))
    return root


_trie = _loading.Lazy(_build_trie)


def _forms_before(
    text: str, position: int, floor: int, node: _Node | None = None
) -> list[tuple[int, tuple[str, ...]]]:
    """Every division name that ends right before ``position``, as (start, codes)."""
    children = (node or _trie.get()).children
    found: list[tuple[int, tuple[str, ...]]] = []
    while children:
        before = position - 1
        if before < floor:
            break
        char = text[before]
        if char.isspace():
            before = _prev(text, position, floor)
            if before < 0:
                break
            char = text[before]
        child = children.get(char)
        if child is None:
            child = children.get(_fold(char))
            if child is None:
                break
        if child.codes:
            found.append((before, child.codes))
        children, position = child.children, before
    return found


def _generic_tail(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an everyday word closing a longer word.

    After a separator (东区和西区) it is a name of its own, not the end of a word.
    """
    return (
        end - start == 2
        and text[start:end] in GENERIC_PLACES
        and start > 0
        and "\u4e00" <= text[start - 1] <= "\u9fff"
        and text[start - 1] not in COORDINATORS
    )


def _chain_starts(text: str, end: int, floor: int) -> set[int]:
    """Starts of the runs of one to three nested division names that end at ``end``."""
    starts: set[int] = set()
    # Where the outermost name of a run so far starts, and the codes it may stand for;
    # a province contains nothing before it, so a run that reached one is done.
    frontier: dict[int, list[str]] = {}
    for start, codes in _forms_before(text, end, floor):
        if end - start != 2 or not _generic_tail(text, start, end):
            starts.add(start)
        inner = [code for code in codes if not code.endswith("0000")]
        if inner:
            frontier[start] = inner
    for _ in range(2):
        if not frontier:
            break
        outer: dict[int, list[str]] = {}
        for position, inners in frontier.items():
            for start, codes in _forms_before(text, position, floor):
                for code in codes:
                    if any(code_inside(code, inner) for inner in inners):
                        starts.add(start)
                        if not code.endswith("0000"):
                            outer.setdefault(start, []).append(code)
        frontier = outer
    return starts


# --- matching awards ----------------------------------------------------------------------

_Key = tuple[object, ...]


def _award_key(procuratorate: Procuratorate) -> _Key:
    """What makes two resolved names the same procuratorate, however they were written."""
    province = procuratorate.province
    special = None
    if procuratorate.kind is not Kind.ORDINARY:
        special = procuratorate.full_name.replace("市铁路运输", "铁路运输")
    return (
        None if province is None else province.name,
        procuratorate.prefecture,
        procuratorate.county,
        procuratorate.kind,
        procuratorate.level,
        special,
    )


def _build_award_index() -> dict[_Key, tuple[Award, ...]]:
    found: dict[_Key, list[Award]] = {}
    for award in _all_awards():
        for unit in dict.fromkeys(award.units):
            found.setdefault(_award_key(unit), []).append(award)
    return {key: tuple(entries) for key, entries in found.items()}


_award_index = _loading.Lazy(_build_award_index)
# The resolver hands out the same record for the same name, so most look-ups repeat;
# keyed by identity, each entry keeps its record alive so that the identity stays valid.
_AWARDS_SEEN: dict[int, tuple[Procuratorate, tuple[Award, ...]]] = {}
_AWARDS_SEEN_MAX = 4096
_loading.on_reset(_AWARDS_SEEN.clear)


def _awards_of(procuratorate: Procuratorate) -> tuple[Award, ...]:
    seen = _AWARDS_SEEN.get(id(procuratorate))
    if seen is not None and seen[0] is procuratorate:
        return seen[1]
    found = _award_index.get().get(_award_key(procuratorate), ())
    if len(_AWARDS_SEEN) >= _AWARDS_SEEN_MAX:
        _AWARDS_SEEN.clear()
    _AWARDS_SEEN[id(procuratorate)] = (procuratorate, found)
    return found


# --- reading one name ---------------------------------------------------------------------

_Outcome = tuple[Procuratorate | None, NameLookupError | None]


@functools.lru_cache(maxsize=8192)
def _resolve(name: str) -> _Outcome:
    """The resolver's answer or error, memoised: a name repeated in a long text then
    costs one look-up, not a new exception. Names read here are short by construction.
    """
    try:
        return resolve_procuratorate(name), None
    except NameLookupError as error:
        # Kept for the life of the cache: drop the frames, keep the facts.
        return None, error.with_traceback(None)


_loading.on_reset(_resolve.cache_clear)


def _mention(text: str, start: int, end: int, outcome: _Outcome) -> Mention:
    procuratorate, error = outcome
    awards: tuple[Award, ...] = ()
    if procuratorate is not None:
        awards = _awards_of(procuratorate)
    return Mention(
        span=Span(start, end),
        text=text[start:end],
        procuratorate=procuratorate,
        reason=None if error is None else _gap(error) + error.reason,
        candidates=() if error is None else error.candidates,
        awards=awards,
    )


def _gap(error: NameLookupError) -> str:
    """The kind of gap a failed name leaves, as a mention's reason begins with it."""
    return "ambiguous: " if isinstance(error, AmbiguousNameError) else "unknown: "


def _first_resolved(text: str, starts: list[int], ends: list[int]) -> tuple[int, int, _Outcome]:
    """The longest name that resolves, else the longest one with its error."""
    fallback: tuple[int, int, _Outcome] | None = None
    for start in starts:
        for end in ends:
            outcome = _resolve(text[start:end])
            if outcome[0] is not None:
                return start, end, outcome
            if fallback is None:
                fallback = start, end, outcome
    assert fallback is not None  # callers pass at least one start and one end
    return fallback


def _branch_end(text: str, position: int, limit: int) -> tuple[int, bool] | None:
    """Where a branch designation after 检察院 ends (第一分院), and whether it binds.

    A designation *binds* when the words are a branch's name even if the resolver
    cannot place it (第一分院, 汉江分院): the mention is then the whole name, reported
    unresolved, never the procuratorate before it with that procuratorate's awards.
    """
    # Nearly every 检察院 is followed by no 分院 at all; scans in C rule those out.
    reach = min(limit, position + (_MAX_DESIGNATION + 2) * (_MAX_GAP + 1))
    fen = text.find("分", position, reach)
    while fen >= 0 and _word_after(text, fen + 1, "院", limit) < 0:
        fen = text.find("分", fen + 1, reach)
    if fen < 0:
        return None
    designation: list[str] = []
    while len(designation) <= _MAX_DESIGNATION:
        found = _next(text, position, limit)
        if found < 0:
            return None
        char = _fold(text[found])
        if char == "分":
            end = _word_after(text, found + 1, "院", limit)
            if end >= 0:
                return _designated(end, "".join(designation))
        if not ("\u4e00" <= char <= "\u9fff") or char in "检院":
            return None
        designation.append(char)
        position = found + 1
    return None


def _designated(end: int, designation: str) -> tuple[int, bool] | None:
    """``(end, binds)`` for a designation that can name a branch, else ``None``.

    An ordinal (第一), a Corps division (第一师), a special-area or railway word, or the
    start of a division name (阿克苏) is put to the resolver. A short name of any other
    kind (汉江) binds without it: it is a branch the resolver cannot check. Words that
    join clauses (和, 的, 对 …) mark running text, not a name.
    """
    if ORDINAL.fullmatch(designation):
        return end, True
    if len(designation) <= _MAX_NAMED_DESIGNATION and not set(designation) & _JOINING:
        return end, True
    if (
        designation.startswith("第")
        or any(word in designation for word in (*SPECIAL_AREA_WORDS, RAILWAY))
        or designation in _name_prefixes.get()
    ):
        return end, False
    return None


def _build_name_prefixes() -> frozenset[str]:
    return frozenset(
        division.name[:cut]
        for division in index().divisions
        for cut in range(1, len(division.name) + 1)
    )


_name_prefixes = _loading.Lazy(_build_name_prefixes)


def _military_starts(text: str, position: int, floor: int) -> list[int]:
    starts: list[int] = []
    for area in MILITARY_AREAS:
        found = _word_before(text, position, area, floor)
        if found >= 0:
            starts.append(found)
            position = found
            break
    for prefix in MILITARY_PREFIXES:
        found = _word_before(text, position, prefix, floor)
        if found >= 0:
            starts.append(found)
    return starts


def _char_before(text: str, position: int, floor: int) -> str:
    """The character before ``position`` (spaces skipped), folded; empty if none."""
    found = _prev(text, position, floor)
    return "" if found < 0 else _fold(text[found])


_SPECIAL_ENDINGS = frozenset(word[-1] for word in (RAILWAY, *SPECIAL_AREA_WORDS))
_ANCHOR_PRECEDERS = _SPECIAL_ENDINGS | {"民", "事"}
_SPECIAL_BY_LAST: dict[str, tuple[str, ...]] = {}
for _keyword in SPECIAL_AREA_WORDS:
    _SPECIAL_BY_LAST[_keyword[-1]] = (*_SPECIAL_BY_LAST.get(_keyword[-1], ()), _keyword)


def _build_registry_trie(branch: bool) -> _Node:
    """The registry's names less their closing 检察院 (or 检察分院), read back to front."""
    root = _Node()
    for head in registry_index().heads(branch):
        node = root
        for char in reversed(head):
            node = node.children.setdefault(char, _Node())
        node.codes = ("",)
    return root


_registry_trie = _loading.Lazy(functools.partial(_build_registry_trie, False))
_registry_branch_trie = _loading.Lazy(functools.partial(_build_registry_trie, True))


def _registry_starts(text: str, core: int, floor: int, *, branch: bool = False) -> set[int]:
    """Starts of the registry's names that end right before ``core`` (检察院 or 检察分院)."""
    trie = (_registry_branch_trie if branch else _registry_trie).get()
    if core <= floor:
        return set()
    last = text[core - 1]
    if last not in trie.children and _fold(last) not in trie.children and not last.isspace():
        return set()  # most names end in no registry name: one look rules them out
    return {start for start, _ in _forms_before(text, core, floor, trie)}


def _special_starts(text: str, core: int, last: str, floor: int, starts: set[int]) -> None:
    """Add the starts of railway and special-area names that end at ``core``.

    The registry's own names are found whole; these are the other names of the same
    shapes, which the resolver refuses with its reason: text names them all the same.
    """
    if last == "输":
        railway = _word_before(text, core, RAILWAY, floor)
        if railway >= 0:
            starts.update(_railway_starts(text, railway, floor))
    keywords = _SPECIAL_BY_LAST.get(last, ())
    if len(keywords) > 1:
        # 区 closes most district names; look further only after 垦, 林, 矿 and the like.
        penultimate = _char_before(text, _prev(text, core, floor), floor)
        keywords = tuple(keyword for keyword in keywords if keyword[-2] == penultimate)
    for keyword in keywords:
        found = _word_before(text, core, keyword, floor)
        if found >= 0:
            starts.update(_chain_starts(text, found, floor))


def _may_end_a_name(text: str, position: int, floor: int) -> bool:
    """Whether the character before ``position`` can be the last one of a name's head."""
    if position <= floor:
        return False
    char = text[position - 1]
    children = _trie.get().children
    registry = _registry_trie.get().children
    if char in children or char in registry or char in _ANCHOR_PRECEDERS or char.isspace():
        return True
    folded = _fold(char)
    return folded != char and (
        folded in children or folded in registry or folded in _ANCHOR_PRECEDERS
    )


def _read_procuratorate(
    text: str, anchor: int, end: int, floor: int
) -> tuple[list[Mention], int] | None:
    """The mentions that end with the 检察院 at ``anchor``, and the end of the last one."""
    if not _may_end_a_name(text, anchor, floor):
        return None
    renmin = _word_before(text, anchor, "人民", floor)
    core = anchor if renmin < 0 else renmin
    # 和县 after an ideograph is "and the county" (市和县检察院), not the county 和县.
    places = {
        start
        for start in _chain_starts(text, core, floor)
        if not (text[start] in COORDINATORS and _char_before(text, start, floor) >= "\u4e00")
    }
    starts = set(places) | _registry_starts(text, core, floor)
    if renmin >= 0:
        starts |= _registry_starts(text, anchor, floor)
    # Most anchors follow a division name; the fixed words are tried only when the
    # character before could end one of them.
    last = _char_before(text, core, floor)
    if last in _SPECIAL_ENDINGS:
        _special_starts(text, core, last, floor, starts)
    if last == "高":
        supreme = _word_before(text, core, "最高", floor)
        if supreme >= 0:
            starts.add(supreme)
            whole = _word_before(text, supreme, "中华人民共和国", floor)
            if whole >= 0:
                starts.add(whole)
    elif last == "事":
        military = _word_before(text, anchor, "军事", floor)
        if military >= 0:
            starts.update(_military_starts(text, military, floor))
    if not starts:
        return None
    ordered = sorted(starts)
    branches = _coordinated_branches(text, ordered, end)
    if branches is not None:
        return branches, branches[-1].span.end
    ends = [end]
    branch = _branch_end(text, end, len(text))
    if branch is not None:
        # A binding designation leaves no shorter reading: the text names the branch.
        ends = [branch[0]] if branch[1] else [branch[0], end]
    start, stop, outcome = _first_resolved(text, ordered, ends)
    if outcome[0] is None and branch is not None and branch[1]:
        # A binding designation (第一分院, 汉江分院) belongs to the name even unresolved.
        start, stop = ordered[0], branch[0]
        outcome = _resolve(text[start:stop])
    if start not in places:
        return [_mention(text, start, stop, outcome)], stop
    return _coordinated(text, start, stop, outcome, floor), stop


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
    if "第" not in text[end : end + _MAX_GAP + 1]:
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
            _mention(text, span_start, span_end, _in_words(text, span_start, span_end, name))
        )
    return mentions


def _in_words(text: str, start: int, end: int, name: str) -> _Outcome:
    """The outcome of ``name``, which the words ``text[start:end]`` stand for."""
    procuratorate, error = _resolve(name)
    if procuratorate is None:
        return procuratorate, error
    return evolve(procuratorate, name=text[start:end]), None


def _railway_starts(text: str, railway: int, floor: int) -> set[int]:
    """Starts of the place names before 铁路运输: a division name, or one less its 市 (成都)."""
    starts = {start for start, _ in _forms_before(text, railway, floor)}
    city = _trie.get().children.get("市")
    if city is not None:
        starts.update(start for start, _ in _forms_before(text, railway, floor, city))
    return starts


def _coordinated(text: str, start: int, end: int, outcome: _Outcome, floor: int) -> list[Mention]:
    """The mention ending at ``end`` and the names coordinated before it under its suffix."""
    if start > floor and text[start - 1] not in COORDINATORS and not text[start - 1].isspace():
        return [_mention(text, start, end, outcome)]
    elements: list[tuple[int, int, _Outcome]] = []
    position = start
    while True:
        separator = _prev(text, position, floor)
        if separator < 0 or text[separator] not in COORDINATORS:
            break
        starts = sorted(_chain_starts(text, separator, floor))
        if not starts:
            break
        # The element ends at its last character, not at white space before the separator.
        element = _first_resolved(text, starts, [_prev(text, separator, floor) + 1])
        if not _at_word_start(text, element[0], element[1], floor):
            break
        elements.append(element)
        position = element[0]
    if not elements:
        return [_mention(text, start, end, outcome)]
    elements.reverse()
    elements.append((start, end, outcome))
    mentions = [_mention(text, *elements[0])]
    context = elements[0][2][0]
    for element_start, element_end, own in elements[1:]:
        found = _in_context(text[element_start:element_end], context, own)
        mentions.append(_mention(text, element_start, element_end, found))
        context = found[0]
    return mentions


def _at_word_start(text: str, start: int, end: int, floor: int) -> bool:
    """Whether a name starts a word, rather than ending a person's name or a word.

    After 证人, 被告人 and the like and a surname, it is part of the name (证人李湖南).
    A short form (湖南 for 湖南省) right after another ideograph is taken as the end of
    that word, not a name of its own; a full name (浙江省丽水市) is a word wherever it
    stands, except one that begins with a separator right after an ideograph (市和县:
    the city and the county, not 和县). When unsure, no mention: precision first.
    """
    if _PERSON_BEFORE.search(text[max(floor, start - 8) : start]) is not None:
        return False
    before = _prev(text, start, floor)
    if before < 0 or not "\u4e00" <= text[before] <= "\u9fff":
        return True
    if text[start] in COORDINATORS:
        return False
    if text[before] in COORDINATORS or text[before] in _BEFORE_RELATIVE:
        return True
    idx = index()
    words = text[start:end]
    if not any(True for _ in idx.forms_at(words, 0)):
        words = normalize(words)
    return any(form.rank == CURRENT for _, form in idx.forms_at(words, 0))


def _in_context(name: str, context: Procuratorate | None, own: _Outcome) -> _Outcome:
    """Read a coordinated name in the place of the name before it, then alone."""
    if context is None or context.province is None or context.province.code is None:
        return own
    # Only readings that fit inside the context are put to the resolver: a name that
    # cannot be resolved is costly to explain, and the explanation would be dropped.
    codes = {form.division.code for _, form in index().forms_at(normalize(name), 0)}
    if any(code.endswith("0000") for code in codes):
        return own
    tries = []
    prefecture = context.prefecture
    if prefecture is not None and any(code_inside(prefecture.code, code) for code in codes):
        tries.append(context.province.name + prefecture.name + name)
    if any(code_inside(context.province.code + "0000", code) for code in codes):
        tries.append(context.province.name + name)
    for attempt in tries:
        found = _resolve(attempt)
        if found[0] is not None:
            return found
    return own


# --- the scan -----------------------------------------------------------------------------


_GAP = rf"\s{{0,{_MAX_GAP}}}"


# Every alternative is a fixed word with bounded gaps, so a match attempt takes a
# bounded number of steps and the scan stays linear; it runs in C.
def _build_anchor() -> re.Pattern[str]:
    table = _loading.simplified.get()

    def written(char: str) -> str:
        """A class of ``char`` and the traditional characters read as it (检, 檢)."""
        forms = [char, *sorted(chr(key) for key, value in table.items() if value == char)]
        return char if len(forms) == 1 else f"[{''.join(forms)}]"

    jian, cha, yuan, fen, zui, gao = map(written, "检察院分最高")
    first = "".join(sorted({*jian.strip("[]"), *zui.strip("[]"), *gao.strip("[]")}))
    # The look-ahead lets the engine skip, in C, every position no anchor can start at.
    return re.compile(
        rf"(?=[{first}])(?:{jian}{_GAP}{cha}{_GAP}(?:(?P<plain>{yuan})|{fen}{_GAP}{yuan})"
        rf"|{zui}{_GAP}{gao}{_GAP}{jian}(?!{_GAP}{cha})"
        rf"|(?<!{zui}){gao}{_GAP}{jian}{_GAP}{yuan})"
    )


_ANCHOR = _loading.Lazy(_build_anchor)


def _anchors(text: str) -> Iterator[tuple[int, int, str]]:
    """Every 检察院, 检察分院 and 最高检 as (start, end, kind), in order."""
    for match in _ANCHOR.get().finditer(text):
        if match.group(0)[0] in "最高":
            kind = "检"
        elif match.group("plain") is not None:
            kind = "院"
        else:
            kind = "分院"
        yield match.start(), match.end(), kind


def _joined(text: str, end: int, start: int) -> bool:
    """Whether only a coordinator (with any spacing) stands between two mentions."""
    between = text[end:start].strip()
    return len(between) == 1 and between in COORDINATORS


def _compound(text: str, anchor: int, end: int, mentions: list[Mention]) -> bool:
    """Read a registry name that holds the mention before it (X人民检察院Y铁路运输检察分院).

    If one resolves, it replaces the mentions it covers in ``mentions``.
    """
    reach = mentions[-1].span.start
    for start in sorted(_registry_starts(text, anchor, reach, branch=True)):
        if start > reach:
            break
        outcome = _resolve(text[start:end])
        if outcome[0] is not None:
            while mentions and mentions[-1].span.start >= start:
                mentions.pop()
            mentions.append(_mention(text, start, end, outcome))
            return True
    return False


# --- the document: relative references and what the text settles -------------------------

# A relative reference names the procuratorate of a level without its place: 省院, 市检察院,
# 县人民检察院, 该院. 自治区 is a province's level; 州 a prefecture's; 旗 a county's.
# The look-ahead lets the engine skip, in C, every position no alternative can start at.
_RELATIVE = re.compile(
    r"(?=[省市州区县旗自第经高开新园林垦本该我])"
    r"(?:(?P<branch>[省市])(?:人民)?检察院?(?P<ordinal>第?[一二三四五六七八九十])分院"
    r"|(?P<district>第[一二三四五六七八九十]市区)(?:人民)?检察院"
    r"|(?P<zone>经开区|高新区|开发区|新区|园区|林区|垦区)(?:人民)?检察院"
    r"|(?P<level>自治区|[省市州区县旗])(?:人民)?(?:检察院|院)"
    r"|(?P<this>[本该我])院)"
)
# A zone's or an area's procuratorate by its type alone (经开区检察院): the one named last
# whose name has one of these words.
_ZONE_WORDS = {
    "经开区": ("经济技术开发区", "经开区"),
    "高新区": ("高新技术产业开发区", "新技术开发区", "高新区"),
    "开发区": ("开发区",),
    "新区": ("新区",),
    "园区": ("园区",),
    "林区": ("林区",),
    "垦区": ("垦区",),
}
# Words that introduce a noun: a short place name right after one starts a word (到东莞).
_BEFORE_RELATIVE = frozenset(
    "由经向在对和与及、将被从据为是于并请受至同把让给到其，,。；;：:（(“\"'「『《 "
)
# Characters that make a relative reference generic or part of a longer word instead
# (各市院, 全省检察院, 两级院, 省市县检察院, 基层院, 直辖市人民检察院).
_GENERIC_BEFORE_RELATIVE = frozenset("各全每两三四五多诸数几某本此同上下级省市县区州乡镇村地层辖城")
# Words after 院 that make it another noun (院子, 院落, 院墙, 院校).
_NOT_A_PROCURATORATE_AFTER = frozenset("子落墙校士长")
_LEVEL_WORDS = {"自治区": 0, "省": 0, "市": 1, "州": 1, "区": 2, "县": 2, "旗": 2}
# How far back a relative reference looks for the place it refers to.
_RELATIVE_REACH = 1000


@frozen
class _Pending:
    """A relative reference found in the text, to be settled once the scan is done."""

    start: int
    end: int
    level: int | None  # 0 province, 1 prefecture, 2 county; None for 本院, 该院, 我院, zones
    word: str
    # What follows the place's own procuratorate: 第二分院 (市检察二分院), 第一市区人民检察院.
    designation: str = ""


def _relatives(
    text: str, mentions: list[Mention], context: Procuratorate | None
) -> list[Mention | _Pending]:
    """The mentions with the relative references and the ``X市院`` forms between them."""
    taken = [(m.span.start, m.span.end) for m in mentions]
    found: list[Mention | _Pending] = list(mentions)
    behind = _Behind(text, mentions)
    position = 0
    # Traditional characters fold one for one, so offsets in the folded text are the text's.
    folded = text
    if _TRADITIONAL.get().search(text) is not None:
        folded = text.translate(_loading.simplified.get())
    for match in _RELATIVE.finditer(folded):
        start, end = match.span()
        while position < len(taken) and taken[position][1] <= start:
            position += 1
        if position < len(taken) and taken[position][0] < end:
            continue  # inside a mention the scan found
        if end < len(text) and text[end] in _NOT_A_PROCURATORATE_AFTER:
            continue
        branch, district = match.group("branch"), match.group("district")
        if branch is not None or district is not None:
            before = text[start - 1] if start else ""
            if before in _GENERIC_BEFORE_RELATIVE or (before.isascii() and before.isalnum()):
                continue
            if branch is not None:
                ordinal = match.group("ordinal")
                designation = ("" if ordinal.startswith("第") else "第") + ordinal + "分院"
                pending = _Pending(start, end, _LEVEL_WORDS[branch], branch, designation)
            else:
                pending = _Pending(start, end, 1, "市", district + "人民检察院")
            found.append(pending)
            continue
        zone = match.group("zone")
        if zone is not None:
            before = text[start - 1] if start else ""
            if not before or not "\u4e00" <= before <= "\u9fff" or before in _BEFORE_RELATIVE:
                found.append(_Pending(start, end, None, match.group()))
            continue
        level_word = match.group("level")
        if level_word in ("区", "县") and start >= 2 and folded[start - 1] == "个":
            # 闵行、宝山、徐汇三个区检察院: the districts are named, then counted.
            found.extend(_counted_list(text, start - 2, folded[start - 2], level_word))
            continue
        if level_word is not None and match.group().endswith("院") and "检" not in match.group():
            named = _named_short_form(text, start, end)
            if named is not None:
                found.append(named)
                continue
        before = text[start - 1] if start else ""
        if before.isascii() and before.isalnum():
            continue  # S市L区人民检察院: an anonymised name, not a relative one
        if before in _GENERIC_BEFORE_RELATIVE or before.isdigit():
            continue
        # 区, 县 and 旗 close many names that are no division (经开区, 林区): after any
        # other ideograph they are taken as the end of such a name.
        if (
            level_word in ("区", "县", "旗")
            and "\u4e00" <= before <= "\u9fff"
            and before not in _BEFORE_RELATIVE
        ):
            continue
        if level_word is None and match.group("this") in "本我" and context is None:
            continue  # 本院, 我院: the document's own, which only a context names; or a court
        if level_word is not None:
            level = _LEVEL_WORDS[level_word]
            branch = _branch_end(text, end, len(text)) if level == 0 else None
            if branch is not None and "检察院" in match.group():
                found.append(_Pending(start, branch[0], level, match.group()))
                continue
            found.append(_Pending(start, end, level, match.group()))
        elif behind.last_court(start) < 0 or match.group("this") == "该":
            # 本院 in a court's text is the court; 该院 is whatever procuratorate or court
            # was named last, so it counts only after a procuratorate.
            last = behind.last_mention(start)
            court = behind.last_court(start)
            if match.group("this") != "该" or (last is not None and court < last.span.start):
                found.append(_Pending(start, end, None, match.group()))
    found.sort(key=lambda m: m.start if isinstance(m, _Pending) else m.span.start)
    return found


_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _counted_list(text: str, end: int, count: str, suffix: str) -> list[_Pending]:
    """The places a count closes (闵行、宝山、徐汇三个区), each read under the city before.

    Only a list of exactly as many districts (or counties) as the count says is read.
    """
    idx = index()
    items: list[tuple[int, int, str]] = []
    position = end
    floor = max(0, end - 64)
    while len(items) < 10:
        found = []
        for start, _ in _forms_before(text, position, floor):
            words = normalize(text[start:position])
            if any(
                form.division.name.endswith(suffix) and form.rank in (CURRENT, STEM)
                for form in idx.forms.get(words, ())
            ):
                found.append((start, words))
        if not found:
            break
        start, words = min(found)
        items.append((start, position, words if words.endswith(suffix) else words + suffix))
        separator = _prev(text, start, floor)
        if separator < 0 or text[separator] not in COORDINATORS:
            break
        position = _prev(text, separator, floor) + 1
    if len(items) != _COUNTS.get(count, 0):
        return []
    return [_Pending(s, e, 1, "市", name + "人民检察院") for s, e, name in reversed(items)]


def _named_short_form(text: str, start: int, end: int) -> Mention | None:
    """杭州市院, 宝鸡市凤翔区院: a division's name, then 院 for its procuratorate."""
    place_end = start + 1
    starts = sorted(
        s for s in _chain_starts(text, place_end, 0) if _at_word_start(text, s, place_end, 0)
    )
    for first in starts:
        outcome = _in_words(text, first, end, text[first:place_end] + "人民检察院")
        if outcome[0] is not None:
            return _mention(text, first, end, outcome)
    return None


class _Behind:
    """What stands before a position that only moves forward: the last mention, the last
    court. Each question costs time in what was passed since the last one, so reading
    every relative reference of a text costs time linear in its length.
    """

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self._text = text
        self._mentions = mentions
        self._next_mention = 0
        self._searched = 0
        self._court = -1

    def last_mention(self, position: int) -> Mention | None:
        while (
            self._next_mention < len(self._mentions)
            and self._mentions[self._next_mention].span.end <= position
        ):
            self._next_mention += 1
        return self._mentions[self._next_mention - 1] if self._next_mention else None

    def last_court(self, position: int) -> int:
        """Where the last 法院 before ``position`` starts, or -1."""
        found = self._text.find("法院", self._searched, position)
        while found >= 0:
            self._court = found
            found = self._text.find("法院", found + 2, position)
        self._searched = max(self._searched, position - 1)
        return self._court


def _settle(text: str, found: list[Mention | _Pending], context: Procuratorate | None) -> Mentions:
    """Resolve the relative references, and the ambiguous names the document settles."""
    settled: list[Mention] = []
    for item in found:
        if isinstance(item, _Pending):
            settled.append(_relative(text, item, settled, context))
        else:
            settled.append(item)
    # Most texts name few procuratorates many times: each is looked at once.
    units = {id(m.procuratorate): m.procuratorate for m in settled if m.procuratorate is not None}
    provinces = {
        unit.province.name
        for unit in units.values()
        if unit.province is not None and not _by_stem(unit)
    }
    if context is not None and context.province is not None:
        provinces.add(context.province.name)
    return Mentions(_by_document(text, m, provinces) for m in settled)


def _by_stem(unit: Procuratorate) -> bool:
    return any(note.endswith("its name without its type") for note in unit.notes)


def _relative(
    text: str, item: _Pending, before: list[Mention], context: Procuratorate | None
) -> Mention:
    if item.level is None:
        zone = next((word for word in _ZONE_WORDS if item.word.startswith(word)), None)
        if zone is not None:
            target = next(
                (
                    m.procuratorate
                    for m in reversed(before)
                    if m.procuratorate is not None
                    and any(word in m.procuratorate.full_name for word in _ZONE_WORDS[zone])
                ),
                None,
            )
        elif item.word == "该院":
            target = next((m.procuratorate for m in reversed(before) if m.resolved), None)
        else:
            target = context
        if target is None:
            return _unresolved(
                text,
                item,
                f"relative: {item.word} names the procuratorate "
                "the document is about, which the text does not name",
            )
        return _mention(text, item.start, item.end, (evolve(target, name=item.word), None))
    suffix = item.word[0] if item.level == 2 else ""
    if item.level == 1 and item.designation.endswith("分院"):
        # Only a municipality's procuratorate has branches: 市检察二分院 in Shanghai.
        suffix = ""
    place = _place_before(text, item.start, item.level, suffix, before)
    if place is None:
        place = _place_of_document(text, item.level, suffix)
    if place is None and context is not None:
        place = _level_of(context, item.level, suffix)
    if place is None:
        return _unresolved(
            text,
            item,
            f"relative: {item.word} names a procuratorate of a level, and no "
            "place of that level is named before it",
        )
    if item.designation:
        # The place's own procuratorate is X人民检察院; what follows names one under it.
        head = place.removesuffix("人民检察院")
        place = (
            head + ("人民检察院" if item.designation.endswith("分院") else "") + item.designation
        )
    else:
        designation = text[item.start + len(item.word) : item.end]
        if designation:
            place = place + normalize(designation)
    return _mention(text, item.start, item.end, _in_words(text, item.start, item.end, place))


def _unresolved(text: str, item: _Pending, reason: str) -> Mention:
    return Mention(Span(item.start, item.end), text[item.start : item.end], None, reason, (), ())


def _level_of(unit: Procuratorate, level: int, suffix: str = "") -> str | None:
    """The name of ``unit``'s own procuratorate at ``level``, if it lies in one."""
    if unit.province is None or unit.province.code is None:
        return None
    if level == 0:
        return unit.province.name + "人民检察院"
    if level == 1 and unit.prefecture is not None:
        return unit.province.name + unit.prefecture.name + "人民检察院"
    if level == 1 and unit.province.kind.value == "municipality":
        return unit.province.name + "人民检察院"
    if level == 2 and unit.county is not None and unit.county.name.endswith(suffix):
        return unit.full_name
    return None


def _places_at(text: str, at: int, floor: int, level: int, suffix: str) -> Iterator[str]:
    """The procuratorates at ``level`` of the places whose names end at ``at``."""
    idx = index()
    for start, _ in _forms_before(text, at, floor):
        words = normalize(text[start:at])
        if words in GENERIC_PLACES or not _at_word_start(text, start, at, floor):
            continue  # 市区, 城区: everyday words before they are places; 和县 after 市
        # Former names and stems (金山 of 金山区, and a 金山 in another city) are too
        # loose to fix what a reference refers to.
        names = {
            name
            for form in idx.forms.get(words, ())
            if form.rank in (CURRENT, SHORT)
            and form.division.name.endswith(suffix)
            and (name := _division_level_name(idx, form.division, level)) is not None
        }
        if len(names) == 1:
            yield names.pop()


def _place_before(
    text: str, position: int, level: int, suffix: str, before: list[Mention]
) -> str | None:
    """The procuratorate of the nearest place of ``level`` named before ``position``.

    A place is a division's name in the text, or a procuratorate found before (苏州工业园区
    人民检察院 names a place in 江苏省), whichever comes nearer.
    """
    mentioned = next(
        (
            (m.span.end, name)
            for m in reversed(before)
            if m.procuratorate is not None
            and not _by_stem(m.procuratorate)  # 金山检察院 may be no 金山区's
            and (name := _level_of(m.procuratorate, level, suffix)) is not None
        ),
        (-1, None),
    )
    floor = max(0, position - _RELATIVE_REACH, mentioned[0])
    for at in range(position, floor, -1):
        for name in _places_at(text, at, floor, level, suffix):
            return name
    return mentioned[1]


def _place_of_document(text: str, level: int, suffix: str) -> str | None:
    """The one place of ``level`` that all the places the text names lie in, if one.

    Read only where nothing is named before a reference (a headline: 市检察院召开…); a
    text that names places of two provinces (or cities) settles nothing.
    """
    names: set[str] = set()
    for at in range(min(len(text), _RELATIVE_REACH), 0, -1):
        names.update(_places_at(text, at, 0, level, suffix))
        if len(names) > 1:
            return None
    return names.pop() if names else None


def _division_level_name(idx: DivisionIndex, division: Division, level: int) -> str | None:
    """The name of the procuratorate of ``division``'s place at ``level``, if any."""
    province = idx.province_of(division)
    own = division_level(division.code)
    if level == 0:
        return province.name + "人民检察院"
    if level == 1:
        if own == 0:
            return province.name + "人民检察院" if province.code in _MUNICIPALITIES else None
        prefecture = division if own == 1 else idx.parent(division)
        if prefecture is None:
            return province.name + "人民检察院" if province.code in _MUNICIPALITIES else None
        return province.name + prefecture.name + "人民检察院"
    if own == 2:
        return province.name + division.name + "人民检察院"
    return None


_MUNICIPALITIES = frozenset({"11", "12", "31", "50"})


def _by_document(text: str, mention: Mention, provinces: set[str]) -> Mention:
    """An ambiguous name read in the one province the document's other names lie in.

    A name read through a stem alone (金山 for 金山区, Shanghai) in a text whose other
    names all lie in other provinces is no longer taken as read: 金山 may be a place
    that is no division, in the province the text is about.
    """
    unit = mention.procuratorate
    if (
        unit is not None
        and unit.province is not None
        and provinces
        and unit.province.name not in provinces
        and _by_stem(unit)
    ):
        elsewhere = "、".join(sorted(provinces))
        reason = (
            f"ambiguous: {mention.text} reads as {unit.full_name} only by a place name "
            f"without its type, and the text's other names lie in {elsewhere}"
        )
        return Mention(mention.span, mention.text, None, reason, (unit.full_name,), ())
    if (
        mention.resolved
        or not provinces
        or mention.reason is None
        or not mention.reason.startswith("ambiguous: ")
    ):
        return mention
    inside = [c for c in mention.candidates if c.startswith(tuple(provinces))]
    if len(inside) != 1:
        return mention
    outcome = _in_words(text, mention.span.start, mention.span.end, inside[0] + "人民检察院")
    if outcome[0] is None:
        return mention
    return _mention(text, mention.span.start, mention.span.end, outcome)


def find_procuratorates(text: str, *, context: Procuratorate | str | None = None) -> Mentions:
    """Every procuratorate that ``text`` names, in order, each resolved where it can be.

    Finds full names with or without the province (浙江省绍兴市人民检察院, 绍兴市人民检察院),
    names without 人民 (绍兴市检察院), branches (北京市人民检察院第一分院), railway transport
    procuratorates (上海铁路运输检察院), 最高人民检察院 and 最高检, and names coordinated under
    one suffix (浙江省丽水市、松阳县人民检察院 gives two mentions). The longest name wins.
    A name may be broken by white space or a line break; its ``text`` keeps it.

    A name that does not say enough (朝阳区人民检察院: Beijing or Changchun) is still a
    mention, with ``procuratorate=None`` and the ``reason`` and ``candidates`` of the
    failed resolution. The mentions come as :class:`Mentions`, a tuple that renders as
    a table and converts to data frames. Time is linear in the length of ``text``. Raises only
    :class:`TypeError` for a non-string (and :class:`DataError` if the packaged data
    is damaged).

    >>> from procuratorate_awards import find_procuratorates
    >>> found = find_procuratorates("经浙江省丽水市、松阳县人民检察院和最高检审查")
    >>> [(m.text, m.procuratorate.full_name) for m in found]  # doctest: +NORMALIZE_WHITESPACE
    [('浙江省丽水市', '浙江省丽水市人民检察院'),
     ('松阳县人民检察院', '浙江省松阳县人民检察院'),
     ('最高检', '最高人民检察院')]
    >>> [mention] = find_procuratorates("朝阳区检察院")
    >>> mention.procuratorate, mention.candidates
    (None, ('北京市朝阳区', '吉林省长春市朝阳区'))
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if isinstance(context, str):
        context = resolve_procuratorate(context)
    elif context is not None and not isinstance(context, Procuratorate):
        raise TypeError(f"context must be a Procuratorate or str, not {type(context).__name__}")
    clean, offsets = _markup.clean(text)
    found = _settle(clean, _relatives(clean, _scan(clean), context), context)
    if offsets is None:
        return found
    # Spans found in the clean text are reported in the text the caller gave.
    return Mentions(_in_original(text, mention, offsets) for mention in found)


def _in_original(text: str, mention: Mention, offsets: _markup.Offsets) -> Mention:
    start, end = offsets.span(mention.span.start, mention.span.end)
    return evolve(mention, span=Span(start, end), text=text[start:end])


def _scan(text: str) -> list[Mention]:
    """The names the anchors of ``text`` close, before relative references are read."""
    mentions: list[Mention] = []
    floor = 0
    for start, end, kind in _anchors(text):
        if kind == "检":
            if start >= floor:
                mentions.append(_mention(text, start, end, _resolve(text[start:end])))
            floor = end
            continue
        if kind == "分院":
            if mentions and _compound(text, start, end, mentions):
                floor = end
                continue
            railway = _word_before(text, start, RAILWAY, floor)
            found_starts = _registry_starts(text, start, floor, branch=True)
            if railway >= 0:
                found_starts |= _railway_starts(text, railway, floor)
            starts = sorted(found_starts)
            if starts:
                found = _first_resolved(text, starts, [end])
                mentions.append(_mention(text, *found))
            floor = end
            continue
        read = _read_procuratorate(text, start, end, floor)
        if read is None:
            floor = end
            continue
        found_mentions, floor = read
        if mentions and _joined(text, mentions[-1].span.end, found_mentions[0].span.start):
            first = found_mentions[0]
            own = (first.procuratorate, None) if first.resolved else _resolve(first.text)
            reread = _in_context(first.text, mentions[-1].procuratorate, own)
            found_mentions[0] = _mention(text, first.span.start, first.span.end, reread)
        mentions.extend(found_mentions)
    return mentions


_MENTION_COLUMNS = (
    Column("start", "integer", "where the name starts in the text (Python string offset)"),
    Column("end", "integer", "where the name ends in the text, exclusive"),
    Column("text", "string", "the words as written"),
    Column("procuratorate", "string", "the full name it resolves to", False),
    Column("province", "string", "its province", False),
    Column("level", "string", "its level", False),
    Column("code", "string", "six-digit code of its most specific division", False),
    Column("awards", "strings", "the awards it won"),
    Column("reason", "string", "why it did not resolve", False),
    Column("candidates", "strings", "the readings that fit, or the closest names"),
)


class Mentions(Rows[Mention]):
    """The mentions :func:`find_procuratorates` finds, in order, as a table.

    >>> from procuratorate_awards import find_procuratorates
    >>> found = find_procuratorates("经浙江省嵊州市人民检察院和朝阳区检察院审查")
    >>> found
    Mentions(2 mentions)
    >>> found.to_pandas()[["text", "code"]].values.tolist()
    [['浙江省嵊州市人民检察院', '330683'], ['朝阳区检察院', <NA>]]
    """

    __slots__ = ()
    _noun = ("mention", "mentions")

    def frame(self) -> Frame:
        """The mentions as typed columns, the columns of the ``find`` command.

        >>> from procuratorate_awards import find_procuratorates
        >>> find_procuratorates("无").frame().caption
        '0 mentions'
        """
        rows = []
        for m in self:
            unit = m.procuratorate
            rows.append(
                (
                    m.span.start,
                    m.span.end,
                    m.text,
                    None if unit is None else unit.full_name,
                    None if unit is None or unit.province is None else unit.province.name,
                    None if unit is None or unit.level is None else unit.level.label,
                    None if unit is None else unit.code,
                    tuple(award.label for award in m.awards),
                    m.reason,
                    m.candidates,
                )
            )
        shown = ("start", "end", "text", "procuratorate", "province", "level", "awards")
        caption = count(len(self), "mention")
        return Frame(_MENTION_COLUMNS, tuple(rows), caption, shown=shown, terminal=shown)
