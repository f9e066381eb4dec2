"""The JSON shape of the records, by cattrs: diagnosing damaged resources, reading and
writing exports.

Well-formed packaged resources never come here: their digests are checked and the
records built directly (``_records``). A resource whose digest does not match is
structured here instead, so that the fault is reported as a
:class:`~procuratorate_awards.DataError` naming the file and the record; exports are
unstructured and read back here too. Importing this module imports cattrs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import cattrs
from attrs import fields
from cattrs.errors import IterableValidationNote

from ._errors import DataError
from ._models import Span
from ._resources import Lazy
from ._shapes import FormerName

__all__ = ["converter", "decode", "diagnose", "parse_json", "structure"]

T = TypeVar("T")


def decode(name: str, data: bytes) -> str:
    """``data`` as UTF-8 text, or the :class:`DataError` that places the first bad byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DataError(name, f"byte {error.start}", "is not valid UTF-8") from None


def parse_json(name: str, data: bytes) -> Any:
    """``data`` parsed as JSON, or the :class:`DataError` that places the fault."""
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
    """``document`` structured as ``kind``, or the :class:`DataError` naming the record at fault."""
    try:
        return converter().structure(document, kind)
    except (cattrs.BaseValidationError, TypeError, ValueError) as error:
        messages = cattrs.transform_error(error, path="$")
        detail, _, where = messages[0].rpartition(" @ ")
        raise DataError(name, where or "$", detail or messages[0]) from None


def diagnose(
    name: str, data: bytes, kind: Any, complete: Callable[[Any], Any] | None = None
) -> None:
    """Raise the fault a resource whose digest does not match shows, if it shows one.

    ``complete`` adds to the parsed document what the records take from elsewhere.
    """
    document = parse_json(name, data)
    structure(name, document if complete is None else complete(document), kind)
