"""The records built from the packaged resources, one direct builder for all of them.

Each resource's bytes are checked against their recorded digest first; bytes that
match are the shipped ones, so the records are built straight from the parsed JSON,
without cattrs. Bytes that do not match go to the converter (``_convert``), which
names the file and the record at fault, or else the mismatch is reported.
"""

from __future__ import annotations

import enum
import functools
import threading
import typing
from collections.abc import Callable
from itertools import starmap
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import attrs
from attrs import fields

from ._errors import DataError
from ._models import (
    Award,
    Division,
    Province,
    Span,
)
from ._resources import (
    AWARDS_FILE,
    DIVISIONS_FILE,
    EVERYDAY_FILE,
    NOTICE_FILE,
    PROVINCES_FILE,
    REGISTRY_FILE,
    SIMPLIFIED_FILE,
    SOURCE_FILE,
    Lazy,
    current,
    kept,
)

if TYPE_CHECKING:
    from ._documents import Notice, RegistryEntry
    from ._shapes import FormerName, WordList

__all__ = [
    "award_records",
    "builder",
    "division_table",
    "everyday_closing",
    "everyday_stems",
    "everyday_words",
    "load",
    "notice_record",
    "province_records",
    "registry_records",
    "simplified_table",
    "source_text",
]


def _as_is(value: Any) -> Any:
    return value


# The records many others hold alike (the province and the divisions of an award's units,
# which the award list writes out for each unit): built once for each resource read, and
# shared, in the thread reading it.
_SHARED_KINDS = (Province, Division)
_reading = threading.local()


def _shared(kind: Any, record: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def shared(value: Any) -> Any:
        memo: dict[Any, Any] | None = getattr(_reading, "memo", None)
        if memo is None or not isinstance(value, dict):
            return record(value)
        key = (kind, value.get("code"), value.get("name"))
        found = memo.get(key)
        if found is None:
            found = memo[key] = record(value)
        return found

    return shared


def _builder(kind: Any) -> Callable[[Any], Any]:
    """A function that builds ``kind`` from the parsed JSON of a resource whose digest matched.

    It covers what the resources use (attrs classes, str, int, bool, enums, optional
    values, homogeneous and fixed tuples, dictionaries of strings, spans and rows) and
    builds what the converter builds from the same document.
    """
    if kind is Span:
        return lambda value: Span(*value)
    if kind in (str, int, bool):
        return _as_is
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind._value2member_map_.__getitem__
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is dict:
        return dict
    if origin is tuple and len(args) == 2 and args[1] is ...:
        if args[0] in (str, int, bool):
            return tuple
        if args[0] is Span:
            # Spans are stored as [start, end] pairs: built without a call of ours each.
            return lambda value: tuple(starmap(Span, value))
        item = _builder(args[0])
        return lambda value: tuple(map(item, value))
    if origin is tuple:
        if all(arg in (str, int, bool) for arg in args):
            return tuple
        items = [_builder(arg) for arg in args]
        return lambda value: tuple(build(v) for build, v in zip(items, value, strict=True))
    if args and type(None) in args and len(args) == 2:
        present = next(a for a in args if a is not type(None))
        inner = _builder(present)
        if inner is _as_is:
            return _as_is
        if isinstance(present, type) and issubclass(present, enum.Enum):
            # One look-up for a member or None, without a call of ours.
            return {None: None, **present._value2member_map_}.__getitem__
        return lambda value: None if value is None else inner(value)
    if isinstance(kind, type) and attrs.has(kind):
        # Types are objects where the module evaluates its annotations (the models, so
        # the first query parses none), strings where it postpones them.
        hints: dict[str, Any] = {f.name: f.type for f in fields(kind)}
        if any(isinstance(hint, str) for hint in hints.values()):
            hints = typing.get_type_hints(kind)
        plan = [(f.name, _builder(hints[f.name])) for f in fields(kind)]
        # A record stored as a JSON array of its fields in order, not as an object.
        if getattr(kind, "stored_as_row", False):
            return lambda row: kind(*(build(v) for (_, build), v in zip(plan, row, strict=True)))

        size = len(plan)
        # The fields are read in one go, in C; only those that are not JSON values
        # already are converted.
        read = itemgetter(*(name for name, _ in plan)) if size > 1 else None
        converted = [(i, build) for i, (_, build) in enumerate(plan) if build is not _as_is]

        def record(value: dict[str, Any]) -> Any:
            # The shipped files store every field, so the record is built positionally;
            # a document that leaves some out gets their defaults.
            if read is None or len(value) != size:
                return kind(**{name: build(value[name]) for name, build in plan if name in value})
            if not converted:
                return kind(*read(value))
            cells = list(read(value))
            for i, build in converted:
                cells[i] = build(cells[i])
            return kind(*cells)

        return _shared(kind, record) if kind in _SHARED_KINDS else record
    raise NotImplementedError(f"no direct building for {kind!r}")


# One builder per kind, made on first use: the first award query prepares no notice.
_builders: dict[Any, Lazy[Callable[[Any], Any]]] = {}


def builder(kind: Any) -> Callable[[Any], Any]:
    """The direct builder of ``kind``."""
    lazy = _builders.get(kind)
    if lazy is None:
        lazy = _builders.setdefault(kind, Lazy(functools.partial(_builder, kind)))
    return lazy.get()


def load(name: str, kind: Any, complete: Callable[[Any], Any] | None = None) -> Any:
    """The resource ``name`` built as ``kind``, its digest checked before anything is built.

    ``complete`` adds to the parsed document what the records take from elsewhere.
    """
    resources = current()
    data = resources.read(name)
    mismatch = resources.digest_error(name, data)
    if mismatch is not None:
        from ._convert import diagnose

        diagnose(name, data, kind, complete)
        raise mismatch
    import json

    _reading.memo = {}
    try:
        with kept():
            document = json.loads(data)
            return builder(kind)(document if complete is None else complete(document))
    finally:
        _reading.memo = None


def _source_text() -> str:
    resources = current()
    data = resources.read(SOURCE_FILE)
    mismatch = resources.digest_error(SOURCE_FILE, data)
    if mismatch is not None:
        from ._convert import decode

        decode(SOURCE_FILE, data)
        raise mismatch
    return data.decode("utf-8")


def _with_source_text(document: Any) -> Any:
    if not isinstance(document, dict):
        raise DataError(NOTICE_FILE, "$", "expected an object")
    return {**document, "source_text": source_text.get()}


def _divisions() -> tuple[
    tuple[Division, ...],
    tuple[FormerName, ...],
    tuple[tuple[str, str], ...],
    tuple[tuple[str, str, int], ...],
]:
    from ._shapes import DivisionTable

    table: DivisionTable = load(DIVISIONS_FILE, DivisionTable)
    divisions = tuple(Division(code, name) for code, name in table.divisions)
    return divisions, table.former_names, table.short_names, table.moved


def _simplified() -> dict[int, str]:
    """The traditional characters names may be written in, as a ``str.translate`` table."""
    from ._shapes import CharacterTable

    table: CharacterTable = load(SIMPLIFIED_FILE, CharacterTable)
    return str.maketrans(table.characters)


def _everyday() -> WordList:
    """Counties' names without their type that are everyday words too (公安, 振兴), and the
    everyday words a short division name closes (完成 of 完成县)."""
    from ._shapes import WordList

    table: WordList = load(EVERYDAY_FILE, WordList)
    return table


source_text = Lazy(_source_text)


def _load_notice() -> Notice:
    from ._documents import Notice

    notice: Notice = load(NOTICE_FILE, Notice, _with_source_text)
    return notice


def _load_registry() -> tuple[RegistryEntry, ...]:
    from ._documents import RegistryEntry

    entries: tuple[RegistryEntry, ...] = load(REGISTRY_FILE, tuple[RegistryEntry, ...])
    return entries


notice_record = Lazy(_load_notice)
award_records: Lazy[tuple[Award, ...]] = Lazy(lambda: load(AWARDS_FILE, tuple[Award, ...]))
province_records: Lazy[tuple[Province, ...]] = Lazy(
    lambda: load(PROVINCES_FILE, tuple[Province, ...])
)
division_table = Lazy(_divisions)
registry_records = Lazy(_load_registry)
simplified_table = Lazy(_simplified)
everyday_words = Lazy(_everyday)
everyday_stems = Lazy(lambda: frozenset(everyday_words.get().words))
everyday_closing = Lazy(lambda: frozenset(everyday_words.get().closing))
