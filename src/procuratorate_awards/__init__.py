"""The 2022 results of the national procuratorial big-data legal supervision model competition.

最高人民检察院关于全国检察机关大数据法律监督模型竞赛结果的通报: the notice, its 55 awards
in four tiers and the 59 winning procuratorates, as frozen typed records, with
resolution of any procuratorate name in mainland China to its province, prefecture,
county, division code and level.

>>> import procuratorate_awards as pa
>>> [award.title for award in pa.awards() if award.tier is pa.Tier.FIRST][:2]
['车辆保险理赔监督模型', '破产领域虚假劳资债权监督模型']
>>> pa.resolve_procuratorate("浙江省嵊州市人民检察院").level
<Level.BASIC: '基层'>

Importing the package reads no data; each resource is loaded on first use.
"""

from typing import TYPE_CHECKING

from ._analysis import (
    CJKFontWarning,
    LevelRow,
    MedalRow,
    MedalTable,
    joint_awards,
    level_counts,
    medal_table,
    plot_medal_table,
)
from ._display import OptionalDependencyError
from ._errors import (
    AmbiguousNameError,
    DataError,
    NameLookupError,
    ProcuratorateAwardsError,
    UnknownNameError,
)
from ._find import Mention, find_procuratorates
from ._models import (
    Award,
    Division,
    Erratum,
    Evidence,
    Kind,
    Level,
    Notice,
    Paragraph,
    Procuratorate,
    Province,
    ProvinceKind,
    Span,
    Tier,
)
from ._queries import (
    AwardList,
    Hit,
    SearchResults,
    Subject,
    UnitList,
    awards,
    english_name,
    english_title,
    notice,
    parse_kind,
    parse_level,
    parse_subject,
    parse_tier,
    search,
    subject_rationale,
    subjects,
    units,
)
from ._resolution import provinces, resolve_level, resolve_procuratorate, resolve_province
from ._validation import validate
from ._version import DATA_VERSION, DIVISIONS_VINTAGE, __version__

if TYPE_CHECKING:
    from ._export import (
        Dataset,
        export,
        export_csv,
        export_datapackage,
        export_json,
        export_sqlite,
        notice_text,
        read_json,
    )

# The exports need csv, sqlite3 and tempfile; they load on first use, not on import.
_EXPORTS = frozenset(
    {
        "Dataset",
        "export",
        "export_csv",
        "export_datapackage",
        "export_json",
        "export_sqlite",
        "notice_text",
        "read_json",
    }
)


def __getattr__(name: str) -> object:
    if name in _EXPORTS:
        from . import _export

        return getattr(_export, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DATA_VERSION",
    "DIVISIONS_VINTAGE",
    "AmbiguousNameError",
    "Award",
    "AwardList",
    "CJKFontWarning",
    "DataError",
    "Dataset",
    "Division",
    "Erratum",
    "Evidence",
    "Hit",
    "Kind",
    "Level",
    "LevelRow",
    "MedalRow",
    "MedalTable",
    "Mention",
    "NameLookupError",
    "Notice",
    "OptionalDependencyError",
    "Paragraph",
    "Procuratorate",
    "ProcuratorateAwardsError",
    "Province",
    "ProvinceKind",
    "SearchResults",
    "Span",
    "Subject",
    "Tier",
    "UnitList",
    "UnknownNameError",
    "__version__",
    "awards",
    "english_name",
    "english_title",
    "export",
    "export_csv",
    "export_datapackage",
    "export_json",
    "export_sqlite",
    "find_procuratorates",
    "joint_awards",
    "level_counts",
    "medal_table",
    "notice",
    "notice_text",
    "parse_kind",
    "parse_level",
    "parse_subject",
    "parse_tier",
    "plot_medal_table",
    "provinces",
    "read_json",
    "resolve_level",
    "resolve_procuratorate",
    "resolve_province",
    "search",
    "subject_rationale",
    "subjects",
    "units",
    "validate",
]
