"""Writing the data out for tools other than Python: JSON, CSV, SQLite, a Data Package.

Every export is deterministic: the same data gives byte-identical files, because rows
follow the order of the notice, keys and columns a fixed order, and nothing records
a time. Each file is first written under a temporary name in its target directory
and moved into place only once complete, so a failed export leaves no half-written
file; an existing output is replaced only when ``force=True``.

The tables of the CSV, SQLite, Data Package and spreadsheet exports come from one
description (:data:`TABLES`), so their columns, types and keys agree everywhere; its
:class:`~procuratorate_awards._tables.Column` is the one the notebook tables and data
frames are described with.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import secrets
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Literal

from attrs import frozen

from . import _loading
from ._divisions import division_level, index
from ._enums import Tier
from ._errors import DataError
from ._frames import OptionalDependencyError
from ._models import Award, Division, Notice, Province
from ._queries import awards, notice, units
from ._resolution import provinces
from ._tables import Column, display_width
from ._version import DATA_VERSION, DIVISIONS_VINTAGE, __version__

__all__ = [
    "FORMATS",
    "TABLES",
    "Column",
    "Dataset",
    "Table",
    "export",
    "export_csv",
    "export_datapackage",
    "export_json",
    "export_sqlite",
    "export_xlsx",
    "notice_text",
    "read_json",
]

#: The formats :func:`export` writes.
FORMATS = ("json", "csv", "sqlite", "datapackage", "xlsx")
ExportFormat = Literal["json", "csv", "sqlite", "datapackage", "xlsx"]

Cell = str | int | bool | None
PathLike = str | os.PathLike[str]

# A list inside one cell (abbreviations, notes) is joined with this.
LIST_SEPARATOR = "; "
_NOTES_SEPARATOR = "\n"


# --- the notice as text ---------------------------------------------------------------


def notice_text() -> str:
    """The notice as the structured data prints it: the source with every erratum applied.

    Rebuilt from the records, not copied from the source: issuer, title, addressees,
    the seven paragraphs, the distribution line, the award-list heading and ranking
    note, then each tier under its heading (``一等奖（5个）``) with one line per award,
    ``N.title unit、unit``. Blocks are separated by one blank line.
    :attr:`Notice.source_text` keeps the transcription exactly as received.

    >>> from procuratorate_awards import notice_text
    >>> text = notice_text()
    >>> text.split("\\n\\n")[:2]
    ['中华人民共和国最高人民检察院', '关于全国检察机关大数据法律监督模型竞赛结果的通报']
    >>> "1.车辆保险理赔监督模型 浙江省绍兴市人民检察院" in text.splitlines()
    True
    """
    the_notice = notice()
    blocks: list[str] = [
        the_notice.issuer,
        the_notice.title,
        "，".join(the_notice.addressees) + "：",
        *(paragraph.text for paragraph in the_notice.paragraphs),
        f"({the_notice.distribution})",
        the_notice.award_list_title,
        f"({the_notice.ranking_note})",
    ]
    all_awards = awards()
    for tier in Tier:
        blocks.append(f"{tier.label}（{tier.count}个）")
        blocks.append(
            "\n".join(
                f"{award.number}.{award.title} {'、'.join(unit.name for unit in award.units)}"
                for award in all_awards
                if award.tier is tier
            )
        )
    return "\n\n".join(blocks) + "\n"


# --- JSON -----------------------------------------------------------------------------


@frozen
class Dataset:
    """Everything the JSON export holds: the notice, the awards, the provinces and divisions.

    Its cattrs unstructuring is the JSON document, so :func:`read_json` gives back
    records equal to the ones exported. ``divisions`` is the division table resolution
    uses (county level and above, as of :data:`DIVISIONS_VINTAGE`); an export written
    before it was included reads back with none.

    >>> from procuratorate_awards import Dataset
    >>> data = Dataset.current()
    >>> len(data.awards), len(data.provinces), data.data_version
    (55, 32, '2022.1')
    >>> data.divisions[0]
    Division(code='110000', name='北京市')
    """

    data_version: str
    divisions_vintage: str
    notice: Notice
    awards: tuple[Award, ...]
    provinces: tuple[Province, ...]
    divisions: tuple[Division, ...] = ()

    @classmethod
    def current(cls) -> Dataset:
        """The data this installation ships."""
        return cls(
            DATA_VERSION,
            DIVISIONS_VINTAGE,
            notice(),
            tuple(awards()),
            tuple(provinces()),
            index().divisions,
        )


def _json_bytes() -> bytes:
    document = _loading.converter().unstructure(Dataset.current())
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_json(path: PathLike) -> Dataset:
    """Read a JSON export back into records (:class:`DataError` if it is not one).

    >>> import tempfile, pathlib
    >>> from procuratorate_awards import awards, export_json, read_json
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     written = export_json(pathlib.Path(folder) / "awards.json")
    ...     read_json(written).awards == tuple(awards())
    True
    """
    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except OSError as error:
        raise DataError(name, None, f"cannot be read ({error.strerror or error})") from None
    result: Dataset = _loading.structure(name, _loading.parse_json(name, data), Dataset)
    return result


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
    rows: Callable[[], Iterator[tuple[Cell, ...]]]
    in_csv: bool = True


def _province_ids() -> dict[Province, int]:
    return {province: position for position, province in enumerate(provinces(), 1)}


def _unit_ids() -> dict[str, int]:
    return {unit.name: position for position, unit in enumerate(units(), 1)}


def _code(division: Division | None) -> str | None:
    return None if division is None else division.code


def _name(division: Division | None) -> str | None:
    return None if division is None else division.name


def _province_rows() -> Iterator[tuple[Cell, ...]]:
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


def _procuratorate_rows() -> Iterator[tuple[Cell, ...]]:
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


def _award_rows() -> Iterator[tuple[Cell, ...]]:
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


def _award_unit_rows() -> Iterator[tuple[Cell, ...]]:
    unit_ids = _unit_ids()
    for award_id, award in enumerate(awards(), 1):
        for place, (unit, span) in enumerate(zip(award.units, award.unit_spans, strict=True), 1):
            yield (award_id, place, unit_ids[unit.name], unit.name, span.start, span.end)


def _award_list_rows() -> Iterator[tuple[Cell, ...]]:
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


def _notice_rows() -> Iterator[tuple[Cell, ...]]:
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


def _paragraph_rows() -> Iterator[tuple[Cell, ...]]:
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


def _erratum_rows() -> Iterator[tuple[Cell, ...]]:
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


def _division_rows() -> Iterator[tuple[Cell, ...]]:
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
            Column("full_name", "string", "the name written out with its province"),
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
            Column("kind", "string", "普通, 分院, 铁路运输 …"),
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
            Column("tier", "string", "一等奖, 二等奖, 三等奖 or 优秀奖"),
            Column("tier_english", "string", "the tier in English"),
            Column("tier_rank", "integer", "1 for 一等奖 … 4 for 优秀奖"),
            Column("number", "integer", "position within the tier as printed (not a rank)"),
            Column("title", "string", "the title of the winning model"),
            Column("alternative_title", "string", "a second title printed in brackets", False),
            Column("joint", "boolean", "whether several procuratorates share the award"),
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
            Column("tier", "string", "一等奖, 二等奖, 三等奖 or 优秀奖"),
            Column("tier_english", "string", "the tier in English"),
            Column("number", "integer", "position within the tier as printed (not a rank)"),
            Column("title", "string", "the title of the winning model"),
            Column("position", "integer", "place among the award's units, from 1"),
            Column("joint", "boolean", "whether several procuratorates share the award"),
            Column("procuratorate_id", "integer", "the procuratorate", references="procuratorates"),
            Column("procuratorate", "string", "the name as printed"),
            Column("full_name", "string", "the name written out with its province"),
            Column("province", "string", "the province's name", False),
            Column("province_english", "string", "the province's English name", False),
            Column("prefecture", "string", "name of the prefecture", False),
            Column("county", "string", "name of the county-level division", False),
            Column("level", "string", "最高, 省级, 设区的市级 or 基层; empty if unknown", False),
            Column("kind", "string", "普通, 分院, 铁路运输 …"),
            Column("code", "string", "six-digit code of the most specific division", False),
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

_CSV_TABLES = tuple(table for table in TABLES if table.in_csv)


def _csv_bytes(table: Table, *, bom: bool = False) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(column.name for column in table.columns)
    for row in table.rows():
        writer.writerow(_csv_cell(cell) for cell in row)
    return ("\ufeff" if bom else "").encode("utf-8") + buffer.getvalue().encode("utf-8")


def _csv_cell(cell: Cell) -> str | int:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    return cell


# --- writing files safely -------------------------------------------------------------


# The command line words this in its own options.
FORCE_HINT = "pass force=True to replace it"


def _target(path: PathLike) -> Path:
    name = os.fspath(path)
    if not name:
        # Path("") is ".", which would report the current directory as the output.
        raise ValueError("the output path is empty")
    return Path(name)


def _check_targets(targets: Sequence[Path], force: bool) -> None:
    for target in targets:
        if target.is_dir():
            raise IsADirectoryError(f"{target} is a directory, not a file the export can replace")
        if target.exists() and not force:
            raise FileExistsError(f"{target} exists; {FORCE_HINT}")
        if not target.parent.is_dir():
            raise FileNotFoundError(f"{target.parent} is not a directory")


def _about(target: Path, error: OSError) -> OSError:
    """``error`` told of ``target``: the temporary file it happened to is no name a user knows."""
    if error.errno is None:
        return error
    return type(error)(error.errno, error.strerror or os.strerror(error.errno), str(target))


def _new_temporary(target: Path) -> Path:
    """An empty new file beside ``target``, with the permissions a new file would get.

    ``tempfile.mkstemp`` would make it readable by its owner only; ``os.open`` with
    mode 0o666 lets the umask decide, as for any file the user creates.
    """
    while True:
        candidate = target.parent / f".{target.name}.{secrets.token_hex(6)}.tmp"
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        except OSError as error:
            raise _about(target, error) from None
        return candidate


@contextmanager
def _staged(targets: Sequence[Path]) -> Iterator[list[Path]]:
    """Temporary files beside ``targets``, moved onto them only if the block succeeds.

    An :class:`OSError` inside the block names the target whose temporary it hit.
    """
    temporaries: list[Path] = []
    try:
        for target in targets:
            temporaries.append(_new_temporary(target))
        try:
            yield temporaries
        except OSError as error:
            failed = str(error.filename) if error.filename is not None else None
            for temporary, target in zip(temporaries, targets, strict=False):
                if failed is None or failed == str(temporary):
                    raise _about(target, error) from None
            raise
        for temporary, target in zip(temporaries, targets, strict=True):
            try:
                os.replace(temporary, target)
            except OSError as error:
                raise _about(target, error) from None
    finally:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)


def _write_files(files: Sequence[tuple[Path, bytes]], force: bool) -> None:
    targets = [target for target, _ in files]
    _check_targets(targets, force)
    with _staged(targets) as temporaries:
        for temporary, (_, data) in zip(temporaries, files, strict=True):
            temporary.write_bytes(data)


@contextmanager
def _directory(path: PathLike) -> Iterator[Path]:
    """The output directory, made if missing, and removed again if the export then fails."""
    folder = _target(path)
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(f"{folder} exists and is not a directory")
    if not folder.parent.is_dir():
        raise FileNotFoundError(f"{folder.parent} is not a directory")
    made = not folder.exists()
    folder.mkdir(exist_ok=True)
    try:
        yield folder
    except BaseException:
        if made:
            # Only the empty folder this export made: a file another writer put there stays.
            with suppress(OSError):
                folder.rmdir()
        raise


# --- the exports ----------------------------------------------------------------------


def export_json(path: PathLike, *, force: bool = False) -> Path:
    """Write the notice, the awards, the provinces and the division table as one JSON document.

    The document is the cattrs unstructuring of :class:`Dataset` (spans as
    ``[start, end]``, enums as their values), UTF-8, indented. Returns the path written.

    >>> import json, tempfile, pathlib
    >>> from procuratorate_awards import export_json
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     written = export_json(pathlib.Path(folder) / "data.json")
    ...     document = json.loads(written.read_text("utf-8"))
    >>> document["awards"][0]["title"], document["awards"][0]["span"]
    ('车辆保险理赔监督模型', [1182, 1207])
    """
    target = _target(path)
    _write_files([(target, _json_bytes())], force)
    return target


def export_csv(
    directory: PathLike, *, force: bool = False, excel: bool = False
) -> tuple[Path, ...]:
    """Write the linked tables as CSV files, with ``award_list.csv`` to read on its own.

    ``provinces.csv``, ``divisions.csv`` (the 2022 division table), ``units.csv``,
    ``awards.csv`` and ``award_units.csv`` link by their id and code columns;
    ``award_list.csv`` has one row per award and winning procuratorate with its
    province, level and code, for a spreadsheet. UTF-8 with CRLF line ends (RFC 4180),
    a header row, empty cells for missing values and ``true``/``false`` for booleans.
    ``excel=True`` starts each file with a byte-order mark, without which Excel reads
    UTF-8 Chinese text as mojibake. The directory is created if missing, and removed
    again if the export fails. Returns the files written.

    >>> import tempfile
    >>> from procuratorate_awards import export_csv
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     written = export_csv(folder)
    ...     header = written[0].read_text("utf-8").splitlines()[0]
    >>> [path.name for path in written]  # doctest: +NORMALIZE_WHITESPACE
    ['provinces.csv', 'divisions.csv', 'units.csv', 'awards.csv', 'award_units.csv',
     'award_list.csv']
    >>> header[:40]
    'province_id,code,division_code,name,bare'
    """
    with _directory(directory) as folder:
        files = [(folder / table.file, _csv_bytes(table, bom=excel)) for table in _CSV_TABLES]
        _write_files(files, force)
    return tuple(path for path, _ in files)


def _sql_type(column: Column) -> str:
    return "TEXT" if column.kind == "string" else "INTEGER"


def _create_statement(table: Table) -> str:
    lines = []
    for column in table.columns:
        line = f"  {column.name} {_sql_type(column)}"
        if column.required:
            line += " NOT NULL"
        if column.kind == "boolean":
            line += f" CHECK ({column.name} IN (0, 1))"
        lines.append(line)
    lines.append(f"  PRIMARY KEY ({', '.join(table.primary_key)})")
    for column in table.columns:
        if column.references is not None:
            target = next(t for t in TABLES if t.name == column.references)
            lines.append(
                f"  FOREIGN KEY ({column.name}) REFERENCES {target.name} ({target.primary_key[0]})"
            )
    return f"CREATE TABLE {table.name} (\n" + ",\n".join(lines) + "\n)"


# SQLite's result codes for the failures a file system causes, as errno values.
_SQLITE_ERRNO = {
    "SQLITE_FULL": errno.ENOSPC,
    "SQLITE_READONLY": errno.EROFS,
    "SQLITE_CANTOPEN": errno.EACCES,
    "SQLITE_PERM": errno.EACCES,
}


def _sqlite_os_error(target: Path, error: Exception) -> OSError:
    """The :class:`OSError` the JSON and CSV exports raise for the same failure."""
    name = getattr(error, "sqlite_errorname", "")  # Python 3.11 and later
    if not name and "disk is full" in str(error):
        name = "SQLITE_FULL"
    # Extended codes (SQLITE_READONLY_DBMOVED) share the primary code's first two words.
    number = _SQLITE_ERRNO.get("_".join(name.split("_")[:2]), errno.EIO)
    return OSError(number, f"{os.strerror(number)} (SQLite: {error})", str(target))


_SQLITE_APPLICATION_ID = 0x50414157  # "PAAW": marks the file as this package's export


def _build_sqlite(path: Path) -> None:
    import sqlite3

    connection = sqlite3.connect(path, isolation_level=None)
    try:
        # A fixed page size and no WAL keep the file identical from one run to the next.
        connection.execute("PRAGMA page_size = 4096")
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute(f"PRAGMA application_id = {_SQLITE_APPLICATION_ID}")
        connection.execute("PRAGMA user_version = 1")
        connection.execute("BEGIN")
        for table in TABLES:
            connection.execute(_create_statement(table))
            marks = ", ".join("?" * len(table.columns))
            try:
                connection.executemany(f"INSERT INTO {table.name} VALUES ({marks})", table.rows())
            except sqlite3.IntegrityError as error:
                # Tables are filled parents first, so a broken key fails at its own row.
                raise DataError(path.name, table.name, f"cannot be stored: {error}") from None
        connection.execute("COMMIT")
        connection.execute("VACUUM")
    finally:
        connection.close()


def export_sqlite(path: PathLike, *, force: bool = False) -> Path:
    """Write every table into one SQLite database, with primary and foreign keys.

    Tables: ``notice``, ``notice_paragraphs``, ``errata``, ``awards``,
    ``procuratorates``, ``award_procuratorates``, ``provinces`` and ``divisions`` (the
    2022 division table). Booleans are 0 or 1. Returns the path written.

    >>> import sqlite3, tempfile, pathlib
    >>> from procuratorate_awards import export_sqlite
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     written = export_sqlite(pathlib.Path(folder) / "awards.sqlite")
    ...     with sqlite3.connect(written) as db:
    ...         rows = db.execute("SELECT tier, count(*) FROM awards GROUP BY tier_rank").fetchall()
    ...     db.close()
    >>> rows
    [('一等奖', 5), ('二等奖', 10), ('三等奖', 15), ('优秀奖', 25)]
    """
    import sqlite3

    target = _target(path)
    _check_targets([target], force)
    with _staged([target]) as [temporary]:
        try:
            _build_sqlite(temporary)
        except sqlite3.OperationalError as error:
            raise _sqlite_os_error(target, error) from None
        finally:
            # A failed transaction can leave its rollback journal beside the file.
            temporary.with_name(temporary.name + "-journal").unlink(missing_ok=True)
    return target


def _schema(table: Table) -> dict[str, Any]:
    fields: list[dict[str, Any]] = []
    for column in table.columns:
        field: dict[str, Any] = {
            "name": column.name,
            "type": column.kind,
            "description": column.description,
        }
        if column.kind == "boolean":
            field["trueValues"], field["falseValues"] = ["true"], ["false"]
        if column.required:
            field["constraints"] = {"required": True}
        fields.append(field)
    schema: dict[str, Any] = {
        "fields": fields,
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    foreign_keys = []
    in_package = {t.name for t in _CSV_TABLES}
    for column in table.columns:
        # Keys into a table the package leaves out (the notice) cannot be checked.
        if column.references in in_package:
            target = next(t for t in TABLES if t.name == column.references)
            foreign_keys.append(
                {
                    "fields": [column.name],
                    "reference": {"resource": target.name, "fields": [target.primary_key[0]]},
                }
            )
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return schema


def _datapackage(files: Sequence[tuple[Table, bytes]]) -> dict[str, Any]:
    the_notice = notice()
    resources = [
        {
            "name": table.name,
            "path": table.file,
            "title": table.title,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "bytes": len(data),
            "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
            "schema": _schema(table),
        }
        for table, data in files
    ]
    return {
        "profile": "tabular-data-package",
        "name": "procuratorate-awards",
        "title": f"{the_notice.title} ({the_notice.year})",
        "description": (
            "The awards of the national procuratorial big-data legal supervision model "
            "competition and the procuratorates that won them, placed in their province, "
            "prefecture and county."
        ),
        "version": DATA_VERSION,
        # The licence of the package (LICENSE); the notice itself is an official document
        # that Article 5 of the Copyright Law of the PRC excludes from copyright.
        "licenses": [
            {
                "name": "MIT",
                "path": "https://opensource.org/license/mit",
                "title": "MIT License",
            }
        ],
        "sources": [
            {
                "title": f"{the_notice.issuer}{the_notice.title}",
                "description": (
                    "An official document of a state organ, excluded from copyright "
                    "protection by Article 5 of the Copyright Law of the People's "
                    "Republic of China."
                ),
            },
            {
                "title": (
                    "Ministry of Civil Affairs: administrative division codes at county level "
                    f"and above (GB/T 2260), as of {DIVISIONS_VINTAGE}"
                ),
            },
        ],
        "contributors": [
            {"title": "procuratorate-awards contributors", "role": "author"},
        ],
        "keywords": ["china", "procuratorate", "open data"],
        "x-generator": f"procuratorate-awards {__version__}",
        "resources": resources,
    }


def export_datapackage(directory: PathLike, *, force: bool = False) -> tuple[Path, ...]:
    """Write the CSV tables with a ``datapackage.json`` describing each (Frictionless).

    The descriptor gives every CSV a Table Schema: field types, required fields,
    primary and foreign keys, and the size and SHA-256 of each file, so
    ``frictionless validate datapackage.json`` checks the whole package. Returns the
    files written, the descriptor last.

    >>> import json, tempfile
    >>> from procuratorate_awards import export_datapackage
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     written = export_datapackage(folder)
    ...     descriptor = json.loads(written[-1].read_text("utf-8"))
    >>> [resource["path"] for resource in descriptor["resources"]]  # doctest: +NORMALIZE_WHITESPACE
    ['provinces.csv', 'divisions.csv', 'units.csv', 'awards.csv', 'award_units.csv',
     'award_list.csv']
    >>> descriptor["licenses"][0]["name"]
    'MIT'
    """
    with _directory(directory) as folder:
        tables = [(table, _csv_bytes(table)) for table in _CSV_TABLES]
        descriptor = json.dumps(_datapackage(tables), ensure_ascii=False, indent=2) + "\n"
        files = [(folder / table.file, data) for table, data in tables]
        files.append((folder / "datapackage.json", descriptor.encode("utf-8")))
        _write_files(files, force)
    return tuple(path for path, _ in files)


# The workbook's creation date, fixed so that the same data gives the same bytes.
_XLSX_CREATED = (2022, 12, 31)


def _xlsx_bytes() -> bytes:
    try:
        import xlsxwriter
    except ImportError:
        raise OptionalDependencyError("xlsxwriter", "xlsx", "export_xlsx()") from None
    import datetime

    buffer = io.BytesIO()
    # Text is written as text: never read as a number, a formula or a link.
    workbook = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
        },
    )
    workbook.set_properties(
        {
            "title": notice().title,
            "author": "procuratorate-awards contributors",
            "created": datetime.datetime(*_XLSX_CREATED, tzinfo=datetime.timezone.utc),
        }
    )
    bold = workbook.add_format({"bold": True})
    # The flat list first: a spreadsheet opens on the sheet that needs no joins.
    ordered = sorted(_CSV_TABLES, key=lambda table: table.name != "award_list")
    for table in ordered:
        sheet = workbook.add_worksheet(table.name[:31])
        widths = [len(column.name) for column in table.columns]
        for number, column in enumerate(table.columns):
            sheet.write_string(0, number, column.name, bold)
        rows = 0
        for rows, row in enumerate(table.rows(), 1):
            for number, cell in enumerate(row):
                if cell is None:
                    continue
                if isinstance(cell, bool):
                    sheet.write_boolean(rows, number, cell)
                elif isinstance(cell, int):
                    sheet.write_number(rows, number, cell)
                else:
                    sheet.write_string(rows, number, cell)
                    widths[number] = max(widths[number], min(60, display_width(cell)))
        for number, width in enumerate(widths):
            sheet.set_column(number, number, width + 2)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, rows, len(table.columns) - 1)
    workbook.close()
    return buffer.getvalue()


def export_xlsx(path: PathLike, *, force: bool = False) -> Path:
    """Write the CSV export's tables as the sheets of one Excel workbook (``.xlsx``).

    The first sheet, ``award_list``, has one row per award and winning procuratorate
    with its province, level and code, so it reads without joins; the other sheets
    are the linked tables. Codes are text, so no leading digit is lost. Needs
    XlsxWriter (``pip install xlsxwriter``; the ``xlsx`` extra). Returns the path.

    >>> import tempfile, pathlib, zipfile
    >>> from procuratorate_awards import export_xlsx
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     written = export_xlsx(pathlib.Path(folder) / "awards.xlsx")
    ...     zipfile.is_zipfile(written)
    True
    """
    target = _target(path)
    _check_targets([target], force)
    _write_files([(target, _xlsx_bytes())], force)
    return target


def export(
    format: ExportFormat | str, path: PathLike, *, force: bool = False, excel: bool = False
) -> tuple[Path, ...]:
    """Export in ``format`` (one of :data:`FORMATS`) to ``path``; return the files written.

    ``path`` is a file for ``json``, ``sqlite`` and ``xlsx``, a directory for ``csv``
    and ``datapackage``. Raises :class:`FileExistsError` if an output exists and ``force``
    is false, and :class:`ValueError` for an unknown format or ``excel`` with a format
    other than ``csv``.

    >>> from procuratorate_awards import export
    >>> export("xml", "out.xml")
    Traceback (most recent call last):
    ...
    ValueError: unknown export format 'xml'; choose one of json, csv, sqlite, datapackage, xlsx
    """
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    if excel and format != "csv":
        raise ValueError("excel=True (--excel) only applies to the csv format")
    if format == "json":
        return (export_json(path, force=force),)
    if format == "sqlite":
        return (export_sqlite(path, force=force),)
    if format == "xlsx":
        return (export_xlsx(path, force=force),)
    if format == "csv":
        return export_csv(path, force=force, excel=excel)
    return export_datapackage(path, force=force)
