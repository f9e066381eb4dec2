"""The columns of awards and procuratorates, defined once for every table that shows them.

A collection's notebook and terminal tables, its data frames and the command line's
listings all take their columns from here: :data:`AWARD_COLUMNS` with
:func:`award_cells`, and :data:`UNIT_COLUMNS` with :func:`unit_cells`, give the same
names, types and values wherever an award or a procuratorate is shown.
"""

from __future__ import annotations

from typing import Any

from ._errors import UnknownNameError
from ._models import Award, Procuratorate
from ._rows import Column

__all__ = [
    "AWARD_COLUMNS",
    "UNIT_COLUMNS",
    "award_cells",
    "unit_cells",
]

AWARD_COLUMNS = (
    Column("label", "string", "tier and number, e.g. 一等奖 1"),
    Column("tier", "string", "一等奖, 二等奖, 三等奖 or 优秀奖"),
    Column("tier_english", "string", "the tier in English"),
    Column("number", "integer", "position within the tier as printed (not a rank)"),
    Column("title", "string", "the title of the winning model"),
    Column("title_english", "string", "an unofficial English title"),
    Column("units", "strings", "the winning procuratorates as printed"),
    Column("units_english", "strings", "their unofficial English names"),
    Column("provinces", "strings", "the provinces of the units, each once"),
    Column("levels", "strings", "the levels of the units, each once"),
    Column("joint", "boolean", "whether several procuratorates share the award"),
    Column("subjects", "strings", "this package's classification by function"),
)


def award_cells(award: Award) -> tuple[Any, ...]:
    """The award's value in each of :data:`AWARD_COLUMNS`, in order.

    >>> from procuratorate_awards import awards
    >>> dict(zip((c.name for c in AWARD_COLUMNS), award_cells(awards()[0])))["units"]
    ('浙江省绍兴市人民检察院',)
    """
    # The English names and subjects, and what they load, only when a table is drawn.
    from ._english import english_name
    from ._translations import english_title, subjects

    return (
        award.label,
        award.tier.label,
        award.tier.english,
        award.number,
        award.title,
        english_title(award),
        tuple(u.name for u in award.units),
        tuple(english_name(u) for u in award.units),
        tuple(p.name for p in award.provinces),
        tuple(level.label for level in award.levels if level is not None),
        award.joint,
        tuple(subject.label for subject in subjects(award)),
    )


UNIT_COLUMNS = (
    Column("name", "string", "the name as given"),
    Column("english_name", "string", "an unofficial English name", False),
    Column("full_name", "string", "the name written out with its province"),
    Column("province", "string", "the province", False),
    Column("prefecture", "string", "the prefecture-level division", False),
    Column("county", "string", "the county-level division", False),
    Column("code", "string", "six-digit code of the most specific division", False),
    Column("level", "string", "最高, 省级, 设区的市级 or 基层", False),
    Column("kind", "string", "普通, 分院, 铁路运输 …"),
)


def unit_cells(unit: Procuratorate) -> tuple[Any, ...]:
    """The procuratorate's value in each of :data:`UNIT_COLUMNS`, in order.

    >>> from procuratorate_awards import resolve_procuratorate
    >>> unit_cells(resolve_procuratorate("嵊州市人民检察院"))[2:7]
    ('浙江省嵊州市人民检察院', '浙江省', '绍兴市', '嵊州市', '330683')
    """
    from ._english import english_name

    try:
        english: str | None = english_name(unit)
    except UnknownNameError:
        english = None
    return (
        unit.name,
        english,
        unit.full_name,
        None if unit.province is None else unit.province.name,
        None if unit.prefecture is None else unit.prefecture.name,
        None if unit.county is None else unit.county.name,
        unit.code,
        None if unit.level is None else unit.level.label,
        unit.kind.label,
    )
