"""The tables every export writes, described once: their columns, types, keys and rows.

The CSV, SQLite, Data Package and spreadsheet exports all write :data:`TABLES`, so their
columns, types and keys agree everywhere. A column these tables share with the award
and procuratorate lists (tier, title, full name, kind, code …) is the very column
those lists, the notebook tables and the command line show (``_columns``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator

from attrs import frozen

from ._columns import AWARD_COLUMNS, UNIT_COLUMNS
from ._divisions import division_level, index
from ._models import Division, Province
from ._queries import awards, notice, units
from ._resolution import provinces
from ._rows import Column
from ._version import DIVISIONS_VINTAGE

__all__ = ["TABLES", "FlatCell", "Table"]


FlatCell = str | int | bool | None
# A list inside one cell (abbreviations, notes) is joined with this.
LIST_SEPARATOR = "; "
_NOTES_SEPARATOR = "\n"


# Columns these tables share with the collections' own tables are the same columns.
_AWARD = {column.name: column for column in AWARD_COLUMNS}
_UNIT = {column.name: column for column in UNIT_COLUMNS}


# --- tables ---------------------------------------------------------------------------


@frozen
class Table:
    """An exported table: its columns, its key and how to build its rows.

    ``file`` is the CSV file name; ``in_csv`` whether the CSV and Data Package exports
    include it (the SQLite export includes every table).
    """

    name: str
    file: str
    title: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    rows: Callable[[], Iterator[tuple[FlatCell, ...]]]
    in_csv: bool = True


def _province_ids() -> dict[Province, int]:
    return {province: position for position, province in enumerate(provinces(), 1)}


def _unit_ids() -> dict[str, int]:
    return {unit.name: position for position, unit in enumerate(units(), 1)}


def _code(division: Division | None) -> str | None:
    return None if division is None else division.code


def _name(division: Division | None) -> str | None:
    return None if division is None else division.name


def _province_rows() -> Iterator[tuple[FlatCell, ...]]:
    for position, province in enumerate(provinces(), 1):
        yield (
            position,
            province.code,
            province.division_code,
            province.name,
            province.bare_name,
            LIST_SEPARATOR.join(province.abbreviations) or None,
            province.english_name,
            LIST_SEPARATOR.join(province.english_aliases) or None,
            province.kind.value,
            province.kind.label,
            province.iso_code,
        )


def _procuratorate_rows() -> Iterator[tuple[FlatCell, ...]]:
    province_ids = _province_ids()
    for position, unit in enumerate(units(), 1):
        yield (
            position,
            unit.name,
            unit.full_name,
            None if unit.province is None else province_ids[unit.province],
            None if unit.province is None else unit.province.name,
            _code(unit.prefecture),
            _name(unit.prefecture),
            _code(unit.county),
            _name(unit.county),
            unit.code,
            None if unit.level is None else unit.level.label,
            None if unit.level is None else unit.level.english,
            unit.kind.label,
            unit.kind.english,
            _NOTES_SEPARATOR.join(unit.notes) or None,
        )


def _award_rows() -> Iterator[tuple[FlatCell, ...]]:
    for position, award in enumerate(awards(), 1):
        yield (
            position,
            award.tier.label,
            award.tier.english,
            award.tier.rank,
            award.number,
            award.title,
            award.alternative_title,
            award.joint,
            len(award.units),
            award.span.start,
            award.span.end,
            award.title_span.start,
            award.title_span.end,
        )


def _award_unit_rows() -> Iterator[tuple[FlatCell, ...]]:
    unit_ids = _unit_ids()
    for award_id, award in enumerate(awards(), 1):
        for place, (unit, span) in enumerate(zip(award.units, award.unit_spans, strict=True), 1):
            yield (award_id, place, unit_ids[unit.name], unit.name, span.start, span.end)


def _award_list_rows() -> Iterator[tuple[FlatCell, ...]]:
    unit_ids = _unit_ids()
    for award_id, award in enumerate(awards(), 1):
        for place, unit in enumerate(award.units, 1):
            province = unit.province
            yield (
                award_id,
                award.tier.label,
                award.tier.english,
                award.number,
                award.title,
                place,
                award.joint,
                unit_ids[unit.name],
                unit.name,
                unit.full_name,
                None if province is None else province.name,
                None if province is None else province.english_name,
                _name(unit.prefecture),
                _name(unit.county),
                None if unit.level is None else unit.level.label,
                unit.kind.label,
                unit.code,
            )


def _notice_rows() -> Iterator[tuple[FlatCell, ...]]:
    n = notice()
    yield (
        1,
        n.title,
        n.issuer,
        _NOTES_SEPARATOR.join(n.addressees),
        n.total_entries,
        n.distribution,
        n.award_list_title,
        n.ranking_note,
        n.year,
        n.date,
        n.document_number,
        n.source_text,
    )


def _paragraph_rows() -> Iterator[tuple[FlatCell, ...]]:
    for position, paragraph in enumerate(notice().paragraphs, 1):
        yield (
            paragraph.id,
            1,
            position,
            paragraph.point,
            paragraph.text,
            paragraph.span.start,
            paragraph.span.end,
        )


def _erratum_rows() -> Iterator[tuple[FlatCell, ...]]:
    for position, erratum in enumerate(notice().errata, 1):
        yield (
            position,
            1,
            erratum.kind,
            erratum.location,
            erratum.span.start,
            erratum.span.end,
            erratum.source,
            erratum.corrected,
            erratum.reason,
        )


_DIVISION_LEVELS = ("province", "prefecture", "county")


def _division_rows() -> Iterator[tuple[FlatCell, ...]]:
    idx = index()
    province_ids = _province_ids()
    for division in idx.divisions:
        level = division_level(division.code)
        province = idx.province_of(division)
        if level == 0:
            parent = None
        else:
            # County-level divisions of a municipality or directly under a province have
            # no prefecture in the table; their parent is the province.
            prefecture = idx.parent(division)
            parent = (prefecture or idx.by_code[division.code[:2] + "0000"]).code
        yield (
            division.code,
            division.name,
            _DIVISION_LEVELS[level],
            parent,
            province_ids[province],
        )


def _span_columns(prefix: str, what: str) -> tuple[Column, Column]:
    where = "in the notice's source text (Python string offsets)"
    return (
        Column(f"{prefix}start", "integer", f"where {what} starts {where}"),
        Column(f"{prefix}end", "integer", f"where {what} ends {where}, exclusive"),
    )


TABLES: tuple[Table, ...] = (
    Table(
        "provinces",
        "provinces.csv",
        "The 32 provincial-level units the notice is addressed to",
        (
            Column("province_id", "integer", "position in the registry, 1–32 (the Corps last)"),
            Column("code", "string", "two-digit division code; empty for the Corps", False),
            Column("division_code", "string", "six-digit division code", False),
            Column("name", "string", "full name, e.g. 浙江省"),
            Column("bare_name", "string", "name without its suffix, e.g. 浙江"),
            Column("abbreviations", "string", "one-character abbreviations, '; '-separated", False),
            Column("english_name", "string", "English name"),
            Column("english_aliases", "string", "other English names, '; '-separated", False),
            Column("kind", "string", "province, autonomous_region, municipality or corps"),
            Column("kind_label", "string", "the kind in Chinese"),
            Column("iso_code", "string", "ISO 3166-2 code; empty for the Corps", False),
        ),
        ("province_id",),
        _province_rows,
    ),
    Table(
        "divisions",
        "divisions.csv",
        f"Administrative divisions at county level and above as of {DIVISIONS_VINTAGE} (MCA)",
        (
            Column("code", "string", "six-digit division code (GB/T 2260)"),
            Column("name", "string", "name"),
            Column("level", "string", "province, prefecture or county"),
            Column("parent_code", "string", "the division it lies in", False, "divisions"),
            Column("province_id", "integer", "the province it lies in", references="provinces"),
        ),
        ("code",),
        _division_rows,
    ),
    Table(
        "procuratorates",
        "units.csv",
        "The 59 winning procuratorates, in order of first appearance in the award list",
        (
            Column("procuratorate_id", "integer", "position of first appearance, 1–59"),
            Column("name", "string", "the name as printed in the award list"),
            _UNIT["full_name"],
            Column("province_id", "integer", "the province", False, "provinces"),
            Column("province_name", "string", "the province's name", False),
            Column(
                "prefecture_code", "string", "six-digit code of the prefecture", False, "divisions"
            ),
            Column("prefecture_name", "string", "name of the prefecture", False),
            Column(
                "county_code",
                "string",
                "six-digit code of the county-level division",
                False,
                "divisions",
            ),
            Column("county_name", "string", "name of the county-level division", False),
            Column("code", "string", "code of the most specific division", False),
            Column("level", "string", "最高, 省级, 设区的市级 or 基层; empty if unknown", False),
            Column("level_english", "string", "the level in English", False),
            _UNIT["kind"],
            Column("kind_english", "string", "the kind in English"),
            Column("notes", "string", "how the name was placed, one note a line", False),
        ),
        ("procuratorate_id",),
        _procuratorate_rows,
    ),
    Table(
        "awards",
        "awards.csv",
        "The 55 awards in the order the notice prints them",
        (
            Column("award_id", "integer", "position in the award list, 1–55"),
            _AWARD["tier"],
            _AWARD["tier_english"],
            Column("tier_rank", "integer", "1 for 一等奖 … 4 for 优秀奖"),
            _AWARD["number"],
            _AWARD["title"],
            Column("alternative_title", "string", "a second title printed in brackets", False),
            _AWARD["joint"],
            Column("unit_count", "integer", "how many procuratorates share the award"),
            *_span_columns("span_", "the printed entry"),
            *_span_columns("title_", "the title"),
        ),
        ("award_id",),
        _award_rows,
    ),
    Table(
        "award_procuratorates",
        "award_units.csv",
        "Which procuratorates won each award, in printed order",
        (
            Column("award_id", "integer", "the award", references="awards"),
            Column("position", "integer", "place among the award's units, from 1"),
            Column("procuratorate_id", "integer", "the procuratorate", references="procuratorates"),
            Column("name", "string", "the name as printed"),
            *_span_columns("span_", "the printed name"),
        ),
        ("award_id", "position"),
        _award_unit_rows,
    ),
    Table(
        "award_list",
        "award_list.csv",
        "One row per award and winning procuratorate, with its place: the list as one sheet",
        (
            Column("award_id", "integer", "the award", references="awards"),
            _AWARD["tier"],
            _AWARD["tier_english"],
            _AWARD["number"],
            _AWARD["title"],
            Column("position", "integer", "place among the award's units, from 1"),
            _AWARD["joint"],
            Column("procuratorate_id", "integer", "the procuratorate", references="procuratorates"),
            Column("procuratorate", "string", "the name as printed"),
            _UNIT["full_name"],
            Column("province", "string", "the province's name", False),
            Column("province_english", "string", "the province's English name", False),
            Column("prefecture", "string", "name of the prefecture", False),
            Column("county", "string", "name of the county-level division", False),
            Column("level", "string", "最高, 省级, 设区的市级 or 基层; empty if unknown", False),
            _UNIT["kind"],
            _UNIT["code"],
        ),
        ("award_id", "position"),
        _award_list_rows,
    ),
    Table(
        "notice",
        "notice.csv",
        "The notice itself (one row)",
        (
            Column("notice_id", "integer", "always 1"),
            Column("title", "string", "title"),
            Column("issuer", "string", "issuing body"),
            Column("addressees", "string", "addressees, one a line"),
            Column("total_entries", "integer", "entries submitted to the competition"),
            Column("distribution", "string", "distribution line"),
            Column("award_list_title", "string", "heading of the award list"),
            Column("ranking_note", "string", "the note on ranking within a tier"),
            Column("year", "integer", "year of the notice (see the year evidence)"),
            Column("date", "string", "ISO 8601 date; empty, as the source has none", False),
            Column("document_number", "string", "empty, as the source has none", False),
            Column("source_text", "string", "the transcription exactly as received"),
        ),
        ("notice_id",),
        _notice_rows,
        in_csv=False,
    ),
    Table(
        "notice_paragraphs",
        "notice_paragraphs.csv",
        "The paragraphs of the notice's body, as corrected by the errata",
        (
            Column("paragraph_id", "string", "p1, p2, …"),
            Column("notice_id", "integer", "the notice", references="notice"),
            Column("position", "integer", "order in the notice, from 1"),
            Column("point", "integer", "1–4 for the paragraphs 一是 … 四是", False),
            Column("text", "string", "the paragraph"),
            *_span_columns("span_", "the paragraph"),
        ),
        ("paragraph_id",),
        _paragraph_rows,
        in_csv=False,
    ),
    Table(
        "errata",
        "errata.csv",
        "Each repair of the transcription, with the span of what the source says",
        (
            Column("erratum_id", "integer", "order in the notice's errata, from 1"),
            Column("notice_id", "integer", "the notice", references="notice"),
            Column("kind", "string", "the sort of repair"),
            Column("location", "string", "where in the notice"),
            *_span_columns("span_", "the repaired text"),
            Column("source", "string", "what the transcription says"),
            Column("corrected", "string", "what the structured data prints instead"),
            Column("reason", "string", "why"),
        ),
        ("erratum_id",),
        _erratum_rows,
        in_csv=False,
    ),
)


def csv_tables() -> tuple[Table, ...]:
    """The tables written as CSV files, read from :data:`TABLES` when asked."""
    return tuple(table for table in TABLES if table.in_csv)


def csv_bytes(table: Table, *, bom: bool = False) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(column.name for column in table.columns)
    for row in table.rows():
        writer.writerow(_csv_cell(cell) for cell in row)
    return ("\ufeff" if bom else "").encode("utf-8") + buffer.getvalue().encode("utf-8")


def _csv_cell(cell: FlatCell) -> str | int:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    return cell
