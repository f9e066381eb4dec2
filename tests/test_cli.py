"""The ``procuratorate-awards`` command, run as a subprocess as a user runs it."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import runpy
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import procuratorate_awards as pa
from procuratorate_awards import _cli as cli
from procuratorate_awards import _cli_output
from procuratorate_awards._cli import main
from procuratorate_awards._tables import display_width, render_table

ENV = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONUTF8": "1"}


Runner = Callable[..., "subprocess.CompletedProcess[str]"]


def run_subprocess(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "procuratorate_awards", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=ENV,
        timeout=120,
        check=False,
    )


def run_in_process(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """The same command through :func:`main` in this process, so coverage sees it."""
    out, err = io.StringIO(), io.StringIO()
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        mock.patch.object(sys, "stdin", io.StringIO(stdin or "")),
    ):
        try:
            status = main(list(args))
        except SystemExit as leaving:  # --help and --version leave through argparse
            status = int(leaving.code or 0)
    return subprocess.CompletedProcess(list(args), status, out.getvalue(), err.getvalue())


@pytest.fixture(params=["subprocess", "in-process"])
def run(request: pytest.FixtureRequest) -> Runner:
    """Each test runs the command as a user does, and once more inside this process."""
    runner: Runner = run_subprocess if request.param == "subprocess" else run_in_process
    return runner


def parse(output: str, form: str) -> list[dict[str, Any]]:
    """Rows of a listing in any format, as dictionaries of strings (or JSON values)."""
    if form == "json":
        rows = json.loads(output)
        assert isinstance(rows, list)
        return rows
    if form == "jsonl":
        return [json.loads(line) for line in output.split("\n") if line]
    if form == "csv":
        return list(csv.DictReader(io.StringIO(output)))
    if form == "tsv":
        header, *lines = output.splitlines()
        return [dict(zip(header.split("\t"), line.split("\t"), strict=True)) for line in lines]
    assert form == "table"
    header, *lines = output.splitlines()
    starts = _column_starts(header)
    return [{name: _cut(line, start, end) for name, start, end in starts} for line in lines]


def _column_starts(header: str) -> list[tuple[str, int, int | None]]:
    """Each header name with the display columns it spans (headers hold no spaces)."""
    names = header.split()
    positions = []
    column = 0
    rest = header
    for name in names:
        skipped = len(rest) - len(rest.lstrip(" "))
        column += skipped
        rest = rest[skipped:]
        positions.append(column)
        column += display_width(name)
        rest = rest[len(name) :]
    ends: list[int | None] = [*positions[1:], None]
    return [(n, s, e) for n, s, e in zip(names, positions, ends, strict=True)]


def _cut(line: str, start: int, end: int | None) -> str:
    """The part of ``line`` between two display columns."""
    out, column = [], 0
    for char in line:
        width = display_width(char)
        if column >= start and (end is None or column + width <= end):
            out.append(char)
        column += width
    return "".join(out).strip()


# --- listings in every format ------------------------------------------------------------

FORMATS = ("table", "json", "jsonl", "csv", "tsv")
LISTINGS: list[tuple[tuple[str, ...], int, str, str]] = [
    # command, rows, a column, its value in the first row
    (("awards",), 55, "title", "车辆保险理赔监督模型"),
    (("units",), 59, "name", "浙江省绍兴市人民检察院"),
    (("provinces",), 32, "name", "北京市"),
    (("resolve", "嵊州市人民检察院", "北京市人民检察院第一分院"), 2, "county", "嵊州市"),
    (("summary",), 1, "total_entries", "574"),
]


@pytest.mark.parametrize(
    ("command", "count", "column", "first", "form"),
    [
        (*listing, form)
        for listing in LISTINGS
        for form in FORMATS
        # The summary's table is the readable text, tested on its own below.
        if (listing[0], form) != (("summary",), "table")
    ],
)
def test_every_listing_in_every_format(
    run: Runner, command: tuple[str, ...], count: int, column: str, first: str, form: str
) -> None:
    result = run(*command, "--format", form)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    rows = parse(result.stdout, form)
    assert len(rows) == count
    assert str(rows[0][column]) == first


def test_table_columns_line_up_by_display_width(run: Runner) -> None:
    lines = run("awards", "--tier", "一等奖").stdout.splitlines()
    starts = [start for _, start, _ in _column_starts(lines[0])]
    for line in lines[1:]:
        # Every column starts after two spaces at the same display column in every row.
        for start in starts[1:]:
            before = _cut(line, 0, start)
            assert display_width(line[: len(before)]) <= start - 2
        assert not line.endswith(" ")
    assert parse("\n".join(lines), "table")[3]["units"] == (
        "浙江省丽水市人民检察院、浙江省松阳县人民检察院"
    )


def test_json_keeps_lists_and_booleans(run: Runner) -> None:
    rows = parse(run("awards", "--joint", "--format", "json").stdout, "json")
    assert rows
    assert all(row["joint"] is True and len(row["units"]) > 1 for row in rows)
    assert len(rows) == sum(award.joint for award in pa.awards())


def test_no_arguments_print_the_summary(run: Runner) -> None:
    plain, summary = run(), run("summary")
    assert plain.returncode == summary.returncode == 0
    assert plain.stdout == summary.stdout
    lines = plain.stdout.splitlines()
    assert lines[0] == pa.notice().title
    text = plain.stdout
    for expected in ("中华人民共和国最高人民检察院", "2022", "574", "一等奖 5", "优秀奖 25", "59"):
        assert expected in text


def test_console_script_is_the_same_command() -> None:
    script = shutil.which("procuratorate-awards", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the package is not installed with its console script")
    result = subprocess.run(
        [script, "--version"], capture_output=True, text=True, env=ENV, check=True
    )
    assert result.stdout == run_subprocess("--version").stdout
    assert pa.__version__ in result.stdout


def test_help_shows_examples(run: Runner) -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "examples:" in result.stdout
    assert "procuratorate-awards awards --tier 一等奖" in result.stdout
    for command in ("summary", "awards", "units", "provinces", "notice", "resolve", "export"):
        assert command in result.stdout


# --- filters ----------------------------------------------------------------------------

FILTERS: list[tuple[list[str], dict[str, Any]]] = [
    (["--tier", "一等奖"], {"tier": "一等奖"}),
    (["--tier", "1", "--tier", "2"], {"tier": ("1", "2")}),
    (["--province", "Zhejiang"], {"province": "Zhejiang"}),
    (["--province", "浙", "--level", "基层"], {"province": "浙", "level": "基层"}),
    (["--unit", "绍兴市人民检察院"], {"unit": "绍兴市人民检察院"}),
    (["--search", "公益诉讼"], {"text": "公益诉讼"}),
    (["--single", "--tier", "first"], {"joint": False, "tier": "first"}),
]


@pytest.mark.parametrize(("options", "query"), FILTERS)
def test_awards_filters_agree_with_the_api(
    run: Runner, options: list[str], query: dict[str, Any]
) -> None:
    rows = parse(run("awards", *options, "--format", "jsonl").stdout, "jsonl")
    expected = pa.awards(**query)
    assert expected
    assert [(row["tier"], row["number"]) for row in rows] == [
        (award.tier.label, award.number) for award in expected
    ]


def test_filters_that_match_nothing_say_so(run: Runner) -> None:
    result = run("awards", "--province", "西藏", "--format", "json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == []
    assert "no award matches" in result.stderr


# --- bad input ---------------------------------------------------------------------------

BAD: list[list[str]] = [
    ["awards", "--tier", "四等奖"],
    ["awards", "--province", "Atlantis"],
    ["awards", "--level", "galactic"],
    ["awards", "--unit", "朝阳区人民检察院"],
    ["awards", "--format", "xml"],
    ["units", "--format"],
    ["frobnicate"],
    ["--no-such-option"],
    ["export", "--format", "xml", "--output", "x.xml"],
    ["export", "--format", "csv", "--output", ""],
    ["export", "--format", "json"],
    ["export", "--format", "sqlite", "--output", "x.sqlite", "--excel"],
    ["export", "--format", "json", "--output", "no/such/directory/x.json"],
    ["resolve"],
    ["find", "no-such-file.txt"],
    ["find"],
]


@pytest.mark.parametrize("args", BAD)
def test_user_errors_are_one_line_with_status_2(run: Runner, args: list[str]) -> None:
    result = run(*args, stdin="")
    assert result.returncode == 2, result
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("procuratorate-awards: error: ")


def test_existing_output_needs_force(run: Runner, tmp_path: Path) -> None:
    target = tmp_path / "data.json"
    target.write_text("keep me", encoding="utf-8")
    refused = run("export", "--format", "json", "--output", str(target))
    assert refused.returncode == 2
    assert "pass --force to replace it" in refused.stderr
    assert "force=True" not in refused.stderr
    assert target.read_text(encoding="utf-8") == "keep me"
    forced = run("export", "--format", "json", "--output", str(target), "--force")
    assert forced.returncode == 0, forced.stderr
    assert forced.stdout.strip() == str(target)
    assert pa.read_json(target) == pa.Dataset.current()


# --- resolve -----------------------------------------------------------------------------


def test_resolve_reads_names_from_standard_input_one_result_each(run: Runner) -> None:
    names = [
        "浙江省嵊州市人民检察院",
        "朝阳区人民检察院",
        "",
        "  上海铁路运输检察院  ",
        "火星市人民检察院",
    ]
    result = run("resolve", "--format", "jsonl", stdin="\n".join(names) + "\n")
    assert result.returncode == 1
    rows = parse(result.stdout, "jsonl")
    assert [row["query"] for row in rows] == [n.strip() for n in names if n.strip()]
    assert [row["error"] is None for row in rows] == [True, False, True, False]
    assert rows[0]["level"] == "基层"
    assert "北京市朝阳区" in rows[1]["error"]
    assert result.stderr.strip() == "procuratorate-awards: 2 of 4 names did not resolve"


def test_resolve_exits_0_when_every_name_resolves(run: Runner) -> None:
    result = run("resolve", "-", "--format", "csv", stdin="嵊州市人民检察院\n湖北省人民检察院\n")
    assert result.returncode == 0
    rows = parse(result.stdout, "csv")
    assert [row["full_name"] for row in rows] == ["浙江省嵊州市人民检察院", "湖北省人民检察院"]
    assert [row["name"] for row in rows] == ["嵊州市人民检察院", "湖北省人民检察院"]
    assert [row["error"] for row in rows] == ["", ""]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_resolve_answers_any_text_with_one_row(name: str) -> None:
    assume(name != "-")  # "-" stands for standard input
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        status = main(["resolve", "--format", "jsonl", "--", name])
    [row] = parse(out.getvalue(), "jsonl")
    assert row["query"] == name
    assert status == (0 if row["error"] is None else 1)


# --- find --------------------------------------------------------------------------------

PASSAGE = "经浙江省丽水市、松阳县人民检察院和最高检审查，\n朝阳区检察院亦\n参与。"


@pytest.mark.parametrize("form", FORMATS)
def test_find_lists_every_mention_with_its_span(run: Runner, tmp_path: Path, form: str) -> None:
    source = tmp_path / "passage.txt"
    source.write_text(PASSAGE, encoding="utf-8")
    result = run("find", str(source), "--format", form)
    assert result.returncode == 0, result.stderr
    rows = parse(result.stdout, form)
    expected = pa.find_procuratorates(PASSAGE)
    assert len(rows) == len(expected) == 4
    for row, mention in zip(rows, expected, strict=True):
        assert (int(row["start"]), int(row["end"])) == (mention.span.start, mention.span.end)
        assert PASSAGE[int(row["start"]) : int(row["end"])] == mention.text
    assert rows[0]["procuratorate"] == "浙江省丽水市人民检察院"
    assert "一等奖 4" in str(rows[1]["awards"])
    assert rows[3]["procuratorate"] in ("", None)
    assert "北京市朝阳区" in str(rows[3]["candidates"])


def test_find_reads_standard_input_and_says_when_nothing_is_named(run: Runner) -> None:
    found = run("find", "-", "--format", "jsonl", stdin="上海铁路运输检察院")
    assert parse(found.stdout, "jsonl")[0]["level"] == "基层"
    empty = run("find", "-", stdin="no procuratorate here")
    assert empty.returncode == 0
    assert empty.stdout == ""
    assert "names no procuratorate" in empty.stderr


def test_find_refuses_text_that_is_not_utf8(run: Runner, tmp_path: Path) -> None:
    source = tmp_path / "gbk.txt"
    source.write_bytes("浙江省绍兴市人民检察院".encode("gbk"))
    result = run("find", str(source))
    assert result.returncode == 2
    assert result.stderr.startswith("procuratorate-awards: error: the input is not UTF-8")
    assert len(result.stderr.splitlines()) == 1


# --- notice, validate, version -------------------------------------------------------------


def test_notice_prints_the_corrected_text(run: Runner) -> None:
    result = run("notice")
    assert result.returncode == 0
    assert result.stdout == pa.notice_text()
    assert " and " not in result.stdout
    assert "一等奖（5个）" in result.stdout


def test_notice_raw_is_the_source_byte_for_byte() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "procuratorate_awards", "notice", "--raw"],
        capture_output=True,
        env=ENV,
        check=True,
    )
    assert result.stdout == pa.notice().source_text.encode("utf-8")


def test_validate_passes(run: Runner) -> None:
    result = run("validate")
    assert result.returncode == 0
    assert result.stdout.startswith("ok: 55 awards, 59 procuratorates")


def test_version(run: Runner) -> None:
    result = run("--version")
    assert result.stdout.strip() == (
        f"procuratorate-awards {pa.__version__} "
        f"(data {pa.DATA_VERSION}, divisions {pa.DIVISIONS_VINTAGE})"
    )


# --- export --------------------------------------------------------------------------------

CSV_FILES = (
    "provinces.csv",
    "divisions.csv",
    "units.csv",
    "awards.csv",
    "award_units.csv",
    "award_list.csv",
)
EXPORTS: list[tuple[str, Sequence[str]]] = [
    ("json", ["data.json"]),
    ("sqlite", ["data.sqlite"]),
    ("csv", [*CSV_FILES]),
    ("datapackage", [*CSV_FILES, "datapackage.json"]),
    ("xlsx", ["data.xlsx"]),
]


@pytest.mark.parametrize(("form", "files"), EXPORTS)
def test_export_every_format(run: Runner, tmp_path: Path, form: str, files: Sequence[str]) -> None:
    target = tmp_path / "data.json" if form == "json" else tmp_path / "out"
    if form in ("sqlite", "xlsx"):
        target = tmp_path / f"data.{form}"
    result = run("export", "--format", form, "--output", str(target))
    assert result.returncode == 0, result.stderr
    written = [Path(line) for line in result.stdout.splitlines()]
    assert [path.name for path in written] == list(files)
    assert all(path.stat().st_size > 0 for path in written)
    again = run("export", "--format", form, "--output", str(target))
    assert again.returncode == 2


def test_export_csv_for_excel_starts_with_a_byte_order_mark(run: Runner, tmp_path: Path) -> None:
    assert run("export", "-f", "csv", "-o", str(tmp_path / "x"), "--excel").returncode == 0
    assert (tmp_path / "x" / "awards.csv").read_bytes().startswith(b"\xef\xbb\xbf")


# --- pipes ---------------------------------------------------------------------------------


def test_a_pipe_closed_early_ends_quietly(tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    # Far more output than a pipe buffers, so the command is still writing when we stop.
    names.write_text("浙江省嵊州市人民检察院\n" * 20000, encoding="utf-8")
    with names.open("rb") as source:
        process = subprocess.Popen(
            [sys.executable, "-m", "procuratorate_awards", "resolve", "--format", "jsonl"],
            stdin=source,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=ENV,
        )
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        status = process.wait(timeout=120)
        errors = process.stderr.read()
        process.stderr.close()
    assert json.loads(first)["county"] == "嵊州市"
    assert errors == b""
    assert status == 0


def test_a_pipe_closed_before_any_reading_ends_quietly() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "procuratorate_awards", "notice"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()
    status = process.wait(timeout=120)
    errors = process.stderr.read()
    process.stderr.close()
    assert errors == b""
    assert status == 0


# --- failures inside the process ------------------------------------------------------------


class _ClosedPipe(io.StringIO):
    """A standard output whose reader has gone away."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_broken_pipe_inside_the_process_ends_quietly() -> None:
    err = io.StringIO()
    with mock.patch.object(sys, "stdout", _ClosedPipe()), contextlib.redirect_stderr(err):
        status = main(["units"])
    assert status == 0
    assert err.getvalue() == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_resolve_without_names_at_a_terminal_asks_for_them() -> None:
    err = io.StringIO()
    with mock.patch.object(sys, "stdin", _Terminal()), contextlib.redirect_stderr(err):
        assert main(["resolve"]) == 2
    assert "give one or more names" in err.getvalue()


def _raise(error: BaseException) -> Callable[..., int]:
    def command(*_: object) -> int:
        raise error

    return command


@pytest.mark.parametrize(
    ("command", "error", "status", "message"),
    [
        ("_cmd_validate", pa.DataError("awards.json", "$[0]", "bad"), 1, "data is damaged"),
        ("_cmd_export", PermissionError(13, "Permission denied"), 1, "Permission denied"),
        ("_cmd_units", KeyboardInterrupt(), 130, ""),
    ],
)
def test_other_failures_are_one_line_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, command: str, error: BaseException, status: int, message: str
) -> None:
    monkeypatch.setattr(cli, command, _raise(error))
    args = {"_cmd_validate": ["validate"], "_cmd_units": ["units"]}.get(
        command, ["export", "-f", "json", "-o", "x.json"]
    )
    result = run_in_process(*args)
    assert result.returncode == status
    assert message in result.stderr
    assert len(result.stderr.splitlines()) <= 1


def test_write_rows_refuses_an_unknown_format() -> None:
    with pytest.raises(_cli_output.UsageError, match="unknown format 'xml'"):
        _cli_output.write_rows([], ["a"], "xml", io.StringIO())


def test_notice_raw_without_a_byte_stream_writes_the_text(run: Runner) -> None:
    assert run("notice", "--raw").stdout == pa.notice().source_text


# --- tables -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "width"),
    [("", 0), ("abc", 3), ("检察院", 6), ("（5个）", 7), ("e\u0301", 1), ("a\u200db", 2)],
)
def test_display_width(text: str, width: int) -> None:
    assert display_width(text) == width


def test_render_table_refuses_a_row_of_the_wrong_length() -> None:
    with pytest.raises(ValueError, match="row 1 has 1 cells for 2 columns"):
        render_table(["a", "b"], [["1", "2"], ["3"]])


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.lists(st.text(st.characters(codec="utf-8"), max_size=8), min_size=3, max_size=3),
        max_size=6,
    )
)
def test_render_table_aligns_any_cells(rows: list[list[str]]) -> None:
    headers = ["甲", "b", "丙丙"]
    lines = render_table(headers, rows).split("\n")
    cells = [[" ".join(cell.split()) for cell in row] for row in [headers, *rows]]
    assert len(lines) == len(cells)
    widths = [max(display_width(row[column]) for row in cells) for column in range(3)]
    third = widths[0] + widths[1] + 4  # where the third column starts, in display columns
    for line, row in zip(lines, cells, strict=True):
        assert not line.endswith(" ")
        if row[2]:
            assert any(
                display_width(line[:cut]) == third and line[cut:] == row[2]
                for cut in range(len(line) + 1)
            )
        else:
            assert display_width(line) <= third


@pytest.mark.parametrize("form", ["json", "jsonl"])
def test_json_escapes_characters_that_some_readers_take_for_line_breaks(form: str) -> None:
    result = run_in_process("resolve", "--format", form, "--", "甲\u2028乙\x85丙\u2029")
    assert result.returncode == 1
    assert not {"\u2028", "\x85", "\u2029"} & set(result.stdout)
    assert parse(result.stdout, form)[0]["query"] == "甲\u2028乙\x85丙\u2029"


def test_python_dash_m_runs_main(monkeypatch: pytest.MonkeyPatch) -> None:
    out = io.StringIO()
    monkeypatch.setattr(sys, "argv", ["procuratorate_awards", "--version"])
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as leaving:
        runpy.run_module("procuratorate_awards", run_name="__main__", alter_sys=True)
    assert leaving.value.code == 0
    assert out.getvalue().startswith(f"procuratorate-awards {pa.__version__} ")


# --- input as files and terminals give it ----------------------------------------------------


def _run_bytes(*args: str | bytes, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "procuratorate_awards", *args],
        input=stdin,
        capture_output=True,
        env=ENV,
        timeout=120,
        check=False,
    )


def test_resolve_reads_names_after_a_byte_order_mark() -> None:
    names = "\ufeff浙江省嵊州市人民检察院\r\n嵊州市人民检察院\r\n".encode()
    done = _run_bytes("resolve", "--format", "csv", stdin=names)
    assert done.returncode == 0, done.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8"))))
    assert [row["query"] for row in rows] == ["浙江省嵊州市人民检察院", "嵊州市人民检察院"]
    assert {row["code"] for row in rows} == {"330683"}
    argument = _run_bytes("resolve", "\ufeff嵊州市人民检察院", "--format", "csv")
    assert argument.returncode == 0, argument.stderr.decode()


@pytest.mark.parametrize("where", ["argument", "stdin"])
def test_resolve_says_input_that_is_not_utf8_is_not_utf8(where: str) -> None:
    gbk = "嵊州市人民检察院".encode("gbk")
    if where == "argument":
        done = _run_bytes("resolve", gbk, "--format", "csv")
    else:
        done = _run_bytes("resolve", "--format", "csv", stdin=gbk + b"\n")
    assert done.returncode == 2
    error = done.stderr.decode("utf-8")
    assert "the input is not UTF-8 text" in error
    assert "\\udc" not in done.stdout.decode("utf-8", "replace") + error
    assert done.stdout.decode("utf-8").splitlines()[1:] == []  # the header at most


@pytest.mark.parametrize("columns", [80, 100])
def test_tables_fit_the_terminal_width_and_stay_aligned(columns: int) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "procuratorate_awards", "awards"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**ENV, "COLUMNS": str(columns)},
        timeout=120,
        check=True,
    )
    lines = done.stdout.splitlines()
    assert len(lines) == 56
    assert max(display_width(line) for line in lines) <= columns
    assert any(line.endswith("…") or "… " in line for line in lines)
    # The units column starts at one display column on every line: CJK alignment holds.
    starts = set()
    for line in lines:
        cells = list(re.finditer(r"\S+(?: \S+)*", line))
        starts.add(display_width(line[: cells[-1].start()]))
    assert len(starts) == 1
    # Output into a file, with no width asked for, keeps every character.
    whole = subprocess.run(
        [sys.executable, "-m", "procuratorate_awards", "awards"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={k: v for k, v in ENV.items() if k != "COLUMNS"},
        timeout=120,
        check=True,
    )
    assert "…" not in whole.stdout
    assert max(display_width(line) for line in whole.stdout.splitlines()) > columns
