"""The award list: counts, numbering, spans, and equality with the raw source text."""

from __future__ import annotations

import re

import attrs
import pytest

import procuratorate_awards as pa

SOURCE = pa.notice().source_text

# An independent reading of the printed list, sharing no code with the generator:
# a tier heading, then lines "[- ]N.[ ]title unit、unit", one entry (优秀奖 20) wrapped
# before its unit.
HEADING = re.compile(r"^(一等奖|二等奖|三等奖|优秀奖)")
ENTRY = re.compile(r"^(?:- )?(\d+)\. ?(\S+?)(?: |\n)([^ \n]+)$", re.MULTILINE)


def printed_entries() -> list[tuple[str, int, str, list[str]]]:
    listing = SOURCE[SOURCE.index("一等奖 (5 个)") :]
    entries = []
    tier = ""
    for block in re.split(r"\n(?=(?:一等奖|二等奖|三等奖|优秀奖))", listing):
        heading = HEADING.match(block)
        assert heading is not None
        tier = heading.group(1)
        body = block.split("\n", 1)[1]
        for match in ENTRY.finditer(body.replace("模型）\n海南", "模型） 海南")):
            number, title, units = match.groups()
            entries.append((tier, int(number), title, units.split("、")))
    return entries


def test_the_list_has_55_awards_in_four_tiers() -> None:
    counts = {tier: sum(a.tier is tier for a in pa.awards()) for tier in pa.Tier}
    assert counts == {
        pa.Tier.FIRST: 5,
        pa.Tier.SECOND: 10,
        pa.Tier.THIRD: 15,
        pa.Tier.EXCELLENCE: 25,
    }
    assert [tier.count for tier in pa.Tier] == [5, 10, 15, 25]


def test_every_award_equals_the_printed_entry() -> None:
    printed = printed_entries()
    assert len(printed) == 55
    shipped = [(a.tier.label, a.number, a.title, [u.name for u in a.units]) for a in pa.awards()]
    assert shipped == printed


def test_numbers_run_from_one_within_each_tier() -> None:
    for tier in pa.Tier:
        numbers = [a.number for a in pa.awards() if a.tier is tier]
        assert numbers == list(range(1, tier.count + 1))


@pytest.mark.parametrize("award", pa.awards(), ids=lambda a: a.label)
def test_spans_slice_back_to_title_and_units(award: pa.Award) -> None:
    assert award.title_span.slice(SOURCE) == award.title
    assert [span.slice(SOURCE) for span in award.unit_spans] == [u.name for u in award.units]
    entry = award.span.slice(SOURCE)
    assert entry.startswith(("- ", str(award.number)))
    assert entry.endswith(award.units[-1].name)


def test_the_parenthetical_of_excellence_20_is_an_alternative_title() -> None:
    award = pa.awards()[-6]
    assert award.label == "优秀奖 20"
    assert award.title.endswith("（琼粤桂地区海上反走私协作法律监督模型）")
    assert award.alternative_title == "琼粤桂地区海上反走私协作法律监督模型"
    assert [a.label for a in pa.awards() if a.alternative_title] == ["优秀奖 20"]


def test_joint_awards_are_those_with_several_units() -> None:
    joint = [a.label for a in pa.awards() if a.joint]
    assert joint == [
        "一等奖 4",
        "二等奖 2",
        "二等奖 4",
        "二等奖 9",
        "三等奖 1",
        "三等奖 3",
        "三等奖 6",
        "三等奖 14",
        "优秀奖 4",
        "优秀奖 5",
        "优秀奖 14",
    ]


def test_units_are_unique_in_order_of_first_appearance() -> None:
    names = [u.name for u in pa.units()]
    assert len(names) == len(set(names)) == 59
    first_seen = list(dict.fromkeys(u.name for a in pa.awards() for u in a.units))
    assert names == first_seen


def test_tier_labels() -> None:
    assert [(t.label, t.english, t.rank) for t in pa.Tier] == [
        ("一等奖", "First prize", 1),
        ("二等奖", "Second prize", 2),
        ("三等奖", "Third prize", 3),
        ("优秀奖", "Excellence award", 4),
    ]
    assert pa.awards()[0].label == "一等奖 1"


def test_models_cannot_be_mutated() -> None:
    award = pa.awards()[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        award.title = "x"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        award.units[0].level = pa.Level.BASIC  # type: ignore[misc]
    with pytest.raises(AttributeError):
        award.extra = 1  # type: ignore[attr-defined]


def test_collections_are_tuples() -> None:
    assert isinstance(pa.awards(), tuple)
    assert isinstance(pa.units(), tuple)
    for award in pa.awards():
        assert isinstance(award.units, tuple)
        assert isinstance(award.unit_spans, tuple)
    for province in pa.provinces():
        assert isinstance(province.abbreviations, tuple)
    notice = pa.notice()
    assert isinstance(notice.paragraphs, tuple)
    assert isinstance(notice.errata, tuple)
    assert isinstance(notice.addressees, tuple)


def test_models_are_slotted_and_hashable() -> None:
    for model in (pa.Award, pa.Procuratorate, pa.Province, pa.Division, pa.Span, pa.Notice):
        assert "__slots__" in vars(model)
    assert len({*pa.units(), *pa.units()}) == 59


def test_awards_are_loaded_once() -> None:
    assert pa.awards() is pa.awards()
    assert pa.units() is pa.units()


def test_validate_passes_on_the_shipped_data() -> None:
    pa.validate()  # raises DataError on any fault


def test_span_refuses_reversed_offsets() -> None:
    with pytest.raises(ValueError, match="start <= end"):
        pa.Span(5, 3)
    with pytest.raises(ValueError, match="start <= end"):
        pa.Span(-1, 3)


def test_the_units_of_one_province_share_its_record() -> None:
    # The award list writes each unit's province and divisions out in full; they are built
    # once each, so the records a session holds are as few as the provinces they name.
    units = [unit for award in pa.awards() for unit in award.units]
    zhejiang = [unit.province for unit in units if unit.full_name.startswith("浙江省")]
    assert len(zhejiang) > 1
    assert all(province is zhejiang[0] for province in zhejiang)
    shaoxing = [unit.prefecture for unit in units if unit.full_name.startswith("浙江省绍兴市")]
    assert len(shaoxing) > 1
    assert all(prefecture is shaoxing[0] for prefecture in shaoxing)
