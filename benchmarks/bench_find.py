"""Throughput of :func:`procuratorate_awards.find_procuratorates` on a large text.

The text (about 1 MB of characters) is built deterministically from the notice's own
transcription followed by judgment-like and news-like sentences that name winning and
other procuratorates in every form the finder reads, beside courts and public security
organs. Its throughput is reported next to two baselines over the same text in the same
run: a plain ``str.find`` scan for 检察院, the floor any finder must pay to see the
anchors, and a regular-expression scan for the anchors the finder reads (检察院, 检察分院,
最高检, 高检院 and the relative 市院, 县院 …), which is what a user would write by hand.

Run ``python benchmarks/bench_find.py`` to print the figures.
"""

from __future__ import annotations

import random
import re
import time

import procuratorate_awards as pa

TARGET_CHARACTERS = 1_000_000
SEED = 2022

_TEMPLATES = (
    "公诉机关{p}。被告人王某，男，汉族，因涉嫌盗窃罪于二〇二二年三月被{police}刑事拘留。"
    "{court}审理{p2}指控被告人王某犯盗窃罪一案，依法组成合议庭，公开开庭进行了审理。",
    "{p}以起诉书指控被告人李某犯诈骗罪，于二〇二二年五月向本院提起公诉。"
    "本院受理后，依法适用简易程序，实行独任审判，公开开庭审理了本案。",
    "{police}侦查终结，以被告人涉嫌危险驾驶罪，于二〇二二年六月移送{p}审查起诉。"
    "该院检察官审查后认为，被告人的行为已构成危险驾驶罪。",
    "据{p}消息，该院检察官在办案中发现类案监督线索，依法向{police}制发检察建议，"
    "推动{court}和当地行政机关堵塞管理漏洞。",
    "最高检日前发布第三十五批指导性案例，{p}、{p2}办理的案件入选。"
    "最高人民检察院有关负责人表示，各级检察机关要深入推进大数据法律监督。",
    "{province}{city}、{county}人民检察院联合开展专项监督活动，{court}、{police}派员参加座谈。",
    "根据{p}的工作报告，该院全年共受理审查起诉案件一千二百件，"
    "依法提出抗诉十八件，{court}已改判九件。",
)

# Judgments spend most of their words on facts, evidence and law, which name no
# procuratorate; one of these follows each sentence above.
_FILLERS = (
    "经审理查明：二〇二一年十月至二〇二二年三月间，被告人王某伙同他人，以非法占有为目的，"
    "多次在某小区地下车库内盗窃电动自行车电瓶，共计价值人民币一万二千余元。案发后，被告人"
    "如实供述了自己的罪行，并退赔了被害人的全部经济损失，取得了被害人的谅解。",
    "上述事实，被告人在开庭审理过程中亦无异议，且有被害人陈述、证人证言、扣押清单、价格"
    "认定结论书、监控视频截图及被告人的供述与辩解等证据证实，足以认定。",
    "本院认为，被告人以非法占有为目的，多次窃取他人财物，数额较大，其行为已构成盗窃罪。"
    "公诉机关指控的罪名成立。被告人到案后如实供述自己的罪行，依法可以从轻处罚；其自愿"
    "认罪认罚，依法可以从宽处理。",
    "依照《中华人民共和国刑法》第二百六十四条、第六十七条第三款、第五十二条、第五十三条"
    "之规定，判决如下：被告人犯盗窃罪，判处有期徒刑八个月，并处罚金人民币三千元。",
    "如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向上一级人民法院提出"
    "上诉。书面上诉的，应当提交上诉状正本一份，副本二份。",
)

_OTHER_NAMES = (
    "朝阳区人民检察院",
    "北京市人民检察院第二分院",
    "成都铁路运输检察院",
    "上海铁路运输检察分院",
    "浙江省温州市人民检察院",
    "温州市检察院",
    "江苏省南京市玄武区人民检察院",
    "崇明县人民检察院",
    "新疆生产建设兵团人民检察院",
    "广东省广州市天河区人民检察院",
    "四川省成都市武侯区检察院",
)
_COORDINATED = (
    ("浙江省", "丽水市", "松阳县"),
    ("浙江省", "绍兴市", "嵊州市"),
    ("河北省", "沧州市", "沧县"),
    ("江苏省", "泰州市", "海陵区"),
    ("广东省", "深圳市", "光明区"),
)
_CITIES = ("绍兴市", "杭州市", "苏州市", "深圳市", "沧州市", "泰州市", "青岛市", "宜春市")


def build_text(target: int = TARGET_CHARACTERS) -> str:
    """The benchmark text: the notice, then generated sentences up to ``target`` characters."""
    rng = random.Random(SEED)
    winners = [unit.name for unit in pa.units()]
    short = [name[3:] if name[2] == "省" else name for name in winners]
    names = winners + short + list(_OTHER_NAMES)
    parts = [pa.notice().source_text]
    size = len(parts[0])
    while size < target:
        province, city, county = rng.choice(_COORDINATED)
        court_city = rng.choice(_CITIES)
        sentence = rng.choice(_TEMPLATES).format(
            p=rng.choice(names),
            p2=rng.choice(names),
            province=province,
            city=city,
            county=county,
            court=f"{court_city}中级人民法院",
            police=f"{court_city}公安局{rng.choice(('越城', '上城', '姑苏', '南山'))}区分局",
        )
        # Transcribed text breaks lines anywhere, names included.
        if rng.random() < 0.2:
            cut = rng.randrange(1, len(sentence))
            sentence = sentence[:cut] + "\n" + sentence[cut:]
        filler = rng.choice(_FILLERS)
        parts += [sentence, filler]
        size += len(sentence) + len(filler)
    return "".join(parts)


def build_dense_text(target: int = TARGET_CHARACTERS) -> str:
    """A worst case for the finder: the notice's award list over and over, a name every
    few characters, ``target`` characters or a little more."""
    source = pa.notice().source_text
    award_list = source[pa.awards()[0].span.start :]
    return award_list * (target // len(award_list) + 1)


def _best_seconds(repeats: int, action: object) -> float:
    assert callable(action)
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def _count_anchors(text: str) -> int:
    count, position = 0, text.find("检察院")
    while position >= 0:
        count += 1
        position = text.find("检察院", position + 3)
    return count


_REGEX_BASELINE = re.compile(r"检察(?:分)?院|最高检|高检院|[省市州区县旗本该我]院")


def _regex_scan(text: str) -> int:
    return sum(1 for _ in _REGEX_BASELINE.finditer(text))


def run(repeats: int = 5) -> dict[str, float]:
    """Characters per second of the finder and of a plain ``str.find`` scan, best of ``repeats``.

    The first call of the finder, which builds the indexes, is timed apart
    (``first_call_seconds``) and left out of the best. The ``dense_`` figures are for
    the award list repeated to the same size, a name every few characters.
    """
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, got {repeats}")
    text = build_text()
    started = time.perf_counter()
    mentions = pa.find_procuratorates(text)
    first_call = time.perf_counter() - started
    find_seconds = _best_seconds(repeats, lambda: pa.find_procuratorates(text))
    scan_seconds = _best_seconds(repeats, lambda: _count_anchors(text))
    regex_seconds = _best_seconds(repeats, lambda: _regex_scan(text))
    dense = build_dense_text()
    dense_mentions = len(pa.find_procuratorates(dense))
    dense_seconds = _best_seconds(repeats, lambda: pa.find_procuratorates(dense))
    dense_regex_seconds = _best_seconds(repeats, lambda: _regex_scan(dense))
    return {
        "characters": float(len(text)),
        "mentions": float(len(mentions)),
        "anchors": float(_count_anchors(text)),
        "first_call_seconds": first_call,
        "find_procuratorates_seconds": find_seconds,
        "find_procuratorates_chars_per_second": len(text) / find_seconds,
        "str_find_seconds": scan_seconds,
        "str_find_chars_per_second": len(text) / scan_seconds,
        "str_find_to_finder_ratio": find_seconds / scan_seconds,
        "regex_seconds": regex_seconds,
        "regex_chars_per_second": len(text) / regex_seconds,
        "finder_to_regex_ratio": find_seconds / regex_seconds,
        "dense_characters": float(len(dense)),
        "dense_mentions": float(dense_mentions),
        "dense_find_procuratorates_seconds": dense_seconds,
        "dense_find_procuratorates_chars_per_second": len(dense) / dense_seconds,
        "dense_regex_chars_per_second": len(dense) / dense_regex_seconds,
        "dense_finder_to_regex_ratio": dense_seconds / dense_regex_seconds,
    }


def main() -> None:
    for key, value in run().items():
        shown = f"{value:,.0f}" if value >= 1000 else f"{value:.4f}"
        print(f"{key:40} {shown:>16}")


if __name__ == "__main__":
    main()
