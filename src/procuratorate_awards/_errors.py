"""The exceptions the package raises on purpose.

Every error a caller can provoke is one of these (or a plain :class:`TypeError` for a
value of the wrong type), so ``except ProcuratorateAwardsError`` catches them all.
"""

from __future__ import annotations

__all__ = [
    "AmbiguousNameError",
    "DataError",
    "NameLookupError",
    "ProcuratorateAwardsError",
    "UnknownNameError",
]

_SHOWN = 60  # how much of a long query an error message repeats


def _shorten(text: str) -> str:
    """Quote ``text`` for a message, cut so that a huge input gives a short message."""
    if len(text) <= _SHOWN:
        return repr(text)
    return f"{text[:_SHOWN]!r}… ({len(text):,} characters)"


class ProcuratorateAwardsError(Exception):
    """Base class of every error this package raises on purpose.

    >>> issubclass(UnknownNameError, ProcuratorateAwardsError)
    True
    """


class DataError(ProcuratorateAwardsError):
    """A packaged resource is damaged, edited or inconsistent.

    ``file`` names the resource, ``record`` the place in it (``None`` when the whole
    file is at fault, as with a wrong checksum) and ``detail`` what was wrong.

    >>> err = DataError("awards.json", "awards[3].title", "expected a string")
    >>> str(err)
    'awards.json, awards[3].title: expected a string'
    """

    def __init__(self, file: str, record: str | None, detail: str) -> None:
        self.file = file
        self.record = record
        self.detail = detail
        where = file if record is None else f"{file}, {record}"
        super().__init__(f"{where}: {detail}")

    def __reduce__(self) -> tuple[type[DataError], tuple[str, str | None, str]]:
        return (type(self), (self.file, self.record, self.detail))


class NameLookupError(ProcuratorateAwardsError, LookupError):
    """A name, code or filter value could not be resolved to exactly one thing.

    ``query`` is the input as given and ``candidates`` the names that came
    closest (for :class:`UnknownNameError`) or that all fit (for
    :class:`AmbiguousNameError`).

    >>> issubclass(NameLookupError, LookupError)
    True
    """

    def __init__(self, query: object, reason: str, candidates: tuple[str, ...] = ()) -> None:
        self.query = query
        self.reason = reason
        self.candidates = candidates
        super().__init__(self._message())

    def _message(self) -> str:
        shown = _shorten(self.query) if isinstance(self.query, str) else repr(self.query)
        return f"{shown}: {self.reason}"

    def __reduce__(
        self,
    ) -> tuple[type[NameLookupError], tuple[object, str, tuple[str, ...]]]:
        return (type(self), (self.query, self.reason, self.candidates))


class UnknownNameError(NameLookupError):
    """Nothing matched; ``candidates`` holds the closest known names, best first.

    >>> str(UnknownNameError("浙江省嵊洲市", "no such place", ("浙江省嵊州市",)))
    "'浙江省嵊洲市': no such place; closest matches: 浙江省嵊州市"
    """

    def _message(self) -> str:
        base = super()._message()
        if not self.candidates:
            return base
        return f"{base}; closest matches: {', '.join(self.candidates)}"


class AmbiguousNameError(NameLookupError):
    """More than one thing matched; ``candidates`` lists every reading.

    >>> err = AmbiguousNameError("朝阳区", "fits 2 places", ("北京市朝阳区", "吉林省长春市朝阳区"))
    >>> err.candidates
    ('北京市朝阳区', '吉林省长春市朝阳区')
    """

    def _message(self) -> str:
        return f"{super()._message()}: {', '.join(self.candidates)}"
