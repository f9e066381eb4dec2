"""Build ``data/everyday.json``: counties' names without their type that are everyday words.

A county's news writes its county without the type (在灵石调研) and calls its procuratorate
区检察院 or 县检察院, so the finder reads such a name as the last resort for a reference no
other place settles. Many of these names are words of everyday Chinese too: 公安 (公安县,
and 公安机关), 振兴 (振兴区), 和平, 平安, 资源, 合作, 解放. Read there, a reference would name
a county the text never meant, so the finder passes over them.

The words come from jieba's dictionary (``dict.txt`` of the ``jieba`` 0.42.1
distribution, MIT), a word list with counts drawn from general Chinese text, used here at
build time only: a county's name without its type is an everyday word where that
dictionary counts it at least ``THRESHOLD`` times. The dictionary counts famous places
too (武昌, 浦东), which are passed over with the words; a name it counts less often is
rare outside its place (灵石, 西峰, 武进).

The same dictionary gives the everyday words of two characters that end with the one
character of a division named by it and its type (成县, 和县, 沙县): 完成, 造成, 形成 before 成县.
Right after the first of those characters, such a name closes that word (全面完成县检察院布置的
任务 names the county's procuratorate of the text, not 成县's), where the dictionary counts the
word at least ``THRESHOLD`` times.

Run ``python tools/build_everyday.py``, then ``python tools/build_data.py`` to record the
digest in the manifest. The test suite compares ``build()`` with the shipped file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from procuratorate_awards._closing import short_division_names  # noqa: E402
from procuratorate_awards._divisions import STEM, division_level, index  # noqa: E402

OUTPUT = ROOT / "src" / "procuratorate_awards" / "data" / "everyday.json"
THRESHOLD = 50
ABOUT = (
    "Names of county-level divisions without their type that are everyday words too: "
    f"those jieba's dictionary (dict.txt of jieba 0.42.1, MIT) counts at least {THRESHOLD} "
    "times. A reference no other place settles is not read as such a county. And, under "
    "closing, everyday words of two characters that end with the one character of a "
    "division named by it and its type (完成 before 成县), counted as often: such a name "
    "right after the word's first character closes that word. See tools/build_everyday.py."
)


def counts() -> dict[str, int]:
    """jieba's dictionary: each word and how often its text counts it."""
    from importlib.util import find_spec

    # Found, not imported: the package's own code is not needed, and it does not compile
    # cleanly where warnings are errors (invalid escape sequences).
    spec = find_spec("jieba")
    if spec is None or spec.origin is None:
        raise SystemExit("jieba is not installed; pip install 'jieba==0.42.1'")
    text = (Path(spec.origin).parent / "dict.txt").read_text("utf-8")
    found: dict[str, int] = {}
    for line in text.splitlines():
        word, count, *_ = line.split()
        found[word] = int(count)
    return found


def county_stems() -> set[str]:
    """Every county-level division's name without its type, as the package reads it."""
    return {
        words
        for words, forms in index().forms.items()
        if any(f.rank == STEM and division_level(f.division.code) == 2 for f in forms)
    }


def closing_words() -> list[str]:
    """The everyday words of two characters that a short name's first character ends, sorted."""
    dictionary = counts()
    firsts = {name[0] for name in short_division_names.get()}
    return sorted(
        word
        for word, count in dictionary.items()
        if len(word) == 2 and word[1] in firsts and count >= THRESHOLD
    )


def everyday_words() -> list[str]:
    """The counties' names without their type the dictionary counts often enough, sorted."""
    dictionary = counts()
    return sorted(w for w in county_stems() if dictionary.get(w, 0) >= THRESHOLD)


def build(words: list[str] | None = None, closing: list[str] | None = None) -> str:
    """The text of ``everyday.json``, of ``words`` and ``closing`` (by default,
    :func:`everyday_words` and :func:`closing_words`)."""
    document = {
        "about": ABOUT,
        "words": everyday_words() if words is None else words,
        "closing": closing_words() if closing is None else closing,
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    words, closing = everyday_words(), closing_words()
    OUTPUT.write_text(build(words, closing), encoding="utf-8", newline="\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(words)} words, {len(closing)} closing)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
