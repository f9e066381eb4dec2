"""Reading the packaged resources into models, once per process.

Resources are read with ``importlib_resources.files()``, never by file path, so the
package works from a wheel, a zip or a read-only directory. Each resource is decoded,
parsed, structured and checked against its recorded SHA-256 on first use, behind a
lock, and kept for the life of the process.
Well-formed resources are structured directly; anything else goes to the one converter,
so any fault surfaces as :class:`~procuratorate_awards.DataError` naming the file and
the record.

cattrs, importlib_resources, json and hashlib are imported here when first needed
only, so importing the package stays cheap.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from attrs import fields, frozen

from ._errors import DataError
from ._models import Award, Division, Notice, Province, RegistryEntry, Span

if TYPE_CHECKING:
    import cattrs
    from importlib_resources.abc import Traversable

T = TypeVar("T")


@frozen
class FormerName:
    """A division name out of use by the 2022 vintage, and the 2022 codes it became.

    Stored as a row ``[code, name, start, end, [successor, ...]]``; years are as of
    31 December.
    """

    code: str
    name: str
    start: int
    end: int
    successors: tuple[str, ...]


@frozen
class DivisionTable:
    """The division table as stored: rows rather than one object per record."""

    vintage: str
    source: str
    divisions: tuple[tuple[str, str], ...]
    former_names: tuple[FormerName, ...]


PACKAGE = "procuratorate_awards"
DATA_FOLDER = "data"
SOURCE_FILE = "notice.txt"
NOTICE_FILE = "notice.json"
AWARDS_FILE = "awards.json"
PROVINCES_FILE = "provinces.json"
DIVISIONS_FILE = "divisions.json"
MANIFEST_FILE = "manifest.json"
TRANSLATIONS_FILE = "translations.json"
REGISTRY_FILE = "registry.json"
SIMPLIFIED_FILE = "simplified.json"
ENGLISH_FILE = "english.json"
CHECKED_FILES = (
    SOURCE_FILE,
    NOTICE_FILE,
    AWARDS_FILE,
    PROVINCES_FILE,
    DIVISIONS_FILE,
    TRANSLATIONS_FILE,
    REGISTRY_FILE,
    SIMPLIFIED_FILE,
    ENGLISH_FILE,
)


class Lazy(Generic[T]):
    """A value built on first use, exactly once, even when many threads ask at once."""

    instances: ClassVar[list[Lazy[Any]]] = []

    def __init__(self, build: Callable[[], T]) -> None:
        Lazy.instances.append(self)
        self._build = build
        self._lock = threading.Lock()
        self._done = False
        self._value: T | None = None

    def get(self) -> T:
        if not self._done:
            with self._lock:
                if not self._done:
                    self._value = self._build()
                    self._done = True
        return self._value  # type: ignore[return-value]

    def reset(self) -> None:
        """Forget the value, so the next use builds it again (for tests of damaged data)."""
        with self._lock:
            self._done = False
            self._value = None


# Caches built from loaded values (memoised answers) register here to be dropped with them.
_reset_hooks: list[Callable[[], None]] = []


def on_reset(hook: Callable[[], None]) -> None:
    """Call ``hook`` whenever :func:`reset_all` forgets the loaded resources."""
    _reset_hooks.append(hook)


def _data_folder() -> Traversable:
    import importlib_resources

    return importlib_resources.files(PACKAGE).joinpath(DATA_FOLDER)


# Tests point this at a copy of the data to check how damage is reported.
data_folder: Callable[[], Traversable] = _data_folder


def read_bytes(name: str) -> bytes:
    try:
        return data_folder().joinpath(name).read_bytes()
    except OSError as error:
        raise DataError(name, None, f"cannot be read ({error.strerror or error})") from None


def decode(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DataError(name, f"byte {error.start}", "is not valid UTF-8") from None


def parse_json(name: str, data: bytes) -> Any:
    import json

    text = decode(name, data)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        raise DataError(name, where, f"is not valid JSON ({error.msg})") from None


def _strict(kind: type[T]) -> Callable[[object, object], T]:
    """A structure hook that refuses values of another type instead of coercing them."""

    def hook(value: object, _: object) -> T:
        if type(value) is not kind:
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
        return value

    return hook


def _structure_span(value: object, _: object) -> Span:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(type(item) is int for item in value)
    ):
        raise TypeError(f"expected a span [start, end] of two integers, got {value!r}")
    return Span(value[0], value[1])


def _is_homogeneous_tuple(kind: Any) -> bool:
    args: tuple[Any, ...] = getattr(kind, "__args__", ())
    return getattr(kind, "__origin__", None) is tuple and len(args) == 2 and args[1] is ...


def _is_fixed_tuple(kind: Any) -> bool:
    return getattr(kind, "__origin__", None) is tuple and not _is_homogeneous_tuple(kind)


def _expect_list(value: object, length: int | None = None) -> list[Any]:
    # A string is iterable too; never read one as a sequence of characters.
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    if length is not None and len(value) != length:
        raise TypeError(f"expected a list of {length} items, got {len(value)}")
    return value


def _make_converter() -> cattrs.Converter:
    import cattrs
    from cattrs.errors import IterableValidationNote

    converter = cattrs.Converter(forbid_extra_keys=True)
    for kind in (str, int, bool):
        converter.register_structure_hook(kind, _strict(kind))
    converter.register_structure_hook(Span, _structure_span)
    converter.register_unstructure_hook(Span, lambda span: [span.start, span.end])

    def tuple_hook_factory(kind: Any) -> Callable[[object, object], tuple[Any, ...]]:
        item_hook = converter.get_structure_hook(kind.__args__[0])
        item_type = kind.__args__[0]

        def hook(value: object, _: object) -> tuple[Any, ...]:
            items = []
            for index, item in enumerate(_expect_list(value)):
                try:
                    items.append(item_hook(item, item_type))
                except Exception as error:
                    note = IterableValidationNote(
                        f"Structuring {kind!r} @ index {index}", index, item_type
                    )
                    error.__notes__ = [*getattr(error, "__notes__", []), note]  # type: ignore[attr-defined]
                    raise cattrs.IterableValidationError(
                        f"While structuring {kind!r}", [error], kind
                    ) from None
            return tuple(items)

        return hook

    def fixed_tuple_hook_factory(kind: Any) -> Callable[[object, object], tuple[Any, ...]]:
        item_types = kind.__args__
        hooks = [converter.get_structure_hook(item_type) for item_type in item_types]

        def hook(value: object, _: object) -> tuple[Any, ...]:
            items = _expect_list(value, len(item_types))
            return tuple(h(v, t) for h, v, t in zip(hooks, items, item_types, strict=True))

        return hook

    def structure_former_name(value: object, _: object) -> FormerName:
        row = _expect_list(value, len(fields(FormerName)))
        return converter.structure_attrs_fromtuple(tuple(row), FormerName)

    converter.register_structure_hook_factory(_is_homogeneous_tuple, tuple_hook_factory)
    converter.register_structure_hook_factory(_is_fixed_tuple, fixed_tuple_hook_factory)
    converter.register_structure_hook(FormerName, structure_former_name)
    return converter


_converter = Lazy(_make_converter)


def converter() -> cattrs.Converter:
    """The one converter between the models and plain JSON-ready data."""
    return _converter.get()


def structure(name: str, document: object, kind: Any) -> Any:
    import cattrs

    try:
        return converter().structure(document, kind)
    except (cattrs.BaseValidationError, TypeError, ValueError) as error:
        messages = cattrs.transform_error(error, path="$")
        detail, _, where = messages[0].rpartition(" @ ")
        raise DataError(name, where or "$", detail or messages[0]) from None


def _manifest() -> dict[str, Any]:
    document = parse_json(MANIFEST_FILE, read_bytes(MANIFEST_FILE))
    files = document.get("files") if isinstance(document, dict) else None
    if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
        raise DataError(MANIFEST_FILE, "$.files", "expected an object of SHA-256 digests")
    return document  # type: ignore[no-any-return]


manifest = Lazy(_manifest)


def _sha256_function() -> Callable[[bytes], Any]:
    """SHA-256 from the interpreter's built-in module where it has one, else hashlib.

    hashlib loads OpenSSL, a few milliseconds on the way to the first answer; the
    built-in module (``_sha2`` from Python 3.12, ``_sha256`` before) gives the same
    digests and costs nothing to import.
    """
    import importlib

    for module in ("_sha2", "_sha256"):
        try:
            function: Callable[[bytes], Any] = importlib.import_module(module).sha256
        except (ImportError, AttributeError):
            continue
        return function
    import hashlib

    return hashlib.sha256


_sha256 = Lazy(_sha256_function)


def check_digest(name: str, data: bytes) -> None:
    expected = manifest.get()["files"].get(name)
    actual = _sha256.get()(data).hexdigest()
    if expected != actual:
        raise DataError(
            name, None, f"SHA-256 {actual} does not match the recorded {expected or '(none)'}"
        )


class _ShapeError(Exception):
    """The document is not in the shape the direct structuring expects."""


def _direct_structurer(kind: Any) -> Callable[[object], Any]:
    """A function that builds ``kind`` from well-formed JSON data without cattrs.

    It covers what the packaged resources use (attrs classes, str, int, bool, enums,
    optional values, homogeneous tuples, spans) and accepts exactly what the converter
    accepts, building equal records; anything else raises :class:`_ShapeError` (or the
    model's own ``TypeError`` or ``ValueError``), and the caller then lets the converter
    find the fault and name the record. Importing cattrs and generating its code costs
    more than structuring the shipped data, so well-formed data never pays for it.
    """
    import enum
    import typing

    import attrs

    if kind is Span:

        def span(value: object) -> Span:
            return _structure_span(value, Span)

        return span
    if kind in (str, int, bool):

        def scalar(value: object) -> Any:
            if type(value) is not kind:
                raise _ShapeError
            return value

        return scalar
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        members = kind._value2member_map_

        def member(value: object) -> Any:
            if type(value) is not str or value not in members:
                raise _ShapeError
            return members[value]

        return member
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is tuple and len(args) == 2 and args[1] is ...:
        item = _direct_structurer(args[0])

        def items(value: object) -> tuple[Any, ...]:
            if type(value) is not list:
                raise _ShapeError
            return tuple(map(item, value))

        return items
    if args and type(None) in args and len(args) == 2:
        inner = _direct_structurer(next(a for a in args if a is not type(None)))

        def optional(value: object) -> Any:
            return None if value is None else inner(value)

        return optional
    if isinstance(kind, type) and attrs.has(kind):
        hints = typing.get_type_hints(kind)
        plan = [
            (f.name, _direct_structurer(hints[f.name]), f.default is attrs.NOTHING)
            for f in fields(kind)
        ]
        names = frozenset(f.name for f in fields(kind))

        def record(value: object) -> Any:
            if type(value) is not dict or not value.keys() <= names:
                raise _ShapeError
            arguments = {}
            for name, build, required in plan:
                if name in value:
                    arguments[name] = build(value[name])
                elif required:
                    raise _ShapeError
            return kind(**arguments)

        return record
    raise NotImplementedError(f"no direct structuring for {kind!r}")


# Each built on first use, so the first award query does not prepare the notice too.
_direct = {
    kind: Lazy(functools.partial(_direct_structurer, kind))
    for kind in (tuple[Award, ...], tuple[Province, ...], tuple[RegistryEntry, ...], Notice)
}


def structure_resource(name: str, document: object, kind: Any) -> Any:
    """Structure a packaged resource: directly when well formed, else by the converter."""
    lazy = _direct.get(kind)
    direct = None if lazy is None else lazy.get()
    if direct is not None:
        try:
            return direct(document)
        except (_ShapeError, TypeError, ValueError):
            pass  # the converter finds the fault and names the record
    return structure(name, document, kind)


def load(name: str, kind: Any) -> Any:
    data = read_bytes(name)
    result = structure_resource(name, parse_json(name, data), kind)
    check_digest(name, data)
    return result


def _load_source_text() -> str:
    data = read_bytes(SOURCE_FILE)
    text = decode(SOURCE_FILE, data)
    check_digest(SOURCE_FILE, data)
    return text


def _load_notice() -> Notice:
    data = read_bytes(NOTICE_FILE)
    document = parse_json(NOTICE_FILE, data)
    if not isinstance(document, dict):
        raise DataError(NOTICE_FILE, "$", "expected an object")
    result: Notice = structure_resource(
        NOTICE_FILE, {**document, "source_text": source_text.get()}, Notice
    )
    check_digest(NOTICE_FILE, data)
    return result


def _is_str_list(value: object, length: int) -> bool:
    return type(value) is list and len(value) == length and all(type(v) is str for v in value)


def _is_former_row(row: object) -> bool:
    return (
        type(row) is list
        and len(row) == 5
        and type(row[0]) is str
        and type(row[1]) is str
        and type(row[2]) is int
        and type(row[3]) is int
        and type(row[4]) is list
        and all(type(code) is str for code in row[4])
    )


def _division_rows(
    document: object,
) -> tuple[list[list[str]], list[list[Any]]] | None:
    """The rows of a well-formed division table, or ``None`` if anything is off.

    The table holds some 5,000 rows; checking their shape here and building the
    records directly costs a fraction of the generic structuring. Anything this
    check refuses goes through the converter, which says where the fault lies.
    """
    if type(document) is not dict or document.keys() != {
        field.name for field in fields(DivisionTable)
    }:
        return None
    if type(document["vintage"]) is not str or type(document["source"]) is not str:
        return None
    rows, former = document["divisions"], document["former_names"]
    if type(rows) is not list or type(former) is not list:
        return None
    if not all(_is_str_list(row, 2) for row in rows) or not all(map(_is_former_row, former)):
        return None
    return rows, former


def _load_divisions() -> tuple[tuple[Division, ...], tuple[FormerName, ...]]:
    data = read_bytes(DIVISIONS_FILE)
    document = parse_json(DIVISIONS_FILE, data)
    shaped = _division_rows(document)
    if shaped is None:
        table: DivisionTable = structure(DIVISIONS_FILE, document, DivisionTable)
        rows: Any = table.divisions
        former_names = table.former_names
    else:
        rows, former = shaped
        former_names = tuple(
            FormerName(code, name, start, end, tuple(successors))
            for code, name, start, end, successors in former
        )
    check_digest(DIVISIONS_FILE, data)
    return tuple(Division(code, name) for code, name in rows), former_names


def _load_translations() -> Any:
    """The translations document as parsed JSON; the queries module structures it."""
    data = read_bytes(TRANSLATIONS_FILE)
    document = parse_json(TRANSLATIONS_FILE, data)
    check_digest(TRANSLATIONS_FILE, data)
    return document


def _load_english() -> Any:
    """The English division names as parsed JSON; the queries module structures them."""
    data = read_bytes(ENGLISH_FILE)
    document = parse_json(ENGLISH_FILE, data)
    check_digest(ENGLISH_FILE, data)
    return document


source_text = Lazy(_load_source_text)
notice = Lazy(_load_notice)
awards: Lazy[tuple[Award, ...]] = Lazy(lambda: load(AWARDS_FILE, tuple[Award, ...]))
provinces: Lazy[tuple[Province, ...]] = Lazy(lambda: load(PROVINCES_FILE, tuple[Province, ...]))
divisions = Lazy(_load_divisions)


def _load_simplified() -> dict[int, str]:
    """The traditional characters names may be written in, as a ``str.translate`` table."""
    data = read_bytes(SIMPLIFIED_FILE)
    document = parse_json(SIMPLIFIED_FILE, data)
    characters = document.get("characters") if isinstance(document, dict) else None
    if not isinstance(characters, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and len(k) == len(v) == 1
        for k, v in characters.items()
    ):
        raise DataError(SIMPLIFIED_FILE, "$.characters", "expected one character for one")
    check_digest(SIMPLIFIED_FILE, data)
    return str.maketrans(characters)


simplified = Lazy(_load_simplified)
registry: Lazy[tuple[RegistryEntry, ...]] = Lazy(
    lambda: load(REGISTRY_FILE, tuple[RegistryEntry, ...])
)
translations: Lazy[Any] = Lazy(_load_translations)
english: Lazy[Any] = Lazy(_load_english)


def reset_all() -> None:
    """Forget every loaded resource and index (tests use it to load damaged copies)."""
    for lazy in Lazy.instances:
        lazy.reset()
    for hook in _reset_hooks:
        hook()
