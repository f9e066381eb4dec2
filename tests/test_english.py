"""English names of every division: generated, reviewed where pypinyin is unsure, distinct."""

from __future__ import annotations

import csv
import doctest
import json
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

import procuratorate_awards as pa
from procuratorate_awards import Level
from procuratorate_awards._divisions import division_level, index
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "build_english.py"
REFERENCE = ROOT / "tools" / "reference" / "english"
MUNICIPALITIES = frozenset({"11", "12", "31", "50"})


TOOL_MODULE = load_script("tools/build_english.py")
BUILT: dict[str, object] = TOOL_MODULE.build()
SHIPPED = resources.files("procuratorate_awards").joinpath("data").joinpath("english.json")
PLACES: dict[str, str] = json.loads(SHIPPED.read_text("utf-8"))["places"]
REVIEWED: dict[str, str] = json.loads(
    resources.files("procuratorate_awards")
    .joinpath("data")
    .joinpath("translations.json")
    .read_text("utf-8")
)["places"]

# The English names of the 59 winners before every division had one; they must not move.
WINNERS = {
    "浙江省绍兴市人民检察院": "People's Procuratorate of Shaoxing City, Zhejiang Province",
    "江苏省苏州市人民检察院": "People's Procuratorate of Suzhou City, Jiangsu Province",
    "湖北省人民检察院": "People's Procuratorate of Hubei Province",
    "浙江省丽水市人民检察院": "People's Procuratorate of Lishui City, Zhejiang Province",
    "浙江省松阳县人民检察院": "People's Procuratorate of Songyang County, Zhejiang Province",
    "浙江省嵊州市人民检察院": "People's Procuratorate of Shengzhou City, Zhejiang Province",
    "天津市人民检察院": "People's Procuratorate of Tianjin Municipality",
    "河北省沧州市人民检察院": "People's Procuratorate of Cangzhou City, Hebei Province",
    "河北省沧县人民检察院": "People's Procuratorate of Cang County, Hebei Province",
    "山西省沁源县人民检察院": "People's Procuratorate of Qinyuan County, Shanxi Province",
    "上海市人民检察院": "People's Procuratorate of Shanghai Municipality",
    "上海铁路运输检察院": "Railway Transport Procuratorate of Shanghai Municipality",
    "江苏省人民检察院": "People's Procuratorate of Jiangsu Province",
    "浙江省仙居县人民检察院": "People's Procuratorate of Xianju County, Zhejiang Province",
    "浙江省诸暨市人民检察院": "People's Procuratorate of Zhuji City, Zhejiang Province",
    "广东省人民检察院": "People's Procuratorate of Guangdong Province",
    "广东省深圳市人民检察院": "People's Procuratorate of Shenzhen City, Guangdong Province",
    "广东省深圳市光明区人民检察院": (
        "People's Procuratorate of Guangming District, Shenzhen City, Guangdong Province"
    ),
    "重庆市南岸区人民检察院": "People's Procuratorate of Nan'an District, Chongqing Municipality",
    "北京市人民检察院第一分院": (
        "First Branch of the People's Procuratorate of Beijing Municipality"
    ),
    "北京市昌平区人民检察院": "People's Procuratorate of Changping District, Beijing Municipality",
    "北京市石景山区人民检察院": (
        "People's Procuratorate of Shijingshan District, Beijing Municipality"
    ),
    "北京市海淀区人民检察院": "People's Procuratorate of Haidian District, Beijing Municipality",
    "河北省人民检察院": "People's Procuratorate of Hebei Province",
    "河北省承德市人民检察院": "People's Procuratorate of Chengde City, Hebei Province",
    "吉林省人民检察院": "People's Procuratorate of Jilin Province",
    "黑龙江省大庆市龙凤区人民检察院": (
        "People's Procuratorate of Longfeng District, Daqing City, Heilongjiang Province"
    ),
    "上海市崇明区人民检察院": "People's Procuratorate of Chongming District, Shanghai Municipality",
    "江苏省无锡市锡山区人民检察院": (
        "People's Procuratorate of Xishan District, Wuxi City, Jiangsu Province"
    ),
    "浙江省永嘉县人民检察院": "People's Procuratorate of Yongjia County, Zhejiang Province",
    "浙江省绍兴市上虞区人民检察院": (
        "People's Procuratorate of Shangyu District, Shaoxing City, Zhejiang Province"
    ),
    "浙江省云和县人民检察院": "People's Procuratorate of Yunhe County, Zhejiang Province",
    "江西省宜春市人民检察院": "People's Procuratorate of Yichun City, Jiangxi Province",
    "湖南省人民检察院": "People's Procuratorate of Hunan Province",
    "广东省深圳市宝安区人民检察院": (
        "People's Procuratorate of Bao'an District, Shenzhen City, Guangdong Province"
    ),
    "重庆市沙坪坝区人民检察院": (
        "People's Procuratorate of Shapingba District, Chongqing Municipality"
    ),
    "北京市人民检察院": "People's Procuratorate of Beijing Municipality",
    "北京市人民检察院第四分院": (
        "Fourth Branch of the People's Procuratorate of Beijing Municipality"
    ),
    "河北省石家庄市栾城区人民检察院": (
        "People's Procuratorate of Luancheng District, Shijiazhuang City, Hebei Province"
    ),
    "上海市黄浦区人民检察院": "People's Procuratorate of Huangpu District, Shanghai Municipality",
    "上海市闵行区人民检察院": "People's Procuratorate of Minhang District, Shanghai Municipality",
    "江苏省泰州市人民检察院": "People's Procuratorate of Taizhou City, Jiangsu Province",
    "江苏省泰州市海陵区人民检察院": (
        "People's Procuratorate of Hailing District, Taizhou City, Jiangsu Province"
    ),
    "江苏省盐城市人民检察院": "People's Procuratorate of Yancheng City, Jiangsu Province",
    "浙江省杭州市人民检察院": "People's Procuratorate of Hangzhou City, Zhejiang Province",
    "浙江省慈溪市人民检察院": "People's Procuratorate of Cixi City, Zhejiang Province",
    "浙江省海宁市人民检察院": "People's Procuratorate of Haining City, Zhejiang Province",
    "浙江省绍兴市越城区人民检察院": (
        "People's Procuratorate of Yuecheng District, Shaoxing City, Zhejiang Province"
    ),
    "浙江省义乌市人民检察院": "People's Procuratorate of Yiwu City, Zhejiang Province",
    "山东省人民检察院": "People's Procuratorate of Shandong Province",
    "山东省潍坊市人民检察院": "People's Procuratorate of Weifang City, Shandong Province",
    "山东省青岛市人民检察院": "People's Procuratorate of Qingdao City, Shandong Province",
    "湖北省襄阳市人民检察院": "People's Procuratorate of Xiangyang City, Hubei Province",
    "湖北省黄石市人民检察院": "People's Procuratorate of Huangshi City, Hubei Province",
    "海南省人民检察院": "People's Procuratorate of Hainan Province",
    "海南省海口市龙华区人民检察院": (
        "People's Procuratorate of Longhua District, Haikou City, Hainan Province"
    ),
    "重庆市渝北区人民检察院": "People's Procuratorate of Yubei District, Chongqing Municipality",
    "四川省泸州市人民检察院": "People's Procuratorate of Luzhou City, Sichuan Province",
    "四川省南充市人民检察院": "People's Procuratorate of Nanchong City, Sichuan Province",
}


def canonical_name(code: str, name: str) -> str:
    """Province, the city for a municipal district, the county-level division, 人民检察院."""
    idx = index()
    division = idx.by_code[code]
    parent = idx.parent(division)
    city = ""
    if (
        parent is not None
        and parent.name.endswith("市")
        and name.endswith("区")
        and not name.endswith("特区")
    ):
        city = parent.name
    return idx.province_of(division).name + city + name + "人民检察院"


def test_the_shipped_file_is_what_the_generator_builds() -> None:
    shipped = SHIPPED.read_bytes().decode("utf-8")
    assert shipped == TOOL_MODULE.render(BUILT), "run: python tools/build_english.py"


def test_every_division_has_an_english_name() -> None:
    codes = {division.code for division in index().divisions}
    assert set(PLACES) == codes
    assert len(codes) == 3207
    for code, english in PLACES.items():
        assert english == english.strip(), code
        assert english[0].isupper(), code
        assert all(c.isalpha() or c in " '," for c in english), (code, english)


def test_the_reviewed_names_of_the_winners_are_kept() -> None:
    for code, english in REVIEWED.items():
        assert PLACES[code] == english, code


def test_the_59_winners_keep_their_english_names() -> None:
    assert len(WINNERS) == 59
    assert {unit.name: pa.english_name(unit) for unit in pa.units()} == WINNERS


def test_every_procuratorate_of_a_division_has_a_distinct_english_name() -> None:
    names: dict[str, str] = {}
    read = 0
    idx = index()
    for division in idx.divisions:
        level = division_level(division.code)
        if level == 0:
            text = division.name + "人民检察院"
        elif level == 1:
            text = idx.province_of(division).name + division.name + "人民检察院"
        else:
            text = canonical_name(division.code, division.name)
        unit = pa.resolve_procuratorate(text)
        if level == 2:
            assert unit.county == division, text
            assert unit.level is Level.BASIC, text
        read += 1
        # One procuratorate, one name: a 地区's may be the branch the registry holds
        # (阿克苏地区人民检察院 is the Xinjiang procuratorate's 阿克苏分院).
        names[unit.full_name] = pa.english_name(unit)
    assert read == 3207
    # The registry's procuratorates share no English name with a division's either.
    for entry in pa.registry():
        names.setdefault(pa.resolve_procuratorate(entry.name).full_name, entry.english)
    repeated = [english for english, n in Counter(names.values()).items() if n > 1]
    assert repeated == []


def test_places_that_read_alike_in_one_province_name_their_prefecture() -> None:
    # 魏县 and 威县 of Hebei both romanise as Wei County.
    assert pa.english_name("河北省魏县人民检察院") == (
        "People's Procuratorate of Wei County, Handan City, Hebei Province"
    )
    assert pa.english_name("河北省威县人民检察院") == (
        "People's Procuratorate of Wei County, Xingtai City, Hebei Province"
    )


@pytest.mark.parametrize(
    ("code", "english"),
    [
        ("341500", "Lu'an City"),
        ("340300", "Bengbu City"),
        ("141024", "Hongtong County"),
        ("410621", "Xun County"),
        ("511527", "Junlian County"),
        ("371722", "Shan County"),
        ("140400", "Changzhi City"),
        ("360730", "Ningdu County"),
        ("650100", "Ürümqi City"),
        ("150100", "Hohhot City"),
        ("540100", "Lhasa City"),
        ("222400", "Yanbian Korean Autonomous Prefecture"),
        ("522600", "Qiandongnan Miao and Dong Autonomous Prefecture"),
        ("622926", "Dongxiang Autonomous County"),
        ("451031", "Longlin Various Nationalities Autonomous County"),
        ("429021", "Shennongjia Forestry District"),
        ("520203", "Liuzhi Special District"),
        ("310115", "Pudong New Area"),
        ("152900", "Alashan League"),
        ("152921", "Alashanzuo Banner"),
        ("130107", "Jingxing Mining District"),
    ],
)
def test_english_place_names(code: str, english: str) -> None:
    assert PLACES[code] == english


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_reading_in_the_table_is_applied() -> None:
    tables = TOOL_MODULE.load_tables()
    stems: dict[str, list[str]] = {}
    for code, name in TOOL_MODULE.load_table():
        if division_level(code) > 0:
            stem = TOOL_MODULE.split_name(code, name, tables.ethnic).stem
            stems.setdefault(stem, []).append(code)
    rows = _rows("readings.csv")
    assert rows
    for row in rows:
        word = TOOL_MODULE.join(row["reading"].split())
        for code in stems[row["name"]]:
            assert PLACES[code].startswith(word + " "), (row["name"], code, PLACES[code])


def test_the_readings_table_corrects_pypinyin() -> None:
    """Where a source gives another reading than pypinyin's, the source wins."""
    corrected = [
        row
        for row in _rows("readings.csv")
        if row["decision"] in ("source", "reviewed")
        and tuple(row["reading"].split()) != TOOL_MODULE.default_syllables(row["name"])
    ]
    assert {"洪洞", "浚", "筠连", "长治", "闵行"} <= {row["name"] for row in corrected}


def test_every_polyphonic_place_name_is_decided() -> None:
    tables = TOOL_MODULE.load_tables()
    wanted = TOOL_MODULE.candidates(TOOL_MODULE.load_table(), tables)
    decided = {row["name"]: row for row in _rows("readings.csv")}
    assert set(wanted) <= set(decided)
    for row in decided.values():
        sourced = row["decision"] in ("source", "reviewed")
        assert sourced == bool(row["address"] and row["quote"]), row["name"]


@pytest.mark.parametrize("table", ["readings.csv", "characters.csv", "conventional.csv"])
def test_every_source_has_an_address_and_a_quote(table: str) -> None:
    for row in _rows(table):
        if row.get("decision", "source") == "source":
            assert row["address"].startswith(("http://", "https://")), row
            assert row["quote"].strip(), row


def test_ethnic_groups_are_sourced_and_cover_every_autonomous_area() -> None:
    rows = _rows("ethnic_groups.csv")
    assert all(row["address"].startswith("http") and row["quote"] for row in rows)
    assert "Korean" in {row["english"] for row in rows}
    # The English table names groups the package reads in names, and no others.
    from procuratorate_awards._divisions import ETHNIC_GROUPS

    assert {row["name"] for row in rows} <= set(ETHNIC_GROUPS)


def test_the_generator_refuses_an_undecided_polyphonic_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tables = TOOL_MODULE.load_tables()
    readings = dict(tables.readings)
    del readings["六安"]
    damaged = TOOL_MODULE.Tables(readings, tables.characters, tables.conventional, tables.ethnic)
    monkeypatch.setattr(TOOL_MODULE, "load_tables", lambda: damaged)
    with pytest.raises(ValueError, match="no decision for 六安"):
        TOOL_MODULE.build()


def test_the_generator_refuses_a_default_that_is_not_pypinyins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tables = TOOL_MODULE.load_tables()
    readings = dict(tables.readings)
    name = next(n for n, r in readings.items() if r.decision == "default")
    wrong = TOOL_MODULE.Reading(name, ("x",) * len(name), "default", "", "")
    readings[name] = wrong
    damaged = TOOL_MODULE.Tables(readings, tables.characters, tables.conventional, tables.ethnic)
    monkeypatch.setattr(TOOL_MODULE, "load_tables", lambda: damaged)
    with pytest.raises(ValueError, match="is marked default"):
        TOOL_MODULE.build()


def test_the_generator_examples_run() -> None:
    failures, tried = doctest.testmod(TOOL_MODULE)
    assert tried > 0
    assert failures == 0


@pytest.mark.parametrize(
    ("name", "english"),
    [
        (
            "兰州铁路运输检察院",
            "Railway Transport Procuratorate of Lanzhou, Gansu Province",
        ),
        (
            "甘肃省人民检察院兰州铁路运输分院",
            "Lanzhou Railway Transport Branch of the People's Procuratorate of Gansu Province",
        ),
        (
            "河北省人民检察院雄安新区分院",
            "Xiong'an New Area Branch of the People's Procuratorate of Hebei Province",
        ),
        (
            "吉林省延吉市人民检察院",
            "People's Procuratorate of Yanji City, Jilin Province",
        ),
        (
            "黑龙江省伊春市金林区人民检察院",
            "People's Procuratorate of Jinlin District, Yichun City, Heilongjiang Province",
        ),
    ],
)
def test_branches_and_railway_procuratorates_are_named_after_their_place(
    name: str, english: str
) -> None:
    assert pa.english_name(name) == english


def test_a_railway_branch_named_after_its_province() -> None:
    assert pa.english_name("山东省人民检察院铁路运输分院") == (
        "Railway Transport Branch of the People's Procuratorate of Shandong Province"
    )


def test_every_procuratorate_the_package_places_has_its_own_english_name() -> None:
    registry = (entry.name for entry in pa.registry())
    military = ("中国人民解放军军事检察院", "东部战区军事检察院", "武警军事检察院")
    names = [
        pa.resolve_procuratorate(name).full_name
        for name in (*registry, *military, "最高人民检察院")
    ]
    english = {pa.english_name(name): name for name in names}
    assert len(english) == len(set(names))
    assert "Military Procuratorate of the Eastern Theater Command, the Chinese People's " in (
        " ".join(english)
    )


def test_every_english_name_the_package_writes_is_read_back_as_its_procuratorate() -> None:
    # english_name writes each name, and the finder reads it back, from one index.
    from procuratorate_awards._english import english_names

    names = english_names()
    assert len(names) > 3_300
    misread = []
    for english, chinese in names.items():
        unit = pa.resolve_procuratorate(chinese)
        assert names.get(pa.english_name(unit)) is not None
        found = pa.find_procuratorates(f"据{english}通报")
        if len(found) != 1 or found[0].procuratorate != unit:
            misread.append(english)
    assert misread == []


@pytest.mark.parametrize(
    ("kind", "full_name", "county"),
    [
        (pa.Kind.ORDINARY, "浙江省某某县人民检察院", pa.Division("339999", "某某县")),
        (pa.Kind.BRANCH, "浙江省人民检察院某某分院", None),
        (pa.Kind.RAILWAY_TRANSPORT, "浙江省某某铁路运输办公室", None),
    ],
)
def test_english_name_refuses_what_no_table_names(
    kind: pa.Kind, full_name: str, county: pa.Division | None
) -> None:
    unit = pa.Procuratorate(
        name=full_name,
        full_name=full_name,
        province=pa.resolve_province("浙江"),
        prefecture=None,
        county=county,
        level=None,
        kind=kind,
    )
    with pytest.raises(pa.UnknownNameError, match="no English"):
        pa.english_name(unit)
