"""Reading procuratorates as real text writes them: short, relative, marked up, in any script."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import procuratorate_awards as pa
from procuratorate_awards import _lists, _reading, _windows
from procuratorate_awards._alone import ORGAN_VERBS
from procuratorate_awards._divisions import CURRENT, STEM, division_level, index
from procuratorate_awards._letters import BEFORE_RELATIVE


def _found(text: str, **options: object) -> list[tuple[str, str | None]]:
    return [
        (m.text, None if m.procuratorate is None else m.procuratorate.full_name)
        for m in pa.find_procuratorates(text, **options)  # type: ignore[arg-type]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "沧州市人民检察院应邀参加座谈。会上，市检察院党组副书记发言。",
            [
                ("沧州市人民检察院", "河北省沧州市人民检察院"),
                ("市检察院", "河北省沧州市人民检察院"),
            ],
            id="a city's procuratorate named before",
        ),
        pytest.param(
            "在凌海市人民代表大会上，凌海市人民检察院检察长报告：市人民检察院在锦州市检察院领导下",
            [
                ("凌海市人民检察院", "辽宁省凌海市人民检察院"),
                ("市人民检察院", "辽宁省凌海市人民检察院"),
                ("锦州市检察院", "辽宁省锦州市人民检察院"),
            ],
            id="a county-level city's own",
        ),
        pytest.param(
            "会议在凌海市召开，市人民检察院检察长出席",
            [("市人民检察院", "辽宁省凌海市人民检察院")],
            id="a county-level city's own, named as a place",
        ),
        pytest.param(
            "锦州市人民检察院表彰先进集体：北镇市人民检察院。市检察院领导颁奖",
            [
                ("锦州市人民检察院", "辽宁省锦州市人民检察院"),
                ("北镇市人民检察院", "辽宁省北镇市人民检察院"),
                ("市检察院", "辽宁省锦州市人民检察院"),
            ],
            id="a county-level city another procuratorate's text lists",
        ),
        pytest.param(
            "延吉市人民检察院办理此案，州检察院予以肯定。",
            [
                ("延吉市人民检察院", "吉林省延吉市人民检察院"),
                ("州检察院", "吉林省延边朝鲜族自治州人民检察院"),
            ],
            id="the prefecture of a county-level city",
        ),
        pytest.param(
            "上海市金山区检察院制定办法，将通过区院门户网站公布",
            [
                ("上海市金山区检察院", "上海市金山区人民检察院"),
                ("区院", "上海市金山区人民检察院"),
            ],
            id="after a word that introduces a noun",
        ),
        pytest.param(
            "梁园区人民检察院汇报。梁园区政协委员就区检察院工作提出建议",
            [
                ("梁园区人民检察院", "河南省商丘市梁园区人民检察院"),
                ("区检察院", "河南省商丘市梁园区人民检察院"),
            ],
            id="after 就",
        ),
        pytest.param(
            "我代表区人民检察院向大会报告工作。武汉市武昌区人民检察院检察长",
            [
                ("区人民检察院", "湖北省武汉市武昌区人民检察院"),
                ("武汉市武昌区人民检察院", "湖北省武汉市武昌区人民检察院"),
            ],
            id="after 代表, where the whole text names the district",
        ),
        pytest.param(
            "部署和自治区检察院工作要求，防城港市检察院与上海市浦东新区检察院结对共建",
            [
                ("自治区检察院", "广西壮族自治区人民检察院"),
                ("防城港市检察院", "广西壮族自治区防城港市人民检察院"),
                ("上海市浦东新区检察院", "上海市浦东新区人民检察院"),
            ],
            id="an autonomous region's, of the places the text names",
        ),
        pytest.param(
            "广西南宁市检察院公益诉讼工作获省院调研组肯定",
            [
                ("广西南宁市检察院", "广西壮族自治区南宁市人民检察院"),
                ("省院", "广西壮族自治区人民检察院"),
            ],
            id="an autonomous region's 省院, as news writes it",
        ),
        pytest.param(
            "北京市海淀区检察院和省检察院",
            [("北京市海淀区检察院", "北京市海淀区人民检察院"), ("省检察院", None)],
            id="no municipality's 省检察院",
        ),
        pytest.param(
            "海淀区人民檢察院發布。對區檢察院的工作提出建議",
            [
                ("海淀区人民檢察院", "北京市海淀区人民检察院"),
                ("區檢察院", "北京市海淀区人民检察院"),
            ],
            id="after a word that introduces a noun, in traditional script",
        ),
        pytest.param(
            "上海市人民检察院部署，以一分院、二分院为主",
            [
                ("上海市人民检察院", "上海市人民检察院"),
                ("一分院", "上海市人民检察院第一分院"),
                ("二分院", "上海市人民检察院第二分院"),
            ],
            id="a bare branch after 以",
        ),
        pytest.param(
            "内蒙古自治区检察院及内蒙古各盟市检察院的领导",
            [("内蒙古自治区检察院", "内蒙古自治区人民检察院")],
            id="leagues and cities, generic",
        ),
        pytest.param(
            "米脂县人大对县检察院提请任命的人员暂缓任命。",
            [("县检察院", "陕西省米脂县人民检察院")],
            id="the county a council is of",
        ),
        pytest.param(
            "浙江省嵊州市人民检察院办理此案，该院表示感谢，省院予以肯定。",
            [
                ("浙江省嵊州市人民检察院", "浙江省嵊州市人民检察院"),
                ("该院", "浙江省嵊州市人民检察院"),
                ("省院", "浙江省人民检察院"),
            ],
            id="province and that procuratorate",
        ),
        pytest.param(
            "杭州市院和宝鸡市凤翔区院联合办案",
            [
                ("杭州市院", "浙江省杭州市人民检察院"),
                ("宝鸡市凤翔区院", "陕西省宝鸡市凤翔区人民检察院"),
            ],
            id="X市院 and X区院",
        ),
        pytest.param(
            "淮滨检察院、慈溪检察院和杭州余杭区检察院",
            [
                ("淮滨检察院", "河南省淮滨县人民检察院"),
                ("慈溪检察院", "浙江省慈溪市人民检察院"),
                ("杭州余杭区检察院", "浙江省杭州市余杭区人民检察院"),
            ],
            id="a place without its type",
        ),
        pytest.param(
            "上海市浦東檢察院和天津滨海检察院",
            [
                ("上海市浦東檢察院", "上海市浦东新区人民检察院"),
                ("天津滨海检察院", "天津市滨海新区人民检察院"),
            ],
            id="a new area without its two-character type",
        ),
        pytest.param(
            "高检院、最高检察院和雄安检察分院",
            [
                ("高检院", "最高人民检察院"),
                ("最高检察院", "最高人民检察院"),
                ("雄安检察分院", "河北省人民检察院雄安新区分院"),
            ],
            id="short names of the Supreme and of a branch",
        ),
        pytest.param(
            "北京市东城区人民检察院与朝阳区人民检察院联合发布",
            [
                ("北京市东城区人民检察院", "北京市东城区人民检察院"),
                ("朝阳区人民检察院", "北京市朝阳区人民检察院"),
            ],
            id="an ambiguous name the document settles",
        ),
        pytest.param(
            "<p><b>浙江省绍兴市</b>人民检察院&nbsp;与最高人民檢察院</p>",
            [
                ("浙江省绍兴市</b>人民检察院", "浙江省绍兴市人民检察院"),
                ("最高人民檢察院", "最高人民检察院"),
            ],
            id="markup, entities and traditional script",
        ),
        pytest.param(
            "\ufeff浙江省\u200b绍兴市人民\u00ad检察院",
            [("浙江省\u200b绍兴市人民\u00ad检察院", "浙江省绍兴市人民检察院")],
            id="byte-order mark, zero-width space, soft hyphen",
        ),
        pytest.param(
            "浙江省&#8203;绍兴市人民&shy;检察院，江西省人民检\u200b察署",
            [
                ("浙江省&#8203;绍兴市人民&shy;检察院", "浙江省绍兴市人民检察院"),
                ("江西省人民检\u200b察署", "江西省人民检察院"),
            ],
            id="invisible characters as entities, and inside 人民检察署",
        ),
        pytest.param(
            "最高人民檢察署向湖北省咸寧市人民檢察署交辦，臺灣高等檢察署與最高檢察署另案部署",
            [
                ("最高人民檢察署", "最高人民检察院"),
                ("湖北省咸寧市人民檢察署", "湖北省咸宁市人民检察院"),
            ],
            id="人民檢察署, not a 檢察署 of Taiwan",
        ),
    ],
)
def test_forms_of_real_text(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "全省检察院、各市院和两级院都要落实",
        "各省、自治区、直辖市人民检察院",
        "部分县检察院和各分市检察院",
        "绍兴市中级人民法院、绍兴市公安局和国家检察官学院",
        "检察日报社记者采访了浙江大学和吉林大学的教授",
        "证人李湖南、被告人王浙江到庭",
        "本院认为，被告人的行为构成盗窃罪",
    ],
)
def test_what_is_no_procuratorate_is_never_a_mention(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大东区人民检察院接待清原县院一行", "清原县院"),
        ("大東區人民檢察院與清原縣院共研", "清原縣院"),
        ("接待恩施州院领导", "恩施州院"),
    ],
)
def test_an_autonomous_short_form_that_keeps_its_type_starts_a_name(
    text: str, expected: str
) -> None:
    """Such a short form (清原县 of 清原满族自治县) is a name after any ideograph."""
    assert expected in [surface for surface, _ in _found(text)]


def test_ben_yuan_of_a_procuratorates_statistics_on_trials_is_the_procuratorate() -> None:
    text = "黄梅县检察院检察业务数据\n本院共受理审查起诉案件413件，审判环节受理羁押必要性审查34人"
    assert _found(text)[1] == ("本院", "湖北省黄梅县人民检察院")
    # A judge (审判长) is a trial's word still.
    assert _found("黄梅县检察院。本院认为。审判长张三") == [
        ("黄梅县检察院", "湖北省黄梅县人民检察院")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "湖北省当阳市人民检察院\n刑事抗诉书\n本院收到湖北省当阳市人民法院判决书。本院认为",
        "湖北省当阳市人民檢察院\n刑事抗訴書\n本院收到湖北省当阳市人民法院判决书。本院认为",
        "湖北省当阳市人民检察院 起诉书 被告人张某，本院经审查认为",
    ],
)
def test_ben_yuan_of_a_procuratorates_own_instrument_is_the_procuratorate(text: str) -> None:
    """An indictment or a protest speaks of courts and judgments, and its 本院 is its own."""
    own = [m.procuratorate for m in pa.find_procuratorates(text) if m.text == "本院"]
    assert own
    assert [unit and unit.full_name for unit in own] == ["湖北省当阳市人民检察院"] * len(own)


@pytest.mark.parametrize(
    "text",
    [
        "湖北省当阳市人民法院\n刑事判决书\n公诉机关湖北省当阳市人民检察院。本院认为",
        # Traditional script, and a heading spaced out.
        "杭 州 互 聯 網 法 院\n民 事 判 決 書\n公益訴訟起訴人:杭州市拱墅區人民檢察院。本院認為",
        # An excerpt without its heading: the parties' counsel, the claims brought.
        "委托訴訟代理人:廖月中,律師。\n公益訴訟人湖北省利川市人民檢察院與被告一案,"
        "本院于2016年6月16日立案。公益訴訟人向本院提出訴訟請求",
    ],
)
def test_a_judgments_ben_yuan_is_still_the_court(text: str) -> None:
    [(surface, name)] = _found(text)
    assert surface.endswith(("人民检察院", "人民檢察院"))
    assert name is not None


def test_a_provincial_reference_joins_the_branch_named_right_after_it() -> None:
    text = "内蒙古消息：自治区人民检察院呼和浩特铁路运输检察分院发布案例"
    assert _found(text) == [
        ("自治区人民检察院呼和浩特铁路运输检察分院", "内蒙古自治区人民检察院呼和浩特铁路运输分院")
    ]


def test_a_numbered_city_area_the_registry_does_not_hold_is_an_unresolved_mention() -> None:
    [mention] = pa.find_procuratorates("据东莞市第一市区人民检察院消息")
    assert mention.text == "东莞市第一市区人民检察院"
    assert mention.procuratorate is None
    assert mention.reason == "unknown: is not a numbered 市区 procuratorate the registry holds"
    with pytest.raises(pa.UnknownNameError, match="numbered 市区"):
        pa.resolve_procuratorate("东莞市第一市区人民检察院")
    assert _found("东莞市第二市区人民检察院") == [
        ("东莞市第二市区人民检察院", "东莞市第二市区人民检察院")
    ]
    [traditional] = pa.find_procuratorates("據東莞市第一市區人民檢察院消息")
    assert (traditional.text, traditional.reason) == ("東莞市第一市區人民檢察院", mention.reason)


def test_a_zone_named_by_its_type_is_the_last_such_zone_named() -> None:
    text = "宿迁经济技术开发区人民检察院挂牌成立。经开区检察院将在省检察院领导下工作。"
    assert _found(text) == [
        ("宿迁经济技术开发区人民检察院", "宿迁经济技术开发区人民检察院"),
        ("经开区检察院", "宿迁经济技术开发区人民检察院"),
        ("省检察院", "江苏省人民检察院"),
    ]
    [alone] = pa.find_procuratorates("经开区检察院召开会议")
    assert alone.procuratorate is None


def test_pinyin_glosses_of_mirror_sites_are_read_through() -> None:
    text = "北京市朝陽(yáng)區(qū)人民檢察院"
    assert _found(text) == [(text, "北京市朝阳区人民检察院")]
    # A gloss belongs to the character it glosses, at a mention's end too.
    assert _found("涉及漢濱區(qū)、旬陽(yáng)市等7個(gè)檢察院") == [
        ("漢濱區(qū)", "陕西省安康市汉滨区人民检察院"),
        ("旬陽(yáng)市", "陕西省旬阳市人民检察院"),
    ]


def test_a_relative_reference_nothing_settles_is_reported_unresolved() -> None:
    [mention] = pa.find_procuratorates("市检察院召开党组会议")
    assert mention.procuratorate is None
    assert mention.reason is not None
    assert mention.reason.startswith("relative")


def test_the_procuratorate_a_document_is_about_settles_its_own_references() -> None:
    text = "近日，本院召开会议，市检察院派员参加。"
    # 本院 without a context could be a court, or anyone's; 市 has no place before it.
    assert _found(text) == [("市检察院", None)]
    about = "浙江省嵊州市人民检察院"
    assert _found(text, context=about) == [
        ("本院", "浙江省嵊州市人民检察院"),
        ("市检察院", "浙江省绍兴市人民检察院"),
    ]


def test_an_ambiguous_name_is_read_in_the_city_the_text_is_about() -> None:
    # 鼓楼区 of 南京 and of 徐州 both lie in 江苏: the text's city settles it.
    text = "南京市检察院主办，鼓楼区院承办。鼓楼区检察院发言"
    assert _found(text)[1:] == [
        ("鼓楼区院", "江苏省南京市鼓楼区人民检察院"),
        ("鼓楼区检察院", "江苏省南京市鼓楼区人民检察院"),
    ]


def test_an_ambiguous_name_is_read_in_the_one_city_the_texts_places_lie_in() -> None:
    # No other procuratorate is named: the places written otherwise settle it.
    text = "鼓楼聘请49名检察听证员\n来源:福州晚报\n鼓楼区检察院日前聘任"
    assert _found(text) == [("鼓楼区检察院", "福建省福州市鼓楼区人民检察院")]
    # Else the one province they lie in: 朝阳区 of 长春, not of 北京.
    assert _found("长春市、吉林市两地。朝阳区检察院") == [
        ("朝阳区检察院", "吉林省长春市朝阳区人民检察院")
    ]
    # Places of two provinces settle nothing; nor does none.
    assert _found("福州、南京两地。鼓楼区检察院")[-1] == ("鼓楼区检察院", None)
    assert _found("鼓楼区检察院日前聘任") == [("鼓楼区检察院", None)]


def test_an_ambiguous_name_is_read_as_the_one_of_its_places_the_text_names_otherwise() -> None:
    # 乌鲁木齐 is a city and a county of that city: 该市检察院 says which.
    text = "乌鲁木齐检察院批捕嫌疑人。该市检察院成立专案小组"
    assert _found(text) == [
        ("乌鲁木齐检察院", "新疆维吾尔自治区乌鲁木齐市人民检察院"),
        ("市检察院", "新疆维吾尔自治区乌鲁木齐市人民检察院"),
    ]
    # Without it, the name stays unresolved.
    assert _found("乌鲁木齐检察院批捕嫌疑人") == [("乌鲁木齐检察院", None)]


def test_shi_after_a_word_that_follows_a_place_is_no_reference_to_that_place() -> None:
    # 二连市 is 二连浩特市 cut short, a county-level city of 锡林郭勒盟: never the league's.
    found = pa.find_procuratorates("锡林郭勒盟二连市检察院")
    assert [(m.text, m.procuratorate) for m in found] == [("市检察院", None)]
    assert (found[0].reason or "").startswith("unknown: 二连市检察院")
    # An organ between the place and the reference leaves the place's own.
    assert _found("杭州市委市检察院") == [("市检察院", "浙江省杭州市人民检察院")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Named after a river or a town no table of divisions holds, after a place.
        ("内蒙古自治區大青山地區檢察院", ["内蒙古自治區大青山地區檢察院"]),
        ("吉林省白石山林区检察院", ["吉林省白石山林区检察院"]),
        # A city's outskirts, a cooperation zone, a pilot zone: kinds the registry holds.
        ("海口市城郊檢察院", ["海口市城郊檢察院"]),
        ("深圳市前海合作区检察院", ["深圳市前海合作区检察院"]),
        # A zone by its short type, after its city (经开区 for 经济技术开发区).
        ("烟台经开区人民检察院", ["烟台经开区人民检察院"]),
        # A word that makes it generic, or no place before it: nothing.
        ("内蒙古自治区各地区检察院", []),
        ("在大青山地区检察院工作", []),
    ],
)
def test_a_special_area_named_after_a_word_that_is_no_place_is_an_unknown_name(
    text: str, expected: list[str]
) -> None:
    found = pa.find_procuratorates(text)
    assert [m.text for m in found] == expected
    assert all((m.reason or "").startswith("unknown: ") for m in found)


def test_a_special_area_the_registry_holds_is_read_in_either_script() -> None:
    for text in ("三亞市城郊檢察院", "三亚市城郊人民检察院"):
        assert _found(text) == [(text, "三亚市城郊人民检察院")]


def test_gaiyuan_after_a_name_the_registry_does_not_hold_names_none() -> None:
    # Not the procuratorate named before the unknown one.
    text = "江西省乐安县检察院办理此案。内蒙古自治区大青山地区检察院也参与。该院"
    found = pa.find_procuratorates(text)
    assert [(m.text, m.procuratorate is None) for m in found] == [
        ("江西省乐安县检察院", False),
        ("内蒙古自治区大青山地区检察院", True),
        ("该院", True),
    ]


@pytest.mark.parametrize("reference", ["经开区院", "市检察院"])
def test_gaiyuan_after_a_reference_left_open_names_none_before_it(reference: str) -> None:
    # The open reference names another than the province's: 该院 may be it.
    text = f"江苏省检察院部署后，{reference}举办开放日活动，代表们参观了该院办案场所"
    found = pa.find_procuratorates(text)
    assert [(m.text, m.procuratorate is None) for m in found] == [
        ("江苏省检察院", False),
        (reference, True),
        ("该院", True),
    ]
    assert found[2].reason is not None
    assert found[2].reason.startswith("relative: 该院")
    # With nothing left open between, 该院 is the one named last.
    found = pa.find_procuratorates("江苏省检察院部署后，代表们参观了该院办案场所")
    assert found[1].procuratorate == found[0].procuratorate


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        # After a name the package cannot place: a mention, left unresolved.
        (
            "江西省乐安县检察院办理此案。内蒙古自治区大青山地区检察院也参与。该院",
            "The Le'an County Procuratorate handled it. The Foo District Procuratorate "
            "joined. The procuratorate",
        ),
        # After a name it places: that one.
        (
            "江西省乐安县检察院办理此案。该院",
            "The Le'an County Procuratorate handled it. The procuratorate",
        ),
    ],
)
def test_the_procuratorate_is_read_as_gaiyuan(chinese: str, english: str) -> None:
    read = [
        [(m.procuratorate.full_name if m.procuratorate else None) for m in found]
        for found in (pa.find_procuratorates(chinese), pa.find_procuratorates(english))
    ]
    assert read[0] == read[1]
    assert pa.find_procuratorates(english)[-1].text == "procuratorate"


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("The procuratorate decided not to prosecute him.", "检察院决定不起诉。"),
        ("The procuratorate has issued arrest warrants.", "公安局移送到了检察院。"),
        # What procuratorates may do, in general: no mention, in either language.
        ("If the procuratorate decides not to prosecute, it says so.", "都说检察院可以不起诉。"),
    ],
)
def test_the_procuratorate_before_what_it_did_with_a_case_is_read_as_jianchayuan_alone(
    english: str, chinese: str
) -> None:
    read = [pa.find_procuratorates(text) for text in (english, chinese)]
    english_read, chinese_read = ([(m.procuratorate, m.reason is None) for m in f] for f in read)
    assert english_read == chinese_read
    for found in read:
        for mention in found:
            assert mention.reason is not None
            assert "the procuratorate that had the case" in mention.reason


def test_procuratorate_before_work_is_no_reference() -> None:
    text = "The SPP said. Problems involving the procuratorate work remain"
    assert [m.text for m in pa.find_procuratorates(text)] == ["SPP"]


def test_a_reference_set_beside_a_named_procuratorate_never_names_it() -> None:
    # A county's news: its own 县检察院, unnamed, and its partner 兴隆县's.
    text = "县检察院与承德市兴隆县检察院签署协议。仪式在兴隆县检察院举行，县检察院检察长发言"
    assert _found(text) == [
        ("县检察院", None),
        ("承德市兴隆县检察院", "河北省兴隆县人民检察院"),
        ("兴隆县检察院", "河北省兴隆县人民检察院"),
        ("县检察院", None),
    ]
    # Where the text named its own first, the reference is read as before.
    text = "迁西县检察院召开会议。县检察院与兴隆县检察院签署协议"
    assert _found(text)[1] == ("县检察院", "河北省迁西县人民检察院")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "南京市召开会议，围绕省、市检察院部署",
            [("省", "江苏省人民检察院"), ("市检察院", "江苏省南京市人民检察院")],
        ),
        # A generic word or a count before the pair makes both generic; a place it ends
        # leaves no reference of its own.
        ("南京市召开会议，各省、市检察院", []),
        ("全省14个市、州检察院和88个基层检察院", []),
        ("南京市召开会议，江苏省、市检察院", [("市检察院", "江苏省南京市人民检察院")]),
        # Two kinds of county-level procuratorate name none (the counties' and districts').
        ("金昌市检察院和县、区检察院分别承办", [("金昌市检察院", "甘肃省金昌市人民检察院")]),
        ("金昌市檢察院和縣、區(qū)檢察院分別承辦", [("金昌市檢察院", "甘肃省金昌市人民检察院")]),
        # 州 likewise, the prefecture's; not the end of a city's name (杭州).
        (
            "延边州人民检察院和延吉市人民检察院开放。对州、市检察院提出建议",
            [
                ("延边州人民检察院", "吉林省延边朝鲜族自治州人民检察院"),
                ("延吉市人民检察院", "吉林省延吉市人民检察院"),
                ("州", "吉林省延边朝鲜族自治州人民检察院"),
                ("市检察院", "吉林省延吉市人民检察院"),
            ],
        ),
        ("杭州、市检察院", [("市检察院", "浙江省杭州市人民检察院")]),
    ],
)
def test_a_level_word_coordinated_before_a_reference_names_its_own(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text) == expected


def test_a_two_character_short_form_that_ends_another_word_is_none() -> None:
    # 克旗 is 克什克腾旗 short, and the end of 鄂温克旗 (鄂温克族自治旗) and of words that
    # name no banner.
    assert _found("图克旗检察院召开会议") == []
    assert _found("联合鄂温克旗检察院") == [
        ("鄂温克旗检察院", "内蒙古自治区鄂温克族自治旗人民检察院")
    ]
    assert _found("在克旗检察院，赤峰市克旗检察院") == [
        ("克旗检察院", "内蒙古自治区克什克腾旗人民检察院"),
        ("赤峰市克旗检察院", "内蒙古自治区克什克腾旗人民检察院"),
    ]


def test_a_stem_after_its_province_is_taken_in_a_text_about_another() -> None:
    text = "福建省连城县人民检察院与广东化州检察院签署协作意见"
    assert _found(text)[-1] == ("广东化州检察院", "广东省化州市人民检察院")


def test_a_place_and_then_its_procuratorate_are_no_coordination() -> None:
    text = "清城区及清城区检察院"
    assert _found(text) == [("清城区检察院", "广东省清远市清城区人民检察院")]


def test_a_special_name_starts_at_a_word_not_inside_one() -> None:
    # 小黑河地区: no 黑河地区 inside it; the whole name, from the region before it, is the
    # registry's, and a name it does not hold is unknown as a whole.
    assert _found("内蒙古自治区小黑河地区检察院") == [
        ("内蒙古自治区小黑河地区检察院", "内蒙古自治区小黑河地区检察院")
    ]
    assert _found("内蒙古自治区大青山地区检察院") == [("内蒙古自治区大青山地区检察院", None)]
    [zone] = pa.find_procuratorates("合肥经济技术开发区人民检察院")
    assert zone.reason is not None
    assert zone.reason.startswith("unknown: ")


def test_a_registry_name_is_read_without_its_province_where_a_place_follows_it() -> None:
    assert _found("三江源地区检察院(西宁铁检院)") == [
        ("三江源地区检察院", "青海省三江源地区人民检察院"),
        ("西宁铁检院", "青海省三江源地区人民检察院"),
    ]
    # An ordinal after the province fits any province: 第一地区 alone names none.
    assert _found("第一地区人民检察院") == []


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("芜湖市经济技术开发区检察院", "芜湖经济技术开发区人民检察院"),
        ("芜湖经济技术开发区检察院", "芜湖经济技术开发区人民检察院"),
        # A zone named after a place of its city, not by its type alone.
        ("武汉市东湖新技术开发区人民检察院", "武汉东湖新技术开发区人民检察院"),
        ("湖北省武汉市东湖新技术开发区人民检察院", "武汉东湖新技术开发区人民检察院"),
        # A name that begins with its city's, after that city.
        ("江苏省宿迁市宿迁经济技术开发区人民检察院", "宿迁经济技术开发区人民检察院"),
        ("苏州市苏州工业园区检察院", "苏州工业园区人民检察院"),
        # A name that writes its city with 市, without it.
        ("唐山芦台经济技术开发区检察院", "唐山市芦台经济技术开发区检察院"),
    ],
)
def test_a_zone_is_read_with_or_without_its_citys_shi(name: str, unit: str) -> None:
    assert _found(f"据{name}消息") == [(name, unit)]
    assert pa.resolve_procuratorate(name).full_name == unit


def test_a_stem_in_a_text_about_another_province_is_not_taken() -> None:
    text = "江苏省镇江市人民检察院在金山检察院召开会议"
    found = pa.find_procuratorates(text)
    assert [m.text for m in found] == ["江苏省镇江市人民检察院", "金山检察院"]
    assert found[1].procuratorate is None
    assert found[1].reason is not None
    assert found[1].reason.startswith("ambiguous")


def test_a_citys_stem_in_a_text_about_another_province_is_taken() -> None:
    # A prefecture-level city is named by its stem across provinces (长三角 cooperation);
    # only a county's stem may be some other place of the province the text is about.
    text = "上海市人民检察院第三分院召开研讨会，上海三分院、合肥、杭州等七家检察院签署协议"
    assert _found(text)[-2:] == [
        ("合肥", "安徽省合肥市人民检察院"),
        ("杭州", "浙江省杭州市人民检察院"),
    ]


def test_a_level_word_after_a_verb_that_takes_an_organ_is_a_reference() -> None:
    text = "珙县召开会议。代表们参观县检察院，听取县检察院汇报，希望县检察院继续；经开区检察院"
    assert _found(text) == [
        ("县检察院", "四川省珙县人民检察院"),
        ("县检察院", "四川省珙县人民检察院"),
        ("县检察院", "四川省珙县人民检察院"),
        ("经开区检察院", None),
    ]
    assert _found("珙县召开会议。代表们深入县检察院")[-1] == ("县检察院", "四川省珙县人民检察院")
    assert _found("珙县召开会议。代表们检查县检察院工作，了解县检察院情况") == [
        ("县检察院", "四川省珙县人民检察院"),
        ("县检察院", "四川省珙县人民检察院"),
    ]
    assert _found("珙县人大作出《关于加强县人民检察院公益诉讼工作的决议》")[-1] == (
        "县人民检察院",
        "四川省珙县人民检察院",
    )
    # In traditional script too.
    assert _found("珙縣召開會議。代表們建議縣檢察院繼續，聽取縣檢察院匯報") == [
        ("縣檢察院", "四川省珙县人民检察院"),
        ("縣檢察院", "四川省珙县人民检察院"),
    ]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_hui_tong_after_an_organ_is_the_verb_not_the_county(script: str) -> None:
    # 会同 (together with) the county's zone: 会同县 of Hunan is named nowhere.
    text = "南部县检察院会同县经开区管委会举办活动。最高检和省、市检察院部署"
    if script == "traditional":
        text = "南部縣檢察院會(huì)同縣經(jīng)開區(qū)管委會舉辦活動。最高檢和省、市檢察院部署"
    assert [name for _, name in _found(text)] == [
        "四川省南部县人民检察院",
        "最高人民检察院",
        "四川省人民检察院",
        "四川省南充市人民检察院",
    ]
    # The county's own procuratorate, named alone or after a separator, still is.
    assert _found("会同县人民检察院开展活动，公安局与会同县检察院") == [
        ("会同县人民检察院", "湖南省会同县人民检察院"),
        ("会同县检察院", "湖南省会同县人民检察院"),
    ]


def test_a_county_stem_with_yuan_names_a_procuratorate_the_text_named() -> None:
    text = "作者：金坛区检察院。近日，金坛院党组书记作报告，希望金坛院再创佳绩"
    assert _found(text)[1:] == [
        ("金坛院", "江苏省常州市金坛区人民检察院"),
        ("金坛院", "江苏省常州市金坛区人民检察院"),
    ]
    # Not before the name, not 院长, and not with the text naming no such procuratorate.
    assert _found("金坛院党组书记。金坛区检察院") == [
        ("金坛区检察院", "江苏省常州市金坛区人民检察院")
    ]
    assert _found("金坛区检察院。金坛院长说") == [("金坛区检察院", "江苏省常州市金坛区人民检察院")]
    assert _found("大冶院有哪些经验") == []


def test_a_reference_takes_the_longest_place_name_not_one_inside_it() -> None:
    # 吉县 (Shanxi) ends 西吉县 (Ningxia): the name written is 西吉县.
    assert _found("建立的西吉县未成年人法治教育基地揭牌。由县检察院检察长主持") == [
        ("县检察院", "宁夏回族自治区西吉县人民检察院")
    ]
    assert _found("长宁县召开会议。县检察院") == [("县检察院", "四川省长宁县人民检察院")]


def test_a_stem_the_texts_full_names_place_is_a_place_for_a_reference() -> None:
    # 海门 alone is 海门区's stem, in 江苏 as 南通市 is: 区检察院 after it is 海门区's.
    text = "南通市检察院副检察长通报。海门检察院检察长介绍。区检察院检察长发言"
    assert _found(text)[1:] == [
        ("海门检察院", "江苏省南通市海门区人民检察院"),
        ("区检察院", "江苏省南通市海门区人民检察院"),
    ]
    # Alone, 海门 places no reference: general text writes it often enough to be among
    # the everyday words. Nor does 金山 beside names of another province.
    for text in (
        "海门检察院召开会议。区检察院检察长",
        "镇江市检察院和金山检察院开会。区检察院检察长",
    ):
        assert _found(text)[-1] == ("区检察院", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("会议在武进召开。区检察院要求", "江苏省常州市武进区人民检察院"),
        ("晋中市检察院检察长在灵石调研。县人民检察院检察长参加", "山西省灵石县人民检察院"),
        # Two counties' stems settle nothing; nor does a word that is a city's stem too,
        # nor an everyday word (公安 of 公安县, 振兴 of 振兴区), nor a famous place's
        # name, which general text writes as often (余杭).
        ("武进和西峰的代表出席。区检察院要求", None),
        ("会议在吉安召开。县检察院要求", None),
        ("县法院牵头，公安、检察院召开联席会议。县检察院要求", None),
        ("迈向振兴。区检察院要求", None),
        ("会议在余杭召开。区检察院要求", None),
        # The county must lie where the text's places and full names lie.
        ("浙江省召开会议，代表在灵石调研。县检察院要求", None),
        ("安徽省人民检察院检察长介绍。\n千山万水。区检院要求", None),
        # A place of the level named before it comes first.
        ("会议在武进召开。萧山区代表发言。区检察院要求", "浙江省杭州市萧山区人民检察院"),
    ],
)
def test_the_one_county_a_text_writes_by_its_stem_places_a_reference(
    text: str, name: str | None
) -> None:
    found = pa.find_procuratorates(text)
    mention = found[-1]
    assert (mention.procuratorate.full_name if mention.procuratorate else None) == name
    if name is None:
        assert mention.reason is not None
        assert mention.reason.startswith("relative:")


def _counties_by_unique_stem() -> list[tuple[str, str, str]]:
    """(stem, type, code) of the counties and districts whose stem names nothing else."""
    idx = index()
    rows = []
    for words, forms in idx.forms.items():
        if len(forms) != 1 or forms[0].rank != STEM or division_level(forms[0].division.code) != 2:
            continue
        county = forms[0].division
        if county.name.endswith(("区", "县")):
            rows.append((words, county.name[-1], county.code))
    return sorted(rows)


@given(st.sampled_from(_counties_by_unique_stem()))
@settings(max_examples=200, deadline=None)
def test_a_county_written_by_its_stem_is_the_only_place_a_reference_takes(
    county: tuple[str, str, str],
) -> None:
    stem, suffix, code = county
    [mention] = pa.find_procuratorates(f"会议在{stem}召开。{suffix}检察院要求")
    unit = mention.procuratorate
    # Its own, or none where the stem does not start a word the text reads as a place.
    if unit is None:
        assert mention.reason is not None
        assert mention.reason.startswith("relative:")
    else:
        assert unit.county is not None
        assert unit.county.code == code


@pytest.mark.parametrize(
    ("text", "words", "candidates"),
    [
        (
            "青海省花垣县人民检察院诉龙山县自然资源局",
            "青海省花垣县人民检察院",
            ("湖南省湘西土家族苗族自治州花垣县",),
        ),
        (
            "近日，山东省济宁市槐荫区检察院党组书记",
            "山东省济宁市槐荫区检察院",
            ("山东省济南市槐荫区",),
        ),
        ("在济宁市槐荫区检察院调研", "济宁市槐荫区检察院", ("山东省济南市槐荫区",)),
    ],
)
def test_a_name_put_in_a_place_that_does_not_hold_it_is_unknown_whole(
    text: str, words: str, candidates: tuple[str, ...]
) -> None:
    [mention] = pa.find_procuratorates(text)
    assert mention.text == words
    assert mention.procuratorate is None
    assert mention.reason is not None
    assert mention.reason.startswith("unknown: ")
    assert mention.candidates == candidates


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Coordinated, or after a word the place ends, each name is its own.
        (
            "济宁市、槐荫区检察院",
            [
                ("济宁市", "山东省济宁市人民检察院"),
                ("槐荫区检察院", "山东省济南市槐荫区人民检察院"),
            ],
        ),
        ("城市槐荫区检察院", [("槐荫区检察院", "山东省济南市槐荫区人民检察院")]),
        # A place that holds it is part of the name, as ever.
        ("湖南省花垣县人民检察院", [("湖南省花垣县人民检察院", "湖南省花垣县人民检察院")]),
        # A place it lay in before is no error: the name is read with it, as it was then.
        (
            "四川省资阳市简阳市人民检察院",
            [("四川省资阳市简阳市人民检察院", "四川省简阳市人民检察院")],
        ),
        ("广东省海口市人民检察院", [("广东省海口市人民检察院", "海南省海口市人民检察院")]),
        # 重庆市 as a city of 四川省 (until 1997) has no successor in the code history: the
        # name is read from 重庆市 on.
        ("四川省重庆市万县人民检察院", [("重庆市万县人民检察院", "重庆市万州区人民检察院")]),
    ],
)
def test_a_place_before_a_name_it_does_not_hold_is_read_only_where_it_joins_it(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert [
        (m.text, m.procuratorate.full_name if m.procuratorate else None)
        for m in pa.find_procuratorates(text)
    ] == found


def _counties_by_unique_name() -> list[tuple[str, str]]:
    """(name, code) of the counties and districts whose name names no other division."""
    idx = index()
    return sorted(
        (words, forms[0].division.code)
        for words, forms in idx.forms.items()
        if len(forms) == 1
        and forms[0].rank == CURRENT
        and division_level(forms[0].division.code) == 2
        and words == forms[0].division.name
        # After another ideograph, 和 joins what comes before it (省和县: the province and
        # the county), so 和布克赛尔蒙古自治县 after a province is no name.
        and words[0] not in "和与及"
    )


_DIVISION_PROVINCES = [province for province in pa.provinces() if province.division_code]


@given(st.sampled_from(_counties_by_unique_name()), st.sampled_from(_DIVISION_PROVINCES))
@settings(max_examples=200, deadline=None)
@example(("沙坪坝区", "500106"), pa.resolve_province("四川省"))  # in 四川省 until 1997
@example(("美兰区", "460108"), pa.resolve_province("广东省"))  # a predecessor was, to 1988
@example(("容县", "450921"), pa.resolve_province("北京市"))  # 市容 is a word, 市 a type
def test_the_finder_and_the_resolver_agree_on_a_name_put_in_another_province(
    county: tuple[str, str], province: pa.Province
) -> None:
    name, code = county
    whole = province.name + name + "人民检察院"
    [mention] = pa.find_procuratorates(f"。{whole}。")
    expected: tuple[str, pa.Procuratorate | None, str | None, tuple[str, ...]]
    try:
        unit = pa.resolve_procuratorate(whole)
    except pa.UnknownNameError as error:
        expected = (whole, None, "unknown: " + error.reason, error.candidates)
    else:
        # Within the province, or one it lay in before (四川省简阳市 until 2016: a note).
        assert unit.county is not None
        assert unit.county.code == code
        expected = (whole, unit, None, ())
    assert (mention.text, mention.procuratorate, mention.reason, mention.candidates) == expected


_PIECES = [*"省市县区院检察人民本该我和、<>&;b/p 高最", "&nbsp;", "\u200b", "杭州", "朝阳", "<b>"]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_every_span_covers_its_text_in_the_input(text: str) -> None:
    found = pa.find_procuratorates(text)
    for mention in found:
        assert mention.span.slice(text) == mention.text
    starts = [m.span.start for m in found]
    assert starts == sorted(starts)


def test_a_branch_read_with_the_reference_before_it_is_no_mention_of_its_own() -> None:
    text = "海南省人民检察院。省检察院 一分院 二分院"
    assert [(m.text, m.span.start) for m in pa.find_procuratorates(text)][1:] == [
        ("省检察院 一分院", 9),
        ("二分院", 18),
    ]


def test_a_bare_numbered_branch_after_de_starts_a_word() -> None:
    text = "海南省人民检察院第二分院赛区复赛。赛区的二分院、儋州市院参赛；医院三分院"
    assert _found(text)[1] == ("二分院", "海南省人民检察院第二分院")
    assert "三分院" not in [name for name, _ in _found(text)]


def test_a_bare_numbered_branch_the_text_names_in_full_is_read_after_any_word() -> None:
    text = (
        "演讲比赛二分院赛区复赛在海南省人民检察院第二分院举办。来自二分院及各院的选手；医院三分院"
    )
    assert _found(text) == [
        ("二分院", "海南省人民检察院第二分院"),
        ("海南省人民检察院第二分院", "海南省人民检察院第二分院"),
        ("二分院", "海南省人民检察院第二分院"),
    ]


def test_a_branch_or_district_of_a_relative_place() -> None:
    assert _found("上海市检察院选择了市检察二分院") == [
        ("上海市检察院", "上海市人民检察院"),
        ("市检察二分院", "上海市人民检察院第二分院"),
    ]
    found = pa.find_procuratorates("东莞市人民检察院督导第一市区检察院、第二市区检察院")
    assert [m.text for m in found] == ["东莞市人民检察院", "第一市区检察院", "第二市区检察院"]
    assert found[1].procuratorate is None  # no source names it, so nothing is guessed
    assert found[1].reason is not None
    assert found[1].reason.startswith("unknown: ")
    assert found[2].procuratorate is not None
    assert found[2].procuratorate.full_name == "东莞市第二市区人民检察院"


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        ("朝阳区检察院", "ambiguous"),
        ("北京市人民检察院第九分院", "unknown"),
        ("市检察院", "relative"),
    ],
)
def test_every_reason_says_its_kind_of_gap(text: str, gap: str) -> None:
    [mention] = pa.find_procuratorates(text)
    assert mention.reason is not None
    assert mention.reason.split(": ")[0] == gap


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "《关于同意设立四川省第一、第二地區人民檢察院的批復》",
            [
                ("四川省第一", "四川省第一地区人民检察院"),
                ("第二地區人民檢察院", "四川省第二地区人民检察院"),
            ],
        ),
        # Without the province, or with a number the registry does not hold: nothing.
        ("设立第一、第二地区人民检察院", []),
        ("四川省第一、第九地区人民检察院", []),
    ],
)
def test_ordinals_coordinated_before_diqu(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_counted_list_of_districts_is_read_under_the_city_named_before() -> None:
    text = "上海市检察院选择了闵行、宝山、徐汇三个区检察院进行试点"
    assert _found(text) == [
        ("上海市检察院", "上海市人民检察院"),
        ("闵行", "上海市闵行区人民检察院"),
        ("宝山", "上海市宝山区人民检察院"),
        ("徐汇", "上海市徐汇区人民检察院"),
    ]
    # A count that does not match the list reads nothing.
    assert _found("上海市检察院选择了闵行、宝山三个区检察院")[1:] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "福建省檢察院會同福州、泉州、龍巖、寧德等設區市檢察院簽署",
            [
                ("福建省檢察院", "福建省人民检察院"),
                ("福州", "福建省福州市人民检察院"),
                ("泉州", "福建省泉州市人民检察院"),
                ("龍巖", "福建省龙岩市人民检察院"),
                ("寧德", "福建省宁德市人民检察院"),
            ],
        ),
        (
            "杭州市检察院组织余杭、萧山等区检察院",
            [
                ("杭州市检察院", "浙江省杭州市人民检察院"),
                ("余杭", "浙江省杭州市余杭区人民检察院"),
                ("萧山", "浙江省杭州市萧山区人民检察院"),
            ],
        ),
        (
            "浙江省院组织义乌、东阳两个市检察院",
            [
                ("浙江省院", "浙江省人民检察院"),
                ("义乌", "浙江省义乌市人民检察院"),
                ("东阳", "浙江省东阳市人民检察院"),
            ],
        ),
        # Provinces, autonomous regions and municipalities closed by 等省市 and the like.
        (
            "協同貴州、四川、重慶等省市檢察院開展",
            [
                ("貴州", "贵州省人民检察院"),
                ("四川", "四川省人民检察院"),
                ("重慶", "重庆市人民检察院"),
            ],
        ),
        (
            "与广西、云南等省区人民检察院会签",
            [("广西", "广西壮族自治区人民检察院"), ("云南", "云南省人民检察院")],
        ),
        # A count right before the type, and cities of several provinces, each by its name.
        (
            "陕西省安康市人民检察院会同南阳、十堰、汉中三市检察院",
            [
                ("陕西省安康市人民检察院", "陕西省安康市人民检察院"),
                ("南阳", "河南省南阳市人民检察院"),
                ("十堰", "湖北省十堰市人民检察院"),
                ("汉中", "陕西省汉中市人民检察院"),
            ],
        ),
        # A place with its province's name before it: the province is part of its span.
        (
            "会同河南南阳、湖北十堰、陕西汉中、商洛四市检察院",
            [
                ("河南南阳", "河南省南阳市人民检察院"),
                ("湖北十堰", "湖北省十堰市人民检察院"),
                ("陕西汉中", "陕西省汉中市人民检察院"),
                ("商洛", "陕西省商洛市人民检察院"),
            ],
        ),
        (
            "江苏南京、浙江杭州等地检察院",
            [
                ("江苏南京", "江苏省南京市人民检察院"),
                ("浙江杭州", "浙江省杭州市人民检察院"),
            ],
        ),
        # A word between the count and the type, and a count in digits.
        (
            "带领仙桃、潜江、天门三个省直管市检察院检察长",
            [
                ("仙桃", "湖北省仙桃市人民检察院"),
                ("潜江", "湖北省潜江市人民检察院"),
                ("天门", "湖北省天门市人民检察院"),
            ],
        ),
        (
            "江苏丰县、山东单县、河南虞城3地检察院建立机制",
            [
                ("江苏丰县", "江苏省丰县人民检察院"),
                ("山东单县", "山东省单县人民检察院"),
                ("河南虞城", "河南省虞城县人民检察院"),
            ],
        ),
        # Places with the places they lie in, and commas between the places a count closes.
        (
            "邀请北京市通州区、天津市北辰区、浙江省嘉兴市秀洲区等地检察院",
            [
                ("北京市通州区", "北京市通州区人民检察院"),
                ("天津市北辰区", "天津市北辰区人民检察院"),
                ("浙江省嘉兴市秀洲区", "浙江省嘉兴市秀洲区人民检察院"),
            ],
        ),
        (
            "联合杭州市萧山区,绍兴市越城区、上虞区,余姚市等四地检察院",
            [
                ("杭州市萧山区", "浙江省杭州市萧山区人民检察院"),
                ("绍兴市越城区", "浙江省绍兴市越城区人民检察院"),
                ("上虞区", "浙江省绍兴市上虞区人民检察院"),
                ("余姚市", "浙江省余姚市人民检察院"),
            ],
        ),
        # Without a count, a comma ends the list: 余姚市 is where the meeting is.
        ("会议在余姚市召开,萧山区等地检察院参加", []),
        # Two types of place in one list: counties and county-level cities.
        (
            "黄冈市检察院组织罗田、武穴等县市检察院",
            [
                ("黄冈市检察院", "湖北省黄冈市人民检察院"),
                ("罗田", "湖北省罗田县人民检察院"),
                ("武穴", "湖北省武穴市人民检察院"),
            ],
        ),
        # Provinces closed by a count, as by 等省市: each its own procuratorate.
        (
            "陕西、甘肃、宁夏三省区检察院",
            [
                ("陕西", "陕西省人民检察院"),
                ("甘肃", "甘肃省人民检察院"),
                ("宁夏", "宁夏回族自治区人民检察院"),
            ],
        ),
        ("三省检察院联合", []),
        ("陕西、甘肃三省检察院", []),
        # Provinces and municipalities counted apart: four in all.
        (
            "上海、江苏、安徽、浙江三省一市检察院负责人齐聚杭州",
            [
                ("上海", "上海市人民检察院"),
                ("江苏", "江苏省人民检察院"),
                ("安徽", "安徽省人民检察院"),
                ("浙江", "浙江省人民检察院"),
            ],
        ),
        # Without its places, the count names no one: its 市检察院 is no reference.
        ("当天，三省一市检察院联合签署了意见", []),
        # 等 and a count: some of as many places, never more.
        (
            "闵行、宝山等三个区检察院",
            [("闵行", "上海市闵行区人民检察院"), ("宝山", "上海市宝山区人民检察院")],
        ),
        ("闵行、宝山、徐汇等两个区检察院", []),
        # 等 after no list of places names no one procuratorate.
        ("各地等市检察院", []),
        ("浙江省院组织宁波等市检察院", [("浙江省院", "浙江省人民检察院")]),
        ("北京等省市检察院", []),
        # 级 after the level word: a list's, or procuratorates of that level in general.
        (
            "对口援助洛扎、措美等四个县级检察院",
            [("洛扎", "西藏自治区洛扎县人民检察院"), ("措美", "西藏自治区措美县人民检察院")],
        ),
        ("推动县级检察院建设，市级院要带头", []),
    ],
)
def test_a_list_closed_by_deng_gives_each_place_it_names(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A procuratorate's site lists its basic procuratorates under a heading, by place.
        (
            "基层院：东湖区  西湖区  南昌经开区  进贤县\n当前位置：首页",
            [
                ("东湖区", "江西省南昌市东湖区人民检察院"),
                ("西湖区", "江西省南昌市西湖区人民检察院"),
                ("南昌经开区", None),
                ("进贤县", "江西省进贤县人民检察院"),
            ],
        ),
        (
            "基層院:\n東湖區\n西湖區\n青雲譜區\n檢察要聞",
            [
                ("東湖區", "江西省南昌市东湖区人民检察院"),
                ("西湖區", "江西省南昌市西湖区人民检察院"),
                ("青雲譜區", "江西省南昌市青云谱区人民检察院"),
            ],
        ),
        # One place is no list; nor is running text after the words (基层检察院以及…).
        ("基层院：东湖区", []),
        ("基层检察院以及高新区知识产权检察室", []),
        ("区县院 简介", []),
    ],
)
def test_places_a_heading_of_basic_procuratorates_lists(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "渭源、漳县院来我县观摩",
            [("渭源", "甘肃省渭源县人民检察院"), ("漳县院", "甘肃省漳县人民检察院")],
        ),
        (
            "梁平区、垫江县院两院检察长",
            [("梁平区", "重庆市梁平区人民检察院"), ("垫江县院", "重庆市垫江县人民检察院")],
        ),
        # A name read before the separator is its own mention, and 和 coordinates no
        # place with a short form: 陇西县 may be where they meet.
        (
            "定西市院、漳县院",
            [("定西市院", "甘肃省定西市人民检察院"), ("漳县院", "甘肃省漳县人民检察院")],
        ),
        ("陇西县和漳县院", [("漳县院", "甘肃省漳县人民检察院")]),
    ],
)
def test_places_coordinated_before_a_short_form_name_their_own(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text) == expected


# What closes a list without a level's word, as a pattern: the scan back from each 检察院
# and each 基层院 must find exactly what it would.
_COUNT = (
    "(?:[2-9２-９]|[1-9１-９][0-9０-９]{1,2}"
    "|[二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九])"
)
_CLOSING = (
    rf"(?:等(?P<counted>{_COUNT})?|(?P<count>{_COUNT}))"
    r"[个家]?(?:(?P<kind>地|基[层層])?(?:人民)?检察院|(?P<basic>基[层層])院)"
)


@given(
    st.lists(
        st.sampled_from([*"等两三十一二3４1０个家地基层層县级級人民检察院市、甲", "检察院"]),
        max_size=30,
    )
)
@settings(max_examples=400, deadline=None)
def test_list_closings_are_found_as_their_pattern_defines(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = [
        (
            m.start(),
            "等" + m.group("counted") if m.group("counted") else m.group("count") or "等",
            (m.group("kind") or m.group("basic") or "").replace("層", "层"),
        )
        for m in re.finditer(_CLOSING, text)
    ]
    assert list(_lists._closings(text)) == expected


# --- a name is read in the window of text around its anchor --------------------------------

_WINDOW_PIECES = [
    *"省市县区院检察人民分第一二、和及与，。的型（）() \n\u3000檢⾦",
    "浙江省",
    "绍兴市",
    "丽水市",
    "松阳县",
    "朝阳区",
    "城区",
    "市区",
    "新区",
    "林区",
    "淮滨",
    "杭州",
    "天府新区(四川自贸区)",
    "西沙、南沙、中沙群岛",
    "上海铁路运输",
    "成都铁路运输",
    "最高",
    "中华人民共和国",
    "南部战区",
    "解放军",
    "军事",
    "证人李",
    "被告人证",
    "小黑河",
    "嘤",
    "地区",
    "哦",
    "紹興",
    "检察院",
    "人民检察院",
    "第一分院",
    "汉江分院",
    "铁路运输检察分院",
]


def _names_in_windows(text: str, floors: list[int]) -> list[tuple[object, object]]:
    """For each 检察院 of ``text``, the names read in the whole text and the names read in
    windows of it, for each floor below the anchor."""
    pairs: list[tuple[object, object]] = []
    for match in _reading._ANCHOR.get().finditer(text):
        if match.group("plain") is None:
            continue
        anchor, end = match.span()
        for floor in [f for f in floors if f <= anchor]:
            whole = _reading._mentions_of(text, _reading._read_names(text, anchor, end, floor))
            pairs.append((whole, _reading._read_procuratorate(text, anchor, end, floor)))
    return pairs


@given(st.lists(st.sampled_from(_WINDOW_PIECES), max_size=30).map("".join), st.data())
@settings(max_examples=500, deadline=None)
def test_a_name_read_in_its_window_is_the_name_read_in_the_text(
    text: str, data: st.DataObject
) -> None:
    floors = [0, *data.draw(st.lists(st.integers(0, max(0, len(text) - 1)), max_size=4))]
    for whole, windowed in _names_in_windows(text, floors):
        assert windowed == whole


@pytest.mark.parametrize(
    ("text", "windowed"),
    [
        pytest.param("公诉机关浙江省绍兴市人民检察院。", True, id="after a stop"),
        # 证, a surname after a person's word, is no stop: the person's word is seen.
        pytest.param("被告人证浙江省新区检察院", True, id="a person's word before"),
        # A special area named after a word that is no place reads no further back than a
        # window does: not across a character no name holds.
        pytest.param("内蒙古自治区嘤嘤地区检察院", True, id="a stop inside a special name"),
        pytest.param("浙江省绍兴市" * 12 + "人民检察院", False, id="no stop within reach"),
        pytest.param("浙江省人民检察院汉江分", True, id="a 分 at the end of the text"),
        pytest.param("浙江省人民检察院汉江分院", True, id="a stop ahead"),
        pytest.param("浙江省人民检察院对案件分别", True, id="no white space ahead"),
        pytest.param("浙江省人民检察院对案件 分别审查其他相关材料", False, id="white space ahead"),
    ],
)
def test_a_window_bounds_what_reading_a_name_can_see(text: str, windowed: bool) -> None:
    anchor = text.index("检察院")
    assert (_windows.name_window(text, anchor, anchor + 3, 0) is not None) is windowed
    for whole, in_window in _names_in_windows(text, [0, 3]):
        assert in_window == whole


@pytest.mark.parametrize(
    ("text", "windowed"),
    [
        pytest.param("。浙江省丽水市、松阳县人民检察院", True, id="after a stop"),
        pytest.param("被告人证丽水市、松阳县人民检察院", True, id="a person's name before"),
        pytest.param("松阳县与" * 20 + "丽水市人民检察院", False, id="no stop within reach"),
    ],
)
def test_a_window_bounds_what_reading_coordinated_names_can_see(text: str, windowed: bool) -> None:
    anchor = text.rindex("检察院")
    start = anchor - 5  # a place of three characters, then 人民
    narrower = _windows.name_window(text, anchor, anchor + 3, 0)
    assert narrower is not None
    wider = _windows.coordination_window(text, anchor, start, 0, narrower)
    assert (wider is not None) is windowed
    for whole, in_window in _names_in_windows(text, [0, 3]):
        assert in_window == whole


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("以S市L区人民检察院2020年的案件为例", ["S市L区人民检察院"]),
        ("本调查报告以广西H县检察院公诉科为对象", ["广西H县检察院"]),
        ("检察机关共辖Y市院和8个基层院", ["Y市院"]),
        ("绍兴市人民检察院与A市B区人民检察院", ["绍兴市人民检察院", "A市B区人民检察院"]),
        ("编号ABC123市院", []),
        # 某 (some) hides a place as a letter does; 某些 (some of them) is generic.
        ("淮安市某区检察院督促区市场监督管理局", ["淮安市某区检察院"]),
        ("一起某市檢察院提出抗訴的案件，某些检察院", ["某市檢察院"]),
        # Spaced as text drawn from a PDF is.
        (
            "2017 年,山西省 J市 C 区人民检察院提起公诉。 C 区人民检察院指控",
            ["山西省 J市 C 区人民检察院", "C 区人民检察院"],
        ),
    ],
)
def test_an_anonymised_name_is_an_unresolved_mention(text: str, names: list[str]) -> None:
    found = pa.find_procuratorates(text)
    assert [m.text for m in found] == names
    for mention in found:
        if mention.text[0].isascii() or mention.text.startswith(("广西", "淮安", "某", "山西")):
            assert mention.procuratorate is None
            assert mention.reason is not None
            assert mention.reason.startswith("unknown: an anonymised name")


def test_a_hidden_place_before_a_name_is_part_of_it_and_leaves_what_it_names() -> None:
    assert _found("某市裕华区人民检察院出具函件，S市朝阳区人民检察院") == [
        ("某市裕华区人民检察院", "河北省石家庄市裕华区人民检察院"),
        ("S市朝阳区人民检察院", None),
    ]


def test_railway_procuratorates_are_found_by_their_tiejian_short_form() -> None:
    text = "据上海铁检院消息，南昌铁检分院和上海鐵檢院；三分院(铁检分院)与北京大学铁检院"
    found = pa.find_procuratorates(text)
    assert [(m.text, m.procuratorate.full_name if m.procuratorate else None) for m in found] == [
        ("上海铁检院", "上海铁路运输检察院"),
        ("南昌铁检分院", "江西省人民检察院南昌铁路运输分院"),
        ("上海鐵檢院", "上海铁路运输检察院"),
        ("三分院", "上海市人民检察院第三分院"),
        ("铁检分院", "上海市人民检察院第三分院"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "公诉机关浙江省嵊州市人民检察院(以下简称嵊州院)。嵊州院指派检察员出庭",
        "公诉机关浙江省嵊州市人民检察院（以下简称“嵊州院”）。嵊州院指派检察员出庭",
        "公诉机关浙江省嵊州市人民检察院 （下称嵊州院）。嵊州院指派检察员出庭",
        "公诉机关浙江省嵊州市人民检察院(简称「嵊州院」)。嵊州院指派检察员出庭",
        "公诉机关浙江省嵊州市人民检察院(下簡稱嵊州院)。嵊州院指派检察员出庭",
    ],
)
def test_a_short_name_a_document_defines_names_what_it_follows(text: str) -> None:
    found = pa.find_procuratorates(text)
    assert [m.text for m in found] == ["浙江省嵊州市人民检察院", "嵊州院", "嵊州院"]
    assert {m.procuratorate.full_name for m in found if m.procuratorate} == {
        "浙江省嵊州市人民检察院"
    }
    assert [m.procuratorate.name for m in found if m.procuratorate][1:] == ["嵊州院", "嵊州院"]
    assert found[1].span.start == text.index("嵊州院")
    assert found[2].awards == found[0].awards


def test_a_defined_short_name_is_its_latest_definitions() -> None:
    text = "杭州市人民检察院(以下简称检察院)认为，检察院。嵊州市人民检察院(以下简称检察院)。检察院"
    assert _found(text) == [
        ("杭州市人民检察院", "浙江省杭州市人民检察院"),
        ("检察院", "浙江省杭州市人民检察院"),
        ("检察院", "浙江省杭州市人民检察院"),
        ("嵊州市人民检察院", "浙江省嵊州市人民检察院"),
        ("检察院", "浙江省嵊州市人民检察院"),
        ("检察院", "浙江省嵊州市人民检察院"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "被告人张某(以下简称张某)。张某供述",
        "浙江省嵊州市人民检察院(以下简称嵊州)。嵊州的案件",
        "浙江省嵊州市人民检察院诉嵊州市人民法院(以下简称法院)。法院认为",
        "依照(以下简称检察院)",
    ],
)
def test_a_definition_that_names_no_procuratorate_adds_nothing(text: str) -> None:
    found = pa.find_procuratorates(text)
    assert all("检察院" in m.text for m in found)
    assert len(found) == text.count("人民检察院")


def test_a_defined_short_name_is_not_the_close_of_a_longer_word() -> None:
    text = "北京市人民检察院(以下简称检察院)。依照《人民检察院组织法》，检察院认为"
    assert [m.span.start for m in pa.find_procuratorates(text)] == [0, 13, 31]


def test_an_unresolved_name_gives_its_short_name_its_reason() -> None:
    found = pa.find_procuratorates("朝阳区人民检察院(以下简称朝阳院)，朝阳院认为")
    assert [m.text for m in found] == ["朝阳区人民检察院", "朝阳院", "朝阳院"]
    assert all(m.procuratorate is None and m.reason == found[0].reason for m in found)
    assert found[2].candidates == found[0].candidates


def test_a_definition_inside_a_name_leaves_one_name() -> None:
    text = "在河北省围场满族蒙古族自治县(以下简称围场县)检察院工作"
    [mention] = pa.find_procuratorates(text)
    assert mention.text == "河北省围场满族蒙古族自治县(以下简称围场县)检察院"
    assert mention.procuratorate is not None
    assert mention.procuratorate.full_name == "河北省围场满族蒙古族自治县人民检察院"
    assert mention.procuratorate.name == "河北省围场满族蒙古族自治县检察院"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("北京市检察一分院", "北京市人民检察院第一分院"),
        ("北京市检一分院", "北京市人民检察院第一分院"),
        ("上海市检第二分院", "上海市人民检察院第二分院"),
        ("重庆市检一分院", "重庆市人民检察院第一分院"),
        ("北京市院一分院", "北京市人民检察院第一分院"),
        ("北京市人民检察院一分院", "北京市人民检察院第一分院"),
    ],
)
def test_a_numbered_branch_in_its_short_forms_is_one_mention(text: str, name: str) -> None:
    assert _found("据" + text + "通报") == [(text, name)]


def test_a_bare_ordinal_is_a_branch_of_the_province_the_text_names() -> None:
    assert _found("北京市人民检察院第四分院成立。四分院首次受理") == [
        ("北京市人民检察院第四分院", "北京市人民检察院第四分院"),
        ("四分院", "北京市人民检察院第四分院"),
    ]
    assert _found("到三分院调研。上海市院部署") == [
        ("三分院", "上海市人民检察院第三分院"),
        ("上海市院", "上海市人民检察院"),
    ]
    assert _found("他说北京市院一分院和二分院") == [
        ("北京市院一分院", "北京市人民检察院第一分院"),
        ("二分院", "北京市人民检察院第二分院"),
    ]
    assert _found("召开会议，第二分院", context="北京市人民检察院") == [
        ("第二分院", "北京市人民检察院第二分院")
    ]
    # A sibling of the numbered branch named before it, not a branch of the province
    # named before that, which would name none.
    assert _found("四川省检察院与重庆市检察院一分院、五分院会签") == [
        ("四川省检察院", "四川省人民检察院"),
        ("重庆市检察院一分院", "重庆市人民检察院第一分院"),
        ("五分院", "重庆市人民检察院第五分院"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "北京协和医院三分院",
        "中国科学院一分院",
        "设计院二分院承建",
        "浙江省人民检察院召开会议，一分院",
        "三分院",
        "各分院、三分院长",
    ],
)
def test_a_bare_ordinal_that_names_no_branch_held_is_no_mention(text: str) -> None:
    assert [m for m in pa.find_procuratorates(text) if "分院" in m.text] == []


_GAI = "梨树区检察院召开新闻发布会。会上，该检察院新闻发言人介绍，该人民检察院将"


@pytest.mark.parametrize(
    "text", [_GAI, "梨樹區檢察院召開新聞發佈會。會上，該檢察院新聞發言人介紹，該人民檢察院將"]
)
def test_gai_jianchayuan_is_gaiyuan_in_full(text: str) -> None:
    found = pa.find_procuratorates(text)
    # 该 is no part of either mention; the two scripts have their characters at one offset.
    first, second = _GAI.index("该检察院") + 1, _GAI.index("该人民检察院") + 1
    assert [(m.span.start, m.span.end) for m in found][1:] == [
        (first, first + 3),
        (second, second + 5),
    ]
    assert {m.procuratorate.full_name for m in found if m.procuratorate} == {
        "黑龙江省鸡西市梨树区人民检察院"
    }
    # A law's 该人民检察院, with no procuratorate named before: any one it spoke of.
    assert pa.find_procuratorates("上级人民法院认为确有错误的，该人民检察院应当") == ()


def test_gaiyuan_names_the_host_not_a_guest_listed_among_those_who_attended() -> None:
    text = (
        "清苑县人民检察院召开座谈会。清苑县人大常委会、保定市检察院反贪局领导出席座谈会。"
        "一直以来，该院紧紧围绕检察业务"
    )
    assert _found(text)[-1] == ("该院", "河北省保定市清苑区人民检察院")
    # Not a list: the one who invites is no guest.
    text = "邢台市院召开会议。临城县检察院邀请参加活动的学生参观了宣教室、咨询室。该院坚持"
    assert _found(text)[-1] == ("该院", "河北省临城县人民检察院")


def test_gaiyuan_names_the_one_that_acts_not_its_partner() -> None:
    text = "台山市检察院开展联络工作。该院联合省检察院走访省人大代表，该院还邀请代表视察"
    assert [name for _, name in _found(text)][1:] == [
        "广东省台山市人民检察院",
        "广东省人民检察院",
        "广东省台山市人民检察院",
    ]
    # The one it comes under is no more the subject.
    text = "仙桃市人民检察院成立于1955年。2001年8月隶属湖北省人民检察院汉江分院。该院人力雄厚"
    assert _found(text)[-1] == ("该院", "湖北省仙桃市人民检察院")
    # A partner named first is the one 该院 names.
    assert _found("联合省检察院，台山市检察院走访。该院")[-1] == ("该院", "广东省台山市人民检察院")
    # Nor is the agent of a passive, the one that judges or praises what the text is about.
    text = "宝鸡市渭滨区检察院办案。5件案件被省院评为典型案例。某公司排污，该院发出检察建议"
    assert _found(text)[-1] == ("该院", "陕西省宝鸡市渭滨区人民检察院")
    # Where no other is named before it, it is the one.
    assert _found("被陕西省人民检察院评为先进。该院")[-1] == ("该院", "陕西省人民检察院")


def test_gaiyuan_names_none_of_two_procuratorates_named_together() -> None:
    text = "泰州市检察院推行说理。在海陵区和兴化市检察院试行的基础上，该院下发方案"
    assert _found(text)[-1] == ("该院", "江苏省泰州市人民检察院")
    assert _found("海陵区检察院与兴化市检察院签订协议。该院")[-1] == ("该院", None)


def test_a_branch_read_by_its_registry_name_is_named_before_a_gaiyuan() -> None:
    text = "经报请省检察院批复后，昆明铁路运输分院立案办理。下一步，该院将继续"
    assert _found(text, context="云南省人民检察院")[1:] == [
        ("昆明铁路运输分院", "云南省人民检察院昆明铁路运输分院"),
        ("该院", "云南省人民检察院昆明铁路运输分院"),
    ]


def test_fenyuan_alone_is_the_one_branch_the_text_names_wherever_it_names_it() -> None:
    assert _found("当时分院仅设4个科室。西藏自治区人民检察院日喀则分院成立于1960年") == [
        ("分院", "西藏自治区人民检察院日喀则分院"),
        ("西藏自治区人民检察院日喀则分院", "西藏自治区人民检察院日喀则分院"),
    ]
    # After the branch's own designation, the mention takes it in.
    assert _found("单位：甘肃省人民检察院矿区分院。下一步，分院将推进。矿区分院投稿3篇") == [
        ("甘肃省人民检察院矿区分院", "甘肃省人民检察院矿区分院"),
        ("分院", "甘肃省人民检察院矿区分院"),
        ("矿区分院", "甘肃省人民检察院矿区分院"),
    ]
    # A branch read by its registry form is the text's branch too; a Corps branch's
    # designation is taken in as a place's is.
    assert _found("阿克苏分院召开会议。分院将推进") == [
        ("阿克苏分院", "新疆维吾尔自治区人民检察院阿克苏分院"),
        ("分院", "新疆维吾尔自治区人民检察院阿克苏分院"),
    ]
    assert _found("新疆生产建设兵团人民检察院第二师分院。第二师分院将推进") == [
        ("新疆生产建设兵团人民检察院第二师分院", "新疆生产建设兵团人民检察院第二师分院"),
        ("第二师分院", "新疆生产建设兵团人民检察院第二师分院"),
    ]
    # A league's branch by the league's reviewed short name (锡盟 of 锡林郭勒盟).
    league = pa.resolve_procuratorate("内蒙古自治区人民检察院锡林郭勒盟分院").full_name
    assert _found("锡盟检察分院检察长出席，锡盟分院干警参加") == [
        ("锡盟检察分院", league),
        ("锡盟分院", league),
    ]


_BEIJING_SECOND = ("北京市人民检察院第二分院", "北京市人民检察院第二分院")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No branch named, or two.
        ("下一步，分院将立足分院定位", []),
        (
            "北京市人民检察院第一分院和北京市人民检察院第二分院召开会议，分院领导出席",
            [("北京市人民检察院第一分院", "北京市人民检察院第一分院"), _BEIJING_SECOND],
        ),
        # Generic, in either script, or the end of another name.
        (
            "北京市人民检察院第二分院。各分院、两个分院、20个分院、兩個分院、各級分院",
            [_BEIJING_SECOND],
        ),
        (
            "北京市人民检察院第二分院。国家检察官学院青海分院、医院分院、省委党校分院、中国银行分院",
            [_BEIJING_SECOND],
        ),
        # 分院 closing a railway's initial is no lone 分院: 成铁分院 is 成都's railway branch,
        # as no other city of its rank starts with 成; 南 and 呼 may be several cities'.
        (
            "自治区人民检察院呼和浩特铁路运输检察分院。南铁检察分院、成铁分院、呼鐵分院",
            [
                (
                    "自治区人民检察院呼和浩特铁路运输检察分院",
                    "内蒙古自治区人民检察院呼和浩特铁路运输分院",
                ),
                ("成铁分院", "四川省人民检察院成都铁路运输分院"),
            ],
        ),
    ],
)
def test_fenyuan_alone_is_no_mention_where_the_text_names_no_one_branch(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("挂牌仪式在西宁举行。省检察院检察长出席", "青海省人民检察院"),
        ("督导组到东莞检查。省检察院要求", "广东省人民检察院"),
        ("督导组到东莞检查。市检察院要求", "广东省东莞市人民检察院"),
        ("会议在中山大学举行。省检察院要求", None),
        ("会议在黄山召开。市检察院要求", None),
    ],
)
def test_a_citys_name_without_its_type_fixes_a_relative_reference(
    text: str, name: str | None
) -> None:
    [mention] = pa.find_procuratorates(text)
    assert (mention.procuratorate.full_name if mention.procuratorate else None) == name
    if name is None:
        assert mention.reason is not None
        assert mention.reason.startswith("relative:")


def test_the_corps_procuratorates_are_found_by_the_corps_short_name() -> None:
    assert _found("据新疆兵团检察院和新疆兵团人民检察院第九师分院消息") == [
        ("新疆兵团检察院", "新疆生产建设兵团人民检察院"),
        ("新疆兵团人民检察院第九师分院", "新疆生产建设兵团人民检察院第九师分院"),
    ]


# Pieces of the forms read beside full names, each set shuffled into texts of its own.
_FORM_PIECES = {
    "anonymised and 铁检": list("ABSL市区县省人民检察院广西和、 1上海南昌铁鐵检檢分"),
    "defined short names": [
        *("嵊州市人民检察院", "(以下简称", "（简称", "“", "”", ")", "）"),
        *("嵊州院", "检察院", "人民", "院", "，"),
    ],
    "numbered branches": [
        *("北京市", "上海", "市", "院", "检", "检察", "一", "三", "第", "分院", "、", "医", "和"),
    ],
    "English": [
        *("SPP", "Supreme People's Procuratorate", "procuratorate", " ", "2", "s", "最高检"),
        *("Municipal People's Procuratorate", " of ", "Dalian", "The", "City", "provincial"),
        *("北京市", "区检院"),
    ],
}


@settings(max_examples=600, deadline=None)
@given(
    st.sampled_from(sorted(_FORM_PIECES)).flatmap(
        lambda kind: st.lists(st.sampled_from(_FORM_PIECES[kind]), max_size=30).map("".join)
    )
)
def test_the_forms_read_beside_full_names_keep_the_finder_invariants(text: str) -> None:
    found = pa.find_procuratorates(text)
    end = 0
    for mention in found:
        assert mention.span.slice(text) == mention.text
        assert mention.span.start >= end
        end = mention.span.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "平潭综合实验区人民检察院成立。实验区人民检察院坚持",
            [
                ("平潭综合实验区人民检察院", "平潭综合实验区人民检察院"),
                ("实验区人民检察院", "平潭综合实验区人民检察院"),
            ],
        ),
        (
            "北京市海淀区检察院发布。区检院认为",
            [
                ("北京市海淀区检察院", "北京市海淀区人民检察院"),
                ("区检院", "北京市海淀区人民检察院"),
            ],
        ),
        ("开展实验，实验区建设", []),
    ],
)
def test_zones_by_their_type_and_the_short_jianyuan(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甘南州人民检察院莅临我院考察交流。理县院检察长陪同", "四川省理县人民检察院"),
        ("千阳县检察院一行参观了我院。灵台县检察院检察长陪同", "甘肃省灵台县人民检察院"),
        # Two procuratorates besides the visitors: either may be its own.
        ("甘南州人民检察院莅临我院。理县院、汶川县院陪同", None),
        # A name that does not resolve may be its own: nothing is taken.
        ("甘南州人民检察院莅临我院。朝阳区人民检察院陪同", None),
    ],
)
def test_wo_yuan_visited_is_the_one_procuratorate_besides_its_visitors(
    text: str, expected: str | None
) -> None:
    [own] = [m for m in pa.find_procuratorates(text) if m.text == "我院"]
    assert (None if own.procuratorate is None else own.procuratorate.full_name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "甘南州人民检察院莅临我院考察",
            [("甘南州人民检察院", "甘肃省甘南藏族自治州人民检察院"), ("我院", None)],
        ),
        # A court named before: 我院 may be the court.
        (
            "海淀区人民法院审理，海淀区人民检察院出庭。我院认为",
            [("海淀区人民检察院", "北京市海淀区人民检察院")],
        ),
        ("我院召开会议", []),
        # A hospital's or a college's 我院 is no mention; one with a procuratorate's word
        # after it is, though no procuratorate is named before it.
        ("我院医生为患者会诊", []),
        (
            "近日，我院党组书记、检察长来到太仓市第一中学。我院还将",
            [("我院", None), ("我院", None)],
        ),
        ("本院认为，海淀区人民检察院指控", [("海淀区人民检察院", "北京市海淀区人民检察院")]),
        # Its own is named before the text's first 我院, reported or not: a publisher's
        # line after a headline names whoever put the text online. The headline's 我院 is
        # the later one's: one text, one author.
        (
            "我院组织开展宣传活动\n来源：青海省人民检察院\n结合我院正在开展的活动",
            [("我院", None), ("青海省人民检察院", "青海省人民检察院"), ("我院", None)],
        ),
        # Two procuratorates named before: either may be its own.
        (
            "海淀区人民检察院与西城区人民检察院座谈，我院介绍",
            [
                ("海淀区人民检察院", "北京市海淀区人民检察院"),
                ("西城区人民检察院", "北京市西城区人民检察院"),
                ("我院", None),
            ],
        ),
        # One named in a clause of its own is no authority, though the text follows another's.
        (
            "按照部署，海淀区人民检察院与西城区人民检察院座谈，我院介绍",
            [
                ("海淀区人民检察院", "北京市海淀区人民检察院"),
                ("西城区人民检察院", "北京市西城区人民检察院"),
                ("我院", None),
            ],
        ),
        # So does one that joins 我院 (联合, 会同, 协同): a partner.
        (
            "佛山市检察院联合我院召开新闻发布会",
            [("佛山市检察院", "广东省佛山市人民检察院"), ("我院", None)],
        ),
        # A visitor in one sentence leaves every 我院 of the text open.
        (
            "甘南州人民检察院来我院交流。会上，我院介绍",
            [
                ("甘南州人民检察院", "甘肃省甘南藏族自治州人民检察院"),
                ("我院", None),
                ("我院", None),
            ],
        ),
    ],
)
def test_without_a_context_wo_yuan_is_reported_unresolved(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text) == expected
    for mention in pa.find_procuratorates(text):
        if mention.text == "我院":
            assert mention.reason is not None
            assert mention.reason.startswith("relative: 我院")
    [_, own] = pa.find_procuratorates("甘南州人民检察院莅临我院考察", context="理县人民检察院")
    assert own.procuratorate is not None
    assert own.procuratorate.full_name == "四川省理县人民检察院"


@pytest.mark.parametrize("word", ["检察长", "检委会专职委员"])
def test_wo_yuan_with_a_procuratorates_word_after_it_counts_after_a_court(word: str) -> None:
    text = f"海淀区人民法院审理，海淀区人民检察院出庭。我院{word}认为"
    haidian = "北京市海淀区人民检察院"
    assert _found(text) == [("海淀区人民检察院", haidian), ("我院", haidian)]
    # Without such a word it may be the court's.
    assert _found("海淀区人民法院审理，海淀区人民检察院出庭。我院院长认为") == [
        ("海淀区人民检察院", haidian)
    ]


_ZJG = "江苏省张家港市人民检察院"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A procuratorate named before any court: its own text, and the court heard its case.
        (
            "张家港市人民检察院提起公诉。法院作出判决。下一步，我院将持续推进",
            [("张家港市人民检察院", _ZJG), ("我院", _ZJG)],
        ),
        (
            "张家港市人民检察院提起公诉，法院审理后，该院将持续推进",
            [("张家港市人民检察院", _ZJG), ("该院", _ZJG)],
        ),
        (
            "长春经开区人民检察院出庭支持公诉，法院当庭宣判，采纳了本院的量刑建议",
            [("长春经开区人民检察院", "长春经开区人民检察院"), ("本院", "长春经开区人民检察院")],
        ),
        # A court named first: 我院 may be the court's.
        (
            "张家港市人民法院审理。张家港市人民检察院提起公诉。我院将持续推进",
            [("张家港市人民检察院", _ZJG)],
        ),
        # A court's act or officer after it makes it the court, as court news writes it;
        # a trial's words make 本院 the court's.
        ("张家港市人民检察院提起公诉，法院审理后，我院审理认为", [("张家港市人民检察院", _ZJG)]),
        (
            "由张家港市人民检察院提起公诉的张某盗窃一案，在张家港市人民法院开庭。我院依法审结此案",
            [("张家港市人民检察院", _ZJG)],
        ),
        ("张家港市人民检察院起诉，法院于近日审结。我院法官表示", [("张家港市人民检察院", _ZJG)]),
        # A text whose 我院 has a president (院长) is a court's, a hospital's or a college's.
        (
            "遂昌县人民检察院检察长应邀列席。会议由我院院长主持。我院将把检察长列席审委会作为途径",
            [("遂昌县人民检察院", "浙江省遂昌县人民检察院")],
        ),
        # What courts did with its cases is no court's act of its own.
        (
            "张家港市人民检察院提起公诉。法院作出判决。我院起诉的案件一审判决",
            [("张家港市人民检察院", _ZJG), ("我院", _ZJG)],
        ),
        (
            "长春经开区人民检察院出庭支持公诉，法院判决，采纳了本院的量刑建议",
            [("长春经开区人民检察院", "长春经开区人民检察院")],
        ),
    ],
)
def test_a_text_that_names_a_procuratorate_before_any_court_is_its_own(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text) == expected


_WUJIN = "江苏省常州市武进区人民检察院"
_LONGYAO = "河北省隆尧县人民检察院"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "隆尧县检察院开展检察开放日活动，邀请人大代表走进检察院，对检察院的工作提出建议。",
            [("隆尧县检察院", _LONGYAO), ("检察院", _LONGYAO), ("检察院", _LONGYAO)],
        ),
        # Before any name, in traditional script, after a separator or a line's start.
        (
            "感謝檢察院的幫助！\n檢察院、法院的同志都來了。記者從隆堯縣檢察院獲悉",
            [("檢察院", _LONGYAO), ("檢察院", _LONGYAO), ("隆堯縣檢察院", _LONGYAO)],
        ),
        # Visitors aside, as for 我院.
        (
            "甘南州人民检察院莅临我院交流。代表们参观了检察院。理县院检察长陪同",
            [
                ("甘南州人民检察院", "甘肃省甘南藏族自治州人民检察院"),
                ("我院", "四川省理县人民检察院"),
                ("检察院", "四川省理县人民检察院"),
                ("理县院", "四川省理县人民检察院"),
            ],
        ),
        # A text of two procuratorates, or of none, says of 检察院 alone nothing sure:
        # it is no mention.
        (
            "隆尧县检察院与柏乡县检察院座谈。检察院负责人介绍",
            [("隆尧县检察院", _LONGYAO), ("柏乡县检察院", "河北省柏乡县人民检察院")],
        ),
        ("都说检察院是法律监督机关", []),
        # Inside a word: a title, the name of a law, 检察院长, another's name.
        (
            "隆尧县检察院被评为全国先进检察院，学习检察院组织法。检察院长讲话",
            [("隆尧县检察院", _LONGYAO)],
        ),
        # Macau's procuratorate is named 检察院.
        ("广东省检察院代表团访问澳门，参观了检察院", [("广东省检察院", "广东省人民检察院")]),
    ],
)
def test_jianchayuan_alone_is_the_texts_own_procuratorate(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text) == expected


_BEFORE_ALONE = [*"了对与和在向，。？、 \n先层民的进走感谢希望参观时立甲"]


@given(st.lists(st.sampled_from(_BEFORE_ALONE), max_size=6))
@settings(max_examples=200, deadline=None)
def test_jianchayuan_alone_stands_after_what_may_stand_before_a_reference(
    before: list[str],
) -> None:
    # The scan looks behind each 检察院 with a class of characters built from the words a
    # reference may follow and the verbs that take an organ; the reading is what the plain
    # rule over those words says.
    words = "".join(before)
    text = "隆尧县检察院开展活动。" + words + "检察院"
    start = len(text) - 3
    stands_alone = (
        not words
        or words[-1] in BEFORE_RELATIVE
        or words[-1].isspace()
        or words[-2:] in ORGAN_VERBS
    )
    found = pa.find_procuratorates(text)
    alone = [m for m in found if m.span.start == start]
    # Where it stands alone, it is read, unless the words before make a name of it
    # (民和检察院: 民和回族土族自治县's).
    ending = [m for m in found if m.span.end == len(text)]
    assert bool(ending) if stands_alone else not alone, words
    assert all(m.procuratorate is not None for m in alone)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What one procuratorate did with a case: a mention, though no text names it.
        ("案件已由公安局移送到檢察院審查起訴", [("檢察院", None)]),
        ("聂某被检察院以盗窃罪提起公诉", [("检察院", None)]),
        ("一审判决后，检察院提出抗诉", [("检察院", None)]),
        ("因检察院不批准逮捕而释放", []),  # 因 stands before no reference
        # What the law has it do next: send the file back, decline, protest or not.
        ("起诉建议书报上去后，检察院退卷两次补充侦查", [("检察院", None)]),
        ("被告人未上诉，检察院未抗诉。判决已生效", [("检察院", None)]),
        ("侦查终结后，检察院决定不起诉", [("检察院", None)]),
        # Sent to it: the procuratorate that is to examine the case.
        ("警方在12月12號已把案件移送到了檢察院。", [("檢察院", None)]),
        ("公安机关已经送到检察院，指控他颠覆国家政权", [("检察院", None)]),
        ("那天赠送检察院一面锦旗", []),  # a gift, no case
        # Two procuratorates named: which of them had the case is open.
        (
            "隆尧县检察院与柏乡县检察院座谈。检察院审查起诉的案件",
            [
                ("隆尧县检察院", _LONGYAO),
                ("柏乡县检察院", "河北省柏乡县人民检察院"),
                ("检察院", None),
            ],
        ),
        # Where the text's own is settled, it is that one, as before.
        (
            "隆尧县检察院开展活动。检察院以盗窃罪提起公诉",
            [("隆尧县检察院", _LONGYAO), ("检察院", _LONGYAO)],
        ),
        # What procuratorates may do in general, no case's act after it: no mention.
        ("都说检察院可以依法提起公益诉讼", []),
        ("都说检察院以及法院对犯罪要依法处理", []),  # 以及, no charge
    ],
)
def test_jianchayuan_alone_before_a_cases_act_is_the_procuratorate_that_had_it(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text) == expected
    for mention in pa.find_procuratorates(text):
        if mention.procuratorate is None:
            assert mention.reason is not None
            assert mention.reason.startswith("relative: 检察院 names the procuratorate that had")


def test_jianchayuan_alone_before_its_work_report_is_the_local_one() -> None:
    found = pa.find_procuratorates("會議審議了法院工作報告、檢察院工作報告")
    assert [(m.text, m.procuratorate) for m in found] == [("檢察院", None)]
    assert found[0].reason is not None
    assert "the place the text speaks of" in found[0].reason
    # After a verb whose object is the report (作, 审议, 评价): there only.
    text = "梅江区人民检察院工作报告获通过。黄国锐检察长作检察院工作报告。代表们评价检察院工作报告"
    assert [m.text for m in pa.find_procuratorates(text)] == [
        "梅江区人民检察院",
        "检察院",
        "检察院",
    ]
    assert _found("他作检察院的工作") == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # What procuratorates may or must do, or their insides: said in general.
        ("都说检察院可以督促行政机关", False),
        ("在法院、檢察院內部重新確立比例", False),
        # Put to one procuratorate, or what one did: that one.
        ("建议检察院应进一步加强宣传", True),
        ("检察院应邀参加座谈", True),
    ],
)
def test_jianchayuan_alone_before_what_any_may_do_is_no_mention(text: str, read: bool) -> None:
    found = pa.find_procuratorates(text, context="隆尧县人民检察院")
    assert [m.procuratorate for m in found] == (
        [pa.resolve_procuratorate(_LONGYAO)] if read else []
    )


def test_jianchayuan_alone_is_the_one_a_text_refers_to_by_a_level_alone() -> None:
    # A text that names no procuratorate, only its place's by one level: that one.
    text = "武进区政法委员会召开会议。会上，区法院、检察院、公安分局作交流发言。区检察院表示"
    assert _found(text) == [("检察院", _WUJIN), ("区检察院", _WUJIN)]
    found = pa.find_procuratorates("县人大代表视察县检察院。代表们参观了检察院办案区")
    assert [(m.text, m.procuratorate) for m in found] == [("县检察院", None), ("检察院", None)]
    # Two levels, or a procuratorate named by name: which one is open, as before.
    text = "市检察院召开会议，县检察院参加，代表们参观了检察院"
    assert [m.text for m in pa.find_procuratorates(text)] == ["市检察院", "县检察院"]


def test_jianchayuan_alone_is_the_context_where_the_text_names_none() -> None:
    found = pa.find_procuratorates("人大代表走进检察院", context="隆尧县人民检察院")
    assert [(m.span.start, m.span.end, m.procuratorate) for m in found] == [
        (6, 9, pa.resolve_procuratorate("隆尧县人民检察院"))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "河津市人民检察院开展检察开放日活动。我院检察长出席，校长们参观我院展板",
        "最高检通报表扬河津市人民检察院，我院将再接再厉",
        "河津市人民檢察院開展活動。我院講解員帶領教師參觀我院展板",
        # Named by its short form, which the references are read with.
        "河津市院开展活动，向代表通报我院工作",
        # Those whose plans or demands it follows are above it, as the Supreme is.
        "河津市人民检察院开展活动。按照省院、市院统一部署，我院检察长出席",
        "河津市人民检察院根据山西省人民检察院的工作要求，组织我院干警学习",
        # Named only after the text's first 我院: the one procuratorate the whole text names.
        "5月23日，市人大常委会副主任来我院调研，查看设在河津市检察院的监督室，听取我院检察长汇报",
        "我院检察长向县人大常委会报告工作，报送《河津市人民检察院关于工作情况的报告》",
        "根据最高检部署，我院检察长出席。河津市院开展活动",
        # 来 that ends 以来 or 年来, and 进 of 推进, bring no visitor to 本院 and 我院.
        "河津市人民检察院开展活动。一年以来本院检察长接访",
        "河津市人民检察院开展活动。近年来我院检察长接访",
        "河津市人民检察院开展活动，推进本院检察工作",
    ],
)
def test_without_a_context_wo_yuan_is_the_texts_one_procuratorate(text: str) -> None:
    found = [m for m in pa.find_procuratorates(text) if m.text in ("我院", "本院")]
    assert found
    for mention in found:
        assert mention.procuratorate is not None
        assert mention.procuratorate.full_name == "山西省河津市人民检察院"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # A headline's 我院, with no procuratorate's word after it, is the text's own where a
        # later 我院 is read after the procuratorate the text names: one text, one author.
        ("我院开展走访活动\n河津市人民检察院检察长出席，代表们对我院工作表示肯定", 2),
        ("我院开展走访活动。我院领导到乡镇走访。河津市检察院检察长介绍我院工作", 3),
        # With no later 我院 read, the headline's stays unread where a hospital's may be so;
        # in a text of procuratorial work and of no other institution, it is read.
        ("我院开展走访活动。县人民医院院长、河津市人民检察院检察长出席", 0),
        ("我院开展走访活动。乡卫生院、疗养院与河津市人民检察院座谈", 0),
        ("我院开展走访活动。河津市人民检察院检察长出席", 1),
        # A court named before the later one: it may be the court's, and so may the first.
        ("我院开展活动。河津市人民法院审理，河津市人民检察院出庭。我院认为", 0),
    ],
)
def test_without_a_context_every_wo_yuan_of_a_text_is_one_authors(text: str, count: int) -> None:
    found = [m for m in pa.find_procuratorates(text) if m.text == "我院"]
    assert len(found) == count
    for mention in found:
        assert mention.procuratorate is not None
        assert mention.procuratorate.full_name == "山西省河津市人民检察院"


@pytest.mark.parametrize(
    "text",
    [
        # The one it visits, meets, addresses or invites is another.
        "我院检察长一行赴扬中市院交流。扬中市院检察长介绍",
        "我院检察长与西城区人民检察院座谈",
        "我院检察长对河津市人民检察院提出建议",
        "我院检察长邀请河津市人民检察院参加",
        "我院检察长出席。案件经河津市人民检察院提起诉讼",
        # Two named after it: either may be its own.
        "我院检察长出席。河津市人民检察院与西城区人民检察院座谈",
        # A publisher's line names whoever put the text online.
        "我院检察长出席活动\n来源：山西省人民检察院",
        # One that does not resolve may be its own.
        "我院检察长出席。和平区人民检察院开展活动",
    ],
)
def test_without_a_context_wo_yuan_named_only_after_another_stays_open(text: str) -> None:
    found = [m for m in pa.find_procuratorates(text) if m.text == "我院"]
    assert found
    for mention in found:
        assert mention.procuratorate is None
        assert mention.reason is not None
        assert mention.reason.startswith("relative: 我院")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "十堰市郧阳区人民检察院提起民事公益诉讼。本院在履行职责中发现",
            "湖北省十堰市郧阳区人民检察院",
        ),
        # The Supreme People's Court named as an authority, in a law's title.
        (
            "十堰市郧阳区人民检察院依照《最高人民法院、最高人民检察院关于检察公益诉讼案件适用"
            "法律若干问题的解释》发出公告，请书面反馈本院。",
            "湖北省十堰市郧阳区人民检察院",
        ),
        # A procuratorate's text that speaks of a court, where 本院 accuses or prosecutes.
        (
            "广南县人民检察院就本院提起公诉的案件开展巡回公诉。广南县人民法院采纳本院指控的事实",
            "云南省广南县人民检察院",
        ),
        # A judgment's words: 本院 is the court.
        ("公诉机关海淀区人民检察院。本院认为，被告人", None),
        ("海淀区人民检察院向本院提起公诉，本院受理后", None),
        # A judgment's 本院 stays the court's, its line broken after 向 or not.
        ("海淀区人民检察院以起诉书指控被告人，于五月向\n本院提起公诉。本院受理后，判决如下", None),
        ("海淀区人民检察院提起公诉。本院审理后判决", None),
        ("海淀区人民检察院起诉至海淀区人民法院，本院受理", None),
        # Everyone's own, in a notice to many.
        ("浙江省人民检察院要求各地结合本地、本院实际", None),
        ("浙江省人民检察院要求结合本院实际", None),
        # Named only after it, and no procuratorate's word after 本院.
        ("现将本院接待日公告如下：中山市第二市区人民检察院", None),
    ],
)
def test_without_a_context_ben_yuan_is_the_one_procuratorate_a_text_of_its_own_names(
    text: str, expected: str | None
) -> None:
    own = [m for m in pa.find_procuratorates(text) if m.text == "本院"]
    if expected is None:
        assert own == []
    else:
        assert own
        assert all(m.procuratorate is not None for m in own)
        assert {m.procuratorate.full_name for m in own if m.procuratorate} == {expected}


def test_ben_yuan_with_a_procuratorates_word_after_it_is_reported_before_any_name() -> None:
    # 本院检察长: the text's own is a procuratorate, though it is named only after 本院: the
    # one the whole text names; where the text names another beside it, 本院 stays open.
    text = "现将本院检察长接待日公告如下。接访地点为中山市第二市区人民检察院，本院预约电话"
    own = [m for m in pa.find_procuratorates(text) if m.text == "本院"]
    assert len(own) == 2
    for mention in own:
        assert mention.procuratorate is not None
        assert mention.procuratorate.full_name == "中山市第二市区人民检察院"
    two = text + "。中山市第一市区人民检察院"
    own = [m for m in pa.find_procuratorates(two) if m.text == "本院"]
    assert len(own) == 2
    for mention in own:
        assert mention.procuratorate is None
        assert mention.reason is not None
        assert mention.reason.startswith("relative: 本院")
    # Not in a court's text, nor without the word.
    assert [m.text for m in pa.find_procuratorates("本院检察官出庭。海淀区人民法院认为")] == []
    assert [m.text for m in pa.find_procuratorates("本院接待日公告如下")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The host invites others to 我院: they are its visitors, not it.
        ("齐齐哈尔铁路运输检察院于六一前夕邀请学生代表来到我院参观。", "齐齐哈尔铁路运输检察院"),
        ("齐齐哈尔铁路运输检察院邀请甘南州人民检察院来到我院。", "齐齐哈尔铁路运输检察院"),
        # One invited is a visitor still.
        ("甘南州人民检察院应邀来到我院参观。", None),
        ("甘南州人民检察院受邀来到我院。", None),
    ],
)
def test_wo_yuan_is_the_procuratorate_that_invites_others_to_it(
    text: str, expected: str | None
) -> None:
    [own] = [m for m in pa.find_procuratorates(text) if m.text == "我院"]
    assert (None if own.procuratorate is None else own.procuratorate.full_name) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("洪山区人民检察院在区委和上级检察院的正确领导下", "上级检察院"),
        ("报上级人民检察院批准", "上级人民检察院"),
        ("上级院督导", "上级院"),
        ("在縣委和上級檢察院的領導下", "上級檢察院"),
        # The local one: the procuratorate of the place the text speaks of.
        ("14天后，當地檢察院不予批捕", "當地檢察院"),
        ("现场交由属地检察院跟进办理", "属地检察院"),
        ("The local procuratorate has filed the case.", "local procuratorate"),
        ("the local people's procuratorate approved it", "local people's procuratorate"),
    ],
)
def test_the_superior_procuratorate_is_a_mention_left_unresolved(text: str, words: str) -> None:
    [superior] = [m for m in pa.find_procuratorates(text) if m.text == words]
    assert superior.procuratorate is None
    assert superior.reason is not None
    assert superior.reason.startswith("relative: ")
    assert pa.find_procuratorates("上级院校和上级法院") == ()
    assert pa.find_procuratorates("当地检察院长") == ()
    assert pa.find_procuratorates("a local procuratorate official") == ()


@pytest.mark.parametrize("word", ["上级检察院", "当地检察院"])
def test_a_superior_or_local_reference_leaves_the_texts_own_procuratorate_settled(
    word: str,
) -> None:
    text = f"涞水县人民检察院召开会议，{word}派员指导。会议要求，检察院要主动作为。"
    assert [
        (m.text, m.procuratorate.full_name if m.procuratorate else None)
        for m in pa.find_procuratorates(text)
    ] == [
        ("涞水县人民检察院", "河北省涞水县人民检察院"),
        (word, None),
        ("检察院", "河北省涞水县人民检察院"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "福安、周宁、寿宁、柘荣等四个基层检察院",
            [
                ("福安", "福建省福安市人民检察院"),
                ("周宁", "福建省周宁县人民检察院"),
                ("寿宁", "福建省寿宁县人民检察院"),
                ("柘荣", "福建省柘荣县人民检察院"),
            ],
        ),
        (
            "福州、泉州等地检察院",
            [("福州", "福建省福州市人民检察院"), ("泉州", "福建省泉州市人民检察院")],
        ),
        # 华容 is 华容县 (Hunan) and 华容区 (Hubei): a mention the text does not settle.
        ("华容、石首两地检察院", [("华容", None), ("石首", "湖北省石首市人民检察院")]),
        # A count says how many; 基层 wants basic procuratorates; people are no places.
        ("福安、周宁、寿宁四个基层检察院", []),
        ("福州、泉州等四个基层检察院", []),
        ("张三、李四等检察院干警", []),
        # 等 and a count: three of the nine; a list longer than its count is none.
        (
            "全省检察机关在琼海、保亭、陵水等9个检察院挂牌督办",
            [
                ("琼海", "海南省琼海市人民检察院"),
                ("保亭", "海南省保亭黎族苗族自治县人民检察院"),
                ("陵水", "海南省陵水黎族自治县人民检察院"),
            ],
        ),
        ("琼海、保亭、陵水等2个检察院", []),
        # 基層 in traditional script, which the names' table of characters does not fold.
        (
            "香洲、金灣、斗門3個基層檢察院",
            [
                ("香洲", "广东省珠海市香洲区人民检察院"),
                ("金灣", "广东省珠海市金湾区人民检察院"),
                ("斗門", "广东省珠海市斗门区人民检察院"),
            ],
        ),
        # 基层院 for basic procuratorates, as news writes them.
        (
            "涪陵、北碚等8个基层院政治处负责人参加会议",
            [("涪陵", "重庆市涪陵区人民检察院"), ("北碚", "重庆市北碚区人民检察院")],
        ),
        ("福州、泉州等四个基层院", []),
    ],
)
def test_lists_closed_without_a_level_word_give_each_place(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1950年，新疆省人民检察署成立", [("新疆省人民检察署", "新疆维吾尔自治区人民检察院")]),
        ("广西省检察院通报", [("广西省检察院", "广西壮族自治区人民检察院")]),
        # A city before 省 is no province's name: the reference alone is read.
        ("大连省检察院", [("省检察院", "辽宁省人民检察院")]),
    ],
)
def test_a_provinces_own_name_before_sheng_is_part_of_the_name(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text) == expected


def test_a_province_before_a_numbered_branch_is_part_of_its_name() -> None:
    assert _found("由北京四分院提起公诉，上海三分院和医院三分院") == [
        ("北京四分院", "北京市人民检察院第四分院"),
        ("上海三分院", "上海市人民检察院第三分院"),
    ]


def test_wo_yuan_is_not_the_procuratorate_that_holds_what_it_takes_part_in() -> None:
    text = "由苏州市检察院举办的竞赛落幕，我院代表队获奖。我院干警朱艳获评优秀公诉人"
    found = pa.find_procuratorates(text)
    assert [(m.text, m.procuratorate is None) for m in found] == [
        ("苏州市检察院", False),
        ("我院", True),
        ("我院", True),
    ]
    # Named as its own too, it is that one.
    text = "张家港市检察院参加由苏州市检察院举办的竞赛，我院代表队获奖"
    assert _found(text)[-1] == ("我院", "江苏省张家港市人民检察院")


def test_the_corps_procuratorate_by_the_short_name_its_site_signs_with() -> None:
    assert _found("作者:兵团检察院") == [("兵团检察院", "新疆生产建设兵团人民检察院")]


def test_the_agent_of_a_passive_is_not_the_texts_own() -> None:
    # 被云南省检察院指定为…: the one that designates, not the text's own.
    text = "盘龙区检察院建成靶场，被云南省检察院指定为全省训练基地。检察院领导班子积极申请"
    assert _found(text)[-1] == ("检察院", "云南省昆明市盘龙区人民检察院")


def test_xiaji_jianchayuan_is_the_one_below_left_unresolved() -> None:
    found = pa.find_procuratorates("一个上级检察院没认定的刑案，被下级检察院办了起来")
    assert [(m.text, m.procuratorate) for m in found] == [
        ("上级检察院", None),
        ("下级检察院", None),
    ]
    assert found[1].reason is not None
    assert "below the document's own" in found[1].reason
    # Generic: a law's 领导下级, 上下级, 各下级院.
    text = "上级人民检察院领导下级人民检察院的工作，完善上下级检察院协作，各下级院"
    assert [m.text for m in pa.find_procuratorates(text)] == ["上级人民检察院"]


def test_women_yuan_is_read_as_wo_yuan() -> None:
    text = "治多县检察院开展活动。贾小平说：这是我们院优秀的女检察官，我們院干警"
    assert _found(text) == [("治多县检察院", "青海省治多县人民检察院")] + [
        (word, "青海省治多县人民检察院") for word in ("我们院", "我們院")
    ]
    assert _found("我们院长说") == _found("医院里，我们院的医生") == []


def test_a_numbered_branch_written_fenjian_is_read_after_its_province() -> None:
    # 分检 for 分院, as 上海三分检 is written: after its province only, and not 检查, 检测.
    assert _found("北京市二分检金轶出具起诉书，重庆五分检办理，二分检和十分检查、一分检测") == [
        ("北京市二分检", "北京市人民检察院第二分院"),
        ("重庆五分检", "重庆市人民检察院第五分院"),
    ]


def test_kinds_listed_with_a_bracket_are_no_reference() -> None:
    # 各县(市)、区院: every county's, city's and district's, as 县、区院 is.
    assert _found("各县(市)、区院公诉部门，各县（市）、区检察院") == []


def test_counted_branches_are_no_branch() -> None:
    # 五个分院: the branches, no one of them; the procuratorate before them stands.
    assert _found("北京市人民检察院四个分院") == [("北京市人民检察院", "北京市人民检察院")]


def test_a_zone_by_its_type_then_yuan_is_the_last_zone_named() -> None:
    text = "芜湖经济技术开发区人民检察院召开会议。经开区院检察长、高新区院"
    assert _found(text)[1:] == [
        ("经开区院", "芜湖经济技术开发区人民检察院"),
        ("高新区院", None),
    ]
    # 新区 closes a place's name (浦东新区): its 院 is that place's procuratorate.
    assert _found("上海市浦東新區院") == [("上海市浦東新區院", "上海市浦东新区人民检察院")]


def test_gai_before_a_level_word_is_that_place_named_before() -> None:
    text = "大方县发生案件。该县人民检察院提起公诉，该县检察院和兰铁分院"
    assert _found(text) == [
        ("县人民检察院", "贵州省大方县人民检察院"),
        ("县检察院", "贵州省大方县人民检察院"),
        ("兰铁分院", "甘肃省人民检察院兰州铁路运输检察分院"),
    ]
    # 呼 may be 呼伦贝尔's as well as 呼和浩特's.
    assert _found("呼铁分院") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 市 names no autonomous prefecture's, league's or area's procuratorate.
        ("延边州召开会议。市检察院检察长", None),
        ("阿克苏地区召开会议。市检察院检察长", None),
        # A county-level city in one is its own 市, named first or not.
        ("延边州人民检察院和延吉市人民检察院。市检察院", "吉林省延吉市人民检察院"),
        ("延边州人民检察院。州检察院", "吉林省延边朝鲜族自治州人民检察院"),
        ("锦州市人民检察院和北镇市人民检察院。市检察院", "辽宁省锦州市人民检察院"),
    ],
)
def test_shi_names_a_prefecture_only_where_it_is_a_city(text: str, expected: str | None) -> None:
    assert _found(text)[-1][1] == expected


def test_a_reference_names_no_place_its_visitors_come_from() -> None:
    text = "宁德市人大常委会副主任一行到我市开展调研。据了解，市人民检察院坚持"
    [reference] = pa.find_procuratorates(text)
    assert reference.procuratorate is None
    assert reference.reason is not None
    assert "我市" in reference.reason
    # A place named after the visit is read as before; so is one of another level.
    text = "宁德市人大常委会一行到我市调研。福鼎市人民检察院介绍，市检察院坚持"
    assert _found(text)[-1] == ("市检察院", "福建省福鼎市人民检察院")
    text = "宁德市人大常委会一行到我县调研。据了解，市人民检察院坚持"
    assert _found(text) == [("市人民检察院", "福建省宁德市人民检察院")]


def test_gai_yuan_passes_an_authority_the_text_follows() -> None:
    text = (
        "奉节县检察院办理案件。该院结合重庆市检察院对从宽处理的相关要求，提出量刑建议。"
        "该院副检察长介绍"
    )
    assert _found(text)[-1] == ("该院", "重庆市奉节县人民检察院")


def test_a_prosecutors_ben_yuan_in_court_is_the_procuratorate_that_deputed_them() -> None:
    text = "我们受山东省人民检察院指派，代表本院，出席法庭支持公诉。法院判决"
    assert _found(text) == [
        ("山东省人民检察院", "山东省人民检察院"),
        ("本院", "山东省人民检察院"),
    ]
    # Not after a procuratorate that deputes no one, where 本院 is the court's.
    text = "经山东省人民检察院指派，代表本院。法院判决"
    assert _found(text) == [("山东省人民检察院", "山东省人民检察院")]


def test_a_reference_before_a_word_that_makes_yuan_another_noun() -> None:
    # 院长 and 院子 close a reference by 院 alone, not one by 检察院 (长足 is a word of its own).
    text = "新县人民检察院。是什么成为该县检察院长足发展的动力？县院长说"
    assert _found(text) == [
        ("新县人民检察院", "河南省新县人民检察院"),
        ("县检察院", "河南省新县人民检察院"),
    ]


def test_a_name_in_brackets_after_a_mention_is_its_other_sign() -> None:
    text = "到三分院(铁检分院)调研，听取铁检分院汇报。上海市院部署"
    assert _found(text) == [
        ("三分院", "上海市人民检察院第三分院"),
        ("铁检分院", "上海市人民检察院第三分院"),
        ("铁检分院", "上海市人民检察院第三分院"),
        ("上海市院", "上海市人民检察院"),
    ]
    # Brackets after a mention that hold no procuratorate's name define nothing.
    assert _found("嵊州市人民检察院(2019)检察") == [("嵊州市人民检察院", "浙江省嵊州市人民检察院")]
    # 现 (now) before the other name is no part of it.
    assert _found("分配到山西省榆次市检察院(现山西省晋中市榆次区院)") == [
        ("山西省榆次市检察院", "山西省晋中市榆次区人民检察院"),
        ("山西省晋中市榆次区院", "山西省晋中市榆次区人民检察院"),
    ]
    # Nor 时为 (then) before a former name.
    assert _found("进入淮安市淮阴区检察院(时为淮阴市淮阴县检察院)工作") == [
        ("淮安市淮阴区检察院", "江苏省淮安市淮阴区人民检察院"),
        ("淮阴市淮阴县检察院", "江苏省淮安市淮阴区人民检察院"),
    ]
    # Nor what became of it: merged into, renamed.
    assert _found("原上海市南汇区人民检察院(现已并入浦东新区人民检察院)以被告人") == [
        ("上海市南汇区人民检察院", "上海市浦东新区人民检察院"),
        ("浦东新区人民检察院", "上海市浦东新区人民检察院"),
    ]


def test_a_place_defined_inside_a_name_names_it_before_jianchayuan_after() -> None:
    text = "塔什庫爾干塔吉克自治縣(下稱“塔縣”)檢察院干警。大學畢業後考入塔縣檢察院。塔縣法院"
    assert _found(text) == [
        (
            "塔什庫爾干塔吉克自治縣(下稱“塔縣”)檢察院",
            "新疆维吾尔自治区塔什库尔干塔吉克自治县人民检察院",
        ),
        ("塔縣檢察院", "新疆维吾尔自治区塔什库尔干塔吉克自治县人民检察院"),
    ]


def test_a_definition_in_traditional_script() -> None:
    text = "巴里巴蓋墾區人民檢察院(簡稱巴區檢察院)。巴區檢察院轄區"
    assert [m.text for m in pa.find_procuratorates(text)] == [
        "巴里巴蓋墾區人民檢察院",
        "巴區檢察院",
        "巴區檢察院",
    ]


@pytest.mark.parametrize(
    ("simplified", "traditional"),
    [
        ("东莞市人民检察院督导第一市区检察院", "東莞市人民檢察院督導第一市區檢察院"),
        ("以广西H县检察院为样本", "以廣西H縣檢察院為樣本"),
        (
            "河北省围场满族蒙古族自治县(以下简称围场县)检察院副检察长",
            "河北省圍場滿族蒙古族自治縣(以下簡稱圍場縣)檢察院副檢察長",
        ),
        ("东兴市检察院。东兴院的侦监", "東興市檢察院。東興院的偵監"),
        ("金坛区检察院。金坛院党组", "金壇區檢察院。金壇院黨組"),
        ("苏州市检察院。高新区人民检察院四楼", "蘇州市檢察院。高新區人民檢察院四樓"),
        ("新县检察院发布了该院长江保护成果", "新縣檢察院發佈了該院長江保護成果"),
    ],
)
def test_traditional_script_is_read_as_simplified(simplified: str, traditional: str) -> None:
    assert len(simplified) == len(traditional)
    assert _read_in_full(simplified) == _read_in_full(traditional)
    assert _read_in_full(simplified)


def _read_in_full(text: str) -> list[tuple[int, int, str | None]]:
    return [
        (m.span.start, m.span.end, None if m.procuratorate is None else m.procuratorate.full_name)
        for m in pa.find_procuratorates(text)
    ]


# Words in both scripts, each of one length in either.
_SCRIPT_PAIRS = [
    ("检察院", "檢察院"),
    ("人民", "人民"),
    ("县", "縣"),
    ("区", "區"),
    ("市", "市"),
    ("院", "院"),
    ("该院", "該院"),
    ("本院", "本院"),
    ("长", "長"),
    ("东兴", "東興"),
    ("金坛", "金壇"),
    ("新县", "新縣"),
    ("高新区", "高新區"),
    ("广西", "廣西"),
    ("H", "H"),
    ("第一市区", "第一市區"),
    ("东莞市", "東莞市"),
    ("(以下简称", "(以下簡稱"),
    (")", ")"),
    ("。", "。"),
    ("、", "、"),
    ("分院", "分院"),
    ("二", "二"),
    ("铁路运输", "鐵路運輸"),
    ("兰州", "蘭州"),
    ("省", "省"),
    ("州", "州"),
    ("旗", "旗"),
    ("林区", "林區"),
    ("垦区", "墾區"),
    ("我院", "我院"),
    ("来到", "來到"),
    ("联合", "聯合"),
    ("法院", "法院"),
    ("审判", "審判"),
    ("等", "等"),
    ("两个", "兩個"),
    ("基层", "基層"),
    ("地区", "地區"),
    ("兵团", "兵團"),
    ("军事", "軍事"),
    ("上级", "上級"),
    ("福州", "福州"),
    ("泉州", "泉州"),
    ("最高", "最高"),
    ("检", "檢"),
    ("某", "某"),
    ("到我市", "到我市"),
    ("延边州", "延邊州"),
    ("受", "受"),
    ("指派，代表本院", "指派，代表本院"),
    ("按照", "按照"),
    ("部署", "部署"),
    ("经开区", "經開區"),
]


@given(st.lists(st.sampled_from(_SCRIPT_PAIRS), max_size=20))
@settings(max_examples=500, deadline=None)
def test_any_text_is_read_alike_in_either_script(pairs: list[tuple[str, str]]) -> None:
    simplified = "".join(s for s, _ in pairs)
    traditional = "".join(t for _, t in pairs)
    assert _read_in_full(simplified) == _read_in_full(traditional)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "我省关岭自治县人民检察院、威宁自治县人民检察院获表彰",
            [
                ("关岭自治县人民检察院", "贵州省关岭布依族苗族自治县人民检察院"),
                ("威宁自治县人民检察院", "贵州省威宁彝族回族苗族自治县人民检察院"),
            ],
        ),
        (
            "城关区人民检察院与和政县人民检察院签订协议",
            # 城关区 fits Lanzhou and Lhasa; 和政县 settles it in Gansu.
            [
                ("城关区人民检察院", "甘肃省兰州市城关区人民检察院"),
                ("和政县人民检察院", "甘肃省和政县人民检察院"),
            ],
        ),
        ("市和县检察院", [("县检察院", None)]),
        # 和 right after a name read before joins too: the county's, not 和县's.
        ("市检察院和县检察院开会", [("市检察院", None), ("县检察院", None)]),
        (
            "兰州市城关区人民检察院在城关区院举行",
            [
                ("兰州市城关区人民检察院", "甘肃省兰州市城关区人民检察院"),
                ("城关区院", "甘肃省兰州市城关区人民检察院"),
            ],
        ),
        ("在城关区院举行", [("城关区院", None)]),
    ],
)
def test_autonomous_short_forms_names_after_joining_words_and_ambiguous_short_forms(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("2. 合肥经济技术开发区人民检察院诉泰州某公司", "合肥经济技术开发区人民检察院", None),
        ("合肥高新技术产业开发区人民检察院办理", "合肥高新技术产业开发区人民检察院", None),
        (
            "平潭综合实验区人民检察院工作报告",
            "平潭综合实验区人民检察院",
            "平潭综合实验区人民检察院",
        ),
        # The registry holds one branch that reads so: no place need be named.
        (
            "依托市检察院北京铁路运输分院成立",
            "市检察院北京铁路运输分院",
            "北京市人民检察院第四分院",
        ),
    ],
)
def test_zones_outside_the_registry_and_a_relative_citys_branches_are_mentions(
    text: str, words: str, name: str | None
) -> None:
    [mention] = pa.find_procuratorates(text)
    assert mention.text == words
    assert (mention.procuratorate.full_name if mention.procuratorate else None) == name
    if name is None:
        assert mention.reason is not None
        assert mention.reason.startswith(("unknown:", "relative:"))


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("从石家庄军事检察院获悉", "石家庄军事检察院", "石家庄军事检察院"),
        ("原山西省军事检察院被撤销", "山西省军事检察院", "山西省军事检察院"),
        ("与解放军兰州军事检察院召开联席会", "解放军兰州军事检察院", "兰州军事检察院"),
        ("与中国人民解放军合肥军事检察院会签", "中国人民解放军合肥军事检察院", "合肥军事检察院"),
        ("与海军军事检察院会签", "海军军事检察院", "中国人民解放军海军军事检察院"),
        # No page the registry cites names these.
        ("从济南军事检察院获悉", "济南军事检察院", None),
        ("与解放军拉萨军事检察院会签", "解放军拉萨军事检察院", None),
    ],
)
def test_a_military_procuratorate_named_by_its_place_is_a_mention(
    text: str, words: str, name: str | None
) -> None:
    [mention] = pa.find_procuratorates(text)
    assert mention.text == words
    if name is None:
        assert mention.procuratorate is None
        assert mention.reason is not None
        assert mention.reason.startswith("unknown:")
    else:
        assert mention.procuratorate is not None
        assert mention.procuratorate.full_name == name
        assert mention.procuratorate.kind is pa.Kind.MILITARY
        assert mention.procuratorate.province is None
        assert mention.procuratorate.level is None
        assert pa.resolve_procuratorate(words).full_name == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A procuratorate's text that names the court which heard its case.
        (
            "平江县人民检察院提起公诉的案件在平江县人民法院宣判。经审查，该院认定",
            "湖南省平江县人民检察院",
        ),
        # After a relative reference the text settles.
        (
            "章贡区政协委员来到区检察院视察，参观了该院办案区",
            "江西省赣州市章贡区人民检察院",
        ),
        # What the court did: 该院 is the court.
        ("平江县人民检察院提起公诉，平江县人民法院受理。该院审理认为", None),
        # A court's text, which names the court before any procuratorate.
        ("平江县人民法院受理。平江县人民检察院提起公诉，平江县人民法院审理后，该院认为", None),
    ],
)
def test_gai_yuan_after_a_court_is_the_procuratorate_a_text_names_first(
    text: str, expected: str | None
) -> None:
    gai = [m for m in pa.find_procuratorates(text) if m.text == "该院"]
    if expected is None:
        assert gai == []
    else:
        [mention] = gai
        assert mention.procuratorate is not None
        assert mention.procuratorate.full_name == expected


def test_gai_yuan_is_never_the_supreme_peoples_procuratorate() -> None:
    text = "鄞州区人民检察院收到最高人民检察院的表彰决定:该院被评为示范院"
    assert _found(text)[-1] == ("该院", "浙江省宁波市鄞州区人民检察院")
    [_, gai] = pa.find_procuratorates("最高检部署。该院认为")
    assert gai.procuratorate is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Supreme People's Procuratorate (SPP) said on Monday",
            [("Supreme People's Procuratorate", "最高人民检察院"), ("SPP", "最高人民检察院")],
        ),
        # The provincial procuratorate: a relative reference that nothing before settles.
        (
            "The SPP designated the provincial procuratorate",
            [("SPP", "最高人民检察院"), ("provincial procuratorate", None)],
        ),
        (
            "the supreme people’s procuratorate",
            [("supreme people’s procuratorate", "最高人民检察院")],
        ),
        # China's top procuratorate, after "the" or a possessive; not "a top procuratorate".
        (
            "China's top procuratorate said; the country’s top procuratorate and the Top "
            "Procuratorate agreed, as did a top procuratorate official",
            [
                ("top procuratorate", "最高人民检察院"),
                ("top procuratorate", "最高人民检察院"),
                ("Top Procuratorate", "最高人民检察院"),
            ],
        ),
        # After "of", as a headline drops "the".
        (
            "Work reports of top procuratorate, court highlight protection",
            [("top procuratorate", "最高人民检察院")],
        ),
        # Initials alone, or inside a code, in a text that speaks of no procuratorate.
        ("SPP only", []),
        ("SPP2 protocol of the procuratorate", []),
    ],
)
def test_the_supreme_peoples_procuratorate_in_english(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Municipal People's Procuratorate of Dalian in northeast China",
            [("Municipal People's Procuratorate of Dalian", "辽宁省大连市人民检察院")],
        ),
        (
            "the provincial procuratorate in Liaoning and "
            "Zhejiang Provincial People's Procuratorate",
            [
                ("provincial procuratorate in Liaoning", "辽宁省人民检察院"),
                ("Zhejiang Provincial People's Procuratorate", "浙江省人民检察院"),
            ],
        ),
        (
            "This year Xining City Procuratorate approved",
            [("Xining City Procuratorate", "青海省西宁市人民检察院")],
        ),
        (
            "People's Procuratorate of Haidian District, Beijing",
            [("People's Procuratorate of Haidian District", "北京市海淀区人民检察院")],
        ),
        (
            "Pudong New Area District People's Procuratorate",
            [("Pudong New Area District People's Procuratorate", "上海市浦东新区人民检察院")],
        ),
        # A place with no type before the procuratorate.
        (
            "The Chengdu People's Procuratorate and the Hangzhou procuratorate said",
            [
                ("Chengdu People's Procuratorate", "四川省成都市人民检察院"),
                ("Hangzhou procuratorate", "浙江省杭州市人民检察院"),
            ],
        ),
        # A possessive or a closing quote after it is no part of the name.
        (
            "the Hangzhou procuratorate's spokesman, the Wuhan Procuratorate’s report "
            "and 'Zhengzhou Procuratorate', its slogan",
            [
                ("Hangzhou procuratorate", "浙江省杭州市人民检察院"),
                ("Wuhan Procuratorate", "湖北省武汉市人民检察院"),
                ("Zhengzhou Procuratorate", "河南省郑州市人民检察院"),
            ],
        ),
        (
            "Xinghualing district procuratorate and the Panyu People's Procuratorate",
            [
                ("Xinghualing district procuratorate", "山西省太原市杏花岭区人民检察院"),
                ("Panyu People's Procuratorate", "广东省广州市番禺区人民检察院"),
            ],
        ),
        # A county's one-word name of one syllable before a plain "procuratorate" may be a
        # person's (Zhang: 漳县, He: 和县); an office in a province is no procuratorate of it.
        ("Zhang procuratorate and the Shanxi procuratorate office", []),
        ("the He procuratorate", []),
        # A district's or a county's of two syllables or more is no surname.
        (
            "The Wangcheng Procuratorate and the Jingtai procuratorate",
            [
                ("Wangcheng Procuratorate", "湖南省长沙市望城区人民检察院"),
                ("Jingtai procuratorate", "甘肃省景泰县人民检察院"),
            ],
        ),
        # The place a district lies in, before or after it.
        (
            "the People's Procuratorate of Panyu District, Guangzhou City and the Changchun "
            "City Chaoyang District People's Procuratorate",
            [
                (
                    "People's Procuratorate of Panyu District, Guangzhou City",
                    "广东省广州市番禺区人民检察院",
                ),
                (
                    "Changchun City Chaoyang District People's Procuratorate",
                    "吉林省长春市朝阳区人民检察院",
                ),
            ],
        ),
        # Not where the province begins a name of its own, in a list of names.
        (
            "sent to Wuhan City Procuratorate, Hubei Province Procuratorate, Hanyang Court",
            [
                ("Wuhan City Procuratorate", "湖北省武汉市人民检察院"),
                ("Hubei Province Procuratorate", "湖北省人民检察院"),
            ],
        ),
        # Regional: an autonomous region's, named or by reference; never a province's.
        (
            "the Xinjiang regional procuratorate said. The regional People's Procuratorate "
            "set up teams. Sichuan Province. The regional procuratorate",
            [
                ("Xinjiang regional procuratorate", "新疆维吾尔自治区人民检察院"),
                ("regional People's Procuratorate", "新疆维吾尔自治区人民检察院"),
                ("regional procuratorate", "新疆维吾尔自治区人民检察院"),
            ],
        ),
        (
            "Sichuan Province. The regional procuratorate said; the Guangdong regional "
            "procuratorate",
            [("regional procuratorate", None)],
        ),
        # A province after the name places it and is no part of the mention; it settles a
        # place that alone fits two (Nanjing: 南京市, and 南靖县 in Fujian).
        (
            "the Renqiu Municipal Procuratorate of Hebei Province and the People's "
            "Procuratorate of Yangquan City, Shanxi Province; the Nanjing Procuratorate of "
            "Jiangsu Province, the Nanjing Procuratorate of Fujian Province",
            [
                ("Renqiu Municipal Procuratorate", "河北省任丘市人民检察院"),
                ("People's Procuratorate of Yangquan City", "山西省阳泉市人民检察院"),
                ("Nanjing Procuratorate", "江苏省南京市人民检察院"),
                ("Nanjing Procuratorate", "福建省南靖县人民检察院"),
            ],
        ),
        ("the Zhang procuratorate of Jiangsu Province", []),
        # An autonomous region after the name says where it is, as a province does.
        (
            "the Huocheng County People’s Procuratorate of Xinjiang said",
            [("Huocheng County People’s Procuratorate", "新疆维吾尔自治区霍城县人民检察院")],
        ),
        # Without People's: a place with its type that the package knows.
        (
            "the Procuratorate of Guangzhou City and the Procuratorate of Pinggu District of "
            "Beijing; the Procuratorate of the Macao Special Administrative Region, the "
            "Procuratorate of Foo City",
            [
                ("Procuratorate of Guangzhou City", "广东省广州市人民检察院"),
                ("Procuratorate of Pinggu District of Beijing", "北京市平谷区人民检察院"),
            ],
        ),
        (
            "Chengdu people’s Procuratorate said",
            [("Chengdu people’s Procuratorate", "四川省成都市人民检察院")],
        ),
        # A zone's name after "of": not the city's or the county's its name begins with.
        (
            "the peoples Procuratorate of Baotou Rare Earth High-tech Zone and the "
            "People's Procuratorate of Pingtan Comprehensive Experimental Zone; the "
            "People's Procuratorate of Baotou said",
            [("People's Procuratorate of Baotou", "内蒙古自治区包头市人民检察院")],
        ),
        # "The procuratorate" before "public interest", as translations write 检察公益诉讼,
        # is no reference.
        (
            "Dalian Municipal People's Procuratorate said. It studied the procuratorate public "
            "interest litigation rules",
            [("Dalian Municipal People's Procuratorate", "辽宁省大连市人民检察院")],
        ),
        # A district of a city before the city's name, word for word: the district's.
        (
            "the Chengbei District of Xining City People’s Procuratorate and The Haidian "
            "District of Beijing Municipal People's Procuratorate",
            [
                (
                    "Chengbei District of Xining City People’s Procuratorate",
                    "青海省西宁市城北区人民检察院",
                ),
                (
                    "Haidian District of Beijing Municipal People's Procuratorate",
                    "北京市海淀区人民检察院",
                ),
            ],
        ),
        # People's as tokenisers and careless translations write it.
        (
            "the First Branch of Chongqing Municipal People 's Procuratorate, the first "
            "branch of the People Procuratorate of Hainan Province and Dalian Peoples "
            "Procuratorate",
            [
                (
                    "First Branch of Chongqing Municipal People 's Procuratorate",
                    "重庆市人民检察院第一分院",
                ),
                (
                    "first branch of the People Procuratorate of Hainan Province",
                    "海南省人民检察院第一分院",
                ),
                ("Dalian Peoples Procuratorate", "辽宁省大连市人民检察院"),
            ],
        ),
        # The words after a place in lower case, with its type or without.
        (
            "The Pudong people's procuratorate and Xining City People's procuratorate",
            [
                ("Pudong people's procuratorate", "上海市浦东新区人民检察院"),
                ("Xining City People's procuratorate", "青海省西宁市人民检察院"),
            ],
        ),
        # "in" a place, after "the", as "of" is read.
        (
            "the People's Procuratorate in Pudong and the People's Procuratorate in Guangxi "
            "Zhuang Autonomous Region",
            [
                ("People's Procuratorate in Pudong", "上海市浦东新区人民检察院"),
                (
                    "People's Procuratorate in Guangxi Zhuang Autonomous Region",
                    "广西壮族自治区人民检察院",
                ),
            ],
        ),
        # Any one in a place; a place that goes on (a district of Beijing, a zone of
        # Pingtan) is not the one it names.
        (
            "a People's Procuratorate in Beijing; the People's Procuratorate in Beijing's "
            "Chaoyang District; the People's Procuratorate in Pingtan Comprehensive "
            "Experimental Zone",
            [],
        ),
        # A procuratorate's own document in English: this procuratorate, as "the" one.
        (
            "The Huocheng County People’s Procuratorate charged him. This procuratorate holds "
            "that; in this procuratorate system",
            [
                ("Huocheng County People’s Procuratorate", "新疆维吾尔自治区霍城县人民检察院"),
                ("procuratorate", "新疆维吾尔自治区霍城县人民检察院"),
            ],
        ),
        ("this procuratorate holds that", []),
        # A province it does not lie in places nothing: read as it would be alone.
        (
            "the Hangzhou Procuratorate of Jiangsu Province",
            [("Hangzhou Procuratorate", "浙江省杭州市人民检察院")],
        ),
        # A level in title case names one procuratorate, with or without "the".
        (
            "the Jinhua procuratorate. A member of Provincial Procuratorate Party Group and a "
            "Municipal Procuratorate",
            [
                ("Jinhua procuratorate", "浙江省金华市人民检察院"),
                ("Provincial Procuratorate", "浙江省人民检察院"),
            ],
        ),
        # The place a district lies in, after "of" or "in", settles the name; after "of"
        # it is part of it.
        (
            "the Shijingshan District People’s Procuratorate of Beijing and the Chaoyang "
            "District People's Procuratorate in Changchun City; Dalian Municipal People's "
            "Procuratorate in Hebei",
            [
                (
                    "Shijingshan District People’s Procuratorate of Beijing",
                    "北京市石景山区人民检察院",
                ),
                ("Chaoyang District People's Procuratorate", "吉林省长春市朝阳区人民检察院"),
                ("Dalian Municipal People's Procuratorate", "辽宁省大连市人民检察院"),
            ],
        ),
        # Baoshan is Shanghai's and Shuangyashan's: the document's other name settles it.
        (
            "the Baoshan District Procuratorate and the Jing’an District Procuratorate",
            [
                ("Baoshan District Procuratorate", "上海市宝山区人民检察院"),
                ("Jing’an District Procuratorate", "上海市静安区人民检察院"),
            ],
        ),
        # Suzhou is Jiangsu's and Anhui's: a mention, unresolved.
        (
            "the Municipal People's Procuratorate of Suzhou",
            [("Municipal People's Procuratorate of Suzhou", None)],
        ),
        ("The Procuratorate said", []),
        (
            "cases released by the Pudong New Area’s procuratorate. Zhu, of the district’s "
            "procuratorate, said",
            [
                ("Pudong New Area’s procuratorate", "上海市浦东新区人民检察院"),
                ("district’s procuratorate", "上海市浦东新区人民检察院"),
            ],
        ),
        (
            "Xining City Procuratorate said. Approved by the Municipal People’s Procuratorate",
            [
                ("Xining City Procuratorate", "青海省西宁市人民检察院"),
                ("Municipal People’s Procuratorate", "青海省西宁市人民检察院"),
            ],
        ),
        (
            "Dalian Municipal People's Procuratorate and the provincial procuratorate",
            [
                ("Dalian Municipal People's Procuratorate", "辽宁省大连市人民检察院"),
                ("provincial procuratorate", "辽宁省人民检察院"),
            ],
        ),
        # Numbered branches, where the registry holds them.
        (
            "Shanghai procuratorate's 3rd branch said, as did the third branch of the "
            "Shanghai People's Procuratorate",
            [
                ("Shanghai procuratorate's 3rd branch", "上海市人民检察院第三分院"),
                ("third branch of the Shanghai People's Procuratorate", "上海市人民检察院第三分院"),
            ],
        ),
        (
            "Beijing People's Procuratorate No. 1 Branch",
            [("Beijing People's Procuratorate No. 1 Branch", "北京市人民检察院第一分院")],
        ),
        # Zhejiang's procuratorate has no fifth branch the registry holds: the branch is a
        # mention left unresolved, never its parent's.
        (
            "the fifth branch of the Zhejiang Provincial People's Procuratorate",
            [("fifth branch of the Zhejiang Provincial People's Procuratorate", None)],
        ),
        # After the parent's English name as the package writes it, Municipal before
        # Branch, and Peoples for People's.
        (
            "the First Branch of the People’s Procuratorate of Shanghai and the Third "
            "Municipal Branch of Tianjin Procuratorate",
            [
                (
                    "First Branch of the People’s Procuratorate of Shanghai",
                    "上海市人民检察院第一分院",
                ),
                ("Third Municipal Branch of Tianjin Procuratorate", "天津市人民检察院第三分院"),
            ],
        ),
        (
            "the Third Branch of Tianjin Peoples Procuratorate",
            [("Third Branch of Tianjin Peoples Procuratorate", "天津市人民检察院第三分院")],
        ),
        # "Of the" before a place with its type, not before the country's name.
        (
            "the People’s Procuratorate of the Gansu Province and the People's Procuratorate "
            "of the People's Republic of China",
            [("People’s Procuratorate of the Gansu Province", "甘肃省人民检察院")],
        ),
        # Nothing named before: a relative reference left unresolved.
        ("The city procuratorate said", [("city procuratorate", None)]),
        # A person's name is no place, whatever a county is called (Zhang: 漳县).
        ("Zhang's procuratorate and Zhang Wei’s procuratorate", []),
        # Generic: a procuratorate, not the one.
        ("a district procuratorate and district procuratorates", []),
        # Letters that stand for a place in an anonymised name are no English name.
        ("据北京市SPP区检院的procuratorate", [("北京市SPP区检院", None)]),
        # The procuratorate: the one named last, the Supreme People's Procuratorate aside.
        (
            "The Chengdu People's Procuratorate said the SPP praised it. The procuratorate "
            "handled 380 cases; CCTV challenged the procuratorate.",
            [
                ("Chengdu People's Procuratorate", "四川省成都市人民检察院"),
                ("SPP", "最高人民检察院"),
                ("procuratorate", "四川省成都市人民检察院"),
                ("procuratorate", "四川省成都市人民检察院"),
            ],
        ),
        # The army's procuratorates, by the English names english_name gives their areas.
        (
            "He was promoted to Chief Prosecutor of the Chinese Military Procuratorate; "
            "before, he served the Military Procuratorate and the Eastern Theater Command "
            "Military Procuratorate.",
            [
                ("Chinese Military Procuratorate", "中国人民解放军军事检察院"),
                ("Military Procuratorate", "中国人民解放军军事检察院"),
                (
                    "Eastern Theater Command Military Procuratorate",
                    "中国人民解放军东部战区军事检察院",
                ),
            ],
        ),
        (
            "the Military Procuratorate of the Western Theater Command and the PLA Military "
            "Procuratorate",
            [
                (
                    "Military Procuratorate of the Western Theater Command",
                    "中国人民解放军西部战区军事检察院",
                ),
                ("PLA Military Procuratorate", "中国人民解放军军事检察院"),
            ],
        ),
        # China's own: "China" is part of its name, "China's" is not.
        (
            "The Reform of China's Military Procuratorate. The China Military Procuratorate",
            [
                ("Military Procuratorate", "中国人民解放军军事检察院"),
                ("China Military Procuratorate", "中国人民解放军军事检察院"),
            ],
        ),
        # Bare, without "the", or of a garrison the package does not know: not read.
        (
            "a military procuratorate; Military Procuratorate said; "
            "breathe Military Procuratorate; Chinas Military Procuratorate",
            [],
        ),
        ("the Military Procuratorate of the Macao Garrison", []),
        # A place named with its type, nearer than any procuratorate, for a reference.
        (
            "LANZHOU -- Procuratorate in northwest China's Gansu Province. "
            "The provincial procuratorate told Xinhua",
            [("provincial procuratorate", "甘肃省人民检察院")],
        ),
        (
            "Hebei Province officials. Dalian Municipal People's Procuratorate said. "
            "The provincial procuratorate",
            [
                ("Dalian Municipal People's Procuratorate", "辽宁省大连市人民检察院"),
                ("provincial procuratorate", "辽宁省人民检察院"),
            ],
        ),
        # Where in China the place it lies in is, after "in": no part of the name.
        (
            "Suzhou Municipal People's Procuratorate in East China's Jiangsu province said",
            [("Suzhou Municipal People's Procuratorate", "江苏省苏州市人民检察院")],
        ),
        # A prosecutors' office, as some translations write 检察院; not another country's.
        (
            "chief prosecutor of the Shanghai People's Prosecutors' Office, and the "
            "Xinghualing prosecutors office",
            [
                ("Shanghai People's Prosecutors' Office", "上海市人民检察院"),
                ("Xinghualing prosecutors office", "山西省太原市杏花岭区人民检察院"),
            ],
        ),
        ("the Taiwan prosecutors office and the Manhattan District Attorney's office", []),
        # A named branch, by the province's name as news writes it; New District for the
        # registry's New Area; one the registry does not hold is no branch.
        (
            "the Xiong'an New District Branch of the Hebei Provincial Procuratorate, and the "
            "Foo Branch of the Hubei Provincial Procuratorate",
            [
                (
                    "Xiong'an New District Branch of the Hebei Provincial Procuratorate",
                    "河北省人民检察院雄安新区分院",
                ),
                ("Hubei Provincial Procuratorate", "湖北省人民检察院"),
            ],
        ),
        # A headline's "Top procuratorate", without "the".
        ("Top procuratorate urges stronger protection", [("Top procuratorate", "最高人民检察院")]),
        ("a top procuratorate official", []),
        # A place, then one inside it, without types (Baisha Li: Li is Baisha's people).
        (
            "the Shanghai Pudong People's Procuratorate said",
            [("Shanghai Pudong People's Procuratorate", "上海市浦东新区人民检察院")],
        ),
        ("the Shanghai Chaoyang People's Procuratorate", []),
        # One the registry holds, by the English name the package gives it.
        (
            "the Military Procuratorate of the Hong Kong Garrison said",
            [
                (
                    "Military Procuratorate of the Hong Kong Garrison",
                    "中国人民解放军驻香港部队军事检察院",
                )
            ],
        ),
        # The Supreme People's Procuratorate written short or long; Procuratorate capitalised
        # after a province.
        (
            "The Supreme Procuratorate of China, the Supreme People´s Procuratorate and "
            "Shanxi Procuratorate; the Shanxi Procuratorate office and Zhang Procuratorate",
            [
                ("Supreme Procuratorate of China", "最高人民检察院"),
                ("Supreme People´s Procuratorate", "最高人民检察院"),
                ("Shanxi Procuratorate", "山西省人民检察院"),
            ],
        ),
        # The package's own English names, read whole: a branch is no province's own, a
        # forestry area's procuratorate no city's; the province after a comma is no part.
        (
            "the Fourth Branch of the People's Procuratorate of Beijing Municipality and the "
            "People’s Procuratorate of Dunhua Forestry Area, Jilin Province",
            [
                (
                    "Fourth Branch of the People's Procuratorate of Beijing Municipality",
                    "北京市人民检察院第四分院",
                ),
                ("People’s Procuratorate of Dunhua Forestry Area", "吉林省敦化林区人民检察院"),
            ],
        ),
        # An autonomous area's type, ethnic word and all; a province by the English name
        # it goes by.
        (
            "Guangxi Zhuang Autonomous Region People's Procuratorate, the Procuratorate of "
            "Baisha Li Autonomous County in Hainan Province and the Tibet procuratorate",
            [
                (
                    "Guangxi Zhuang Autonomous Region People's Procuratorate",
                    "广西壮族自治区人民检察院",
                ),
                ("Procuratorate of Baisha Li Autonomous County", "海南省白沙黎族自治县人民检察院"),
                ("Tibet procuratorate", "西藏自治区人民检察院"),
            ],
        ),
        # A name after "The" at a sentence's start; a name with or without its marks.
        (
            "The Nanning Municipal People's Procuratorate has 14 departments. "
            "Ürümqi Municipal People's Procuratorate and Urumqi Municipal People's Procuratorate",
            [
                ("Nanning Municipal People's Procuratorate", "广西壮族自治区南宁市人民检察院"),
                ("Ürümqi Municipal People's Procuratorate", "新疆维吾尔自治区乌鲁木齐市人民检察院"),
                ("Urumqi Municipal People's Procuratorate", "新疆维吾尔自治区乌鲁木齐市人民检察院"),
            ],
        ),
        # A numbered branch of the procuratorate a level names, and the branch named last.
        (
            "Ma worked at the First Branch of the Shanghai Procuratorate. The First Branch of "
            "the Municipal People's Procuratorate handles cases. The branch said; the Hangzhou "
            "procuratorate and the branch manager",
            [
                ("First Branch of the Shanghai Procuratorate", "上海市人民检察院第一分院"),
                (
                    "First Branch of the Municipal People's Procuratorate",
                    "上海市人民检察院第一分院",
                ),
                ("branch", "上海市人民检察院第一分院"),
                ("Hangzhou procuratorate", "浙江省杭州市人民检察院"),
            ],
        ),
        # The procuratorate named last, by name or by a reference the text settles.
        (
            "Haidian District People's Procuratorate and the Beijing Municipal People's "
            "Procuratorate met. The district procuratorate said; the procuratorate added.",
            [
                ("Haidian District People's Procuratorate", "北京市海淀区人民检察院"),
                ("Beijing Municipal People's Procuratorate", "北京市人民检察院"),
                ("district procuratorate", "北京市海淀区人民检察院"),
                ("procuratorate", "北京市海淀区人民检察院"),
            ],
        ),
        # Nothing named before, or the system, or a place after it: not read.
        (
            "The procuratorate said. The SPP and the procuratorate system",
            [("SPP", "最高人民检察院")],
        ),
        # The People's Procuratorate, and a possessive after it; not the newspaper.
        (
            "the Ongniud Banner People’s Procuratorate. According to the People’s "
            "Procuratorate’s indictment, as the Procuratorate Daily reported",
            [
                ("Ongniud Banner People’s Procuratorate", "内蒙古自治区翁牛特旗人民检察院"),
                ("People’s Procuratorate", "内蒙古自治区翁牛特旗人民检察院"),
            ],
        ),
        (
            "Dalian Municipal People's Procuratorate and the procuratorate of Haidian",
            [("Dalian Municipal People's Procuratorate", "辽宁省大连市人民检察院")],
        ),
        # A level's procuratorate at a place, with its type.
        (
            "the former deputy chief of the municipal procuratorate at Jixi City in Heilongjiang",
            [("municipal procuratorate at Jixi City", "黑龙江省鸡西市人民检察院")],
        ),
        # A numbered branch before People's Procuratorate, as the courts are written.
        (
            "transferred by the Beijing No. 2 People’s Procuratorate",
            [("Beijing No. 2 People’s Procuratorate", "北京市人民检察院第二分院")],
        ),
        ("Zhejiang No. 9 People's Procuratorate", []),
        # With its number in words, and People's left out.
        (
            "handed to Beijing Second Procuratorate; the Hangzhou Second Procuratorate",
            [("Beijing Second Procuratorate", "北京市人民检察院第二分院")],
        ),
        # Or after it, Branch No. 1: the whole is the branch, not the municipality's own.
        (
            "the Beijing Municipal People’s Procuratorate Branch No. 1 said",
            [("Beijing Municipal People’s Procuratorate Branch No. 1", "北京市人民检察院第一分院")],
        ),
        # The procuratorates of places listed with their types: one mention each.
        (
            "the procuratorates of Dongfang City, Ledong Li Autonomous County and Tibet "
            "Autonomous Region signed",
            [
                ("procuratorates of Dongfang City", "海南省东方市人民检察院"),
                ("Ledong Li Autonomous County", "海南省乐东黎族自治县人民检察院"),
                ("Tibet Autonomous Region", "西藏自治区人民检察院"),
            ],
        ),
        # Not where one of them is no place the package knows.
        ("the procuratorates of Dongfang City and Foo County", []),
        # A place with its type after a lower-case "procuratorate of"; 's ends a place.
        (
            "brought by the procuratorate of Leshan city, and the People's Procuratorate of "
            "Guangxi's office",
            [
                ("procuratorate of Leshan city", "四川省乐山市人民检察院"),
                ("People's Procuratorate of Guangxi", "广西壮族自治区人民检察院"),
            ],
        ),
        # "For" and what is done there; not "for" and a place.
        (
            "Hejiang County Procuratorate returned it. They were summoned to the procuratorate "
            "for questioning, and the procuratorate for the Haidian District",
            [
                ("Hejiang County Procuratorate", "四川省合江县人民检察院"),
                ("procuratorate", "四川省合江县人民检察院"),
            ],
        ),
    ],
)
def test_procuratorates_named_in_english(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(text) == expected


_PLACE_PIECES = ("杭州市", "西湖区", "黑龙江省哈尔滨市", "余杭", "中山", "南京市鼓楼区", "菏泽")
_FILLERS = ("，", "。会议召开", "，" * 300, "工作" * 200)
_LEVEL_WORDS = ((0, "省"), (1, "市"), (2, "区"), (2, "县"))


@settings(max_examples=60, deadline=None)
@example(["菏泽", "，", "黑龙江省哈尔滨市", *["，" * 300] * 10], [100, 1012, 1500, 2500], (1, "市"))
# A name right after the floor that does not start a word (杭州市菏泽): read alike.
@example(["杭州市", "菏泽", "，" * 300, "，" * 300, "工作" * 200], [0], (0, "省"))
@given(
    st.lists(st.sampled_from(_PLACE_PIECES + _FILLERS), min_size=1, max_size=30),
    st.lists(st.integers(min_value=0, max_value=20_000), min_size=1, max_size=12),
    st.sampled_from(_LEVEL_WORDS),
)
def test_references_read_the_text_before_them_alike_with_or_without_the_last_ones(
    pieces: list[str], positions: list[int], level_word: tuple[int, str]
) -> None:
    # What the last reference of a level read is reused for the next one: the place each
    # finds must be the one it would find with nothing read before it.
    from procuratorate_awards._places import Looked, place_for

    text = "".join(pieces)
    level, suffix = level_word
    # And where a place name straddles a reference's floor, 1,000 characters back.
    straddling = {
        start + 1000 + offset
        for piece in _PLACE_PIECES
        for start in range(len(text))
        if text.startswith(piece, start)
        for offset in range(len(piece) + 1)
    }
    shared = Looked()
    for position in sorted({p % (len(text) + 1) for p in positions} | straddling):
        if position > len(text):
            continue
        alone = place_for(text, position, level, suffix, [], None, Looked(), None)
        assert place_for(text, position, level, suffix, [], None, shared, None) == alone


# --- lists: long ones, counts past nine, railway procuratorates, provinces in brackets ------

_SHANGHAI = "闵行、宝山、徐汇、浦东、奉贤、金山、松江、青浦、嘉定、崇明、黄浦、静安"


@pytest.mark.parametrize(
    ("count", "read"),
    [("十二个区", 12), ("12个区", 12), ("１２个区", 12), ("十一个区", 0), ("等十二个区", 12)],
)
def test_a_list_counted_past_nine_gives_each_place(count: str, read: int) -> None:
    found = _found(f"{_SHANGHAI}{count}检察院参加")
    assert len(found) == read
    if read:
        assert found[0] == ("闵行", "上海市闵行区人民检察院")
        assert found[-1] == ("静安", "上海市静安区人民检察院")


def test_a_long_list_keeps_its_first_places() -> None:
    # Eight places, each with its province and city: 69 characters before 等地.
    text = (
        "北京市通州区、天津市北辰区、河北省廊坊市、山东省枣庄市台儿庄区、江苏省邳州市、"
        "江苏省扬州市广陵区、浙江省嘉兴市秀洲区、浙江省杭州市拱墅区等地检察院齐聚"
    )
    found = _found(text)
    assert len(found) == 8
    assert found[0] == ("北京市通州区", "北京市通州区人民检察院")


def _numeral(n: int) -> str:
    """``n`` (2 to 99) in Chinese numerals, as a count is written (十二, 二十一, 两)."""
    digits = "一二三四五六七八九"
    if n < 10:
        return "两" if n == 2 else digits[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens - 1]) + "十" + ("" if ones == 0 else digits[ones - 1])


@given(st.integers(min_value=2, max_value=99), st.booleans())
def test_a_count_is_read_as_its_number(n: int, in_digits: bool) -> None:
    word = str(n) if in_digits else _numeral(n)
    assert _lists.count_value(word) == n
    text = f"甲乙{word}个"
    assert _lists.counted_before(text, len(text)) == (2, word)


@pytest.mark.parametrize("word", ["一", "1", "0", "01", "十十", "两十", "1234"])
def test_what_is_no_count_of_places(word: str) -> None:
    assert _lists.count_value(word) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "兰州、武威、西宁、银川铁路运输检察院",
            [
                ("兰州", "兰州铁路运输检察院"),
                ("武威", "武威铁路运输检察院"),
                # One body with two signs: the registry holds 西宁铁路运输检察院 so.
                ("西宁", "青海省三江源地区人民检察院"),
                ("银川铁路运输检察院", "银川铁路运输检察院"),
            ],
        ),
        (
            "兰州、武威、银川3个铁路运输检察院先后派出",
            [
                ("兰州", "兰州铁路运输检察院"),
                ("武威", "武威铁路运输检察院"),
                ("银川", "银川铁路运输检察院"),
            ],
        ),
        # A place with its type names its own procuratorate, not a railway one.
        ("兰州市、银川铁路运输检察院", [("银川铁路运输检察院", "银川铁路运输检察院")]),
        # A count that is not the list's length reads none of it.
        (
            "兰州、武威两个铁路运输检察院和银川",
            [("兰州", "兰州铁路运输检察院"), ("武威", "武威铁路运输检察院")],
        ),
        ("兰州、武威、银川两个铁路运输检察院", []),
    ],
)
def test_places_listed_before_a_railway_name_name_railway_procuratorates(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text) == expected
