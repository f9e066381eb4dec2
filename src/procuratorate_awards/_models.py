"""The frozen records the package hands out.

Every model is an immutable, slotted ``attrs`` class whose collections are tuples,
so a record can be shared, hashed, pickled and used as a dictionary key. Models
hold facts only and import nothing above them: loading, resolution and queries live in
their own modules, and how a record prints is registered by the rendering module.

These classes are defined on every first query, so defining them is kept cheap: attrs
generates only their ``__init__``, and :class:`Record` gives all of them the equality,
hash and ``repr`` attrs would generate, from the same fields. The fields' annotations
are evaluated as the classes are defined, not postponed, since the loader reads each
field's type from them and evaluating them here costs less than parsing strings later;
every other annotation is written as a string, which defining it does not evaluate.
"""

from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import field, fields, frozen

from ._enums import Kind, Level, ProvinceKind, Sorted, Tier

__all__ = [
    "Award",
    "Division",
    "Procuratorate",
    "Province",
    "Span",
]


# How each kind of record prints, registered by the rendering module when it is imported:
# rendering needs the English titles of the awards, which are built from these records,
# so records leave their text and HTML forms to the layer above them. Kinds are named,
# so that registering the notice's form does not define the notice's classes.
_RENDERING: "dict[str, tuple[Callable[[Any], str], Callable[[Any], str]]]" = {}


# Loaders of the rendering module, registered by modules that hand records out but
# leave loading it until a record is first printed: a first query draws no table.
_DEFERRED: "list[Callable[[], object]]" = []


def register_rendering(
    kind: str, text: "Callable[[Any], str]", html: "Callable[[Any], str]"
) -> None:
    """Have records of the class named ``kind`` print as ``text`` and show as ``html``."""
    _RENDERING[kind] = (text, html)


def defer_rendering(load: "Callable[[], object]") -> None:
    """Have ``load`` (which registers renderings) run when a record is first printed."""
    _DEFERRED.append(load)


class Record:
    """Equality, hash and ``repr`` from a model's attrs fields, as attrs would generate them.

    Records of one class are equal when every field that takes part in equality is;
    records of different classes never are. The hash follows equality, and ``repr``
    shows every field in order.

    >>> Span(1, 3) == Span(1, 3), Span(1, 3) == Span(1, 4), hash(Span(1, 3)) == hash(Span(1, 3))
    (True, False, True)
    >>> Span(1, 3)
    Span(start=1, end=3)
    """

    __slots__ = ()
    # Set by :func:`keyed` once the attrs class exists.
    _key: "ClassVar[Callable[[Any], Any]]"
    _shown: "ClassVar[tuple[str, ...]]"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        key = self.__class__._key
        return bool(key(self) == key(other))

    def __hash__(self) -> int:
        return hash((self.__class__.__name__, self.__class__._key(self)))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._shown)
        return f"{self.__class__.__name__}({shown})"


if TYPE_CHECKING:
    # A type only: a bound written as a string is compiled when the TypeVar is made.
    R = TypeVar("R", bound="type[Record]")


def keyed(cls: "R") -> "R":
    """Give ``cls`` (attrs, with ``repr=False, eq=False``) its equality key and shown fields."""
    attributes = fields(cast(Any, cls))
    cls._key = attrgetter(*(a.name for a in attributes if a.eq))
    cls._shown = tuple(a.name for a in attributes if a.repr)
    return cls


class Printed(Record):
    """A record whose ``str`` and notebook HTML are the ones registered for its class."""

    __slots__ = ()

    def _registered(self) -> "tuple[Callable[[Any], str], Callable[[Any], str]] | None":
        # A subclass prints as the record it extends.
        for kind in type(self).__mro__:
            found = _RENDERING.get(kind.__name__)
            if found is not None:
                return found
        return None

    def _rendering(self) -> "tuple[Callable[[Any], str], Callable[[Any], str]] | None":
        found = self._registered()
        if found is None and _DEFERRED:
            # The loaders import a module, so running them again, or in two threads at
            # once, registers each rendering once and waits for a registration under way.
            for load in tuple(_DEFERRED):
                load()
            found = self._registered()
        return found

    def __str__(self) -> str:
        found = self._rendering()
        return repr(self) if found is None else found[0](self)

    def _repr_html_(self) -> str:
        found = self._rendering()
        return repr(self) if found is None else found[1](self)


def _start_within_end(instance: "Span", attribute: object, end: int) -> None:
    if not 0 <= instance.start <= end:
        raise ValueError(f"a span needs 0 <= start <= end, got [{instance.start}, {end})")


@keyed
@frozen(repr=False, eq=False)
class Span(Record):
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


@keyed
@frozen(repr=False, eq=False)
class Division(Record):
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


@keyed
@frozen(repr=False, eq=False)
class Province(Printed):
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
    def division_code(self) -> "str | None":
        """The six-digit division code (``'330000'``), or ``None`` for the Corps."""
        return None if self.code is None else self.code + "0000"


@keyed
@frozen(repr=False, eq=False)
class Procuratorate(Printed):
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
    def code(self) -> "str | None":
        """The code of the most specific division the procuratorate is placed in."""
        for division in (self.county, self.prefecture):
            if division is not None:
                return division.code
        return None if self.province is None else self.province.division_code


@keyed
@frozen(repr=False, eq=False)
class Award(Printed, Sorted):
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

    # Awards sort as the notice prints them: by tier, then by number within the tier.
    def _pair(self, other: object) -> "tuple[tuple[int, int], tuple[int, int]] | None":
        if not isinstance(other, Award):
            return None
        return (self.tier.rank, self.number), (other.tier.rank, other.number)

    @property
    def joint(self) -> bool:
        """Whether several procuratorates share the award."""
        return len(self.units) > 1

    @property
    def label(self) -> str:
        """The tier and number, e.g. ``'一等奖 1'``."""
        return f"{self.tier.label} {self.number}"

    # What filters, groups, counts and tables read of an award: each distinct value once,
    # in the order of the units, so that all of them count an award alike.
    @property
    def provinces(self) -> "tuple[Province, ...]":
        """The provinces of the award's units, each once, in the units' order.

        >>> from procuratorate_awards import awards
        >>> [p.name for p in awards(tier=1)[3].provinces]
        ['浙江省']
        """
        return tuple(dict.fromkeys(u.province for u in self.units if u.province is not None))

    @property
    def levels(self) -> "tuple[Level | None, ...]":
        """The levels of the award's units, each once, in the units' order.

        >>> from procuratorate_awards import awards
        >>> [level.label for level in awards(tier=1)[3].levels]
        ['设区的市级', '基层']
        """
        return tuple(dict.fromkeys(u.level for u in self.units))

    @property
    def kinds(self) -> "tuple[Kind, ...]":
        """The kinds of the award's units, each once, in the units' order."""
        return tuple(dict.fromkeys(u.kind for u in self.units))
