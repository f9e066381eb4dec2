"""The province registry and resolve_province over every accepted form."""

from __future__ import annotations

import pytest

import procuratorate_awards as pa

PROVINCES = pa.provinces()
WITH_CODES = [p for p in PROVINCES if p.code is not None]


def forms_of(province: pa.Province) -> list[str | int]:
    forms: list[str | int] = [province.name, province.bare_name, *province.abbreviations]
    for english in (province.english_name, *province.english_aliases):
        forms += [english, english.upper(), english.lower()]
    if province.code is not None:
        forms += [province.code, int(province.code), province.code + "0000"]
    if province.iso_code is not None:
        forms += [province.iso_code, province.iso_code.lower()]
    forms.append(province.name + "人民检察院")
    return forms


def test_there_are_32_in_code_order_with_the_corps_last() -> None:
    assert len(PROVINCES) == 32
    codes = [str(p.code) for p in WITH_CODES]
    assert codes == sorted(codes)
    assert len(WITH_CODES) == 31
    assert PROVINCES[-1].name == "新疆生产建设兵团"
    assert PROVINCES[-1].kind is pa.ProvinceKind.CORPS
    assert PROVINCES[-1].iso_code is None
    assert PROVINCES[-1].division_code is None


def test_kinds() -> None:
    kinds = {kind: [p.bare_name for p in PROVINCES if p.kind is kind] for kind in pa.ProvinceKind}
    assert kinds[pa.ProvinceKind.MUNICIPALITY] == ["北京", "天津", "上海", "重庆"]
    assert kinds[pa.ProvinceKind.AUTONOMOUS_REGION] == ["内蒙古", "广西", "西藏", "宁夏", "新疆"]
    assert len(kinds[pa.ProvinceKind.PROVINCE]) == 22


@pytest.mark.parametrize(
    ("bare", "abbreviations"),
    [
        ("四川", ("川", "蜀")),
        ("贵州", ("贵", "黔")),
        ("云南", ("云", "滇")),
        ("陕西", ("陕", "秦")),
        ("甘肃", ("甘", "陇")),
        ("浙江", ("浙",)),
    ],
)
def test_abbreviations(bare: str, abbreviations: tuple[str, ...]) -> None:
    assert pa.resolve_province(bare).abbreviations == abbreviations
    for abbreviation in abbreviations:
        assert pa.resolve_province(abbreviation).bare_name == bare


@pytest.mark.parametrize("province", PROVINCES, ids=lambda p: p.bare_name)
def test_every_province_resolves_from_each_of_its_forms(province: pa.Province) -> None:
    # The record the package holds now: a test that reads other data makes new records.
    current = next(p for p in pa.provinces() if p == province)
    for form in forms_of(province):
        assert pa.resolve_province(form) is current, form


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Inner Mongolia", "内蒙古自治区"),
        ("inner  mongolia", "内蒙古自治区"),
        ("Tibet", "西藏自治区"),
        ("Xizang", "西藏自治区"),
        ("Shanxi", "山西省"),
        ("Shaanxi", "陕西省"),
        ("CN-ZJ", "浙江省"),
        (33, "浙江省"),
        ("330683", "浙江省"),
        (330683, "浙江省"),
        ("浙江省嵊州市人民检察院", "浙江省"),
        ("浙江嵊州", "浙江省"),
        ("杭州市人民检察院", "浙江省"),
        ("吉林市", "吉林省"),
        ("海南藏族自治州", "青海省"),
        ("新疆生产建设兵团人民检察院", "新疆生产建设兵团"),
        ("新疆维吾尔自治区人民检察院", "新疆维吾尔自治区"),
        ("北海市重庆路", "广西壮族自治区"),
    ],
)
def test_resolve_province(value: str | int, name: str) -> None:
    assert pa.resolve_province(value).name == name


@pytest.mark.parametrize(
    "value",
    ["", "Atlantis", "CN-XX", "39", "990000", 99, "浙西", "浙江省嵊州市"[:1] + "x", "市"],
)
def test_unknown_provinces_are_refused(value: str | int) -> None:
    with pytest.raises(pa.UnknownNameError):
        pa.resolve_province(value)


def test_a_one_character_abbreviation_is_not_read_as_the_start_of_a_text() -> None:
    # 青海西宁 starts with 青海 (Qinghai), not with 海西 or a single character.
    assert pa.resolve_province("青海西宁").name == "青海省"
    with pytest.raises(pa.UnknownNameError):
        pa.resolve_province("浙大")


def test_a_division_name_in_several_provinces_is_ambiguous() -> None:
    with pytest.raises(pa.AmbiguousNameError) as caught:
        pa.resolve_province("朝阳区")
    assert set(caught.value.candidates) == {"北京市朝阳区", "吉林省长春市朝阳区"}


@pytest.mark.parametrize("value", [None, 3.0, b"33", True])
def test_wrong_types(value: object) -> None:
    with pytest.raises(TypeError):
        pa.resolve_province(value)  # type: ignore[arg-type]


def test_english_names_are_unique_and_iso_codes_well_formed() -> None:
    owners: dict[str, set[str]] = {}
    for p in PROVINCES:
        for form in (p.english_name, *p.english_aliases):
            owners.setdefault("".join(form.casefold().split()), set()).add(p.name)
    assert all(len(names) == 1 for names in owners.values())
    for province in WITH_CODES:
        assert province.iso_code is not None
        assert province.iso_code.startswith("CN-")
        assert len(province.iso_code) == 5
        assert province.division_code == f"{province.code}0000"
