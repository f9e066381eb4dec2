"""The ``find`` command: procuratorates in files, folders and JSON Lines, as rows.

Documents are read by :func:`~procuratorate_awards.find_in_files`, in worker processes
with ``--jobs``; a document that cannot be read is reported and the run goes on.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ._cli_output import PROG, Row, print_note, write_rows

if TYPE_CHECKING:
    from ._corpus import Document

__all__ = ["cmd_find", "positive"]


def positive(value: str) -> int:
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
        return documents, print_note
    try:
        from tqdm import tqdm
    except ImportError:
        return documents, print_note
    bar = tqdm(documents, unit=" documents", file=sys.stderr, dynamic_ncols=True)
    return iter(bar), lambda message: bar.write(f"{PROG}: {message}", file=sys.stderr)


def cmd_find(args: argparse.Namespace) -> int:
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
            print_note(f"{failed} of {read} documents could not be read")
        return 2
    if not found:
        print_note(
            "the text names no procuratorate" if read == 1 else "no document names a procuratorate"
        )
    return 0
