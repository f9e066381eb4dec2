"""Whose text it is: the procuratorate 我院 and 本院 stand for without a context, and
whether a text is a court's, where 本院 is the court; and what it goes on about: the
procuratorate 该院 names.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ._enums import Level
from ._letters import REACH, SENTENCE_END
from ._mentions import Mention
from ._models import Procuratorate
from ._words import LONGEST_VISIT, VISITING

__all__ = [
    "a_courts",
    "everyones_own",
    "first_court",
    "last_named",
    "named_before_court",
    "of_a_trial",
    "ours_here",
    "own_is_a_procuratorate",
    "own_procuratorate",
    "procuratorial_text",
]


# What ends a clause: its punctuation, in either width, or a line's end.
_CLAUSE_MARKS = "，。；！？,;!?\n"
# Verbs of acting together with someone (联合, 会同, 协同), in either script.
_TOGETHER = ("联合", "会同", "协同", "聯合", "會同", "協同")
# Words that bring someone to 我院 (莅临我院, 来我院调研, 参观了我院), or join someone to it
# (佛山市检察院联合我院召开发布会): a procuratorate named before one in its sentence is a
# visitor or a partner, not the text's own.
# Each 我院 and 本院 is found by its characters, and the words are looked for right before
# it: a pattern that starts with a choice of words would be tried at every character of a
# long judgment.
_VISITED = re.compile("(?:" + VISITING + "|" + "|".join(_TOGETHER) + ")\\Z")
_OWN_WORD = re.compile("[我本]院")
# A procuratorate that invites others to 我院 is the host (齐齐哈尔铁路运输检察院…邀请…学生代表
# …来到我院): only those named after the invitation are visitors. One invited (应邀, 受邀)
# is a visitor still.
_INVITES = re.compile("(?<![应應受])邀")


def own_procuratorate(
    text: str, before: list[Mention], named: list[Mention]
) -> Procuratorate | None:
    """Whose 我院 it is in a text without a context (and whose 检察院 alone is).

    The one procuratorate the text names before its first 我院 (the Supreme People's
    Procuratorate aside, which texts cite as an authority, and any whose plans or demands
    the text follows: 按照省院统一部署), where that is the only one
    and no procuratorate comes to 我院. Where some do (甘南州人民检察院莅临我院, named in
    the sentence of their visit, after any invitation in it), the one procuratorate the
    whole text names besides the visitors, if it names one and every name it gives
    resolves. Where it names none before (来我院调研…隆尧县检察院), the one the whole text
    names, where every name resolves and none is one it visits, meets, addresses, invites,
    is published by or has a case go through (赴扬中市院, 与, 对, 邀请, 来源：, 经).

    ``before`` are the mentions before the first 我院; ``named`` every mention the text
    names by name, in order.

    >>> from procuratorate_awards import find_procuratorates
    >>> text = "河津市人民检察院开展活动。我院参加"
    >>> [m.procuratorate.full_name for m in find_procuratorates(text)]
    ['山西省河津市人民检察院', '山西省河津市人民检察院']
    >>> text = "千阳县检察院一行参观了我院。灵台县检察院检察长陪同"
    >>> [m.procuratorate.full_name for m in find_procuratorates(text)][1]
    '甘肃省灵台县人民检察院'
    >>> text = "灵台县检察院邀请千阳县检察院来我院交流"
    >>> [m.procuratorate.full_name for m in find_procuratorates(text)][2]
    '甘肃省灵台县人民检察院'
    >>> text = "市人大常委会副主任来我院调研，查看设在隆尧县检察院的监督室"
    >>> [m.procuratorate.full_name for m in find_procuratorates(text)][0]
    '河北省隆尧县人民检察院'
    """
    starts = [m.span.start for m in named]
    visitors: set[str] = set()
    # Where the sentence of each visit starts, found by one scan forward over the text.
    sentence = searched = invited = 0
    for word in _OWN_WORD.finditer(text):
        visit = _VISITED.search(text, max(0, word.start() - LONGEST_VISIT), word.start())
        if visit is None:
            continue
        for end in SENTENCE_END.finditer(text, searched, visit.start()):
            sentence = end.end()
        for invitation in _INVITES.finditer(text, searched, visit.start()):
            invited = invitation.end()
        searched = visit.start()
        guests = max(sentence, invited)
        for mention in named[bisect_left(starts, guests) : bisect_left(starts, visit.start())]:
            if mention.procuratorate is None:
                return None
            visitors.add(mention.procuratorate.full_name)
    if visitors:
        before = [
            m for m in named if m.procuratorate is None or m.procuratorate.full_name not in visitors
        ]
    named_before, own = _the_one(text, before)
    if named_before or visitors:
        return own
    # Named only after the first 我院 (…来我院调研…隆尧县检察院…): the whole text's one
    # procuratorate, where none of its names is another party's, a host's or an addressee's.
    own = _the_one(text, named)[1]
    if own is None or any(
        _NOT_OWN_BEFORE.search(text, max(0, m.span.start - _NOT_OWN_REACH), m.span.start)
        for m in named
    ):
        return None
    return own


# What makes the procuratorate named after it someone other than the text's own: a visit
# (赴, 来 and the rest, of 我院 too: 我院…一行赴扬中市院), a partner (与, 会同, 联合), one that
# is spoken to or invited (对, 向, 邀请), one a case goes through (经苏州市人民检察院提起诉讼),
# or a publisher's line (来源：青海省人民检察院), as a province's site puts its counties' news
# online.
_NOT_OWN_BEFORE = re.compile(
    "(?:" + VISITING + "|" + "|".join(_TOGETHER) + "|[与和同及对向经與對經]|邀请|邀請"
    "|[来來]源[：:]\\s{0,2})\\Z"
)
# How far before a name those words are looked for: the longest, 来源： and two spaces.
_NOT_OWN_REACH = 5


def _the_one(text: str, mentions: list[Mention]) -> tuple[bool, Procuratorate | None]:
    """Whether ``mentions`` name any procuratorate, the Supreme People's Procuratorate and
    any the text follows aside, and the one they name: ``None`` where they name several or
    one of them does not resolve."""
    own: Procuratorate | None = None
    for mention in mentions:
        unit = mention.procuratorate
        if unit is None:
            if (mention.reason or "").startswith("relative:"):
                continue  # 上级检察院, 当地检察院: a reference, no name of any one procuratorate
            return True, None
        if (
            unit.level is Level.SUPREME
            or _an_authority(text, mention)
            or _an_organiser(text, mention)
            or _an_agent(text, mention)
        ):
            continue
        if own is not None and unit.full_name != own.full_name:
            return True, None
        own = unit
    return own is not None, own


# A procuratorate whose plans or demands the text follows, in one clause (按照省院、州院统一
# 部署, 根据吉林省检察院…的要求), is one above the text's own, cited as an authority as the
# Supreme is.
_FOLLOWS = re.compile("按照|根据|根據|依照|遵照|依据|依據|结合|結合|落实|落實|贯彻|貫徹")
_ORDERS = re.compile("部署|要求|安排|指示|通知")
_CLAUSE_END = re.compile(f"[{_CLAUSE_MARKS}]")
_CLAUSE_REACH = 30


def _an_authority(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is named as one whose plans or demands the text follows."""
    start, end = mention.span.start, mention.span.end
    floor = max(0, start - _CLAUSE_REACH)
    # Most names have no such words around them: two searches rule them out before the
    # clause is found.
    if (
        _FOLLOWS.search(text, floor, start) is None
        or _ORDERS.search(text, end, end + _CLAUSE_REACH) is None
    ):
        return False
    opened = max((m.end() for m in _CLAUSE_END.finditer(text, floor, start)), default=floor)
    if _FOLLOWS.search(text, opened, start) is None:
        return False
    closed = _CLAUSE_END.search(text, end, end + _CLAUSE_REACH)
    stop = closed.start() if closed is not None else end + _CLAUSE_REACH
    return _ORDERS.search(text, end, stop) is not None


# In a judgment 本院 is the court: a text that names a court (the Supreme People's Court
# only as an authority, in the title of a law) or a trial's words is a court's. Each word
# is looked for by plain search, which runs in C at the speed of memchr.
_TRIAL_WORDS = (
    *("公诉机关", "判决", "公訴機關", "判決"),
    # A judgment's formulas: the parties' counsel, the end of the hearing.
    *("诉讼代理人", "訴訟代理人", "审理终结", "審理終結"),
)
# What a court is brought (向本院提起公诉, 向本院起诉, 向本院提出诉讼请求), a line break and all;
# a trial (审判), but not a procuratorate's oversight of trials or their stage (审判监督,
# 审判环节), which its own texts speak of.
_OF_A_TRIAL = re.compile(
    r"向\s{0,3}本院\s{0,3}(?:提[起出]|起[诉訴])|[审審]判(?!监督|監督|环节|環節|阶段|階段|活动|活動)"
)
# A court, its name spaced out as a judgment's heading often is (杭 州 互 聯 網 法 院).
_COURT = re.compile(r"法\s{0,3}院")
# A procuratorate's own instrument opens with its name and the instrument's title, in
# either script (names fold to simplified characters before this is read, titles may not).
_INSTRUMENT = re.compile(
    r"\s*[^\n。]{2,60}?检察院\s*(?:刑事|民事|行政|公益[诉訴][讼訟])?"
    "(?:[起抗][诉訴]|不起[诉訴][决決]定|[检檢]察建[议議]|[纠糾]正[违違]法通知|公[诉訴]意[见見]"
    "|量刑建[议議])[书書]"
)
# 本院 that accuses or prosecutes (本院指控, 就本院提起公诉的被告人) is a procuratorate, which a
# court never is. Read only in a text with none of a trial's words, and never after 向 or
# a space, as a judgment writes 向本院提起公诉 of the procuratorate that came to it.
_PROSECUTES = re.compile(r"(?<![向至到送\s])本院(?:依法)?(?:指控|提起公诉)")
# 本院 of everyone a notice addresses (结合本地、本院实际), which no text names.
_EVERYONES_OWN = re.compile("本地|实际")


def of_a_trial(text: str, first_named: int = -1) -> bool:
    """Whether ``text`` speaks of a court or a trial, where 本院 would be the court's;
    ``first_named`` is where the text first names a procuratorate (-1: nowhere), as
    :func:`named_before_court` takes it.

    A procuratorate's own instrument, headed by its name (…人民检察院 刑事抗诉书), speaks of
    courts and judgments, but its 本院 is the procuratorate's.

    >>> of_a_trial("公诉机关海淀区人民检察院。本院认为"), of_a_trial("本院在履行职责中发现")
    (True, False)
    >>> of_a_trial("海淀区人民检察院\\n刑事抗诉书\\n本院收到海淀区人民法院判决书")
    False
    >>> of_a_trial("杭 州 互 聯 網 法 院 民 事 判 決 書 本院认为")
    True

    Nor does a text of no trial's words whose 本院 accuses or prosecutes: a court does
    neither.

    >>> of_a_trial("广南县人民法院采纳本院指控的事实"), of_a_trial("检察院向\\n本院提起公诉。法院")
    (False, True)

    Nor does a court named only after the text's first procuratorate.

    >>> of_a_trial("海淀区检察院起诉，法院采纳本院意见", 0)
    False
    """
    if _INSTRUMENT.match(text) is not None:
        return False
    if any(word in text for word in _TRIAL_WORDS) or _OF_A_TRIAL.search(text) is not None:
        return True
    if _PROSECUTES.search(text) is not None:
        return False
    court = first_court(text)
    return court >= 0 and not named_before_court(first_named, court)


def first_court(text: str) -> int:
    """Where ``text`` first names a court, the Supreme People's Court aside (texts cite it
    in a law's title), or -1.

    >>> first_court("最高人民法院的解释，区法院"), first_court("检察院")
    (11, -1)
    """
    for court in _COURT.finditer(text):
        if text[max(0, court.start() - 4) : court.start()] != "最高人民":
            return court.start()
    return -1


def named_before_court(first_named: int, court: int) -> bool:
    """Whether a text that first names a procuratorate at ``first_named`` and a court at
    ``court`` (-1: nowhere) names the procuratorate first: a procuratorate's own text,
    whose 我院, 本院 and 该院 are its own, and whose court is the one that heard its case
    (…检察院提起公诉…法院判决…我院将…).

    >>> named_before_court(0, 8), named_before_court(8, 0), named_before_court(-1, -1)
    (True, False, False)
    """
    return first_named >= 0 and (court < 0 or first_named < court)


def everyones_own(text: str, start: int, end: int) -> bool:
    """Whether 本院 at ``[start, end)`` is everyone's own, as in 结合本地、本院实际.

    >>> everyones_own("结合本地、本院实际", 5, 7), everyones_own("反馈本院。", 2, 4)
    (True, False)
    """
    return _EVERYONES_OWN.search(text[max(0, start - 3) : start] + text[end : end + 2]) is not None


# 我院 or 本院 with a procuratorate's word after it in its clause (我院党组书记、检察长,
# 本院检察长接待日), not another's name (本院、县级人民检察院). One pattern a word: one that
# starts with a fixed word is searched for that word first, several times faster over a
# judgment's many 本院.
_OURS_IS_A_PROCURATORATE = tuple(
    re.compile(own + f"[^{_CLAUSE_MARKS}]{{0,12}}?检(?:察(?!院)|委会)") for own in ("我院", "本院")
)


# A court's act or officer right after 我院, 本院 or 该院, an adverb or 经 between or not
# (该院审理, 我院依法审结, 本院经审理查明, 我院法官): then it is the court's, though a
# procuratorate is named before the court. Not further on in the clause: a procuratorate
# speaks of what courts did with its cases (我院起诉的案件一审判决).
_A_COURTS = re.compile(
    "(?:依法|经|近日|日前|公开)?(?:审理|审结|判决|判处|宣判|裁定|一审|二审|开庭|受理"
    "|法官|合议庭|审判员)"
)


def a_courts(folded: str, end: int) -> bool:
    """Whether a court's act or officer follows the 我院, 本院 or 该院 that ends at ``end``
    (我院依法审结, 该院审理, 我院法官), which makes it the court's.

    >>> a_courts("我院依法审结此案", 2), a_courts("我院将持续推进", 2)
    (True, False)
    >>> a_courts("我院起诉的案件一审判决", 2)
    False
    """
    return _A_COURTS.match(folded, end) is not None


def ours_here(folded: str, start: int) -> bool:
    """Whether the 我院 or 本院 at ``start`` has a procuratorate's word after it in its
    clause (我院检察长, 我院检委会), which makes it a procuratorate's wherever a court is named.

    >>> ours_here("法院院长，我院检察长", 5), ours_here("法院院长，我院院长", 5)
    (True, False)
    """
    pattern = _OURS_IS_A_PROCURATORATE[0 if folded.startswith("我", start) else 1]
    return pattern.match(folded, start) is not None


def own_is_a_procuratorate(folded: str) -> bool:
    """Whether the text's own is a procuratorate, not a hospital or a college: one of its
    我院 or 本院 has a procuratorate's word after it in its clause.

    >>> own_is_a_procuratorate("我院党组书记、检察长"), own_is_a_procuratorate("我院医生")
    (True, False)
    >>> own_is_a_procuratorate("本院、县级人民检察院")
    False
    """
    return any(pattern.search(folded) is not None for pattern in _OURS_IS_A_PROCURATORATE)


# Institutions whose own is 我院 or 该院 too, by name or by the people who work or are
# treated there: courts, hospitals, colleges and academies, institutes of research or
# design, clinics, homes, theatres (法院, 卫生院, 学院, 研究院, 设计院, 科学院, 养老院, 福利院,
# 剧院 …; 医生, 患者), and universities, whose schools call themselves 我院. Not 法官: a
# procuratorate's hearing seats judges among its hearers, and a court's text names its court.
_OTHER_INSTITUTION = re.compile(
    "[法医学究计划科生老利养剧影书]院|大学|院校|医生|医师|护士|患者|病人"
)


def procuratorial_text(folded: str) -> bool:
    """Whether ``folded`` speaks of procuratorial work (检察) and names no other institution
    whose own is 我院 or 该院 as well: then its 我院 and 该院 are a procuratorate's, though
    it names none (a page's excerpt after the name, a procuratorate's site).

    >>> procuratorial_text("我院开展“党的生日话职责—我与检察公益诉讼共成长”主题党日活动")
    True
    >>> procuratorial_text("我院与区法院、检察院座谈"), procuratorial_text("我院医生为检察官义诊")
    (False, False)
    >>> from procuratorate_awards import find_procuratorates
    >>> [m.text for m in find_procuratorates("近年来，该院认真落实检察委员会工作部署")]
    ['该院']
    """
    return "检察" in folded and _OTHER_INSTITUTION.search(folded) is None


# --- 该院: the procuratorate named last ------------------------------------------------


def last_named(
    text: str, before: list[Mention], position: int, since: int = 0
) -> Procuratorate | None:
    """The procuratorate named last within reach before ``position`` (该院, the
    procuratorate): the Supreme People's Procuratorate aside, which texts name as an
    authority (最高检表彰…该院), not as the one they go on about, and those named together
    (在海陵区和兴化市检察院试行的基础上，该院…): 该院 names one, so neither of them; and,
    where another is named before, a guest, a partner or an authority the text follows
    (结合重庆市检察院对从宽处理的相关要求).

    >>> from procuratorate_awards import find_procuratorates
    >>> text = "锦州市人民检察院受到最高检表彰，该院"
    >>> last_named(text, list(find_procuratorates(text)), len(text)).full_name
    '辽宁省锦州市人民检察院'
    >>> text = "泰州市检察院在海陵区和兴化市检察院试行的基础上，该院"
    >>> last_named(text, list(find_procuratorates(text)), len(text)).full_name
    '江苏省泰州市人民检察院'

    Only ``before[since:]`` are looked at: a reference read before them that the text left
    open (经开区院, 市检察院) names another procuratorate than those named before it, which
    a later 该院 may as well name.
    """
    for at in range(len(before) - 1, since - 1, -1):
        mention = before[at]
        if mention.span.end < position - REACH:
            break
        unit = mention.procuratorate
        if unit is None and (mention.reason or "").startswith(_NAMES_NONE):
            return None  # a name the text gives, which names no one procuratorate here
        if unit is None or unit.level is Level.SUPREME:
            continue
        if at and _joined(text, before[at - 1], mention):
            continue
        if at + 1 < len(before) and _joined(text, mention, before[at + 1]):
            continue
        if (
            _a_guest(text, mention)
            or _a_partner(text, mention)
            or _an_authority(text, mention)
            or _an_agent(text, mention)
        ) and _another_before(before, at, position):
            continue
        return unit
    return None


# The reasons of names left unresolved, not references: the name 该院 follows is one.
_NAMES_NONE = ("unknown: ", "ambiguous: ")


def _another_before(before: list[Mention], at: int, position: int) -> bool:
    """Whether a procuratorate other than ``before[at]``'s (the Supreme People's
    Procuratorate aside) is named before it, within reach of ``position``."""
    unit = before[at].procuratorate
    for earlier in range(at - 1, -1, -1):
        mention = before[earlier]
        if mention.span.end < position - REACH:
            break
        other = mention.procuratorate
        if other is not None and other.level is not Level.SUPREME and other != unit:
            return True
    return False


# Words that say who attended (出席, 参加…的有, 陪同): a procuratorate that is an item of a
# list of organs in such a sentence is a guest of the one the text is about.
_ATTENDED = re.compile("出席|参加|列席|陪同|參加")
# How far the sentence of a guest is looked at, each way.
_GUEST_REACH = 200
# An item of a list: 、 right before it, or after it and a person's title or name
# (西安市检察院监察处处长王靛、).
_ITEM_AFTER = re.compile("[^，。；,;：:、\n]{0,12}、")


# Verbs whose object is a partner in what the text's own procuratorate does (该院联合省检察院
# 走访…), or the procuratorate it comes under (2001年隶属汉江分院。该院…): 该院 after it goes
# on about the one that acts.
_PARTNERED = (*_TOGETHER, "配合", "陪同", *("隶属", "隶属于", "隸屬", "隸屬於"))


def _a_partner(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is the object of a verb of acting together (联合省检察院) or of
    coming under (隶属省检察院)."""
    return text.endswith(_PARTNERED, 0, mention.span.start)


def _an_organiser(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is named as the one that holds what the text's own takes part in
    (由苏州市检察院举办的竞赛…我院代表队): by 由 right before it and 举办, 主办, 承办 or 组织 right
    after.

    >>> from procuratorate_awards import find_procuratorates
    >>> text = "由苏州市检察院举办的竞赛落幕，我院代表队获奖"
    >>> [m.procuratorate for m in find_procuratorates(text)][1] is None
    True
    """
    return text.endswith("由", 0, mention.span.start) and (
        _ORGANISES.match(text, mention.span.end) is not None
    )


_ORGANISES = re.compile("[举舉主承][办辦]|[组組][织織]")


def _an_agent(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is the agent of a passive (5件案件被省院评为典型案例): one that
    judges or praises what the text goes on about."""
    return text.endswith("被", 0, mention.span.start)


def _a_guest(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is an item of a list of those who attended (清苑县人大常委会、保定市
    检察院反贪局领导出席座谈会; 参加活动的有西安市检察院监察处处长王靛、…)."""
    start, end = mention.span.start, mention.span.end
    listed = text[start - 1 : start] == "、" or _ITEM_AFTER.match(text, end) is not None
    if not listed:
        return False
    floor = max(0, start - _GUEST_REACH)
    opened = max((m.end() for m in SENTENCE_END.finditer(text, floor, start)), default=floor)
    closed = SENTENCE_END.search(text, end, end + _GUEST_REACH)
    sentence = text[opened : closed.start() if closed is not None else end + _GUEST_REACH]
    return _ATTENDED.search(sentence) is not None


# What joins two names into one coordination (海陵区和兴化市检察院, X and Y).
_JOINS = frozenset({"、", "和", "与", "及", "與", "and"})


def _joined(text: str, first: Mention, second: Mention) -> bool:
    """Whether ``first`` and ``second`` are named together, one right after the other."""
    gap = second.span.start - first.span.end
    return 0 < gap <= 5 and text[first.span.end : second.span.start].strip() in _JOINS
