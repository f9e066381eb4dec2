"""Collections of records, and the columns they are shown in.

:class:`Rows` is what every collection the package hands out is: a tuple of records
that describes itself as a :class:`~procuratorate_awards._frames.Frame` of typed
:class:`Column` s, from which the terminal table, the notebook's HTML table and the
data frames are drawn. This module imports nothing of the package, so a query
defines its collection without loading the code that draws tables; that code is
imported when a table is first drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

if TYPE_CHECKING:
    from typing import Protocol, SupportsIndex

    import pandas
    import polars

    # Only a type: a collection's frame is drawn by a module loaded when first needed, and
    # a first query defines no class it never uses.
    class Shown(Protocol):
        """What a collection describes itself as: :class:`~procuratorate_awards._frames.Frame`."""

        def text(self, width: int | None = None) -> str: ...
        def html(self) -> str: ...
        def to_pandas(self) -> pandas.DataFrame: ...
        def to_polars(self) -> polars.DataFrame: ...


__all__ = ["Column", "Rows", "count"]


class Column:
    """One column of a table: its name, type and meaning.

    ``kind`` is ``'integer'``, ``'string'``, ``'boolean'`` or ``'strings'`` (a tuple of
    strings in one cell); ``required`` says whether a cell may be empty (``None``);
    ``references`` names the table whose key the column holds, if it is a foreign key.

    A plain slotted class, never changed once made: columns are made when the first
    collection module is imported, and defining a named tuple or an attrs class would
    cost that first import more than everything else in this module.

    >>> Column("code", "string", "six-digit division code", required=False).kind
    'string'
    """

    __slots__ = ("description", "kind", "name", "references", "required")

    def __init__(
        self,
        name: str,
        kind: Literal["integer", "string", "boolean", "strings"],
        description: str = "",
        required: bool = True,
        references: str | None = None,
    ) -> None:
        self.name = name
        self.kind = kind
        self.description = description
        self.required = required
        self.references = references

    def __repr__(self) -> str:
        return f"Column({self.name!r}, {self.kind!r})"


def count(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` with ``noun`` in the singular or plural, as a caption says it.

    >>> count(1, "award"), count(2, "award"), count(0, "province", "provinces")
    ('1 award', '2 awards', '0 provinces')
    """
    return f"{number} {noun if number == 1 else (plural or noun + 's')}"


T = TypeVar("T")
if TYPE_CHECKING:
    # A type only: a bound written as a string is compiled when the TypeVar is made.
    R = TypeVar("R", bound="Rows[Any]")


class Rows(tuple[T, ...]):
    """An immutable sequence of records that renders as a table and converts to data frames.

    A slice is of the same type; ``print`` gives a terminal table fitted to the
    terminal's width, Jupyter an HTML table, and :meth:`to_pandas` and
    :meth:`to_polars` data frames of one fixed schema whether empty or not.

    >>> from procuratorate_awards import medal_table
    >>> top = medal_table()[:3]
    >>> top
    MedalTable(3 provinces)
    >>> top.to_polars().columns[:3]
    ['province', 'province_english', 'first']
    """

    __slots__ = ()
    _noun: tuple[str, str] = ("row", "rows")

    def frame(self) -> Shown:
        """The table this collection shows, as typed columns."""
        raise NotImplementedError

    def __repr__(self) -> str:
        singular, plural = self._noun
        return f"{type(self).__name__}({count(len(self), singular, plural)})"

    @overload
    def __getitem__(self, index: SupportsIndex, /) -> T: ...
    @overload
    def __getitem__(self: R, index: slice, /) -> R: ...
    def __getitem__(self, index: SupportsIndex | slice, /) -> Any:
        if isinstance(index, slice):
            return type(self)(tuple.__getitem__(self, index))
        return tuple.__getitem__(self, index)

    def __str__(self) -> str:
        return self.frame().text()

    def _repr_html_(self) -> str:
        return self.frame().html()

    def to_pandas(self) -> pandas.DataFrame:
        """A pandas data frame, one row per record; needs pandas (``pip install pandas``).

        >>> from procuratorate_awards import awards
        >>> frame = awards(province="辽宁").to_pandas()
        >>> len(frame), str(frame["number"].dtype)
        (0, 'Int64')
        """
        return self.frame().to_pandas()

    def to_polars(self) -> polars.DataFrame:
        """A polars data frame, one row per record; needs polars (``pip install polars``).

        >>> import polars
        >>> from procuratorate_awards import awards
        >>> empty, full = awards(province="辽宁").to_polars(), awards().to_polars()
        >>> empty.schema == full.schema, len(polars.concat([empty, full]))
        (True, 55)
        """
        return self.frame().to_polars()
