"""Rendering records and collections as tables: HTML for Jupyter, text for a terminal.

Models and collections call into this module lazily from their ``_repr_html_`` and
``__str__``, so importing the package imports nothing here. Data frames come from
:func:`to_pandas` and :func:`to_polars`; pandas and polars are optional extras,
imported only when asked for, and a missing one raises
:class:`OptionalDependencyError` naming the extra to install.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ._errors import ProcuratorateAwardsError
from ._tables import display_width, pad, render_table

if TYPE_CHECKING:
    import pandas
    import polars

    from ._models import Award, Notice, Procuratorate, Province
    from ._queries import Hit

__all__ = ["OptionalDependencyError", "html_table", "text_table"]

Columns = dict[str, list[Any]]

# A terminal cell longer than this (in display columns) is cut with an ellipsis.
_CELL_WIDTH = 48


class OptionalDependencyError(ProcuratorateAwardsError, ImportError):
    """A feature needs an optional library that is not installed.

    ``extra`` names the extra that installs it.

    >>> error = OptionalDependencyError("pandas", "pandas")
    >>> print(error)
    to_pandas() needs pandas: pip install 'procuratorate-awards[pandas]'
    >>> isinstance(error, ImportError)
    True
    """

    def __init__(self, library: str, extra: str, feature: str | None = None) -> None:
        self.library = library
        self.extra = extra
        feature = feature or f"to_{library}()"
        super().__init__(
            f"{feature} needs {library}: pip install 'procuratorate-awards[{extra}]'",
            name=library,
        )

    def __reduce__(self) -> tuple[type[OptionalDependencyError], tuple[str, str, str]]:
        feature = str(self).split(" needs ", 1)[0]
        return (type(self), (self.library, self.extra, feature))


# --- generic tables ----------------------------------------------------------------------


def _cell(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, list | tuple):
        return "、".join(_cell(item) for item in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _cut(text: str, limit: int) -> str:
    if display_width(text) <= limit:
        return text
    kept, width = [], 0
    for character in text:
        step = display_width(character)
        if width + step > limit - 1:
            break
        kept.append(character)
        width += step
    return "".join(kept) + "…"


def text_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A plain-text table aligned for a terminal, wide characters counted as two columns.

    >>> print(text_table(["tier", "title"], [["一等奖", "车辆保险理赔监督模型"]]))
    tier    title
    ------  --------------------
    一等奖  车辆保险理赔监督模型
    """
    cells = [[_cut(_cell(v).replace("\n", " "), _CELL_WIDTH) for v in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in cells:
        widths = [max(w, display_width(c)) for w, c in zip(widths, row, strict=True)]
    return render_table(headers, [["-" * w for w in widths], *cells])


def html_table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], caption: str | None = None
) -> str:
    """An HTML table, every value escaped.

    >>> html_table(["a"], [["<b>"]])
    '<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>&lt;b&gt;</td></tr></tbody></table>'
    """
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_cell(v))}</td>" for v in row) + "</tr>" for row in rows
    )
    top = "" if caption is None else f"<caption>{html.escape(caption)}</caption>"
    return f"<table>{top}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _fields_text(pairs: Sequence[tuple[str, object]]) -> str:
    width = max(display_width(k) for k, _ in pairs)
    return "\n".join(f"{pad(k, width)}  {_cell(v)}" for k, v in pairs)


def _fields_html(pairs: Sequence[tuple[str, object]]) -> str:
    return html_table(["field", "value"], [[k, v] for k, v in pairs])


# --- awards ------------------------------------------------------------------------------


def _award_row(award: Award) -> list[object]:
    from ._queries import english_title

    return [
        award.label,
        award.title,
        english_title(award),
        [unit.name for unit in award.units],
    ]


_AWARD_HEADERS = ("award", "title", "English title (unofficial)", "units")


def awards_text(awards: Sequence[Award]) -> str:
    """The awards as a terminal table (without English titles, to keep lines short)."""
    return text_table(
        ("award", "title", "units"),
        ([row[0], row[1], row[3]] for row in map(_award_row, awards)),
    )


def awards_html(awards: Sequence[Award]) -> str:
    """The awards as an HTML table."""
    return html_table(_AWARD_HEADERS, map(_award_row, awards), f"{len(awards)} awards")


def _award_pairs(award: Award) -> list[tuple[str, object]]:
    from ._queries import english_title, subject_rationale, subjects

    pairs: list[tuple[str, object]] = [
        ("award", f"{award.label} ({award.tier.english} {award.number})"),
        ("title", award.title),
        ("English title (unofficial)", english_title(award)),
    ]
    if award.alternative_title is not None:
        pairs.append(("alternative title", award.alternative_title))
    pairs += [
        ("units", [unit.name for unit in award.units]),
        ("subjects", [f"{s.label} ({s.english})" for s in subjects(award)]),
        ("why", subject_rationale(award)),
    ]
    return pairs


def award_text(award: Award) -> str:
    """One award as field/value lines."""
    return _fields_text(_award_pairs(award))


def award_html(award: Award) -> str:
    """One award as a two-column HTML table."""
    return _fields_html(_award_pairs(award))


def award_records(awards: Sequence[Award]) -> Columns:
    """Columns of one row per award, list-valued where an award has several units."""
    from ._queries import english_title, subjects

    columns: Columns = {
        name: []
        for name in (
            "label",
            "tier",
            "tier_english",
            "number",
            "title",
            "title_english",
            "units",
            "units_english",
            "provinces",
            "levels",
            "joint",
            "subjects",
        )
    }
    from ._queries import english_name

    for award in awards:
        columns["label"].append(award.label)
        columns["tier"].append(award.tier.label)
        columns["tier_english"].append(award.tier.english)
        columns["number"].append(award.number)
        columns["title"].append(award.title)
        columns["title_english"].append(english_title(award))
        columns["units"].append([u.name for u in award.units])
        columns["units_english"].append([english_name(u) for u in award.units])
        columns["provinces"].append(
            list(dict.fromkeys(u.province.name for u in award.units if u.province))
        )
        columns["levels"].append(list(dict.fromkeys(u.level.label for u in award.units if u.level)))
        columns["joint"].append(award.joint)
        columns["subjects"].append([s.label for s in subjects(award)])
    return columns


# --- procuratorates and provinces ---------------------------------------------------------


def _unit_row(unit: Procuratorate) -> list[object]:
    return [
        unit.name,
        None if unit.province is None else unit.province.name,
        None if unit.level is None else unit.level.label,
        unit.kind.label,
        unit.code,
    ]


_UNIT_HEADERS = ("name", "province", "level", "kind", "code")


def units_text(units: Sequence[Procuratorate]) -> str:
    """The procuratorates as a terminal table."""
    return text_table(_UNIT_HEADERS, map(_unit_row, units))


def units_html(units: Sequence[Procuratorate]) -> str:
    """The procuratorates as an HTML table."""
    return html_table(_UNIT_HEADERS, map(_unit_row, units), f"{len(units)} procuratorates")


def unit_records(units: Sequence[Procuratorate]) -> Columns:
    """Columns of one row per procuratorate."""
    from ._queries import english_name

    columns: Columns = {
        name: []
        for name in (
            "name",
            "english_name",
            "full_name",
            "province",
            "prefecture",
            "county",
            "code",
            "level",
            "kind",
        )
    }
    for unit in units:
        columns["name"].append(unit.name)
        columns["english_name"].append(english_name(unit))
        columns["full_name"].append(unit.full_name)
        columns["province"].append(None if unit.province is None else unit.province.name)
        columns["prefecture"].append(None if unit.prefecture is None else unit.prefecture.name)
        columns["county"].append(None if unit.county is None else unit.county.name)
        columns["code"].append(unit.code)
        columns["level"].append(None if unit.level is None else unit.level.label)
        columns["kind"].append(unit.kind.label)
    return columns


def _unit_pairs(unit: Procuratorate) -> list[tuple[str, object]]:
    pairs: list[tuple[str, object]] = [
        ("name", unit.name),
        ("full name", unit.full_name),
        ("province", None if unit.province is None else unit.province.name),
        ("prefecture", None if unit.prefecture is None else unit.prefecture.name),
        ("county", None if unit.county is None else unit.county.name),
        ("code", unit.code),
        ("level", None if unit.level is None else f"{unit.level.label} ({unit.level.english})"),
        ("kind", f"{unit.kind.label} ({unit.kind.english})"),
    ]
    pairs += [("note", note) for note in unit.notes]
    return pairs


def procuratorate_text(unit: Procuratorate) -> str:
    """One procuratorate as field/value lines."""
    return _fields_text(_unit_pairs(unit))


def procuratorate_html(unit: Procuratorate) -> str:
    """One procuratorate as a two-column HTML table."""
    return _fields_html(_unit_pairs(unit))


def _province_pairs(province: Province) -> list[tuple[str, object]]:
    return [
        ("name", province.name),
        ("English name", province.english_name),
        ("kind", f"{province.kind.label} ({province.kind.english})"),
        ("code", province.code),
        ("ISO 3166-2", province.iso_code),
        ("abbreviations", province.abbreviations),
    ]


def province_text(province: Province) -> str:
    """One province as field/value lines."""
    return _fields_text(_province_pairs(province))


def province_html(province: Province) -> str:
    """One province as a two-column HTML table."""
    return _fields_html(_province_pairs(province))


def _notice_pairs(notice: Notice) -> list[tuple[str, object]]:
    return [
        ("title", notice.title),
        ("issuer", notice.issuer),
        ("year", notice.year),
        ("entries", notice.total_entries),
        ("paragraphs", len(notice.paragraphs)),
        ("errata", len(notice.errata)),
    ]


def notice_text(notice: Notice) -> str:
    """The notice's header facts as field/value lines."""
    return _fields_text(_notice_pairs(notice))


def notice_html(notice: Notice) -> str:
    """The notice's header facts as a two-column HTML table."""
    return _fields_html(_notice_pairs(notice))


# --- search hits -------------------------------------------------------------------------


def _hit_row(hit: Hit) -> list[object]:
    from ._models import Award, Paragraph, Procuratorate

    record = hit.record
    if isinstance(record, Award):
        name = record.label
    elif isinstance(record, Procuratorate):
        name = record.name
    elif isinstance(record, Paragraph):
        name = record.id
    else:
        name = "notice"
    return [hit.where, name, hit.field, hit.context]


_HIT_HEADERS = ("where", "record", "field", "context")


def hits_text(hits: Sequence[Hit]) -> str:
    """Search hits as a terminal table."""
    return text_table(_HIT_HEADERS, map(_hit_row, hits))


def hits_html(hits: Sequence[Hit]) -> str:
    """Search hits as an HTML table."""
    return html_table(_HIT_HEADERS, map(_hit_row, hits), f"{len(hits)} hits")


# --- data frames -------------------------------------------------------------------------


def to_pandas(columns: Columns) -> pandas.DataFrame:
    """A pandas data frame of ``columns``; :class:`OptionalDependencyError` without pandas."""
    try:
        import pandas
    except ImportError:
        raise OptionalDependencyError("pandas", "pandas") from None
    return pandas.DataFrame(columns)


def to_polars(columns: Columns) -> polars.DataFrame:
    """A polars data frame of ``columns``; :class:`OptionalDependencyError` without polars."""
    try:
        import polars
    except ImportError:
        raise OptionalDependencyError("polars", "polars") from None
    return polars.DataFrame(columns, strict=False)
