"""Everyday words a division's name of one character and its type closes: 完成 before 成县,
where 全面完成县检察院布置的任务 names no procuratorate of 成县.
"""

from __future__ import annotations

from . import _records
from ._divisions import CURRENT, fold_character, index, normalize
from ._resources import Lazy

__all__ = ["closes_a_word", "short_division_names"]


def closes_a_word(text: str, start: int, floor: int) -> bool:
    """Whether the name of one character and its type at ``start`` (成县, 和县) closes an
    everyday word that the character before begins (完成县检察院: 完成, then 县检察院).

    After a division's type it begins a name of its own, whatever word the type makes with
    it (北京市容县: 市容 is a word, but 市 closes 北京市).

    >>> closes_a_word("全面完成县检察院布置的任务", 3, 0), closes_a_word("陇南市成县", 3, 0)
    (True, False)
    >>> closes_a_word("北京市容县人民检察院", 3, 0)
    False
    """
    if start <= floor:
        return False
    before = fold_character(text[start - 1])
    return (
        before not in _TYPES
        and before + fold_character(text[start : start + 1]) in _records.everyday_closing.get()
        and normalize(text[start : start + 2]) in short_division_names.get()
    )


# The characters a division's type ends with.
_TYPES = frozenset("省市县区州盟旗")


# The divisions named by one character and their type (成县, 和县, 沙县); the everyday words
# they close are built from them (tools/build_everyday.py).
short_division_names = Lazy(
    lambda: frozenset(
        words
        for words, forms in index().forms.items()
        if len(words) == 2 and any(form.rank == CURRENT for form in forms)
    )
)
