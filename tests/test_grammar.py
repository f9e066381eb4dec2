"""One grammar of names: canonical names, the registry, refusals, look-alikes, coordination.

The expectations are checked against the MCA 2022 reference table in tools/reference,
not against the package's own data.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import procuratorate_awards as pa
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tools" / "reference" / "divisions" / "mca2022.txt"
MUNICIPALITIES = {"11", "12", "31", "50"}


def _table() -> dict[str, str]:
    rows = (line.split() for line in TABLE.read_text(encoding="utf-8").splitlines())
    return {code: name for code, name in rows if code[:2] not in {"71", "81", "82"}}


DIVISIONS = _table()


def _canonical(code: str) -> str:
    """The canonical name by the written rule, from the reference table alone."""
    province = DIVISIONS[code[:2] + "0000"]
    city = DIVISIONS.get(code[:4] + "00", "")
    name = DIVISIONS[code]
    district = (
        city.endswith("市")
        and name.endswith("区")
        and not name.endswith("特区")
        and code[:2] not in MUNICIPALITIES
    )
    return province + (city if district else "") + name + "人民检察院"


COUNTIES = sorted(code for code in DIVISIONS if not code.endswith("00"))


def _sentence(name: str) -> str:
    return f"据悉，{name}近日召开党组会议。"


def _agrees(name: str) -> str | None:
    """Why ``name`` fails the agreement of resolution and finding, or ``None``."""
    unit = pa.resolve_procuratorate(name)
    if unit.full_name != name:
        return f"full_name {unit.full_name}"
    found = pa.find_procuratorates(_sentence(name))
    if [(m.text, m.procuratorate) for m in found] != [(name, unit)]:
        return f"found {[(m.text, m.reason) for m in found]}"
    return None


def test_every_county_level_division_resolves_to_itself_and_is_found_alike() -> None:
    failures = {}
    for code in COUNTIES:
        name = _canonical(code)
        unit = pa.resolve_procuratorate(name)
        if unit.code != code or unit.level is not pa.Level.BASIC:
            failures[name] = f"{unit.code} {unit.level}"
            continue
        why = _agrees(name)
        if why is not None:
            failures[name] = why
    assert len(COUNTIES) == 2843
    assert failures == {}


def test_every_registry_entry_and_winner_resolves_to_itself_and_is_found_alike() -> None:
    names = [entry.name for entry in pa.registry() if entry.kind is not pa.Kind.ORDINARY]
    names += [unit.full_name for award in pa.awards() for unit in award.units]
    failures = {name: why for name in names if (why := _agrees(name)) is not None}
    assert failures == {}


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("吉林省延吉市人民检察院", "吉林省延吉市人民检察院"),
        ("延边州延吉市人民检察院", "吉林省延吉市人民检察院"),
        ("黑龙江省伊春市金林区人民检察院", "黑龙江省伊春市金林区人民检察院"),
        ("六枝特区人民检察院", "贵州省六枝特区人民检察院"),
        ("神农架林区人民检察院", "湖北省神农架林区人民检察院"),
        ("北京市朝阳区人民检察院", "北京市朝阳区人民检察院"),
        ("重庆市城口县人民检察院", "重庆市城口县人民检察院"),
        ("宝安区检察院", "广东省深圳市宝安区人民检察院"),
        ("嵊州市检察院", "浙江省嵊州市人民检察院"),
        ("兴安盟乌兰浩特市人民检察院", "内蒙古自治区乌兰浩特市人民检察院"),
    ],
)
def test_canonical_names_follow_the_division_type(name: str, canonical: str) -> None:
    unit = pa.resolve_procuratorate(name)
    assert unit.full_name == canonical
    again = pa.resolve_procuratorate(unit.full_name)
    assert (again.full_name, again.code, again.level) == (canonical, unit.code, unit.level)


INVENTED = [
    "嵊州市人民检察院第一分院",
    "杭州市人民检察院第一分院",
    "浙江省绍兴市越城区人民检察院第二分院",
    "浙江省林区随便什么字人民检察院",
    "浙江省绍兴市农垦区人民检察院",
    "北京市人民检察院第九分院",
    "新疆生产建设兵团人民检察院第九十九师分院",
    "杭州市铁路运输检察院",
    "火星铁路运输检察分院",
    "随便军区军事检察院",
]


@pytest.mark.parametrize("name", INVENTED)
def test_invented_procuratorates_are_refused_by_both_functions(name: str) -> None:
    with pytest.raises(pa.UnknownNameError) as caught:
        pa.resolve_procuratorate(name)
    assert caught.value.reason
    for mention in pa.find_procuratorates(_sentence(name)):
        assert mention.procuratorate is None or mention.procuratorate.full_name in name
        assert mention.text != name or mention.procuratorate is None


@given(
    code=st.sampled_from(COUNTIES),
    ordinal=st.sampled_from("一二三四五六七八九十"),
)
@settings(max_examples=60, deadline=None)
def test_no_county_procuratorate_has_branches(code: str, ordinal: str) -> None:
    name = f"{_canonical(code)}第{ordinal}分院"
    with pytest.raises(pa.UnknownNameError, match="provincial procuratorate"):
        pa.resolve_procuratorate(name)
    [mention] = pa.find_procuratorates(_sentence(name))
    assert mention.procuratorate is None


@given(
    province=st.sampled_from(sorted(n for c, n in DIVISIONS.items() if c.endswith("0000"))),
    keyword=st.sampled_from(["林区", "农垦区", "工矿区", "开发区", "铁路运输"]),
    filler=st.text(alphabet="随便什么字东西南北", min_size=1, max_size=4),
)
@settings(max_examples=60, deadline=None)
def test_a_keyword_anywhere_places_nothing(province: str, keyword: str, filler: str) -> None:
    name = f"{province}{filler}{keyword}{filler}人民检察院"
    with pytest.raises(pa.UnknownNameError):
        pa.resolve_procuratorate(name)


@pytest.mark.parametrize(
    "name", ["浙江大学", "吉林大学", "湖南师范大学", "四川大学华西医院", "山东大学", "浙大"]
)
def test_a_university_names_no_province(name: str) -> None:
    with pytest.raises(pa.UnknownNameError):
        pa.resolve_province(name)
    with pytest.raises(pa.UnknownNameError):
        pa.awards(province=name)


def test_province_names_still_start_longer_names() -> None:
    assert pa.resolve_province("浙江嵊州").name == "浙江省"
    assert pa.resolve_province("浙江省人民检察院").name == "浙江省"
    assert pa.resolve_province("新疆兵团").name == "新疆生产建设兵团"
    assert pa.resolve_province("新疆兵团").kind is pa.ProvinceKind.CORPS


def _found(text: str) -> list[tuple[str, str | None]]:
    return [
        (m.text, None if m.procuratorate is None else m.procuratorate.full_name)
        for m in pa.find_procuratorates(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "北京市人民检察院第一、第二分院",
            [
                ("北京市人民检察院第一", "北京市人民检察院第一分院"),
                ("第二分院", "北京市人民检察院第二分院"),
            ],
            id="ordinals sharing 分院",
        ),
        pytest.param(
            "攀枝花市东区和西区人民检察院",
            [
                ("攀枝花市东区", "四川省攀枝花市东区人民检察院"),
                ("西区人民检察院", "四川省攀枝花市西区人民检察院"),
            ],
            id="districts named with everyday words, sharing a suffix",
        ),
        pytest.param(
            "阳泉市城区人民检察院和郊区人民检察院",
            [
                ("阳泉市城区人民检察院", "山西省阳泉市城区人民检察院"),
                ("郊区人民检察院", "山西省阳泉市郊区人民检察院"),
            ],
            id="a second full name read in the place of the first",
        ),
        pytest.param(
            "攀枝花市东区 与 西区人民检察院",
            [
                ("攀枝花市东区", "四川省攀枝花市东区人民检察院"),
                ("西区人民检察院", "四川省攀枝花市西区人民检察院"),
            ],
            id="spaces around the separator",
        ),
        pytest.param(
            "证人李湖南及浙江省人民检察院",
            [("浙江省人民检察院", "浙江省人民检察院")],
            id="a province's short form inside a person's name",
        ),
        pytest.param(
            "被告人王浙江与浙江省杭州市人民检察院",
            [("浙江省杭州市人民检察院", "浙江省杭州市人民检察院")],
            id="after a party's title",
        ),
        pytest.param(
            "甘肃省人民检察院兰州铁路运输检察分院",
            [("甘肃省人民检察院兰州铁路运输检察分院", "甘肃省人民检察院兰州铁路运输检察分院")],
            id="a branch whose name holds its parent's",
        ),
    ],
)
def test_coordination_and_look_alikes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(text) == expected


def test_coordinated_branches_never_credit_the_parent() -> None:
    found = pa.find_procuratorates("北京市人民检察院第一、第二分院")
    assert all(m.procuratorate is not None for m in found)
    assert "北京市人民检察院" not in {m.procuratorate.full_name for m in found if m.procuratorate}


@pytest.mark.parametrize(
    "name",
    [
        "四川省第一地区人民检察院",
        "重庆市两江地区人民检察院",
        "河北省人民检察院雄安新区分院",
        "平潭综合实验区人民检察院",
        "苏州工业园区人民检察院",
        "湖北省沙洋地区人民检察院",
    ],
)
def test_real_special_procuratorates_are_placed(name: str) -> None:
    unit = pa.resolve_procuratorate(name)
    entry = next(e for e in pa.registry() if e.name == unit.full_name)
    assert unit.province is not None
    assert unit.province.name == entry.province
    assert unit.level is entry.level
    assert entry.sources


@pytest.mark.parametrize("city", ["东莞市", "儋州市", "嘉峪关市"])
def test_a_city_without_districts_gets_no_level_from_its_code(city: str) -> None:
    unit = pa.resolve_procuratorate(city + "人民检察院")
    entry = next(
        (
            e
            for e in pa.registry()
            if e.kind is pa.Kind.ORDINARY and e.name.endswith(city + "人民检察院")
        ),
        None,
    )
    assert unit.level is (None if entry is None else entry.level)
    assert unit.notes


# --- the registry as shipped --------------------------------------------------------------


def _load_tool() -> ModuleType:
    return load_script("tools/build_registry.py")


def test_the_shipped_registry_is_what_the_tool_builds_from_the_sources() -> None:
    shipped = resources.files("procuratorate_awards").joinpath("data").joinpath("registry.json")
    assert shipped.read_text(encoding="utf-8") == _load_tool().build()


def test_the_tool_refuses_an_entry_without_a_source(tmp_path: Path) -> None:
    tool = _load_tool()
    (tmp_path / "bad.toml").write_text(
        '[[entry]]\nname = "某某人民检察院"\nprovince = "浙江省"\nkind = "zone"\n'
        'level_basis = "none"\nsources = []\n',
        encoding="utf-8",
    )
    with pytest.raises(tool.RegistryError, match="at least one source"):
        tool.build(tmp_path)


@pytest.mark.parametrize(
    ("province", "kind", "message"),
    [
        ('"河北省"', "military", "has no province"),
        ('""', "zone", "is not a provincial-level unit"),
    ],
)
def test_the_tool_gives_a_province_to_every_entry_but_a_military_one(
    tmp_path: Path, province: str, kind: str, message: str
) -> None:
    tool = _load_tool()
    (tmp_path / "bad.toml").write_text(
        f'[[entry]]\nname = "某某检察院"\nprovince = {province}\nkind = "{kind}"\n'
        'level_basis = "none"\n'
        'sources = [{ url = "https://example.org", title = "t", quote = "某某检察院" }]\n',
        encoding="utf-8",
    )
    with pytest.raises(tool.RegistryError, match=message):
        tool.build(tmp_path)


def test_every_entry_is_sourced_and_every_kind_is_covered() -> None:
    entries = pa.registry()
    assert all(entry.sources for entry in entries)
    assert all(s.url.startswith("http") and s.quote for e in entries for s in e.sources)
    kinds = {entry.kind for entry in entries}
    assert kinds >= {
        pa.Kind.BRANCH,
        pa.Kind.RAILWAY_TRANSPORT,
        pa.Kind.CROSS_REGION,
        pa.Kind.CORPS,
        pa.Kind.FORESTRY,
        pa.Kind.LAND_RECLAMATION,
        pa.Kind.MINING,
        pa.Kind.ZONE,
        pa.Kind.MILITARY,
    }
    for entry in entries:
        assert (entry.province is None) is (entry.kind is pa.Kind.MILITARY)
        if entry.level is None:
            assert entry.level_basis


def test_validate_checks_the_registry() -> None:
    pa.validate()


def _load_script_tool() -> ModuleType:
    return load_script("tools/build_script.py")


def test_the_shipped_script_table_is_what_the_tool_builds() -> None:
    shipped = resources.files("procuratorate_awards").joinpath("data").joinpath("simplified.json")
    assert shipped.read_text(encoding="utf-8") == _load_script_tool().build()


def test_the_shipped_everyday_words_are_what_the_tool_builds() -> None:
    shipped = resources.files("procuratorate_awards").joinpath("data").joinpath("everyday.json")
    assert shipped.read_text(encoding="utf-8") == load_script("tools/build_everyday.py").build()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("浙江省紹興市人民檢察院", "浙江省绍兴市人民检察院"),
        ("最高人民檢察院", "最高人民检察院"),
        ("湖北省檢察院武漢鐵路運輸分院", "湖北省人民检察院武汉铁路运输分院"),
        ("吉林省乾安縣人民檢察院", "吉林省乾安县人民检察院"),
        # 陜 for 陝, a common miswriting no dictionary pair holds.
        ("陜西省檢察院", "陕西省人民检察院"),
        ("陝西省檢察院", "陕西省人民检察院"),
        # 甯, a variant of 寧 that place names still show.
        ("江蘇省常州市天甯區檢察院", "江苏省常州市天宁区人民检察院"),
        # 人民檢察署, the name until 1954.
        ("最高人民檢察署", "最高人民检察院"),
        ("湖北省咸寧市人民檢察署", "湖北省咸宁市人民检察院"),
    ],
)
def test_traditional_script_is_read_alike_by_both_functions(text: str, expected: str) -> None:
    _read_alike(text, expected, f"經{text}審查")


def _read_alike(name: str, expected: str, text: str) -> None:
    """``resolve_procuratorate`` reads ``name`` as ``expected``, and ``find_procuratorates``
    finds it in ``text`` as its one mention, read the same."""
    assert pa.resolve_procuratorate(name).full_name == expected
    [mention] = pa.find_procuratorates(text)
    assert mention.text == name
    assert mention.procuratorate is not None
    assert mention.procuratorate.full_name == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("天津市检察二分院", "天津市人民检察院第二分院"),
        ("天津市检二分院", "天津市人民检察院第二分院"),
        ("天津市检察第二分院", "天津市人民检察院第二分院"),
        ("上海市人民检察院一分院", "上海市人民检察院第一分院"),
        ("海南省检察一分院", "海南省人民检察院第一分院"),
    ],
)
@pytest.mark.parametrize("before", ["", "记者走进", "媒体播报\n\n"])
def test_a_numbered_branch_after_its_place_is_read_alike_by_both_functions(
    name: str, expected: str, before: str
) -> None:
    _read_alike(name, expected, f"{before}{name}举办开放日")


@pytest.mark.parametrize(
    "name", ["山西省人民检察院太原铁路运输分院", "山西省检察院太原铁路运输检察分院"]
)
def test_a_branch_the_registry_names_alone_is_read_after_its_province_by_both_functions(
    name: str,
) -> None:
    _read_alike(name, "太原铁路运输检察分院", f"经{name}审查")
    # Another province's procuratorate before it names no branch of its own.
    with pytest.raises(pa.UnknownNameError):
        pa.resolve_procuratorate("陕西省人民检察院太原铁路运输分院")
