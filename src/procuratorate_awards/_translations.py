"""The awards in English and by subject: unofficial titles, :class:`Subject` s and their rationale.

Read from ``translations.json``, checked against the award list on first use; the
rendering of an award shows them, and the text filter searches the English titles.
"""

from __future__ import annotations

import enum

from attrs import frozen

from . import _records
from ._enums import Tier, _Labelled
from ._errors import DataError, UnknownNameError
from ._models import Award
from ._resources import TRANSLATIONS_FILE, Lazy

__all__ = ["Subject", "english_title", "subject_rationale", "subjects"]


# The classification lives with the subjects of the awards, not with the enumerations the
# records use: a query that reads no subject defines no subject.
class Subject(_Labelled, enum.Enum):
    """A procuratorial function an award serves: this package's classification, not the notice's.

    The notice does not classify its awards. Each award is tagged here, from its
    title, with the function or functions of procuratorial work it serves, with a
    one-line rationale (:func:`~procuratorate_awards.subject_rationale`).
    ``COMPREHENSIVE`` marks tools that serve procuratorial work across functions.

    >>> Subject.PUBLIC_INTEREST.label, Subject.PUBLIC_INTEREST.english
    ('公益诉讼检察', 'public-interest litigation')
    """

    CRIMINAL = "刑事检察"
    CRIMINAL_ENFORCEMENT = "刑事执行检察"
    CIVIL = "民事检察"
    ADMINISTRATIVE = "行政检察"
    PUBLIC_INTEREST = "公益诉讼检察"
    JUVENILE = "未成年人检察"
    COMPREHENSIVE = "综合"

    @property
    def english(self) -> str:
        """An English label."""
        return _SUBJECT_ENGLISH[self]


_SUBJECT_ENGLISH: dict[Subject, str] = {
    Subject.CRIMINAL: "criminal prosecution",
    Subject.CRIMINAL_ENFORCEMENT: "criminal enforcement",
    Subject.CIVIL: "civil prosecution",
    Subject.ADMINISTRATIVE: "administrative prosecution",
    Subject.PUBLIC_INTEREST: "public-interest litigation",
    Subject.JUVENILE: "juvenile prosecution",
    Subject.COMPREHENSIVE: "comprehensive",
}


# --- English and subjects ----------------------------------------------------------------


@frozen
class _AwardNotes:
    award: str
    title: str
    english: str
    subjects: tuple[str, ...]
    rationale: str


@frozen
class _Translations:
    about: str
    name_pattern: str
    places: dict[str, str]
    ordinals: dict[str, str]
    awards: tuple[_AwardNotes, ...]


def _load_translations() -> tuple[_Translations, dict[tuple[Tier, int], _AwardNotes]]:
    name = TRANSLATIONS_FILE
    table: _Translations = _records.load(name, _Translations)
    by_award: dict[tuple[Tier, int], _AwardNotes] = {}
    for index, (notes, award) in enumerate(
        zip(table.awards, _records.award_records.get(), strict=False)
    ):
        if (notes.award, notes.title) != (award.label, award.title):
            raise DataError(name, f"$.awards[{index}]", f"does not describe {award.label}")
        for label in notes.subjects:
            if label not in _SUBJECT_LABELS:
                raise DataError(name, f"$.awards[{index}].subjects", f"{label!r} is no subject")
        by_award[award.tier, award.number] = notes
    if len(by_award) != len(_records.award_records.get()):
        raise DataError(name, "$.awards", f"expected {len(_records.award_records.get())} awards")
    return table, by_award


_SUBJECT_LABELS = frozenset(subject.value for subject in Subject)
_translations = Lazy(_load_translations)


def _notes(award: Award) -> _AwardNotes:
    found = _translations.get()[1].get((award.tier, award.number))
    if found is None or found.title != award.title:
        raise UnknownNameError(award.title, "is not the title of an award in the list")
    return found


def english_title(award: Award) -> str:
    """An unofficial English translation of the award's title, made for this package.

    >>> from procuratorate_awards import awards, english_title
    >>> english_title(awards()[0])
    'Vehicle insurance claims supervision model'
    """
    return _notes(award).english


def subjects(award: Award) -> tuple[Subject, ...]:
    """The procuratorial functions the award serves: this package's own classification.

    >>> from procuratorate_awards import awards, subjects
    >>> subjects(awards(tier=2)[1])
    (<Subject.PUBLIC_INTEREST: '公益诉讼检察'>, <Subject.JUVENILE: '未成年人检察'>)
    """
    return tuple(Subject(label) for label in _notes(award).subjects)


def subject_rationale(award: Award) -> str:
    """One line on why the award carries its :func:`subjects`.

    >>> from procuratorate_awards import awards, subject_rationale
    >>> subject_rationale(awards(tier=2)[1])  # doctest: +ELLIPSIS
    'Administrative public-interest litigation, about the safety of children carried by ...'
    """
    return _notes(award).rationale
