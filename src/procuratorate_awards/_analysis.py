"""Counting the awards: the medal table by province, counts by level, the joint awards, a chart.

The counting rule, the same everywhere in this module: an award counts once for each
distinct province (or level) among its units. An award shared by several
procuratorates of one province counts once for that province; a joint award of
procuratorates in two provinces counts once for each, so the totals of a table can
add up to more than the number of awards.

matplotlib, for :func:`plot_medal_table`, is an optional extra imported only there.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from attrs import frozen

from ._enums import Level, Tier
from ._frames import Frame, OptionalDependencyError
from ._models import Award, Province
from ._queries import AwardList, awards
from ._resolution import provinces
from ._rows import Column, Rows, count

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "CJKFontWarning",
    "LevelRow",
    "LevelTable",
    "MedalRow",
    "MedalTable",
    "joint_awards",
    "level_counts",
    "medal_table",
    "plot_medal_table",
]

_TIER_FIELDS = {
    Tier.FIRST: "first",
    Tier.SECOND: "second",
    Tier.THIRD: "third",
    Tier.EXCELLENCE: "excellence",
}


class _TierCounts:
    """Awards counted per tier, with their total: what a medal row and a level row share."""

    __slots__ = ()
    first: int
    second: int
    third: int
    excellence: int

    @property
    def total(self) -> int:
        """Awards of every tier."""
        return self.first + self.second + self.third + self.excellence


@frozen
class MedalRow(_TierCounts):
    """One province's line of the medal table: awards per tier and in all.

    >>> from procuratorate_awards import medal_table
    >>> row = medal_table()[0]
    >>> row.province.name, row.first, row.total
    ('浙江省', 3, 14)
    """

    province: Province
    first: int
    second: int
    third: int
    excellence: int


@frozen
class LevelRow(_TierCounts):
    """Awards per tier won by procuratorates of one level.

    >>> from procuratorate_awards import level_counts, Level
    >>> level_counts()[-1].level, level_counts()[-1].total
    (<Level.BASIC: '基层'>, 29)
    """

    level: Level | None
    first: int
    second: int
    third: int
    excellence: int


_HEADERS = ("first", "second", "third", "excellence", "total")
_COUNT_COLUMNS = tuple(Column(name, "integer", f"awards: {name}") for name in _HEADERS)


def _counts(row: _TierCounts) -> tuple[int, ...]:
    return (row.first, row.second, row.third, row.excellence, row.total)


class MedalTable(Rows[MedalRow]):
    """The medal table: one :class:`MedalRow` per province, in medal-table order.

    Renders as a table in a terminal and in Jupyter and converts to data frames; a
    slice (``medal_table()[:10]``) is a ``MedalTable`` too.

    >>> from procuratorate_awards import medal_table
    >>> len(medal_table()), medal_table(), medal_table()[:10]
    (32, MedalTable(32 provinces), MedalTable(10 provinces))
    """

    __slots__ = ()
    _noun = ("province", "provinces")

    def frame(self) -> Frame:
        """The table as typed columns: province, province_english, first … excellence, total.

        >>> from procuratorate_awards import medal_table
        >>> medal_table()[:2].to_pandas()[["province", "total"]].values.tolist()
        [['浙江省', 14], ['江苏省', 6]]
        """
        columns = (
            Column("province", "string", "the province"),
            Column("province_english", "string", "its English name"),
            *_COUNT_COLUMNS,
        )
        rows = tuple((r.province.name, r.province.english_name, *_counts(r)) for r in self)
        caption = f"Awards by province (medal table), {count(len(self), 'province')}"
        terminal = ("province", *_HEADERS)
        return Frame(columns, rows, caption, terminal=terminal)

    def records(self) -> dict[str, list[Any]]:
        """The table as columns: province, province_english, first … excellence, total.

        >>> from procuratorate_awards import medal_table
        >>> medal_table().records()["total"][:3]
        [14, 6, 3]
        """
        return self.frame().records()


class LevelTable(Rows[LevelRow]):
    """Awards per tier for each level: the rows of :func:`level_counts`, as a table.

    >>> from procuratorate_awards import level_counts
    >>> level_counts()
    LevelTable(4 levels)
    >>> level_counts().to_pandas()["level"].tolist()
    ['最高', '省级', '设区的市级', '基层']
    """

    __slots__ = ()
    _noun = ("level", "levels")

    def frame(self) -> Frame:
        """The table as typed columns: level, level_english, first … excellence, total.

        >>> from procuratorate_awards import level_counts
        >>> level_counts().frame().caption
        'Awards by level of procuratorate, 4 levels'
        """
        columns = (
            Column("level", "string", "the level; empty where no source fixes it", False),
            Column("level_english", "string", "the level in English", False),
            *_COUNT_COLUMNS,
        )
        rows = tuple(
            (
                None if r.level is None else r.level.label,
                None if r.level is None else r.level.english,
                *_counts(r),
            )
            for r in self
        )
        caption = f"Awards by level of procuratorate, {count(len(self), 'level')}"
        return Frame(columns, rows, caption, terminal=("level", *_HEADERS))


def _tier_counts(
    items: Iterable[Award], keys_of: Callable[[Award], Sequence[Hashable]]
) -> dict[Hashable, dict[Tier, int]]:
    counts: dict[Hashable, dict[Tier, int]] = {}
    # An award given twice (a list built by hand, two selections joined) is one award.
    for award in dict.fromkeys(items):
        for key in keys_of(award):
            tiers = counts.setdefault(key, dict.fromkeys(Tier, 0))
            tiers[award.tier] += 1
    return counts


def medal_table(items: Iterable[Award] | None = None) -> MedalTable:
    """Awards per tier for each of the 32 provinces, those without awards included.

    Counting rule: an award counts once for each distinct province among its units.
    An award shared by several procuratorates of one province counts once for it;
    a joint award across provinces counts once for each of them.

    Rows are ordered as a medal table: most first prizes, then most second prizes,
    third prizes and excellence awards; provinces that tie on all four keep code
    order (新疆生产建设兵团 last). ``items`` counts a subset, such as ``awards(level="基层")``;
    by default every award. An award that ``items`` holds twice counts once.

    >>> from procuratorate_awards import medal_table
    >>> [(row.province.english_name, row.first, row.total) for row in medal_table()[:3]]
    [('Zhejiang', 3, 14), ('Jiangsu', 1, 6), ('Hubei', 1, 3)]
    >>> medal_table()[-1].province.name, medal_table()[-1].total
    ('新疆生产建设兵团', 0)
    """
    counts = _tier_counts(awards() if items is None else items, lambda a: a.provinces)
    rows = []
    for province in provinces():
        tiers = counts.get(province, dict.fromkeys(Tier, 0))
        rows.append(MedalRow(province, *(tiers[tier] for tier in Tier)))
    # sorted() is stable, so ties keep the code order of provinces().
    rows.sort(key=lambda r: (-r.first, -r.second, -r.third, -r.excellence))
    return MedalTable(rows)


def level_counts(items: Iterable[Award] | None = None) -> LevelTable:
    """Awards per tier for each level of procuratorate, supreme to basic.

    The same counting rule as :func:`medal_table`: an award counts once for each
    distinct level among its units, so a joint award of a city and one of its
    counties counts for 设区的市级 and for 基层. Every level has a row; a row for
    ``None`` (units no source fixes a level for) follows only when one has awards.

    >>> from procuratorate_awards import level_counts
    >>> [(row.level.english, row.total) for row in level_counts()]
    [('supreme', 0), ('provincial', 14), ('prefectural', 23), ('basic', 29)]
    """
    counts = _tier_counts(awards() if items is None else items, lambda a: a.levels)
    keys: list[Level | None] = list(Level)
    if None in counts:
        keys.append(None)
    return LevelTable(
        LevelRow(level, *(counts.get(level, dict.fromkeys(Tier, 0))[tier] for tier in Tier))
        for level in keys
    )


def joint_awards(*, across_provinces: bool | None = None) -> AwardList:
    """The awards shared by several procuratorates, in printed order.

    ``across_provinces=True`` keeps those whose units lie in more than one province,
    ``False`` those within one province; by default both.

    >>> from procuratorate_awards import joint_awards
    >>> len(joint_awards()), len(joint_awards(across_provinces=True))
    (11, 0)
    """
    found = awards(joint=True)
    if across_provinces is None:
        return found
    return AwardList(a for a in found if (len(a.provinces) > 1) is across_provinces)


# --- the chart ---------------------------------------------------------------------------


class CJKFontWarning(UserWarning):
    """Chinese labels were asked for, but matplotlib knows no font with Chinese glyphs.

    The chart is still drawn; its Chinese labels show as empty boxes. Install a
    Simplified Chinese sans-serif font (Noto Sans CJK SC, Source Han Sans SC, WenQuanYi
    Micro Hei, SimHei, Microsoft YaHei or PingFang SC, looked for in that order; on
    Debian or Ubuntu ``apt-get install fonts-noto-cjk`` or ``fonts-wqy-microhei``), or
    use the default English labels. A fallback font that only draws boxes, such as
    matplotlib's "Last Resort", is never taken.

    >>> from procuratorate_awards import CJKFontWarning
    >>> issubclass(CJKFontWarning, UserWarning)
    True
    """


# Colours for first … excellence: readable in greyscale and for red-green colour blindness.
_TIER_COLOURS = ("#b8860b", "#7f7f7f", "#a0522d", "#4c72b0")


# Font families tried for Chinese labels, in order: Simplified Chinese sans-serif faces
# first, then other faces of the same families, whose Chinese glyphs serve as well.
_CJK_FONTS: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Heiti SC",
    "STHeiti",
    "Noto Sans CJK TC",
    "Noto Sans CJK JP",
    "Source Han Sans",
)


def _cjk_font() -> str | None:
    """The first family of ``_CJK_FONTS`` that matplotlib knows and that has Chinese glyphs.

    Only named families are taken, never the first font that claims the character: a
    fallback font such as matplotlib's own "Last Resort" claims every character but
    draws boxes, and its name breaks the legend's font parser. Not memoised, since a
    font registered with ``font_manager.fontManager.addfont`` should count at once.
    """
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    known: dict[str, str] = {}
    for entry in font_manager.fontManager.ttflist:
        known.setdefault(entry.name, entry.fname)
    probe = ord("省")
    for family in _CJK_FONTS:
        path = known.get(family)
        if path is None:
            continue
        try:
            if probe in FT2Font(path).get_charmap():
                return family
        except (OSError, RuntimeError, ValueError):
            continue
    return None


def plot_medal_table(
    items: Iterable[Award] | None = None,
    *,
    labels: Literal["english", "chinese"] = "english",
    include_empty: bool = False,
    ax: Axes | None = None,
) -> Figure:
    """A stacked bar chart of awards by province and tier; returns the matplotlib figure.

    Needs matplotlib (``pip install matplotlib``; the ``plot`` extra). Provinces come in
    :func:`medal_table` order, with the same counting rule; those without awards are
    left out unless ``include_empty``. Labels are English by default, so the chart
    renders without CJK fonts; ``labels="chinese"`` uses Chinese names and issues a
    :class:`CJKFontWarning` when no installed font has Chinese glyphs. The figure is
    made without pyplot, so nothing global changes; pass ``ax`` to draw into an
    existing axes (a figure without a layout engine then gets constrained layout, so
    that the title and the legend, beside the bars, fit). The legend lists only the
    tiers that have bars.

    >>> from procuratorate_awards import plot_medal_table
    >>> figure = plot_medal_table()  # doctest: +SKIP
    >>> figure.savefig("medal-table.png")  # doctest: +SKIP
    """
    if labels not in ("english", "chinese"):
        raise ValueError(f"labels must be 'english' or 'chinese', not {labels!r}")
    try:
        from matplotlib.figure import Figure
        from matplotlib.ticker import MaxNLocator
    except ImportError:
        raise OptionalDependencyError("matplotlib", "plot", "plot_medal_table()") from None
    table = [row for row in medal_table(items) if include_empty or row.total]
    font: str | None = None
    if labels == "chinese":
        font = _cjk_font()
        if font is None:
            warnings.warn(
                "no installed font has Chinese glyphs, so the Chinese labels will show as "
                "boxes; install a Simplified Chinese font (e.g. Noto Sans CJK SC or "
                "WenQuanYi Micro Hei) or use labels='english'",
                CJKFontWarning,
                stacklevel=2,
            )
    if ax is None:
        figure = Figure(figsize=(9, 0.32 * len(table) + 1.6), layout="constrained")
        ax = figure.add_subplot()
    else:
        figure = ax.get_figure()  # type: ignore[assignment]
        if figure.get_layout_engine() is None:
            # Without a layout engine a small axes clips its title and the legend beside it.
            figure.set_layout_engine("constrained")
    names = [r.province.english_name if labels == "english" else r.province.name for r in table]
    positions = list(range(len(table)))
    left = [0] * len(table)
    for tier, colour in zip(Tier, _TIER_COLOURS, strict=True):
        values = [getattr(r, _TIER_FIELDS[tier]) for r in table]
        if not any(values):
            continue  # a tier with no bar has no place in the legend
        tier_label = tier.english if labels == "english" else tier.label
        ax.barh(positions, values, left=left, color=colour, label=tier_label)
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_yticks(positions, names, fontfamily=font if font else None)
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    # The legend stands outside the axes, on the right, where it can cover no bar.
    outside: dict[str, Any] = {"bbox_to_anchor": (1.01, 1.0), "borderaxespad": 0.0}
    if labels == "english":
        ax.set_xlabel("Awards (a joint award counts once per province)", wrap=True)
        ax.set_title(
            "2022 big-data legal supervision model competition: awards by province", wrap=True
        )
        ax.legend(title="Tier", loc="upper left", **outside)
    else:
        ax.set_xlabel("获奖数（联合获奖每省计一次）", fontfamily=font, wrap=True)
        ax.set_title(
            "全国检察机关大数据法律监督模型竞赛获奖情况（按省）", fontfamily=font, wrap=True
        )
        legend = ax.legend(
            title="奖项", loc="upper left", prop={"family": font} if font else None, **outside
        )
        if font:
            legend.get_title().set_fontfamily(font)
    ax.grid(axis="x", alpha=0.3)
    ax.set_axisbelow(True)
    return figure
