"""Reading a text character by character: white space inside names, folded characters, and
the division names written back to front, so a name is read from the word that closes it.
"""

from __future__ import annotations

import functools
import re

from . import _records
from ._closing import closes_a_word
from ._divisions import (
    CURRENT,
    SHORT,
    fold_character,
    index,
    normalize,
)
from ._registry import registry_index
from ._resources import Lazy, Memo
from ._words import (
    COORDINATORS,
    GENERIC_PLACES,
    MILITARY_AREAS,
    MILITARY_PREFIXES,
    ORDINAL,
    RAILWAY,
    SPECIAL_AREA_WORDS,
    SUPREME_NAMES,
)

# How many white-space characters in a row may stand inside a name (a line break
# with the indentation of the next line); a longer run ends the name.
MAX_GAP = 8
# Longest designation between 检察院 and 分院 that is looked at (第一, 阿克苏, 铁路运输).
MAX_DESIGNATION = 8
# How far after 检察院 the 分 of a designation's 分院 can stand, gaps included.
BRANCH_REACH = (MAX_DESIGNATION + 2) * (MAX_GAP + 1)
# A branch named otherwise than by an ordinal or a place (汉江分院) has a short name, and
# running text between 检察院 and a later 分院 holds one of these joining characters.
MAX_NAMED_DESIGNATION = 4
JOINING = frozenset("的和与及或对在为向由将把被从到该其并、，。等")
# How far before a name the words before a person's name are looked for.
PERSON_REACH = 8
# Words before a person's name: a place name right after one of them and a surname
# (证人李湖南) is part of that name.
_PERSON_WORDS = (
    *("证人", "被告人", "辩护人", "被害人", "原告", "被告", "上诉人", "申请人", "当事人"),
    *("犯罪嫌疑人", "代理人", "罪犯"),
)
PERSON_BEFORE = re.compile(f"(?:{'|'.join(_PERSON_WORDS)})[\u4e00-\u9fff]{{1,2}}$")
# Their characters, and their last ones: what a window of text must see past.
PERSON_CHARACTERS = frozenset("".join(_PERSON_WORDS))
PERSON_ENDS = frozenset(word[-1] for word in _PERSON_WORDS)


# Words that introduce a noun: a short place name right after one starts a word (到东莞),
# in either script (經, 對, 與 …); 表 closes 代表 (我代表区人民检察院报告工作).
BEFORE_RELATIVE = frozenset(
    "由经向在对和与及、将被从据为是于并请受至同把让给到其称了过就以表，,。；;：:（(“\"'「『《 "
    "！？!?經對與將從據為於並請讓給稱過"
)
# Characters that make a relative reference generic or part of a longer word instead
# (各市院, 全省检察院, 两级院, 省市县检察院, 盟市检察院, 基层院, 直辖市人民检察院), in
# either script.
GENERIC_BEFORE = frozenset(
    "各全每两三四五多诸数几某本此同上下级省市县区州盟乡镇村地层辖城等分兩諸數幾級縣區鄉鎮層轄"
)
# What ends a sentence: the reach of what a sentence says (its visitors, its guests).
SENTENCE_END = re.compile("[。！？!?\n]")
# How far back a relative reference looks for the place or the procuratorate it refers to.
REACH = 1000
# --- reading characters -------------------------------------------------------------------


# One character as names are read (memoised: most texts repeat few characters).
fold_char = Memo(fold_character, maxsize=4096)


def _build_name_alphabet() -> frozenset[str]:
    registry = registry_index()
    words = (
        *index().forms,
        *registry.heads(False),
        *registry.heads(True),
        *SUPREME_NAMES,
        *MILITARY_AREAS,
        *MILITARY_PREFIXES,
        RAILWAY,
        *SPECIAL_AREA_WORDS,
        "军事检察院",
    )
    return frozenset("".join(words))


# Every character a name read backwards can hold, in any of the words it is read by: what
# the windows of text a name is read in do not stop at.
NAME_ALPHABET = Lazy(_build_name_alphabet)


def prev_char(text: str, position: int, floor: int) -> int:
    """The last non-space character before ``position``, at most ``MAX_GAP`` spaces back."""
    index_ = position - 1
    gap = 0
    while index_ >= floor:
        if not text[index_].isspace():
            return index_
        gap += 1
        if gap > MAX_GAP:
            return -1
        index_ -= 1
    return -1


def next_char(text: str, position: int, limit: int) -> int:
    """The first non-space character at or after ``position``, at most ``MAX_GAP`` on."""
    index_ = position
    gap = 0
    while index_ < limit:
        if not text[index_].isspace():
            return index_
        gap += 1
        if gap > MAX_GAP:
            return -1
        index_ += 1
    return -1


def _same(char: str, wanted: str) -> bool:
    return char == wanted or fold_char(char) == wanted


# White space, every character whose NFKC form is one CJK ideograph (radicals, circled
# and enclosed ideographs, compatibility ideographs, from the Unicode data), and every
# traditional character that names are read in.
def _build_inexact() -> re.Pattern[str]:
    traditional = "".join(sorted(map(chr, _records.simplified_table.get())))
    return re.compile(
        r"[\s\u2e80-\u2fdf\u3038-\u303a\u3190-\u319f\u3244-\u3247\u3280-\u32b0"
        rf"\uf900-\ufaff\U0001f210-\U0001f251\U0002f800-\U0002fa1f{traditional}]"
    )


_INEXACT = Lazy(_build_inexact)


def word_before(text: str, position: int, word: str, floor: int) -> int:
    """Where ``word`` starts if it ends right before ``position`` (spaces allowed), or -1."""
    start = position - len(word)
    if start >= floor and text.startswith(word, start):
        return start
    # Only white space or a compatibility ideograph can make a match that is not exact.
    if _INEXACT.get().search(text, max(floor, start - len(word) * MAX_GAP), position) is None:
        return -1
    for wanted in reversed(word):
        found = prev_char(text, position, floor)
        if found < 0 or not _same(text[found], wanted):
            return -1
        position = found
    return position


def word_after(text: str, position: int, word: str, limit: int) -> int:
    """Where ``word`` ends if it starts at ``position`` (spaces allowed), or -1."""
    for wanted in word:
        found = next_char(text, position, limit)
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
        # Most nodes end a name and have no children: they share one empty table.
        self.children: dict[str, _Node] = _NO_CHILDREN
        self.codes: tuple[str, ...] = ()


# The children of every node that has none; :func:`_grow` never writes to it.
_NO_CHILDREN: dict[str, _Node] = {}


def _grow(node: _Node, name: str) -> _Node:
    """The node at which ``name``, read back to front from ``node``, ends; made as needed."""
    for char in reversed(name):
        child = node.children.get(char)
        if child is None:
            if node.children is _NO_CHILDREN:
                node.children = {}
            child = node.children[char] = _Node()
        node = child
    return node


def _build_trie() -> _Node:
    root = _Node()
    # A division's forms (绍兴市, 绍兴) end at nodes of their own but name the same codes:
    # they share one tuple, which saves about 4,000 of the 10,000 tuples the trie keeps.
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    for name, forms in index().forms.items():
        codes = tuple(dict.fromkeys(form.division.code for form in forms))
        _grow(root, name).codes = shared.setdefault(codes, codes)
    return root


division_trie = Lazy(_build_trie)


def may_close(char: str, node: _Node) -> bool:
    """Whether a name of the trie ``node`` is the root of may end with ``char``, in either
    script, or white space may stand there (names are read across it): most characters end
    no name, and one look at the character before a position rules them out."""
    children = node.children
    return char in children or char.isspace() or fold_char(char) in children


def forms_before(
    text: str, position: int, floor: int, node: _Node | None = None
) -> list[tuple[int, tuple[str, ...]]]:
    """Every division name that ends right before ``position``, as (start, codes)."""
    children = (node or division_trie.get()).children
    found: list[tuple[int, tuple[str, ...]]] = []
    while children:
        before = position - 1
        if before < floor:
            break
        char = text[before]
        if char.isspace():
            before = prev_char(text, position, floor)
            if before < 0:
                break
            char = text[before]
        child = children.get(char)
        if child is None:
            child = children.get(fold_char(char))
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
        and fold_char(text[start]) + fold_char(text[start + 1]) in GENERIC_PLACES
        and start > 0
        and "\u4e00" <= text[start - 1] <= "\u9fff"
        and text[start - 1] not in COORDINATORS
    )


def chain_starts(text: str, end: int, floor: int) -> set[int]:
    """Starts of the runs of one to three nested division names that end at ``end``."""
    starts: set[int] = set()
    # Where the outermost name of a run so far starts, and the codes it may stand for; a
    # run that reached a province is done. A place that held a name before holds it here.
    held = index().held_code
    frontier: dict[int, list[str]] = {}
    for start, codes in forms_before(text, end, floor):
        if end - start != 2 or not _generic_tail(text, start, end):
            starts.add(start)
        if inner := [code for code in codes if not code.endswith("0000")]:
            frontier[start] = inner
    for _ in range(2):
        if not frontier:
            break
        outer: dict[int, list[str]] = {}
        for position, inners in frontier.items():
            for start, codes in forms_before(text, position, floor):
                for code in codes:
                    if any(held(code, i) for i in inners):
                        starts.add(start)
                        if not code.endswith("0000"):
                            outer.setdefault(start, []).append(code)
        frontier = outer
    return starts


def _build_name_prefixes() -> frozenset[str]:
    return frozenset(
        division.name[:cut]
        for division in index().divisions
        for cut in range(1, len(division.name) + 1)
    )


name_prefixes = Lazy(_build_name_prefixes)


def branch_end(text: str, position: int, limit: int) -> tuple[int, bool] | None:
    """Where a branch designation after 检察院 ends (第一分院), and whether it binds.

    A designation *binds* when the words are a branch's name even if the resolver
    cannot place it (第一分院, 汉江分院): the mention is then the whole name, reported
    unresolved, never the procuratorate before it with that procuratorate's awards.
    """
    # Nearly every 检察院 is followed by no 分院 at all; scans in C rule those out.
    reach = min(limit, position + BRANCH_REACH)
    fen = text.find("分", position, reach)
    while fen >= 0 and word_after(text, fen + 1, "院", limit) < 0:
        fen = text.find("分", fen + 1, reach)
    if fen < 0:
        return None
    designation: list[str] = []
    while len(designation) <= MAX_DESIGNATION:
        found = next_char(text, position, limit)
        if found < 0:
            return None
        char = fold_char(text[found])
        if char == "分":
            end = word_after(text, found + 1, "院", limit)
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
    if designation.endswith(("个", "家", "所")):
        return None  # counted: 五个分院 are branches, no one branch
    if len(designation) <= MAX_NAMED_DESIGNATION and not set(designation) & JOINING:
        return end, True
    if (
        designation.startswith("第")
        or any(word in designation for word in (*SPECIAL_AREA_WORDS, RAILWAY))
        or designation in name_prefixes.get()
    ):
        return end, False
    return None


def military_starts(text: str, position: int, floor: int) -> list[int]:
    """Starts of the names that end with the 军事 at ``position``: a theatre or region
    (东部战区), or a place (石家庄, 山西省), each perhaps after the army's name (解放军)."""
    starts: list[int] = []
    for area in MILITARY_AREAS:
        found = word_before(text, position, area, floor)
        if found >= 0:
            starts.append(found)
            position = found
            break
    else:
        places = chain_starts(text, position, floor)
        if places:
            starts.extend(places)
            position = min(places)
    for prefix in MILITARY_PREFIXES:
        found = word_before(text, position, prefix, floor)
        if found >= 0:
            starts.append(found)
    return starts


def joins_no_name(text: str, start: int) -> bool:
    """Whether a name may begin at ``start``, where it begins with 和, 与, 及 or 、.

    Right after another ideograph such a character joins what comes before (市和县检察院:
    the city's and the county's, not 和县's), unless that ideograph is itself a joining
    word (与和政县人民检察院 names 和政县).
    """
    if text[start] not in COORDINATORS:
        return True
    # Looked at across any floor a caller reads above: a name read just before joins too
    # (市检察院和县检察院).
    before = prev_char(text, start, 0)
    if before < 0 or not "\u4e00" <= text[before] <= "\u9fff":
        return True
    return text[before] in COORDINATORS or text[before] in BEFORE_RELATIVE


def char_before(text: str, position: int, floor: int) -> str:
    """The character before ``position`` (spaces skipped), folded; empty if none."""
    found = prev_char(text, position, floor)
    return "" if found < 0 else fold_char(text[found])


SPECIAL_ENDINGS = frozenset(word[-1] for word in (RAILWAY, *SPECIAL_AREA_WORDS))
_ANCHOR_PRECEDERS = SPECIAL_ENDINGS | {"民", "事"}
SPECIAL_BY_LAST: dict[str, tuple[str, ...]] = {}
for _keyword in SPECIAL_AREA_WORDS:
    SPECIAL_BY_LAST[_keyword[-1]] = (*SPECIAL_BY_LAST.get(_keyword[-1], ()), _keyword)


def _build_registry_trie(branch: bool) -> _Node:
    """The registry's names less their closing 检察院 (or 检察分院), read back to front."""
    root = _Node()
    for head in registry_index().heads(branch):
        _grow(root, head).codes = ("",)
    return root


_registry_trie = Lazy(functools.partial(_build_registry_trie, False))
_registry_branch_trie = Lazy(functools.partial(_build_registry_trie, True))


def registry_starts(text: str, core: int, floor: int, *, branch: bool = False) -> set[int]:
    """Starts of the registry's names that end right before ``core`` (检察院 or 检察分院)."""
    trie = (_registry_branch_trie if branch else _registry_trie).get()
    if core <= floor:
        return set()
    if not may_close(text[core - 1], trie):
        return set()
    return {start for start, _ in forms_before(text, core, floor, trie)}


def may_end_a_name(text: str, position: int, floor: int) -> bool:
    """Whether the character before ``position`` can be the last one of a name's head."""
    if position <= floor:
        return False
    char = text[position - 1]
    children = division_trie.get().children
    registry = _registry_trie.get().children
    if char in children or char in registry or char in _ANCHOR_PRECEDERS or char.isspace():
        return True
    folded = fold_char(char)
    return folded != char and (
        folded in children or folded in registry or folded in _ANCHOR_PRECEDERS
    )


def at_word_start(text: str, start: int, end: int, floor: int) -> bool:
    """Whether a name starts a word, rather than ending a person's name or a word.

    After 证人, 被告人 and the like and a surname, it is part of the name (证人李湖南).
    A short form (湖南 for 湖南省) right after another ideograph is taken as the end of
    that word, not a name of its own; a full name (浙江省丽水市) is a word wherever it
    stands, except one that begins with a separator right after an ideograph (市和县:
    the city and the county, not 和县) other than a joining word (与和政县 is 和政县), or
    one of one character and its type that closes an everyday word (完成县). So is the short
    form of an autonomous county, banner or prefecture that keeps its type (清原县院).
    When unsure, no mention: precision first.
    """
    if PERSON_BEFORE.search(text[max(floor, start - PERSON_REACH) : start]) is not None:
        return False
    if not joins_no_name(text, start):
        return False
    before = prev_char(text, start, floor)
    if before < 0 or not "\u4e00" <= text[before] <= "\u9fff":
        return True
    joining = fold_character(text[before])  # 與 as 与
    if joining in COORDINATORS or joining in BEFORE_RELATIVE:
        return True
    words = text[start:end]
    if closes_a_word(text, start, floor) or (
        fold_character(words[:1]) == _VERB_FIRST[0] and normalize(words).startswith(_VERB_FIRST)
    ):
        return False
    # Most names are written as the table has them: folded only where they are not.
    return _stands_alone(words) or ((folded := normalize(words)) != words and _stands_alone(folded))


# A name that starts with a verb whose object is an organ, right after another ideograph,
# is that verb: 检察院会同县公安局 is 会同 (together with) the county's police, not 会同县's.
_VERB_FIRST = "会同"


def _stands_alone(words: str) -> bool:
    """Whether ``words`` start with a current name, or the short form of an autonomous
    county, banner or prefecture that keeps its type (清原县 of 清原满族自治县, 恩施州): a
    name however it stands. A short form of two characters (克旗 of 克什克腾旗) may as well
    end another name (鄂温克旗), and does not."""
    return any(
        form.rank == CURRENT
        or (form.rank == SHORT and length > 2 and words[length - 1] in "县旗州")
        for length, form in index().forms_at(words, 0)
    )


def word_starts(text: str, end: int, floor: int) -> set[int]:
    """Starts of the place names ending at ``end`` that start a word (not 黑河 of 小黑河)."""
    return {s for s in chain_starts(text, end, floor) if at_word_start(text, s, end, floor)}
