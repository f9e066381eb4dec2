"""The frozen records the package hands out.

Every model is an immutable, slotted ``attrs`` class whose collections are tuples,
so a record can be shared, hashed, pickled and used as a dictionary key. Models
hold facts only; loading, resolution and queries live in their own modules.
"""

from __future__ import annotations

import enum

from attrs import field, frozen

__all__ = [
    "Award",
    "Division",
    "Erratum",
    "Evidence",
    "Kind",
    "Level",
    "Notice",
    "Paragraph",
    "Procuratorate",
    "Province",
    "ProvinceKind",
    "RegistryEntry",
    "Source",
    "Span",
    "Tier",
]


class _Ranked(enum.Enum):
    """An enumeration ordered as declared, printed as its Chinese label."""

    def _position(self) -> int:
        return list(type(self)).index(self)

    def _pair(self, other: object) -> tuple[int, int] | None:
        if isinstance(other, _Ranked) and type(other) is type(self):
            return self._position(), other._position()
        return None

    def __lt__(self, other: object) -> bool:
        pair = self._pair(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other: object) -> bool:
        pair = self._pair(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other: object) -> bool:
        pair = self._pair(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other: object) -> bool:
        pair = self._pair(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


class Tier(_Ranked):
    """An award tier of the competition, valued by its Chinese label.

    Tiers sort from the first prize to the excellence award and print as their label.

    >>> Tier.FIRST.label, Tier.FIRST.english, Tier.FIRST.count
    ('一等奖', 'First prize', 5)
    >>> [tier.count for tier in Tier]
    [5, 10, 15, 25]
    >>> Tier.FIRST < Tier.SECOND, sorted([Tier.EXCELLENCE, Tier.FIRST])
    (True, [<Tier.FIRST: '一等奖'>, <Tier.EXCELLENCE: '优秀奖'>])
    >>> f"{Tier.FIRST} {1}"
    '一等奖 1'
    """

    FIRST = "一等奖"
    SECOND = "二等奖"
    THIRD = "三等奖"
    EXCELLENCE = "优秀奖"

    @property
    def label(self) -> str:
        """The Chinese label as printed in the notice."""
        return self.value

    @property
    def english(self) -> str:
        """An English label."""
        return _TIER_FACTS[self][0]

    @property
    def count(self) -> int:
        """How many awards the notice lists in this tier."""
        return _TIER_FACTS[self][1]

    @property
    def rank(self) -> int:
        """1 for the first prize … 4 for the excellence award."""
        return _TIER_FACTS[self][2]


_TIER_FACTS: dict[Tier, tuple[str, int, int]] = {
    Tier.FIRST: ("First prize", 5, 1),
    Tier.SECOND: ("Second prize", 10, 2),
    Tier.THIRD: ("Third prize", 15, 3),
    Tier.EXCELLENCE: ("Excellence award", 25, 4),
}


class Level(_Ranked):
    """The level of a procuratorate under Article 13 of the Organic Law (2018).

    Levels sort from the top, 最高 (1), to 基层 (4), and print as their label.

    >>> Level.BASIC.label, Level.BASIC.english, Level.BASIC.rank
    ('基层', 'basic', 4)
    >>> sorted([Level.BASIC, Level.PROVINCIAL]), f"{Level.BASIC}"
    ([<Level.PROVINCIAL: '省级'>, <Level.BASIC: '基层'>], '基层')
    """

    SUPREME = "最高"
    PROVINCIAL = "省级"
    PREFECTURAL = "设区的市级"
    BASIC = "基层"

    @property
    def label(self) -> str:
        """The Chinese label."""
        return self.value

    @property
    def english(self) -> str:
        """An English label."""
        return _LEVEL_ENGLISH[self]

    @property
    def rank(self) -> int:
        """1 for 最高 … 4 for 基层, the order of Article 13."""
        return self._position() + 1


_LEVEL_ENGLISH: dict[Level, str] = {
    Level.SUPREME: "supreme",
    Level.PROVINCIAL: "provincial",
    Level.PREFECTURAL: "prefectural",
    Level.BASIC: "basic",
}


class Kind(_Ranked):
    """What sort of procuratorate a name denotes; sorts as declared, prints as its label.

    >>> Kind.RAILWAY_TRANSPORT.label, Kind.RAILWAY_TRANSPORT.english
    ('铁路运输', 'railway transport')
    """

    ORDINARY = "普通"
    BRANCH = "分院"
    RAILWAY_TRANSPORT = "铁路运输"
    FORESTRY = "林区"
    LAND_RECLAMATION = "农垦"
    MILITARY = "军事"
    OTHER_DISPATCHED = "派出"
    CROSS_REGION = "跨行政区划"
    CORPS = "兵团"
    MINING = "工矿"
    ZONE = "功能区"

    @property
    def label(self) -> str:
        """The Chinese label."""
        return self.value

    @property
    def english(self) -> str:
        """An English label."""
        return _KIND_ENGLISH[self]


_KIND_ENGLISH: dict[Kind, str] = {
    Kind.ORDINARY: "ordinary",
    Kind.BRANCH: "branch",
    Kind.RAILWAY_TRANSPORT: "railway transport",
    Kind.FORESTRY: "forestry",
    Kind.LAND_RECLAMATION: "land reclamation",
    Kind.MILITARY: "military",
    Kind.OTHER_DISPATCHED: "other dispatched",
    Kind.CROSS_REGION: "cross-region",
    Kind.CORPS: "Production and Construction Corps",
    Kind.MINING: "mining",
    Kind.ZONE: "zone",
}


class ProvinceKind(enum.Enum):
    """The kind of a provincial-level unit.

    >>> ProvinceKind.AUTONOMOUS_REGION.label
    '自治区'
    """

    PROVINCE = "province"
    AUTONOMOUS_REGION = "autonomous_region"
    MUNICIPALITY = "municipality"
    CORPS = "corps"

    @property
    def label(self) -> str:
        """The Chinese label."""
        return _PROVINCE_KIND_LABELS[self]

    @property
    def english(self) -> str:
        """An English label."""
        return self.value.replace("_", " ")


_PROVINCE_KIND_LABELS: dict[ProvinceKind, str] = {
    ProvinceKind.PROVINCE: "省",
    ProvinceKind.AUTONOMOUS_REGION: "自治区",
    ProvinceKind.MUNICIPALITY: "直辖市",
    ProvinceKind.CORPS: "兵团",
}


def _check_span(instance: Span, attribute: object, end: int) -> None:
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
    end: int = field(validator=_check_span)

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
class Province:
    """One of the 32 provincial-level procuratorates the notice is addressed to.

    31 provinces, autonomous regions and municipalities, plus 新疆生产建设兵团, which has no
    division code and no ISO 3166-2 code.

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

    def __str__(self) -> str:
        from . import _display

        return _display.province_text(self)

    def _repr_html_(self) -> str:
        from . import _display

        return _display.province_html(self)


@frozen
class Procuratorate:
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

    def __str__(self) -> str:
        from . import _display

        return _display.procuratorate_text(self)

    def _repr_html_(self) -> str:
        from . import _display

        return _display.procuratorate_html(self)


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
class Notice:
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

    def __str__(self) -> str:
        from . import _display

        return _display.notice_text(self)

    def _repr_html_(self) -> str:
        from . import _display

        return _display.notice_html(self)


@frozen
class Award:
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

    def __str__(self) -> str:
        from . import _display

        return _display.award_text(self)

    def _repr_html_(self) -> str:
        from . import _display

        return _display.award_html(self)


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
