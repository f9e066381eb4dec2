"""What reading a text finds: a mention of a procuratorate, the table of mentions, and the
awards each procuratorate won.
"""

from __future__ import annotations

from attrs import frozen

from ._enums import Kind
from ._frames import Frame
from ._models import Award, Procuratorate, Span
from ._queries import awards as _all_awards
from ._resources import Lazy
from ._rows import Column, Rows, count

__all__ = ["Mention", "Mentions"]


@frozen
class Mention:
    """One procuratorate named in a text: where, as what words, and what it resolves to.

    ``span`` locates ``text`` in the input (``span.slice(input) == text`` always, line
    breaks inside a name included). ``procuratorate`` is the resolved procuratorate,
    or ``None`` when the passage does not say enough; then ``reason`` says why and
    ``candidates`` lists the readings that fit (or the closest names). ``awards``
    are the awards that procuratorate won, empty when none.

    >>> from procuratorate_awards import find_procuratorates
    >>> [mention] = find_procuratorates("公诉机关浙江省绍兴市越城区人民检察院指派检察员出庭")
    >>> mention.span, mention.text, mention.procuratorate.county.code
    (Span(start=4, end=18), '浙江省绍兴市越城区人民检察院', '330602')
    >>> [award.label for award in mention.awards]
    ['优秀奖 11']
    """

    span: Span
    text: str
    procuratorate: Procuratorate | None
    reason: str | None
    candidates: tuple[str, ...]
    awards: tuple[Award, ...]

    @property
    def resolved(self) -> bool:
        """Whether the mention was resolved to one procuratorate."""
        return self.procuratorate is not None


# --- matching awards ----------------------------------------------------------------------

_Key = tuple[object, ...]


def _award_key(procuratorate: Procuratorate) -> _Key:
    """What makes two resolved names the same procuratorate, however they were written."""
    province = procuratorate.province
    special = None
    if procuratorate.kind is not Kind.ORDINARY:
        special = procuratorate.full_name.replace("市铁路运输", "铁路运输")
    prefecture, county, level = procuratorate.prefecture, procuratorate.county, procuratorate.level
    # Plain strings, equal exactly when the divisions and members are: the key is looked
    # up for every mention of a long text, and strings hash once.
    return (
        None if province is None else province.name,
        None if prefecture is None else (prefecture.code, prefecture.name),
        None if county is None else (county.code, county.name),
        procuratorate.kind.value,
        None if level is None else level.value,
        special,
    )


def _build_award_index() -> dict[_Key, tuple[Award, ...]]:
    found: dict[_Key, list[Award]] = {}
    for award in _all_awards():
        for unit in dict.fromkeys(award.units):
            found.setdefault(_award_key(unit), []).append(award)
    return {key: tuple(entries) for key, entries in found.items()}


_award_index = Lazy(_build_award_index)


def awards_of(procuratorate: Procuratorate) -> tuple[Award, ...]:
    """The awards ``procuratorate`` won, alone or jointly, in printed order."""
    return _award_index.get().get(_award_key(procuratorate), ())


_MENTION_COLUMNS = (
    Column("start", "integer", "where the name starts in the text (Python string offset)"),
    Column("end", "integer", "where the name ends in the text, exclusive"),
    Column("text", "string", "the words as written"),
    Column("procuratorate", "string", "the full name it resolves to", False),
    Column("province", "string", "its province", False),
    Column("level", "string", "its level", False),
    Column("code", "string", "six-digit code of its most specific division", False),
    Column("awards", "strings", "the awards it won"),
    Column("reason", "string", "why it did not resolve", False),
    Column("candidates", "strings", "the readings that fit, or the closest names"),
)


class Mentions(Rows[Mention]):
    """The mentions :func:`find_procuratorates` finds, in order, as a table.

    >>> from procuratorate_awards import find_procuratorates
    >>> found = find_procuratorates("经浙江省嵊州市人民检察院和朝阳区检察院审查")
    >>> found
    Mentions(2 mentions)
    >>> found.to_pandas()[["text", "code"]].values.tolist()
    [['浙江省嵊州市人民检察院', '330683'], ['朝阳区检察院', <NA>]]
    """

    __slots__ = ()
    _noun = ("mention", "mentions")

    def frame(self) -> Frame:
        """The mentions as typed columns, the columns of the ``find`` command.

        >>> from procuratorate_awards import find_procuratorates
        >>> find_procuratorates("无").frame().caption
        '0 mentions'
        """
        rows = []
        for m in self:
            unit = m.procuratorate
            rows.append(
                (
                    m.span.start,
                    m.span.end,
                    m.text,
                    None if unit is None else unit.full_name,
                    None if unit is None or unit.province is None else unit.province.name,
                    None if unit is None or unit.level is None else unit.level.label,
                    None if unit is None else unit.code,
                    tuple(award.label for award in m.awards),
                    m.reason,
                    m.candidates,
                )
            )
        shown = ("start", "end", "text", "procuratorate", "province", "level", "awards")
        caption = count(len(self), "mention")
        return Frame(_MENTION_COLUMNS, tuple(rows), caption, shown=shown, terminal=shown)
