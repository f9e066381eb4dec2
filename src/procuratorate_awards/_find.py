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
import unicodedata
from collections.abc import Iterator

from attrs import frozen

from . import _loading
from ._display import Frame, Rows, count
from ._divisions import index, normalize
from ._errors import NameLookupError
from ._models import Award, Kind, Procuratorate, Span
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
# Separators of coordinated names that share one suffix.
_COORDINATORS = frozenset("、和及与")
_ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")
# Keywords of procuratorates set up in a special area, as the resolver reads them.
_DISPATCHED_KEYWORDS = ("农垦区", "垦区", "农垦", "林区", "森林", "工矿区", "监狱")
_MILITARY_PREFIXES = ("中国人民解放军", "解放军", "中国人民武装警察部队", "武警")
# Theatre commands (since 2016) and the former military regions whose procuratorates
# text may still name; a bare 战区 or 军区 is generic (各战区军事检察院).
_MILITARY_AREAS = (
    *(f"{area}战区" for area in ("东部", "南部", "西部", "北部", "中部")),
    *(
        f"{area}军区"
        for area in ("北京", "沈阳", "济南", "南京", "广州", "成都", "兰州", "新疆", "西藏")
    ),
)
_CORPS = "新疆生产建设兵团"


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
    """The NFKC form of one character, or the character when that is not one character."""
    folded = unicodedata.normalize("NFKC", char)
    return folded if len(folded) == 1 else char


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


# White space, and every character whose NFKC form is one CJK ideograph: radicals,
# circled and enclosed ideographs, compatibility ideographs (from the Unicode data).
_INEXACT = re.compile(
    r"[\s\u2e80-\u2fdf\u3038-\u303a\u3190-\u319f\u3244-\u3247\u3280-\u32b0"
    r"\uf900-\ufaff\U0001f210-\U0001f251\U0002f800-\U0002fa1f]"
)


def _word_before(text: str, position: int, word: str, floor: int) -> int:
    """Where ``word`` starts if it ends right before ``position`` (spaces allowed), or -1."""
    start = position - len(word)
    if start >= floor and text.startswith(word, start):
        return start
    # Only white space or a compatibility ideograph can make a match that is not exact.
    if _INEXACT.search(text, max(floor, start - len(word) * _MAX_GAP), position) is None:
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


def _contains(outer: str, inner: str) -> bool:
    """Whether the division coded ``outer`` contains the one coded ``inner`` (GB/T 2260)."""
    if outer.endswith("0000"):
        return inner != outer and inner.startswith(outer[:2])
    if outer.endswith("00"):
        return inner != outer and inner.startswith(outer[:4])
    return False


# Division names that are also everyday words: 城区 (a district in 晋城, 阳泉, 汕尾),
# 新区 and 市区 (former names). At the end of a longer word (雄安新区, 主城区, 各市区)
# they name no division; standing alone or inside a longer name they still do.
_GENERIC_PLACES = frozenset(
    {"市区", "新区", "城区", "郊区", "矿区", "东区", "西区", "南区", "北区"}
)


def _generic_tail(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an everyday word closing a longer word."""
    return (
        end - start == 2
        and text[start:end] in _GENERIC_PLACES
        and start > 0
        and "\u4e00" <= text[start - 1] <= "\u9fff"
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
                    if any(_contains(code, inner) for inner in inners):
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
        reason=None if error is None else error.reason,
        candidates=() if error is None else error.candidates,
        awards=awards,
    )


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
    if _ORDINAL.fullmatch(designation):
        return end, True
    if len(designation) <= _MAX_NAMED_DESIGNATION and not set(designation) & _JOINING:
        return end, True
    if (
        designation.startswith("第")
        or any(word in designation for word in (*_DISPATCHED_KEYWORDS, "铁路运输"))
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
    for area in _MILITARY_AREAS:
        found = _word_before(text, position, area, floor)
        if found >= 0:
            starts.append(found)
            position = found
            break
    for prefix in _MILITARY_PREFIXES:
        found = _word_before(text, position, prefix, floor)
        if found >= 0:
            starts.append(found)
    return starts


def _char_before(text: str, position: int, floor: int) -> str:
    """The character before ``position`` (spaces skipped), folded; empty if none."""
    found = _prev(text, position, floor)
    return "" if found < 0 else _fold(text[found])


_SPECIAL_ENDINGS = frozenset(word[-1] for word in ("铁路运输", _CORPS, *_DISPATCHED_KEYWORDS))


_ANCHOR_PRECEDERS = _SPECIAL_ENDINGS | {"民", "事"}
_DISPATCHED_BY_LAST: dict[str, tuple[str, ...]] = {}
for _keyword in _DISPATCHED_KEYWORDS:
    _DISPATCHED_BY_LAST[_keyword[-1]] = (*_DISPATCHED_BY_LAST.get(_keyword[-1], ()), _keyword)


def _special_starts(text: str, core: int, last: str, floor: int, starts: set[int]) -> None:
    """Add the starts of railway, Corps and special-area names that end at ``core``."""
    if last == "输":
        railway = _word_before(text, core, "铁路运输", floor)
        if railway >= 0:
            starts.update(_railway_starts(text, railway, floor))
    elif last == "团":
        corps = _word_before(text, core, _CORPS, floor)
        if corps >= 0:
            starts.add(corps)
    keywords = _DISPATCHED_BY_LAST.get(last, ())
    if len(keywords) > 1:
        # 区 closes most district names; look further only after 垦, 林 or 矿.
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
    if char in children or char in _ANCHOR_PRECEDERS or char.isspace():
        return True
    folded = _fold(char)
    return folded != char and (folded in children or folded in _ANCHOR_PRECEDERS)


def _read_procuratorate(
    text: str, anchor: int, end: int, floor: int
) -> tuple[list[Mention], int] | None:
    """The mentions that end with the 检察院 at ``anchor``, and the end of the last one."""
    if not _may_end_a_name(text, anchor, floor):
        return None
    renmin = _word_before(text, anchor, "人民", floor)
    core = anchor if renmin < 0 else renmin
    places = _chain_starts(text, core, floor)
    starts = set(places)
    # Most anchors follow a division name; the fixed words are tried only when the
    # character before could end one of them.
    last = _char_before(text, core, floor)
    if last in _SPECIAL_ENDINGS:
        _special_starts(text, core, last, floor, starts)
    if renmin >= 0 and last == "高":
        supreme = _word_before(text, renmin, "最高", floor)
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
    ends = [end]
    branch = _branch_end(text, end, len(text))
    if branch is not None:
        # A binding designation leaves no shorter reading: the text names the branch.
        ends = [branch[0]] if branch[1] else [branch[0], end]
    ordered = sorted(starts)
    start, stop, outcome = _first_resolved(text, ordered, ends)
    if outcome[0] is None and branch is not None and branch[1]:
        # A binding designation (第一分院, 汉江分院) belongs to the name even unresolved.
        start, stop = ordered[0], branch[0]
        outcome = _resolve(text[start:stop])
    if start not in places:
        return [_mention(text, start, stop, outcome)], stop
    return _coordinated(text, start, stop, outcome, floor), stop


def _railway_starts(text: str, railway: int, floor: int) -> set[int]:
    """Starts of the place names before 铁路运输: a division name, or one less its 市 (成都)."""
    starts = {start for start, _ in _forms_before(text, railway, floor)}
    city = _trie.get().children.get("市")
    if city is not None:
        starts.update(start for start, _ in _forms_before(text, railway, floor, city))
    return starts


def _coordinated(text: str, start: int, end: int, outcome: _Outcome, floor: int) -> list[Mention]:
    """The mention ending at ``end`` and the names coordinated before it under its suffix."""
    if start > floor and text[start - 1] not in _COORDINATORS and not text[start - 1].isspace():
        return [_mention(text, start, end, outcome)]
    elements: list[tuple[int, int, _Outcome]] = []
    position = start
    while True:
        separator = _prev(text, position, floor)
        if separator < 0 or text[separator] not in _COORDINATORS:
            break
        starts = sorted(_chain_starts(text, separator, floor))
        if not starts:
            break
        # The element ends at its last character, not at white space before the separator.
        element = _first_resolved(text, starts, [_prev(text, separator, floor) + 1])
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
    if prefecture is not None and any(_contains(prefecture.code, code) for code in codes):
        tries.append(context.province.name + prefecture.name + name)
    if any(_contains(context.province.code + "0000", code) for code in codes):
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
_ANCHOR = re.compile(
    rf"检{_GAP}察{_GAP}(?:(?P<plain>院)|分{_GAP}院)|最{_GAP}高{_GAP}检(?!{_GAP}察)"
)


def _anchors(text: str) -> Iterator[tuple[int, int, str]]:
    """Every 检察院, 检察分院 and 最高检 as (start, end, kind), in order."""
    for match in _ANCHOR.finditer(text):
        if match.group(0)[0] == "最":
            kind = "检"
        elif match.group("plain") is not None:
            kind = "院"
        else:
            kind = "分院"
        yield match.start(), match.end(), kind


def find_procuratorates(text: str) -> Mentions:
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
    mentions: list[Mention] = []
    floor = 0
    for start, end, kind in _anchors(text):
        if kind == "检":
            if start >= floor:
                mentions.append(_mention(text, start, end, _resolve(text[start:end])))
            floor = end
            continue
        if kind == "分院":
            railway = _word_before(text, start, "铁路运输", floor)
            starts = sorted(_railway_starts(text, railway, floor)) if railway >= 0 else []
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
        mentions.extend(found_mentions)
    return Mentions(mentions)


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
