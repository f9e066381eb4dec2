"""The records of the notice and of the registry: what the two sources say, with where.

The notice (its paragraphs, errata and the evidence of its year) and the registry of
procuratorates no division code names (each with its sources) are records like those
of ``_models``; they are kept apart so that a first award query defines none of them.
"""

from __future__ import annotations

from attrs import field, frozen

from ._enums import Kind, Level
from ._models import Printed, Span

__all__ = ["Erratum", "Evidence", "Notice", "Paragraph", "RegistryEntry", "Source"]


@frozen
class Erratum:
    """One repair of the transcribed source, recorded instead of made silently.

    ``span`` locates ``source`` (what the transcription says) in the raw text;
    ``corrected`` is what the structured data prints instead.

    >>> from procuratorate_awards import notice
    >>> slip = next(e for e in notice().errata if e.kind == "transcription slip")
    >>> slip.source, slip.corrected
    (' and ', '和')
    """

    kind: str
    location: str
    span: Span
    source: str
    corrected: str
    reason: str


@frozen
class Paragraph:
    """A paragraph of the notice's body, as corrected by the errata.

    ``point`` is 1–4 for the paragraphs that open with 一是 … 四是, else ``None``;
    ``span`` covers the paragraph in the raw source text.

    >>> from procuratorate_awards import notice
    >>> notice().points[1].text[:2]
    '二是'
    """

    id: str
    text: str
    span: Span
    point: int | None = None


@frozen
class Evidence:
    """A quotation from the source and what it shows.

    >>> from procuratorate_awards import notice
    >>> evidence = notice().year_evidence[0]
    >>> evidence.span.slice(notice().source_text) == evidence.quote
    True
    """

    quote: str
    span: Span
    reasoning: str


@frozen
class Notice(Printed):
    """The notice itself: header, body, award-list heading and the raw source text.

    ``date`` (ISO 8601 when known) and ``document_number`` are ``None``: the source
    text carries neither. ``source_text`` is the transcription exactly as received.

    >>> from procuratorate_awards import notice
    >>> n = notice()
    >>> n.total_entries, n.year, n.distribution
    (574, 2022, '此件发至县级人民检察院')
    """

    title: str
    issuer: str
    addressees: tuple[str, ...]
    paragraphs: tuple[Paragraph, ...]
    total_entries: int
    distribution: str
    award_list_title: str
    ranking_note: str
    year: int
    year_evidence: tuple[Evidence, ...]
    date: str | None
    document_number: str | None
    errata: tuple[Erratum, ...]
    source_text: str = field(repr=False)

    @property
    def points(self) -> tuple[Paragraph, ...]:
        """The four paragraphs 一是 … 四是, in order."""
        return tuple(p for p in self.paragraphs if p.point is not None)

    def paragraph(self, paragraph_id: str) -> Paragraph:
        """The paragraph with this id (``'p1'`` … ).

        >>> from procuratorate_awards import notice
        >>> notice().paragraph("p3").point
        1
        """
        for candidate in self.paragraphs:
            if candidate.id == paragraph_id:
                return candidate
        known = ", ".join(p.id for p in self.paragraphs)
        raise KeyError(f"no paragraph {paragraph_id!r}; the notice has {known}")


@frozen
class Source:
    """A public page that states a fact of the registry: its address, title and a quote.

    >>> from procuratorate_awards import registry
    >>> source = registry()[0].sources[0]
    >>> source.url.startswith("http"), bool(source.quote)
    (True, True)
    """

    url: str
    title: str
    quote: str


@frozen
class RegistryEntry:
    """A procuratorate that no division code names, as the registry records it.

    ``name`` is the official full name; ``short_forms`` and ``former_names`` are other
    names of the same procuratorate. ``province`` is the full name of its provincial-level
    unit (新疆生产建设兵团 for the Corps), or ``None`` for a military procuratorate, which
    belongs to no province; ``parent`` is the full name of the procuratorate it
    comes under, or ``None`` where no source says. ``level`` is ``None`` where neither
    the Organic Law nor a cited page fixes it; ``level_basis`` says why either way.
    ``seat`` is the 2022 division code of its seat where a source gives it. Dates are
    ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``successor`` names who took over from an
    abolished one. ``english`` is a romanised, unofficial English name. Every entry has
    at least one source.

    >>> from procuratorate_awards import registry
    >>> entry = next(e for e in registry() if e.name == "北京市人民检察院第四分院")
    >>> entry.kind.label, entry.level.label, entry.parent
    ('分院', '设区的市级', '北京市人民检察院')
    """

    name: str
    kind: Kind
    province: str | None
    parent: str | None
    level: Level | None
    level_basis: str
    english: str
    sources: tuple[Source, ...]
    short_forms: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    seat: str | None = None
    established: str | None = None
    abolished: str | None = None
    successor: str | None = None
