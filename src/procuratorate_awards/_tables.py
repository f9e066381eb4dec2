"""Tables of typed columns, and plain text aligned by display width for a terminal.

:class:`Column` describes one column once, for every place a table goes: the terminal,
notebook HTML, data frames and the exports.

A terminal gives a wide character (most Chinese characters, full-width punctuation)
two columns and a combining mark none, so ``len()`` misaligns any table that mixes
Chinese and Latin text. Widths follow ``unicodedata.east_asian_width``: ``W`` and
``F`` count two columns; combining marks and other zero-width characters count none.
"""

import os
import sys
import unicodedata
from collections.abc import Iterable, Sequence

__all__ = [
    "cut",
    "display_width",
    "fit_rows",
    "fit_widths",
    "pad",
    "render_table",
    "terminal_width",
]


_WIDE = frozenset({"W", "F"})
# Format characters (Cf) such as the zero-width joiner take no column either.
_ZERO_WIDTH_CATEGORIES = frozenset({"Mn", "Me", "Cf"})


def _char_width(char: str) -> int:
    if unicodedata.category(char) in _ZERO_WIDTH_CATEGORIES:
        return 0
    return 2 if unicodedata.east_asian_width(char) in _WIDE else 1


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes.

    >>> display_width("abc"), display_width("检察院"), display_width("一等奖 1")
    (3, 6, 8)
    >>> display_width("（5个）")
    7
    """
    return sum(_char_width(char) for char in text)


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` columns (never cut).

    >>> pad("浙江", 6) + "|"
    '浙江  |'
    >>> pad("Zhejiang", 4)
    'Zhejiang'
    """
    return text + " " * max(0, width - display_width(text))


# A column narrowed to fit a terminal keeps at least this many columns.
_MIN_WIDTH = 8


def cut(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` display columns, ending in … when cut.

    >>> cut("车辆保险理赔监督模型", 9), cut("short", 9)
    ('车辆保险…', 'short')
    """
    if display_width(text) <= limit:
        return text
    kept, width = [], 0
    for character in text:
        step = _char_width(character)
        if width + step > limit - 1:
            break
        kept.append(character)
        width += step
    return "".join(kept) + "…"


def fit_widths(widths: Sequence[int], limit: int, floors: Sequence[int], gap: int = 2) -> list[int]:
    """Column widths whose sum with the gaps fits ``limit``, narrowing the widest first.

    No column narrows below its floor (give a column that must not narrow, such as a
    number or a code, its own width); when even the floors do not fit, the table
    stays wider than ``limit``.

    >>> fit_widths([8, 40, 30], 60, [8, 8, 8])
    [8, 24, 24]
    """
    fitted = list(widths)
    while sum(fitted) + gap * (len(fitted) - 1) > limit:
        candidates = [i for i, w in enumerate(fitted) if w > floors[i]]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: fitted[i])
        fitted[widest] -= 1
    return fitted


def terminal_width() -> int | None:
    """The width of the terminal standard output goes to, or ``None`` when it is none.

    ``COLUMNS`` counts too, as for ``shutil.get_terminal_size``, so a width can be
    asked for explicitly; output into a file or a pipe is otherwise not cut.

    >>> import os
    >>> os.environ["COLUMNS"] = "80"
    >>> terminal_width()
    80
    >>> del os.environ["COLUMNS"]
    """
    import shutil

    size = shutil.get_terminal_size((0, 0))
    if size.columns <= 0:
        return None
    try:
        interactive = sys.stdout.isatty()
    except (AttributeError, ValueError):
        interactive = False
    return size.columns if interactive or "COLUMNS" in os.environ else None


def fit_rows(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    shrinkable: Sequence[bool] | None = None,
    gap: int = 2,
) -> list[list[str]]:
    """``rows`` with their widest ``shrinkable`` columns cut (…) until a table fits ``width``.

    A column never narrows below its header, nor below 8 columns unless it is narrower
    already, so codes and labels stay whole; by default every column may narrow.

    >>> fit_rows(["title", "n"], [["车辆保险理赔监督模型", "5"]], 16, [True, False])
    [['车辆保险理赔…', '5']]
    """
    flexible = [True] * len(headers) if shrinkable is None else shrinkable
    widths = [
        max([display_width(header), *(display_width(row[i]) for row in rows)])
        for i, header in enumerate(headers)
    ]
    floors = [
        min(natural, max(_MIN_WIDTH, display_width(header))) if flexible[i] else natural
        for i, (natural, header) in enumerate(zip(widths, headers, strict=True))
    ]
    fitted = fit_widths(widths, width, floors, gap)
    return [[cut(cell, w) for cell, w in zip(row, fitted, strict=True)] for row in rows]


def _one_line(text: str) -> str:
    # A line break or tab inside a cell would break every column after it.
    return " ".join(text.split())


def render_table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    gap: int = 2,
    *,
    width: int | None = None,
    shrinkable: Sequence[bool] | None = None,
) -> str:
    """The rows under their headers, each column as wide as its widest cell.

    Cells are strings; white space in a cell is folded to single spaces and stripped
    from its ends, so that every row stays on one line. No line ends in spaces. Every
    row must have one cell per header. With ``width`` (a terminal's columns), the
    widest ``shrinkable`` columns (by default all) are narrowed until the lines fit,
    and cells longer than their column end in …; wide characters count two columns.

    >>> rows = [["一等奖", "车辆保险理赔监督模型"], ["优秀奖", "x"]]
    >>> print(render_table(["奖项", "title"], rows))
    奖项    title
    一等奖  车辆保险理赔监督模型
    优秀奖  x
    >>> print(render_table(["奖项", "title"], rows, width=20))
    奖项    title
    一等奖  车辆保险理…
    优秀奖  x
    """
    body = [[_one_line(cell) for cell in row] for row in rows]
    for position, row in enumerate(body):
        if len(row) != len(headers):
            raise ValueError(
                f"row {position} has {len(row)} cells for {len(headers)} columns: {row!r}"
            )
    table = [list(headers), *body]
    widths = [max(display_width(row[column]) for row in table) for column in range(len(headers))]
    if width is not None:
        table = [table[0], *fit_rows(headers, body, width, shrinkable, gap)]
        widths = [max(display_width(row[c]) for row in table) for c in range(len(headers))]
    spacer = " " * gap
    lines = []
    for row in table:
        cells = [pad(cell, width) for cell, width in zip(row[:-1], widths, strict=False)]
        # An empty last cell would leave the padding of the one before it.
        lines.append(spacer.join([*cells, row[-1]]).rstrip(" ") if row else "")
    return "\n".join(lines)
