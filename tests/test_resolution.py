"""Resolution of procuratorate names: the 59 winners, the hard shapes, the refusals."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import procuratorate_awards as pa
from procuratorate_awards._registry import registry_index

B, P, S = pa.Level.BASIC, pa.Level.PREFECTURAL, pa.Level.PROVINCIAL
ORD, BR, RW = pa.Kind.ORDINARY, pa.Kind.BRANCH, pa.Kind.RAILWAY_TRANSPORT

# name: (province code, prefecture code, county code, level, kind). Written out by hand
# and checked below against the MCA 2022 reference table, not against the package.
WINNERS: dict[str, tuple[str, str | None, str | None, pa.Level, pa.Kind]] = {
    "浙江省绍兴市人民检察院": ("33", "330600", None, P, ORD),
    "江苏省苏州市人民检察院": ("32", "320500", None, P, ORD),
    "湖北省人民检察院": ("42", None, None, S, ORD),
    "浙江省丽水市人民检察院": ("33", "331100", None, P, ORD),
    "浙江省松阳县人民检察院": ("33", "331100", "331124", B, ORD),
    "浙江省嵊州市人民检察院": ("33", "330600", "330683", B, ORD),
    "天津市人民检察院": ("12", None, None, S, ORD),
    "河北省沧州市人民检察院": ("13", "130900", None, P, ORD),
    "河北省沧县人民检察院": ("13", "130900", "130921", B, ORD),
    "山西省沁源县人民检察院": ("14", "140400", "140431", B, ORD),
    "上海市人民检察院": ("31", None, None, S, ORD),
    "上海铁路运输检察院": ("31", None, None, B, RW),
    "江苏省人民检察院": ("32", None, None, S, ORD),
    "浙江省仙居县人民检察院": ("33", "331000", "331024", B, ORD),
    "浙江省诸暨市人民检察院": ("33", "330600", "330681", B, ORD),
    "广东省人民检察院": ("44", None, None, S, ORD),
    "广东省深圳市人民检察院": ("44", "440300", None, P, ORD),
    "广东省深圳市光明区人民检察院": ("44", "440300", "440311", B, ORD),
    "重庆市南岸区人民检察院": ("50", None, "500108", B, ORD),
    "北京市人民检察院第一分院": ("11", None, None, P, BR),
    "北京市昌平区人民检察院": ("11", None, "110114", B, ORD),
    "北京市石景山区人民检察院": ("11", None, "110107", B, ORD),
    "北京市海淀区人民检察院": ("11", None, "110108", B, ORD),
    "河北省人民检察院": ("13", None, None, S, ORD),
    "河北省承德市人民检察院": ("13", "130800", None, P, ORD),
    "吉林省人民检察院": ("22", None, None, S, ORD),
    "黑龙江省大庆市龙凤区人民检察院": ("23", "230600", "230603", B, ORD),
    "上海市崇明区人民检察院": ("31", None, "310151", B, ORD),
    "江苏省无锡市锡山区人民检察院": ("32", "320200", "320205", B, ORD),
    "浙江省永嘉县人民检察院": ("33", "330300", "330324", B, ORD),
    "浙江省绍兴市上虞区人民检察院": ("33", "330600", "330604", B, ORD),
    "浙江省云和县人民检察院": ("33", "331100", "331125", B, ORD),
    "江西省宜春市人民检察院": ("36", "360900", None, P, ORD),
    "湖南省人民检察院": ("43", None, None, S, ORD),
    "广东省深圳市宝安区人民检察院": ("44", "440300", "440306", B, ORD),
    "重庆市沙坪坝区人民检察院": ("50", None, "500106", B, ORD),
    "北京市人民检察院": ("11", None, None, S, ORD),
    "北京市人民检察院第四分院": ("11", None, None, P, BR),
    "河北省石家庄市栾城区人民检察院": ("13", "130100", "130111", B, ORD),
    "上海市黄浦区人民检察院": ("31", None, "310101", B, ORD),
    "上海市闵行区人民检察院": ("31", None, "310112", B, ORD),
    "江苏省泰州市人民检察院": ("32", "321200", None, P, ORD),
    "江苏省泰州市海陵区人民检察院": ("32", "321200", "321202", B, ORD),
    "江苏省盐城市人民检察院": ("32", "320900", None, P, ORD),
    "浙江省杭州市人民检察院": ("33", "330100", None, P, ORD),
    "浙江省慈溪市人民检察院": ("33", "330200", "330282", B, ORD),
    "浙江省海宁市人民检察院": ("33", "330400", "330481", B, ORD),
    "浙江省绍兴市越城区人民检察院": ("33", "330600", "330602", B, ORD),
    "浙江省义乌市人民检察院": ("33", "330700", "330782", B, ORD),
    "山东省人民检察院": ("37", None, None, S, ORD),
    "山东省潍坊市人民检察院": ("37", "370700", None, P, ORD),
    "山东省青岛市人民检察院": ("37", "370200", None, P, ORD),
    "湖北省襄阳市人民检察院": ("42", "420600", None, P, ORD),
    "湖北省黄石市人民检察院": ("42", "420200", None, P, ORD),
    "海南省人民检察院": ("46", None, None, S, ORD),
    "海南省海口市龙华区人民检察院": ("46", "460100", "460106", B, ORD),
    "重庆市渝北区人民检察院": ("50", None, "500112", B, ORD),
    "四川省泸州市人民检察院": ("51", "510500", None, P, ORD),
    "四川省南充市人民检察院": ("51", "511300", None, P, ORD),
}

REFERENCE = Path(__file__).resolve().parent.parent / "tools" / "reference" / "divisions"


def reference_table() -> dict[str, str]:
    lines = (REFERENCE / "mca2022.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split(" ", 1) for line in lines if line.strip())


def shipped_table() -> dict[str, str]:
    data = resources.files("procuratorate_awards").joinpath("data").joinpath("divisions.json")
    return dict(json.loads(data.read_text(encoding="utf-8"))["divisions"])


MCA = reference_table()


def test_the_expectations_cover_every_winner() -> None:
    assert sorted(WINNERS) == sorted(u.name for u in pa.units())


@pytest.mark.parametrize("name", sorted(WINNERS))
def test_every_winner_resolves_to_the_expected_facts(name: str) -> None:
    province, prefecture, county, level, kind = WINNERS[name]
    unit = pa.resolve_procuratorate(name)
    assert unit.province is not None
    assert unit.province.code == province
    assert (unit.prefecture.code if unit.prefecture else None) == prefecture
    assert (unit.county.code if unit.county else None) == county
    assert unit.level is level
    assert unit.kind is kind
    assert unit.code == (county or prefecture or province + "0000")
    assert unit.full_name == name


@pytest.mark.parametrize("name", sorted(WINNERS))
def test_expected_codes_name_the_places_the_unit_names(name: str) -> None:
    province, prefecture, county, _, _ = WINNERS[name]
    shipped = shipped_table()
    for code in (province + "0000", prefecture, county):
        if code is not None:
            assert shipped[code] == MCA[code]
    # Every division the expectation names is written in the unit's name, except a
    # county's prefecture, which the name may leave out (河北省沧县 lies in 沧州市), and
    # the suffix of the province in a railway procuratorate's name (上海铁路运输检察院).
    assert name.startswith(MCA[province + "0000"].removesuffix("市"))
    if county is not None:
        assert MCA[county] in name
        if prefecture is not None:
            assert county.startswith(prefecture[:4])
    elif prefecture is not None:
        assert MCA[prefecture] in name


def test_the_award_list_carries_the_resolved_facts() -> None:
    for award in pa.awards():
        for unit in award.units:
            assert unit == pa.resolve_procuratorate(unit.name)


@pytest.mark.parametrize(
    ("name", "prefecture", "county", "level"),
    [
        ("浙江省嵊州市人民检察院", "绍兴市", "嵊州市", B),
        ("河北省沧县人民检察院", "沧州市", "沧县", B),
        ("北京市昌平区人民检察院", None, "昌平区", B),
        ("北京市人民检察院第一分院", None, None, P),
        ("杭州市人民检察院", "杭州市", None, P),
        ("义乌市人民检察院", "金华市", "义乌市", B),
        ("延边州人民检察院", "延边朝鲜族自治州", None, P),
        ("凉山州人民检察院", "凉山彝族自治州", None, P),
        ("吉林市人民检察院", "吉林市", None, P),
        ("沧州市人民检察院", "沧州市", None, P),
        ("湖北省仙桃市人民检察院", None, "仙桃市", B),
        ("绍兴市检察院", "绍兴市", None, P),
        ("浙江省嵊州市", "绍兴市", "嵊州市", B),
        ("浙江 省嵊州市\n人民检察院", "绍兴市", "嵊州市", B),
        ("重庆市\u3000南岸区人民检察院", None, "南岸区", B),
    ],
)
def test_hard_shapes(
    name: str, prefecture: str | None, county: str | None, level: pa.Level
) -> None:
    unit = pa.resolve_procuratorate(name)
    assert (unit.prefecture.name if unit.prefecture else None) == prefecture
    assert (unit.county.name if unit.county else None) == county
    assert unit.level is level
    assert unit.name == name


def test_railway_transport_procuratorate() -> None:
    unit = pa.resolve_procuratorate("上海铁路运输检察院")
    assert unit.kind is RW
    assert unit.level is B
    assert unit.province is not None
    assert unit.province.name == "上海市"
    assert unit.prefecture is None
    assert unit.county is None
    assert unit.notes
    branch = pa.resolve_procuratorate("兰州铁路运输检察分院")
    assert (branch.kind, branch.level) == (RW, P)
    assert branch.full_name == "甘肃省人民检察院兰州铁路运输检察分院"
    assert "分院" in branch.notes[0]
    # A railway procuratorate of a city is placed only where the registry holds it.
    with pytest.raises(pa.UnknownNameError, match="railway transport procuratorate"):
        pa.resolve_procuratorate("杭州市铁路运输检察院")


@pytest.mark.parametrize(
    ("former", "current", "code"),
    [
        ("上海市崇明县人民检察院", "崇明区", "310151"),
        ("湖南省望城县人民检察院", "望城区", "430112"),
        ("湖北省襄樊市人民检察院", "襄阳市", "420600"),
        ("浙江省上虞市人民检察院", "上虞区", "330604"),
        ("河北省栾城县人民检察院", "栾城区", "130111"),
        ("上海市卢湾区人民检察院", "黄浦区", "310101"),
    ],
)
def test_former_names_resolve_to_their_2022_successor_with_a_note(
    former: str, current: str, code: str
) -> None:
    unit = pa.resolve_procuratorate(former)
    assert unit.code == code
    division = unit.county or unit.prefecture
    assert division is not None
    assert division.name == current
    assert any("2022 successor" in note for note in unit.notes)
    assert current in unit.full_name


def test_current_names_win_over_former_ones() -> None:
    # 邯郸市 is today a prefecture; a county-level 邯郸市 existed until 1983.
    unit = pa.resolve_procuratorate("邯郸市人民检察院")
    assert unit.prefecture is not None
    assert unit.prefecture.code == "130400"
    assert unit.notes == ()


def test_a_two_character_former_name_is_read_only_after_its_division() -> None:
    for everyday_word in ("新区人民检察院", "市区人民检察院", "南区人民检察院"):
        with pytest.raises(pa.UnknownNameError):
            pa.resolve_procuratorate(everyday_word)
    unit = pa.resolve_procuratorate("湖南省株洲市南区人民检察院")
    assert unit.code == "430203"
    assert any("南区 (430204)" in note for note in unit.notes)
    # A county's or a banner's is no everyday word: it is read on its own too.
    unit = pa.resolve_procuratorate("横县人民检察院")
    assert unit.full_name == "广西壮族自治区横州市人民检察院"
    assert any("横县 (450127)" in note for note in unit.notes)
    assert pa.resolve_procuratorate("通县人民检察院").full_name == "北京市通州区人民检察院"


def test_a_branch_the_registry_does_not_hold_is_refused() -> None:
    with pytest.raises(pa.UnknownNameError, match="not a branch the registry holds") as caught:
        pa.resolve_procuratorate("北京市人民检察院第五分院")
    assert "北京市人民检察院第四分院" in caught.value.candidates
    named = pa.resolve_procuratorate("河北省人民检察院雄安新区分院")
    assert (named.kind, named.level) == (BR, P)


def test_every_railway_procuratorate_reads_by_its_tiejian_short_form() -> None:
    railway = [e for e in pa.registry() if e.kind is pa.Kind.RAILWAY_TRANSPORT]
    basic = [e for e in railway if e.name.endswith("铁路运输检察院")]
    branches = [e for e in railway if e.name.endswith(("铁路运输分院", "铁路运输检察分院"))]
    assert len(basic) > 30
    assert len(branches) > 10
    for entry in basic:
        short = entry.name.removesuffix("铁路运输检察院") + "铁检院"
        assert pa.resolve_procuratorate(short).full_name == entry.name, short
    for entry in branches:
        place = entry.name.rpartition("检察院")[2] or entry.name
        short = place.removesuffix("检察分院").removesuffix("分院").removesuffix("铁路运输")
        if short:  # 山东省人民检察院铁路运输分院 names no place to shorten
            assert pa.resolve_procuratorate(short + "铁检分院").full_name == entry.name, short


@pytest.mark.parametrize(
    "written", ["南铁检察院", "长铁检察院", "上铁检察院", "呼铁检察分院", "石铁院", "齐铁", "石铁"]
)
def test_a_railway_initial_two_cities_share_or_a_colleges_is_refused(written: str) -> None:
    # 南京, 南昌 and 南宁; 长春 and 长沙; 上海 and 上饶, 呼和浩特 and 呼伦贝尔, of which the
    # registry need not hold every railway procuratorate; 石铁院 is a railway college's short
    # name; an initial without its 检察院 is no name.
    with pytest.raises(pa.UnknownNameError):
        pa.resolve_procuratorate(written)
    assert list(pa.find_procuratorates(f"据{written}消息")) == []


def test_a_branch_named_by_a_prefecture_reads_with_its_diqu() -> None:
    unit = pa.resolve_procuratorate("大兴安岭地区检察分院")
    assert unit.full_name == "黑龙江省人民检察院大兴安岭分院"
    (mention,) = pa.find_procuratorates("大兴安岭地区检察分院召开会议")
    assert mention.procuratorate == unit


@pytest.mark.parametrize(
    ("written", "full_name"),
    [
        # A numbered branch with or without its 第, and with or without 检察.
        ("北京市检察院一分院", "北京市人民检察院第一分院"),
        ("上海市人民检察院三分院", "上海市人民检察院第三分院"),
        ("重庆市检察院一分院", "重庆市人民检察院第一分院"),
        ("北京市人民检察院第二检察分院", "北京市人民检察院第二分院"),
        # A railway by its city's first character, where no other of its rank shares it.
        ("齐铁检察院", "齐齐哈尔铁路运输检察院"),
        ("成铁检察分院", "四川省人民检察院成都铁路运输分院"),
        ("兰铁检察分院", "甘肃省人民检察院兰州铁路运输检察分院"),
        ("兰铁分院", "甘肃省人民检察院兰州铁路运输检察分院"),
        # A branch named by a 地区 or a 盟, without 检察.
        ("阿克苏分院", "新疆维吾尔自治区人民检察院阿克苏分院"),
        ("阿拉善盟分院", "阿拉善盟检察分院"),
        # A railway transport branch by its railway alone.
        ("昆明铁路运输分院", "云南省人民检察院昆明铁路运输分院"),
        ("兰州铁路运输分院", "甘肃省人民检察院兰州铁路运输检察分院"),
        # A name that begins with its province, by the province's bare name.
        ("重庆两江地区人民检察院", "重庆市两江地区人民检察院"),
        ("青海三江源地区检察院", "青海省三江源地区人民检察院"),
        # A named branch after the word for its province's level, where no other reads so.
        ("省检察院郑州铁路运输分院", "河南省人民检察院郑州铁路运输分院"),
        ("省人民檢察院遼河分院", "辽宁省人民检察院辽河分院"),
        ("自治区人民检察院阿克苏分院", "新疆维吾尔自治区人民检察院阿克苏分院"),
        ("市检察院北京铁路运输分院", "北京市人民检察院第四分院"),
        ("省检察院辽河检察分院", "辽宁省人民检察院辽河分院"),
        # A mirror site's pinyin glosses are no part of a name.
        ("江西省人民檢察院南昌鐵路運(yùn)輸分院", "江西省人民检察院南昌铁路运输分院"),
    ],
)
def test_registry_names_as_pages_print_them(written: str, full_name: str) -> None:
    assert pa.resolve_procuratorate(written).full_name == full_name
    (mention,) = pa.find_procuratorates(f"据{written}消息")
    assert mention.procuratorate is not None
    assert mention.procuratorate.full_name == full_name


@pytest.mark.parametrize(
    ("name", "full_name", "note"),
    [
        (
            "四川省资阳市简阳市人民检察院",
            "四川省简阳市人民检察院",
            "简阳市 lay in 资阳市 until 2016",
        ),
        ("广东省海口市人民检察院", "海南省海口市人民检察院", "海口市 lay in 广东省 until 1988"),
        (
            "江苏省扬州市泰兴市人民检察院",
            "江苏省泰兴市人民检察院",
            "泰兴市 lay in 扬州市 until 1996",
        ),
    ],
)
def test_a_name_under_a_place_it_lay_in_before_resolves_with_a_note(
    name: str, full_name: str, note: str
) -> None:
    unit = pa.resolve_procuratorate(name)
    assert unit.full_name == full_name
    assert note in unit.notes


def _registry_forms() -> list[str]:
    """Every form the registry answers to that a procuratorate's word closes (院, 检)."""
    return sorted(form for form in registry_index().by_form if form.endswith(("院", "检")))


def test_the_finder_finds_every_registry_form_the_resolver_takes() -> None:
    # Short forms no 检察院 closes (上海三分检, 长沙铁检, 沈阳城郊院) and names under their
    # parent (北京市人民检察院团河地区检察院) included: one mention each, read alike.
    forms = _registry_forms()
    assert {"上海三分检", "长沙铁检", "沈阳城郊院", "北京市人民检察院团河地区检察院"} <= set(forms)
    for form in forms:
        (mention,) = pa.find_procuratorates(f"据{form}消息，")
        assert mention.text == form
        assert mention.procuratorate == pa.resolve_procuratorate(form), form


@pytest.mark.parametrize("text", ["宣武医院雄安分院", "医院阿克苏分院", "协和医院分院"])
def test_a_plain_branch_form_after_another_word_is_no_mention(text: str) -> None:
    assert list(pa.find_procuratorates(text)) == []


@pytest.mark.parametrize(
    "written",
    [
        "上海两江地区人民检察院",
        # A numbered branch after a level word may be any province's or municipality's.
        "省检察院第一分院",
        "省检察院一分院",
        "市检察院第二分院",
        # A named branch after another level's word, or one named by a kind alone.
        "自治区检察院辽河分院",
        "省检察院林区分院",
        "省检察院农垦分院",
        "省检察院铁路运输分院",
        # A municipality's short form without the municipality (北京市检三分院).
        "检三分院",
    ],
)
def test_a_registry_name_under_another_or_no_province_is_refused(written: str) -> None:
    with pytest.raises(pa.UnknownNameError):
        pa.resolve_procuratorate(written)
    assert [m.procuratorate for m in pa.find_procuratorates(f"据{written}消息")] in ([], [None])


@pytest.mark.parametrize("invented", ["北京市检察院五分院", "嵊州市人民检察院一分院"])
def test_an_unheld_branch_without_its_di_is_refused(invented: str) -> None:
    with pytest.raises(pa.UnknownNameError):
        pa.resolve_procuratorate(invented)


def test_supreme_procuratorate() -> None:
    for name in ("最高人民检察院", "最高检察院", "最高检", "中华人民共和国最高人民检察院"):
        unit = pa.resolve_procuratorate(name)
        assert unit.level is pa.Level.SUPREME
        assert unit.province is None
        assert unit.code is None


def test_levels_without_a_source_are_none_and_say_why() -> None:
    for name in ("新疆生产建设兵团人民检察院", "中国人民解放军军事检察院"):
        unit = pa.resolve_procuratorate(name)
        assert unit.level is None
        assert unit.notes
        assert pa.resolve_level(name) is None
    assert pa.resolve_procuratorate("中国人民解放军军事检察院").kind is pa.Kind.MILITARY


def test_ambiguous_name_lists_every_candidate() -> None:
    with pytest.raises(pa.AmbiguousNameError) as caught:
        pa.resolve_procuratorate("朝阳区人民检察院")
    assert caught.value.candidates == ("北京市朝阳区", "吉林省长春市朝阳区")
    assert isinstance(caught.value, LookupError)
    assert "朝阳区" in str(caught.value)
    assert pa.resolve_procuratorate("北京市朝阳区人民检察院").code == "110105"
    assert pa.resolve_procuratorate("长春市朝阳区人民检察院").code == "220104"


@pytest.mark.parametrize(
    ("name", "closest"),
    [
        ("浙江省嵊洲市人民检察院", "浙江省绍兴市嵊州市"),
        ("浙江省绍兴市越成区人民检察院", "浙江省绍兴市越城区"),
        ("绍兴市中级人民法院", "浙江省绍兴市"),
        ("杭州市西湖县人民检察院", "浙江省杭州市西湖区"),
    ],
)
def test_unknown_name_suggests_the_closest(name: str, closest: str) -> None:
    with pytest.raises(pa.UnknownNameError) as caught:
        pa.resolve_procuratorate(name)
    assert caught.value.candidates[0] == closest
    assert caught.value.query == name
    assert closest in str(caught.value)


@pytest.mark.parametrize(
    "name", ["", "   ", "检察院", "人民检察院", "北京市公安局", "hello", "x" * 10_000]
)
def test_non_names_are_refused(name: str) -> None:
    with pytest.raises(pa.UnknownNameError):
        pa.resolve_procuratorate(name)


@pytest.mark.parametrize("value", [None, 33, b"\xe6\xb5\x99", ["浙江省人民检察院"]])
def test_non_strings_raise_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        pa.resolve_procuratorate(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        pa.resolve_level(value)  # type: ignore[arg-type]


def test_a_long_input_gives_a_short_message() -> None:
    with pytest.raises(pa.UnknownNameError) as caught:
        pa.resolve_procuratorate("浙" * 1_000_000)
    assert len(str(caught.value)) < 300


def test_errors_are_fresh_each_time() -> None:
    errors = []
    for _ in range(2):
        with pytest.raises(pa.UnknownNameError) as caught:
            pa.resolve_procuratorate("北京市公安局")
        errors.append(caught.value)
    assert errors[0] is not errors[1]
    assert str(errors[0]) == str(errors[1])


NAME_PARTS = st.sampled_from(
    [
        "浙江省",
        "绍兴市",
        "嵊州市",
        "朝阳区",
        "人民",
        "检察院",
        "分院",
        "第一",
        "铁路运输",
        "州",
        "县",
        "省",
        "市",
        "区",
        "最高",
        "检",
        "新疆生产建设兵团",
        "军事",
        "农垦",
        "林区",
        " ",
        "\n",
        "、",
        "ａ",
        "北京",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(NAME_PARTS, max_size=8).map("".join)))
def test_arbitrary_text_raises_only_documented_errors(text: str) -> None:
    outcomes: list[object] = []
    for _ in range(2):
        try:
            outcomes.append(pa.resolve_procuratorate(text))
        except pa.NameLookupError as error:
            outcomes.append(type(error).__name__ + str(error))
    assert outcomes[0] == outcomes[1]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.integers(), st.lists(NAME_PARTS, max_size=5).map("".join)))
def test_arbitrary_province_input_raises_only_documented_errors(value: str | int) -> None:
    outcomes: list[object] = []
    for _ in range(2):
        try:
            outcomes.append(pa.resolve_province(value))
        except pa.NameLookupError as error:
            outcomes.append(type(error).__name__ + str(error))
    assert outcomes[0] == outcomes[1]


@pytest.mark.parametrize(
    ("name", "full_name"),
    [
        ("淮滨检察院", "河南省淮滨县人民检察院"),
        ("慈溪检察院", "浙江省慈溪市人民检察院"),
        ("杭州余杭区检察院", "浙江省杭州市余杭区人民检察院"),
        ("杭州人民检察院", "浙江省杭州市人民检察院"),
        # An autonomous county by its short form's stem.
        ("白沙检察院", "海南省白沙黎族自治县人民检察院"),
        ("长阳检察院", "湖北省长阳土家族自治县人民检察院"),
    ],
)
def test_a_place_name_without_its_type_is_read_where_nothing_else_fits(
    name: str, full_name: str
) -> None:
    unit = pa.resolve_procuratorate(name)
    assert unit.full_name == full_name
    assert any("without its type" in note for note in unit.notes)


@pytest.mark.parametrize("name", ["昌江检察院", "宽城检察院", "本溪检察院"])
def test_a_stem_that_an_autonomous_county_shares_is_ambiguous(name: str) -> None:
    # 昌江 is 景德镇's 昌江区 and Hainan's 昌江黎族自治县; 本溪, the city and its county.
    with pytest.raises(pa.AmbiguousNameError):
        pa.resolve_procuratorate(name)


def test_the_province_settles_a_shared_stem() -> None:
    unit = pa.resolve_procuratorate("海南省昌江检察院")
    assert unit.full_name == "海南省昌江黎族自治县人民检察院"


def test_a_stem_loses_to_a_full_name() -> None:
    # 吉林 is the province's name; the city's stem is read only where nothing else fits.
    assert pa.resolve_procuratorate("吉林检察院").full_name == "吉林省人民检察院"
    with pytest.raises(pa.AmbiguousNameError):
        pa.resolve_procuratorate("长安检察院")


def test_a_leading_byte_order_mark_is_harmless() -> None:
    plain = pa.resolve_procuratorate("浙江省嵊州市人民检察院")
    marked = pa.resolve_procuratorate("\ufeff浙江省嵊州市人民检察院")
    assert (marked.full_name, marked.code, marked.level) == (plain.full_name, "330683", plain.level)
    assert pa.resolve_province("\ufeff浙江") is pa.resolve_province("浙江")


def test_two_spellings_of_one_procuratorate_are_one_procuratorate() -> None:
    short = pa.resolve_procuratorate("嵊州市人民检察院")
    full = pa.resolve_procuratorate("浙江省嵊州市人民检察院")
    assert short == full
    assert hash(short) == hash(full)
    assert len({short, full}) == 1
    assert (short.name, full.name) == ("嵊州市人民检察院", "浙江省嵊州市人民检察院")
    former = pa.resolve_procuratorate("崇明县人民检察院")
    assert former == pa.resolve_procuratorate("上海市崇明区人民检察院")
    assert former.notes != ()
    city = pa.resolve_procuratorate("绍兴市人民检察院")
    assert city != short


@pytest.mark.parametrize(
    "name", ["新疆生产建设兵团人民检察院第九师分院", "新疆生产建设兵团人民检察院"]
)
def test_a_corps_procuratorate_gives_each_note_once(name: str) -> None:
    unit = pa.resolve_procuratorate(name)
    assert unit.level is None
    assert unit.notes
    assert len(set(unit.notes)) == len(unit.notes)


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("内蒙古自治区人民检察院兴安盟分院", "兴安盟检察分院"),
        ("内蒙古自治区检察院阿拉善盟分院", "阿拉善盟检察分院"),
        ("内蒙古自治区人民检察院锡林郭勒盟分院", "内蒙古自治区锡林郭勒盟检察分院"),
    ],
)
def test_a_branch_printed_short_is_read_under_its_parent_too(name: str, entry: str) -> None:
    unit = pa.resolve_procuratorate(name)
    assert unit.full_name == entry
    assert unit.province is not None
    assert unit.province.name == "内蒙古自治区"
