"""Tables of typed columns: how a collection shows itself.

A collection (:class:`~procuratorate_awards._rows.Rows`) describes itself once, as a
:class:`Frame` of typed :class:`~procuratorate_awards._rows.Column` s; the terminal table, the
notebook's HTML table and the pandas and polars data frames are all drawn from that
one frame, so they show the same columns with the same types. This module knows no
record: every collection says what its columns are. pandas and polars are optional,
imported only when asked for; a missing one raises :class:`OptionalDependencyError`
naming the package to install.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ._errors import ProcuratorateAwardsError
from ._rows import Column
from ._tables import cut, display_width, fit_rows, pad, render_table, terminal_width

if TYPE_CHECKING:
    import pandas
    import polars

__all__ = [
    "Frame",
    "OptionalDependencyError",
    "fields_html",
    "fields_text",
    "html_table",
    "text_table",
]

Cell = str | int | bool | None | tuple[str, ...]

# A terminal cell longer than this (in display columns) is cut with an ellipsis.
_CELL_WIDTH = 48
# A cell this short (in display columns) never wraps in HTML: labels such as 一等奖 1,
# codes and counts read as one unit.
_NOWRAP_WIDTH = 12


class OptionalDependencyError(ProcuratorateAwardsError, ImportError):
    """A feature needs an optional library that is not installed.

    ``library`` is the package to install and ``extra`` the extra of this project
    that installs it with the project (``pip install '.[pandas]'`` in a clone).

    >>> error = OptionalDependencyError("pandas", "pandas")
    >>> print(error)
    to_pandas() needs pandas, which is not installed: pip install pandas
    >>> isinstance(error, ImportError)
    True
    """

    def __init__(self, library: str, extra: str, feature: str | None = None) -> None:
        self.library = library
        self.extra = extra
        feature = feature or f"to_{library}()"
        super().__init__(
            f"{feature} needs {library}, which is not installed: pip install {library}",
            name=library,
        )

    def __reduce__(self) -> tuple[type[OptionalDependencyError], tuple[str, str, str]]:
        feature = str(self).split(" needs ", 1)[0]
        return (type(self), (self.library, self.extra, feature))


# --- generic tables ----------------------------------------------------------------------


def _cell(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, list | tuple):
        return "、".join(_cell(item) for item in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def text_table(
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    shrinkable: Sequence[bool] | None = None,
    width: int | None = None,
) -> str:
    """A plain-text table aligned for a terminal, wide characters counted as two columns.

    Cells are cut at 48 columns; with ``width`` (by default the terminal's, when
    printing to one) the widest ``shrinkable`` columns narrow until the lines fit.

    >>> print(text_table(["tier", "title"], [["一等奖", "车辆保险理赔监督模型"]]))
    tier    title
    ------  --------------------
    一等奖  车辆保险理赔监督模型
    >>> print(text_table(["tier", "title"], [["一等奖", "车辆保险理赔监督模型"]], width=18))
    tier    title
    ------  ---------
    一等奖  车辆保险…
    """
    cells = [[cut(_cell(v).replace("\n", " "), _CELL_WIDTH) for v in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in cells:
        widths = [max(w, display_width(c)) for w, c in zip(widths, row, strict=True)]
    limit = terminal_width() if width is None else width
    if limit is not None:
        cells = fit_rows(headers, cells, limit, shrinkable)
        widths = [
            max([display_width(h), *(display_width(row[i]) for row in cells)])
            for i, h in enumerate(headers)
        ]
    return render_table(headers, [["-" * w for w in widths], *cells])


def _align(kind: str) -> str:
    return "right" if kind == "integer" else "left"


def html_table(
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    caption: str | None = None,
    kinds: Sequence[str] | None = None,
    notes: Sequence[str] | None = None,
) -> str:
    """An HTML table, every value escaped and every cell aligned explicitly.

    Numbers (``kinds`` of ``'integer'``) align right and everything else left, whatever
    the notebook's style sheet says, and a short cell such as 一等奖 1 never breaks
    across lines. ``notes`` become the headers' tooltips.

    >>> print(html_table(["a"], [["<b>"]]))  # doctest: +NORMALIZE_WHITESPACE
    <table><thead><tr><th style="text-align: left">a</th></tr></thead><tbody><tr><td
    style="text-align: left; white-space: nowrap">&lt;b&gt;</td></tr></tbody></table>
    """
    import html  # notebooks only: a terminal never needs it

    body_rows = [list(row) for row in rows]
    kinds = ["string"] * len(headers) if kinds is None else kinds
    short = [
        all(display_width(_cell(row[i])) <= _NOWRAP_WIDTH for row in body_rows)
        for i in range(len(headers))
    ]
    styles = [
        f"text-align: {_align(kind)}" + ("; white-space: nowrap" if short[i] else "")
        for i, kind in enumerate(kinds)
    ]
    head = "".join(
        f'<th style="text-align: {_align(kind)}"'
        + ("" if notes is None or not notes[i] else f' title="{html.escape(notes[i])}"')
        + f">{html.escape(h)}</th>"
        for i, (h, kind) in enumerate(zip(headers, kinds, strict=True))
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td style="{style}">{html.escape(_cell(v))}</td>'
            for v, style in zip(row, styles, strict=True)
        )
        + "</tr>"
        for row in body_rows
    )
    top = "" if caption is None else f"<caption>{html.escape(caption)}</caption>"
    return f"<table>{top}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def fields_text(pairs: Sequence[tuple[str, object]]) -> str:
    """Field/value pairs as aligned lines, the way one record prints."""
    width = max(display_width(k) for k, _ in pairs)
    return "\n".join(f"{pad(k, width)}  {_cell(v)}" for k, v in pairs)


def fields_html(pairs: Sequence[tuple[str, object]]) -> str:
    """Field/value pairs as a two-column HTML table, the way one record shows in a notebook."""
    return html_table(["field", "value"], [[k, v] for k, v in pairs])


# --- frames ------------------------------------------------------------------------------

_PANDAS_TYPES = {"integer": "Int64", "string": "string", "boolean": "boolean", "strings": "object"}


class Frame:
    """A table of typed columns: what a collection shows in every form.

    ``shown`` names the columns a notebook shows and ``terminal`` those a terminal
    shows (both default to every column); data frames hold every column. Each column
    has one type whatever the rows, so an empty frame has the same schema as a full
    one: integers are ``Int64`` in pandas and ``Int64`` in polars, strings (codes
    included) are strings, and a ``'strings'`` cell is a list of strings. Like
    :class:`~procuratorate_awards._rows.Column`, a plain slotted class, never changed
    once made.

    >>> from procuratorate_awards._rows import Column
    >>> frame = Frame((Column("tier", "string"), Column("n", "integer")), (("一等奖", 5),))
    >>> print(frame.text(width=80))
    tier    n
    ------  -
    一等奖  5
    """

    __slots__ = ("caption", "columns", "rows", "shown", "terminal")

    def __init__(
        self,
        columns: tuple[Column, ...],
        # Each cell is a Cell; Any, so each collection can build its row tuples directly.
        rows: tuple[tuple[Any, ...], ...],
        caption: str | None = None,
        shown: tuple[str, ...] | None = None,
        terminal: tuple[str, ...] | None = None,
    ) -> None:
        self.columns = columns
        self.rows = rows
        self.caption = caption
        self.shown = shown
        self.terminal = terminal

    def _pick(self, names: tuple[str, ...] | None) -> list[int]:
        if names is None:
            return list(range(len(self.columns)))
        where = {column.name: i for i, column in enumerate(self.columns)}
        return [where[name] for name in names]

    def text(self, width: int | None = None) -> str:
        """The terminal table, fitted to ``width`` columns (by default the terminal's)."""
        picked = self._pick(self.terminal)
        headers = [self.columns[i].name for i in picked]
        # Text narrows to fit; numbers keep their width.
        shrinkable = [self.columns[i].kind in ("string", "strings") for i in picked]
        rows = [[row[i] for i in picked] for row in self.rows]
        return text_table(headers, rows, shrinkable, width)

    def html(self) -> str:
        """The notebook's HTML table, with the caption."""
        picked = self._pick(self.shown)
        return html_table(
            [self.columns[i].name for i in picked],
            [[row[i] for i in picked] for row in self.rows],
            self.caption,
            [self.columns[i].kind for i in picked],
            [self.columns[i].description for i in picked],
        )

    def records(self) -> dict[str, list[Any]]:
        """Every column as a list of its values (a ``'strings'`` cell as a list)."""
        return {
            column.name: [
                list(row[i]) if isinstance(row[i], tuple) else row[i] for row in self.rows
            ]
            for i, column in enumerate(self.columns)
        }

    def to_pandas(self) -> pandas.DataFrame:
        """A pandas data frame with every column and a fixed type per column."""
        try:
            import pandas
        except ImportError:
            raise OptionalDependencyError("pandas", "pandas") from None
        data = self.records()
        return pandas.DataFrame(
            {
                column.name: pandas.Series(data[column.name], dtype=_PANDAS_TYPES[column.kind])
                for column in self.columns
            }
        )

    def to_polars(self) -> polars.DataFrame:
        """A polars data frame with every column and a fixed type per column."""
        try:
            import polars
        except ImportError:
            raise OptionalDependencyError("polars", "polars") from None
        types: dict[str, Any] = {
            "integer": polars.Int64,
            "string": polars.String,
            "boolean": polars.Boolean,
            "strings": polars.List(polars.String),
        }
        schema = {column.name: types[column.kind] for column in self.columns}
        return polars.DataFrame(self.records(), schema=schema)
