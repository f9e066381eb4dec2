"""Recall, precision and resolution agreement of the text finder on real passages.

``python benchmarks/evaluate.py`` prints the figures for each part of
``benchmarks/evaluation/passages.jsonl`` (development, held out and fresh), and the placement
of the real names of special procuratorates in ``special_names.jsonl``. The passages are
from public pages, each with its address; the annotation conventions are in the README
beside them. The held-out and fresh parts are only ever measured, never read to change a
rule; the fresh part was collected after the rules it was first measured on were written.

A found mention counts when its span equals an annotated one. Resolution agreement is
over the annotated mentions that name a procuratorate and were found: the share whose
full name is the annotated one (as the package writes that name, where it places it).
It also counts the references left unresolved in passages that never write the place of
the procuratorate annotated (the annotators took it from the page around the passage),
and gives the agreement without them, and counts the mentions resolved to another
procuratorate than the annotated one.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import procuratorate_awards as pa

HERE = Path(__file__).resolve().parent / "evaluation"
SPLITS = ("dev", "heldout", "fresh")


def records(name: str) -> Iterator[dict[str, Any]]:
    with (HERE / name).open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


@dataclass(frozen=True)
class Figures:
    """What the finder got right on one part of the passages."""

    passages: int
    annotated: int
    found: int
    matched: int
    resolvable: int
    agreed: int
    # Left unresolved where the passage never writes the procuratorate's place: the
    # annotators took it from the page around the passage (its site, its newspaper).
    unwritten: int
    # Resolved to another procuratorate than the annotated one: the worst kind of miss.
    other: int

    @property
    def recall(self) -> float:
        return self.matched / self.annotated if self.annotated else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def agreement(self) -> float:
        return self.agreed / self.resolvable if self.resolvable else 1.0

    @property
    def agreement_written(self) -> float:
        """Agreement over the mentions whose place the passage writes."""
        written = self.resolvable - self.unwritten
        return self.agreed / written if written else 1.0


def _canonical(full_name: str) -> str:
    """The annotated full name as the package writes it, where the package places it.

    Annotators wrote a zone's name after its province (湖北省武汉东湖新技术开发区人民检察院)
    where the registry does not; both name one procuratorate.
    """
    try:
        return pa.resolve_procuratorate(full_name).full_name
    except pa.NameLookupError:
        return full_name


def _written(text: str, full_name: str) -> bool:
    """Whether ``text`` writes the place of the procuratorate ``full_name`` names: its own
    name, its county's or city's name with or without the type, or for a provincial one its
    province's name without the type, or the place its English name gives first (Panyu of
    People's Procuratorate of Panyu District, …). A name the package does not place counts
    as written.
    """
    try:
        unit = pa.resolve_procuratorate(full_name)
    except pa.NameLookupError:
        return True
    words = {unit.full_name}
    division = unit.county or unit.prefecture
    if division is not None:
        words |= {division.name, division.name[:-1]}
    elif unit.province is not None and unit.full_name == unit.province.name + "人民检察院":
        words.add(unit.province.bare_name)
    _, of, place = pa.english_name(unit).partition(" of ")
    if of:
        words.add(place.split()[0].rstrip(","))
    return any(word in text for word in words)


def measure(passages: Iterable[dict[str, Any]]) -> tuple[Figures, list[str]]:
    """The figures over ``passages``, and a line for each miss and each wrong find."""
    names = (
        "passages",
        "annotated",
        "found",
        "matched",
        "resolvable",
        "agreed",
        "unwritten",
        "other",
    )
    counts = dict.fromkeys(names, 0)
    misses: list[str] = []
    for passage in passages:
        counts["passages"] += 1
        gold = {(m["start"], m["end"]): m for m in passage["mentions"]}
        found = {(m.span.start, m.span.end): m for m in pa.find_procuratorates(passage["text"])}
        counts["annotated"] += len(gold)
        counts["found"] += len(found)
        for span, mention in gold.items():
            got = found.get(span)
            if got is None:
                misses.append(f"{passage['id']} missed {mention['surface']!r}")
                continue
            counts["matched"] += 1
            if mention["full_name"] is not None:
                counts["resolvable"] += 1
                name = None if got.procuratorate is None else got.procuratorate.full_name
                if name == _canonical(mention["full_name"]):
                    counts["agreed"] += 1
                else:
                    if name is not None:
                        counts["other"] += 1
                    elif not _written(passage["text"], mention["full_name"]):
                        counts["unwritten"] += 1
                    misses.append(
                        f"{passage['id']} resolved {mention['surface']!r} to {name}, "
                        f"not {mention['full_name']}"
                    )
        for span, got in found.items():
            if span not in gold:
                misses.append(f"{passage['id']} found {got.text!r}, not annotated")
    return Figures(**counts), misses


def placement(split: str) -> tuple[int, int, int, int]:
    """Special names of one part: (total, placed right, placed wrong, refused)."""
    total = right = wrong = refused = 0
    for row in records("special_names.jsonl"):
        if row["split"] != split:
            continue
        total += 1
        try:
            unit = pa.resolve_procuratorate(row["name"])
        except pa.NameLookupError:
            refused += 1
            continue
        province = None if unit.province is None else unit.province.name
        level = None if unit.level is None else unit.level.label
        if province == row["province"] and (row["level"] is None or level == row["level"]):
            right += 1
        else:
            wrong += 1
    return total, right, wrong, refused


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    for split in SPLITS:
        figures, misses = measure(p for p in records("passages.jsonl") if p["split"] == split)
        print(
            f"{split}: {figures.passages} passages, {figures.annotated} mentions; "
            f"recall {figures.recall:.1%}, precision {figures.precision:.1%}, "
            f"resolution agreement {figures.agreement:.1%} "
            f"({figures.matched}/{figures.annotated} found, {figures.matched}/{figures.found} "
            f"right, {figures.agreed}/{figures.resolvable} resolved alike; "
            f"{figures.unwritten} of the {figures.resolvable - figures.agreed} others are left "
            "unresolved where the passage never writes the place; without them, agreement "
            f"{figures.agreement_written:.1%}; {figures.other} resolved to another "
            "procuratorate)"
        )
        if verbose and split == "dev":
            print("\n".join(f"  {line}" for line in misses))
        total, right, wrong, refused = placement(split)
        if total:
            print(
                f"{split} special names: {right}/{total} placed right, {wrong} wrong, "
                f"{refused} refused"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
