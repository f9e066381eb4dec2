"""The binary and multi-file formats: SQLite, the Data Package and the spreadsheet."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import _export_tables
from ._errors import DataError
from ._export_tables import Table, csv_bytes
from ._files import PathLike, check_targets, output_directory, output_path, staged, write_files
from ._frames import OptionalDependencyError
from ._queries import notice
from ._rows import Column
from ._tables import display_width
from ._version import DATA_VERSION, DIVISIONS_VINTAGE, __version__

__all__ = ["export_datapackage", "export_sqlite", "export_xlsx"]


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
            target = next(t for t in _export_tables.TABLES if t.name == column.references)
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
        for table in _export_tables.TABLES:
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

    target = output_path(path)
    check_targets([target], force)
    with staged([target]) as [temporary]:
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
    in_package = {t.name for t in _export_tables.csv_tables()}
    for column in table.columns:
        # Keys into a table the package leaves out (the notice) cannot be checked.
        if column.references in in_package:
            target = next(t for t in _export_tables.TABLES if t.name == column.references)
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
    with output_directory(directory) as folder:
        tables = [(table, csv_bytes(table)) for table in _export_tables.csv_tables()]
        descriptor = json.dumps(_datapackage(tables), ensure_ascii=False, indent=2) + "\n"
        files = [(folder / table.file, data) for table, data in tables]
        files.append((folder / "datapackage.json", descriptor.encode("utf-8")))
        write_files(files, force)
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
    ordered = sorted(_export_tables.csv_tables(), key=lambda table: table.name != "award_list")
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
    target = output_path(path)
    check_targets([target], force)
    write_files([(target, _xlsx_bytes())], force)
    return target
