"""Finding procuratorates named in running text: forms, spans, resolution and awards."""

from __future__ import annotations

import time

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import procuratorate_awards as pa
from procuratorate_awards import Kind, Level, Mention, find_procuratorates

# --------------------------------------------------------------------------- helpers


def _found(text: str) -> list[tuple[str, str | None]]:
    """Each mention as (words as written, full name it resolves to)."""
    return [
        (m.text, None if m.procuratorate is None else m.procuratorate.full_name)
        for m in find_procuratorates(text)
    ]


def _check_invariants(text: str, mentions: tuple[Mention, ...]) -> None:
    previous_end = 0
    for mention in mentions:
        assert mention.span.slice(text) == mention.text
        assert mention.text
        assert mention.span.start >= previous_end
        previous_end = mention.span.end
        assert mention.text == mention.text.strip()
        assert (mention.procuratorate is None) == (mention.reason is not None)
        if mention.procuratorate is None:
            assert mention.awards == ()
        else:
            assert mention.candidates == ()


# --------------------------------------------------------------------------- forms

FORMS = [
    pytest.param(
        "公诉机关浙江省绍兴市越城区人民检察院指派检察员出庭",
        [("浙江省绍兴市越城区人民检察院", "浙江省绍兴市越城区人民检察院")],
        id="full name with province",
    ),
    pytest.param(
        "经绍兴市人民检察院审查",
        [("绍兴市人民检察院", "浙江省绍兴市人民检察院")],
        id="without province",
    ),
    pytest.param(
        "绍兴市检察院依法提起公诉",
        [("绍兴市检察院", "浙江省绍兴市人民检察院")],
        id="without 人民",
    ),
    pytest.param(
        "北京市人民检察院第一分院、北京市检察院第四分院",
        [
            ("北京市人民检察院第一分院", "北京市人民检察院第一分院"),
            ("北京市检察院第四分院", "北京市人民检察院第四分院"),
        ],
        id="numbered branches",
    ),
    pytest.param(
        "河北省人民检察院雄安新区分院",
        [("河北省人民检察院雄安新区分院", "河北省人民检察院雄安新区分院")],
        id="named branch",
    ),
    pytest.param(
        "新疆生产建设兵团人民检察院第一师分院",
        [("新疆生产建设兵团人民检察院第一师分院", None)],
        id="a branch the registry does not hold is one unresolved mention",
    ),
    pytest.param(
        "由兰州铁路运输检察院和兰州铁路运输检察分院办理",
        [
            ("兰州铁路运输检察院", "兰州铁路运输检察院"),
            ("兰州铁路运输检察分院", "甘肃省人民检察院兰州铁路运输检察分院"),
        ],
        id="railway transport",
    ),
    pytest.param(
        "成都铁路运输检察院",
        [("成都铁路运输检察院", "四川省第一地区人民检察院")],
        id="a railway procuratorate that is one organ with a cross-region one",
    ),
    pytest.param(
        "中华人民共和国最高人民检察院发布；最高人民检察院表示；最高检指出",
        [
            ("中华人民共和国最高人民检察院", "最高人民检察院"),
            ("最高人民检察院", "最高人民检察院"),
            ("最高检", "最高人民检察院"),
        ],
        id="supreme",
    ),
    pytest.param(
        "浙江省丽水市、松阳县人民检察院",
        [
            ("浙江省丽水市", "浙江省丽水市人民检察院"),
            ("松阳县人民检察院", "浙江省松阳县人民检察院"),
        ],
        id="coordinated prefecture and county",
    ),
    pytest.param(
        "北京市朝阳区、海淀区和丰台区人民检察院",
        [
            ("北京市朝阳区", "北京市朝阳区人民检察院"),
            ("海淀区", "北京市海淀区人民检察院"),
            ("丰台区人民检察院", "北京市丰台区人民检察院"),
        ],
        id="three coordinated districts inherit the province",
    ),
    pytest.param(
        "浙江省丽水市 \n、 松阳县人民检察院",
        [
            ("浙江省丽水市", "浙江省丽水市人民检察院"),
            ("松阳县人民检察院", "浙江省松阳县人民检察院"),
        ],
        id="white space around the separator stays outside the names",
    ),
    pytest.param(
        "浙江省杭州市、宁波市人民检察院",
        [
            ("浙江省杭州市", "浙江省杭州市人民检察院"),
            ("宁波市人民检察院", "浙江省宁波市人民检察院"),
        ],
        id="coordinated prefectures inherit the province only",
    ),
    pytest.param(
        "浙江省、江苏省人民检察院",
        [("浙江省", "浙江省人民检察院"), ("江苏省人民检察院", "江苏省人民检察院")],
        id="coordinated provinces",
    ),
    pytest.param(
        "浙江省绍兴市人民检察院",
        [("浙江省绍兴市人民检察院", "浙江省绍兴市人民检察院")],
        id="longest name wins",
    ),
    pytest.param(
        "浙江省绍兴\n市人民检察院",
        [("浙江省绍兴\n市人民检察院", "浙江省绍兴市人民检察院")],
        id="line break inside the place",
    ),
    pytest.param(
        "浙江省绍兴市人民检\r\n  察院",
        [("浙江省绍兴市人民检\r\n  察院", "浙江省绍兴市人民检察院")],
        id="line break inside the suffix",
    ),
    pytest.param(
        "北京市⼈民检察院第⼀分院",
        [("北京市⼈民检察院第⼀分院", "北京市人民检察院第一分院")],
        id="compatibility ideographs are read as what they fold to",
    ),
    pytest.param(
        "⾦华市⼈民检察院",
        [("⾦华市⼈民检察院", "浙江省金华市人民检察院")],
        id="radicals in a name",
    ),
    pytest.param(
        "崇明县人民检察院",
        [("崇明县人民检察院", "上海市崇明区人民检察院")],
        id="former name",
    ),
    pytest.param(
        "新疆生产建设兵团人民检察院",
        [("新疆生产建设兵团人民检察院", "新疆生产建设兵团人民检察院")],
        id="corps",
    ),
    pytest.param(
        "中国人民解放军南部战区军事检察院",
        [("中国人民解放军南部战区军事检察院", "中国人民解放军南部战区军事检察院")],
        id="military",
    ),
    pytest.param(
        "ＸＸ黑龙江省农垦区人民检察院",
        [("黑龙江省农垦区人民检察院", None)],
        id="a special area the registry does not hold is one unresolved mention",
    ),
    pytest.param(
        "浙江省高级人民法院、杭州市中级人民法院、杭州市公安局和杭州市人民检察院",
        [("杭州市人民检察院", "浙江省杭州市人民检察院")],
        id="courts and police beside a procuratorate",
    ),
    pytest.param(
        "绍兴市人民法院和绍兴市公安局",
        [],
        id="courts and police alone",
    ),
    pytest.param(
        "各省、自治区、直辖市人民检察院，新疆生产建设兵团人民检察院",
        [("新疆生产建设兵团人民检察院", "新疆生产建设兵团人民检察院")],
        id="addressees",
    ),
    pytest.param(
        "各级检察机关、该院、本院、县级人民检察院、地方各级检察院、人民检察院、检察官、最高检察官",
        [],
        id="generic references",
    ),
    pytest.param(
        "雄安新区检察院、各市区人民检察院、主城区检察院",
        [],
        id="division names that close an everyday word",
    ),
    pytest.param(
        # 完成, 造成: the county's 县检察院 of the text, not 成县's; after a place, 成县's.
        "全面完成县检察院布置的任务，造成县检察院工作被动。甘肃成县检察院、陇南市成县检察院",
        [
            ("甘肃成县检察院", "甘肃省成县人民检察院"),
            ("陇南市成县检察院", "甘肃省成县人民检察院"),
        ],
        id="a division of one character that closes an everyday word",
    ),
    pytest.param(
        "山西省阳泉市城区人民检察院。东区检察院",
        [
            ("山西省阳泉市城区人民检察院", "山西省阳泉市城区人民检察院"),
            ("东区检察院", "四川省攀枝花市东区人民检察院"),
        ],
        id="the same names inside a longer name or standing alone",
    ),
    pytest.param(
        "北京市人民检察院和杭州分院",
        [("北京市人民检察院", "北京市人民检察院")],
        id="分院 after a word that is no designation",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_forms(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(text) == expected
    _check_invariants(text, find_procuratorates(text))


KINDS = [
    ("北京市人民检察院第一分院", Kind.BRANCH, Level.PREFECTURAL),
    ("上海铁路运输检察院", Kind.RAILWAY_TRANSPORT, Level.BASIC),
    ("兰州铁路运输检察分院", Kind.RAILWAY_TRANSPORT, Level.PREFECTURAL),
    ("最高检", Kind.ORDINARY, Level.SUPREME),
    ("嵊州市检察院", Kind.ORDINARY, Level.BASIC),
    ("湖北省人民检察院", Kind.ORDINARY, Level.PROVINCIAL),
]


@pytest.mark.parametrize(("text", "kind", "level"), KINDS)
def test_kind_and_level(text: str, kind: Kind, level: Level) -> None:
    [mention] = find_procuratorates(text)
    assert mention.procuratorate is not None
    assert (mention.procuratorate.kind, mention.procuratorate.level) == (kind, level)


SPANS = [
    ("公诉机关浙江省丽水市、松阳县人民检察院", [(4, 10), (11, 19)]),
    ("甲\n  北京市人民检察院第一分院。", [(4, 16)]),
    ("最高检、最高人民检察院", [(0, 3), (4, 11)]),
]


@pytest.mark.parametrize(("text", "spans"), SPANS)
def test_spans(text: str, spans: list[tuple[int, int]]) -> None:
    mentions = find_procuratorates(text)
    assert [(m.span.start, m.span.end) for m in mentions] == spans


# --------------------------------------------------------------------------- unresolved


UNRESOLVED = [
    ("朝阳区人民检察院", "朝阳区", ("北京市朝阳区", "吉林省长春市朝阳区")),
    ("朝阳区检察院第一分院", "朝阳区", ("北京市朝阳区", "吉林省长春市朝阳区")),
]


@pytest.mark.parametrize(("text", "in_reason", "candidates"), UNRESOLVED)
def test_unresolved_mention_keeps_reason_and_candidates(
    text: str, in_reason: str, candidates: tuple[str, ...]
) -> None:
    [mention] = find_procuratorates(text)
    assert mention.text == text
    assert mention.procuratorate is None
    assert mention.reason is not None
    assert in_reason in mention.reason
    assert mention.candidates == candidates
    assert mention.awards == ()


# --------------------------------------------------------------------------- awards

AWARDS = [
    ("绍兴市人民检察院", ["一等奖 1", "三等奖 9"]),
    ("浙江省绍兴市检察院", ["一等奖 1", "三等奖 9"]),
    ("北京市检察院第四分院", ["优秀奖 2"]),
    ("上海铁路运输检察院", ["二等奖 4"]),
    ("崇明县人民检察院", ["三等奖 6"]),
    ("光明区人民检察院", ["二等奖 9"]),
    ("浙江省温州市人民检察院", []),
    ("北京市人民检察院第二分院", []),
    ("最高检", []),
]


@pytest.mark.parametrize(("text", "labels"), AWARDS)
def test_awards_of_a_mention(text: str, labels: list[str]) -> None:
    [mention] = find_procuratorates(text)
    assert mention.procuratorate is not None
    assert [award.label for award in mention.awards] == labels


def test_every_winner_finds_its_awards() -> None:
    for award in pa.awards():
        for unit in award.units:
            [mention] = find_procuratorates(unit.name)
            assert award in mention.awards, (unit.name, award.label)


# --------------------------------------------------------------------------- the notice


def test_notice_finds_every_winner_at_its_printed_span_and_the_issuer() -> None:
    notice = pa.notice()
    text = notice.source_text
    mentions = find_procuratorates(text)
    _check_invariants(text, mentions)
    by_span = {(m.span.start, m.span.end): m for m in mentions}
    for award in pa.awards():
        for unit, span in zip(award.units, award.unit_spans, strict=True):
            mention = by_span.pop((span.start, span.end))
            assert mention.procuratorate is not None
            assert mention.procuratorate.full_name == unit.full_name
            assert award in mention.awards
    issuer = text.index(notice.issuer)
    assert by_span.pop((issuer, issuer + len(notice.issuer))).text == notice.issuer
    # What is left names real procuratorates: the issuer again in the body, and the Corps.
    rest = sorted(by_span.values(), key=lambda m: m.span.start)
    assert [m.text for m in rest] == ["新疆生产建设兵团人民检察院", "最高人民检察院", "最高检"]
    assert all(m.procuratorate is not None for m in rest)


# --------------------------------------------------------------------------- input


@pytest.mark.parametrize("value", [None, 3, b"\xe6\xa3\x80", ["绍兴市人民检察院"]])
def test_non_text_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        find_procuratorates(value)  # type: ignore[arg-type]


EDGE_TEXTS = [
    "",
    "检",
    "检察院" * 50,
    "人民检察院分院",
    "最高" * 20 + "检",
    "、" * 30 + "绍兴市人民检察院",
    "绍兴市、" * 40 + "越城区人民检察院",
    "省市县区" * 30 + "人民检察院",
    " " * 100 + "检察院",
    "绍兴市" + " " * 20 + "人民检察院",
]


@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_edge_texts(text: str) -> None:
    _check_invariants(text, find_procuratorates(text))


def test_long_white_space_run_ends_a_name() -> None:
    assert _found("绍兴市" + " " * 20 + "人民检察院") == []


def test_many_coordinated_names_all_found() -> None:
    text = "浙江省" + "绍兴市、" * 40 + "越城区人民检察院"
    mentions = find_procuratorates(text)
    assert len(mentions) == 41
    assert mentions[-1].procuratorate is not None
    assert mentions[-1].procuratorate.full_name == "浙江省绍兴市越城区人民检察院"


# --------------------------------------------------------------------------- properties

_UNIT_NAMES = tuple(unit.name for unit in pa.units())
_TOKENS = (
    *_UNIT_NAMES,
    *"省市县区州旗盟检察院人民分第一二四、和及与，。（）最高兵团军事林区",
    "检察院",
    "人民检察院",
    "检察分院",
    "第一分院",
    "最高检",
    "最高人民检察院",
    "中华人民共和国",
    "铁路运输",
    "新疆生产建设兵团",
    "解放军",
    "南部战区",
    "农垦区",
    "人民法院",
    "公安局",
    "朝阳区",
    "绍兴",
    "绍兴市",
    "浙江",
    "上海",
    "北京市",
    "嵊州市",
    " ",
    "\n",
    "\u3000",
    "\r\n",
    "ＡＢ",
    # The forms the document rules read: lists closed by 等, 本院 and 我院, 该院 after a
    # court, ordinals before 地区, English references and branches.
    "等",
    "设区",
    "地区",
    "四川省",
    "本院",
    "我院",
    "该院",
    "莅临",
    "判决",
    "福州、泉州",
    "军事检察院",
    "石家庄",
    "The district procuratorate",
    "Shanghai People's Procuratorate",
    "third branch of the ",
    "Haidian District's procuratorate",
)

cjk_text = st.lists(st.sampled_from(_TOKENS), max_size=40).map("".join)
any_text = st.one_of(st.text(), cjk_text, st.text(alphabet="检察院人民最高分省市县区一第 \n、和"))


@given(any_text)
@settings(max_examples=300, deadline=None)
@example("海南省人民检察院一分院 阿克苏分院")  # a branch's name after a space
@example("海南省人民检察院。省检察院 一分院 二分院")  # a reference read with its branch
def test_any_text_gives_mentions_that_slice_back(text: str) -> None:
    _check_invariants(text, find_procuratorates(text))


@given(st.sampled_from(_UNIT_NAMES), st.data())
@settings(max_examples=200, deadline=None)
def test_a_name_broken_by_white_space_is_still_one_mention(name: str, data: st.DataObject) -> None:
    cut = data.draw(st.integers(1, len(name) - 1))
    gap = data.draw(st.sampled_from(["\n", "\r\n", " ", "\u3000", "\n    "]))
    text = "。" + name[:cut] + gap + name[cut:] + "。"
    [mention] = find_procuratorates(text)
    assert mention.text == name[:cut] + gap + name[cut:]
    assert mention.procuratorate is not None
    assert mention.procuratorate.full_name == pa.resolve_procuratorate(name).full_name


@given(st.lists(st.sampled_from(_UNIT_NAMES), min_size=1, max_size=6), st.data())
@settings(max_examples=100, deadline=None)
def test_winners_in_any_order_are_all_found(names: list[str], data: st.DataObject) -> None:
    fillers = st.sampled_from(["，", "。", "和公安局", "、人民法院、", "经审查，"])
    parts = ["公诉机关"]
    for name in names:
        parts += [name, data.draw(fillers)]
    text = "".join(parts)
    mentions = find_procuratorates(text)
    assert [m.text for m in mentions] == names
    assert all(m.awards for m in mentions)


_COUNTY_UNITS = tuple(
    unit for unit in pa.units() if unit.county is not None and unit.prefecture is not None
)
_GAPS = st.sampled_from(["", " ", "\n", "\r\n", "\u3000", " \n "])


@given(
    st.sampled_from(_COUNTY_UNITS),
    _GAPS,
    _GAPS,
    st.sampled_from(["、", "和", "及", "与"]),
)
@settings(max_examples=100, deadline=None)
def test_coordinated_names_with_any_spacing(
    unit: pa.Procuratorate, before: str, after: str, separator: str
) -> None:
    assert unit.province is not None
    assert unit.prefecture is not None
    assert unit.county is not None
    head = unit.province.name + unit.prefecture.name
    text = f"经{head}{before}{separator}{after}{unit.county.name}人民检察院审查"
    mentions = find_procuratorates(text)
    _check_invariants(text, mentions)
    assert [m.text for m in mentions] == [head, f"{unit.county.name}人民检察院"]
    second = mentions[1].procuratorate
    assert second is not None
    assert second.county == unit.county


def test_mention_fields_in_order() -> None:
    assert [field.name for field in attrs.fields(Mention)] == [
        "span",
        "text",
        "procuratorate",
        "reason",
        "candidates",
        "awards",
    ]
    [mention] = find_procuratorates("朝阳区检察院")
    assert not mention.resolved
    assert all(m.resolved for m in find_procuratorates("绍兴市检察院"))


LARGE = [
    pytest.param("检察院" * 20_000, 0, id="anchors and nothing else"),
    pytest.param("最高检" * 20_000, 20_000, id="最高检 over and over"),
    pytest.param("浙江省" + "绍兴市、" * 20_000 + "越城区人民检察院", 20_001, id="one long list"),
    pytest.param("朝阳区人民检察院，" * 10_000, 10_000, id="ambiguous names"),
    pytest.param("绍 兴 市 人 民 检 察 院 " * 5_000, 5_000, id="spaced out"),
    pytest.param(" " * 100_000 + "绍兴市检察院", 1, id="white space"),
    pytest.param(
        "绍兴市人民检察院(以下简称绍兴院)，" * 5_000, 10_000, id="one short name defined often"
    ),
    pytest.param("(以下简称检察院)" * 20_000, 0, id="definitions after nothing"),
    pytest.param("市检察院、" * 1_000, 1_000, id="references nothing settles"),
    pytest.param("三分院、" * 1_000, 0, id="bare ordinals nothing places"),
    pytest.param(
        "海淀区人民检察院与西城区人民检察院座谈。" + "我院检察长发言。" * 5_000,
        5_002,
        id="我院 that two procuratorates named before leave open",
    ),
    pytest.param(
        "海淀区人民检察院座谈，" + "来我院调研，" * 10_000,
        10_001,
        id="visits to 我院 in one long sentence",
    ),
    pytest.param(
        "Haidian District Procuratorate. " + "The district procuratorate said. " * 1_000,
        1_001,
        id="English references",
    ),
    pytest.param(
        "".join(f"绍兴市人民检察院(以下简称甲{i}院)" for i in range(2_000)) + "甲1院" * 10_000,
        2_000 + 32 + 10_000,
        id="many short names defined",
    ),
]


@pytest.mark.parametrize(("text", "count"), LARGE)
def test_large_inputs_are_answered(text: str, count: int) -> None:
    mentions = find_procuratorates(text)
    assert len(mentions) == count
    _check_invariants(text, mentions)


# Texts that repeat one relative reference many times: each reference must cost time
# that does not grow with the text (该院 in a text with no court once looked the court up
# again each time, and 经开区检察院 looked at every mention before it).
REPEATED = [
    pytest.param("杭州市人民检察院召开会议。", "该院开展工作，成效显著。", id="该院, no court"),
    pytest.param("甘肃省人民检察院矿区分院。", "分院开展工作。", id="分院 alone"),
    pytest.param("Chengdu People's Procuratorate. ", "The procuratorate said. ", id="English"),
    pytest.param("海淀区人民检察院座谈。", "我院检察长发言。", id="我院"),
    pytest.param("", "市检察院召开会议。", id="市检察院 nothing settles"),
    pytest.param("", "经开区检察院召开会议。", id="经开区检察院, no zone named"),
    pytest.param("", "The Municipal People's Procuratorate said. ", id="English level"),
    pytest.param(
        "清苑县人民检察院召开座谈会。",
        "清苑县人大常委会、保定市检察院领导出席，该院",
        id="该院 after a guest, in one long sentence",
    ),
    pytest.param("", "基层院：东湖区 西湖区\n", id="a heading's list"),
    pytest.param("", "我院开展活动。", id="我院 kept for a later one"),
    pytest.param(
        "", "我院开展活动。海淀区人民检察院出席，我院介绍。", id="我院 read with earlier ones"
    ),
    pytest.param("海南省人民检察院第二分院。", "比赛二分院赛区。", id="a branch named in full"),
]


@pytest.mark.parametrize(("head", "unit"), REPEATED)
def test_repeated_references_are_read_in_time_linear_in_the_text(head: str, unit: str) -> None:
    def seconds(count: int) -> float:
        text = head + unit * count
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            find_procuratorates(text)
            best = min(best, time.perf_counter() - started)
        return best

    seconds(100)
    # Eight times the text takes about eight times as long; a cost per reference that grows
    # with the text would take about sixty-four times.
    assert seconds(8_000) < 32 * seconds(1_000)


def test_a_named_branch_the_resolver_cannot_check_is_one_unresolved_mention() -> None:
    # Reporting 湖北省人民检察院 here would credit the provincial procuratorate, and its
    # award, with what the text says of its branch.
    (mention,) = pa.find_procuratorates("湖北省人民检察院荆门分院。")
    assert mention.text == "湖北省人民检察院荆门分院"
    assert mention.procuratorate is None
    assert mention.reason is not None
    assert mention.awards == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("北京市人民检察院和上海分院", "北京市人民检察院"),
        ("绍兴市人民检察院依法对该分院", "绍兴市人民检察院"),
    ],
)
def test_running_text_before_a_later_branch_word_is_not_a_designation(text: str, name: str) -> None:
    (mention,) = pa.find_procuratorates(text)
    assert mention.text == name
    assert mention.procuratorate is not None
