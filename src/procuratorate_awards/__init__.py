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

Importing the package reads no data and imports only what its first use needs: each
name below loads its module on first access, and each resource loads on first use.
"""

from typing import TYPE_CHECKING

from ._errors import (
    AmbiguousNameError,
    DataError,
    NameLookupError,
    ProcuratorateAwardsError,
    UnknownNameError,
)
from ._version import DATA_VERSION, DIVISIONS_VINTAGE, __version__

if TYPE_CHECKING:
    from ._analysis import (
        CJKFontWarning,
        LevelRow,
        LevelTable,
        MedalRow,
        MedalTable,
        joint_awards,
        level_counts,
        medal_table,
        plot_medal_table,
    )
    from ._corpus import (
        CorpusMentions,
        Document,
        find_in_files,
    )
    from ._documents import (
        Erratum,
        Evidence,
        Notice,
        Paragraph,
        RegistryEntry,
        Source,
    )
    from ._english import (
        english_name,
    )
    from ._enums import (
        Kind,
        Level,
        ProvinceKind,
        Tier,
    )
    from ._export import (
        export,
        export_csv,
        export_json,
    )
    from ._export_json import (
        Dataset,
        notice_text,
        read_json,
    )
    from ._find import (
        find_procuratorates,
    )
    from ._formats import (
        export_datapackage,
        export_sqlite,
        export_xlsx,
    )
    from ._frames import (
        OptionalDependencyError,
    )
    from ._mentions import (
        Mention,
        Mentions,
    )
    from ._models import (
        Award,
        Division,
        Procuratorate,
        Province,
        Span,
    )
    from ._queries import (
        AwardList,
        UnitList,
        awards,
        notice,
        units,
    )
    from ._render import (
        ProvinceList,
    )
    from ._resolution import (
        provinces,
        registry,
        resolve_level,
        resolve_procuratorate,
        resolve_province,
    )
    from ._search import (
        Hit,
        SearchResults,
        search,
    )
    from ._translations import (
        Subject,
        english_title,
        subject_rationale,
        subjects,
    )
    from ._validation import (
        validate,
    )
    from ._vocabulary import (
        parse_kind,
        parse_level,
        parse_subject,
        parse_tier,
    )

# Where each lazily imported public name lives (PEP 562): importing the package costs
# no more than its errors and versions, and each module loads on first access.
_LAZY: dict[str, str] = {
    "CJKFontWarning": "_analysis",
    "LevelRow": "_analysis",
    "LevelTable": "_analysis",
    "MedalRow": "_analysis",
    "MedalTable": "_analysis",
    "joint_awards": "_analysis",
    "level_counts": "_analysis",
    "medal_table": "_analysis",
    "plot_medal_table": "_analysis",
    "CorpusMentions": "_corpus",
    "Document": "_corpus",
    "find_in_files": "_corpus",
    "Erratum": "_documents",
    "Evidence": "_documents",
    "Notice": "_documents",
    "Paragraph": "_documents",
    "RegistryEntry": "_documents",
    "Source": "_documents",
    "english_name": "_english",
    "Kind": "_enums",
    "Level": "_enums",
    "ProvinceKind": "_enums",
    "Subject": "_translations",
    "Tier": "_enums",
    "export": "_export",
    "export_csv": "_export",
    "export_json": "_export",
    "Dataset": "_export_json",
    "notice_text": "_export_json",
    "read_json": "_export_json",
    "find_procuratorates": "_find",
    "export_datapackage": "_formats",
    "export_sqlite": "_formats",
    "export_xlsx": "_formats",
    "OptionalDependencyError": "_frames",
    "Mention": "_mentions",
    "Mentions": "_mentions",
    "Award": "_models",
    "Division": "_models",
    "Procuratorate": "_models",
    "Province": "_models",
    "Span": "_models",
    "AwardList": "_queries",
    "UnitList": "_queries",
    "awards": "_queries",
    "notice": "_queries",
    "units": "_queries",
    "ProvinceList": "_render",
    "provinces": "_resolution",
    "registry": "_resolution",
    "resolve_level": "_resolution",
    "resolve_procuratorate": "_resolution",
    "resolve_province": "_resolution",
    "Hit": "_search",
    "SearchResults": "_search",
    "search": "_search",
    "english_title": "_translations",
    "subject_rationale": "_translations",
    "subjects": "_translations",
    "validate": "_validation",
    "parse_kind": "_vocabulary",
    "parse_level": "_vocabulary",
    "parse_subject": "_vocabulary",
    "parse_tier": "_vocabulary",
}


def __getattr__(name: str) -> object:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    # attrs, which the modules build their classes with, is imported as it would be
    # without this package; the package's own modules are made with the collector
    # paused, as everything in them is kept.
    import attrs  # noqa: F401

    from ._resources import kept

    with kept():
        value = getattr(importlib.import_module(f".{module_name}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "DATA_VERSION",
    "DIVISIONS_VINTAGE",
    "AmbiguousNameError",
    "Award",
    "AwardList",
    "CJKFontWarning",
    "CorpusMentions",
    "DataError",
    "Dataset",
    "Division",
    "Document",
    "Erratum",
    "Evidence",
    "Hit",
    "Kind",
    "Level",
    "LevelRow",
    "LevelTable",
    "MedalRow",
    "MedalTable",
    "Mention",
    "Mentions",
    "NameLookupError",
    "Notice",
    "OptionalDependencyError",
    "Paragraph",
    "Procuratorate",
    "ProcuratorateAwardsError",
    "Province",
    "ProvinceKind",
    "ProvinceList",
    "RegistryEntry",
    "SearchResults",
    "Source",
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
    "export_xlsx",
    "find_in_files",
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
    "registry",
    "resolve_level",
    "resolve_procuratorate",
    "resolve_province",
    "search",
    "subject_rationale",
    "subjects",
    "units",
    "validate",
]
