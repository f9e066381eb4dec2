"""The notice: header, body, errata and the raw source text."""

from __future__ import annotations

import hashlib
from importlib import resources

import pytest

import procuratorate_awards as pa

NOTICE = pa.notice()
SOURCE = NOTICE.source_text
# The SHA-256 of the transcription as received; the shipped copy must be byte-identical.
SOURCE_SHA256 = "483ff23ca784a521ba27860fdbe654607d5b842ee9ef38c3dfa83c027fcc79e7"


def apply_errata(text: str, errata: tuple[pa.Erratum, ...]) -> str:
    for erratum in sorted(errata, key=lambda e: e.span.start, reverse=True):
        text = text[: erratum.span.start] + erratum.corrected + text[erratum.span.end :]
    return text


def test_source_text_is_the_transcription_byte_for_byte() -> None:
    data = (
        resources.files("procuratorate_awards").joinpath("data").joinpath("notice.txt").read_bytes()
    )
    assert data.decode("utf-8") == SOURCE
    assert hashlib.sha256(data).hexdigest() == SOURCE_SHA256


def test_header() -> None:
    assert NOTICE.title == "关于全国检察机关大数据法律监督模型竞赛结果的通报"
    assert NOTICE.issuer == "中华人民共和国最高人民检察院"
    assert NOTICE.addressees == ("各省、自治区、直辖市人民检察院", "新疆生产建设兵团人民检察院")
    assert NOTICE.distribution == "此件发至县级人民检察院"
    assert NOTICE.award_list_title == "全国检察机关大数据法律监督模型竞赛获奖作品名单"
    assert NOTICE.ranking_note == "各奖项内排名不分先后"
    assert NOTICE.total_entries == 574


def test_year_and_its_evidence() -> None:
    assert NOTICE.year == 2022
    assert NOTICE.date is None
    assert NOTICE.document_number is None
    quotes = [e.quote for e in NOTICE.year_evidence]
    assert any("二十大" in quote for quote in quotes)
    for evidence in NOTICE.year_evidence:
        assert evidence.span.slice(SOURCE) == evidence.quote
        assert evidence.reasoning


def test_four_points_are_addressable_in_order() -> None:
    points = NOTICE.points
    assert [p.point for p in points] == [1, 2, 3, 4]
    assert [p.text[:2] for p in points] == ["一是", "二是", "三是", "四是"]
    assert NOTICE.paragraph("p3") is points[0]


def test_unknown_paragraph_id_says_which_exist() -> None:
    with pytest.raises(KeyError, match="p1, p2"):
        NOTICE.paragraph("p99")


def test_paragraphs_are_the_source_with_the_errata_applied() -> None:
    for paragraph in NOTICE.paragraphs:
        raw = paragraph.span.slice(SOURCE)
        inside = tuple(
            e
            for e in NOTICE.errata
            if paragraph.span.start <= e.span.start and e.span.end <= paragraph.span.end
        )
        shifted = tuple(
            pa.Erratum(
                e.kind,
                e.location,
                pa.Span(e.span.start - paragraph.span.start, e.span.end - paragraph.span.start),
                e.source,
                e.corrected,
                e.reason,
            )
            for e in inside
        )
        assert apply_errata(raw, shifted) == paragraph.text


@pytest.mark.parametrize(
    ("paragraph_id", "repaired"),
    [
        ("p4", "检察机关法律监督工作的体制机制"),
        ("p5", "共性问题和一般特征"),
        ("p7", "提供成果借鉴"),
    ],
)
def test_named_repairs(paragraph_id: str, repaired: str) -> None:
    assert repaired in NOTICE.paragraph(paragraph_id).text
    assert repaired not in NOTICE.paragraph(paragraph_id).span.slice(SOURCE)


def test_paragraph_text_is_otherwise_verbatim() -> None:
    for paragraph in NOTICE.paragraphs:
        assert "\n" not in paragraph.text
        assert " and " not in paragraph.text
    assert NOTICE.paragraphs[0].text == NOTICE.paragraphs[0].span.slice(SOURCE)
    assert "共报送参赛作品 574 个" in NOTICE.paragraphs[0].text


def test_every_erratum_points_at_what_the_source_says() -> None:
    kinds = {e.kind for e in NOTICE.errata}
    assert kinds == {"spacing", "page break", "transcription slip", "list marker", "line break"}
    for erratum in NOTICE.errata:
        assert erratum.span.slice(SOURCE) == erratum.source
        assert erratum.source != erratum.corrected
        assert erratum.reason
    starts = [e.span.start for e in NOTICE.errata]
    assert starts == sorted(starts)


def test_list_markers_are_all_recorded() -> None:
    markers = [e for e in NOTICE.errata if e.kind == "list marker"]
    # 24 entries print "N. " and 13 print "- N."; two tier headings use half-width brackets.
    assert len(markers) == 24 + 13 + 2
    assert {e.corrected for e in markers if "heading" in e.location} == {
        "一等奖（5个）",
        "二等奖（10个）",
    }


def test_notice_is_loaded_once() -> None:
    assert pa.notice() is pa.notice()
