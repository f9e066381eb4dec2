"""Text search over the awards, the winning units and the notice.

Matching folds text the way the ``text`` filter of
:func:`~procuratorate_awards.awards` does (:func:`~procuratorate_awards._vocabulary.fold_text`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from attrs import frozen

from ._documents import Notice, Paragraph
from ._frames import Frame
from ._models import Award, Procuratorate
from ._queries import AwardList, awards, notice, units
from ._rows import Column, Rows, count
from ._vocabulary import fold_text, parse_text

__all__ = ["Hit", "SearchResults", "search"]

# --- search ------------------------------------------------------------------------------


@frozen
class Hit:
    """One place where a search text was found.

    ``where`` says what kind of record matched (``'award'``, ``'unit'``, ``'notice'``
    or ``'paragraph'``) and ``field`` which of its texts: an award's ``'title'`` or one
    of its ``'unit'`` names, a unit's ``'name'`` or ``'full_name'``, the notice's
    ``'title'``, or for a paragraph its id (``'p3'``). ``record`` is the record itself,
    ``text`` the whole text of the field and ``start``/``end`` the match within it.

    >>> from procuratorate_awards import search
    >>> hit = search("嵊州")[0]
    >>> hit.where, hit.field, hit.match
    ('award', 'unit', '嵊州')
    """

    where: str
    field: str
    record: Award | Procuratorate | Paragraph | Notice
    text: str
    start: int
    end: int

    @property
    def match(self) -> str:
        """The matched part of :attr:`text`, as it is written there."""
        return self.text[self.start : self.end]

    @property
    def context(self) -> str:
        """The match with up to 20 characters either side, the match in 【】, … where cut.

        >>> from procuratorate_awards import search
        >>> search("小切口")[0].context
        '…小案，用数字思维、数字方法和数字技术，从【小切口】突破，挖掘个案背后可能存在的共性问题和一…'
        """
        before = self.text[max(0, self.start - 20) : self.start]
        after = self.text[self.end : self.end + 20]
        opening = "…" if self.start > 20 else ""
        closing = "…" if self.end + 20 < len(self.text) else ""
        return f"{opening}{before}【{self.match}】{after}{closing}"


class SearchResults(Rows[Hit]):
    """The hits of :func:`search`, awards first, then units, then the notice.

    >>> from procuratorate_awards import search
    >>> search("无此文字")
    SearchResults(0 hits)
    >>> search("嵊州").to_pandas()[["where", "record", "match"]].iloc[0].tolist()
    ['award', '一等奖 5', '嵊州']
    """

    __slots__ = ()
    _noun = ("hit", "hits")

    @property
    def awards(self) -> AwardList:
        """The awards with at least one hit, each once, in printed order."""
        return AwardList(dict.fromkeys(h.record for h in self if isinstance(h.record, Award)))

    def frame(self) -> Frame:
        """The hits as typed columns: where, record, field, context, match, start, end.

        >>> from procuratorate_awards import search
        >>> search("嵊州").frame().caption
        '2 hits'
        """
        shown = ("where", "record", "field", "context")
        rows = tuple(_hit_cells(hit) for hit in self)
        return Frame(_HIT_COLUMNS, rows, count(len(self), "hit"), shown=shown, terminal=shown)


_HIT_COLUMNS = (
    Column("where", "string", "award, unit, notice or paragraph"),
    Column("record", "string", "the award's label, the unit's name or the paragraph's id"),
    Column("field", "string", "which text of the record matched"),
    Column("context", "string", "the match in 【】 with some text either side"),
    Column("match", "string", "the matched text as written"),
    Column("start", "integer", "where the match starts in the field's text"),
    Column("end", "integer", "where the match ends in the field's text, exclusive"),
)


def _hit_cells(hit: Hit) -> tuple[Any, ...]:
    record = hit.record
    if isinstance(record, Award):
        name = record.label
    elif isinstance(record, Procuratorate):
        name = record.name
    elif isinstance(record, Paragraph):
        name = record.id
    else:
        name = "notice"
    return (hit.where, name, hit.field, hit.context, hit.match, hit.start, hit.end)


def _find_all(needle: str, text: str) -> Iterator[tuple[int, int]]:
    """Each non-overlapping occurrence of folded ``needle`` in ``text``, as offsets in ``text``."""
    folded, origins = fold_text(text)
    start = folded.find(needle)
    while start >= 0:
        end = start + len(needle)
        yield origins[start], origins[end - 1] + 1
        start = folded.find(needle, end)


def _fields() -> Iterator[tuple[str, str, Award | Procuratorate | Paragraph | Notice, str]]:
    for award in awards():
        yield "award", "title", award, award.title
        for unit in award.units:
            yield "award", "unit", award, unit.name
    for unit in units():
        yield "unit", "name", unit, unit.name
        if unit.full_name != unit.name:
            yield "unit", "full_name", unit, unit.full_name
    the_notice = notice()
    yield "notice", "title", the_notice, the_notice.title
    for paragraph in the_notice.paragraphs:
        yield "paragraph", paragraph.id, paragraph, paragraph.text


def search(text: str) -> SearchResults:
    """Every place ``text`` occurs in the awards, the winning units and the notice.

    Matching folds full-width and half-width forms, case, quotation marks and white
    space, as the ``text`` filter of :func:`awards` does. Each hit says what matched
    and where; :attr:`SearchResults.awards` lists the awards that matched. Raises
    :class:`UnknownNameError` for an empty text.

    >>> from procuratorate_awards import search
    >>> hits = search("公益诉讼")
    >>> sorted({hit.where for hit in hits})
    ['award', 'paragraph']
    >>> len(hits.awards)
    6
    """
    needle = parse_text(text)
    hits: list[Hit] = []
    for where, field, record, haystack in _fields():
        for start, end in _find_all(needle, haystack):
            hits.append(Hit(where, field, record, haystack, start, end))
    return SearchResults(hits)
