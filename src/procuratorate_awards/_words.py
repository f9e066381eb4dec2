"""The words procuratorate names are made of, and those read around them: the Supreme
People's Procuratorate's names, numerals, the words of special procuratorates and of
zones, the army's names, the words that join names or bring a visitor, the places that are
also everyday words, and the notes a reading gives where no source fixes a level.
"""

from __future__ import annotations

import re

__all__ = [
    "COORDINATORS",
    "CORPS",
    "CORPS_SHORT_FORMS",
    "EVERYDAY_CITY_STEMS",
    "GENERIC_PLACES",
    "LONGEST_VISIT",
    "MAX_PLACE",
    "MILITARY_AREAS",
    "MILITARY_FORCES",
    "MILITARY_PREFIXES",
    "MUNICIPALITY_CODES",
    "NOTE_CITY_WITHOUT_DISTRICTS",
    "NOTE_CORPS",
    "NOTE_NO_LEVEL",
    "NOTE_PREFECTURE_NOT_CITY",
    "NUMBERED_CITY_AREA",
    "NUMERALS",
    "ORDINAL",
    "PROCURATORATE_SUFFIXES",
    "RAILWAY",
    "SPECIAL_AREA_WORDS",
    "SUPREME_NAMES",
    "VISITING",
    "ZONE_QUALIFIERS",
]

SUPREME_NAMES = frozenset(
    {"最高人民检察院", "最高检察院", "最高检", "中华人民共和国最高人民检察院", "高检院"}
)
PROCURATORATE_SUFFIXES = ("人民检察院", "检察院")
NUMERALS = "一二三四五六七八九十"
ORDINAL = re.compile(rf"第[{NUMERALS}]{{1,3}}")
# A city's numbered 市区 procuratorate, less its 人民检察院 (东莞市第一市区): no division names it.
NUMBERED_CITY_AREA = re.compile(ORDINAL.pattern + r"市区\Z")
RAILWAY = "铁路运输"
CORPS = "新疆生产建设兵团"
# Short forms of the Corps beside its bare name 兵团, which the province registry keeps.
CORPS_SHORT_FORMS = ("新疆兵团",)
MILITARY_PREFIXES = ("中国人民解放军", "解放军", "中国人民武装警察部队", "武警")
# The full name of each force, for the short forms above; theatres and regions are the army's.
MILITARY_FORCES = {
    "中国人民解放军": "中国人民解放军",
    "解放军": "中国人民解放军",
    "中国人民武装警察部队": "中国人民武装警察部队",
    "武警": "中国人民武装警察部队",
}
# Theatre commands (since 2016) and the former military regions whose procuratorates
# text may still name; a bare 战区 or 军区 is generic (各战区军事检察院).
MILITARY_AREAS = (
    *(f"{area}战区" for area in ("东部", "南部", "西部", "北部", "中部")),
    *(
        f"{area}军区"
        for area in ("北京", "沈阳", "济南", "南京", "广州", "成都", "兰州", "新疆", "西藏")
    ),
)
# Words that name a special area (Article 16) or a kind the registry holds; a name that
# carries one is placed only by the registry, never by the division table.
# What stands between a zone's city and its type (芜湖经济技术开发区, 合肥高新技术产业开发区,
# 苏州工业园区, 平潭综合实验区), longest first.
ZONE_QUALIFIERS = ("高新技术产业", "经济技术", "高新技术", "经济", "工业", "综合")
SPECIAL_AREA_WORDS = (
    "农垦区",
    "农垦",
    "垦区",
    "林区",
    "森林",
    "工矿区",
    "油田",
    "监狱",
    "开发区",
    "经开区",
    "实验区",
    "园区",
    "新区",
    "地区",
    "城郊",
    "合作区",
    "试验区",
)
# Separators of coordinated names that share one suffix.
COORDINATORS = frozenset("、和及与")
# Words that bring someone to a procuratorate or a place (莅临我院, 来我院调研, 到我市), in
# either script. 来, 到 and 进 that end another word bring no one (今年以来我院, 收到本院,
# 推进本院工作).
VISITING = (
    "(?:莅临|蒞臨|莅臨|(?<![以年后後原将將从從向本历歷近未])[来來]"
    "|(?<![收得受遇达達感提见見找直])到|(?<![推促增改先引])[进進]|赴|参观|參觀|考察|调研|調研"
    "|视察|視察|拜访|拜訪|访问|訪問)了?"
)
# The longest word of a visit, 了 included (参观了): how far before a word it is looked for.
LONGEST_VISIT = 3
# Division names that are also everyday words: 城区 (a district in 晋城, 阳泉, 汕尾),
# 新区 and 市区 (former names). At the end of a longer word (雄安新区, 主城区, 各市区)
# they name no division; standing alone, after a separator or inside a longer name they do.
GENERIC_PLACES = frozenset({"市区", "新区", "城区", "郊区", "矿区", "东区", "西区", "南区", "北区"})
# Stems of prefecture-level cities (菏泽 of 菏泽市) that are also everyday words, mountains,
# rivers or given names (来宾, 日照, 黄山, 金华): they fix no place a reference refers to.
EVERYDAY_CITY_STEMS = frozenset(
    "中山 来宾 安康 长治 日照 白银 大庆 开封 普洱 黄山 白山 北海 海口 四平 大同 中卫 山南 "
    "海东 安顺 吕梁 黑河 金华 玉林 吉安 泰安 广安 保山 常德 三明 朝阳".split()
)

MAX_PLACE = 64
# The codes of the four municipalities directly under the central government.
MUNICIPALITY_CODES = frozenset({"11", "12", "31", "50"})

NOTE_PREFECTURE_NOT_CITY = (
    "{name} is a 地区 or 盟, which Article 13 does not name; its procuratorate serves as "
    "a branch (分院) of the provincial procuratorate, so the level is 设区的市级; this is "
    "the package's reading, which no source it cites states directly"
)
NOTE_NO_LEVEL = "no source fixes the level of this kind of procuratorate, so none is given"
NOTE_CITY_WITHOUT_DISTRICTS = (
    "{name} is a prefecture-level city without districts; Article 13 does not settle "
    "whether its procuratorate is 设区的市级 or 基层, and the registry holds no source "
    "for it, so no level is given"
)
NOTE_CORPS = (
    "the notice addresses 新疆生产建设兵团人民检察院 beside the provincial procuratorates, "
    "but Article 13 does not name it, so no level is given"
)
