"""The stored shapes of the division, character and word tables, which only loading reads.

The records the package hands out are in ``_models``; these classes describe how the
division, character and word tables are stored, and are defined when those tables are
first loaded.
"""

from __future__ import annotations

from typing import ClassVar

from attrs import field, frozen

__all__ = ["CharacterTable", "DivisionTable", "FormerName", "WordList"]


@frozen
class FormerName:
    """A division name out of use by the 2022 vintage, and the 2022 codes it became.

    Stored as a row ``[code, name, start, end, [successor, ...]]``; years are as of
    31 December.
    """

    # Stored as a JSON array of the fields in order, not as an object.
    stored_as_row: ClassVar[bool] = True

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
    # (code, short name): conventional short names no rule derives (科右前旗).
    short_names: tuple[tuple[str, str], ...] = ()
    # (code, code of a place it or a predecessor lay in that no longer holds it, the last
    # year it did): 简阳市 in 资阳市 until 2016.
    moved: tuple[tuple[str, str, int], ...] = ()


def _one_for_one(instance: CharacterTable, attribute: object, value: dict[str, str]) -> None:
    if not all(len(k) == len(v) == 1 for k, v in value.items()):
        raise ValueError("expected one character for one")


@frozen
class CharacterTable:
    """The traditional characters names may be written in, each with its simplified one."""

    about: str
    characters: dict[str, str] = field(validator=_one_for_one)


@frozen
class WordList:
    """Words a reading passes over, as stored: what they are and where they come from."""

    about: str
    words: tuple[str, ...]
    # Everyday words a short division name closes (完成 of 完成县: 成县).
    closing: tuple[str, ...] = ()
