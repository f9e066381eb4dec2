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

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal, overload

from . import _records
from ._enums import Kind, Level, Tier
from ._errors import UnknownNameError
from ._models import Award, Procuratorate, Province, defer_rendering
from ._resources import Lazy
from ._rows import Rows, count
from ._vocabulary import (
    fold,
    parse_kind,
    parse_level,
    parse_province,
    parse_subject,
    parse_text,
    parse_tier,
    parse_unit,
    values,
)

if TYPE_CHECKING:
    from ._documents import Notice
    from ._frames import Frame
    from ._translations import Subject

__all__ = ["GROUP_KEYS", "AwardList", "UnitList", "awards", "notice", "units"]


GROUP_KEYS: tuple[str, ...] = ("tier", "province", "level", "unit", "kind", "subject")


# --- facts about an award that filters and groups read -----------------------------------


def _award_keys(award: Award, key: str) -> tuple[Any, ...]:
    if key == "tier":
        return (award.tier,)
    if key == "province":
        return award.provinces
    if key == "level":
        return award.levels
    if key == "unit":
        return tuple(dict.fromkeys(award.units))
    if key == "kind":
        return award.kinds
    # The last of GROUP_KEYS, which group_by checks the key against first.
    from ._translations import subjects

    return subjects(award)


def _haystack(award: Award) -> str:
    from ._english import english_name
    from ._translations import english_title

    parts = [award.title, award.alternative_title or "", english_title(award)]
    for unit in award.units:
        parts += (unit.name, unit.full_name, english_name(unit))
    # A separator that folding keeps, so a match never runs from one field into the next.
    return "\x00".join(fold(part) for part in parts)


_haystacks: Lazy[dict[int, str]] = Lazy(
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
        tiers = values(tier, parse_tier, "tier")
        tests.append(lambda a: a.tier in tiers)
    if province is not None:
        names = frozenset(p.name for p in values(province, parse_province, "province"))
        tests.append(lambda a: any(p.name in names for p in a.provinces))
    if level is not None:
        levels = values(level, parse_level, "level")
        tests.append(lambda a: any(lv in levels for lv in a.levels))
    if unit is not None:
        full_names = values(unit, parse_unit, "unit")
        tests.append(lambda a: any(u.full_name in full_names for u in a.units))
    if text is not None:
        needles = values(text, parse_text, "text")
        tests.append(lambda a: any(n in _text_of(a) for n in needles))
    if joint is not None:
        if not isinstance(joint, bool):
            raise TypeError(f"joint must be True, False or None, not {type(joint).__name__}")
        tests.append(lambda a: a.joint is joint)
    if kind is not None:
        kinds = values(kind, parse_kind, "kind")
        tests.append(lambda a: any(k in kinds for k in a.kinds))
    if subject is not None:
        from ._translations import subjects

        wanted = values(subject, parse_subject, "subject")
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
        from ._columns import AWARD_COLUMNS, award_cells
        from ._frames import Frame

        return Frame(
            AWARD_COLUMNS,
            tuple(map(award_cells, self)),
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
        from ._translations import Subject

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
        from ._columns import UNIT_COLUMNS, unit_cells
        from ._frames import Frame

        rows = tuple(unit_cells(unit) for unit in self)
        caption = count(len(self), "procuratorate")
        return Frame(UNIT_COLUMNS, rows, caption, shown=shown, terminal=shown)


def _load_rendering() -> None:
    from . import _render  # noqa: F401  (it registers how records print)


# The records handed out here print as tables; the code that draws them is loaded
# when a record is first printed, not by the first query.
defer_rendering(_load_rendering)

_all_awards: Lazy[AwardList] = Lazy(lambda: AwardList(_records.award_records.get()))
_all_units: Lazy[UnitList] = Lazy(
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
    return _records.notice_record.get()


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
