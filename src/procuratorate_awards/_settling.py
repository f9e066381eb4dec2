"""What a whole document settles: relative references (本院, 该院, 市院, 县检察院) and the
province or city a passage is about, used to read names that alone fit several places.
"""

from __future__ import annotations

import re

from attrs import evolve, frozen

from . import _records
from ._divisions import (
    normalize,
)
from ._enums import Kind, Level
from ._errors import AmbiguousNameError
from ._letters import (
    BEFORE_RELATIVE,
    TRADITIONAL,
    at_word_start,
    branch_end,
    chain_starts,
)
from ._mentions import Mention, Mentions
from ._models import Procuratorate, Span
from ._places import (
    REACH,
    adjacent_place,
    anonymised,
    by_stem,
    counted_places,
    everyones_own,
    of_a_trial,
    own_procuratorate,
    place_for,
)
from ._reading import Outcome, found, in_words, new_mention

# --- the document: relative references and what the text settles -------------------------


# A relative reference names the procuratorate of a level without its place: 省院, 市检察院,
# 县人民检察院, 该院. 自治区 is a province's level; 州 a prefecture's; 旗 a county's.
# The first character is taken by its class, so that the engine skips, in C, every position
# no reference can start at, and the second is looked ahead at; each alternative then looks
# back at the first, and an empty group names it (the branch's is its ordinal; a bare
# 三分院 or 第三分院 is a branch of the provincial procuratorate the text is about).
def _relative_pattern(this: str) -> re.Pattern[str]:
    numerals = "一二三四五六七八九十"
    numeral = f"[{numerals}]"
    return re.compile(
        rf"[省市州区县旗自第经高开新园林垦分验{this}](?=[人检院治开新发区{numerals}])"
        rf"(?:(?<=[省市])(?:人民)?检(?:察院?)?(?P<ordinal>第?{numeral})分院"
        rf"|(?<=第)(?P<district>){numeral}市区(?:人民)?检察院"
        r"|(?P<zone>)(?:(?<=经)开区|(?<=高)新区|(?<=开)发区|(?<=实验)区|(?<=[新园林垦])区)"
        r"(?:人民)?检察院"
        r"|(?P<level>)(?:(?<=自)治区|(?<=[省市州区县旗]))(?:人民)?(?:检察院|检院|院)"
        rf"|(?<=[{this}])(?P<this>)院"
        rf"|(?<={numeral}分)(?P<bare>)院)"
    )


_RELATIVE = _relative_pattern("本该我")
_NOT_OWN = _relative_pattern("该我")
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
    "实验区": ("实验区",),
}
# Characters that make a relative reference generic or part of a longer word instead
# (各市院, 全省检察院, 两级院, 省市县检察院, 基层院, 直辖市人民检察院).
_GENERIC_BEFORE_RELATIVE = frozenset("各全每两三四五多诸数几某本此同上下级省市县区州乡镇村地层辖城")
# Words after 院 that make it another noun (院子, 院落, 院墙, 院校).
_NOT_A_PROCURATORATE_AFTER = frozenset("子落墙校士长")
_OWN_WORDS = ("本院", "我院")
_RELATIVE_LEVELS = {"自治区": 0, "省": 0, "市": 1, "州": 1, "区": 2, "县": 2, "旗": 2}
_HIDDEN = "unknown: an anonymised name, whose letters stand for places the text does not give"


@frozen
class _Pending:
    """A relative reference found in the text, to be settled once the scan is done."""

    start: int
    end: int
    level: int | None  # 0 province, 1 prefecture, 2 county; None for 本院, 该院, 我院, zones
    word: str
    # What follows the place's own procuratorate: 第二分院 (市检察二分院), 第一市区人民检察院.
    designation: str = ""


def relatives(
    text: str, mentions: list[Mention], context: Procuratorate | None
) -> list[Mention | _Pending]:
    """The mentions with the relative references and the ``X市院`` forms between them."""
    # The spans the scan took, and one past the end of the text, so that one always follows.
    taken = [m.span for m in mentions]
    taken.append(Span(len(text), len(text)))
    found: list[Mention | _Pending] = list(mentions)
    # Mentions a branch after them joins (北京市院 of 北京市院一分院), by identity.
    merged: dict[int, Mention] = {}
    behind = _Behind(text, mentions)
    position = 0
    following = taken[0]
    # Traditional characters fold one for one, so offsets in the folded text are the text's.
    folded = text
    if TRADITIONAL.get().search(text) is not None:
        folded = text.translate(_records.simplified_table.get())
    # 本院 is the document's own, but in a judgment the court's: without a context, the
    # text is looked at once, and a court's is not scanned for 本院 at all (judgments
    # write 本人 and 本院 often, and each costs a look).
    pattern = _RELATIVE if context is not None or not of_a_trial(folded) else _NOT_OWN
    for match in pattern.finditer(folded):
        start, end = match.span()
        if match.lastgroup == "bare":  # matched from its 分: 三分院, 第三分院
            start -= 2 if folded[start - 2 : start - 1] == "第" else 1
        elif folded[start] == "验":  # matched from its 验: 实验区检察院
            start -= 1
        while following.end <= start:
            position += 1
            following = taken[position]
        if following.start < end:
            continue  # inside a mention the scan found
        if end < len(text) and text[end] in _NOT_A_PROCURATORATE_AFTER:
            continue
        kind = match.lastgroup
        if kind == "bare":
            ordinal = "第" + folded[end - 3] + "分院"
            # The name right before: one the scan found, or a 市院 read here (北京市院一分院).
            tail, last = (found[-1] if found else None), None
            if isinstance(tail, Mention) and tail.span.end == start:
                last = tail
            elif position:
                last = mentions[position - 1]
            parent = None if last is None else _with_branch(text, last, start, end, ordinal)
            if parent is not None:
                merged[id(last)] = parent
            elif _starts_a_word(text, start):
                found.append(_Pending(start, end, None, "分院", ordinal))
            continue
        if kind in ("ordinal", "district"):
            before = text[start - 1] if start else ""
            if before in _GENERIC_BEFORE_RELATIVE or (before.isascii() and before.isalnum()):
                continue
            if kind == "ordinal":  # 市检察二分院: a branch of the place's own procuratorate
                word, ordinal = folded[start], match.group("ordinal")
                designation = ("" if ordinal.startswith("第") else "第") + ordinal + "分院"
                pending = _Pending(start, end, _RELATIVE_LEVELS[word], word, designation)
            else:  # 第一市区检察院
                pending = _Pending(start, end, 1, "市", folded[start : start + 4] + "人民检察院")
            found.append(pending)
            continue
        if kind == "zone":
            before = text[start - 1] if start else ""
            if not before or not "\u4e00" <= before <= "\u9fff" or before in BEFORE_RELATIVE:
                found.append(_Pending(start, end, None, folded[start:end]))
            continue
        level_word = None
        if kind == "level":
            level_word = "自治区" if folded[start] == "自" else folded[start]
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
        if before.isascii() and before.isalnum():  # S市L区人民检察院, 广西H县检察院
            hidden = anonymised(text, start, taken[position - 1].end if position else 0)
            if hidden is not None:
                found.append(Mention(Span(hidden, end), text[hidden:end], None, _HIDDEN, (), ()))
            continue
        if before in _GENERIC_BEFORE_RELATIVE or before.isdigit():
            continue
        # 区, 县 and 旗 close many names that are no division (经开区, 林区), and 州 those
        # of cities (嵊州院): after any other ideograph they are taken as the end of a name.
        if (
            level_word in ("区", "县", "旗", "州")
            and "\u4e00" <= before <= "\u9fff"
            and before not in BEFORE_RELATIVE
        ):
            continue
        if level_word is not None:
            level = _RELATIVE_LEVELS[level_word]
            # 省检察院成都铁路运输分院; 市检察院北京铁路运输分院 in a municipality.
            branch = branch_end(text, end, len(text)) if level < 2 else None
            if branch is not None and "检察院" in match.group():
                found.append(_Pending(start, branch[0], level, match.group()))
                continue
            found.append(_Pending(start, end, level, match.group()))
        elif folded[start] == "本" and context is None:
            if behind.last_mention(start) is not None and not everyones_own(folded, start, end):
                found.append(_Pending(start, end, None, match.group()))
        elif (court := behind.last_court(start)) < 0 or folded[start] == "该":
            # 本院 in a court's text is the court; 该院 is whatever procuratorate or court
            # was named last, so it counts only after a procuratorate. Without a context,
            # 我院 counts only in a text that has named a procuratorate and no court.
            last = behind.last_mention(start)
            if folded[start] == "该":
                taken_here = last is not None and court < last.span.start
            else:
                taken_here = context is not None or last is not None
            if taken_here:
                found.append(_Pending(start, end, None, match.group()))
    if merged:
        found = [merged.get(id(m), m) for m in found]
    found.sort(key=lambda m: m.start if isinstance(m, _Pending) else m.span.start)
    return found


def _with_branch(text: str, parent: Mention, start: int, end: int, ordinal: str) -> Mention | None:
    """北京市院一分院: the provincial procuratorate named right before, with its branch."""
    unit = parent.procuratorate
    if parent.span.end != start or unit is None or unit.level is not Level.PROVINCIAL:
        return None
    outcome = in_words(text, parent.span.start, end, unit.full_name + ordinal)
    return None if outcome[0] is None else new_mention(text, parent.span.start, end, outcome)


def _starts_a_word(text: str, start: int) -> bool:
    """Whether 三分院 at ``start`` is a word of its own, not the close of 医院三分院."""
    before = text[start - 1] if start else ""
    return not before.isalnum() or before in BEFORE_RELATIVE


def _counted_list(text: str, end: int, count: str, suffix: str) -> list[_Pending]:
    """The places a count closes (闵行、宝山、徐汇三个区), each read under the city before."""
    found = counted_places(text, end, count, suffix)
    return [_Pending(s, e, 1, "市", name + "人民检察院") for s, e, name in found]


def _named_short_form(text: str, start: int, end: int) -> Mention | None:
    """杭州市院, 宝鸡市凤翔区院: a division's name, then 院 for its procuratorate."""
    place_end = start + 1
    starts = sorted(
        s for s in chain_starts(text, place_end, 0) if at_word_start(text, s, place_end, 0)
    )
    ambiguous = None
    for first in starts:
        outcome = in_words(text, first, end, text[first:place_end] + "人民检察院")
        if outcome[0] is not None:
            return new_mention(text, first, end, outcome)
        if ambiguous is None and isinstance(outcome[1], AmbiguousNameError):
            ambiguous = new_mention(text, first, end, outcome)
    # 城关区院: a name that fits several places, which the document may settle.
    return ambiguous


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


def settle(text: str, found: list[Mention | _Pending], context: Procuratorate | None) -> Mentions:
    """Resolve the relative references, and the ambiguous names the document settles."""
    settled: list[Mention] = []
    # A text refers to few procuratorates many times (该院): each reading is made once.
    readings: dict[tuple[int, str], Outcome] = {}
    # The place the whole text is about, by level: read once, however many references ask.
    whole: dict[tuple[int, str], str | None] = {}
    own = context
    for item in found:
        if isinstance(item, _Pending):
            if item.word in _OWN_WORDS and own is None and context is None:
                own = own_procuratorate(
                    text, settled, [m.span.start for m in found if isinstance(m, Mention)]
                )
            read = _relative(
                text, item, settled, own if item.word in _OWN_WORDS else context, readings, whole
            )
            if read is not None:
                settled.append(read)
        else:
            settled.append(item)
    # Most texts name few procuratorates many times: each is looked at once.
    units = {id(m.procuratorate): m.procuratorate for m in settled if m.procuratorate is not None}
    provinces = {
        unit.province.name
        for unit in units.values()
        if unit.province is not None and not by_stem(unit)
    }
    if context is not None and context.province is not None:
        provinces.add(context.province.name)
    # A name resolved in a province the document names stands as read, and most do.
    return Mentions(
        [
            m
            if m.procuratorate is not None
            and m.procuratorate.province is not None
            and m.procuratorate.province.name in provinces
            else _by_document(text, m, provinces)
            for m in settled
        ]
    )


def _relative(
    text: str,
    item: _Pending,
    before: list[Mention],
    context: Procuratorate | None,
    readings: dict[tuple[int, str], Outcome],
    whole: dict[tuple[int, str], str | None],
) -> Mention | None:
    if item.level is None and item.designation:
        return _branch_of_document(text, item, before, context, whole)
    if item.level is None:
        if item.word == "该院":
            # The procuratorate named last within reach; the Supreme People's
            # Procuratorate is named as an authority (最高检表彰…该院), not called 该院.
            target = None
            for mention in reversed(before):
                if mention.span.end < item.start - REACH:
                    break
                unit = mention.procuratorate
                if unit is not None and unit.level is not Level.SUPREME:
                    target = unit
                    break
        elif (zone := next((w for w in _ZONE_WORDS if item.word.startswith(w)), None)) is not None:
            target = next(
                (
                    m.procuratorate
                    for m in reversed(before)
                    if m.procuratorate is not None
                    and any(word in m.procuratorate.full_name for word in _ZONE_WORDS[zone])
                ),
                None,
            )
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
            return _unresolved(
                text,
                item,
                f"relative: {item.word} names the procuratorate "
                "the document is about, which the text does not name",
            )
        key = (id(target), item.word)
        outcome = readings.get(key)
        if outcome is None:
            outcome = readings[key] = found(evolve(target, name=item.word))
        return new_mention(text, item.start, item.end, outcome)
    suffix = item.word[0] if item.level else ""
    if item.level == 1 and item.designation.endswith("分院"):
        # Only a municipality's procuratorate has branches: 市检察二分院 in Shanghai.
        suffix = ""
    start, place = item.start, None
    if item.designation.endswith("分院"):
        # 北京市检察一分院: the place right before is part of the name.
        adjacent = adjacent_place(text, item.start, item.level, suffix)
        if adjacent is not None and (not before or before[-1].span.end <= adjacent[0]):
            start, place = adjacent
    if place is None:
        place = place_for(text, item.start, item.level, suffix, before, context, whole)
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
    return new_mention(text, start, item.end, in_words(text, start, item.end, place))


def _branch_of_document(
    text: str,
    item: _Pending,
    before: list[Mention],
    context: Procuratorate | None,
    whole: dict[tuple[int, str], str | None],
) -> Mention | None:
    """三分院: the branch of the provincial procuratorate the text names nearest before it
    (or that branch itself, named before), else of the one province the text is about.

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
        if unit.kind is Kind.BRANCH and unit.full_name.endswith(item.designation):
            name = unit.full_name
        elif unit.level is Level.PROVINCIAL:
            name = unit.full_name + item.designation
        else:
            continue
        break
    if name is None:
        place = place_for(text, item.start, 0, "", before, context, whole)
        name = None if place is None else place + item.designation
    if name is None:
        return None
    outcome = in_words(text, item.start, item.end, name)
    return None if outcome[0] is None else new_mention(text, item.start, item.end, outcome)


def _unresolved(text: str, item: _Pending, reason: str) -> Mention:
    return Mention(Span(item.start, item.end), text[item.start : item.end], None, reason, (), ())


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
        and by_stem(unit)
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
    outcome = in_words(text, mention.span.start, mention.span.end, inside[0] + "人民检察院")
    if outcome[0] is None:
        return mention
    return new_mention(text, mention.span.start, mention.span.end, outcome)
