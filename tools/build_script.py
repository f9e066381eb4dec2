"""Build ``data/simplified.json``: traditional characters read as their simplified forms.

Names of procuratorates reach the package in traditional script too (浙江省紹興市人民檢察院,
最高人民檢察院). The package folds them one character at a time, so a span in the text
keeps its length. The table comes from OpenCC's traditional-to-simplified character
dictionary (``TSCharacters.txt`` of the ``opencc-purepy`` distribution, Apache-2.0),
used here at build time only, and keeps only what names need:

* characters whose simplified form occurs in a name the package knows (a division,
  a former name, a registry name), in the words of its grammar or in the verbs whose
  object is an organ, which a reference may follow (建議縣檢察院);
* never a character that itself occurs in such a name: 乾安县 keeps its 乾, which the
  dictionary would read as 干;
* the dictionary's first reading only, which is its preferred one;
* and a few characters the dictionary does not hold that traditional text writes by
  mistake or as a variant for the one a name needs (``MISWRITTEN``, each with the page
  that says so).

Run ``python tools/build_script.py``, then ``python tools/build_data.py`` to record
the digest in the manifest.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from procuratorate_awards._alone import ORGAN_VERBS  # noqa: E402

DATA = ROOT / "src" / "procuratorate_awards" / "data"
OUTPUT = DATA / "simplified.json"
# Words of the grammar and of the text around names, besides the names themselves.
WORDS = (
    "最高人民检察院分院铁路运输军事检察院中华人民共和国解放军武装警察部队战区军区"
    "新疆生产建设兵团师垦区农垦林区森林工矿区油田监狱开发区实验区园区新区地区"
    "省市县区州旗盟自治族第一二三四五六七八九十、和及与本该我个"
)
# Traditional text often writes 陜 (xiá, the old form of 狭) for 陝, the traditional 陕:
# "“陕”的繁体字是“陝”而不是“陜(xiá)”。但是因为“陝”与“陜”很相像,就特别容易弄错"
# (知库网, 2022-06-15, http://m.zicool.com/wenku/rgedb/4pPPdQGRp6). No name holds 陜 or 狭,
# so reading it as 陕 cannot misread a name.
# 甯 is an old variant of 寧 that traditional text still writes in place names (江蘇省常州市
# 天甯區檢察院): "清朝为避道光帝(爱新觉罗·旻寧)讳,除姓氏之外的“寧”字,都被刻意改成“甯”字,如
# 辽甯、海甯、建甯等地名" and "《第一批异体字整理表》,将“甯”列为“寧”的异体字"
# (家谱网, 为甯氏正名, https://3g.jiapu.tv/xingshi/213842.html). No name holds 甯.
MISWRITTEN = {"陜": "陕", "甯": "宁"}
ABOUT = (
    "Traditional characters and the simplified characters they are read as, one for one. "
    "From OpenCC's TSCharacters.txt (opencc-purepy, Apache-2.0), restricted to the "
    "characters of the names this package knows and of the words read around them, and 陜, "
    "often written by mistake for 陝, read as 陕, and 甯, a variant of 寧 in place names, "
    "read as 宁; see tools/build_script.py."
)


def dictionary() -> list[tuple[str, str]]:
    """OpenCC's character pairs as (traditional, preferred simplified)."""
    from importlib import resources

    text = resources.files("opencc_purepy").joinpath("dicts/TSCharacters.txt").read_text("utf-8")
    pairs = []
    for line in text.splitlines():
        if "\t" not in line:
            continue
        traditional, readings = line.split("\t", 1)
        simplified = readings.split()[0]
        if len(traditional) == 1 and len(simplified) == 1 and traditional != simplified:
            pairs.append((traditional, simplified))
    return pairs


def known_names() -> Iterable[str]:
    """Every name the package ships: divisions, former names, provinces, the registry."""
    divisions = json.loads((DATA / "divisions.json").read_text(encoding="utf-8"))
    yield from (name for _, name in divisions["divisions"])
    yield from (row[1] for row in divisions["former_names"])
    for province in json.loads((DATA / "provinces.json").read_text(encoding="utf-8")):
        yield province["name"]
    for entry in json.loads((DATA / "registry.json").read_text(encoding="utf-8")):
        yield from (entry["name"], *entry["short_forms"], *entry["former_names"])
    yield WORDS
    yield from ORGAN_VERBS


def build() -> str:
    """The text of ``simplified.json``."""
    known = set("".join(known_names()))
    table = {t: s for t, s in dictionary() if s in known and t not in known}
    table.update((t, s) for t, s in MISWRITTEN.items() if s in known and t not in known)
    document = {"about": ABOUT, "characters": dict(sorted(table.items()))}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    text = build()
    OUTPUT.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({text.count(chr(10)) - 4} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
