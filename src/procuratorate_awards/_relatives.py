"""Relative references in a text (本院, 该院, 市院, 县检察院, 三分院), found in one scan and
left pending until the whole document is read: where each is, and the level it names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

from ._alone import ORGAN_VERBS, organs_alone
from ._divisions import index
from ._enums import Level
from ._errors import AmbiguousNameError
from ._grammar import NUMBERED_BRANCH
from ._hidden import anonymised, with_hidden_places
from ._letters import BEFORE_RELATIVE, GENERIC_BEFORE, branch_end, word_starts
from ._lists import (
    coordinated_before,
    counted_places,
    level_word_alone,
    list_closed,
    list_types,
    lists_without_level,
    provinces_closed,
    provinces_listed,
)
from ._mentions import Mention
from ._models import Procuratorate, Span
from ._own import (
    a_courts,
    everyones_own,
    first_court,
    named_before_court,
    of_a_trial,
    ours_here,
    own_is_a_procuratorate,
    procuratorial_text,
)
from ._passes import (
    NOT_A_PROCURATORATE_AFTER,
    coordinated_areas,
    deputed_own,
    headed_lists,
    scanned_by,
    short_forms,
    superiors,
)
from ._places import Behind, between
from ._railway_lists import railway_listed
from ._reading import in_words, new_mention, unresolved_mention
from ._words import NUMERALS

__all__ = ["Pending", "relatives"]

# --- the document: relative references and what the text settles -------------------------


# A relative reference names the procuratorate of a level without its place: 省院, 市检察院,
# 县人民检察院, 该院, 该检察院. 自治区 is a province's level; 州 a prefecture's; 旗 a county's.
# The first character is taken by its class, so that the engine skips, in C, every position
# no reference can start at, and the second is looked ahead at; each alternative then looks
# back at the first, and an empty group names it (the branch's is its ordinal; a bare 三分院
# is a branch of the provincial procuratorate the text is about, 分院 alone the text's one).
def _relative_pattern(this: str) -> re.Pattern[str]:
    numerals = NUMERALS
    numeral = f"[{numerals}]"
    return re.compile(
        rf"[省市州区县旗自第经高开新园林垦分验{this}](?=[人检院治开新发区级们{numerals}])"
        rf"(?:{NUMBERED_BRANCH}"
        rf"|(?<=第)(?P<district>){numeral}市区(?:人民)?检察院"
        r"|(?P<zone>)(?:(?:(?<=经)开区|(?<=高)新区|(?<=开)发区)(?:(?:人民)?检察院|院)"
        r"|(?:(?<=实验)区|(?<=[新园林垦])区)(?:人民)?检察院)"
        r"|(?:(?<=自)治区|(?<=[省市州区县旗]))(?P<listed>级)?"
        r"(?:人民)?(?:检察院|检院|院)(?P<level>)"
        rf"|(?<=[{this}])(?P<this>)院|(?<=我)(?P<ours>)们院"
        r"|(?<=该)(?P<that>)(?:人民)?检察院"
        rf"|(?<={numeral}分)(?P<bare>)(?:院|检(?![察查测验]))"
        r"|(?<=分)(?P<lone>)院)"
    )


_RELATIVE = _relative_pattern("本该我")
_NOT_OWN = _relative_pattern("该我")
# Characters that make 分院 alone generic, as they make a relative reference (各分院, 两个分院,
# but 本分院 is the text's own), or the end of a name the text does not read: a railway's
# (呼铁检察分院, 呼铁分院) or another body's (医院, 党校, 银行, 公司, 研究所, 图书馆, 中心 …
# 分院); a place right before it is looked at once the text's branch is known (矿区分院).
# In traditional script too, which the names' table of characters does not fold (各級分院).
_GENERIC_BEFORE_BRANCH = (
    (GENERIC_BEFORE - frozenset("本省市县区州盟乡镇村地层城縣區鄉鎮層"))
    | frozenset("个第察铁院校行司所馆会社部心厅委台站队团局")
    | frozenset("個鐵館會廳臺隊團")
)
_HEADED = re.compile("[我本]院院[长長]")
_RELATIVE_LEVELS = {"自治区": 0, "省": 0, "市": 1, "州": 1, "区": 2, "县": 2, "旗": 2}
# What before a pair of levels (14个市、州检察院, 各市、州检察院) makes it generic.
_COUNTED = GENERIC_BEFORE | frozenset("个個")
_HIDDEN = (
    "unknown: an anonymised name, whose letters (or 某) stand for places the text does not give"
)


@frozen
class Pending:
    """A relative reference found in the text, to be settled once the scan is done."""

    start: int
    end: int
    level: int | None  # 0 province, 1 prefecture, 2 county; None for 本院, 该院, 我院, zones
    word: str
    # What follows the place's own procuratorate: 第二分院 (市检察二分院), 第一市区人民检察院.
    designation: str = ""
    # Whether 分院 with no 检察 before it may be the text's one branch: not after a word that
    # makes it generic (各分院, 呼铁分院), where only a registry name ending so is (兰铁分院).
    alone: bool = True
    # Whether it is 检察院 alone (走进检察院), the text's own procuratorate, read as 我院 is.
    whole: bool = False


def relatives(
    text: str, folded: str, mentions: list[Mention], context: Procuratorate | None
) -> list[Mention | Pending]:
    """The mentions with the relative references and the ``X市院`` forms between them;
    ``folded`` is ``text`` with its traditional characters folded (:func:`fold_script`)."""
    mentions = with_hidden_places(folded, text, mentions)
    # The spans the scan took, and one past the end of the text, so that one always follows.
    taken = [m.span for m in mentions]
    taken.append(Span(len(text), len(text)))
    found: list[Mention | Pending] = list(mentions)
    # Mentions a branch after them joins (北京市院 of 北京市院一分院), by identity.
    merged: dict[int, Mention] = {}
    behind = Behind(text, mentions)
    position = 0
    following = taken[0]
    # 本院 is the document's own, but in a judgment the court's: without a context, a text
    # with 本院 is looked at once, and a court's is not scanned for 本院 at all (judgments
    # write 本人 and 本院 often, and each costs a look).
    first_named = mentions[0].span.start if mentions else -1
    own = context is not None or ("本院" in folded and not of_a_trial(folded, first_named))
    pattern = _RELATIVE if own else _NOT_OWN
    # Where the text first names a court (-1: nowhere), looked up once: looking again at
    # each 该院 or 我院 would cost time in the square of the text's length.
    court_at = first_court(folded)
    ours: bool | None = None  # whether the text's own is a procuratorate, looked once
    procuratorial: bool | None = None  # whether it speaks only of procuratorial work, too
    # Whether a 我院 or 本院 of the text has a president (我院院长), looked once.
    headed = context is None and _HEADED.search(folded) is not None
    # Where the first and the last reference of a level found so far start (区检察院 …
    # 该院 names the procuratorate a reference named), brought up to date at each 该院 by
    # looking at what was found since the last one.
    first_reference = last_reference = -1
    looked = len(found)
    # Where a reference read with the branch after it ends (省检察院 第一分院).
    branch_to = -1
    # A prosecutor's 本院 in court, in a trial's text too, read apart.
    deputed = deputed_own(text, folded, mentions) if "代表本院" in folded else []
    deputed_at = {m.span.start for m in deputed}
    # 我院 not read where it stands, kept until a later 我院 of the text is read after a
    # procuratorate it names: one text's 我院 is one author's throughout.
    waiting: list[Pending] = []
    # The branches the text names in full (海南省人民检察院第二分院): one by its number alone
    # is read after any word (比赛二分院赛区).
    units = [m.procuratorate for m in mentions if m.procuratorate is not None]
    named_branches = {u.full_name[-4:] for u in units if u.full_name[-2:] == "分院"}
    for match in between(pattern, folded, taken):
        start, end = match.span()
        if match.lastgroup == "bare":  # matched from its 分: 三分院, 第三分院
            start -= 2 if folded[start - 2 : start - 1] == "第" else 1
        elif folded[start] == "验":  # matched from its 验: 实验区检察院
            start -= 1
        if start < branch_to:
            continue
        while following.end <= start:
            position += 1
            following = taken[position]
        if following.start < end:
            continue  # inside a mention the scan found
        if (
            end < len(folded)
            and folded[end] in NOT_A_PROCURATORATE_AFTER
            and "检" not in match.group()
        ):
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
            elif (province := _province_branch(text, folded, start, end, ordinal)) is not None:
                found.append(province)
            elif folded[end - 1] == "检":  # 二分检 is read only after its province (北京二分检)
                continue
            elif _starts_a_word(folded, start) or ordinal in named_branches:
                found.append(Pending(start, end, None, "分院", ordinal))
            continue
        if kind == "that":  # 该检察院: 该院 in full, whose 该 is no part of the mention;
            # after a name only, as a law's 该人民检察院 is any procuratorate it spoke of.
            if behind.last_mention(start) is not None:
                found.append(Pending(start + 1, end, None, match.group()[1:]))
            continue
        if kind == "lone":  # 我们分院, 分院将, 兰铁分院: settled once the whole text is read
            before = folded[start - 1] if start else ""
            generic = (
                before in _GENERIC_BEFORE_BRANCH
                or before.isdigit()
                or (before.isascii() and before.isalnum())
            )
            found.append(Pending(start, end, None, "分院", alone=not generic))
            continue
        if kind in ("ordinal", "district"):
            before = folded[start - 1] if start else ""
            if before in GENERIC_BEFORE or (before.isascii() and before.isalnum()):
                continue
            if kind == "ordinal":  # 市检察二分院: a branch of the place's own procuratorate
                word, ordinal = folded[start], match.group("ordinal")
                designation = ("" if ordinal.startswith("第") else "第") + ordinal + "分院"
                pending = Pending(start, end, _RELATIVE_LEVELS[word], word, designation)
            else:  # 第一市区检察院
                pending = Pending(start, end, 1, "市", folded[start : start + 4] + "人民检察院")
            found.append(pending)
            continue
        if kind == "zone":
            before = folded[start - 1] if start else ""
            if not before or not "\u4e00" <= before <= "\u9fff" or before in BEFORE_RELATIVE:
                found.append(Pending(start, end, None, folded[start:end]))
            continue
        level_word = None
        if kind == "level":
            level_word = "自治区" if folded[start] == "自" else folded[start]
            closing = provinces_closed(folded, start)
            if closing is not None:
                # 贵州、四川、重庆等省市检察院, 陕西、甘肃、青海三省检察院: the provinces are
                # named, then closed by 等 or counted.
                provinces = provinces_listed(text, *closing)
                found.extend(provinces)
                behind.read = _last_read(provinces, behind.read)
                continue
        listed = list_closed(folded, start) if level_word in ("市", "区", "县") else None
        if match.group("listed") and listed is None:
            continue  # 县级检察院: procuratorates of a level, unless a list's (等四个县级)
        if listed is not None and level_word is not None:
            # 闵行、宝山、徐汇三个区检察院, 福州、泉州等设区市检察院: the places are named,
            # then counted or closed by 等.
            types = list_types(folded, listed[0], start)
            places = _counted_list(text, *listed, types)
            found.extend(places)
            behind.read = _last_read(places, behind.read)
            continue
        if level_word is not None and match.group().endswith("院") and "检" not in match.group():
            named = _named_short_form(text, start, end)
            if named is not None:
                # Places coordinated before it (渭源、漳县院), after anything read before.
                read_to = taken[position - 1].end if position else 0
                if found and isinstance(found[-1], Mention):
                    read_to = max(read_to, found[-1].span.end)
                found.extend(
                    m for m in coordinated_before(text, named.span.start) if m.span.start >= read_to
                )
                found.append(named)
                behind.read = named
                continue
        before = folded[start - 1] if start else ""
        if level_word is not None and start and folded[start - 1] == "该":
            before = ""  # 该县检察院: the county named before, as 县检察院 is; 该 is no part
        if before == " " and start > 1:  # C 区人民检察院, as text drawn from a PDF spaces it
            before = folded[start - 2] if folded[start - 2].isupper() else before
        if (before.isascii() and before.isalnum()) or before == "某":  # S市L区, 某市人民检察院
            hidden = anonymised(folded, start, taken[position - 1].end if position else 0)
            if hidden is not None:
                found.append(unresolved_mention(text, hidden, end, _HIDDEN))
            continue
        if before in GENERIC_BEFORE or before.isdigit():
            continue
        # 区, 县 and 旗 close many names that are no division (经开区, 林区), and 州 those
        # of cities (嵊州院): after any other ideograph they are taken as the end of a name,
        # unless a verb that takes an organ as its object ends there (参观县检察院).
        if (
            level_word in ("区", "县", "旗", "州")
            and "\u4e00" <= before <= "\u9fff"
            and before not in BEFORE_RELATIVE
            and folded[start - 2 : start] not in ORGAN_VERBS
        ):
            continue
        if level_word is not None:
            level = _RELATIVE_LEVELS[level_word]
            # 省检察院成都铁路运输分院; 市检察院北京铁路运输分院 in a municipality.
            branch = branch_end(text, end, len(text)) if level < 2 else None
            if branch is not None and "检察院" in match.group():
                found.append(Pending(start, branch[0], level, match.group()))
                branch_to = branch[0]
                continue
            first = folded[max(0, start - 2) : start]  # 省、市检察院: 省 is the province's
            if first[:1] in ")）" and first[1:] == "、":  # 各县(市)、区院: the word before (市)
                opened = max(folded.rfind("(", 0, start), folded.rfind("（", 0, start))
                if opened > 0 and start - opened < 8:
                    first = folded[opened - 1] + "、"
            ahead = folded[start - 3] if start >= 3 else ""
            if first[1:] == "、" and (
                (first[0] in "县区旗" and level == 2)
                or (first[0] in "省市州" and (ahead in _COUNTED or ahead.isdigit()))
            ):
                continue  # kinds (县、区检察院), a count or 各 (14个市、州检察院): no one
            if first in ("省、", "市、", "州、") and level_word_alone(folded, start - 2):
                found.append(Pending(start - 2, start - 1, _RELATIVE_LEVELS[first[0]], first[0]))
            found.append(Pending(start, end, level, match.group()))
        elif start in deputed_at:
            continue
        elif folded[start] in "本我" and context is None and headed:
            continue  # 我院院长: the text's own is a court, a hospital or a college
        elif folded[start] == "本" and context is None:
            if court_at >= 0 and a_courts(folded, end):
                continue  # 本院受理 in a text that names a court: the court's
            if behind.last_mention(start) is None:
                if ours is None:
                    ours = own_is_a_procuratorate(folded)
                if not ours:
                    continue
            if not everyones_own(folded, start, end):
                found.append(Pending(start, end, None, match.group()))
        elif (
            (court := behind.last_court(start)) < 0
            or folded[start] == "该"
            or (
                folded[start] == "我"
                and (
                    ours_here(folded, start)
                    or (named_before_court(first_named, court_at) and not a_courts(folded, end))
                )
            )
        ):
            # 本院 in a court's text is the court; 该院 is whatever procuratorate or court
            # was named last, so it counts only after a procuratorate. Without a context,
            # 我院 counts only in a text that has named a procuratorate and no court, or
            # whose 我院 or 本院 has a procuratorate's word after it (我院检察长); after a
            # court, only where this 我院 has one (…法院…我院检委会委员), or where the text
            # named a procuratorate before any court: then it is the procuratorate's text.
            last = behind.last_mention(start)
            if folded[start] == "该":
                # Or a procuratorate's text, which names it before any court (the court
                # that heard its case), where no court's act follows (该院审理).
                for newest in found[looked:]:
                    if isinstance(newest, Pending) and newest.level is not None:
                        last_reference = newest.start
                        first_reference = first_reference if first_reference >= 0 else newest.start
                looked = len(found)
                latest = last_reference if last is None else max(last.span.start, last_reference)
                # Where the text first names a procuratorate, by name or by reference; one
                # is named if latest is, and the first court is looked at only after it.
                earliest = first_reference if not mentions else mentions[0].span.start
                if 0 <= first_reference < earliest:
                    earliest = first_reference
                unnamed = latest < 0
                taken_here = not unnamed and (
                    court < latest
                    or (named_before_court(earliest, court_at) and not a_courts(folded, end))
                )
            else:
                if context is None and last is None and ours is None:
                    ours = own_is_a_procuratorate(folded)
                unnamed = last is None
                taken_here = context is not None or last is not None or bool(ours)
            if not taken_here and unnamed and "、" not in folded[max(0, start - 1) : end + 1]:
                # Named nowhere before, in a text of procuratorial work and of no other
                # institution: the procuratorate's own text, or a page's after its name.
                if procuratorial is None:
                    procuratorial = procuratorial_text(folded)
                taken_here = procuratorial
            word = "我院" if kind == "ours" else match.group()  # 我们院, as people say 我院
            if folded[start] == "我":
                if not taken_here:
                    waiting.append(Pending(start, end, None, word))
                elif last is not None and waiting:  # 我院开展…阳西检察院…我院: the first too
                    found.extend(waiting)
                    waiting.clear()
            if taken_here:
                found.append(Pending(start, end, None, word))
    if merged:
        found = [merged.get(id(m), m) for m in found]
    scanned = scanned_by(taken)
    if "地区" in folded:
        found.extend(coordinated_areas(text, folded, scanned))
    found.extend(superiors(text, folded, scanned))
    found.extend(lists_without_level(text, folded, scanned))
    found.extend(headed_lists(text, folded, scanned))
    shorts = short_forms(text, folded, scanned)
    if shorts:  # few texts have any: only then are the references read so far looked at
        spans = (Span(m.start, m.end) if isinstance(m, Pending) else m.span for m in found)
        outside = scanned_by([*sorted(spans, key=lambda span: span.end), taken[-1]])
        found.extend(m for m in shorts if not outside(m.span.start, m.span.end))
    if "铁路运输" in folded:
        found.extend(railway_listed(text, folded, scanned))
    found.extend(
        Pending(s, e, None, "检察院", whole=True) for s, e in organs_alone(folded, scanned)
    )
    found.extend(deputed)
    found.sort(key=lambda m: m.start if isinstance(m, Pending) else m.span.start)
    return found


def _with_branch(text: str, parent: Mention, start: int, end: int, ordinal: str) -> Mention | None:
    """北京市院一分院: the provincial procuratorate named right before, with its branch."""
    unit = parent.procuratorate
    if parent.span.end != start or unit is None or unit.level is not Level.PROVINCIAL:
        return None
    outcome = in_words(text, parent.span.start, end, unit.full_name + ordinal)
    return None if outcome[0] is None else new_mention(text, parent.span.start, end, outcome)


def _province_branch(text: str, folded: str, start: int, end: int, ordinal: str) -> Mention | None:
    """上海三分院: a province's name, bare or full, right before a branch the registry holds."""
    for province in index().provinces:
        for name in (province.name, province.bare_name):
            at = start - len(name)
            if at >= 0 and folded.startswith(name, at) and _starts_a_word(folded, at):
                outcome = in_words(text, at, end, province.name + "人民检察院" + ordinal)
                if outcome[0] is not None:
                    return new_mention(text, at, end, outcome)
    return None


def _starts_a_word(text: str, start: int) -> bool:
    """Whether 三分院 at ``start`` is a word of its own, not the close of 医院三分院."""
    before = text[start - 1] if start else ""
    return not before.isalnum() or before in BEFORE_RELATIVE or before == "的"


def _last_read(listed: Sequence[Mention | Pending], read: Mention | None) -> Mention | None:
    """The last name of ``listed`` that a list read, if it read one, else ``read``."""
    return next((m for m in reversed(listed) if isinstance(m, Mention)), read)


def _counted_list(
    text: str, end: int, count: str, types: tuple[str, ...]
) -> list[Mention | Pending]:
    """The places a count or 等 closes (闵行、宝山、徐汇三个区), each by its own name where
    that names one place (南阳、十堰、汉中三市: a list may cross provinces; 北京市通州区、
    天津市北辰区两个区), else under the city before, or for cities the province before."""
    level, word = (0, "省") if types == ("市",) else (1, "市")
    found: list[Mention | Pending] = []
    for s, e, name in counted_places(text, end, count, types):
        outcome = in_words(text, s, e, name + "人民检察院")
        if outcome[0] is not None:
            found.append(new_mention(text, s, e, outcome))
            continue
        found.append(Pending(s, e, level, word, name + "人民检察院"))
    return found


def _named_short_form(text: str, start: int, end: int) -> Mention | None:
    """杭州市院, 宝鸡市凤翔区院: a division's name, then 院 for its procuratorate."""
    place_end = start + 1
    ambiguous = None
    for first in sorted(word_starts(text, place_end, 0)):
        outcome = in_words(text, first, end, text[first:place_end] + "人民检察院")
        if outcome[0] is not None:
            return new_mention(text, first, end, outcome)
        if ambiguous is None and isinstance(outcome[1], AmbiguousNameError):
            ambiguous = new_mention(text, first, end, outcome)
    # 城关区院: a name that fits several places, which the document may settle.
    return ambiguous
