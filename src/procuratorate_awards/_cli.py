"""The ``procuratorate-awards`` command (also ``python -m procuratorate_awards``).

Listings print as an aligned table by default, or as JSON, JSON Lines, CSV or TSV with
``--format``. Errors the user can fix (a bad option, an unknown name, an output that
exists) print one line on standard error and exit with status 2; ``resolve`` exits
with 1 when any name fails. Output into a pipe that closes early (``| head``) ends
quietly with status 0.

>>> main(["awards", "--tier", "一等奖", "--province", "湖北"])
label     title           units
一等奖 3  政务数据云监督  湖北省人民检察院
0
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import NoReturn

from ._cli_find import cmd_find, positive
from ._cli_output import (
    LIST_FORMATS,
    PROG,
    RESOLVE_COLUMNS,
    SUMMARY_COLUMNS,
    Row,
    UsageError,
    Value,
    frame_rows,
    print_note,
    resolve_row,
    summary_row,
    summary_text,
    write_rows,
)
from ._errors import DataError, NameLookupError
from ._frames import OptionalDependencyError
from ._queries import awards, notice, units
from ._resolution import provinces
from ._version import DATA_VERSION, DIVISIONS_VINTAGE, __version__

__all__ = ["main"]


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


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


# --- commands -------------------------------------------------------------------------


def _cmd_summary(args: argparse.Namespace) -> int:
    if args.format == "table":
        print(summary_text())
    else:
        write_rows([summary_row()], SUMMARY_COLUMNS, args.format)
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
    count = write_rows(*frame_rows(found.frame(), args.format), args.format)
    if count == 0:
        print_note("no award matches these filters")
    return 0


def _cmd_units(args: argparse.Namespace) -> int:
    listed = units()
    won = [len(awards(unit=unit)) for unit in listed]
    write_rows(*frame_rows(listed.frame(), args.format, [("awards", won)]), args.format)
    return 0


def _cmd_provinces(args: argparse.Namespace) -> int:
    # An award counts once for each province it was won in, as in the medal table.
    from ._analysis import medal_table

    unit_count: dict[str, int] = {}
    for unit in units():
        if unit.province is not None:
            unit_count[unit.province.name] = unit_count.get(unit.province.name, 0) + 1
    award_count = {row.province.name: row.total for row in medal_table()}
    listed = provinces()
    extra: list[tuple[str, Sequence[Value]]] = [
        ("units", [unit_count.get(p.name, 0) for p in listed]),
        ("awards", [award_count.get(p.name, 0) for p in listed]),
    ]
    write_rows(*frame_rows(listed.frame(), args.format, extra), args.format)
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
    from ._export_json import notice_text

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
            row = resolve_row(name)
            failed += row["error"] is not None
            yield row

    count = write_rows(rows(), RESOLVE_COLUMNS, args.format)
    if count == 0:
        raise UsageError("no names given: standard input held only blank lines")
    if failed:
        print_note(f"{failed} of {count} names did not resolve")
        return 1
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from ._export import export
    from ._files import FORCE_HINT

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
        type=positive,
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
    finder.set_defaults(run=cmd_find)

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

    >>> main(["awards", "--tier", "一等奖", "--province", "江苏", "--format", "jsonl"])
    ... # doctest: +ELLIPSIS
    {"label": "一等奖 2", "tier": "一等奖", ..., "joint": false, "subjects": ["民事检察"]}
    0
    """
    try:
        return _run(argv)
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except UsageError as error:
        print_note(f"error: {error}")
        return 2
    except NameLookupError as error:
        print_note(f"error: {error}")
        return 2
    except (FileExistsError, FileNotFoundError, NotADirectoryError, IsADirectoryError) as error:
        print_note(f"error: {error}")
        return 2
    except DataError as error:
        print_note(f"the packaged data is damaged: {error}")
        return 1
    except UnicodeDecodeError as error:
        print_note(f"error: the input is not UTF-8 text ({error.reason} at byte {error.start})")
        return 2
    except OSError as error:
        print_note(f"error: {error}")
        return 1
    except KeyboardInterrupt:
        return 130
