"""Finding procuratorates in a whole corpus: many files, folders and JSON Lines records.

:func:`find_in_files` reads its inputs one document at a time, hands each to
:func:`~procuratorate_awards.find_procuratorates` (in worker processes with ``jobs`` above
one) and yields one :class:`Document` per input document, in input order whatever
``jobs`` is. At most a few documents per worker are in flight at once, so memory stays
bounded however large the corpus: no input is read before a worker is ready for it.

What is read:

* a file given by name is read as UTF-8 text, whatever its suffix, unless it ends in
  ``.jsonl`` or ``.ndjson``; then each line is a JSON object and one document;
* a folder is walked recursively in name order, reading the files whose suffix is in
  :data:`TEXT_SUFFIXES` (as text) or :data:`JSONL_SUFFIXES` (as records); names that
  start with a dot are skipped. ``.json`` is not read from folders: a JSON file's
  layout is its own, so convert it to JSON Lines first;
* ``-`` is standard input, one text.

The source of a document is its path as given (``folder/a.txt``), or for a JSON Lines
record ``path:line`` (the line number from 1), or the value of ``id_field`` when given.
A document that cannot be read (not UTF-8, not JSON, no text field) is a
:class:`Document` with ``error`` set and no mentions, and the run goes on.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from attrs import frozen

from ._find import find_procuratorates
from ._frames import Frame
from ._mentions import Mention, Mentions
from ._rows import Column, Rows, count

__all__ = ["JSONL_SUFFIXES", "TEXT_SUFFIXES", "CorpusMentions", "Document", "find_in_files"]

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
# Documents in flight per worker: enough to keep every worker busy while the parent
# writes, few enough that memory does not grow with the corpus.
_WINDOW_PER_JOB = 4
_SOURCE = Column("source", "string", "the file, path:line of a JSON Lines record, or its id")


@frozen
class Document:
    """One input document: where it came from, its mentions, or why it could not be read.

    >>> document = Document("a.txt", find_procuratorates("经嵊州市人民检察院审查"))
    >>> document.source, len(document.mentions), document.error
    ('a.txt', 1, None)
    """

    source: str
    mentions: Mentions
    error: str | None = None


class CorpusMentions(Rows[tuple[str, Mention]]):
    """(source, mention) pairs from many documents, as one table.

    The columns are a ``source`` column followed by the columns of
    :meth:`Mentions.frame() <procuratorate_awards.Mentions.frame>`, as the ``find``
    command writes them.

    >>> found = CorpusMentions.of(
    ...     [Document("a.txt", find_procuratorates("经嵊州市人民检察院审查"))]
    ... )
    >>> found
    CorpusMentions(1 mention)
    >>> found.to_pandas()[["source", "text"]].values.tolist()
    [['a.txt', '嵊州市人民检察院']]
    """

    __slots__ = ()
    _noun = ("mention", "mentions")

    @classmethod
    def of(cls, documents: Iterable[Document]) -> CorpusMentions:
        """Every mention of ``documents``, with its source, in order."""
        return cls((d.source, m) for d in documents for m in d.mentions)

    def frame(self) -> Frame:
        """A ``source`` column and the columns of :meth:`Mentions.frame`."""
        inner = Mentions(mention for _, mention in self).frame()
        rows = tuple((source, *row) for (source, _), row in zip(self, inner.rows, strict=True))
        shown = ("source", *(inner.shown or ()))
        caption = count(len(self), "mention")
        return Frame((_SOURCE, *inner.columns), rows, caption, shown=shown, terminal=shown)


def columns() -> tuple[Column, ...]:
    """The columns of one output row: ``source``, then those of :meth:`Mentions.frame`.

    >>> [column.name for column in columns()][:4]
    ['source', 'start', 'end', 'text']
    """
    return (_SOURCE, *Mentions(()).frame().columns)


# --- reading inputs -----------------------------------------------------------------------

# A unit of work: (source, path to read in the worker, or the text itself).
_Task = tuple[str, str | None, str | None]


def _walk(folder: Path) -> Iterator[Path | Document]:
    """The files to read under ``folder``, recursively, in name order, one at a time.

    A folder that cannot be listed is a :class:`Document` with the error.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield Document(str(folder), Mentions(()), _cannot_read(error, str(folder)))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir():
            yield from _walk(path)
        elif path.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES:
            yield path


def _not_utf8(error: UnicodeDecodeError, source: str) -> str:
    return f"the input is not UTF-8 text ({error.reason} at byte {error.start} in {source})"


def _cannot_read(error: OSError, source: str) -> str:
    return f"cannot read {source}: {error.strerror or error}"


def _records(
    path: str, field: str, id_field: str | None
) -> Iterator[tuple[str, str | None, str | None]]:
    """(source, text, error) for each line of a JSON Lines file, read one line at a time."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below; a generator holds it
    except OSError as error:
        yield path, None, _cannot_read(error, path)
        return
    with handle:
        for number, raw in enumerate(handle, 1):
            source = f"{path}:{number}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                yield source, None, _not_utf8(error, source)
                continue
            if not line.strip():
                continue
            try:
                record: Any = json.loads(line)
            except json.JSONDecodeError as error:
                yield source, None, f"{source} is not JSON: {error.msg}"
                continue
            if not isinstance(record, dict):
                yield source, None, f"{source} is not a JSON object"
                continue
            if id_field is not None and record.get(id_field) is not None:
                source = str(record[id_field])
            text = record.get(field)
            if not isinstance(text, str):
                yield source, None, f"{source} has no text field {field!r}"
                continue
            yield source, text, None


def _tasks(
    paths: Iterable[str | os.PathLike[str]], field: str, id_field: str | None
) -> Iterator[_Task | Document]:
    """Work for the finder, or a :class:`Document` with the error, in input order."""
    for given in paths:
        name = os.fspath(given)
        if name == "-":
            yield "-", None, sys.stdin.read()
            continue
        path = Path(name)
        files: Iterable[Path | Document] = _walk(path) if path.is_dir() else (path,)
        for file in files:
            if isinstance(file, Document):
                yield file
                continue
            source = name if file is path else str(file)
            if file.suffix.lower() in JSONL_SUFFIXES:
                for record_source, text, error in _records(source, field, id_field):
                    if error is None:
                        yield record_source, None, text
                    else:
                        yield Document(record_source, Mentions(()), error)
            else:
                yield source, source, None


def _find(task: _Task) -> Document:
    """Read one document (in a worker, when its text is a file) and find its mentions."""
    source, path, text = task
    if path is not None:
        try:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
        except UnicodeDecodeError as error:
            return Document(source, Mentions(()), _not_utf8(error, source))
        except OSError as error:
            return Document(source, Mentions(()), _cannot_read(error, source))
    assert text is not None
    return Document(source, find_procuratorates(text))


def find_in_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    field: str = "text",
    id_field: str | None = None,
    jobs: int = 1,
) -> Iterator[Document]:
    """The mentions in every document of ``paths``, one :class:`Document` each, in order.

    ``paths`` are files, folders (read recursively) and JSON Lines files, whose records
    hold their text in ``field`` and their source in ``id_field`` when given (see the
    module notes for which files are read). With ``jobs`` above one, documents are
    searched in that many worker processes, a bounded window of them at a time; the
    documents come out in the same order with the same mentions as with one. A document
    that cannot be read has ``error`` set; the others go on.
    :meth:`CorpusMentions.of` gathers the results into one table.

    >>> import json, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("公诉机关浙江省嵊州市人民检察院", encoding="utf-8")
    >>> record = {"id": "case-7", "body": "经最高检审查"}
    >>> _ = (folder / "b.jsonl").write_text(json.dumps(record) + "\\n", encoding="utf-8")
    >>> for document in find_in_files([folder], field="body", id_field="id"):
    ...     print(pathlib.Path(document.source).name, [m.text for m in document.mentions])
    a.txt ['浙江省嵊州市人民检察院']
    case-7 ['最高检']
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    tasks = _tasks(paths, field, id_field)
    if jobs == 1:
        for task in tasks:
            yield task if isinstance(task, Document) else _find(task)
        return
    window = jobs * _WINDOW_PER_JOB
    # Fresh interpreters, not forks: forking a parent that runs threads (a notebook, a
    # test runner, a progress bar) can deadlock, and every platform then behaves alike.
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))
    try:
        # Futures and error documents, oldest first: results leave in input order.
        pending: deque[Future[Document] | Document] = deque()
        for task in tasks:
            pending.append(task if isinstance(task, Document) else pool.submit(_find, task))
            while len(pending) >= window:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())
    finally:
        # A reader that stops early (| head) leaves work queued that nobody wants.
        pool.shutdown(wait=True, cancel_futures=True)


def _result(item: Future[Document] | Document) -> Document:
    return item if isinstance(item, Document) else item.result()
