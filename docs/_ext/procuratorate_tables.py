"""Markdown tables generated from the package's own records, for the data page.

Kept free of Sphinx so that the tests can check the tables without building the site.
"""

from __future__ import annotations

from collections.abc import Iterable

import procuratorate_awards as pa


def _cell(text: str) -> str:
    """A table cell: the value as Python writes it, so spaces and line breaks show."""
    return "`" + repr(text).replace("|", "\\|") + "`"


def _prose(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def errata_markdown(errata: Iterable[pa.Erratum]) -> str:
    """The errata as a Markdown table: where, what the source says, what is printed, why."""
    lines = [
        "| # | Kind | Where | Source `[start, end)` | Source says | Printed as | Why |",
        "|---|------|-------|-----------------------|-------------|------------|-----|",
    ]
    for number, erratum in enumerate(errata, start=1):
        span = f"`[{erratum.span.start}, {erratum.span.end})`"
        lines.append(
            f"| {number} | {_prose(erratum.kind)} | {_prose(erratum.location)} | {span} "
            f"| {_cell(erratum.source)} | {_cell(erratum.corrected)} | {_prose(erratum.reason)} |"
        )
    return "\n".join(lines) + "\n"


def tier_markdown() -> str:
    """The four tiers with their labels and the number of awards in each."""
    lines = ["| Tier | 中文 | Awards |", "|------|------|--------|"]
    for tier in pa.Tier:
        count = sum(award.tier is tier for award in pa.awards())
        lines.append(f"| {tier.english} | {tier.label} | {count} |")
    return "\n".join(lines) + "\n"


def evidence_markdown(evidence: Iterable[pa.Evidence]) -> str:
    """The quotations that fix the year, with their place in the source and the reasoning."""
    lines = [
        "| Quotation | Source `[start, end)` | What it shows |",
        "|-----------|-----------------------|---------------|",
    ]
    for item in evidence:
        span = f"`[{item.span.start}, {item.span.end})`"
        lines.append(f"| {_prose(item.quote)} | {span} | {_prose(item.reasoning)} |")
    return "\n".join(lines) + "\n"


def registry_markdown(entries: Iterable[pa.RegistryEntry]) -> str:
    """The registry counted by kind and by provincial-level unit, with totals."""
    entries = tuple(entries)
    kinds = [kind for kind in pa.Kind if any(e.kind is kind for e in entries)]
    provinces: list[str | None] = [
        p.name for p in pa.provinces() if any(e.province == p.name for e in entries)
    ]
    # Military procuratorates belong to no province: one row of their own, last.
    if any(e.province is None for e in entries):
        provinces.append(None)
    header = "| Province | " + " | ".join(f"{k.english} ({k.label})" for k in kinds) + " | All |"
    lines = [header, "|" + "---|" * (len(kinds) + 2)]
    for province in provinces:
        row = [sum(e.province == province and e.kind is k for e in entries) for k in kinds]
        cells = " | ".join(str(n) if n else "" for n in row)
        lines.append(f"| {province or '(no province)'} | {cells} | {sum(row)} |")
    totals = [sum(e.kind is k for e in entries) for k in kinds]
    lines.append(f"| **All** | {' | '.join(map(str, totals))} | {len(entries)} |")
    levels = {
        label: sum((e.level.label if e.level else "none") == label for e in entries)
        for label in ("设区的市级", "基层", "none")
    }
    lines.append("")
    lines.append(
        f"Levels: {levels['设区的市级']} 设区的市级, {levels['基层']} 基层, "
        f"{levels['none']} without a level that a source fixes."
    )
    return "\n".join(lines) + "\n"
