"""What a whole document settles of its relative references (本院, 该院, 市院, 县检察院):
the procuratorate each names, from what the text names before it or the place it is about.
The names that alone fit several places are read in ``_ambiguous``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from attrs import evolve

from ._alone import what_alone_names
from ._divisions import fold_character, index, normalize
from ._enums import Kind, Level
from ._letters import BEFORE_RELATIVE, REACH, at_word_start, forms_before
from ._mentions import Mention, Mentions
from ._models import Procuratorate
from ._own import last_named, own_procuratorate
from ._passes import OPEN_REASON
from ._places import (
    Looked,
    adjacent_place,
    by_stem,
    first_named,
    no_place,
    place_for,
)
from ._reading import Outcome, found, in_words, new_mention, unresolved_mention
from ._registry import registry_index
from ._relatives import Pending
from ._visitors import VISITORS, visitors_places
from ._words import COORDINATORS, MAX_PLACE, ORDINAL

__all__ = ["settle"]

# A zone's or an area's procuratorate by its type alone (经开区检察院): the one named last
# whose name has one of these words.
_ZONE_WORDS = {
    "经开区": ("经济技术开发区", "经开区"),
    "高新区": ("高新技术产业开发区", "新技术开发区", "高新区"),
    **{word: (word,) for word in ("开发区", "新区", "园区", "林区", "垦区", "实验区")},
}
_OWN_WORDS = ("本院", "我院")
# 该院, and 该检察院 less its 该: the procuratorate named last.
_THAT = ("该院", "检察院", "人民检察院")


def settle(text: str, found: list[Mention | Pending], context: Procuratorate | None) -> Mentions:
    """Resolve the relative references, and the ambiguous names the document settles."""
    settled: list[Mention] = []
    # A text refers to few procuratorates many times (该院): each reading is made once.
    readings: dict[tuple[int, str], Outcome] = {}
    # What the references have looked up: each place read once, however many ask.
    looked = Looked(lambda: _named_provinces(found, context))
    # Whose 本院 and 我院 are: the context's, else read once, at the first of them (a text
    # whose first leaves it open leaves every one open).
    own, own_read = context, context is not None
    first: Procuratorate | None = None
    # Where the mentions a later 该院 may name begin: after the last reference left open.
    opened = 0
    lone: list[Pending] = []
    # For each reference's word, the procuratorates it was coordinated with as another
    # party where the text had not named its own (县检察院与兴隆县检察院): the word names
    # none of them in the whole text.
    others: dict[str, set[str]] = {}
    # 检察院 alone where the text's own is open, kept until the whole text is read, and the
    # readings of its references of a level (县检察院), by level.
    unsettled: list[Pending] = []
    levels: dict[int, dict[str | None, Procuratorate | None]] = {}
    for at, item in enumerate(found):
        if isinstance(item, Pending):
            if item.word == "分院" and not item.designation:
                # A branch the registry holds (昆明铁路运输分院) is read here, so that a
                # later 该院 may name it; 分院 alone is the text's one branch, which may
                # be named after it.
                plain = _plain_branch(text, item, settled)
                if plain is not None:
                    settled.append(plain)
                    first = first_named(first, plain)
                elif item.alone:
                    lone.append(item)
                continue
            if (item.word in _OWN_WORDS or item.whole) and not own_read:
                own_read = True
                # Named before the text's first 我院, 本院 or 检察院 alone, reported or not (a
                # headline's 我院组织开展… names its own before any name; a publisher's line
                # may follow).
                found_at = (text.find(word) for word in _OWN_WORDS)
                first_own = min([item.start, *(at for at in found_at if at >= 0)])
                before = [m for m in settled if m.span.end <= first_own]
                own = own_procuratorate(text, before, [m for m in found if isinstance(m, Mention)])
            if item.whole:
                # 检察院 alone is the text's own, as 我院 is; where the text leaves that
                # open, it is no mention: texts write it of procuratorates in general as
                # often (都说检察院是法律监督机关).
                if own is not None:
                    settled.append(_read_as(text, item, own, readings))
                elif (reason := what_alone_names(text, item.start, item.end)) is not None:
                    settled.append(unresolved_mention(text, item.start, item.end, reason))
                else:
                    unsettled.append(item)
                continue
            read = _relative(
                text,
                item,
                settled,
                own if item.word in _OWN_WORDS else context,
                readings,
                looked,
                first,
                opened,
            )
            if item.level is not None:
                read = _not_another_party(
                    text, item, read, found, at, settled, others, looked.stems.values()
                )
            if read is not None:
                settled.append(read)
                if item.level is not None:
                    unit = read.procuratorate
                    key = None if unit is None else unit.full_name
                    levels.setdefault(item.level, {})[key] = unit
                if first is None:
                    first = first_named(first, read)
                if read.procuratorate is None and (item.level is not None or _zone(item)):
                    opened = len(settled)
        else:
            settled.append(item)
            if first is None:
                first = first_named(first, item)
    if unsettled:
        settled = _local_alone(text, found, settled, unsettled, levels, readings)
    if lone:
        settled = _lone_branches(text, settled, lone)
    return Mentions(_with_branches(text, settled))


def _local_alone(
    text: str,
    found: list[Mention | Pending],
    settled: list[Mention],
    unsettled: list[Pending],
    levels: dict[int, dict[str | None, Procuratorate | None]],
    readings: dict[tuple[int, str], Outcome],
) -> list[Mention]:
    """``settled`` with each 检察院 alone of ``unsettled`` read as the text's references of a
    level read, where the text names no procuratorate by name (the Supreme People's
    Procuratorate aside) and refers to one only by one level's word, read alike throughout
    (区法院、检察院…区检察院; 县检察院…检察院): the procuratorate of the place it speaks of,
    resolved where those references are.
    """
    named = any(
        isinstance(m, Mention)
        and not (m.reason or "").startswith("relative:")
        and (m.procuratorate is None or m.procuratorate.level is not Level.SUPREME)
        for m in found
    )
    if named or len(levels) != 1:
        return settled
    (read,) = levels.values()
    if len(read) != 1:
        return settled
    (unit,) = read.values()
    for item in unsettled:
        if unit is None:
            reason = OPEN_REASON.format(text[item.start : item.end])
            settled.append(unresolved_mention(text, item.start, item.end, reason))
        else:
            settled.append(_read_as(text, item, unit, readings))
    return sorted(settled, key=lambda m: m.span.start)


def _not_another_party(
    text: str,
    item: Pending,
    read: Mention | None,
    found: list[Mention | Pending],
    at: int,
    settled: list[Mention],
    others: dict[str, set[str]],
    stem_read: Iterable[str | None],
) -> Mention | None:
    """``read``, unless it names a procuratorate that its word was coordinated with as
    another party, where it named that one or none (县检察院与承德市兴隆县检察院…在兴隆县
    检察院举行。县检察院…: the county's own, which only the page around the text names, not
    兴隆县's); then unresolved. A county read from its name without its type alone
    (``stem_read``: 遷西縣…) counts as none, as weakly as it is read."""
    partners = set()
    nearby = []
    if at + 1 < len(found) and isinstance(after := found[at + 1], Mention):
        nearby.append((item.end, after.span.start, after))
    if settled:
        nearby.append((settled[-1].span.end, item.start, settled[-1]))
    for end, start, mention in nearby:
        if mention.procuratorate is not None and _coordinated(text[end:start]):
            partners.add(mention.procuratorate.full_name)
    unit = None if read is None else read.procuratorate
    if unit is None or unit.full_name in partners or unit.full_name in stem_read:
        others.setdefault(item.word, set()).update(partners)
    if unit is None or unit.full_name not in others.get(item.word, ()):
        return read
    return _unresolved(
        text,
        item,
        f"relative: {item.word} names a procuratorate the text sets beside "
        f"{unit.full_name} as another",
    )


def _coordinated(between: str) -> bool:
    """Whether ``between`` joins two names as parties: a coordinator alone (与, 與, 和 …)."""
    return len(between) == 1 and fold_character(between) in COORDINATORS


def _named_provinces(
    found: Sequence[Mention | Pending], context: Procuratorate | None
) -> frozenset[str]:
    """The provinces of the procuratorates ``found`` names by full name, and the context's."""
    units = [m.procuratorate for m in found if isinstance(m, Mention)] + [context]
    return frozenset(
        unit.province.name
        for unit in units
        if unit is not None and unit.province is not None and not by_stem(unit)
    )


def _plain_branch(text: str, item: Pending, before: list[Mention]) -> Mention | None:
    """分院 with no 检察 before it that ends a branch's name the registry holds (阿克苏分院,
    阿拉善盟分院, 昆明铁路运输分院), where that name starts a word after ``before``."""
    ended = before[-1].span.end if before else 0
    if ended > item.start:
        return None  # 分院 inside a name read before it (省检察院辽河分院) is part of it
    start = registry_index().plain_branch(text, item.end, ended)
    if start is None or not at_word_start(text, start, item.end, ended):
        return None
    outcome = in_words(text, start, item.end, normalize(text[start : item.end]))
    return new_mention(text, start, item.end, outcome)


def _lone_branches(text: str, settled: list[Mention], lone: list[Pending]) -> list[Mention]:
    """分院 alone (我们分院, 分院将…): the one branch the text names, wherever it names it.

    Right after that branch's own designation, the mention takes it in (矿区分院 of
    甘肃省人民检察院矿区分院); after any other place name (国家检察官学院青海分院) it is no
    mention. A text that names no branch, or several, leaves 分院 alone unread.
    """
    spans = sorted((m.span.start, m.span.end) for m in settled)
    starts = [start for start, _ in spans]
    read: list[Mention] = []
    alone: list[tuple[Pending, int]] = []
    for item in lone:
        # Where the last name that starts before it ends (names do not overlap): 分院
        # inside a name read later than the scan (省检察院辽河分院) is part of it.
        at = bisect_right(starts, item.start) - 1
        ended = spans[at][1] if at >= 0 else 0
        if ended <= item.start:
            alone.append((item, ended))
    # The branches the text names.
    branches = {
        m.procuratorate.full_name
        for m in settled
        if m.procuratorate is not None and m.procuratorate.full_name.endswith("分院")
    }
    if len(branches) == 1 and alone:
        (name,) = branches
        designation = name.rpartition("检察院")[2].removesuffix("分院")
        if ORDINAL.fullmatch(designation):
            designation = ""  # 第二分院 is read as an ordinal, by rule 4
        for item, ended in alone:
            start = item.start - len(designation)
            if (
                not designation
                or start < ended
                or normalize(text[start : item.start]) != designation
            ):
                start = item.start
                if forms_before(text, start, max(ended, start - MAX_PLACE)):
                    continue
            outcome = in_words(text, start, item.end, name)
            read.append(new_mention(text, start, item.end, outcome))
    return sorted([*settled, *read], key=lambda m: m.span.start) if read else settled


def _read_as(
    text: str, item: Pending, target: Procuratorate, readings: dict[tuple[int, str], Outcome]
) -> Mention:
    """The reference ``item`` read as ``target``, each reading made once per document."""
    key = (id(target), item.word)
    outcome = readings.get(key)
    if outcome is None:
        outcome = readings[key] = found(evolve(target, name=item.word))
    return new_mention(text, item.start, item.end, outcome)


def _with_branches(text: str, settled: list[Mention]) -> list[Mention]:
    """``settled`` with each procuratorate joined to the branch named right after it where
    the two read as one name of that branch, as :func:`resolve_procuratorate` reads them:
    the first by its full name where the text settles it (自治区人民检察院呼和浩特铁路运输检察
    分院, 山西省人民检察院太原铁路运输分院, which the registry names alone), else as written
    (省检察院辽河检察分院)."""
    joined: list[Mention] = []
    end = -1  # where the last mention ends: most mentions have text between them
    for mention in settled:
        unit = mention.procuratorate
        if mention.span.start == end and unit is not None and unit.full_name.endswith("分院"):
            parent, start, end = joined[-1].procuratorate, joined[-1].span.start, mention.span.end
            head = text[start : mention.span.start] if parent is None else parent.full_name
            name = normalize(head + text[mention.span.start : end])
            outcome = in_words(text, start, end, name)
            if outcome[0] == unit:
                joined.pop()
                mention = new_mention(text, start, end, outcome)
        joined.append(mention)
        end = mention.span.end
    return joined


def _zone(item: Pending) -> str | None:
    """The type of zone a reference names by (经开区 of 经开区院), if it names one so."""
    return next((word for word in _ZONE_WORDS if item.word.startswith(word)), None)


def _relative(
    text: str,
    item: Pending,
    before: list[Mention],
    context: Procuratorate | None,
    readings: dict[tuple[int, str], Outcome],
    looked: Looked,
    first: Procuratorate | None,
    opened: int,
) -> Mention | None:
    if item.level is None and item.designation:
        return _branch_of_document(text, item, before, context, looked, first)
    if item.level is None:
        if item.word in _THAT:
            target = last_named(text, before, item.start, opened)
        elif (zone := _zone(item)) is not None:
            # The mentions read since the last reference of this type, and the last of
            # them that fits: each mention is looked at once, however many references.
            seen, target = looked.zones.get(zone, (0, None))
            for m in before[seen:]:
                unit = m.procuratorate
                if unit is not None and any(word in unit.full_name for word in _ZONE_WORDS[zone]):
                    target = unit
            looked.zones[zone] = (len(before), target)
        else:
            target = context
        if target is None and item.word in _OWN_WORDS:
            # Whose 我院 it is, only the page around the text says: the procuratorates
            # named before may be its own or its visitors.
            return _unresolved(
                text,
                item,
                f"relative: {item.word} names the document's own procuratorate, "
                "which only context= names",
            )
        if target is None:
            return _unresolved(text, item, OPEN_REASON.format(item.word))
        return _read_as(text, item, target, readings)
    if item.level:
        suffix = item.word[0]
    elif item.designation:  # a place a list names, read under its province
        suffix = ""
    else:  # 省检察院, 自治区检察院 (:func:`provincial_level` says which provinces they fit)
        suffix = "自治区" if item.word.startswith("自治区") else item.word[0]
    if item.level == 1 and item.designation.endswith("分院"):
        # Only a municipality's procuratorate has branches: 市检察二分院 in Shanghai.
        suffix = ""
    start, place = item.start, None
    # 北京市检察一分院: the place right before is part of the name; so is a province's own
    # name before 省 (新疆省人民检察署, 广西省检察院), where 省 is no type the scan reads.
    bare = item.level == 0 and item.word.startswith("省") and not item.designation
    if item.designation.endswith("分院") or bare:
        adjacent = adjacent_place(text, item.start, item.level, suffix)
        if (
            adjacent is not None
            and (not before or before[-1].span.end <= adjacent[0])
            and (
                not bare or _province_named(normalize(text[adjacent[0] : item.start]), adjacent[1])
            )
        ):
            start, place = adjacent
    if place is None and item.level == 1 and not item.designation:
        word = _word_after_a_place(text, item.start)
        if word is not None:
            return _unresolved(text, item, _IN_A_NAME.format(word + item.word))
    if place is None:
        place = place_for(text, item.start, item.level, suffix, before, context, looked, first)
        if place in visitors_places(text, item, suffix, before, looked):
            return _unresolved(text, item, VISITORS.format(item.word, item.word[0]))
    if place is None and item.end > item.start + len(item.word):
        # 省检察院辽河分院 in a text that names no province: the registry may hold the branch
        # under that word alone, as it resolves.
        outcome = in_words(text, item.start, item.end, normalize(text[item.start : item.end]))
        if outcome[0] is not None:
            return new_mention(text, item.start, item.end, outcome)
    if place is None:
        return _unresolved(text, item, no_place(item.word))
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
    return new_mention(text, start, item.end, in_words(text, start, item.end, place))


def _province_named(name: str, procuratorate: str) -> bool:
    """Whether ``name`` is the bare name of the province whose procuratorate is named."""
    return any(
        p.bare_name == name and procuratorate == p.name + "人民检察院" for p in index().provinces
    )


def _branch_of_document(
    text: str,
    item: Pending,
    before: list[Mention],
    context: Procuratorate | None,
    looked: Looked,
    first: Procuratorate | None,
) -> Mention | None:
    """三分院: the branch of the provincial procuratorate the text names nearest before it
    (or that branch itself, or a numbered sibling: 一分院、五分院), else of the one
    province the text is about.

    Nothing is reported where that gives no branch the registry holds: a bare ordinal
    may as well close the name of a hospital or an institute.
    """
    name = None
    for mention in reversed(before):
        unit = mention.procuratorate
        if mention.span.end < item.start - REACH:
            break
        if unit is None:
            continue
        parent, word, designation = unit.full_name.rpartition("检察院")
        if unit.kind is Kind.BRANCH and designation == item.designation:
            name = unit.full_name
        elif unit.kind is Kind.BRANCH and ORDINAL.fullmatch(designation.removesuffix("分院")):
            name = parent + word + item.designation
        elif unit.level is Level.PROVINCIAL:
            name = unit.full_name + item.designation
        else:
            continue
        break
    if name is None:
        place = place_for(text, item.start, 0, "", before, context, looked, first)
        name = None if place is None else place + item.designation
    if name is None:
        return None
    outcome = in_words(text, item.start, item.end, name)
    return None if outcome[0] is None else new_mention(text, item.start, item.end, outcome)


# A city's procuratorate the text names by a word that is no place the tables hold.
_IN_A_NAME = (
    "unknown: {} ends a name that is no division, after a place it may lie in, "
    "not the city named before"
)


# Characters that end an organ's name (杭州市委市检察院: the city's committee, then its
# procuratorate), or that may stand before a reference.
_NOT_IN_A_PLACE = BEFORE_RELATIVE | frozenset("委府会局院厅部处室所")


def _word_after_a_place(text: str, start: int) -> str | None:
    """The word of one to three ideographs between a place named right before ``start`` and
    the 市 there (锡林郭勒盟二连市检察院: 二连, a county-level city's name cut short): the
    市 ends that word's name, not a reference to the place before it."""
    for at in range(start - 1, max(0, start - 4), -1):
        if not "\u4e00" <= text[at] <= "\u9fff" or text[at] in _NOT_IN_A_PLACE:
            return None
        if forms_before(text, at, max(0, at - MAX_PLACE)):
            return text[at:start]
    return None


def _unresolved(text: str, item: Pending, reason: str) -> Mention:
    return unresolved_mention(text, item.start, item.end, reason)
