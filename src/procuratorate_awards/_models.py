"""The frozen records the package hands out.

Every model is an immutable, slotted ``attrs`` class whose collections are tuples,
so a record can be shared, hashed, pickled and used as a dictionary key. Models
hold facts only and import nothing above them: loading, resolution and queries live in
their own modules, and how a record prints is registered by the rendering module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from attrs import field, frozen

from ._enums import Kind, Level, ProvinceKind, Tier

T = TypeVar("T")

__all__ = [
    "Award",
    "Division",
    "Erratum",
    "Evidence",
    "Notice",
    "Paragraph",
    "Procuratorate",
    "Province",
    "RegistryEntry",
    "Source",
    "Span",
]


# How each kind of record prints, registered by the rendering module when it is imported:
# rendering needs the English titles of the awards, which are built from these records,
# so records leave their text and HTML forms to the layer above them.
_RENDERING: dict[type[Any], tuple[Callable[[Any], str], Callable[[Any], str]]] = {}


def register_rendering(kind: type[T], text: Callable[[T], str], html: Callable[[T], str]) -> None:
    """Have records of ``kind`` print as ``text`` and show in a notebook as ``html``."""
    _RENDERING[kind] = (text, html)


class _Printed:
    """A record whose ``str`` and notebook HTML are the ones registered for its class."""

    __slots__ = ()

    def __str__(self) -> str:
        found = _RENDERING.get(type(self))
        return repr(self) if found is None else found[0](self)

    def _repr_html_(self) -> str:
        found = _RENDERING.get(type(self))
        return repr(self) if found is None else found[1](self)


def _start_within_end(instance: Span, attribute: object, end: int) -> None:
    if not 0 <= instance.start <= end:
        raise ValueError(f"a span needs 0 <= start <= end, got [{instance.start}, {end})")


@frozen
class Span:
    """Python string offsets ``[start, end)`` into the text a record refers to.

    >>> span = Span(2, 4)
    >>> span.slice("最高人民检察院")
    '人民'
    >>> len(span)
    2
    """

    start: int
    end: int = field(validator=_start_within_end)

    def slice(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


@frozen
class Division:
    """An administrative division at province, prefecture or county level (GB/T 2260).

    >>> Division("330683", "嵊州市").province_code
    '33'
    """

    code: str
    name: str

    @property
    def province_code(self) -> str:
        """The two-digit code of the province the division lies in."""
        return self.code[:2]


@frozen
class Province(_Printed):
    """One of the 32 provincial-level units whose procuratorates the notice is addressed to.

    A province, autonomous region or municipality (31 in all), or 新疆生产建设兵团, which
    has no division code and no ISO 3166-2 code. The unit, not its procuratorate: a
    procuratorate is a :class:`Procuratorate`, placed in a province.

    >>> from procuratorate_awards import resolve_province
    >>> zhejiang = resolve_province("浙江")
    >>> zhejiang.name, zhejiang.code, zhejiang.iso_code, zhejiang.abbreviations
    ('浙江省', '33', 'CN-ZJ', ('浙',))
    """

    code: str | None
    name: str
    bare_name: str
    abbreviations: tuple[str, ...]
    english_name: str
    english_aliases: tuple[str, ...]
    kind: ProvinceKind
    iso_code: str | None

    @property
    def division_code(self) -> str | None:
        """The six-digit division code (``'330000'``), or ``None`` for the Corps."""
        return None if self.code is None else self.code + "0000"


@frozen
class Procuratorate(_Printed):
    """A procuratorate placed in the hierarchy of divisions and levels.

    ``name`` is the name as given; ``full_name`` the name written out with its province.
    ``prefecture`` and ``county`` are ``None`` where the procuratorate has no such
    division (a provincial procuratorate, a municipal district, a branch, a railway
    transport procuratorate). ``level`` is ``None`` only where no source fixes it;
    ``notes`` say why, and record any former name that was read.

    Identity is the procuratorate, not the spelling: ``name`` and ``notes`` (which
    record how that spelling was read) take no part in ``==`` or ``hash``, so two
    spellings of one procuratorate compare equal and make one dictionary key, while
    each keeps the name it was given.

    >>> from procuratorate_awards import resolve_procuratorate
    >>> p = resolve_procuratorate("浙江省嵊州市人民检察院")
    >>> p.level.label, p.prefecture.name, p.county.name, p.code
    ('基层', '绍兴市', '嵊州市', '330683')
    >>> q = resolve_procuratorate("嵊州市人民检察院")
    >>> p == q, hash(p) == hash(q), q.name
    (True, True, '嵊州市人民检察院')
    """

    # Spelling and reading notes describe the input, not the procuratorate.
    name: str = field(eq=False)
    full_name: str
    province: Province | None
    prefecture: Division | None
    county: Division | None
    level: Level | None
    kind: Kind
    notes: tuple[str, ...] = field(default=(), eq=False)

    @property
    def code(self) -> str | None:
        """The code of the most specific division the procuratorate is placed in."""
        for division in (self.county, self.prefecture):
            if division is not None:
                return division.code
        return None if self.province is None else self.province.division_code


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
class Notice(_Printed):
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
class Award(_Printed):
    """One entry of the award list.

    ``number`` is the entry's position within its tier as printed; the notice says
    各奖项内排名不分先后 (no ranking within a tier), so it is not a rank. ``units``
    are the winning procuratorates in printed order and ``unit_spans`` their places
    in the raw source text; ``span`` covers the whole printed entry. Awards sort in
    printed order: by tier, then by number.

    >>> from procuratorate_awards import awards
    >>> first = awards()[0]
    >>> first.tier.label, first.number, first.title
    ('一等奖', 1, '车辆保险理赔监督模型')
    >>> [unit.name for unit in first.units]
    ['浙江省绍兴市人民检察院']
    >>> sorted([awards()[9], awards()[0]]) == [awards()[0], awards()[9]]
    True
    """

    tier: Tier
    number: int
    title: str
    units: tuple[Procuratorate, ...]
    span: Span
    title_span: Span
    unit_spans: tuple[Span, ...]
    alternative_title: str | None = None

    def _order(self, other: object) -> tuple[tuple[int, int], tuple[int, int]] | None:
        if not isinstance(other, Award):
            return None
        return (self.tier.rank, self.number), (other.tier.rank, other.number)

    # Awards sort as the notice prints them: by tier, then by number within the tier.
    def __lt__(self, other: object) -> bool:
        pair = self._order(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other: object) -> bool:
        pair = self._order(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other: object) -> bool:
        pair = self._order(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other: object) -> bool:
        pair = self._order(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    @property
    def joint(self) -> bool:
        """Whether several procuratorates share the award."""
        return len(self.units) > 1

    @property
    def label(self) -> str:
        """The tier and number, e.g. ``'一等奖 1'``."""
        return f"{self.tier.label} {self.number}"


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
    unit (新疆生产建设兵团 for the Corps), ``parent`` the full name of the procuratorate it
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
    province: str
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
