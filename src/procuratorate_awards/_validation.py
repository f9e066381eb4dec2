"""Checking the shipped data against itself, its source text and its checksums."""

from __future__ import annotations

from ._enums import Tier
from ._errors import DataError, NameLookupError
from ._models import Span
from ._queries import awards, notice
from ._records import load
from ._resolution import registry, resolve_procuratorate
from ._resources import (
    AWARDS_FILE,
    CHECKED_FILES,
    DIVISIONS_FILE,
    NOTICE_FILE,
    REGISTRY_FILE,
    current,
)
from ._shapes import DivisionTable
from ._version import DIVISIONS_VINTAGE

__all__ = ["validate"]


def _check_span(file: str, record: str, span: Span, text: str, expected: str) -> None:
    if span.slice(text) != expected:
        raise DataError(
            file,
            record,
            f"span [{span.start}, {span.end}) holds {span.slice(text)!r}, not {expected!r}",
        )


def validate() -> None:
    """Check every resource; raise :class:`DataError` naming the file and record at fault.

    Checks the digest of every resource against the manifest; that the tiers hold
    5, 10, 15 and 25 awards (55 in all), numbered 1… without gaps; that every title,
    unit name, paragraph, erratum and piece of evidence sits at its recorded span in
    the source text; that every winning procuratorate resolves to the facts the
    award list records for it; and that every entry of the registry has a source and
    resolves, by its name and each of its other names, to itself, under a parent that
    resolves too; and that the division table is of the vintage the package declares.

    >>> from procuratorate_awards import validate
    >>> validate()
    """
    resources = current()
    for name in CHECKED_FILES:
        resources.checked(name)
    the_notice = notice()
    source = the_notice.source_text
    file = AWARDS_FILE
    all_awards = awards()
    for tier in Tier:
        numbers = [award.number for award in all_awards if award.tier is tier]
        if numbers != list(range(1, tier.count + 1)):
            raise DataError(file, tier.label, f"numbered {numbers}, expected 1–{tier.count}")
    for position, award in enumerate(all_awards):
        record = f"$[{position}] ({award.label})"
        _check_span(file, record + ".title", award.title_span, source, award.title)
        if len(award.unit_spans) != len(award.units) or not award.units:
            raise DataError(file, record, "needs one span for each of its units")
        for place, (unit, span) in enumerate(zip(award.units, award.unit_spans, strict=True)):
            unit_record = f"{record}.units[{place}]"
            _check_span(file, unit_record, span, source, unit.name)
            try:
                resolved = resolve_procuratorate(unit.name)
            except NameLookupError as error:
                raise DataError(file, unit_record, f"does not resolve: {error}") from None
            if resolved != unit:
                raise DataError(file, unit_record, f"resolves to {resolved!r}, not {unit!r}")
        if not (
            award.span.start <= award.title_span.start
            and award.unit_spans[-1].end == award.span.end
        ):
            raise DataError(file, record, "its span does not cover its title and units")
    file = NOTICE_FILE
    for paragraph in the_notice.paragraphs:
        if not paragraph.span.slice(source):
            raise DataError(file, f"paragraphs ({paragraph.id})", "has an empty span")
    for position, erratum in enumerate(the_notice.errata):
        _check_span(file, f"errata[{position}]", erratum.span, source, erratum.source)
    for position, evidence in enumerate(the_notice.year_evidence):
        _check_span(file, f"year_evidence[{position}]", evidence.span, source, evidence.quote)
    _validate_registry()
    _validate_division_table()


def _validate_registry() -> None:
    file = REGISTRY_FILE
    for position, entry in enumerate(registry()):
        record = f"$[{position}] ({entry.name})"
        if not entry.sources or not all(s.url and s.quote for s in entry.sources):
            raise DataError(file, record, "has no source with an address and a quote")
        try:
            resolved = resolve_procuratorate(entry.name)
            others = [resolve_procuratorate(form) for form in entry.short_forms]
            parent = None if entry.parent is None else resolve_procuratorate(entry.parent)
        except NameLookupError as error:
            raise DataError(file, record, f"does not resolve: {error}") from None
        if resolved.level is not entry.level or resolved.kind is not entry.kind:
            raise DataError(file, record, f"resolves to {resolved!r}")
        province = None if resolved.province is None else resolved.province.name
        if province != entry.province:
            raise DataError(file, record, f"lies in {province}")
        if any(other.full_name != resolved.full_name for other in others):
            raise DataError(file, record, "a short form resolves to another procuratorate")
        if parent is not None and parent.full_name == resolved.full_name:
            raise DataError(file, record, "is its own parent")


def _validate_division_table() -> None:
    # The table says which vintage it is and where it comes from; the package declares
    # the vintage it answers for, and the two must agree.
    table: DivisionTable = load(DIVISIONS_FILE, DivisionTable)
    if table.vintage != DIVISIONS_VINTAGE:
        raise DataError(DIVISIONS_FILE, "$.vintage", f"is not {DIVISIONS_VINTAGE}")
    if not table.source.strip():
        raise DataError(DIVISIONS_FILE, "$.source", "names no source")
