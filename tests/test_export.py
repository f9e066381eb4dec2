"""The exports: exact JSON round trip, CSV, SQLite answered with SQL, a valid Data Package."""

from __future__ import annotations

import csv
import errno
import io
import json
import secrets
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import procuratorate_awards as pa
from procuratorate_awards import _convert, _export_tables
from procuratorate_awards._divisions import index

Exporter = Callable[[Path], tuple[Path, ...]]

EXPORTERS: dict[str, Exporter] = {
    "json": lambda out: (pa.export_json(out / "data.json"),),
    "sqlite": lambda out: (pa.export_sqlite(out / "data.sqlite"),),
    "csv": lambda out: pa.export_csv(out / "csv"),
    "csv-excel": lambda out: pa.export_csv(out / "csv", excel=True),
    "datapackage": lambda out: pa.export_datapackage(out / "package"),
    "xlsx": lambda out: (pa.export_xlsx(out / "data.xlsx"),),
}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path = pa.export_sqlite(tmp_path_factory.mktemp("sqlite") / "awards.sqlite")
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = ON")
    yield connection
    connection.close()


# --- determinism and safety -----------------------------------------------------------------


@pytest.mark.parametrize("name", EXPORTERS)
def test_exports_are_byte_identical_from_run_to_run(tmp_path: Path, name: str) -> None:
    _prepare(tmp_path)
    first = EXPORTERS[name](tmp_path / "a")
    second = EXPORTERS[name](tmp_path / "b")
    assert [p.name for p in first] == [p.name for p in second]
    for one, other in zip(first, second, strict=True):
        assert one.read_bytes() == other.read_bytes(), one.name


def _prepare(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()


@pytest.mark.parametrize("name", EXPORTERS)
def test_existing_output_is_kept_unless_forced(tmp_path: Path, name: str) -> None:
    _prepare(tmp_path)
    written = EXPORTERS[name](tmp_path / "a")
    before = {path: path.read_bytes() for path in written}
    with pytest.raises(FileExistsError, match="force"):
        EXPORTERS[name](tmp_path / "a")
    assert {path: path.read_bytes() for path in written} == before
    forced = pa.export(
        "csv" if name.startswith("csv") else name,
        written[0] if name in ("json", "sqlite", "xlsx") else written[0].parent,
        force=True,
        excel=name == "csv-excel",
    )
    assert {path: path.read_bytes() for path in forced} == before


def _files(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


_AWARD_ROWS = next(table for table in _export_tables.TABLES if table.name == "awards").rows


def _broken_rows() -> Iterator[tuple[Any, ...]]:
    yield next(_AWARD_ROWS())
    raise RuntimeError("the data ran out")


@pytest.mark.parametrize("name", ["sqlite", "csv", "datapackage"])
def test_a_failed_export_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    broken = tuple(
        attrs.evolve(table, rows=_broken_rows) if table.name == "awards" else table
        for table in _export_tables.TABLES
    )
    monkeypatch.setattr(_export_tables, "TABLES", broken)
    with pytest.raises(RuntimeError, match="ran out"):
        EXPORTERS[name](tmp_path)
    assert [f for f in _files(tmp_path) if not (tmp_path / f).is_dir()] == []


def test_a_write_that_fails_half_way_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = Counter[str]()
    write_bytes = Path.write_bytes

    def failing(self: Path, data: bytes) -> int:
        calls["write"] += 1
        if calls["write"] == 3:
            raise OSError(28, "No space left on device")
        return write_bytes(self, data)

    monkeypatch.setattr(Path, "write_bytes", failing)
    with pytest.raises(OSError, match="No space"):
        pa.export_csv(tmp_path / "out")
    assert _files(tmp_path / "out") == []


def test_export_refuses_unknown_formats_and_misplaced_options(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export format 'xml'"):
        pa.export("xml", tmp_path / "x")
    with pytest.raises(ValueError, match="only applies to the csv format"):
        pa.export("json", tmp_path / "x.json", excel=True)
    with pytest.raises(FileNotFoundError, match="is not a directory"):
        pa.export("json", tmp_path / "missing" / "x.json")
    (tmp_path / "plain").write_text("", encoding="utf-8")
    with pytest.raises(NotADirectoryError):
        pa.export("csv", tmp_path / "plain")
    with pytest.raises(IsADirectoryError):
        pa.export("sqlite", tmp_path, force=True)


# --- JSON --------------------------------------------------------------------------------


def test_json_round_trips_to_equal_models(tmp_path: Path) -> None:
    path = pa.export_json(tmp_path / "data.json")
    data = pa.read_json(path)
    assert data == pa.Dataset.current()
    assert data.notice == pa.notice()
    assert data.awards == tuple(pa.awards())
    assert data.provinces == pa.provinces()
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document == _convert.converter().unstructure(data)
    assert document["awards"][3]["units"][1]["county"] == {"code": "331124", "name": "松阳县"}


def test_reading_something_else_is_a_data_error(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    path.write_text('{"awards": []}', encoding="utf-8")
    with pytest.raises(pa.DataError, match=r"data\.json"):
        pa.read_json(path)
    with pytest.raises(pa.DataError, match="cannot be read"):
        pa.read_json(tmp_path / "missing.json")


# --- CSV ---------------------------------------------------------------------------------


def test_csv_tables_agree_with_the_api(tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    pa.export_csv(folder)
    awards_rows = read_csv(folder / "awards.csv")
    units_rows = read_csv(folder / "units.csv")
    links = read_csv(folder / "award_units.csv")
    province_rows = read_csv(folder / "provinces.csv")
    assert [(r["tier"], int(r["number"]), r["title"]) for r in awards_rows] == [
        (a.tier.label, a.number, a.title) for a in pa.awards()
    ]
    assert [r["joint"] for r in awards_rows] == [str(a.joint).lower() for a in pa.awards()]
    assert [r["name"] for r in units_rows] == [u.name for u in pa.units()]
    assert [r["name"] for r in province_rows] == [p.name for p in pa.provinces()]
    assert len(links) == sum(len(a.units) for a in pa.awards())
    # Every link points at a unit and an award that exist, with the name printed there.
    by_id = {r["procuratorate_id"]: r["name"] for r in units_rows}
    assert all(by_id[link["procuratorate_id"]] == link["name"] for link in links)
    corps = next(r for r in province_rows if r["kind"] == "corps")
    assert (corps["code"], corps["iso_code"]) == ("", "")


@pytest.mark.parametrize(
    ("excel", "start"), [(False, b"award_id,"), (True, b"\xef\xbb\xbfaward_id,")]
)
def test_excel_option_adds_only_a_byte_order_mark(
    tmp_path: Path, excel: bool, start: bytes
) -> None:
    [awards_csv] = [p for p in pa.export_csv(tmp_path, excel=excel) if p.name == "awards.csv"]
    data = awards_csv.read_bytes()
    assert data.startswith(start)
    assert "车辆保险理赔监督模型".encode() in data
    assert data.endswith(b"\r\n")


# --- SQLite ------------------------------------------------------------------------------


def test_sqlite_has_the_tables_and_keys(database: sqlite3.Connection) -> None:
    tables = {row[0] for row in database.execute("SELECT name FROM sqlite_master")}
    assert {
        "notice",
        "notice_paragraphs",
        "errata",
        "awards",
        "procuratorates",
        "award_procuratorates",
        "provinces",
        "divisions",
    } <= tables
    assert database.execute("PRAGMA foreign_key_check").fetchall() == []
    keys = database.execute("PRAGMA foreign_key_list(award_procuratorates)").fetchall()
    assert {(key[2], key[3]) for key in keys} == {
        ("awards", "award_id"),
        ("procuratorates", "procuratorate_id"),
    }
    with pytest.raises(sqlite3.IntegrityError):
        database.execute("INSERT INTO award_procuratorates VALUES (999, 1, 1, 'x', 0, 1)")


def test_sql_awards_per_province_agree_with_the_api(database: sqlite3.Connection) -> None:
    answer = dict(
        database.execute(
            """
            SELECT p.name, count(DISTINCT ap.award_id)
            FROM provinces p
            JOIN procuratorates u ON u.province_id = p.province_id
            JOIN award_procuratorates ap ON ap.procuratorate_id = u.procuratorate_id
            GROUP BY p.province_id
            """
        ).fetchall()
    )
    expected = {
        province.name: len(pa.awards(province=province))
        for province in pa.provinces()
        if pa.awards(province=province)
    }
    assert answer == expected
    assert answer["浙江省"] == 14


def test_sql_joint_awards_agree_with_the_api(database: sqlite3.Connection) -> None:
    rows = database.execute(
        """
        SELECT a.tier, a.number, group_concat(ap.name, '、')
        FROM awards a JOIN award_procuratorates ap USING (award_id)
        WHERE a.joint
        GROUP BY a.award_id
        HAVING count(*) > 1
        ORDER BY a.award_id
        """
    ).fetchall()
    assert rows == [
        (a.tier.label, a.number, "、".join(u.name for u in a.units)) for a in pa.awards(joint=True)
    ]


def test_sql_levels_paragraphs_and_divisions(database: sqlite3.Connection) -> None:
    levels = dict(
        database.execute("SELECT level, count(*) FROM procuratorates GROUP BY level").fetchall()
    )
    assert levels == Counter(u.level.label if u.level else None for u in pa.units())
    texts = [r[0] for r in database.execute("SELECT text FROM notice_paragraphs ORDER BY position")]
    assert texts == [p.text for p in pa.notice().paragraphs]
    [(source,)] = database.execute("SELECT source_text FROM notice").fetchall()
    assert source == pa.notice().source_text
    assert database.execute("SELECT count(*) FROM divisions").fetchone() == (
        len(index().divisions),
    )
    # A county's parent is its prefecture, and the prefecture's the province.
    chain = database.execute(
        """
        SELECT c.name, p.name, q.name FROM divisions c
        JOIN divisions p ON p.code = c.parent_code JOIN divisions q ON q.code = p.parent_code
        WHERE c.code = '330683'
        """
    ).fetchall()
    assert chain == [("嵊州市", "绍兴市", "浙江省")]


# --- Data Package ------------------------------------------------------------------------


def test_frictionless_validates_the_data_package(tmp_path: Path) -> None:
    written = pa.export_datapackage(tmp_path / "package")
    result = subprocess.run(
        [sys.executable, "-m", "frictionless", "validate", "--json", str(written[-1])],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    report = json.loads(result.stdout)
    assert report["valid"] is True, result.stdout[:2000]
    assert result.returncode == 0
    assert len(report["tasks"]) == 6
    pairs = sum(len(award.units) for award in pa.awards())
    assert sum(task["stats"]["rows"] for task in report["tasks"]) == (
        32 + len(index().divisions) + 59 + 55 + pairs + pairs
    )


def test_frictionless_notices_a_damaged_package(tmp_path: Path) -> None:
    written = pa.export_datapackage(tmp_path / "package")
    units_csv = next(path for path in written if path.name == "units.csv")
    units_csv.write_bytes(units_csv.read_bytes().replace(b"\r\n1,", b"\r\nx,", 1))
    result = subprocess.run(
        [sys.executable, "-m", "frictionless", "validate", "--json", str(written[-1])],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert json.loads(result.stdout)["valid"] is False
    assert result.returncode != 0


def test_data_package_schemas_follow_the_tables(tmp_path: Path) -> None:
    written = pa.export_datapackage(tmp_path)
    descriptor = json.loads(written[-1].read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        header = (tmp_path / resource["path"]).read_text(encoding="utf-8").splitlines()[0]
        assert [field["name"] for field in resource["schema"]["fields"]] == header.split(",")
    links = next(r for r in descriptor["resources"] if r["name"] == "award_procuratorates")
    assert [key["reference"]["resource"] for key in links["schema"]["foreignKeys"]] == [
        "awards",
        "procuratorates",
    ]


# --- the notice as text ------------------------------------------------------------------


def apply_errata(text: str, errata: tuple[pa.Erratum, ...], offset: int = 0) -> str:
    """``text`` (which starts at ``offset`` in the source) with each erratum in it applied."""
    out, position = [], 0
    for erratum in sorted(errata, key=lambda e: e.span.start):
        start, end = erratum.span.start - offset, erratum.span.end - offset
        if start < 0 or end > len(text):
            continue
        out += [text[position:start], erratum.corrected]
        position = end
    return "".join([*out, text[position:]])


def test_errata_applied_to_each_paragraph_give_its_text() -> None:
    the_notice = pa.notice()
    for paragraph in the_notice.paragraphs:
        raw = paragraph.span.slice(the_notice.source_text)
        assert apply_errata(raw, the_notice.errata, paragraph.span.start) == paragraph.text


def test_notice_text_is_the_source_with_every_erratum_applied() -> None:
    the_notice = pa.notice()
    corrected = apply_errata(the_notice.source_text, the_notice.errata)

    def lines(text: str) -> list[str]:
        return [line.strip() for line in text.split("\n") if line.strip()]

    assert lines(pa.notice_text()) == lines(corrected)
    assert "\n\n\n" not in pa.notice_text()
    assert pa.notice_text().endswith("四川省南充市人民检察院\n")


def test_provinces_csv_rows(tmp_path: Path) -> None:
    [provinces_csv, *_] = pa.export_csv(tmp_path)
    rows = list(csv.reader(io.StringIO(provinces_csv.read_text(encoding="utf-8"))))
    assert rows[1][:4] == ["1", "11", "110000", "北京市"]
    assert rows[-1][3] == "新疆生产建设兵团"
    assert len(rows) == 33


def _dangling_links() -> Iterator[tuple[Any, ...]]:
    yield (1, 1, 999, "火星市人民检察院", 0, 1)


def test_a_broken_key_is_a_data_error_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tuple(
        attrs.evolve(table, rows=_dangling_links) if table.name == "award_procuratorates" else table
        for table in _export_tables.TABLES
    )
    monkeypatch.setattr(_export_tables, "TABLES", broken)
    with pytest.raises(pa.DataError, match="award_procuratorates: cannot be stored: FOREIGN KEY"):
        pa.export_sqlite(tmp_path / "data.sqlite")
    assert _files(tmp_path) == []


def test_a_temporary_name_in_use_is_never_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = tmp_path / ".data.json.same.tmp"
    taken.write_text("someone else's", encoding="utf-8")
    names = iter(["same", "other"])
    monkeypatch.setattr(secrets, "token_hex", lambda _: next(names))
    pa.export_json(tmp_path / "data.json")
    assert taken.read_text(encoding="utf-8") == "someone else's"
    assert _files(tmp_path) == [".data.json.same.tmp", "data.json"]


def test_a_directory_export_needs_an_existing_parent(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="is not a directory"):
        pa.export_datapackage(tmp_path / "missing" / "package")
    assert _files(tmp_path) == []


def test_sqlite_procuratorates_point_at_their_divisions(database: sqlite3.Connection) -> None:
    rows = database.execute(
        """
        SELECT u.name, p.name, c.name FROM procuratorates u
        LEFT JOIN divisions p ON p.code = u.prefecture_code
        LEFT JOIN divisions c ON c.code = u.county_code
        ORDER BY u.procuratorate_id
        """
    ).fetchall()
    assert rows == [
        (u.name, u.prefecture and u.prefecture.name, u.county and u.county.name) for u in pa.units()
    ]


# --- a real full or read-only disk ------------------------------------------------------------


_TARGETS = {
    "json": "data.json",
    "sqlite": "data.sqlite",
    "csv": "csv",
    "datapackage": "package",
    "xlsx": "data.xlsx",
}


@pytest.mark.parametrize("name", ["json", "sqlite", "csv", "datapackage", "xlsx"])
def test_a_full_disk_is_an_os_error_naming_the_target_and_leaves_nothing(
    small_disk: Path, name: str
) -> None:
    target = small_disk / _TARGETS[name]
    with pytest.raises(OSError, match=r"No space left on device") as caught:
        pa.export(name, target)
    assert caught.value.errno == errno.ENOSPC
    assert type(caught.value) is OSError  # not sqlite3.OperationalError
    failed = Path(caught.value.filename)
    assert failed == target or failed.parent == target
    assert not failed.name.startswith(".")
    assert _files(small_disk) == []


@pytest.mark.parametrize("name", ["json", "sqlite", "csv", "datapackage"])
def test_a_read_only_disk_is_an_os_error_naming_the_target(read_only_disk: Path, name: str) -> None:
    target = read_only_disk / _TARGETS[name]
    with pytest.raises(OSError, match="Read-only file system") as caught:
        pa.export(name, target)
    assert caught.value.errno == errno.EROFS
    assert Path(caught.value.filename) == target


@pytest.mark.parametrize("name", ["sqlite", "csv", "datapackage"])
def test_the_command_line_reports_a_full_disk_in_one_line(small_disk: Path, name: str) -> None:
    target = small_disk / _TARGETS[name]
    done = subprocess.run(
        [sys.executable, "-m", "procuratorate_awards", "export", "-f", name, "-o", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    [line] = done.stderr.splitlines()
    assert "[Errno 28] No space left on device" in line
    assert ".tmp" not in line
    assert _files(small_disk) == []


def test_an_empty_output_path_is_refused(tmp_path: Path) -> None:
    for name in ("json", "sqlite", "csv", "datapackage"):
        with pytest.raises(ValueError, match="empty"):
            pa.export(name, "")
    done = subprocess.run(
        [sys.executable, "-m", "procuratorate_awards", "export", "-f", "csv", "-o", ""],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 2
    assert "output path is empty" in done.stderr
    assert "is a directory" not in done.stderr
    assert _files(tmp_path) == []


# --- one sheet for a spreadsheet ------------------------------------------------------------


def test_the_csv_export_has_a_flat_award_list_and_the_division_table(tmp_path: Path) -> None:
    written = {path.name: path for path in pa.export_csv(tmp_path)}
    rows = read_csv(written["award_list.csv"])
    assert len(rows) == sum(len(award.units) for award in pa.awards())
    first = rows[0]
    assert (first["tier"], first["title"], first["procuratorate"]) == (
        "一等奖",
        "车辆保险理赔监督模型",
        "浙江省绍兴市人民检察院",
    )
    assert (first["province"], first["level"], first["code"]) == ("浙江省", "设区的市级", "330600")
    shengzhou = next(row for row in rows if row["procuratorate"] == "浙江省嵊州市人民检察院")
    assert (shengzhou["county"], shengzhou["code"]) == ("嵊州市", "330683")
    divisions = read_csv(written["divisions.csv"])
    assert len(divisions) == len(index().divisions)
    assert {"code": "330683", "name": "嵊州市"}.items() <= next(
        row for row in divisions if row["code"] == "330683"
    ).items()


def test_the_data_package_names_its_licence_and_sources(tmp_path: Path) -> None:
    descriptor = json.loads(pa.export_datapackage(tmp_path)[-1].read_text("utf-8"))
    [licence] = descriptor["licenses"]
    assert licence["name"] == "MIT"
    assert licence["path"].startswith("https://")
    assert any("Article 5" in source.get("description", "") for source in descriptor["sources"])
    assert "divisions" in {resource["name"] for resource in descriptor["resources"]}


def test_xlsx_export_is_a_real_workbook_with_the_award_list_first(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl", reason="reading the workbook back needs openpyxl")
    written = pa.export_xlsx(tmp_path / "awards.xlsx")
    workbook = openpyxl.load_workbook(written, read_only=True)
    assert workbook.sheetnames[0] == "award_list"
    assert set(workbook.sheetnames) == {
        "award_list",
        "provinces",
        "divisions",
        "procuratorates",
        "awards",
        "award_procuratorates",
    }
    rows = list(workbook["award_list"].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert len(body) == sum(len(award.units) for award in pa.awards())
    record = dict(zip(header, body[0], strict=True))
    assert record["title"] == "车辆保险理赔监督模型"
    assert record["code"] == "330600"  # text, not the number 330600
    assert record["number"] == 1
    assert record["joint"] is False
    provinces = list(workbook["provinces"].iter_rows(values_only=True))
    assert provinces[1][1] == "11"
    workbook.close()


def test_xlsx_export_without_xlsxwriter_names_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "xlsxwriter", None)
    with pytest.raises(pa.OptionalDependencyError, match="pip install xlsxwriter"):
        pa.export_xlsx(tmp_path / "awards.xlsx")
    assert _files(tmp_path) == []


def test_the_json_export_holds_the_division_table_and_reads_older_exports(tmp_path: Path) -> None:
    written = pa.export_json(tmp_path / "data.json")
    document = json.loads(written.read_text("utf-8"))
    assert len(document["divisions"]) == len(index().divisions)
    assert {"code": "330683", "name": "嵊州市"} in document["divisions"]
    del document["divisions"]
    older = tmp_path / "older.json"
    older.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    assert pa.read_json(older).divisions == ()
    assert pa.read_json(older).awards == tuple(pa.awards())
