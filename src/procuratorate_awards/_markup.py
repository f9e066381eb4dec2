"""Reading text through markup and invisible characters, keeping every offset.

Pages and exported documents put HTML tags and entities inside names
(``<b>浙江省绍兴市</b>人民检察院``, ``绍兴市&nbsp;人民检察院``), and editors leave zero-width
spaces, soft hyphens and byte-order marks in them. :func:`clean` gives the text a reader
should see and a map back to the original, so that a span found in the clean text is
reported as a span of the text the caller gave. Text with none of these is returned as
it is, at the cost of one scan in C.
"""

from __future__ import annotations

import html
import re
from array import array

__all__ = ["GLOSS", "INVISIBLE", "Offsets", "clean", "shu_as_yuan"]

# Characters that show nothing and belong in no name: the soft hyphen, zero-width spaces
# and joiners, direction marks and the byte-order mark.
INVISIBLE = re.compile(r"[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# Mirror sites gloss characters with their pinyin in brackets (朝陽(yáng)區(qū)); no name holds
# such a gloss.
_PINYIN = "[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}[)）]"
GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])[(（]{_PINYIN}")
# Tags are bounded in length and never span a line break in running text, so a stray
# "<" costs a bounded look-ahead; entities are the named and numeric forms of HTML.
# Some pages in traditional script write 人民檢察署 for 人民检察院 (and the procuratorates
# were so named until 1954): its 署 is read as 院, where 人民检察 comes right before it.
# Every alternative starts with one character of a class, taken first so that the engine
# skips, in C, every position no alternative can start at (a look-ahead would be tried at
# each); the alternatives then tell by looking back which character it was.
_SHU = "人民[检檢]察署"
_NOISE = re.compile(
    r"[(（<&署\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"
    rf"(?:(?<={_SHU})"
    rf"|(?<=[\u4e00-\u9fff][(（]){_PINYIN}"
    r"|(?<=<)[/!?]?[A-Za-z][^<>\n]{0,256}>"
    r"|(?<=&)(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
    rf"|(?<={INVISIBLE.pattern}))"
)


class Offsets:
    """Where each character of the clean text came from in the original.

    >>> text, offsets = clean("<b>绍兴市</b>人民检察院")
    >>> text
    '绍兴市人民检察院'
    >>> offsets.span(0, 8)
    (3, 15)
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, starts: array[int], ends: array[int]) -> None:
        self._starts = starts
        self._ends = ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the clean characters ``[start, end)``."""
        if start >= end:
            at = self._starts[start] if start < len(self._starts) else self._ends[-1]
            return at, at
        return self._starts[start], self._ends[end - 1]


def clean(text: str) -> tuple[str, Offsets | None]:
    """``text`` without markup and invisible characters, and the map back, if any changed.

    A tag becomes nothing, an entity the character it stands for (``&nbsp;`` a space),
    and a zero-width character, soft hyphen, byte-order mark or a pinyin gloss in brackets
    after a character (陽(yáng)) nothing; 人民檢察署 is read as 人民检察院.

    >>> clean("绍兴市&nbsp;人民\u200b检察院")[0], clean("绍兴&#8203;市&shy;人民检察院")[0]
    ('绍兴市\xa0人民检察院', '绍兴市人民检察院')
    >>> clean("浙江省绍兴市人民检察院")[1] is None
    True
    >>> clean("最高人民檢察署部署")[0], clean("最高人民檢\u200b察署")[0]
    ('最高人民檢察院部署', '最高人民檢察院')

    A gloss belongs to the character it glosses: a span that ends there takes it in.

    >>> text, offsets = clean("漢濱區(qū)、")
    >>> text, offsets.span(0, 3)
    ('漢濱區、', (0, 7))
    """
    first = _NOISE.search(text)
    if first is None:
        return text, None
    pieces: list[str] = []
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    position = 0
    for match in _NOISE.finditer(text, first.start()):
        kept = text[position : match.start()]
        pieces.append(kept)
        starts.extend(range(position, match.start()))
        ends.extend(range(position + 1, match.start() + 1))
        word = match.group()
        if word == "署":
            pieces.append("院")
            starts.append(match.start())
            ends.append(match.end())
        elif word[0] in "(（" and ends and ends[-1] == match.start():
            # A gloss belongs to the character it glosses: a span that ends there takes it in.
            ends[-1] = match.end()
        elif word.startswith("&"):
            decoded = html.unescape(word)
            # &#8203; and &shy; stand for characters that are dropped as themselves.
            if len(decoded) == 1 and INVISIBLE.match(decoded) is None:
                pieces.append(decoded)
                starts.append(match.start())
                ends.append(match.end())
        position = match.end()
    pieces.append(text[position:])
    starts.extend(range(position, len(text)))
    ends.extend(range(position + 1, len(text) + 1))
    # 人民檢\u200b察署: noise inside the name hid it from the look-behind.
    return shu_as_yuan("".join(pieces)), Offsets(starts, ends)


_SHU_WORD = re.compile(_SHU)


def shu_as_yuan(text: str) -> str:
    """``text`` with 人民检察署, the name until 1954 that some pages still write, read as
    人民检察院, one character for one.

    >>> shu_as_yuan("最高人民檢察署部署")
    '最高人民檢察院部署'
    """
    if "察署" not in text:
        return text
    return _SHU_WORD.sub(_as_yuan, text)


def _as_yuan(match: re.Match[str]) -> str:
    return match.group()[:-1] + "院"
