"""Names a text puts in a place that does not hold them.

青海省花垣县人民检察院 writes 花垣县, a county of Hunan, after 青海省; 山东省济宁市槐荫区检察院
writes 济南's 槐荫区 after 济宁市. The resolver refuses such a whole name, and which of its
parts is wrong is not known: the finder reads the whole as one mention, left unknown, rather
than its last part resolved. A place the division or a predecessor lay in before
(四川省资阳市简阳市, until 2016) is no error: the name is read with it, as the resolver
reads it.
"""

from __future__ import annotations

from ._divisions import CURRENT, code_inside, division_level, index, normalize
from ._letters import at_word_start, forms_before
from ._models import Division, Procuratorate

__all__ = ["misplaced_start"]


def misplaced_start(text: str, start: int, floor: int, unit: Procuratorate) -> int | None:
    """Where a province's or a city's full name right before the name of ``unit`` at
    ``start`` begins, with the province it lies in, if that place does not hold ``unit``;
    ``None`` where no such name is written there, or it is no word of its own.

    >>> from procuratorate_awards import resolve_procuratorate
    >>> unit = resolve_procuratorate("花垣县人民检察院")
    >>> misplaced_start("。青海省花垣县人民检察院", 4, 0, unit)
    1
    >>> misplaced_start("。湖南省花垣县人民检察院", 4, 0, unit) is None
    True
    """
    inner = unit.county or unit.prefecture
    before = forms_before(text, start, floor)
    # Most names follow no place at all; one that holds this one is part of it already.
    if inner is None or not before:
        return None
    if any(code_inside(code, inner.code) for _, codes in before for code in codes):
        return None
    level = division_level(inner.code)
    # A place it or a predecessor lay in before (四川省资阳市简阳市 until 2016) is no error.
    outer = [
        (at, place)
        for at, place in _current_names(text, before, start)
        if division_level(place.code) < level and not index().held(place, inner)
    ]
    if not outer:
        return None
    first, place = outer[-1]
    around = (
        at
        for at, division in _current_names(text, forms_before(text, first, floor), first)
        if code_inside(division.code, place.code)
    )
    first = min(around, default=first)
    return first if at_word_start(text, first, start, floor) else None


def _current_names(
    text: str, before: list[tuple[int, tuple[str, ...]]], position: int
) -> list[tuple[int, Division]]:
    """Of the names ``before`` ``position`` (as :func:`forms_before` gives them), each
    division whose full current name it is, with its start."""
    forms = index().forms
    return [
        (at, form.division)
        for at, _ in before
        for form in forms.get(normalize(text[at:position]), ())
        if form.rank == CURRENT
    ]
