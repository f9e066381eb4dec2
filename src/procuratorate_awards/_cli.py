"""The ``procuratorate-awards`` command (also ``python -m procuratorate_awards``).

Listings print as an aligned table by default, or as JSON, JSON Lines, CSV or TSV with
``--format``. Errors the user can fix (a bad option, an unknown name, an output that
exists) print one line on standard error and exit with status 2; ``resolve`` exits
with 1 when any name fails. Output into a pipe that closes early (``| head``) ends
quietly with status 0.

>>> main(["resolve", "浙江省嵊州市人民检察院", "--format", "csv"])
query,name,province,prefecture,county,level,kind,code,error
浙江省嵊州市人民检察院,浙江省嵊州市人民检察院,浙江省,绍兴市,嵊州市,基层,普通,330683,
0
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, NoReturn

from ._display import OptionalDependencyError
from ._errors import DataError, NameLookupError
from ._models import Award, Procuratorate, Tier
from ._queries import awards, notice, units
from ._resolution import provinces, resolve_procuratorate
from ._tables import display_width, pad, render_table, terminal_width
from ._version import DATA_VERSION, DIVISIONS_VINTAGE, __version__

if TYPE_CHECKING:
    from ._corpus import Document

__all__ = ["main"]

PROG = "procuratorate-awards"
LIST_FORMATS = ("table", "json", "jsonl", "csv", "tsv")
# How lists inside one cell are joined in the table, CSV and TSV formats (as the notice
# joins the units of a joint award).
_JOIN = "、"

Value = str | int | bool | None | list[str]
Row = dict[str, Value]

_EXAMPLES = (
    ("", "summary of the notice"),
    ("awards --tier 一等奖", "the five first prizes"),
    ("awards --province 浙江 --format csv", "Zhejiang's awards as CSV"),
    ("awards --search 公益诉讼 --format jsonl", "titles or units that mention 公益诉讼"),
    ("units --format tsv", "the winners, for cut, awk or a spreadsheet"),
    ("resolve 嵊州市人民检察院 朝阳区人民检察院", "place names; 朝阳区 is ambiguous"),
    ("resolve < names.txt", "one name a line from standard input"),
    ("find judgment.txt --format csv", "the procuratorates a text names"),
    ("find judgments/ --jobs 4 > mentions.jsonl", "a whole folder, in four processes"),
    ("find cases.jsonl --field body --id-field id", "JSON Lines, one document a line"),
    ("notice --raw", "the transcription exactly as received"),
    ("export --format sqlite --output awards.sqlite", "a database to query with SQL"),
    ("export --format datapackage --output package/", "CSV files with a datapackage.json"),
    ("export --format xlsx --output awards.xlsx", "one workbook, the award list first"),
)


def _examples() -> str:
    lines = []
    for command, note in _EXAMPLES:
        lines += [f"  # {note}", f"  {PROG} {command}".rstrip()]
    return "\n".join(
        [
            "examples:",
            *lines,
            "",
            "exit status: 0 success; 1 a name failed to resolve or the data is damaged;",
            "2 a usage error (bad option, unknown name, an output that exists without --force).",
        ]
    )


class UsageError(Exception):
    """A mistake in the command line; reported in one line with exit status 2."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


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


def _note(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


# --- rows -----------------------------------------------------------------------------


def _summary_row() -> Row:
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
    row = _summary_row()
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


AWARD_COLUMNS = ("tier", "number", "title", "units", "joint")


def _award_row(award: Award) -> Row:
    return {
        "tier": award.tier.label,
        "number": award.number,
        "title": award.title,
        "units": [unit.name for unit in award.units],
        "joint": award.joint,
    }


UNIT_COLUMNS = ("name", "province", "prefecture", "county", "level", "kind", "code", "awards")


def _unit_row(unit: Procuratorate, won: int) -> Row:
    return {
        "name": unit.name,
        "province": None if unit.province is None else unit.province.name,
        "prefecture": None if unit.prefecture is None else unit.prefecture.name,
        "county": None if unit.county is None else unit.county.name,
        "level": None if unit.level is None else unit.level.label,
        "kind": unit.kind.label,
        "code": unit.code,
        "awards": won,
    }


PROVINCE_COLUMNS = ("code", "name", "english_name", "iso_code", "kind", "units", "awards")

RESOLVE_COLUMNS = (
    "query",
    "name",
    "province",
    "prefecture",
    "county",
    "level",
    "kind",
    "code",
    "error",
)


def _resolve_row(query: str) -> Row:
    try:
        unit = resolve_procuratorate(query)
    except NameLookupError as error:
        return {"query": query, "error": str(error)}
    row = _unit_row(unit, 0)
    del row["awards"]
    row["name"] = unit.full_name
    return {"query": query, **row, "error": None}


# --- commands -------------------------------------------------------------------------


def _cmd_summary(args: argparse.Namespace) -> int:
    if args.format == "table":
        print(summary_text())
    else:
        write_rows([_summary_row()], SUMMARY_COLUMNS, args.format)
    return 0


def _filter_value(values: list[str] | None) -> object:
    if not values:
        return None
    return values[0] if len(values) == 1 else tuple(values)


def _cmd_awards(args: argparse.Namespace) -> int:
    filters: dict[str, object] = {
        "tier": _filter_value(args.tier),
        "province": _filter_value(args.province),
        "level": _filter_value(args.level),
        "unit": _filter_value(args.unit),
        "text": _filter_value(args.search),
        "joint": args.joint,
    }
    given = {key: value for key, value in filters.items() if value is not None}
    found = awards(**given) if given else awards()
    count = write_rows((_award_row(a) for a in found), AWARD_COLUMNS, args.format)
    if count == 0:
        _note("no award matches these filters")
    return 0


def _cmd_units(args: argparse.Namespace) -> int:
    won: dict[str, int] = {}
    for award in awards():
        for unit in award.units:
            won[unit.name] = won.get(unit.name, 0) + 1
    rows = (_unit_row(unit, won[unit.name]) for unit in units())
    write_rows(rows, UNIT_COLUMNS, args.format)
    return 0


def _cmd_provinces(args: argparse.Namespace) -> int:
    unit_count: dict[str, int] = {}
    award_count: dict[str, int] = {}
    for unit in units():
        if unit.province is not None:
            unit_count[unit.province.name] = unit_count.get(unit.province.name, 0) + 1
    for award in awards():
        for name in {u.province.name for u in award.units if u.province is not None}:
            award_count[name] = award_count.get(name, 0) + 1
    rows: Iterator[Row] = (
        {
            "code": province.code,
            "name": province.name,
            "english_name": province.english_name,
            "iso_code": province.iso_code,
            "kind": province.kind.label,
            "units": unit_count.get(province.name, 0),
            "awards": award_count.get(province.name, 0),
        }
        for province in provinces()
    )
    write_rows(rows, PROVINCE_COLUMNS, args.format)
    return 0


def _cmd_notice(args: argparse.Namespace) -> int:
    if args.raw:
        text = notice().source_text
        # Byte for byte as received: no newline translation, no re-encoding.
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            sys.stdout.write(text)
        else:
            sys.stdout.flush()
            buffer.write(text.encode("utf-8"))
        return 0
    from ._export import notice_text

    sys.stdout.write(notice_text())
    return 0


def _utf8(text: str, where: str) -> str:
    """``text``, unless bytes that were not UTF-8 came in as lone surrogates."""
    try:
        text.encode("utf-8", "surrogateescape").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError) as error:
        raise UsageError(f"the input is not UTF-8 text ({error.reason} in {where})") from None
    return text


def _names(args: argparse.Namespace) -> Iterator[str]:
    if args.names and args.names != ["-"]:
        for position, name in enumerate(args.names, 1):
            yield _utf8(name, f"argument {position}")
        return
    if "-" not in args.names and sys.stdin.isatty():
        raise UsageError("give one or more names, or pipe them on standard input, one a line")
    for number, line in enumerate(sys.stdin, 1):
        # A file saved by Notepad or Excel starts with a byte-order mark.
        name = line.strip().lstrip("\ufeff").strip()
        if name:
            yield _utf8(name, f"line {number}")


def _cmd_resolve(args: argparse.Namespace) -> int:
    failed = 0

    def rows() -> Iterator[Row]:
        nonlocal failed
        for name in _names(args):
            row = _resolve_row(name)
            failed += row["error"] is not None
            yield row

    count = write_rows(rows(), RESOLVE_COLUMNS, args.format)
    if count == 0:
        raise UsageError("no names given: standard input held only blank lines")
    if failed:
        _note(f"{failed} of {count} names did not resolve")
        return 1
    return 0


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {value!r}")
    return number


def _progress(documents: Iterator[Document]) -> tuple[Iterator[Document], Callable[[str], None]]:
    """``documents`` with a progress bar on a terminal, and how to print a note beside it.

    The bar needs tqdm (the ``progress`` extra); without it, or when standard error is
    not a terminal (a log file, a pipe), there is no bar and no bar's control codes.
    """
    if not sys.stderr.isatty():
        return documents, _note
    try:
        from tqdm import tqdm
    except ImportError:
        return documents, _note
    bar = tqdm(documents, unit=" documents", file=sys.stderr, dynamic_ncols=True)
    return iter(bar), lambda message: bar.write(f"{PROG}: {message}", file=sys.stderr)


def _cmd_find(args: argparse.Namespace) -> int:
    from ._corpus import CorpusMentions, columns, find_in_files

    names = [column.name for column in columns()]
    documents, note = _progress(
        find_in_files(args.paths, field=args.field, id_field=args.id_field, jobs=args.jobs)
    )
    read = failed = 0

    def rows() -> Iterator[Row]:
        nonlocal read, failed
        for document in documents:
            read += 1
            if document.error is not None:
                failed += 1
                note(f"error: {document.error}")
                continue
            frame = CorpusMentions((document.source, m) for m in document.mentions).frame()
            for cells in frame.rows:
                yield {
                    name: list(cell) if isinstance(cell, tuple) else cell
                    for name, cell in zip(names, cells, strict=True)
                }

    found = write_rows(rows(), names, args.format)
    if failed:
        if read > 1:
            _note(f"{failed} of {read} documents could not be read")
        return 2
    if not found:
        _note(
            "the text names no procuratorate" if read == 1 else "no document names a procuratorate"
        )
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from ._export import FORCE_HINT, export

    if args.excel and args.format != "csv":
        raise UsageError("--excel only applies to --format csv")
    try:
        written = export(args.format, args.output, force=args.force, excel=args.excel)
    except FileExistsError as error:
        raise UsageError(str(error).replace(FORCE_HINT, "pass --force to replace it")) from None
    except OptionalDependencyError as error:
        raise UsageError(str(error)) from None
    except ValueError as error:
        raise UsageError(str(error)) from None
    for path in written:
        print(path)
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from ._validation import validate

    validate()
    print(f"ok: {len(awards())} awards, {len(units())} procuratorates, every check passed")
    return 0


def _add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-f",
        "--format",
        choices=LIST_FORMATS,
        default="table",
        help="output format (default: an aligned table)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with every subcommand.

    >>> build_parser().parse_args(["awards", "--tier", "一等奖"]).tier
    ['一等奖']
    """
    parser = _Parser(
        prog=PROG,
        description=(
            "The Supreme People's Procuratorate's 2022 big-data legal supervision model "
            "competition: the notice, its 55 awards and the 59 winning procuratorates. "
            "With no command, print a summary."
        ),
        epilog=_examples(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__} (data {DATA_VERSION}, divisions {DIVISIONS_VINTAGE})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    summary = commands.add_parser("summary", help="title, issuer, year and award counts")
    _add_format(summary)
    summary.set_defaults(run=_cmd_summary)

    listing = commands.add_parser(
        "awards",
        help="the awards, filtered",
        description="The awards in printed order; filters combine with AND, and a filter "
        "given twice matches either value.",
    )
    listing.add_argument(
        "--tier", action="append", help="一等奖 … 优秀奖, first … excellence, or 1 … 4"
    )
    listing.add_argument(
        "--province", action="append", help="a province: 浙江, 浙, Zhejiang, CN-ZJ or 33"
    )
    listing.add_argument("--level", action="append", help="省级, 设区的市级, 基层 or basic …")
    listing.add_argument(
        "--unit", action="append", help="awards won by this procuratorate, alone or jointly"
    )
    listing.add_argument("--search", action="append", help="text in the title or a unit's name")
    sharing = listing.add_mutually_exclusive_group()
    sharing.add_argument(
        "--joint", action="store_const", const=True, help="only awards shared by several units"
    )
    sharing.add_argument(
        "--single", dest="joint", action="store_const", const=False, help="only awards won alone"
    )
    _add_format(listing)
    listing.set_defaults(run=_cmd_awards)

    unit_list = commands.add_parser("units", help="the 59 winning procuratorates")
    _add_format(unit_list)
    unit_list.set_defaults(run=_cmd_units)

    province_list = commands.add_parser("provinces", help="the 32 provincial-level units")
    _add_format(province_list)
    province_list.set_defaults(run=_cmd_provinces)

    text = commands.add_parser(
        "notice", help="the notice's text, corrected (or --raw as transcribed)"
    )
    text.add_argument("--raw", action="store_true", help="the transcription exactly as received")
    text.set_defaults(run=_cmd_notice)

    resolve = commands.add_parser(
        "resolve",
        help="place procuratorate names in province, prefecture, county and level",
        description="One result line per name; names come from the arguments or, with "
        "none or '-', from standard input, one a line. Exit status 1 if any fails.",
    )
    resolve.add_argument("names", nargs="*", metavar="NAME", help="a procuratorate name")
    _add_format(resolve)
    resolve.set_defaults(run=_cmd_resolve)

    finder = commands.add_parser(
        "find",
        help="find the procuratorates in texts, files, folders and JSON Lines",
        description="Every procuratorate name in each document, in order, one line each: "
        "its source, its span as Python string offsets [start, end), the words, what it "
        "resolves to and the awards it won; unresolved names give a reason. A PATH is a "
        "UTF-8 text file, a folder (its .txt, .md, .html, .htm, .jsonl and .ndjson files, "
        "recursively), a JSON Lines file (.jsonl, .ndjson: one document a line), or - for "
        "standard input. A document that cannot be read is reported and the run goes on "
        "(exit status 2 at the end). A progress bar shows on a terminal if tqdm is "
        "installed.",
    )
    finder.add_argument("paths", nargs="+", metavar="PATH", help="a file, folder or -")
    finder.add_argument(
        "--field", default="text", metavar="NAME", help="JSON Lines: the text field (text)"
    )
    finder.add_argument(
        "--id-field",
        metavar="NAME",
        help="JSON Lines: the field that names a record (default: path:line)",
    )
    finder.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="worker processes (default 1); the output is the same for any N",
    )
    finder.add_argument(
        "-f",
        "--format",
        choices=LIST_FORMATS,
        default="jsonl",
        help="output format (default: jsonl; jsonl, csv and tsv stream, table and json "
        "hold every row first)",
    )
    finder.set_defaults(run=_cmd_find)

    exporter = commands.add_parser(
        "export",
        help="write JSON, CSV, SQLite, an Excel workbook or a Frictionless Data Package",
        description="Write the data to files. json, sqlite and xlsx write one file; csv and "
        "datapackage write into a directory. The same data gives byte-identical files.",
    )
    exporter.add_argument(
        "-f",
        "--format",
        required=True,
        choices=("json", "csv", "sqlite", "datapackage", "xlsx"),
        help="xlsx needs XlsxWriter (pip install xlsxwriter)",
    )
    exporter.add_argument("-o", "--output", required=True, metavar="PATH")
    exporter.add_argument("--force", action="store_true", help="replace existing output")
    exporter.add_argument(
        "--excel", action="store_true", help="csv only: add a byte-order mark for Excel"
    )
    exporter.set_defaults(run=_cmd_export)

    checker = commands.add_parser("validate", help="check the shipped data against itself")
    checker.set_defaults(run=_cmd_validate)
    return parser


# --- entry point ----------------------------------------------------------------------


def _quiet_stdout() -> None:
    """Point standard output at the null device so the final flush cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _run(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = getattr(args, "run", _cmd_summary)
    if args.command is None:
        args.format = "table"
    status = run(args)
    sys.stdout.flush()
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: the process's arguments); return the status.

    >>> main(["awards", "--tier", "一等奖", "--province", "江苏", "--format", "csv"])
    tier,number,title,units,joint
    一等奖,2,破产领域虚假劳资债权监督模型,江苏省苏州市人民检察院,false
    0
    """
    try:
        return _run(argv)
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except UsageError as error:
        _note(f"error: {error}")
        return 2
    except NameLookupError as error:
        _note(f"error: {error}")
        return 2
    except (FileExistsError, FileNotFoundError, NotADirectoryError, IsADirectoryError) as error:
        _note(f"error: {error}")
        return 2
    except DataError as error:
        _note(f"the packaged data is damaged: {error}")
        return 1
    except UnicodeDecodeError as error:
        _note(f"error: the input is not UTF-8 text ({error.reason} at byte {error.start})")
        return 2
    except OSError as error:
        _note(f"error: {error}")
        return 1
    except KeyboardInterrupt:
        return 130
