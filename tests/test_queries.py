"""Filters, groups, counts, search, English names and subject tags, through the public API."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from attrs import evolve
from hypothesis import given, settings
from hypothesis import strategies as st

import procuratorate_awards as pa
from procuratorate_awards import Kind, Level, Subject, Tier, _resources
from procuratorate_awards._vocabulary import fold_text

ALL = pa.awards()


def labels(found: pa.AwardList) -> list[str]:
    return [award.label for award in found]


def expected(test: Any) -> list[str]:
    """The labels of the awards ``test`` accepts, computed by walking the list directly."""
    return [award.label for award in ALL if test(award)]


# --- each filter, each accepted form ------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [Tier.FIRST, "一等奖", "一等", "first", "First prize", "FIRST", "first_prize", 1, "1", "１"],
)
def test_tier_forms(value: object) -> None:
    assert labels(pa.awards(tier=value)) == expected(lambda a: a.tier is Tier.FIRST)


@pytest.mark.parametrize(
    ("value", "tier"),
    [
        ("二等奖", Tier.SECOND),
        ("second", Tier.SECOND),
        (3, Tier.THIRD),
        ("Third prize", Tier.THIRD),
        ("优秀奖", Tier.EXCELLENCE),
        ("excellence", Tier.EXCELLENCE),
        (4, Tier.EXCELLENCE),
    ],
)
def test_every_tier_is_reachable(value: object, tier: Tier) -> None:
    found = pa.awards(tier=value)
    assert len(found) == tier.count
    assert {award.tier for award in found} == {tier}


@pytest.mark.parametrize(
    "value", ["浙江", "浙江省", "浙", "Zhejiang", "zhejiang", "CN-ZJ", 33, "330000", "330683"]
)
def test_province_forms(value: object) -> None:
    zhejiang = expected(lambda a: any(u.province.name == "浙江省" for u in a.units))
    assert labels(pa.awards(province=value)) == zhejiang
    assert len(zhejiang) == 14


def test_province_object_and_province_without_awards() -> None:
    beijing = pa.resolve_province("北京")
    assert labels(pa.awards(province=beijing)) == labels(pa.awards(province="Beijing"))
    # Understood but without awards: an honest empty answer, not an error.
    assert pa.awards(province="西藏") == ()


@pytest.mark.parametrize(
    ("value", "level"),
    [
        (Level.BASIC, Level.BASIC),
        ("基层", Level.BASIC),
        ("basic", Level.BASIC),
        ("BASIC", Level.BASIC),
        ("县级", Level.BASIC),
        ("设区的市级", Level.PREFECTURAL),
        ("prefectural", Level.PREFECTURAL),
        ("市级", Level.PREFECTURAL),
        ("省级", Level.PROVINCIAL),
        ("Provincial", Level.PROVINCIAL),
    ],
)
def test_level_forms(value: object, level: Level) -> None:
    assert labels(pa.awards(level=value)) == expected(
        lambda a: any(u.level is level for u in a.units)
    )


@pytest.mark.parametrize(
    "value",
    ["浙江省绍兴市人民检察院", "绍兴市人民检察院", "绍兴市检察院", "浙江省绍兴市", "绍兴市"],
)
def test_unit_forms(value: str) -> None:
    # The city's procuratorate only, not those of its districts (越城区, 上虞区) or cities.
    assert labels(pa.awards(unit=value)) == ["一等奖 1", "三等奖 9"]


def test_unit_object_and_joint_unit() -> None:
    songyang = next(u for u in pa.units() if u.name == "浙江省松阳县人民检察院")
    assert labels(pa.awards(unit=songyang)) == ["一等奖 4"]
    assert labels(pa.awards(unit="上海市人民检察院")) == ["二等奖 4", "三等奖 6", "优秀奖 4"]
    assert labels(pa.awards(unit="北京市人民检察院第四分院")) == ["优秀奖 2"]


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("沪渔一网通", ["二等奖 4"]),
        ("“沪渔一网通”", ["二等奖 4"]),
        ('"沪渔一网通"', ["二等奖 4"]),
        ("「沪渔一网通」", ["二等奖 4"]),
        ("＂沪渔一网通＂", ["二等奖 4"]),
        ("补(救)助", ["二等奖 6"]),
        ("补（救）助", ["二等奖 6"]),
        ("嵊州", ["一等奖 5"]),
        ("Shengzhou", ["一等奖 5"]),
        ("VEHICLE insurance", ["一等奖 1"]),
        ("琼粤桂", ["优秀奖 20"]),
    ],
)
def test_text_forms(value: str, found: list[str]) -> None:
    assert labels(pa.awards(text=value)) == found


def test_text_matches_titles_and_unit_names() -> None:
    assert labels(pa.awards(text="公益诉讼")) == expected(lambda a: "公益诉讼" in a.title)
    assert labels(pa.awards(text="泰州市")) == expected(
        lambda a: any("泰州市" in u.name for u in a.units)
    )


@pytest.mark.parametrize("joint", [True, False])
def test_joint(joint: bool) -> None:
    assert labels(pa.awards(joint=joint)) == expected(lambda a: (len(a.units) > 1) is joint)


@pytest.mark.parametrize(
    ("value", "found"),
    [
        (Kind.BRANCH, ["三等奖 1", "优秀奖 2"]),
        ("分院", ["三等奖 1", "优秀奖 2"]),
        ("railway transport", ["二等奖 4"]),
        ("RAILWAY_TRANSPORT", ["二等奖 4"]),
    ],
)
def test_kind_forms(value: object, found: list[str]) -> None:
    assert labels(pa.awards(kind=value)) == found


@pytest.mark.parametrize(
    "value", [Subject.JUVENILE, "未成年人检察", "未成年人", "juvenile", "Juvenile prosecution"]
)
def test_subject_forms(value: object) -> None:
    found = pa.awards(subject=value)
    assert labels(found) == expected(lambda a: Subject.JUVENILE in pa.subjects(a))
    assert "三等奖 6" in labels(found)


def test_filters_combine_with_and() -> None:
    found = pa.awards(tier="first", province="浙江", level="基层")
    assert labels(found) == expected(
        lambda a: (
            a.tier is Tier.FIRST
            and any(u.province.name == "浙江省" for u in a.units)
            and any(u.level is Level.BASIC for u in a.units)
        )
    )
    assert labels(found) == ["一等奖 4", "一等奖 5"]


def test_a_collection_of_values_matches_any() -> None:
    found = pa.awards(tier=["first", 2], province=("江苏", "湖北"))
    assert labels(found) == ["一等奖 2", "一等奖 3", "二等奖 5"]
    # A string is one value, never a sequence of characters.
    assert pa.awards(tier="一等奖") == pa.awards(tier=["一等奖"])
    assert pa.awards(province="浙江") == pa.awards(province={"浙江"})


def test_filter_on_a_list_narrows_it() -> None:
    zhejiang = pa.awards(province="浙江")
    assert zhejiang.filter(tier=1) == pa.awards(province="浙江", tier=1)
    assert isinstance(zhejiang.filter(joint=True), pa.AwardList)
    assert pa.awards() is ALL


# --- refusals -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filters", "error"),
    [
        ({"tier": "fifth"}, pa.UnknownNameError),
        ({"tier": 0}, pa.UnknownNameError),
        ({"tier": 5}, pa.UnknownNameError),
        ({"tier": "一"}, pa.UnknownNameError),
        ({"level": "national"}, pa.UnknownNameError),
        ({"province": "Atlantis"}, pa.UnknownNameError),
        ({"province": 99}, pa.UnknownNameError),
        ({"unit": "朝阳区人民检察院"}, pa.AmbiguousNameError),
        ({"unit": "浙江省嵊洲市人民检察院"}, pa.UnknownNameError),
        ({"text": ""}, pa.UnknownNameError),
        ({"text": " \u3000\n"}, pa.UnknownNameError),
        ({"kind": "naval"}, pa.UnknownNameError),
        ({"subject": "tax"}, pa.UnknownNameError),
        ({"tier": []}, pa.UnknownNameError),
        ({"tier": ["first", "fifth"]}, pa.UnknownNameError),
        ({"tier": True}, TypeError),
        ({"tier": 1.0}, TypeError),
        ({"province": None, "level": 9}, pa.UnknownNameError),
        ({"level": 3.0}, TypeError),
        ({"unit": 330683}, TypeError),
        ({"text": 5}, TypeError),
        ({"joint": "yes"}, TypeError),
        ({"joint": 1}, TypeError),
    ],
)
def test_values_that_cannot_be_understood_raise(
    filters: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        pa.awards(**filters)


def test_lookup_errors_are_documented_kinds() -> None:
    with pytest.raises(pa.NameLookupError) as caught:
        pa.awards(tier="gold")
    assert isinstance(caught.value, LookupError)
    assert caught.value.query == "gold"
    assert "一等奖 (First prize)" in caught.value.candidates


# --- the list type, groups and counts -----------------------------------------------------


def test_award_list_is_an_immutable_sequence() -> None:
    found = pa.awards(tier="second")
    assert len(found) == 10
    assert found[0].label == "二等奖 1"
    assert found[-1].label == "二等奖 10"
    assert isinstance(found[2:4], pa.AwardList)
    assert labels(found[2:4]) == ["二等奖 3", "二等奖 4"]
    assert [a.number for a in found] == list(range(1, 11))
    with pytest.raises(TypeError):
        found[0] = found[1]  # type: ignore[index]
    assert repr(found) == "AwardList(10 awards)"


def values_of(award: pa.Award, key: str) -> set[object]:
    """An independent reading of the values an award has for ``key``."""
    if key == "tier":
        return {award.tier}
    if key == "subject":
        return set(pa.subjects(award))
    return {getattr(unit, key) if key != "unit" else unit for unit in award.units}


@pytest.mark.parametrize("key", ["tier", "province", "level", "unit", "kind", "subject"])
def test_group_by_and_count_by(key: str) -> None:
    groups = ALL.group_by(key)
    counts = ALL.count_by(key)
    assert list(counts) == list(groups)
    for value, group in groups.items():
        assert isinstance(group, pa.AwardList)
        assert counts[value] == len(group) > 0
        assert labels(group) == expected(lambda a, v=value: v in values_of(a, key))
    every_value = set().union(*(values_of(a, key) for a in ALL))
    assert set(groups) == every_value


def test_group_order_and_counts() -> None:
    assert list(ALL.count_by("tier").values()) == [5, 10, 15, 25]
    assert list(ALL.count_by("level")) == [Level.PROVINCIAL, Level.PREFECTURAL, Level.BASIC]
    provinces = list(ALL.count_by("province"))
    codes = [p.code or "" for p in provinces]
    assert codes == sorted(codes)
    assert ALL.count_by("kind") == {Kind.ORDINARY: 54, Kind.BRANCH: 2, Kind.RAILWAY_TRANSPORT: 1}
    assert sum(ALL.count_by("unit").values()) == sum(len(a.units) for a in ALL)


def test_unknown_group_key() -> None:
    with pytest.raises(pa.UnknownNameError) as caught:
        ALL.group_by("colour")
    assert "tier" in caught.value.candidates
    with pytest.raises(pa.UnknownNameError):
        ALL.count_by("title")


# --- search -------------------------------------------------------------------------------


def test_search_reports_what_and_where() -> None:
    hits = pa.search("公益诉讼")
    assert {hit.where for hit in hits} == {"award", "paragraph"}
    for hit in hits:
        assert hit.match == "公益诉讼"
        assert hit.text[hit.start : hit.end] == hit.match
        assert f"【{hit.match}】" in hit.context
    assert labels(hits.awards) == expected(lambda a: "公益诉讼" in a.title)
    paragraph_ids = {hit.field for hit in hits if hit.where == "paragraph"}
    assert paragraph_ids == {
        p.id for p in pa.notice().paragraphs if "公益诉讼" in p.text.replace("\n", "")
    }


def test_search_finds_units_and_the_notice_title() -> None:
    hits = pa.search("嵊州市")
    assert [(h.where, h.field) for h in hits] == [("award", "unit"), ("unit", "name")]
    assert hits[1].record == pa.resolve_procuratorate("浙江省嵊州市人民检察院")
    title_hits = pa.search("竞赛结果")
    assert [h.where for h in title_hits] == ["notice"]


def test_search_folds_forms_but_reports_the_text_as_written() -> None:
    hits = pa.search('"沪渔一网通"')
    assert len(hits) == 1
    assert hits[0].match == "“沪渔一网通”"


def test_search_refuses_empty_text_and_finds_nothing_honestly() -> None:
    with pytest.raises(pa.UnknownNameError):
        pa.search("")
    assert pa.search("火星") == ()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_text_filter_on_any_input(text: str) -> None:
    try:
        found = pa.awards(text=text)
    except pa.UnknownNameError:
        # Only text that folds to nothing (empty, white space) is refused.
        assert fold_text(text)[0] == ""
        return
    assert set(found) <= set(ALL)
    hits = pa.search(text)
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(hit.text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([a.title for a in ALL]), st.integers(0, 20), st.integers(1, 8))
def test_any_piece_of_a_title_finds_its_award(title: str, start: int, length: int) -> None:
    piece = title[start : start + length]
    if not piece.strip():
        return
    assert title in [a.title for a in pa.awards(text=piece)]


# --- English and subjects -----------------------------------------------------------------

NAME = re.compile(
    r"((First|Fourth) Branch of the People's Procuratorate|People's Procuratorate"
    r"|Railway Transport Procuratorate) of "
    r"([A-Z][A-Za-z']+ (City|County|District), )*"
    r"[A-Z][a-z]+ (Province|Municipality)"
)


def test_every_award_has_an_english_title_and_subjects() -> None:
    titles = [pa.english_title(a) for a in ALL]
    assert len(set(titles)) == 55
    for award, title in zip(ALL, titles, strict=True):
        assert title.isascii(), award.label
        assert title.lstrip("'")[0].isupper(), award.label
        assert pa.subjects(award), award.label
        assert pa.subject_rationale(award).endswith("."), award.label


@pytest.mark.parametrize("unit", pa.units(), ids=lambda u: u.name)
def test_every_winner_has_an_english_name_by_the_pattern(unit: pa.Procuratorate) -> None:
    name = pa.english_name(unit)
    assert NAME.fullmatch(name), name
    assert pa.english_name(unit.name) == name
    assert unit.province is not None
    assert unit.province.english_name in name


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("浙江省嵊州市人民检察院", "People's Procuratorate of Shengzhou City, Zhejiang Province"),
        ("河北省沧县人民检察院", "People's Procuratorate of Cang County, Hebei Province"),
        (
            "浙江省绍兴市上虞区人民检察院",
            "People's Procuratorate of Shangyu District, Shaoxing City, Zhejiang Province",
        ),
        (
            "重庆市南岸区人民检察院",
            "People's Procuratorate of Nan'an District, Chongqing Municipality",
        ),
        ("湖北省人民检察院", "People's Procuratorate of Hubei Province"),
        ("上海铁路运输检察院", "Railway Transport Procuratorate of Shanghai Municipality"),
        (
            "北京市人民检察院第一分院",
            "First Branch of the People's Procuratorate of Beijing Municipality",
        ),
        ("最高人民检察院", "Supreme People's Procuratorate"),
        ("内蒙古自治区人民检察院", "People's Procuratorate of Inner Mongolia Autonomous Region"),
    ],
)
def test_english_names(name: str, english: str) -> None:
    assert pa.english_name(name) == english


def test_english_name_holds_every_division_and_refuses_what_is_no_unit() -> None:
    assert pa.english_name("浙江省杭州市西湖区人民检察院") == (
        "People's Procuratorate of Xihu District, Hangzhou City, Zhejiang Province"
    )
    with pytest.raises(TypeError):
        pa.english_name(330683)  # type: ignore[arg-type]


def test_subject_labels() -> None:
    assert [s.label for s in Subject] == [
        "刑事检察",
        "刑事执行检察",
        "民事检察",
        "行政检察",
        "公益诉讼检察",
        "未成年人检察",
        "综合",
    ]
    assert all(s.english.isascii() for s in Subject)
    used = set().union(*(pa.subjects(a) for a in ALL))
    assert used == set(Subject)


@pytest.mark.parametrize(
    ("name", "english"),
    [
        (
            "新疆生产建设兵团人民检察院",
            "People's Procuratorate of Xinjiang Production and Construction Corps",
        ),
        (
            "北京市人民检察院第二分院",
            "Second Branch of the People's Procuratorate of Beijing Municipality",
        ),
    ],
)
def test_english_names_beyond_the_winners(name: str, english: str) -> None:
    assert pa.english_name(name) == english


@pytest.mark.parametrize(
    "name",
    ["中国人民解放军军事检察院", "苏州工业园区人民检察院"],
)
def test_english_name_covers_military_and_registry_procuratorates(name: str) -> None:
    assert pa.english_name(name).endswith(("Army", "Jiangsu Province"))


@pytest.fixture
def damage_translations(tmp_path: Path) -> Iterator[Callable[[Callable[[Any], object]], None]]:
    """Damage a copy of the translations, record its digest, and read the copy instead."""
    folder = tmp_path / "data"
    shutil.copytree(Path(pa.__file__).parent / "data", folder)

    def damage(edit: Callable[[Any], object]) -> None:
        document = json.loads((folder / "translations.json").read_text(encoding="utf-8"))
        edit(document)
        data = json.dumps(document, ensure_ascii=False).encode("utf-8")
        (folder / "translations.json").write_bytes(data)
        # The digest matches, so the damage is found by what the package checks after it.
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        manifest["files"]["translations.json"] = _resources.digest(data)
        (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")

    previous = _resources.use(_resources.Resources(folder))
    try:
        yield damage
    finally:
        _resources.use(previous)


@pytest.mark.parametrize(
    ("damage", "record"),
    [
        (lambda d: d["awards"][3].update(title="别的模型"), "$.awards[3]"),
        (lambda d: d["awards"][7].update(subjects=["税务检察"]), "$.awards[7].subjects"),
        (lambda d: d["awards"].pop(), "$.awards"),
    ],
)
def test_damaged_translations_are_reported(
    damage_translations: Callable[[Callable[[Any], object]], None],
    damage: Callable[[dict[str, Any]], object],
    record: str,
) -> None:
    damage_translations(damage)
    with pytest.raises(pa.DataError) as caught:
        pa.english_title(ALL[0])
    assert caught.value.file == "translations.json"
    assert caught.value.record == record


def test_an_award_not_in_the_list_has_no_translation() -> None:
    stranger = evolve(ALL[0], title="别的模型")
    with pytest.raises(pa.UnknownNameError):
        pa.english_title(stranger)


@pytest.mark.parametrize("text", ["\x00", "\x00\x00", "\ufeff", "\u200b"])
def test_invisible_search_text_matches_nothing_rather_than_everything(text: str) -> None:
    with pytest.raises(pa.UnknownNameError, match="empty search text"):
        pa.awards(text=text)
    with pytest.raises(pa.UnknownNameError, match="empty search text"):
        pa.search(text)


def test_a_control_character_inside_search_text_never_joins_two_fields() -> None:
    assert [a.label for a in pa.awards(text="车辆保险\x00理赔")] == ["一等奖 1"]
    assert len(pa.awards(text="模型\x00浙江")) == 0


def test_an_award_given_twice_counts_once() -> None:
    first = pa.awards()[0]
    assert pa.medal_table([first, first]) == pa.medal_table([first])
    assert pa.level_counts([first, first]) == pa.level_counts([first])
    zhejiang = pa.awards(province="浙江")
    assert pa.medal_table([*zhejiang, *zhejiang])[0].total == 14


def test_adding_two_selections_gives_each_award_once_in_printed_order() -> None:
    both = pa.awards(province="浙江") + pa.awards(tier=1)
    assert isinstance(both, pa.AwardList)
    assert len(both) == len(set(both)) == 16
    everything = list(pa.awards())
    assert [everything.index(a) for a in both] == sorted(everything.index(a) for a in both)
    assert pa.awards(tier=1) + pa.awards(tier=1) == pa.awards(tier=1)
    assert pa.medal_table(both) == pa.medal_table(pa.awards(province="浙江", tier=1) + both)


def test_tiers_levels_and_awards_sort_in_their_natural_order() -> None:
    assert sorted([Tier.THIRD, Tier.EXCELLENCE, Tier.FIRST, Tier.SECOND]) == list(Tier)
    assert Tier.FIRST < Tier.SECOND < Tier.THIRD < Tier.EXCELLENCE
    assert Tier.EXCELLENCE >= Tier.FIRST
    assert sorted([Level.BASIC, Level.SUPREME, Level.PREFECTURAL]) == [
        Level.SUPREME,
        Level.PREFECTURAL,
        Level.BASIC,
    ]
    assert [level.rank for level in Level] == [1, 2, 3, 4]
    shuffled = [*pa.awards()[30:], *pa.awards()[:30]]
    assert sorted(shuffled) == list(pa.awards())
    assert max(pa.awards()).label == "优秀奖 25"
    with pytest.raises(TypeError):
        _ = Tier.FIRST < Level.BASIC


def test_tiers_and_levels_print_as_their_labels() -> None:
    award = pa.awards()[0]
    assert f"{award.tier} {award.number}" == "一等奖 1"
    assert str(Level.BASIC) == "基层"
    assert f"{Tier.SECOND:>5}" == "  二等奖"


def test_kind_and_level_take_the_short_forms_tier_takes() -> None:
    assert pa.parse_kind("railway") is Kind.RAILWAY_TRANSPORT
    assert pa.parse_kind("铁路") is Kind.RAILWAY_TRANSPORT
    assert pa.awards(kind="railway") == pa.awards(kind=Kind.RAILWAY_TRANSPORT)
    assert len(pa.awards(kind="railway")) > 0
    assert pa.parse_level(2) is Level.PROVINCIAL
    assert pa.awards(level=2) == pa.awards(level="省级")
    assert pa.awards(level=4) == pa.awards(level="基层")
    with pytest.raises(pa.UnknownNameError):
        pa.awards(level=5)


def test_a_members_own_value_reads_as_its_word_table_reads_it() -> None:
    # The parsers answer a member's value before building their word tables; the tables
    # must give the same member for it, or the answer would depend on which came first.
    from procuratorate_awards import _vocabulary

    tables: list[tuple[Any, Any]] = [
        (Tier, _vocabulary._TIER_WORDS),
        (Level, _vocabulary._LEVEL_WORDS),
        (Kind, _vocabulary._KIND_WORDS),
        (Subject, _vocabulary._SUBJECT_WORDS),
    ]
    for kind, words in tables:
        table = words.get()
        for member in kind:
            assert table[_vocabulary._key(member.value)] is member, member
            assert table[_vocabulary._key(member.label)] is member, member
