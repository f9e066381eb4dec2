"""How the command line writes what it lists: an aligned table, JSON, JSON Lines, CSV or TSV,
and the rows of each listing.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import IO, TYPE_CHECKING

from ._columns import UNIT_COLUMNS
from ._enums import Tier
from ._errors import NameLookupError
from ._queries import UnitList, awards, notice, units
from ._resolution import resolve_procuratorate
from ._tables import display_width, pad, render_table, terminal_width

if TYPE_CHECKING:
    from ._frames import Frame

__all__ = ["LIST_FORMATS", "PROG", "Row", "UsageError", "Value", "frame_rows", "write_rows"]


PROG = "procuratorate-awards"
LIST_FORMATS = ("table", "json", "jsonl", "csv", "tsv")
# How lists inside one cell are joined in the table, CSV and TSV formats (as the notice
# joins the units of a joint award).
_JOIN = "、"

Value = str | int | bool | None | list[str]
Row = dict[str, Value]


class UsageError(Exception):
    """A mistake in the command line; reported in one line with exit status 2."""


# --- output ---------------------------------------------------------------------------


def _text(value: Value, *, table: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        if table:
            return "yes" if value else "no"
        return "true" if value else "false"
    if isinstance(value, list):
        return _JOIN.join(value)
    return str(value)


def _tsv_cell(value: Value) -> str:
    # TSV has no quoting: a tab or line break inside a value would split it.
    return " ".join(_text(value).split()) if value is not None else ""


def write_rows(
    rows: Iterable[Row], columns: Sequence[str], form: str, out: IO[str] | None = None
) -> int:
    """Write ``rows`` in ``form`` (one of :data:`LIST_FORMATS`); return how many there were.

    JSON Lines, CSV and TSV stream row by row, so a long listing starts at once and a
    reader that stops early stops the work; the table and JSON need every row first.

    >>> write_rows([{"tier": "一等奖", "n": 5}], ["tier", "n"], "csv")
    tier,n
    一等奖,5
    1
    """
    stream = sys.stdout if out is None else out
    count = 0
    if form == "table":
        materialised = list(rows)
        body = [[_text(row.get(c), table=True) for c in columns] for row in materialised]
        if body:
            # Fitted to the terminal, so that a row never wraps; a file gets every character.
            stream.write(render_table(columns, body, width=terminal_width()) + "\n")
        return len(materialised)
    if form == "json":
        materialised = list(rows)
        stream.write(_json(materialised, indent=2) + "\n")
        return len(materialised)
    if form == "jsonl":
        for row in rows:
            stream.write(_json(row) + "\n")
            count += 1
        return count
    if form == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(_text(row.get(c)) for c in columns)
            count += 1
        return count
    if form == "tsv":
        stream.write("\t".join(columns) + "\n")
        for row in rows:
            stream.write("\t".join(_tsv_cell(row.get(c)) for c in columns) + "\n")
            count += 1
        return count
    raise UsageError(f"unknown format {form!r}; choose one of {', '.join(LIST_FORMATS)}")


# Valid inside JSON strings, but str.splitlines() and some readers break lines there.
_LINE_BREAKING = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _json(value: object, indent: int | None = None) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    if any(char in text for char in _LINE_BREAKING):
        for char, escape in _LINE_BREAKING.items():
            text = text.replace(char, escape)
    return text


def print_note(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


# --- rows -----------------------------------------------------------------------------


def summary_row() -> Row:
    the_notice = notice()
    all_awards = awards()
    row: Row = {
        "title": the_notice.title,
        "issuer": the_notice.issuer,
        "year": the_notice.year,
        "total_entries": the_notice.total_entries,
        "awards": len(all_awards),
    }
    for tier in Tier:
        row[tier.label] = sum(award.tier is tier for award in all_awards)
    row["procuratorates"] = len(units())
    return row


SUMMARY_COLUMNS = (
    "title",
    "issuer",
    "year",
    "total_entries",
    "awards",
    *(tier.label for tier in Tier),
    "procuratorates",
)


def summary_text() -> str:
    """The short readable summary ``procuratorate-awards`` prints with no arguments.

    >>> print(summary_text())  # doctest: +NORMALIZE_WHITESPACE
    关于全国检察机关大数据法律监督模型竞赛结果的通报
    issuer          中华人民共和国最高人民检察院
    year            2022
    entries         574 submitted
    awards          55: 一等奖 5, 二等奖 10, 三等奖 15, 优秀奖 25
    procuratorates  59 won at least one award
    """
    row = summary_row()
    tiers = ", ".join(f"{tier.label} {row[tier.label]}" for tier in Tier)
    lines = [
        ("issuer", str(row["issuer"])),
        ("year", str(row["year"])),
        ("entries", f"{row['total_entries']} submitted"),
        ("awards", f"{row['awards']}: {tiers}"),
        ("procuratorates", f"{row['procuratorates']} won at least one award"),
    ]
    width = max(display_width(key) for key, _ in lines)
    return "\n".join([str(row["title"]), *(f"{pad(k, width)}  {v}" for k, v in lines)])


def frame_rows(
    frame: Frame, form: str, extra: Sequence[tuple[str, Sequence[Value]]] = ()
) -> tuple[list[Row], list[str]]:
    """The rows and column names a listing writes: those of the collection's own table.

    The machine formats get every column the collection's data frames have, the
    terminal table the columns the collection prints; ``extra`` adds columns that only
    the listing has (a count per row), after the others.

    >>> from procuratorate_awards import awards
    >>> rows, names = frame_rows(awards(tier=1).frame(), "table")
    >>> names, rows[0]["label"]
    (['label', 'title', 'units'], '一等奖 1')
    """
    # The frame's own records: its cells as the data frames take them (lists, not tuples).
    columns: dict[str, Sequence[Value]] = {**frame.records(), **dict(extra)}
    every = [column.name for column in frame.columns]
    shown = list(frame.terminal) if form == "table" and frame.terminal else every
    rows: list[Row] = [
        {name: values[position] for name, values in columns.items()}
        for position in range(len(frame.rows))
    ]
    return rows, [*shown, *(name for name, _ in extra)]


RESOLVE_COLUMNS = ("query", *(column.name for column in UNIT_COLUMNS), "error")


def resolve_row(query: str) -> Row:
    try:
        unit = resolve_procuratorate(query)
    except NameLookupError as error:
        return {"query": query, "error": str(error)}
    (row,), _ = frame_rows(UnitList((unit,)).frame(), "json")
    return {"query": query, **row, "error": None}
