"""Build the notice and award-list resources from the raw source text.

Run ``python tools/build_data.py`` after changing the curation below or the division
table; it rewrites ``notice.json``, ``awards.json`` and ``manifest.json`` in the
package's data folder. ``tests/test_build_data.py`` fails when the shipped files
and this script disagree.

The script reads the transcription exactly as received (``notice.txt``) and checks
every expectation it has of it, so an unexpected source fails loudly instead of
yielding wrong data. Every repair of the transcription is listed here as an
erratum, with the span of what the source says.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from attrs import evolve

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "procuratorate_awards" / "data"
sys.path.insert(0, str(ROOT / "src"))

from procuratorate_awards import (  # noqa: E402
    DATA_VERSION,
    DIVISIONS_VINTAGE,
    Award,
    Erratum,
    Evidence,
    Notice,
    Paragraph,
    Span,
    Tier,
    resolve_procuratorate,
)
from procuratorate_awards._convert import converter  # noqa: E402
from procuratorate_awards._resources import CHECKED_FILES, digest  # noqa: E402

# One list entry: an optional bullet, the number, an optional space, then the text.
ENTRY = re.compile(r"(- )?([0-9]{1,2})\.( ?)(\S.*)")
HEADING = re.compile(r"(一等奖|二等奖|三等奖|优秀奖)\s?[(（]([0-9]{1,2}) ?个[)）]")
CANONICAL_HEADING = "{label}（{count}个）"

PARAGRAPH_STARTS = {
    "p1": "为深入持续推动",
    "p2": "这次评出的",
    "p3": "一是",
    "p4": "二是",
    "p5": "三是",
    "p6": "四是",
    "p7": "希望获奖作品",
}
POINTS = {"p3": 1, "p4": 2, "p5": 3, "p6": 4}
# Paragraphs the transcription broke at a page break inside a word: (before, after).
PAGE_BREAKS = (("法律监督", "工作的体制机制"), ("提供成", "果借鉴"))
SLIP = (" and ", "和")


def _find_once(text: str, needle: str, start: int = 0) -> int:
    first = text.find(needle, start)
    if first < 0 or text.find(needle, first + 1) >= 0:
        raise ValueError(f"expected {needle!r} exactly once in the source")
    return first


def _lines(text: str) -> list[tuple[int, str]]:
    """The non-empty lines of ``text`` with their offsets."""
    found, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            found.append((offset, line))
        offset += len(line) + 1
    return found


def _spacing_erratum(source: str, line: str, offset: int, location: str) -> Erratum:
    gap = offset + line.index(" ")
    return Erratum(
        kind="spacing",
        location=location,
        span=Span(gap, gap + 1),
        source=" ",
        corrected="",
        reason="a space inside a Chinese heading is a transcription artefact, most likely a "
        "line break in the printed heading",
    )


def build_notice(source: str) -> Notice:
    lines = _lines(source)
    (_, issuer), (title_at, title), (_, addressees) = lines[:3]
    if issuer != "中华人民共和国最高人民检察院" or not addressees.endswith("："):
        raise ValueError("the header is not as expected")
    errata = [_spacing_erratum(source, title, title_at, "title")]
    list_title_at, list_title = next((o, t) for o, t in lines if t.endswith("获奖作品名单"))
    errata.append(_spacing_erratum(source, list_title, list_title_at, "award list title"))

    starts = {pid: _find_once(source, head) for pid, head in PARAGRAPH_STARTS.items()}
    distribution_at = _find_once(source, "(此件发至县级人民检察院)")
    ends = [*list(starts.values())[1:], distribution_at]
    paragraphs = []
    for (pid, start), next_start in zip(starts.items(), ends, strict=True):
        raw = source[start:next_start].rstrip("\n")
        text = raw
        for before, after in PAGE_BREAKS:
            joint = before + "\n\n" + after
            if joint in raw:
                at = start + raw.index(joint) + len(before)
                errata.append(
                    Erratum(
                        kind="page break",
                        location=f"paragraph {pid}",
                        span=Span(at, at + 2),
                        source="\n\n",
                        corrected="",
                        reason=f"a page break inside the word {before[-1]}{after[0]} split "
                        "one paragraph in two",
                    )
                )
                text = text.replace(joint, before + after)
        if SLIP[0] in raw:
            at = start + raw.index(SLIP[0])
            errata.append(
                Erratum(
                    kind="transcription slip",
                    location=f"paragraph {pid}",
                    span=Span(at, at + len(SLIP[0])),
                    source=SLIP[0],
                    corrected=SLIP[1],
                    reason="an English word in Chinese prose: the conjunction between 共性问题 "
                    "and 一般特征 was rendered as 'and'; 和 is the usual conjunction there, "
                    "though the original character cannot be confirmed from the transcription",
                )
            )
            text = text.replace(*SLIP)
        if "\n" in text:
            raise ValueError(f"paragraph {pid} still holds a line break")
        paragraphs.append(Paragraph(pid, text, Span(start, start + len(raw)), POINTS.get(pid)))

    evidence = (
        _quote(
            source,
            "今年上半年最高人民检察院组织开展了全国检察机关大数据法律监督模型竞赛",
            "the competition was held in the first half of the year in which the notice "
            "was issued (今年上半年, 'in the first half of this year')",
        ),
        _quote(
            source,
            "以实际行动迎接党的二十大胜利召开",
            "the notice looks forward to the 20th National Congress of the Communist Party "
            "of China, which opened on 16 October 2022; so it was issued in 2022, before "
            "that date",
        ),
    )
    total = re.search(r"共报送参赛作品 ?([0-9]+) ?个", source)
    if total is None:
        raise ValueError("the number of entries is not where it was expected")
    return Notice(
        title=title.replace(" ", ""),
        issuer=issuer,
        addressees=tuple(addressees.rstrip("：").split("，")),
        paragraphs=tuple(paragraphs),
        total_entries=int(total.group(1)),
        distribution=source[distribution_at + 1 : source.index(")", distribution_at)],
        award_list_title=list_title.replace(" ", ""),
        ranking_note=_between(source, "(各奖项内排名不分先后)"),
        year=2022,
        year_evidence=evidence,
        date=None,
        document_number=None,
        errata=tuple(sorted(errata, key=lambda e: e.span.start)),
        source_text=source,
    )


def _quote(source: str, quote: str, reasoning: str) -> Evidence:
    at = _find_once(source, quote)
    return Evidence(quote, Span(at, at + len(quote)), reasoning)


def _between(source: str, bracketed: str) -> str:
    _find_once(source, bracketed)
    return bracketed[1:-1]


def build_awards(source: str) -> tuple[tuple[Award, ...], tuple[Erratum, ...]]:
    lines = _lines(source)
    awards: list[Award] = []
    errata: list[Erratum] = []
    tier: Tier | None = None
    pending: tuple[int, str, int, str] | None = None  # an entry whose units are on the next line
    for offset, line in lines:
        heading = HEADING.fullmatch(line)
        if heading is not None:
            tier = Tier(heading.group(1))
            if int(heading.group(2)) != tier.count:
                raise ValueError(f"{line!r} does not announce {tier.count} awards")
            canonical = CANONICAL_HEADING.format(label=tier.label, count=tier.count)
            if line != canonical:
                errata.append(
                    Erratum(
                        "list marker",
                        f"{tier.label} heading",
                        Span(offset, offset + len(line)),
                        line,
                        canonical,
                        "the tier headings are printed in two styles; all are printed "
                        "with full-width brackets and no spaces",
                    )
                )
            continue
        if tier is None:
            continue
        entry = ENTRY.fullmatch(line)
        if pending is not None:
            start, marker, text_at, text = pending
            pending = None
            newline = offset - 1
            errata.append(
                Erratum(
                    "line break",
                    f"{tier.label} {len(awards) + 1 - _tier_start(awards, tier)}",
                    Span(newline, newline + 1),
                    "\n",
                    " ",
                    "the title and the winning procuratorate are separated by a line break "
                    "instead of a space",
                )
            )
            awards.append(_award(tier, awards, start, text_at, text, offset, line))
            continue
        if entry is None:
            raise ValueError(f"unexpected line in the award list: {line!r}")
        bullet, number, space, text = entry.groups()
        marker = line[: len(line) - len(text)]
        expected_number = len(awards) + 1 - _tier_start(awards, tier)
        if int(number) != expected_number:
            raise ValueError(f"{line!r} is not entry {expected_number} of {tier.label}")
        if bullet or space:
            errata.append(
                Erratum(
                    "list marker",
                    f"{tier.label} {number}",
                    Span(offset, offset + len(marker)),
                    marker,
                    f"{number}.",
                    "list markers are printed in three styles (1. 1.  - 1.); all are "
                    "printed as the number and a full stop",
                )
            )
        text_at = offset + len(marker)
        if " " not in text:
            pending = (offset, marker, text_at, text)
            continue
        cut = text.index(" ")
        awards.append(
            _award(tier, awards, offset, text_at, text[:cut], text_at + cut + 1, text[cut + 1 :])
        )
    return tuple(awards), tuple(errata)


def _tier_start(awards: list[Award], tier: Tier) -> int:
    return sum(award.tier is not tier for award in awards)


def _award(
    tier: Tier,
    awards: list[Award],
    start: int,
    title_at: int,
    title: str,
    units_at: int,
    units_text: str,
) -> Award:
    units, spans, at = [], [], units_at
    for name in units_text.split("、"):
        units.append(resolve_procuratorate(name))
        spans.append(Span(at, at + len(name)))
        at += len(name) + 1
    alternative = re.fullmatch(r".+（(.+)）", title)
    return Award(
        tier=tier,
        number=len(awards) + 1 - _tier_start(awards, tier),
        title=title,
        units=tuple(units),
        span=Span(start, spans[-1].end),
        title_span=Span(title_at, title_at + len(title)),
        unit_spans=tuple(spans),
        alternative_title=None if alternative is None else alternative.group(1),
    )


def _dump(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def build() -> dict[str, str]:
    """Every generated resource, by file name, as the exact text to ship."""
    source = (DATA / "notice.txt").read_bytes().decode("utf-8")
    the_notice = build_notice(source)
    all_awards, list_errata = build_awards(source)
    errata = sorted((*the_notice.errata, *list_errata), key=lambda e: e.span.start)
    notice_document = converter().unstructure(evolve(the_notice, errata=tuple(errata)))
    del notice_document["source_text"]  # shipped once, as notice.txt
    files = {
        "notice.json": _dump(notice_document),
        "awards.json": _dump(converter().unstructure(all_awards)),
    }
    digests = {}
    for name in CHECKED_FILES:
        data = files[name].encode("utf-8") if name in files else (DATA / name).read_bytes()
        digests[name] = digest(data)
    files["manifest.json"] = _dump(
        {
            "data_version": DATA_VERSION,
            "divisions_vintage": DIVISIONS_VINTAGE,
            "files": digests,
        }
    )
    return files


def _record_inputs() -> None:
    """Record the digests of the resources this tool reads but does not write.

    The winners are resolved through the package, which checks every resource against
    the manifest; a resource edited by hand or rebuilt by another tool (provinces.json,
    registry.json) must be recorded before the package may read it.
    """
    path = DATA / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    for name in CHECKED_FILES:
        if name not in ("notice.json", "awards.json"):
            manifest["files"][name] = digest((DATA / name).read_bytes())
    path.write_text(_dump(manifest), encoding="utf-8", newline="\n")


def main() -> None:
    _record_inputs()
    for name, text in build().items():
        (DATA / name).write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {name}")


if __name__ == "__main__":
    main()
