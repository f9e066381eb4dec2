"""The notice and the award list as the package serves them, and questions put to them.

:func:`awards` answers one-line questions: every keyword is a filter, the filters are
combined with AND, and each takes the forms a person would type. A value that cannot
be understood raises :class:`~procuratorate_awards.UnknownNameError` or
:class:`~procuratorate_awards.AmbiguousNameError` (both
:class:`~procuratorate_awards.NameLookupError`), never an empty answer. A value that
is understood but matches nothing (a province without awards) gives an empty list.

Every filter also takes a list, tuple or set of values, which matches any of them.
A string is always one value, never a sequence of characters.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal, TypeVar, overload

from attrs import frozen

from . import _loading
from ._display import Frame, Rows, count
from ._errors import UnknownNameError
from ._models import Award, Kind, Level, Notice, Paragraph, Procuratorate, Province, Tier
from ._tables import Column

__all__ = [
    "AwardList",
    "Hit",
    "SearchResults",
    "Subject",
    "UnitList",
    "awards",
    "english_name",
    "english_title",
    "notice",
    "parse_kind",
    "parse_level",
    "parse_subject",
    "parse_tier",
    "search",
    "subject_rationale",
    "subjects",
    "units",
]

T = TypeVar("T")

GROUP_KEYS: tuple[str, ...] = ("tier", "province", "level", "unit", "kind", "subject")


class Subject(enum.Enum):
    """A procuratorial function an award serves: this package's classification, not the notice's.

    The notice does not classify its awards. Each award is tagged here, from its
    title, with the function or functions of procuratorial work it serves, with a
    one-line rationale (:func:`subject_rationale`). ``COMPREHENSIVE`` marks tools that
    serve procuratorial work across functions.

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
    def label(self) -> str:
        """The Chinese label."""
        return self.value

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

# Quotation marks of every width and script fold to one, so “沪渔一网通” finds "沪渔一网通".
_QUOTES = "\"'“”„‟‘’‚‛「」『』〝〞〟«»‹›"
_QUOTE_FOLD = str.maketrans(dict.fromkeys(_QUOTES, '"'))
_INVISIBLE = frozenset({"Cc", "Cf"})


def fold_text(text: str) -> tuple[str, tuple[int, ...]]:
    """Fold ``text`` for matching, with the offset in ``text`` of each folded character.

    Full-width forms become half-width (NFKC), case is folded, quotation marks become
    ``"``, and white space, control characters and invisible format characters (a
    byte-order mark, a zero-width space) are dropped, one character at a time so that
    every folded character maps back to the character it came from.

    >>> fold_text("“沪渔 一网通”")[0]
    '"沪渔一网通"'
    >>> fold_text("ＡＢ c")
    ('abc', (0, 1, 3))
    >>> fold_text("\\x00\\ufeff嵊州")[0]
    '嵊州'
    """
    folded: list[str] = []
    origins: list[int] = []
    for position, character in enumerate(text):
        piece = unicodedata.normalize("NFKC", character).casefold().translate(_QUOTE_FOLD)
        for part in piece:
            # The fields of an award are searched joined by NUL, so a needle must never
            # hold one; no name or title holds any other control character either.
            if not part.isspace() and unicodedata.category(part) not in _INVISIBLE:
                folded.append(part)
                origins.append(position)
    return "".join(folded), tuple(origins)


def _fold(text: str) -> str:
    return fold_text(text)[0]


def _key(value: str) -> str:
    """A lookup key for labels: NFKC, case-folded, letters and digits only."""
    return "".join(c for c in unicodedata.normalize("NFKC", value).casefold() if c.isalnum())


# --- parsing filter values ----------------------------------------------------------------


E = TypeVar("E", Tier, Level, Kind, Subject)


def _words(table: Iterable[tuple[Any, tuple[str, ...]]]) -> dict[str, Any]:
    """Lookup keys for each member: the words given, its name and its English label."""
    keys: dict[str, Any] = {}
    for member, given in table:
        for word in (*given, member.name, member.english):
            keys[_key(word)] = member
    return keys


_TIER_WORDS: dict[str, Tier] = _words(
    (
        (Tier.FIRST, ("一等奖", "一等", "first", "1st", "first prize", "1")),
        (Tier.SECOND, ("二等奖", "二等", "second", "2nd", "second prize", "2")),
        (Tier.THIRD, ("三等奖", "三等", "third", "3rd", "third prize", "3")),
        (Tier.EXCELLENCE, ("优秀奖", "优秀", "excellence", "excellence award", "4")),
    )
)

_LEVEL_WORDS: dict[str, Level] = _words(
    (
        (Level.SUPREME, ("最高", "最高检", "supreme", "1")),
        (Level.PROVINCIAL, ("省级", "省", "provincial", "province", "2")),
        (Level.PREFECTURAL, ("设区的市级", "市级", "地市级", "prefectural", "prefecture", "3")),
        (Level.BASIC, ("基层", "县级", "区县级", "basic", "county", "4")),
    )
)

# Besides each label and English name, the short forms people write.
_KIND_SHORT: dict[Kind, tuple[str, ...]] = {
    Kind.RAILWAY_TRANSPORT: ("railway", "铁路", "铁检"),
    Kind.FORESTRY: ("forest",),
    Kind.LAND_RECLAMATION: ("reclamation",),
    Kind.OTHER_DISPATCHED: ("dispatched", "派出检察院"),
}
_KIND_WORDS: dict[str, Kind] = _words(
    (kind, (kind.label, *_KIND_SHORT.get(kind, ()))) for kind in Kind
)

_SUBJECT_WORDS: dict[str, Subject] = _words(
    (
        (Subject.CRIMINAL, ("刑事检察", "刑事", "criminal")),
        (Subject.CRIMINAL_ENFORCEMENT, ("刑事执行检察", "刑事执行", "criminal execution")),
        (Subject.CIVIL, ("民事检察", "民事", "civil")),
        (Subject.ADMINISTRATIVE, ("行政检察", "行政", "administrative")),
        (Subject.PUBLIC_INTEREST, ("公益诉讼检察", "公益诉讼", "公益", "public interest")),
        (Subject.JUVENILE, ("未成年人检察", "未成年人", "未检", "juvenile", "minors")),
        (Subject.COMPREHENSIVE, ("综合", "综合类", "general")),
    )
)


def _parse_enum(value: object, kind: type[E], words: dict[str, E], what: str) -> E:
    if isinstance(value, kind):
        return value
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"{what} must be a {kind.__name__}, str or int, not {type(value).__name__}")
    found = words.get(_key(str(value)))
    if found is None:
        raise UnknownNameError(
            value,
            f"is not a {what}",
            tuple(f"{member.label} ({member.english})" for member in kind),
        )
    return found


def parse_tier(value: Tier | str | int) -> Tier:
    """The tier ``value`` names: a :class:`Tier`, 一等奖 or 一等, 'first', 'First prize', 1 … 4.

    Raises :class:`UnknownNameError` for anything else, :class:`TypeError` for a value
    that is not a ``Tier``, ``str`` or ``int``.

    >>> from procuratorate_awards import parse_tier
    >>> parse_tier("一等奖"), parse_tier("Second prize"), parse_tier(3)
    (<Tier.FIRST: '一等奖'>, <Tier.SECOND: '二等奖'>, <Tier.THIRD: '三等奖'>)
    """
    return _parse_enum(value, Tier, _TIER_WORDS, "tier")


def parse_level(value: Level | str | int) -> Level:
    """The level ``value`` names: a :class:`Level`, its label (基层), English ('basic') or rank.

    Also takes 市级 and 地市级 for 设区的市级, 县级 for 基层, and 1 … 4 for 最高 … 基层
    (:attr:`Level.rank`, as ``tier`` takes 1 … 4). Raises :class:`UnknownNameError`
    for anything else.

    >>> from procuratorate_awards import parse_level
    >>> parse_level("基层"), parse_level("Prefectural"), parse_level(2)
    (<Level.BASIC: '基层'>, <Level.PREFECTURAL: '设区的市级'>, <Level.PROVINCIAL: '省级'>)
    """
    return _parse_enum(value, Level, _LEVEL_WORDS, "level")


def parse_kind(value: Kind | str) -> Kind:
    """The kind ``value`` names: a :class:`Kind`, its label (分院) or English ('branch').

    Also takes short forms: 'railway' or 铁路 for 铁路运输, 'forest', 'reclamation',
    'dispatched'.

    >>> from procuratorate_awards import parse_kind
    >>> parse_kind("railway transport"), parse_kind("railway")
    (<Kind.RAILWAY_TRANSPORT: '铁路运输'>, <Kind.RAILWAY_TRANSPORT: '铁路运输'>)
    >>> parse_kind("普通")
    <Kind.ORDINARY: '普通'>
    """
    return _parse_enum(value, Kind, _KIND_WORDS, "kind")


def parse_subject(value: Subject | str) -> Subject:
    """The subject ``value`` names: a :class:`Subject`, its label (民事检察 or 民事) or English.

    >>> from procuratorate_awards import parse_subject
    >>> parse_subject("公益诉讼"), parse_subject("juvenile")
    (<Subject.PUBLIC_INTEREST: '公益诉讼检察'>, <Subject.JUVENILE: '未成年人检察'>)
    """
    return _parse_enum(value, Subject, _SUBJECT_WORDS, "subject")


def _parse_province(value: object) -> Province:
    if isinstance(value, Province):
        return value
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"a province must be a Province, str or int, not {type(value).__name__}")
    from ._resolution import resolve_province

    return resolve_province(value)


def _parse_unit(value: object) -> str:
    """The full name of the procuratorate ``value`` names, the key units are matched by."""
    if isinstance(value, Procuratorate):
        return value.full_name
    if not isinstance(value, str):
        raise TypeError(f"a unit must be a Procuratorate or str, not {type(value).__name__}")
    from ._resolution import resolve_procuratorate

    return resolve_procuratorate(value).full_name


def _parse_text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"search text must be a str, not {type(value).__name__}")
    folded = _fold(value)
    if not folded:
        raise UnknownNameError(value, "empty search text would match everything")
    return folded


def _values(value: object, parse: Callable[[Any], T], what: str) -> frozenset[T]:
    """One value or a collection of them; a string is one value, never its characters."""
    if isinstance(value, list | tuple | set | frozenset):
        if not value:
            raise UnknownNameError(value, f"an empty collection of {what} values matches nothing")
        return frozenset(parse(item) for item in value)
    return frozenset((parse(value),))


# --- facts about an award that filters and groups read -----------------------------------


def _distinct(items: Iterable[T]) -> tuple[T, ...]:
    return tuple(dict.fromkeys(items))


def _award_provinces(award: Award) -> tuple[Province, ...]:
    return _distinct(u.province for u in award.units if u.province is not None)


def _award_levels(award: Award) -> tuple[Level | None, ...]:
    return _distinct(u.level for u in award.units)


def _award_kinds(award: Award) -> tuple[Kind, ...]:
    return _distinct(u.kind for u in award.units)


def _award_keys(award: Award, key: str) -> tuple[Any, ...]:
    if key == "tier":
        return (award.tier,)
    if key == "province":
        return _award_provinces(award)
    if key == "level":
        return _award_levels(award)
    if key == "unit":
        return _distinct(award.units)
    if key == "kind":
        return _award_kinds(award)
    if key == "subject":
        return subjects(award)
    raise UnknownNameError(key, "is not a key to group awards by", GROUP_KEYS)


def _haystack(award: Award) -> str:
    parts = [award.title, award.alternative_title or "", english_title(award)]
    for unit in award.units:
        parts += (unit.name, unit.full_name, english_name(unit))
    # A separator that folding keeps, so a match never runs from one field into the next.
    return "\x00".join(_fold(part) for part in parts)


_haystacks: _loading.Lazy[dict[int, str]] = _loading.Lazy(
    lambda: {id(award): _haystack(award) for award in _all_awards.get()}
)


def _text_of(award: Award) -> str:
    found = _haystacks.get().get(id(award))
    return _haystack(award) if found is None else found


def _predicates(
    tier: object,
    province: object,
    level: object,
    unit: object,
    text: object,
    joint: object,
    kind: object,
    subject: object,
) -> list[Callable[[Award], bool]]:
    """Parse every filter value first, so a bad one raises whatever the list holds."""
    tests: list[Callable[[Award], bool]] = []
    if tier is not None:
        tiers = _values(tier, parse_tier, "tier")
        tests.append(lambda a: a.tier in tiers)
    if province is not None:
        names = frozenset(p.name for p in _values(province, _parse_province, "province"))
        tests.append(lambda a: any(p.name in names for p in _award_provinces(a)))
    if level is not None:
        levels = _values(level, parse_level, "level")
        tests.append(lambda a: any(lv in levels for lv in _award_levels(a)))
    if unit is not None:
        full_names = _values(unit, _parse_unit, "unit")
        tests.append(lambda a: any(u.full_name in full_names for u in a.units))
    if text is not None:
        needles = _values(text, _parse_text, "text")
        tests.append(lambda a: any(n in _text_of(a) for n in needles))
    if joint is not None:
        if not isinstance(joint, bool):
            raise TypeError(f"joint must be True, False or None, not {type(joint).__name__}")
        tests.append(lambda a: a.joint is joint)
    if kind is not None:
        kinds = _values(kind, parse_kind, "kind")
        tests.append(lambda a: any(k in kinds for k in _award_kinds(a)))
    if subject is not None:
        wanted = _values(subject, parse_subject, "subject")
        tests.append(lambda a: any(s in wanted for s in subjects(a)))
    return tests


# --- collections -------------------------------------------------------------------------


class AwardList(Rows[Award]):
    """An immutable sequence of awards, in the order the notice prints them.

    It is a tuple: ``len``, iteration, indexing and slicing work as usual. It adds
    :meth:`filter`, :meth:`group_by` and :meth:`count_by`, renders as a table in a
    terminal (``print``) and in Jupyter, and converts to data frames.

    >>> from procuratorate_awards import awards
    >>> len(awards()), awards()[-1].label
    (55, '优秀奖 25')
    >>> awards(province="浙江").filter(tier="first").count_by("level")
    {<Level.PREFECTURAL: '设区的市级'>: 2, <Level.BASIC: '基层'>: 2}
    """

    __slots__ = ()

    _noun = ("award", "awards")

    def frame(self) -> Frame:
        """The awards as typed columns, one row per award: what every form shows.

        Columns: label, tier, tier_english, number, title, title_english, units,
        units_english, provinces and levels (lists of names), joint and subjects. A
        terminal shows label, title and units; a notebook adds the English title.

        >>> from procuratorate_awards import awards
        >>> frame = awards(tier=1).to_pandas()
        >>> frame.loc[0, "label"], frame.loc[0, "units"]
        ('一等奖 1', ['浙江省绍兴市人民检察院'])
        >>> awards(province="辽宁").to_polars().schema["units"]
        List(String)
        """
        return Frame(
            _AWARD_COLUMNS,
            tuple(map(_award_cells, self)),
            count(len(self), "award"),
            shown=("label", "title", "title_english", "units"),
            terminal=("label", "title", "units"),
        )

    def __add__(self, other: tuple[Award, ...]) -> AwardList:  # type: ignore[override]
        """The awards of either list, each once, in the order the notice prints them.

        >>> from procuratorate_awards import awards
        >>> both = awards(tier=1) + awards(province="浙江")
        >>> len(both), len(awards(tier=1)), len(awards(province="浙江"))
        (16, 5, 14)
        """
        if not isinstance(other, tuple):
            return NotImplemented
        return _in_printed_order(dict.fromkeys((*self, *other)))

    def filter(
        self,
        *,
        tier: Any = None,
        province: Any = None,
        level: Any = None,
        unit: Any = None,
        text: Any = None,
        joint: Any = None,
        kind: Any = None,
        subject: Any = None,
    ) -> AwardList:
        """The awards of this list that pass every filter given; see :func:`awards`.

        >>> from procuratorate_awards import awards
        >>> [a.label for a in awards(tier=1).filter(joint=True)]
        ['一等奖 4']
        """
        tests = _predicates(tier, province, level, unit, text, joint, kind, subject)
        return AwardList(award for award in self if all(test(award) for test in tests))

    @overload
    def group_by(self, key: Literal["tier"]) -> dict[Tier, AwardList]: ...
    @overload
    def group_by(self, key: Literal["province"]) -> dict[Province, AwardList]: ...
    @overload
    def group_by(self, key: Literal["level"]) -> dict[Level | None, AwardList]: ...
    @overload
    def group_by(self, key: Literal["unit"]) -> dict[Procuratorate, AwardList]: ...
    @overload
    def group_by(self, key: Literal["kind"]) -> dict[Kind, AwardList]: ...
    @overload
    def group_by(self, key: Literal["subject"]) -> dict[Subject, AwardList]: ...
    @overload
    def group_by(self, key: str) -> dict[Any, AwardList]: ...
    def group_by(self, key: str) -> dict[Any, AwardList]:
        """The awards under each value of ``key``: tier, province, level, unit, kind or subject.

        An award shared by several procuratorates is in the group of each distinct
        value its units have, once: a joint award of a city and one of its counties
        is under both 设区的市级 and 基层, and under their province once; an award with
        two subjects is under each. Groups come
        in a fixed order (tiers, levels, kinds, subjects as declared, provinces by code,
        units by first appearance in the award list) and only non-empty ones appear.
        An unknown key raises :class:`UnknownNameError` naming the known ones.

        >>> from procuratorate_awards import awards
        >>> groups = awards().group_by("tier")
        >>> [(tier.english, len(group)) for tier, group in groups.items()]
        [('First prize', 5), ('Second prize', 10), ('Third prize', 15), ('Excellence award', 25)]
        """
        if key not in GROUP_KEYS:
            raise UnknownNameError(key, "is not a key to group awards by", GROUP_KEYS)
        buckets: dict[Any, list[Award]] = {value: [] for value in _key_order(key)}
        for award in self:
            for value in _award_keys(award, key):
                buckets.setdefault(value, []).append(award)
        return {value: AwardList(group) for value, group in buckets.items() if group}

    @overload
    def count_by(self, key: Literal["tier"]) -> dict[Tier, int]: ...
    @overload
    def count_by(self, key: Literal["province"]) -> dict[Province, int]: ...
    @overload
    def count_by(self, key: Literal["level"]) -> dict[Level | None, int]: ...
    @overload
    def count_by(self, key: Literal["unit"]) -> dict[Procuratorate, int]: ...
    @overload
    def count_by(self, key: Literal["kind"]) -> dict[Kind, int]: ...
    @overload
    def count_by(self, key: Literal["subject"]) -> dict[Subject, int]: ...
    @overload
    def count_by(self, key: str) -> dict[Any, int]: ...
    def count_by(self, key: str) -> dict[Any, int]:
        """How many awards :meth:`group_by` puts under each value of ``key``.

        >>> from procuratorate_awards import awards
        >>> {p.english_name: n for p, n in awards(tier="first").count_by("province").items()}
        {'Jiangsu': 1, 'Zhejiang': 3, 'Hubei': 1}
        """
        return {value: len(group) for value, group in self.group_by(key).items()}


_AWARD_COLUMNS = (
    Column("label", "string", "tier and number, e.g. 一等奖 1"),
    Column("tier", "string", "一等奖, 二等奖, 三等奖 or 优秀奖"),
    Column("tier_english", "string", "the tier in English"),
    Column("number", "integer", "position within the tier as printed (not a rank)"),
    Column("title", "string", "the title of the winning model"),
    Column("title_english", "string", "an unofficial English title"),
    Column("units", "strings", "the winning procuratorates as printed"),
    Column("units_english", "strings", "their unofficial English names"),
    Column("provinces", "strings", "the provinces of the units, each once"),
    Column("levels", "strings", "the levels of the units, each once"),
    Column("joint", "boolean", "whether several procuratorates share the award"),
    Column("subjects", "strings", "this package's classification by function"),
)


def _award_cells(award: Award) -> tuple[Any, ...]:
    return (
        award.label,
        award.tier.label,
        award.tier.english,
        award.number,
        award.title,
        english_title(award),
        tuple(u.name for u in award.units),
        tuple(english_name(u) for u in award.units),
        tuple(p.name for p in _award_provinces(award)),
        tuple(level.label for level in _award_levels(award) if level is not None),
        award.joint,
        tuple(subject.label for subject in subjects(award)),
    )


def _in_printed_order(given: Iterable[Award]) -> AwardList:
    items = list(given)
    position = {award: place for place, award in enumerate(_all_awards.get())}
    # Awards not in the list (made by hand) follow those that are, in the order given.
    known = sorted((a for a in items if a in position), key=position.__getitem__)
    return AwardList([*known, *(a for a in items if a not in position)])


def _key_order(key: str) -> tuple[Any, ...]:
    if key == "tier":
        return tuple(Tier)
    if key == "province":
        from ._resolution import provinces

        return provinces()
    if key == "level":
        return tuple(Level)
    if key == "kind":
        return tuple(Kind)
    if key == "subject":
        return tuple(Subject)
    return ()


class UnitList(Rows[Procuratorate]):
    """An immutable sequence of procuratorates that renders as a table.

    >>> from procuratorate_awards import units
    >>> units()[:2]
    UnitList(2 procuratorates)
    >>> units()[:2].to_pandas()["code"].tolist()
    ['330600', '320500']
    """

    __slots__ = ()
    _noun = ("procuratorate", "procuratorates")

    def frame(self) -> Frame:
        """The procuratorates as typed columns: name, english_name, full_name, province,
        prefecture, county, code, level and kind; codes are strings.

        >>> from procuratorate_awards import units
        >>> units().frame().shown
        ('name', 'province', 'level', 'kind', 'code')
        """
        shown = ("name", "province", "level", "kind", "code")
        rows = tuple(_unit_cells(unit) for unit in self)
        caption = count(len(self), "procuratorate")
        return Frame(_UNIT_COLUMNS, rows, caption, shown=shown, terminal=shown)


_UNIT_COLUMNS = (
    Column("name", "string", "the name as given"),
    Column("english_name", "string", "an unofficial English name", False),
    Column("full_name", "string", "the name written out with its province"),
    Column("province", "string", "the province", False),
    Column("prefecture", "string", "the prefecture-level division", False),
    Column("county", "string", "the county-level division", False),
    Column("code", "string", "six-digit code of the most specific division", False),
    Column("level", "string", "最高, 省级, 设区的市级 or 基层", False),
    Column("kind", "string", "普通, 分院, 铁路运输 …"),
)


def _unit_cells(unit: Procuratorate) -> tuple[Any, ...]:
    try:
        english: str | None = english_name(unit)
    except UnknownNameError:
        english = None
    return (
        unit.name,
        english,
        unit.full_name,
        None if unit.province is None else unit.province.name,
        None if unit.prefecture is None else unit.prefecture.name,
        None if unit.county is None else unit.county.name,
        unit.code,
        None if unit.level is None else unit.level.label,
        unit.kind.label,
    )


_all_awards: _loading.Lazy[AwardList] = _loading.Lazy(lambda: AwardList(_loading.awards.get()))
_all_units: _loading.Lazy[UnitList] = _loading.Lazy(
    lambda: UnitList(dict.fromkeys(unit for award in _all_awards.get() for unit in award.units))
)


def notice() -> Notice:
    """The notice: title, issuer, addressees, body, award-list heading, errata, raw text.

    >>> from procuratorate_awards import notice
    >>> notice().title
    '关于全国检察机关大数据法律监督模型竞赛结果的通报'
    >>> len(notice().points)
    4
    """
    return _loading.notice.get()


def awards(
    tier: Any = None,
    province: Any = None,
    level: Any = None,
    unit: Any = None,
    text: Any = None,
    joint: Any = None,
    *,
    kind: Any = None,
    subject: Any = None,
) -> AwardList:
    """The awards that pass every filter given (AND); with none, all 55 in printed order.

    * ``tier``: a :class:`Tier`, 一等奖 (or 一等), 'first' (or 'First prize'), or 1 … 4.
    * ``province``: a :class:`Province` or anything :func:`resolve_province` takes
      (浙江, 浙, 'Zhejiang', 'CN-ZJ', 33). An award matches when any of its units lies there.
    * ``level``: a :class:`Level`, its label (基层) or English name ('basic'); an award
      matches when any of its units is of that level.
    * ``unit``: a :class:`Procuratorate` or a name :func:`resolve_procuratorate` takes;
      matches awards that procuratorate won, alone or jointly (a city's
      procuratorate only, not those of the districts and counties in it).
    * ``text``: a substring of the title or of a unit's name, Chinese or English,
      matched after folding full-width to half-width forms, case, quotation marks
      and white space.
    * ``joint``: ``True`` for awards shared by several procuratorates, ``False`` for
      awards won alone.
    * ``kind``: a :class:`Kind`, its label (分院) or English name ('branch').
    * ``subject``: a :class:`Subject`, its label (公益诉讼检察 or 公益诉讼) or English
      name; this package's own classification, see :class:`Subject`.

    Each filter also takes a list, tuple or set of values, matching any of them.
    A value that cannot be understood raises :class:`UnknownNameError` or
    :class:`AmbiguousNameError` (for a place name that fits several places), a value
    of the wrong type :class:`TypeError`.

    >>> from procuratorate_awards import awards, Tier
    >>> sum(award.tier is Tier.FIRST for award in awards())
    5
    >>> [a.label for a in awards(tier="一等奖", province="Zhejiang", level="basic")]
    ['一等奖 4', '一等奖 5']
    >>> [a.title for a in awards(text="“沪未云”")]
    ['“沪未云”——未成年人保护检察监督线索预警平台模型']
    >>> len(awards(unit="绍兴市人民检察院")), len(awards(joint=True))
    (2, 11)
    """
    everything = _all_awards.get()
    if all(v is None for v in (tier, province, level, unit, text, joint, kind, subject)):
        return everything
    return everything.filter(
        tier=tier,
        province=province,
        level=level,
        unit=unit,
        text=text,
        joint=joint,
        kind=kind,
        subject=subject,
    )


def units() -> UnitList:
    """Every winning procuratorate once, in order of first appearance in the list.

    >>> from procuratorate_awards import units
    >>> len(units()), units()[0].name
    (59, '浙江省绍兴市人民检察院')
    """
    return _all_units.get()


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
    from ._errors import DataError

    name = _loading.TRANSLATIONS_FILE
    table: _Translations = _loading.structure(name, _loading.translations.get(), _Translations)
    by_award: dict[tuple[Tier, int], _AwardNotes] = {}
    for index, (notes, award) in enumerate(zip(table.awards, _all_awards.get(), strict=False)):
        if (notes.award, notes.title) != (award.label, award.title):
            raise DataError(name, f"$.awards[{index}]", f"does not describe {award.label}")
        for label in notes.subjects:
            if label not in _SUBJECT_LABELS:
                raise DataError(name, f"$.awards[{index}].subjects", f"{label!r} is no subject")
        by_award[award.tier, award.number] = notes
    if len(by_award) != len(_all_awards.get()):
        raise DataError(name, "$.awards", f"expected {len(_all_awards.get())} awards")
    return table, by_award


_SUBJECT_LABELS = frozenset(subject.value for subject in Subject)
_translations = _loading.Lazy(_load_translations)


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


@frozen
class _English:
    about: str
    source: str
    places: dict[str, str]
    with_prefecture: tuple[str, ...]


def _load_english() -> tuple[_English, frozenset[str]]:
    name = _loading.ENGLISH_FILE
    table: _English = _loading.structure(name, _loading.english.get(), _English)
    return table, frozenset(table.with_prefecture)


_english = _loading.Lazy(_load_english)


def _english_place(unit: Procuratorate, province: Province) -> str:
    """The divisions of ``unit`` in English, innermost first, ending with the province."""
    places, with_prefecture = _english.get()
    codes: list[str] = []
    county, prefecture = unit.county, unit.prefecture
    if county is not None:
        codes.append(county.code)
        # The prefecture is read from the code, not from the resolution: it is written
        # for a municipal district, and for the few counties whose names would
        # otherwise read alike in one province.
        if county.code in with_prefecture:
            codes.append(county.code[:4] + "00")
    elif prefecture is not None:
        codes.append(prefecture.code)
    parts: list[str] = []
    for code in codes:
        place = places.places.get(code)
        if place is None:
            raise UnknownNameError(unit.name, f"no English name is kept for the division {code}")
        parts.append(place)
    parts.append(_english_province(province))
    return ", ".join(parts)


def _english_province(province: Province) -> str:
    code = province.division_code
    if code is None:
        return province.english_name
    return _english.get()[0].places[code]


# The military procuratorates the grammar reads, in English (unofficial).
_MILITARY_ENGLISH = {
    "中国人民解放军": "Chinese People's Liberation Army",
    "中国人民武装警察部队": "Chinese People's Armed Police Force",
    "东部战区": "Eastern Theater Command",
    "南部战区": "Southern Theater Command",
    "西部战区": "Western Theater Command",
    "北部战区": "Northern Theater Command",
    "中部战区": "Central Theater Command",
    "北京军区": "Beijing Military Region",
    "沈阳军区": "Shenyang Military Region",
    "济南军区": "Jinan Military Region",
    "南京军区": "Nanjing Military Region",
    "广州军区": "Guangzhou Military Region",
    "成都军区": "Chengdu Military Region",
    "兰州军区": "Lanzhou Military Region",
    "新疆军区": "Xinjiang Military Region",
    "西藏军区": "Xizang Military Region",
}


def _english_military(unit: Procuratorate) -> str:
    """``Military Procuratorate of <area>, <force>`` from the canonical military name."""
    words = unit.full_name.removesuffix("军事检察院")
    parts = [english for chinese, english in _MILITARY_ENGLISH.items() if chinese in words]
    return "Military Procuratorate of the " + ", the ".join(reversed(parts))


def english_name(unit: Procuratorate | str) -> str:
    """An English name for a procuratorate, by one pattern, from its division codes.

    ``People's Procuratorate of <place>``, where ``<place>`` lists innermost first
    the divisions of the canonical Chinese name: the county-level division, its
    prefecture-level city where the county-level division is a municipal district
    (市辖区), and the province. A numbered branch is ``<Ordinal> Branch of the
    People's Procuratorate of <province>``, a named one ``<place> Branch of …``; a
    railway transport procuratorate is ``Railway Transport Procuratorate of <place>``
    and its branch ``<place> Railway Transport Branch of …``, after the place it is
    named for.

    Place names are romanised with Hanyu Pinyin, with the type of division in English
    (City, County, District, Banner, Autonomous Prefecture …); a few names from
    minority languages take their conventional English form (Ürümqi, Hohhot, Lhasa).
    Every division of the 2022 table has one, and no two county-level procuratorates
    share an English name: where two of one province would read alike, both are
    written with their prefecture. The names are unofficial, made for this package;
    ``docs/data.md`` says how the readings of polyphonic characters were decided.

    Takes a :class:`Procuratorate` or a name :func:`resolve_procuratorate` takes;
    raises :class:`UnknownNameError` for a procuratorate with no English pattern.

    >>> from procuratorate_awards import english_name
    >>> english_name("浙江省嵊州市人民检察院")
    "People's Procuratorate of Shengzhou City, Zhejiang Province"
    >>> english_name("广东省深圳市宝安区人民检察院")
    "People's Procuratorate of Bao'an District, Shenzhen City, Guangdong Province"
    >>> english_name("北京市人民检察院第四分院")
    "Fourth Branch of the People's Procuratorate of Beijing Municipality"
    >>> english_name("安徽省六安市人民检察院")
    "People's Procuratorate of Lu'an City, Anhui Province"
    >>> english_name("新疆维吾尔自治区乌鲁木齐市人民检察院")
    "People's Procuratorate of Ürümqi City, Xinjiang Uygur Autonomous Region"
    >>> english_name("吉林省延边朝鲜族自治州人民检察院")
    "People's Procuratorate of Yanbian Korean Autonomous Prefecture, Jilin Province"
    """
    if isinstance(unit, str):
        from ._resolution import resolve_procuratorate

        unit = resolve_procuratorate(unit)
    elif not isinstance(unit, Procuratorate):
        raise TypeError(f"a unit must be a Procuratorate or str, not {type(unit).__name__}")
    province = unit.province
    if province is None:
        if unit.level is Level.SUPREME:
            return "Supreme People's Procuratorate"
        if unit.kind is Kind.MILITARY:
            return _english_military(unit)
        raise UnknownNameError(unit.name, "no English name is kept for this procuratorate")
    from ._grammar import registry_index

    found = registry_index().lookup(unit.full_name)
    if found is not None:
        return found[0].english
    place = _english_place(unit, province)
    if unit.kind is not Kind.ORDINARY:
        raise UnknownNameError(unit.name, f"no English pattern for a {unit.kind.english} unit")
    return f"People's Procuratorate of {place}"


# --- search ------------------------------------------------------------------------------


@frozen
class Hit:
    """One place where a search text was found.

    ``where`` says what kind of record matched (``'award'``, ``'unit'`` or
    ``'paragraph'``), ``field`` which of its texts (``'title'``, ``'unit'``,
    ``'name'``, ``'text'`` …), ``record`` is the record itself, ``text`` the whole
    text of the field and ``start``/``end`` the match within it.

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
        return AwardList(_distinct(h.record for h in self if isinstance(h.record, Award)))

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
    needle = _parse_text(text)
    hits: list[Hit] = []
    for where, field, record, haystack in _fields():
        for start, end in _find_all(needle, haystack):
            hits.append(Hit(where, field, record, haystack, start, end))
    return SearchResults(hits)
