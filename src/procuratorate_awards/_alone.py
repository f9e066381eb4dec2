"""检察院 alone, a word of its own (走进检察院, 法院、检察院): where it stands outside every
name, for the document to settle which procuratorate it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._letters import BEFORE_RELATIVE
from ._passes import NOT_A_PROCURATORATE_AFTER

__all__ = ["ORGAN_VERBS", "organs_alone"]


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


# The spaces 检察院 alone may follow, in either width, a line's end among them.
_SPACES = frozenset(" \t\n\r\u3000")


# 检察院 alone, a word of its own: after a word that may stand before a reference (法院、
# 检察院, 对检察院的工作), a verb that takes an organ (走进检察院, 感谢检察院) or a space, and
# not in the title of a law (检察院组织法). The characters before are looked behind after
# the word, so that the engine searches for the word itself, in C, and stops only there.
def _alone_pattern() -> re.Pattern[str]:
    before = {*BEFORE_RELATIVE, *(verb[-1] for verb in ORGAN_VERBS), *_SPACES}
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
