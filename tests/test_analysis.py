"""The medal table, counts by level, joint awards and the chart, counted independently here."""

from __future__ import annotations

import io
import itertools
import os
import sys
import warnings

import pytest
from attrs import evolve

import procuratorate_awards as pa
from procuratorate_awards import Level, Tier

FIELDS = {
    Tier.FIRST: "first",
    Tier.SECOND: "second",
    Tier.THIRD: "third",
    Tier.EXCELLENCE: "excellence",
}


def count_independently(awards: tuple[pa.Award, ...]) -> dict[str, dict[Tier, int]]:
    """Per province name and tier: the awards with at least one unit in the province."""
    counts = {p.name: dict.fromkeys(Tier, 0) for p in pa.provinces()}
    for award in awards:
        names = {unit.province.name for unit in award.units if unit.province is not None}
        for name in names:
            counts[name][award.tier] += 1
    return counts


def test_medal_table_matches_an_independent_count() -> None:
    table = pa.medal_table()
    counts = count_independently(pa.awards())
    assert len(table) == 32
    assert {row.province.name for row in table} == set(counts)
    for row in table:
        for tier, field in FIELDS.items():
            assert getattr(row, field) == counts[row.province.name][tier], row.province.name
        assert row.total == sum(counts[row.province.name].values())


def test_medal_table_order() -> None:
    table = pa.medal_table()
    keys = [(-r.first, -r.second, -r.third, -r.excellence) for r in table]
    assert keys == sorted(keys)
    # Ties keep province code order; the Corps, without a code, comes last.
    codes = {p.name: i for i, p in enumerate(pa.provinces())}
    for before, after in itertools.pairwise(table):
        if (before.first, before.second, before.third, before.excellence) == (
            after.first,
            after.second,
            after.third,
            after.excellence,
        ):
            assert codes[before.province.name] < codes[after.province.name]
    assert table[0].province.name == "浙江省"
    assert table[-1].province.name == "新疆生产建设兵团"


def test_a_joint_award_within_one_province_counts_once() -> None:
    # 一等奖 4 is shared by 丽水市 and 松阳县, both in Zhejiang.
    shared = pa.awards(tier=1, joint=True)
    assert [a.label for a in shared] == ["一等奖 4"]
    zhejiang = next(row for row in pa.medal_table(shared) if row.province.name == "浙江省")
    assert (zhejiang.first, zhejiang.total) == (1, 1)
    assert sum(row.total for row in pa.medal_table(shared)) == 1


def test_a_joint_award_across_provinces_counts_for_each() -> None:
    zhejiang_unit = pa.resolve_procuratorate("浙江省嵊州市人民检察院")
    jiangsu_unit = pa.resolve_procuratorate("江苏省人民检察院")
    award = pa.awards()[0]
    across = evolve(
        award,
        units=(zhejiang_unit, jiangsu_unit),
        unit_spans=(award.unit_spans[0], award.unit_spans[0]),
    )
    table = {row.province.name: row for row in pa.medal_table([across])}
    assert table["浙江省"].first == table["江苏省"].first == 1
    assert sum(row.total for row in table.values()) == 2
    levels = {row.level: row.total for row in pa.level_counts([across])}
    assert levels[Level.BASIC] == levels[Level.PROVINCIAL] == 1


def test_medal_table_of_a_subset() -> None:
    basic = pa.awards(level="基层")
    table = pa.medal_table(basic)
    counts = count_independently(basic)
    assert {r.province.name: r.total for r in table} == {
        name: sum(tiers.values()) for name, tiers in counts.items()
    }


def test_level_counts_match_an_independent_count() -> None:
    rows = pa.level_counts()
    assert [row.level for row in rows] == list(Level)
    for row in rows:
        for tier, field in FIELDS.items():
            expected = sum(
                1
                for a in pa.awards()
                if a.tier is tier and any(u.level is row.level for u in a.units)
            )
            assert getattr(row, field) == expected


def test_joint_awards() -> None:
    joint = pa.joint_awards()
    assert [a.label for a in joint] == [a.label for a in pa.awards() if len(a.units) > 1]
    within = pa.joint_awards(across_provinces=False)
    across = pa.joint_awards(across_provinces=True)
    assert len(within) + len(across) == len(joint)
    for award in within:
        assert len({u.province for u in award.units}) == 1


def test_medal_table_renders_and_converts() -> None:
    table = pa.medal_table()
    assert str(table).splitlines()[2].startswith("浙江省")
    assert ">Zhejiang</td>" in table._repr_html_()
    frame = table.to_pandas()
    assert list(frame.columns) == [
        "province",
        "province_english",
        "first",
        "second",
        "third",
        "excellence",
        "total",
    ]
    assert int(frame["total"].sum()) == sum(row.total for row in table)
    assert table.to_polars().height == 32


# --- the chart ----------------------------------------------------------------------------


def test_chart_has_a_stacked_bar_per_province_and_tier() -> None:
    figure = pa.plot_medal_table()
    [ax] = figure.axes
    with_awards = [row for row in pa.medal_table() if row.total]
    labels = [tick.get_text() for tick in ax.get_yticklabels()]
    assert labels == [row.province.english_name for row in with_awards]
    legend = ax.get_legend()
    assert legend is not None
    assert [t.get_text() for t in legend.get_texts()] == [t.english for t in Tier]
    assert len(ax.patches) == 4 * len(with_awards)
    widths: dict[float, float] = {}
    for patch in ax.patches:
        y = round(patch.get_y(), 3)  # type: ignore[attr-defined]
        widths[y] = widths.get(y, 0) + patch.get_width()  # type: ignore[attr-defined]
    assert sorted(widths.values(), reverse=True) == sorted(
        (float(r.total) for r in with_awards), reverse=True
    )
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    assert buffer.getvalue().startswith(b"\x89PNG")


def test_chart_can_include_every_province() -> None:
    [ax] = pa.plot_medal_table(include_empty=True).axes
    assert len(ax.get_yticklabels()) == 32


def _has_chinese_glyphs(path: str) -> bool:
    from matplotlib.ft2font import FT2Font

    try:
        return ord("省") in FT2Font(path).get_charmap()
    except (OSError, RuntimeError, ValueError):
        return False


# Where Debian's fonts-wqy-microhei and fonts-noto-cjk put their files (.ci/run installs one).
_SYSTEM_CJK_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
)


# Without a CJK font matplotlib warns of each missing glyph as it draws: expected here.
@pytest.mark.filterwarnings("ignore:Glyph .* missing from font:UserWarning")
def test_chinese_labels_without_a_cjk_font_warn_and_still_render(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from matplotlib import font_manager

    # The real font list less every font with Chinese glyphs, but with matplotlib's
    # "Last Resort" font kept: it claims every character, and was once taken.
    kept = [
        entry
        for entry in font_manager.fontManager.ttflist
        if "Last Resort" in entry.name or not _has_chinese_glyphs(entry.fname)
    ]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", kept)
    with pytest.warns(pa.CJKFontWarning, match="Chinese glyphs"):
        figure = pa.plot_medal_table(labels="chinese")
    [ax] = figure.axes
    assert ax.get_yticklabels()[0].get_text() == "浙江省"
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    assert buffer.getvalue().startswith(b"\x89PNG")


def test_chinese_labels_use_an_installed_simplified_chinese_font() -> None:
    from matplotlib import font_manager

    installed = [path for path in _SYSTEM_CJK_FONTS if os.path.exists(path)]
    if not installed:
        pytest.skip("no CJK font installed: apt-get install fonts-wqy-microhei (.ci/run does)")
    for path in installed:
        # matplotlib's font cache may predate the font; registering it is idempotent.
        font_manager.fontManager.addfont(path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figure = pa.plot_medal_table(labels="chinese")
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
    [ax] = figure.axes
    assert ax.get_title().startswith("全国检察机关")
    family = ax.get_yticklabels()[0].get_fontfamily()[0]
    assert "Last Resort" not in family
    assert family in {"WenQuanYi Micro Hei", "Noto Sans CJK SC"}
    legend = ax.get_legend()
    assert legend is not None
    assert legend.get_title().get_fontfamily()[0] == family


def test_chart_refuses_unknown_labels() -> None:
    with pytest.raises(ValueError, match="english"):
        pa.plot_medal_table(labels="french")  # type: ignore[arg-type]


def test_chart_without_matplotlib_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(pa.OptionalDependencyError, match=r"pip install matplotlib$") as caught:
        pa.plot_medal_table()
    assert isinstance(caught.value, ImportError)
    assert caught.value.extra == "plot"


def test_level_counts_add_a_row_for_units_without_a_level() -> None:
    corps = pa.resolve_procuratorate("新疆生产建设兵团人民检察院")
    assert corps.level is None
    award = evolve(pa.awards()[0], units=(corps,))
    rows = pa.level_counts([award])
    assert [row.level for row in rows] == [*Level, None]
    assert rows[-1].first == rows[-1].total == 1


def test_chart_draws_into_given_axes() -> None:
    from matplotlib.figure import Figure

    figure = Figure()
    ax = figure.add_subplot()
    assert pa.plot_medal_table(pa.awards(tier=1), ax=ax) is figure
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Zhejiang", "Jiangsu", "Hubei"]


def test_a_chart_in_a_small_axes_keeps_its_title_and_legend_clear_of_the_bars() -> None:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(4, 3))
    ax = figure.add_subplot()
    pa.plot_medal_table(pa.awards(tier=1), ax=ax)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure)
    canvas.draw()  # type: ignore[no-untyped-call]
    renderer = canvas.get_renderer()  # type: ignore[no-untyped-call]
    whole = figure.bbox
    title = ax.title.get_window_extent(renderer)
    assert whole.x0 <= title.x0
    assert title.x1 <= whole.x1
    assert whole.y0 <= title.y0
    assert title.y1 <= whole.y1
    legend = ax.get_legend()
    assert legend is not None
    assert [text.get_text() for text in legend.get_texts()] == ["First prize"]
    box = legend.get_window_extent(renderer)
    for bar in ax.patches:
        assert not box.overlaps(bar.get_window_extent(renderer))
    assert box.x1 <= whole.x1
