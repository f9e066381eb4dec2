"""Plain-text tables aligned by display width, so Chinese text lines up in a terminal.

A terminal gives a wide character (most Chinese characters, full-width punctuation)
two columns and a combining mark none, so ``len()`` misaligns any table that mixes
Chinese and Latin text. Widths follow ``unicodedata.east_asian_width``: ``W`` and
``F`` count two columns; combining marks and other zero-width characters count none.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

__all__ = ["display_width", "pad", "render_table"]

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


def _one_line(text: str) -> str:
    # A line break or tab inside a cell would break every column after it.
    return " ".join(text.split())


def render_table(headers: Sequence[str], rows: Iterable[Sequence[str]], gap: int = 2) -> str:
    """The rows under their headers, each column as wide as its widest cell.

    Cells are strings; white space in a cell is folded to single spaces and stripped
    from its ends, so that every row stays on one line. No line ends in spaces. Every
    row must have one cell per header.

    >>> rows = [["一等奖", "车辆保险理赔监督模型"], ["优秀奖", "x"]]
    >>> print(render_table(["奖项", "title"], rows))
    奖项    title
    一等奖  车辆保险理赔监督模型
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
    spacer = " " * gap
    lines = []
    for row in table:
        cells = [pad(cell, width) for cell, width in zip(row[:-1], widths, strict=False)]
        # An empty last cell would leave the padding of the one before it.
        lines.append(spacer.join([*cells, row[-1]]).rstrip(" ") if row else "")
    return "\n".join(lines)
