"""The words filters take: tiers, levels, kinds and subjects as people type them.

Each ``parse_*`` function turns a label, an English name or a number into its member,
or raises :class:`~procuratorate_awards.UnknownNameError` listing what it takes;
:func:`fold_text` is the one folding that text filters and search match by.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ._enums import Kind, Level, Tier, _Labelled
from ._errors import UnknownNameError
from ._models import Procuratorate, Province
from ._resources import Lazy

if TYPE_CHECKING:
    from ._translations import Subject

__all__ = ["fold_text", "parse_kind", "parse_level", "parse_subject", "parse_tier"]

T = TypeVar("T")


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


def fold(text: str) -> str:
    return fold_text(text)[0]


def _key(value: str) -> str:
    """A lookup key for labels: NFKC, case-folded, letters and digits only."""
    return "".join(c for c in unicodedata.normalize("NFKC", value).casefold() if c.isalnum())


# --- parsing filter values ----------------------------------------------------------------


E = TypeVar("E", bound=_Labelled)


def _words(table: Iterable[tuple[Any, tuple[str, ...]]]) -> dict[str, Any]:
    """Lookup keys for each member: the words given, its name and its English label."""
    keys: dict[str, Any] = {}
    for member, given in table:
        for word in (*given, member.name, member.english):
            keys[_key(word)] = member
    return keys


_TIER_WORDS: Lazy[dict[str, Tier]] = Lazy(
    lambda: _words(
        (
            (Tier.FIRST, ("一等奖", "一等", "first", "1st", "first prize", "1")),
            (Tier.SECOND, ("二等奖", "二等", "second", "2nd", "second prize", "2")),
            (Tier.THIRD, ("三等奖", "三等", "third", "3rd", "third prize", "3")),
            (Tier.EXCELLENCE, ("优秀奖", "优秀", "excellence", "excellence award", "4")),
        )
    )
)

_LEVEL_WORDS: Lazy[dict[str, Level]] = Lazy(
    lambda: _words(
        (
            (Level.SUPREME, ("最高", "最高检", "supreme", "1")),
            (Level.PROVINCIAL, ("省级", "省", "provincial", "province", "2")),
            (Level.PREFECTURAL, ("设区的市级", "市级", "地市级", "prefectural", "prefecture", "3")),
            (Level.BASIC, ("基层", "县级", "区县级", "basic", "county", "4")),
        )
    )
)

# Besides each label and English name, the short forms people write.
_KIND_SHORT: dict[Kind, tuple[str, ...]] = {
    Kind.RAILWAY_TRANSPORT: ("railway", "铁路", "铁检"),
    Kind.FORESTRY: ("forest",),
    Kind.LAND_RECLAMATION: ("reclamation",),
    Kind.OTHER_DISPATCHED: ("dispatched", "派出检察院"),
}
_KIND_WORDS: Lazy[dict[str, Kind]] = Lazy(
    lambda: _words((kind, (kind.label, *_KIND_SHORT.get(kind, ()))) for kind in Kind)
)


def _subject_words() -> dict[str, Subject]:
    from ._translations import Subject

    return _words(
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


_SUBJECT_WORDS = Lazy(_subject_words)


def _parse_enum(value: object, kind: type[E], words: Lazy[dict[str, E]], what: str) -> E:
    if isinstance(value, kind):
        return value
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"{what} must be a {kind.__name__}, str or int, not {type(value).__name__}")
    # A member's own value (一等奖, 基层), the commonest filter, is its key in the word
    # table too (a test checks it), so it is answered before the table is built.
    member: E | None = cast(Any, kind)._value2member_map_.get(value)
    if member is not None:
        return member
    found = words.get().get(_key(str(value)))
    if found is None:
        raise UnknownNameError(
            value,
            f"is not a {what}",
            tuple(f"{member.label} ({member.english})" for member in cast(Iterable[E], kind)),
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
    from ._translations import Subject

    return _parse_enum(value, Subject, _SUBJECT_WORDS, "subject")


def parse_province(value: object) -> Province:
    if isinstance(value, Province):
        return value
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"a province must be a Province, str or int, not {type(value).__name__}")
    # Resolution loads the division index, which only a place name needs.
    from ._resolution import resolve_province

    return resolve_province(value)


def parse_unit(value: object) -> str:
    """The full name of the procuratorate ``value`` names, the key units are matched by."""
    if isinstance(value, Procuratorate):
        return value.full_name
    if not isinstance(value, str):
        raise TypeError(f"a unit must be a Procuratorate or str, not {type(value).__name__}")
    from ._resolution import resolve_procuratorate

    return resolve_procuratorate(value).full_name


def parse_text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"search text must be a str, not {type(value).__name__}")
    folded = fold(value)
    if not folded:
        raise UnknownNameError(value, "empty search text would match everything")
    return folded


def values(value: object, parse: Callable[[Any], T], what: str) -> frozenset[T]:
    """One value or a collection of them; a string is one value, never its characters."""
    if isinstance(value, list | tuple | set | frozenset):
        if not value:
            raise UnknownNameError(value, f"an empty collection of {what} values matches nothing")
        return frozenset(parse(item) for item in value)
    return frozenset((parse(value),))
