"""The reader's figures on real passages are what the documentation says they are.

The figures come from ``benchmarks/evaluate.py`` over ``benchmarks/evaluation``; a change
to the reader that moves them must move the documentation with them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.scripts import load_script

ROOT = Path(__file__).resolve().parent.parent


EVALUATE = load_script("benchmarks/evaluate.py")


def _documented_row(part: str) -> tuple[int, int, str, str, str]:
    page = (ROOT / "docs" / "reading.md").read_text(encoding="utf-8")
    row = re.search(
        rf"^\| {part} \| (\d+) \| (\d+) \| ([\d.]+%) \| ([\d.]+%) \| ([\d.]+%) \|$", page, re.M
    )
    assert row is not None, part
    return int(row[1]), int(row[2]), row[3], row[4], row[5]


@pytest.mark.parametrize(
    ("split", "part"), [("dev", "development"), ("heldout", "held out"), ("fresh", "fresh")]
)
def test_the_documented_figures_are_measured(split: str, part: str) -> None:
    figures, _ = EVALUATE.measure(
        p for p in EVALUATE.records("passages.jsonl") if p["split"] == split
    )
    measured = (
        figures.passages,
        figures.annotated,
        f"{figures.recall:.1%}",
        f"{figures.precision:.1%}",
        f"{figures.agreement:.1%}",
    )
    assert measured == _documented_row(part)


def test_the_documented_references_only_the_page_settles_are_measured() -> None:
    page = " ".join((ROOT / "docs" / "reading.md").read_text(encoding="utf-8").split())
    dev, heldout, fresh = (
        EVALUATE.measure(p for p in EVALUATE.records("passages.jsonl") if p["split"] == split)[0]
        for split in ("dev", "heldout", "fresh")
    )
    assert (
        f"{dev.unwritten} in development, {heldout.unwritten} held out and {fresh.unwritten} fresh"
    ) in page
    assert (
        f"agreement is {dev.agreement_written:.1%} in development, "
        f"{heldout.agreement_written:.1%} held out and {fresh.agreement_written:.1%} fresh"
    ) in page
    assert (
        f"but for {dev.other} in development, {heldout.other} held out and {fresh.other} fresh"
    ) in page


def test_precision_stays_first() -> None:
    for split in ("dev", "heldout"):
        figures, _ = EVALUATE.measure(
            p for p in EVALUATE.records("passages.jsonl") if p["split"] == split
        )
        assert figures.precision >= 0.98, split


def test_special_names_are_placed_right_or_refused_never_wrong() -> None:
    total, right, wrong, refused = EVALUATE.placement("heldout")
    assert wrong == 0
    page = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")
    assert f"places {right} ({right / total:.1%}) in the right" in page
    assert f"refuses {refused}" in page


def test_every_annotation_covers_its_words() -> None:
    sites = set()
    for passage in EVALUATE.records("passages.jsonl"):
        sites.add(passage["site"])
        assert passage["url"].startswith("http")
        for mention in passage["mentions"]:
            assert passage["text"][mention["start"] : mention["end"]] == mention["surface"]
    names = [json.dumps(row) for row in EVALUATE.records("special_names.jsonl")]
    assert len(sites) >= 20
    assert len(names) >= 50
