"""How records print in a terminal and show in a notebook, and the province list.

Records hold facts and import nothing above them; this module gives them their text
and HTML forms by registering them with :func:`~procuratorate_awards._models.register_rendering`
when it is imported. Every module that hands records out imports it first, so a record
prints the same however it was obtained. It depends on the records and on the English
titles and subjects of the awards only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._frames import Frame, fields_html, fields_text
from ._models import Award, Procuratorate, Province, register_rendering
from ._rows import Column, Rows, count

if TYPE_CHECKING:
    from ._documents import Notice

__all__ = ["ProvinceList"]

_PROVINCE_COLUMNS = (
    Column("code", "string", "two-digit division code; empty for the Corps", False),
    Column("division_code", "string", "six-digit division code", False),
    Column("name", "string", "full name, e.g. 浙江省"),
    Column("bare_name", "string", "name without its suffix, e.g. 浙江"),
    Column("english_name", "string", "English name"),
    Column("kind", "string", "省, 自治区, 直辖市 or 兵团"),
    Column("kind_english", "string", "the kind in English"),
    Column("iso_code", "string", "ISO 3166-2 code; empty for the Corps", False),
    Column("abbreviations", "strings", "one-character abbreviations"),
)


class ProvinceList(Rows[Province]):
    """The provincial-level units, as :func:`~procuratorate_awards.provinces` returns them.

    >>> from procuratorate_awards import provinces
    >>> provinces()[:2]
    ProvinceList(2 provinces)
    >>> provinces().to_pandas()["code"].tolist()[:3]
    ['11', '12', '13']
    """

    __slots__ = ()
    _noun = ("province", "provinces")

    def frame(self) -> Frame:
        """The provinces as typed columns; codes are strings, empty for the Corps.

        >>> from procuratorate_awards import provinces
        >>> provinces().frame().shown
        ('code', 'name', 'english_name', 'kind', 'iso_code')
        """
        rows = tuple(
            (
                p.code,
                p.division_code,
                p.name,
                p.bare_name,
                p.english_name,
                p.kind.label,
                p.kind.english,
                p.iso_code,
                p.abbreviations,
            )
            for p in self
        )
        shown = ("code", "name", "english_name", "kind", "iso_code")
        caption = count(len(self), "province")
        return Frame(_PROVINCE_COLUMNS, rows, caption, shown=shown, terminal=shown)


# --- single records ----------------------------------------------------------------------


def _award_pairs(award: Award) -> list[tuple[str, object]]:
    # The translations load when an award is first shown, not when the list is.
    from ._translations import english_title, subject_rationale, subjects

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


def _award_text(award: Award) -> str:
    """One award as field/value lines."""
    return fields_text(_award_pairs(award))


def _award_html(award: Award) -> str:
    """One award as a two-column HTML table."""
    return fields_html(_award_pairs(award))


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


def _procuratorate_text(unit: Procuratorate) -> str:
    """One procuratorate as field/value lines."""
    return fields_text(_unit_pairs(unit))


def _procuratorate_html(unit: Procuratorate) -> str:
    """One procuratorate as a two-column HTML table."""
    return fields_html(_unit_pairs(unit))


def _province_pairs(province: Province) -> list[tuple[str, object]]:
    return [
        ("name", province.name),
        ("English name", province.english_name),
        ("kind", f"{province.kind.label} ({province.kind.english})"),
        ("code", province.code),
        ("ISO 3166-2", province.iso_code),
        ("abbreviations", province.abbreviations),
    ]


def _province_text(province: Province) -> str:
    """One province as field/value lines."""
    return fields_text(_province_pairs(province))


def _province_html(province: Province) -> str:
    """One province as a two-column HTML table."""
    return fields_html(_province_pairs(province))


def _notice_pairs(notice: Notice) -> list[tuple[str, object]]:
    return [
        ("title", notice.title),
        ("issuer", notice.issuer),
        ("year", notice.year),
        ("entries", notice.total_entries),
        ("paragraphs", len(notice.paragraphs)),
        ("errata", len(notice.errata)),
    ]


def _notice_text(notice: Notice) -> str:
    """The notice's header facts as field/value lines."""
    return fields_text(_notice_pairs(notice))


def _notice_html(notice: Notice) -> str:
    """The notice's header facts as a two-column HTML table."""
    return fields_html(_notice_pairs(notice))


register_rendering("Award", _award_text, _award_html)
register_rendering("Procuratorate", _procuratorate_text, _procuratorate_html)
register_rendering("Province", _province_text, _province_html)
register_rendering("Notice", _notice_text, _notice_html)
