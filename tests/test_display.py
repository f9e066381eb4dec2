"""Records and collections as HTML tables, terminal tables and data frames."""

from __future__ import annotations

import pickle
import sys
from collections.abc import Callable
from typing import Any

import pytest

import procuratorate_awards as pa
from procuratorate_awards._frames import html_table, text_table
from procuratorate_awards._tables import display_width

SHOWN: list[tuple[str, Callable[[], object], str]] = [
    ("award", lambda: pa.awards()[0], "车辆保险理赔监督模型"),
    ("procuratorate", lambda: pa.units()[5], "嵊州市"),
    ("province", lambda: pa.resolve_province("浙江"), "CN-ZJ"),
    ("notice", pa.notice, "中华人民共和国最高人民检察院"),
    ("award list", lambda: pa.awards(tier=1), "非标油偷逃税监督模型"),
    ("unit list", pa.units, "浙江省绍兴市人民检察院"),
    ("medal table", pa.medal_table, "浙江省"),
    ("search results", lambda: pa.search("嵊州"), "嵊州"),
]


@pytest.mark.parametrize(("what", "make", "text"), SHOWN, ids=[s[0] for s in SHOWN])
def test_renders_as_html_and_in_a_terminal(
    what: str, make: Callable[[], object], text: str
) -> None:
    shown = make()
    markup = shown._repr_html_()  # type: ignore[attr-defined]
    assert markup.startswith("<table>")
    assert markup.endswith("</table>")
    assert text in markup
    terminal = str(shown)
    assert text in terminal
    assert "<" not in terminal


def test_award_shows_english_title_and_subjects() -> None:
    award = pa.awards()[0]
    assert "Vehicle insurance claims supervision model" in award._repr_html_()
    assert "刑事检察 (criminal prosecution)" in str(award)
    assert "unofficial" in str(award)


def test_terminal_table_aligns_wide_characters() -> None:
    lines = str(pa.awards(tier=1)).splitlines()
    assert len(lines) == 2 + 5
    # The units column starts at the same display column on every line.
    header_at = display_width(lines[0][: lines[0].index("units")])
    for line in lines[2:]:
        unit_at = (
            line.index("浙江省")
            if "浙江省" in line
            else line.index("江苏省")
            if "江苏省" in line
            else line.index("湖北省")
        )
        assert display_width(line[:unit_at]) == header_at


def test_long_cells_are_cut_in_a_terminal() -> None:
    table = text_table(["title"], [["模" * 100]])
    assert table.splitlines()[2].endswith("…")
    assert display_width(table.splitlines()[2]) <= 48


def test_html_escapes_everything() -> None:
    markup = html_table(["<h>"], [["<script>&"]], caption="<c>")
    assert "<script>" not in markup
    assert "&lt;script&gt;&amp;" in markup
    assert "&lt;c&gt;" in markup


def test_models_stay_frozen_and_picklable() -> None:
    award = pa.awards()[0]
    assert pickle.loads(pickle.dumps(award)) == award
    with pytest.raises(AttributeError):
        award.title = "x"  # type: ignore[misc]
    assert not hasattr(award, "__dict__")


def test_award_list_to_pandas() -> None:
    frame = pa.awards().to_pandas()
    assert frame.shape[0] == 55
    assert list(frame["label"][:2]) == ["一等奖 1", "一等奖 2"]
    assert frame["joint"].sum() == len(pa.joint_awards())
    assert list(frame.loc[3, "units"]) == ["浙江省丽水市人民检察院", "浙江省松阳县人民检察院"]
    assert frame.loc[0, "title_english"] == pa.english_title(pa.awards()[0])


def test_award_list_to_polars() -> None:
    frame = pa.awards(province="浙江").to_polars()
    assert frame.height == 14
    assert frame["units"].to_list()[0] == ["浙江省绍兴市人民检察院"]
    assert frame["subjects"].to_list()[0] == ["刑事检察"]


def test_unit_list_to_data_frames() -> None:
    frame = pa.units().to_pandas()
    assert frame.shape[0] == 59
    assert (
        frame.loc[5, "english_name"]
        == "People's Procuratorate of Shengzhou City, Zhejiang Province"
    )
    assert pa.units().to_polars()["code"].to_list()[5] == "330683"


@pytest.mark.parametrize(
    ("library", "convert"),
    [
        ("pandas", lambda: pa.awards().to_pandas()),
        ("polars", lambda: pa.units().to_polars()),
        ("pandas", lambda: pa.medal_table().to_pandas()),
    ],
)
def test_missing_library_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, library: str, convert: Callable[[], object]
) -> None:
    monkeypatch.setitem(sys.modules, library, None)
    with pytest.raises(
        ImportError, match=rf"needs {library}, .*: pip install {library}$"
    ) as caught:
        convert()
    assert isinstance(caught.value, pa.OptionalDependencyError)
    assert isinstance(caught.value, pa.ProcuratorateAwardsError)
    assert caught.value.extra == library
    copy = pickle.loads(pickle.dumps(caught.value))
    assert str(copy) == str(caught.value)


def test_award_with_an_alternative_title_shows_it() -> None:
    [award] = pa.awards(text="琼粤桂")
    assert "alternative title" in str(award)
    assert award.alternative_title is not None
    assert award.alternative_title in award._repr_html_()


def test_search_hits_name_their_records() -> None:
    lines = str(pa.search("竞赛")).splitlines()[2:]
    assert {line.split()[0] for line in lines} == {"notice", "paragraph"}
    assert any(line.split()[1] == "notice" for line in lines)
    assert ">p1</td>" in pa.search("竞赛")._repr_html_()


def test_cells_show_missing_values_and_flags() -> None:
    table = text_table(["a", "b", "c"], [[None, True, False]])
    assert table.splitlines()[2].split() == ["—", "yes", "no"]


# --- every collection as a table, with one schema -------------------------------------------

COLLECTIONS: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
    ("awards", pa.awards, lambda: pa.awards(province="辽宁")),
    ("units", pa.units, lambda: pa.units()[:0]),
    ("medal table", pa.medal_table, lambda: pa.medal_table()[:0]),
    ("level counts", pa.level_counts, lambda: pa.level_counts()[:0]),
    ("provinces", pa.provinces, lambda: pa.provinces()[:0]),
    ("search", lambda: pa.search("检察"), lambda: pa.search("无此文字")),
    (
        "find",
        lambda: pa.find_procuratorates("浙江省嵊州市人民检察院与朝阳区检察院"),
        lambda: pa.find_procuratorates("无"),
    ),
]


@pytest.mark.parametrize(("what", "full", "empty"), COLLECTIONS, ids=[c[0] for c in COLLECTIONS])
def test_every_collection_is_an_html_table_and_a_typed_frame_empty_or_not(
    what: str, full: Callable[[], Any], empty: Callable[[], Any]
) -> None:
    import polars

    whole, none = full(), empty()
    assert len(whole) > 0
    assert len(none) == 0
    markup = whole._repr_html_()
    assert markup.startswith("<table><caption>")
    assert markup.count("<tr>") == len(whole) + 1
    assert type(whole[:1]) is type(whole)
    assert whole[:1]._repr_html_().count("<tr>") == 2
    pandas_full, pandas_empty = whole.to_pandas(), none.to_pandas()
    assert list(pandas_full.dtypes) == list(pandas_empty.dtypes), what
    assert "float64" not in {str(dtype) for dtype in pandas_empty.dtypes}
    polars_full, polars_empty = whole.to_polars(), none.to_polars()
    assert polars_full.schema == polars_empty.schema
    assert polars.Null not in polars_empty.schema.values()
    assert len(polars.concat([polars_empty, polars_full])) == len(whole)


def test_a_slice_of_the_medal_table_is_a_medal_table() -> None:
    top = pa.medal_table()[:10]
    assert isinstance(top, pa.MedalTable)
    assert repr(top) == "MedalTable(10 provinces)"
    assert top._repr_html_().count("<tr>") == 11
    assert str(top).splitlines()[2].startswith("浙江省")
    assert top.to_pandas()["total"].tolist()[0] == 14


def test_codes_are_strings_in_every_frame() -> None:
    provinces = pa.provinces().to_pandas()
    assert provinces["code"].tolist()[:2] == ["11", "12"]
    assert str(provinces["code"].dtype) == "string"
    assert pa.provinces().to_polars()["code"].dtype == __import__("polars").String
    assert pa.units().to_pandas()["code"].tolist()[5] == "330683"
    assert str(pa.units()[:0].to_pandas()["code"].dtype) == "string"


def test_captions_count_in_the_singular_and_plural() -> None:
    assert "<caption>1 award</caption>" in pa.awards(tier=1)[:1]._repr_html_()
    assert "<caption>5 awards</caption>" in pa.awards(tier=1)._repr_html_()
    [hit] = pa.search("车辆保险理赔")
    assert "<caption>1 hit</caption>" in pa.SearchResults([hit])._repr_html_()
    assert repr(pa.SearchResults([hit])) == "SearchResults(1 hit)"


def test_html_aligns_text_left_numbers_right_and_keeps_labels_on_one_line() -> None:
    import re

    awards = pa.awards(tier=1)._repr_html_()
    cells = re.findall(r'<td style="([^"]*)">([^<]*)</td>', awards)
    label_style = next(style for style, text in cells if text == "一等奖 1")
    assert "text-align: left" in label_style
    assert "white-space: nowrap" in label_style
    title_style = next(style for style, text in cells if text == "车辆保险理赔监督模型")
    assert "text-align: left" in title_style
    medals = pa.medal_table()._repr_html_()
    counts = re.findall(r'<td style="([^"]*)">14</td>', medals)
    assert counts
    assert all("text-align: right" in style for style in counts)
    assert '<th style="text-align: right"' in medals


def test_search_context_is_cut_with_an_ellipsis() -> None:
    hit = next(h for h in pa.search("小切口") if h.where == "paragraph")
    assert hit.context.startswith("…")
    assert hit.context.endswith("…")
    assert hit.context in pa.SearchResults([hit])._repr_html_()
    [whole] = pa.search("车辆保险理赔监督模型")[:1]
    assert not whole.context.startswith("…")


def test_printed_collections_fit_the_terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    lines = str(pa.awards()).splitlines()
    assert max(display_width(line) for line in lines) <= 80
    assert any("…" in line for line in lines)
    monkeypatch.delenv("COLUMNS")
    assert max(display_width(line) for line in str(pa.awards()).splitlines()) > 80
