"""Writing the data out for tools other than Python: JSON, CSV, SQLite, a Data Package.

Every export is deterministic: the same data gives byte-identical files, because rows
follow the order of the notice, keys and columns a fixed order, and nothing records
a time. Each file is first written under a temporary name in its target directory
and moved into place only once complete, so a failed export leaves no half-written
file; an existing output is replaced only when ``force=True``.

The tables of the CSV, SQLite, Data Package and spreadsheet exports come from one
description (``_export_tables.TABLES``), so their columns, types and keys agree everywhere; its
:class:`~procuratorate_awards._rows.Column` is the one the notebook tables and data
frames are described with.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from . import _export_tables
from ._export_json import json_bytes
from ._export_tables import csv_bytes
from ._files import PathLike, output_directory, output_path, write_files
from ._formats import export_datapackage, export_sqlite, export_xlsx

__all__ = ["FORMATS", "export", "export_csv", "export_json"]


#: The formats :func:`export` writes.
FORMATS = ("json", "csv", "sqlite", "datapackage", "xlsx")
ExportFormat = Literal["json", "csv", "sqlite", "datapackage", "xlsx"]

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
    target = output_path(path)
    write_files([(target, json_bytes())], force)
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
    with output_directory(directory) as folder:
        files = [
            (folder / table.file, csv_bytes(table, bom=excel))
            for table in _export_tables.csv_tables()
        ]
        write_files(files, force)
    return tuple(path for path, _ in files)


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
