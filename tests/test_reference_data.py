"""Checks on the shipped reference data files and the tool that generates divisions.json.

These tests read ``divisions.json`` and ``provinces.json`` directly and cross-check them
against the reference tables in ``tools/reference/divisions`` (MCA 2022 codes, the
1981-2024 code history and the NBS 2022 statistical tables) and against pycountry.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pycountry
import pytest

from procuratorate_awards._divisions import code_inside

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

from tests.scripts import load_script

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "procuratorate_awards" / "data"
DIVISIONS_PATH = DATA / "divisions.json"
PROVINCES_PATH = DATA / "provinces.json"
REFERENCE = ROOT / "tools" / "reference" / "divisions"
TOOL_PATH = ROOT / "tools" / "build_divisions.py"

MAINLAND_EXCLUDED = ("71", "81", "82")
MUNICIPALITIES = ("11", "12", "31", "50")


# --------------------------------------------------------------------------- loaders


@cache
def _tool() -> ModuleType:
    return load_script(str(TOOL_PATH.relative_to(ROOT)))


@cache
def _divisions_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(DIVISIONS_PATH.read_text(encoding="utf-8"))
    return doc


def _divisions() -> list[tuple[str, str]]:
    return [(code, name) for code, name in _divisions_doc()["divisions"]]


def _names() -> dict[str, str]:
    return dict(_divisions())


def _former_names() -> list[tuple[str, str, int, int, list[str]]]:
    return [
        (code, name, start, end, list(successors))
        for code, name, start, end, successors in _divisions_doc()["former_names"]
    ]


@cache
def _provinces() -> list[dict[str, Any]]:
    provinces: list[dict[str, Any]] = json.loads(PROVINCES_PATH.read_text(encoding="utf-8"))
    return provinces


def _level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


@cache
def _mca_table() -> list[tuple[str, str]]:
    rows = []
    for line in (REFERENCE / "mca2022.txt").read_text(encoding="utf-8").splitlines():
        code, name = line.split(" ", 1)
        rows.append((code, name))
    return rows


@cache
def _nbs(kind: str) -> dict[str, str]:
    with (REFERENCE / f"nbs2022_{kind}.csv").open(encoding="utf-8", newline="") as handle:
        return {row["code"]: row["name"] for row in csv.DictReader(handle)}


# --------------------------------------------------------------------------- generator


def test_generator_reproduces_shipped_file() -> None:
    tool = _tool()
    assert tool.render(tool.build()).encode("utf-8") == DIVISIONS_PATH.read_bytes()


def test_render_round_trips_and_ends_with_newline() -> None:
    tool = _tool()
    doc: dict[str, object] = tool.build()
    text: str = tool.render(doc)
    assert text.endswith("}\n")
    assert json.loads(text) == doc


def test_document_keys() -> None:
    doc = _divisions_doc()
    assert list(doc) == ["vintage", "source", "divisions", "former_names", "short_names", "moved"]
    assert doc["vintage"] == "2022-12-31"
    assert "民政部" in doc["source"]
    assert "\n" not in doc["source"]


# --------------------------------------------------------------------------- divisions


def test_divisions_are_the_mainland_rows_of_the_mca_table_in_order() -> None:
    expected = [row for row in _mca_table() if row[0][:2] not in MAINLAND_EXCLUDED]
    assert _divisions() == expected


def test_mca_table_totals() -> None:
    # MCA's published 2022 totals, Taiwan, Hong Kong and Macau included.
    levels = Counter(_level(code) for code, _ in _mca_table())
    assert levels == {"province": 34, "prefecture": 333, "county": 2843}


@pytest.mark.parametrize(
    ("level", "count"), [("province", 31), ("prefecture", 333), ("county", 2843)]
)
def test_level_counts(level: str, count: int) -> None:
    assert sum(1 for code, _ in _divisions() if _level(code) == level) == count


def _county_kind(name: str) -> str:
    if name == "神农架林区":
        return "林区"
    for suffix in ("自治旗", "自治县", "特区", "区", "市", "县", "旗"):
        if name.endswith(suffix):
            return suffix
    return name


def _prefecture_kind(name: str) -> str:
    for suffix in ("自治州", "地区", "盟", "市"):
        if name.endswith(suffix):
            return suffix
    return name


# MCA 2022 statistics: 333 prefecture-level and 2,843 county-level divisions.
@pytest.mark.parametrize(
    ("kind", "count"),
    [
        ("区", 977),
        ("市", 394),
        ("县", 1301),
        ("自治县", 117),
        ("旗", 49),
        ("自治旗", 3),
        ("特区", 1),
        ("林区", 1),
    ],
)
def test_county_level_breakdown(kind: str, count: int) -> None:
    kinds = Counter(_county_kind(name) for code, name in _divisions() if _level(code) == "county")
    assert kinds[kind] == count


@pytest.mark.parametrize(("kind", "count"), [("市", 293), ("地区", 7), ("自治州", 30), ("盟", 3)])
def test_prefecture_level_breakdown(kind: str, count: int) -> None:
    kinds = Counter(
        _prefecture_kind(name) for code, name in _divisions() if _level(code) == "prefecture"
    )
    assert kinds[kind] == count


def test_codes_are_six_digits_unique_and_ascending() -> None:
    codes = [code for code, _ in _divisions()]
    assert all(len(code) == 6 and code.isdigit() for code in codes)
    assert len(set(codes)) == len(codes)
    assert codes == sorted(codes)


def test_every_division_has_its_parents() -> None:
    codes = set(_names())
    for code in codes:
        assert code[:2] + "0000" in codes, code
        if _level(code) != "county":
            continue
        prefecture = code[:4] + "00"
        # Municipality districts and province-administered county-level units
        # (xx90xx) have no prefecture record.
        assert prefecture in codes or code[:2] in MUNICIPALITIES or code[2:4] == "90", code


# --------------------------------------------------------------------------- former names


@pytest.mark.parametrize(
    ("code", "name", "start", "end", "successors"),
    [
        ("310230", "崇明县", 1981, 2016, ["310151"]),
        ("430122", "望城县", 1981, 2011, ["430112"]),
        ("420600", "襄樊市", 1981, 2010, ["420600"]),
        ("330682", "上虞市", 1992, 2013, ["330604"]),
        ("130124", "栾城县", 1986, 2014, ["130111"]),
        ("310103", "卢湾区", 1981, 2011, ["310101"]),
        # A 变更 row of a reused code follows 新代码, not the code: 南区 went to 芦淞区
        # while 430204 was reused for 石峰区.
        ("430204", "南区", 1983, 1997, ["430203"]),
        ("130107", "井陉矿区", 1983, 1989, ["130121"]),
        # Chains: 潮州市 (county-level) -> 449001 -> 440581 -> 湘桥区 + 潮安县 -> 潮安区.
        ("440520", "潮州市", 1983, 1986, ["445102", "445103"]),
        ("222321", "扶余县", 1981, 1987, ["220702", "220781"]),
    ],
)
def test_former_name(code: str, name: str, start: int, end: int, successors: list[str]) -> None:
    assert (code, name, start, end, successors) in _former_names()


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("420602", "襄城区"),  # only its parent was renamed
        ("222303", "扶余市"),  # the name is in use again, as 220781 扶余市
        ("511400", "涪陵市"),  # the history gives it no successor
        ("460301", "西沙区"),  # never an MCA code
    ],
)
def test_not_a_former_name(code: str, name: str) -> None:
    assert all((entry[0], entry[1]) != (code, name) for entry in _former_names())


def test_former_name_successors_are_current_codes() -> None:
    names = _names()
    for code, name, start, end, successors in _former_names():
        assert successors, code
        assert successors == sorted(set(successors)), code
        assert all(successor in names for successor in successors), code
        assert all(names[successor] != name for successor in successors), code
        assert 1981 <= start < end <= 2022, code
        assert len(code) == 6
        assert code[:2] not in MAINLAND_EXCLUDED


@pytest.mark.parametrize(
    ("code", "place", "until"),
    [
        ("510185", "512000", 2016),  # 简阳市 lay in 资阳市 until 2016, now in 成都市
        ("510185", "511000", 1998),  # and in 内江市 before
        ("500106", "510000", 1997),  # 沙坪坝区 in 四川省 until 重庆市 was made a municipality
        ("500101", "510000", 1997),  # 万州区, whose predecessor 万县 lay in 四川省
        ("460100", "440000", 1988),  # 海口市 in 广东省 until 海南省 was made a province
    ],
)
def test_a_place_a_division_left(code: str, place: str, until: int) -> None:
    assert [code, place, until] in _divisions_doc()["moved"]


def test_the_places_divisions_left_are_2022_divisions_that_no_longer_hold_them() -> None:
    names = _names()
    moved = _divisions_doc()["moved"]
    assert moved == sorted(moved)
    assert len({(code, place) for code, place, _ in moved}) == len(moved)
    for code, place, until in moved:
        assert code in names, code
        assert place in names, code
        # No longer inside it, nor itself, by the rule the package nests codes by.
        assert place != code, code
        assert not code_inside(place, code), code
        assert 1981 < until <= 2022, code


def test_former_names_are_unique_and_ordered() -> None:
    entries = _former_names()
    keys = [(entry[0], entry[2]) for entry in entries]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)


# --------------------------------------------------------------------------- NBS cross-check

# Known MCA/NBS differences, 2022 vintages. Any other difference fails.
MCA_COUNTIES_NOT_IN_NBS = {"460302": "西沙区", "460303": "南沙区"}
NBS_ONLY_AREAS = {
    # 大兴安岭地区 districts with statistical codes only.
    "232761": "加格达奇区",
    "232762": "松岭区",
    "232763": "新林区",
    "232764": "呼中区",
    # Placeholders for prefecture-level cities without county-level divisions
    # (the first three reuse the MCA prefecture code, 620201 does not).
    "441900": "东莞市",
    "442000": "中山市",
    "460400": "儋州市",
    "620201": "嘉峪关市",
    # 三沙市 statistical areas; MCA has 460302 西沙区 and 460303 南沙区.
    "460321": "西沙群岛",
    "460322": "南沙群岛",
    "460323": "中沙群岛的岛礁及其海域",
    "632857": "大柴旦行政委员会",
}
# Development zones and similar areas: NBS codes with 7 as the fifth digit.
NBS_DEVELOPMENT_AREA_COUNT = 131
NBS_PLACEHOLDER_CITIES = {
    "1101": "市辖区",
    "1201": "市辖区",
    "3101": "市辖区",
    "5001": "市辖区",
    "5002": "县",
    "4190": "省直辖县级行政区划",
    "4290": "省直辖县级行政区划",
    "4690": "省直辖县级行政区划",
    "6590": "自治区直辖县级行政区划",
}
# code -> (MCA name, NBS name) for codes both tables have; none in 2022.
COUNTY_NAME_DIFFERENCES: dict[str, tuple[str, str]] = {}


def test_nbs_provinces_match() -> None:
    mca = {code[:2]: name for code, name in _divisions() if _level(code) == "province"}
    assert _nbs("provinces") == mca


def test_nbs_prefectures_match() -> None:
    mca = {code[:4]: name for code, name in _divisions() if _level(code) == "prefecture"}
    nbs = _nbs("cities")
    assert {code: nbs.get(code) for code in mca} == mca
    assert {code: name for code, name in nbs.items() if code not in mca} == NBS_PLACEHOLDER_CITIES


def test_nbs_county_names_match() -> None:
    nbs = _nbs("areas")
    differences = {
        code: (name, nbs[code])
        for code, name in _divisions()
        if _level(code) == "county" and code in nbs and nbs[code] != name
    }
    assert differences == COUNTY_NAME_DIFFERENCES


def test_mca_counties_missing_from_nbs() -> None:
    nbs = _nbs("areas")
    missing = {
        code: name for code, name in _divisions() if _level(code) == "county" and code not in nbs
    }
    assert missing == MCA_COUNTIES_NOT_IN_NBS


def test_nbs_only_areas() -> None:
    counties = {code for code, _ in _divisions() if _level(code) == "county"}
    extra = {code: name for code, name in _nbs("areas").items() if code not in counties}
    development = {code for code in extra if code[4] == "7"}
    assert len(development) == NBS_DEVELOPMENT_AREA_COUNT
    assert {code: extra[code] for code in extra.keys() - development} == NBS_ONLY_AREAS


# --------------------------------------------------------------------------- provinces.json

PROVINCE_KEYS = [
    "code",
    "name",
    "bare_name",
    "abbreviations",
    "english_name",
    "english_aliases",
    "kind",
    "iso_code",
]
NAME_SUFFIX_KINDS = {
    "省": "province",
    "市": "municipality",
    "自治区": "autonomous_region",
    "壮族自治区": "autonomous_region",
    "回族自治区": "autonomous_region",
    "维吾尔自治区": "autonomous_region",
}
PYCOUNTRY_TYPES = {
    "province": "Province",
    "municipality": "Municipality",
    "autonomous_region": "Autonomous region",
}
PYCOUNTRY_SUFFIXES = ("sheng", "shi", "zizhiqu", "zhuangzuzizhiqu", "huizuzizhiqu", "uygurzizhiqu")


def _subdivisions(**query: str) -> Any:
    lookup: Callable[..., Any] = pycountry.subdivisions.get
    return lookup(**query)


def _regions() -> list[dict[str, Any]]:
    return [province for province in _provinces() if province["kind"] != "corps"]


def _normalise(text: str) -> str:
    return "".join(text.split()).casefold()


def test_province_entries_have_exactly_the_keys() -> None:
    assert len(_provinces()) == 32
    for province in _provinces():
        assert list(province) == PROVINCE_KEYS, province["name"]


def test_provinces_match_mca_rows_in_code_order() -> None:
    mca = [(code, name) for code, name in _divisions() if _level(code) == "province"]
    assert [(p["code"] + "0000", p["name"]) for p in _regions()] == mca
    assert _provinces()[:31] == _regions()


def test_corps_entry() -> None:
    corps = _provinces()[-1]
    assert corps == {
        "code": None,
        "name": "新疆生产建设兵团",
        "bare_name": "兵团",
        "abbreviations": [],
        "english_name": "Xinjiang Production and Construction Corps",
        "english_aliases": corps["english_aliases"],
        "kind": "corps",
        "iso_code": None,
    }
    assert "XPCC" in corps["english_aliases"]
    assert "Bingtuan" in corps["english_aliases"]


def test_bare_names_and_kinds_follow_the_name() -> None:
    for province in _regions():
        name, bare = province["name"], province["bare_name"]
        assert name.startswith(bare), name
        assert NAME_SUFFIX_KINDS.get(name[len(bare) :]) == province["kind"], name


@pytest.mark.parametrize(
    ("bare_name", "abbreviations"),
    [
        ("北京", ["京"]),
        ("河北", ["冀"]),
        ("山西", ["晋"]),
        ("内蒙古", ["蒙"]),
        ("上海", ["沪"]),
        ("安徽", ["皖"]),
        ("福建", ["闽"]),
        ("江西", ["赣"]),
        ("山东", ["鲁"]),
        ("河南", ["豫"]),
        ("湖北", ["鄂"]),
        ("湖南", ["湘"]),
        ("广东", ["粤"]),
        ("广西", ["桂"]),
        ("海南", ["琼"]),
        ("重庆", ["渝"]),
        ("四川", ["川", "蜀"]),
        ("贵州", ["贵", "黔"]),
        ("云南", ["云", "滇"]),
        ("西藏", ["藏"]),
        ("陕西", ["陕", "秦"]),
        ("甘肃", ["甘", "陇"]),
        ("宁夏", ["宁"]),
        ("新疆", ["新"]),
        ("兵团", []),
    ],
)
def test_abbreviations(bare_name: str, abbreviations: list[str]) -> None:
    (province,) = [p for p in _provinces() if p["bare_name"] == bare_name]
    assert province["abbreviations"] == abbreviations


def test_abbreviations_are_single_unique_characters() -> None:
    seen = [char for p in _provinces() for char in p["abbreviations"]]
    assert all(len(char) == 1 and "\u4e00" <= char <= "\u9fff" for char in seen)
    assert len(seen) == len(set(seen))
    assert all(p["abbreviations"] for p in _regions())


def test_english_names_and_aliases_are_unambiguous() -> None:
    owners: dict[str, str] = {}
    for province in _provinces():
        forms = [province["english_name"], *province["english_aliases"]]
        assert all(form == form.strip() and form for form in forms), province["name"]
        for form in forms:
            key = _normalise(form)
            assert owners.setdefault(key, province["name"]) == province["name"], form
        assert len(set(forms)) == len(forms), province["name"]


@pytest.mark.parametrize(
    ("bare_name", "alias"),
    [
        ("内蒙古", "Nei Mongol"),
        ("内蒙古", "Neimenggu"),
        ("西藏", "Xizang"),
        ("广西", "Guangxi Zhuang Autonomous Region"),
        ("兵团", "XPCC"),
    ],
)
def test_english_alias(bare_name: str, alias: str) -> None:
    (province,) = [p for p in _provinces() if p["bare_name"] == bare_name]
    assert alias in province["english_aliases"]


def test_shanxi_and_shaanxi_stay_apart() -> None:
    by_bare = {p["bare_name"]: p for p in _provinces()}
    assert by_bare["山西"]["english_name"] == "Shanxi"
    assert by_bare["陕西"]["english_name"] == "Shaanxi"
    assert by_bare["山西"]["iso_code"] == "CN-SX"
    assert by_bare["陕西"]["iso_code"] == "CN-SN"


def test_iso_codes_cover_pycountry_mainland_subdivisions() -> None:
    ours = {p["iso_code"] for p in _regions()}
    theirs = {sub.code for sub in _subdivisions(country_code="CN")}
    assert ours == theirs - {"CN-TW", "CN-HK", "CN-MO"}


@pytest.mark.parametrize("province", _provinces()[:31], ids=lambda p: p["iso_code"])
def test_iso_code_against_pycountry(province: dict[str, Any]) -> None:
    subdivision = _subdivisions(code=province["iso_code"])
    assert subdivision is not None
    assert subdivision.country_code == "CN"
    assert subdivision.type == PYCOUNTRY_TYPES[province["kind"]]
    # pycountry's name is a romanised form plus the administrative suffix,
    # e.g. "Zhejiang Sheng", "Nei Mongol Zizhiqu", "Guangxi Zhuangzu Zizhiqu".
    romanised = _normalise(subdivision.name)
    forms = [_normalise(f) for f in (province["english_name"], *province["english_aliases"])]
    assert any(
        romanised == form + suffix for form in forms for suffix in ("", *PYCOUNTRY_SUFFIXES)
    ), subdivision.name


# --------------------------------------------------------------------------- short names


def _short_names() -> list[dict[str, Any]]:
    document = tomllib.loads((REFERENCE / "short_names.toml").read_text(encoding="utf-8"))
    return list(document["short_name"])


@pytest.mark.parametrize("entry", _short_names(), ids=lambda entry: entry["form"])
def test_every_short_name_reads_as_its_division(entry: dict[str, Any]) -> None:
    import procuratorate_awards as pa

    unit = pa.resolve_procuratorate(entry["form"] + "人民检察院")
    assert unit.code == entry["code"]
    division = unit.county or unit.prefecture  # a banner's or a league's
    assert division is not None
    assert division.name == entry["name"]
    [mention] = pa.find_procuratorates(f"据{entry['form']}检察院消息")
    assert mention.procuratorate == unit
    assert all(source["url"].startswith("http") and source["quote"] for source in entry["sources"])


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ('form = "乌审旗"\ncode = "150626"\nname = "乌审旗"', "is the name of a division"),
        ('form = "科右前旗"\ncode = "150626"\nname = "科尔沁右翼前旗"', "is not 科尔沁右翼前旗"),
    ],
)
def test_the_generator_refuses_a_short_name_no_table_bears_out(
    tmp_path: Path, line: str, error: str
) -> None:
    path = tmp_path / "short_names.toml"
    source = 'sources = [{ url = "https://example.org/", quote = "a quote" }]'
    path.write_text(f"[[short_name]]\n{line}\n{source}\n", encoding="utf-8")
    tool = _tool()
    with pytest.raises(ValueError, match=error):
        tool.read_short_names(tool.mainland(tool.read_table()), path)
