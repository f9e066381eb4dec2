"""The enumerations the records use: tiers, levels and kinds of procuratorates and provinces.

Each member has a Chinese ``label`` and an English one, defined once for all of them.
Tiers, levels and kinds sort as declared and print as their label.
"""

from __future__ import annotations

import enum
from typing import Any, cast

__all__ = ["Kind", "Level", "ProvinceKind", "Sorted", "Tier"]


# The shared behaviour is in plain mixins rather than member-less Enum classes: each
# Enum class costs a first query as much as its members do.
class _Labelled:
    """An enumeration with a Chinese label and an English one, kept in one table."""

    __slots__ = ()
    value: Any
    # Members are singletons compared by identity, so hashing by identity agrees with
    # equality and costs no Python call (Enum's own hashes the member's name in Python);
    # members are dictionary keys in every table of labels and in every record's hash.
    __hash__ = object.__hash__

    @property
    def label(self) -> str:
        """The Chinese label."""
        return _LABELS.get(self, self.value)  # type: ignore[no-any-return]

    @property
    def english(self) -> str:
        """An English label."""
        return _ENGLISH[self]


class Sorted:
    """Values that sort by a key of their own, against values :meth:`_pair` accepts only.

    ``_pair(other)`` gives this value's key and ``other``'s, or ``None`` when the two do not
    compare; the four comparisons follow from it.

    >>> Tier.FIRST < Tier.SECOND, Tier.FIRST >= Tier.FIRST
    (True, True)
    """

    __slots__ = ()

    def _pair(self, other: object) -> tuple[Any, Any] | None:
        raise NotImplementedError

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


class _Ranked(_Labelled, Sorted):
    """An enumeration ordered as declared, printed as its Chinese label."""

    def _position(self) -> int:
        members: list[Any] = list(cast(Any, type(self)))
        return members.index(self)

    def _pair(self, other: object) -> tuple[int, int] | None:
        if isinstance(other, _Ranked) and type(other) is type(self):
            return self._position(), other._position()
        return None

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


class Tier(_Ranked, enum.Enum):
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
    def count(self) -> int:
        """How many awards the notice lists in this tier."""
        return _TIER_COUNTS[self]

    @property
    def rank(self) -> int:
        """1 for the first prize … 4 for the excellence award."""
        return self._position() + 1


_TIER_COUNTS: dict[Tier, int] = {
    Tier.FIRST: 5,
    Tier.SECOND: 10,
    Tier.THIRD: 15,
    Tier.EXCELLENCE: 25,
}


class Level(_Ranked, enum.Enum):
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
    def rank(self) -> int:
        """1 for 最高 … 4 for 基层, the order of Article 13."""
        return self._position() + 1


_LEVEL_ENGLISH: dict[_Labelled, str] = {
    Level.SUPREME: "supreme",
    Level.PROVINCIAL: "provincial",
    Level.PREFECTURAL: "prefectural",
    Level.BASIC: "basic",
}


class Kind(_Ranked, enum.Enum):
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


_KIND_ENGLISH: dict[_Labelled, str] = {
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


class ProvinceKind(_Labelled, enum.Enum):
    """The kind of a provincial-level unit.

    >>> ProvinceKind.AUTONOMOUS_REGION.label
    '自治区'
    """

    PROVINCE = "province"
    AUTONOMOUS_REGION = "autonomous_region"
    MUNICIPALITY = "municipality"
    CORPS = "corps"


# A provincial-level kind is valued by an English word; its label is the Chinese one.
_LABELS: dict[_Labelled, str] = {
    ProvinceKind.PROVINCE: "省",
    ProvinceKind.AUTONOMOUS_REGION: "自治区",
    ProvinceKind.MUNICIPALITY: "直辖市",
    ProvinceKind.CORPS: "兵团",
}


_TIER_ENGLISH: dict[_Labelled, str] = {
    Tier.FIRST: "First prize",
    Tier.SECOND: "Second prize",
    Tier.THIRD: "Third prize",
    Tier.EXCELLENCE: "Excellence award",
}
_PROVINCE_KIND_ENGLISH: dict[_Labelled, str] = {
    kind: kind.value.replace("_", " ") for kind in ProvinceKind
}
_ENGLISH: dict[_Labelled, str] = {
    **_TIER_ENGLISH,
    **_LEVEL_ENGLISH,
    **_KIND_ENGLISH,
    **_PROVINCE_KIND_ENGLISH,
}
