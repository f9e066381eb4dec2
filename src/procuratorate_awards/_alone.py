"""检察院 alone, a word of its own (走进检察院, 法院、检察院): where it stands outside every
name, for the document to settle which procuratorate it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._letters import BEFORE_RELATIVE
from ._passes import CASE_REASON, LOCAL_REASON, NOT_A_PROCURATORATE_AFTER

__all__ = ["ORGAN_VERBS", "organs_alone", "what_alone_names"]


# Verbs whose object is an organ, which no division's name ends with before its type
# (会同县 and 达尔罕茂明安联合旗 do, so 会同 and 联合 are not among them).
ORGAN_VERBS = frozenset(
    (
        *("参观", "听取", "走进", "走近", "前往", "走访", "慰问", "调研", "视察", "考察", "邀请"),
        *("进入", "希望", "要求", "督促", "支持", "指导", "推动", "帮助", "协助", "配合", "感谢"),
        *("肯定", "表扬", "表彰", "提醒", "建议", "移送", "移交", "报请", "告知", "通知"),
        *("深入", "感受", "进驻", "检查", "了解", "加强"),
    )
)


# Verbs whose object is a work report (作检察院工作报告, 审议检察院工作报告): before 工作报告 only.
_REPORT_VERBS = frozenset(("作", "审议", "评价", "通过", "表决"))
# The spaces 检察院 alone may follow, in either width, a line's end among them.
_SPACES = frozenset(" \t\n\r\u3000")


# 检察院 alone, a word of its own: after a word that may stand before a reference (法院、
# 检察院, 对检察院的工作), a verb that takes an organ (走进检察院, 感谢检察院) or a space, and
# not in the title of a law (检察院组织法). The characters before are looked behind after
# the word, so that the engine searches for the word itself, in C, and stops only there.
def _alone_pattern() -> re.Pattern[str]:
    verbs = (*ORGAN_VERBS, *_REPORT_VERBS)
    before = {*BEFORE_RELATIVE, *(verb[-1] for verb in verbs), *_SPACES}
    allowed = "".join(re.escape(character) for character in sorted(before))
    return re.compile(f"检察院(?<=[{allowed}]检察院)(?![组組][织織]法)")


_ALONE = _alone_pattern()


def organs_alone(folded: str, scanned: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Where 检察院 stands alone, outside every name the scan read."""
    # Macau's procuratorate is named 检察院 (澳門特別行政區檢察院): in a text about Macau,
    # 检察院 alone may be that one, not the one the text names.
    if "澳门" in folded or "澳門" in folded:
        return []
    spans = [(0, 3)] if folded.startswith("检察院") else []
    for match in _ALONE.finditer(folded):
        start, end = match.span()
        before = folded[start - 1]
        if (
            before in BEFORE_RELATIVE
            or before in _SPACES
            or folded[start - 2 : start] in ORGAN_VERBS
            or (
                folded.startswith("工作报告", end)
                and (before in _REPORT_VERBS or folded[start - 2 : start] in _REPORT_VERBS)
            )
        ):
            spans.append((start, end))
    return [
        (start, end)
        for start, end in spans
        if not scanned(start, end)
        and folded[end : end + 1] not in NOT_A_PROCURATORATE_AFTER
        and not (_GENERAL.match(folded, end) and folded[start - 2 : start] not in ORGAN_VERBS)
    ]


# What procuratorates may or must do, or their insides, said in general (检察院可以督促…, 在法院、
# 检察院内部): no one procuratorate, unless the words are put to one (建议检察院应…).
_GENERAL = re.compile("可以|应(?!邀)|须|必须|能够|有权|内部")


# 检察院 alone right before what it does with a case (移送检察院审查起诉, 被检察院以盗窃罪提起公诉,
# 检察院不批准逮捕, 检察院提出抗诉) is the one procuratorate that had the case, though the
# text may not name it: a general statement says what procuratorates may do, not what one did.
_CASE_ACT = re.compile(
    "[审審]查起[诉訴]|(?:不)?批准逮捕|不予批捕|提起公[诉訴]|提出抗[诉訴]"
    # what the Criminal Procedure Law has it do next: send the file back for more
    # investigation (退回补充侦查, 退卷), decline to prosecute, or protest a judgment, or not
    "|退[回卷]|(?:[决決]定)?不起[诉訴]|(?:未|没有|沒有|不)?抗[诉訴]"
    # 以 of a charge (以盗窃罪), not of 以及, 以外, 以上 and the like
    "|以(?![及外上下来來后後前内內便免至])[^，。；\\n]{1,12}?罪"
)
# And right after a case is sent to it (移送到了检察院, 送至检察院, 移送检察院。): the police
# send a case to the procuratorate that is to examine it.
_CASE_SENT = re.compile("(?:(?:移送|移交|送交|解送|[报報]送)[到至]?|送[到至])了?\\Z")
_CASE_SENT_REACH = 5
# Right before its work report (检察院工作报告): the one procuratorate that reports to the
# people's congress of the place the text speaks of.
_REPORT = re.compile("工作[报報]告")


def what_alone_names(text: str, start: int, end: int) -> str | None:
    """Why 检察院 alone at ``[start, end)`` names one procuratorate the text leaves open, if
    it does: the one that had a case, by what it did with the case or by the case being sent
    to it, or the one of the place the text speaks of, before its work report.

    >>> what_alone_names("聂某被检察院以盗窃罪提起公诉", 3, 6)
    'relative: 检察院 names the procuratorate that had the case, which the text does not name'
    >>> what_alone_names("都说检察院是法律监督机关", 2, 5) is None
    True
    """
    if _CASE_ACT.match(text, end) or _CASE_SENT.search(
        text, max(0, start - _CASE_SENT_REACH), start
    ):
        return CASE_REASON.format("检察院")
    if _REPORT.match(text, end):
        return LOCAL_REASON.format(text[start:end])
    return None
