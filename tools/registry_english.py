"""English names for the registry's procuratorates, made at build time.

Registry names are not runs of division names (苏州工业园区人民检察院, 四川省第一地区人民检察院),
so their English cannot be put together at run time from the division table alone. This
module reads a name as a run of tokens, each one of: a province, a division of that
province (with or without its type: 兰州 or 兰州市), a word of the table below, an
ordinal, or else a run of characters romanised as one place name by the same rules and
reviewed readings as tools/build_english.py. The patterns are those of the divisions':

* ``<Ordinal> Branch of the People's Procuratorate of <parent>`` for 第N分院, and
  ``<designation> Branch of …`` for a named 分院 (阿克苏分院, 兰州铁路运输分院);
* ``Railway Transport Procuratorate of <place>, <province>`` for 铁路运输检察院;
* ``Military Procuratorate of <words>[, the <force>]`` for a 军事检察院, as the package
  writes the military procuratorates its grammar reads;
* ``People's Procuratorate of <words>, <province>`` for every other name.

Like every English name of the package, these are romanised and unofficial.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from build_english import Tables, load_tables, place_name, split_name
from procuratorate_awards._english import MILITARY_ENGLISH

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "procuratorate_awards" / "data"
TABLE = ROOT / "tools" / "reference" / "divisions" / "mca2022.txt"

ORDINALS = (
    "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth "
    "Thirteenth Fourteenth Fifteenth"
).split()
# Longest first where one word holds another (经济技术开发区 before 开发区).
WORDS = (
    ("高新技术产业开发区", "High-tech Industrial Development Zone"),
    ("高新技术产业园区", "High-tech Industrial Park"),
    ("经济技术开发区", "Economic and Technological Development Zone"),
    ("新技术开发区", "New Technology Development Zone"),
    ("经济开发区", "Economic Development Zone"),
    ("自由贸易试验区", "Pilot Free Trade Zone"),
    ("综合改革示范区", "Comprehensive Reform Demonstration Zone"),
    ("深度合作区", "In-depth Cooperation Zone"),
    ("特别合作区", "Special Cooperation Zone"),
    ("综合实验区", "Comprehensive Pilot Zone"),
    ("生产建设兵团", "Production and Construction Corps"),
    ("医药高新区", "Medical High-tech Zone"),
    ("工业园区", "Industrial Park"),
    ("铁路运输", "Railway Transport"),
    ("四川自贸区", "Sichuan Free Trade Zone"),
    ("示范区", "Demonstration Zone"),
    ("实验区", "Pilot Zone"),
    ("开发区", "Development Zone"),
    ("经开区", "Economic Development Zone"),
    ("高新区", "High-tech Zone"),
    ("自贸区", "Free Trade Zone"),
    ("合作区", "Cooperation Zone"),
    ("管理区", "Management Area"),
    ("农垦区", "Land Reclamation Area"),
    ("农场区", "Farm Area"),
    ("新区", "New Area"),
    ("垦区", "Reclamation Area"),
    ("林区", "Forestry Area"),
    ("油田", "Oilfield"),
    ("市区", "Urban Area"),
    ("城郊地区", "Suburban Area"),
    ("地区", "Area"),
    # A city's outskirts, with 地区 after it or without (三亚市城郊人民检察院).
    ("城郊", "Suburban Area"),
    ("转型", "Transformation"),
    ("平原", "Plain"),
    ("高原", "Plateau"),
    ("北麓", "Northern Foothills"),
    ("南麓", "Southern Foothills"),
    ("航空港经济综合实验区", "Airport Economy Comprehensive Pilot Zone"),
    ("粤澳", "Guangdong-Macao"),
    ("师", "Division"),
    ("(", ""),
    (")", ""),
    ("(", ""),
    (")", ""),
    # Last, so that every longer word above is tried first.
    ("区", "District"),
)
_CHINESE_ORDINALS = "一二三四五六七八九十"
# The force a military procuratorate's name begins with, and the bodies it names.
MILITARY_FORCES = (
    ("中国人民解放军", "Chinese People's Liberation Army"),
    ("解放军", "Chinese People's Liberation Army"),
)
MILITARY_WORDS = (
    ("总直属队", "the General Headquarters Units"),
    ("总直属", "the Directly Subordinate Units"),
    ("第二炮兵", "the Second Artillery Force"),
    ("驻香港部队", "the Hong Kong Garrison"),
    ("驻港部队", "the Hong Kong Garrison"),
    ("海军", "the Navy"),
    ("空军", "the Air Force"),
)


def _ordinal(text: str, start: int) -> tuple[int, str] | None:
    """第N at ``start`` as (end, English ordinal), for N up to 十五."""
    if not text.startswith("第", start):
        return None
    end = start + 1
    while end < len(text) and text[end] in _CHINESE_ORDINALS:
        end += 1
    digits = text[start + 1 : end]
    if not digits:
        return None
    values = [_CHINESE_ORDINALS.index(char) + 1 for char in digits]
    number = values[0] if len(values) == 1 else (10 + values[1] if values[0] == 10 else 0)
    if not 1 <= number <= len(ORDINALS):
        return None
    return end, ORDINALS[number - 1]


class Translator:
    """Reads registry names into English with the division table and the reviewed readings."""

    def __init__(self) -> None:
        self.tables: Tables = load_tables()
        english = json.loads((DATA / "english.json").read_text(encoding="utf-8"))
        self.places: dict[str, str] = english["places"]
        provinces = json.loads((DATA / "provinces.json").read_text(encoding="utf-8"))
        translations = json.loads((DATA / "translations.json").read_text(encoding="utf-8"))
        self.province_english: dict[str, str] = {}
        self.province_code: dict[str, str | None] = {}
        for province in provinces:
            code = province["code"]
            english_name = (
                translations["places"].get(code + "0000", province["english_name"])
                if code is not None
                else province["english_name"]
            )
            self.province_english[province["name"]] = english_name
            self.province_code[province["name"]] = code
        self.province_forms = {
            form: province["name"]
            for province in provinces
            for form in (province["name"], province["bare_name"])
            if len(form) >= 2
        }
        rows = (line.split() for line in TABLE.read_text(encoding="utf-8").splitlines())
        self.divisions = [(code, name) for code, name in rows if not code.endswith("0000")]

    def _division_forms(self, province: str) -> tuple[dict[str, str], dict[str, tuple[str, bool]]]:
        """Full names and bare place names of the divisions of ``province``, in English.

        A bare place name (兰州 of 兰州市) stands for the prefecture first, and is
        written without its type (Lanzhou), as the division's own English writes it;
        beside it stands whether it is a prefecture's.
        """
        code = self.province_code[province]
        full: dict[str, str] = {}
        bare: dict[str, tuple[str, bool]] = {}
        if code is None:
            return full, bare
        groups = self.tables.ethnic
        for division_code, name in self.divisions:
            if not division_code.startswith(code) or division_code not in self.places:
                continue
            full.setdefault(name, self.places[division_code])
            stem = split_name(division_code, name, groups).stem
            prefecture = division_code.endswith("00")
            if len(stem) >= 2 and (prefecture or stem not in bare):
                bare[stem] = place_name(stem, name, self.tables), prefecture
        return full, bare

    def _word(self, text: str, position: int) -> tuple[int, str] | None:
        found = _ordinal(text, position)
        if found is not None:
            return found
        for word, english in WORDS:
            if text.startswith(word, position):
                return position + len(word), english
        return None

    def tokens(self, text: str, province: str) -> Iterator[str]:
        """The English tokens of ``text``, in order.

        A division's full name, or the province's, is read where a token may start. A
        bare place name is read there too if it is a prefecture's (南京 in 南京江北新区),
        else only where a word of the table, or the end, follows it: 洪泽湖 is a lake's
        name, not 洪泽 and 湖.
        """
        full, bare = self._division_forms(province)
        full.update({f: self.province_english[p] for f, p in self.province_forms.items()})
        position, pending = 0, ""
        while position < len(text):
            match = self._word(text, position)
            if match is None and not pending:
                for length in range(min(12, len(text) - position), 1, -1):
                    piece, end = text[position : position + length], position + length
                    if piece in full:
                        match = end, full[piece]
                        break
                    english, prefecture = bare.get(piece, ("", False))
                    if english and (prefecture or end == len(text) or self._word(text, end)):
                        match = end, english
                        break
            if match is None:
                pending += text[position]
                position += 1
                continue
            if pending:
                yield place_name(pending, pending, self.tables)
                pending = ""
            position = match[0]
            if match[1]:
                yield match[1]
        if pending:
            yield place_name(pending, pending, self.tables)

    def phrase(self, text: str, province: str) -> str:
        """``text`` in English, its province moved to the end after a comma."""
        english = self.province_english[province]
        inner = [word for word in self.tokens(text, province) if word != english]
        return ", ".join(part for part in (" ".join(inner), english) if part)

    def military(self, name: str) -> str:
        """The English name of a military procuratorate: its body or place, then its force."""
        core, force = name.removesuffix("军事检察院"), ""
        for prefix, english in MILITARY_FORCES:
            if core.startswith(prefix):
                core, force = core.removeprefix(prefix), english
                break
        ordinal = ""
        if len(core) > 2 and (found := _ordinal(core, len(core) - 2)) is not None:
            core, ordinal = core[:-2], found[1] + " "
        words = dict(MILITARY_WORDS)
        if core in words:
            body = words[core]
        elif core in MILITARY_ENGLISH:  # a theatre command's, as the package names its own
            body = "the " + MILITARY_ENGLISH[core]
        elif core in self.province_english:
            body = self.province_english[core]
        else:
            body = place_name(core, core, self.tables)
        english = f"{ordinal}Military Procuratorate of {body}"
        return f"{english}, the {force}" if force else english

    def english(self, name: str, province: str | None) -> str:
        """The English name of one registry procuratorate."""
        if province is None:
            return self.military(name)
        head, _, designation = name.partition("检察院")
        head = head.removesuffix("人民")
        if designation.endswith("分院") and designation != "分院":
            designation = designation.removesuffix("分院").removesuffix("检察")
            parent = self.phrase(head, province)
            ordinal = _ordinal(designation, 0)
            if ordinal is not None and ordinal[0] == len(designation):
                return f"{ordinal[1]} Branch of the People's Procuratorate of {parent}"
            words = " ".join(self.tokens(designation, province))
            return f"{words} Branch of the People's Procuratorate of {parent}"
        if head.endswith("铁路运输"):
            place = self.phrase(head.removesuffix("铁路运输"), province)
            return f"Railway Transport Procuratorate of {place}"
        if name.endswith("检察分院"):
            head = name.removesuffix("检察分院")
            words = " ".join(self.tokens(head, province))
            english = self.province_english[province]
            return f"{words} Branch of the People's Procuratorate of {english}"
        return f"People's Procuratorate of {self.phrase(head, province)}"
