"""The division table and the name forms it answers to, indexed once on first use.

A *form* is a string that names a division: its full 2022 name (绍兴市), the short
form of an autonomous prefecture or county (延边州 for 延边朝鲜族自治州, 长阳县 for
长阳土家族自治县), a province's name without its suffix (浙江), or a name the division
bore earlier and that the code history maps to its 2022 successor (崇明县 → 崇明区).
Each form carries a *rank*: full current names rank 0, short forms 1, former names
2. Resolution prefers the readings of a name with the lowest rank, so a current
name always wins over an informal or a former one.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from attrs import frozen

from . import _loading
from ._models import Division, Province, ProvinceKind

__all__ = [
    "CURRENT",
    "FORMER",
    "SHORT",
    "DivisionIndex",
    "Form",
    "division_level",
    "index",
    "is_inside",
    "normalize",
]

CURRENT, SHORT, FORMER = 0, 1, 2

# The 56 ethnic groups as they appear inside names of autonomous areas, longest
# first so that 土家 is tried before 土. Used to find the stem of 延边朝鲜族自治州.
_ETHNIC_GROUPS = sorted(
    """汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山
    拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克
    怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺""".split(),
    key=len,
    reverse=True,
)

_AUTONOMOUS_SUFFIXES = {"自治州": "州", "自治县": "县", "自治旗": "旗"}


def normalize(text: str) -> str:
    """NFKC-fold ``text`` (full-width forms, compatibility ideographs) and drop white space.

    White space never belongs inside a name; a name broken across lines is one name.
    Nor does a byte-order mark (U+FEFF), which files saved by Notepad or Excel start
    with: it is dropped too.

    >>> normalize("浙江省 嵊州市\\n人民检察院")
    '浙江省嵊州市人民检察院'
    >>> normalize("\\ufeff嵊州市")
    '嵊州市'
    """
    folded = unicodedata.normalize("NFKC", text.replace("\ufeff", ""))
    return "".join(folded.split())


def _is_ethnic_run(text: str) -> bool:
    """Whether ``text`` is a run of ethnic-group names, each with an optional 族."""
    position = 0
    while position < len(text):
        for group in _ETHNIC_GROUPS:
            if text.startswith(group, position):
                position += len(group)
                if text.startswith("族", position):
                    position += 1
                break
        else:
            return False
    return position > 0


def autonomous_short_form(name: str) -> str | None:
    """The short form of an autonomous prefecture, county or banner, if it has one.

    >>> autonomous_short_form("延边朝鲜族自治州"), autonomous_short_form("长阳土家族自治县")
    ('延边州', '长阳县')
    >>> autonomous_short_form("绍兴市") is None
    True
    """
    for suffix, short_suffix in _AUTONOMOUS_SUFFIXES.items():
        if name.endswith(suffix):
            body = name[: -len(suffix)]
            for cut in range(2, len(body)):
                if _is_ethnic_run(body[cut:]):
                    return body[:cut] + short_suffix
    return None


@frozen
class Form:
    """One way of writing one division, with its rank and a note for former names."""

    division: Division
    rank: int
    note: str | None = None


def is_inside(outer: Division, inner: Division) -> bool:
    outer_level, inner_level = division_level(outer.code), division_level(inner.code)
    return inner_level > outer_level and inner.code.startswith(outer.code[: 2 * (outer_level + 1)])


def division_level(code: str) -> int:
    """0 for a province, 1 for a prefecture, 2 for a county-level division."""
    if code.endswith("0000"):
        return 0
    if code.endswith("00"):
        return 1
    return 2


class DivisionIndex:
    """Look-ups over the 2022 division table and the province registry, built once."""

    def __init__(
        self,
        divisions: tuple[Division, ...],
        former_names: Iterable[_loading.FormerName],
        provinces: tuple[Province, ...],
    ) -> None:
        self.divisions = divisions
        self.by_code: dict[str, Division] = {d.code: d for d in divisions}
        self.provinces = provinces
        self.province_by_code: dict[str, Province] = {
            p.code: p for p in provinces if p.code is not None
        }
        self.corps = next(p for p in provinces if p.kind is ProvinceKind.CORPS)
        forms: defaultdict[str, list[Form]] = defaultdict(list)
        for division in divisions:
            forms[division.name].append(Form(division, CURRENT))
            short = autonomous_short_form(division.name)
            if short is not None:
                forms[short].append(Form(division, SHORT, f"{short} is short for {division.name}"))
        for province in self.province_by_code.values():
            division = self.by_code[province.code + "0000"]  # type: ignore[operator]
            forms[province.bare_name].append(Form(division, SHORT))
        for former in former_names:
            for successor in former.successors:
                division = self.by_code[successor]
                note = (
                    f"{former.name} ({former.code}) was in use {former.start}–{former.end}; "
                    f"its 2022 successor is {division.name} ({division.code})"
                )
                forms[former.name].append(Form(division, FORMER, note))
        # Most texts name one division once; only the others need their repeats dropped
        # (hashing a form hashes its division, which is dear over thousands of forms).
        self.forms: dict[str, tuple[Form, ...]] = {
            text: (entries[0],) if len(entries) == 1 else tuple(dict.fromkeys(entries))
            for text, entries in forms.items()
        }
        self.longest_form = max(map(len, self.forms))
        # The lengths of the forms that begin with each character, shortest first: a
        # look-up at a position tries only those, not every length up to the longest.
        lengths: defaultdict[str, set[int]] = defaultdict(set)
        for text in self.forms:
            if text:
                lengths[text[0]].add(len(text))
        self._lengths = {first: tuple(sorted(found)) for first, found in lengths.items()}
        self._suggestion_postings: dict[str, list[str]] | None = None

    def parent(self, division: Division) -> Division | None:
        """The prefecture a county-level division belongs to, if it belongs to one."""
        if division_level(division.code) != 2:
            return None
        return self.by_code.get(division.code[:4] + "00")

    def province_of(self, division: Division) -> Province:
        return self.province_by_code[division.code[:2]]

    def forms_at(self, text: str, start: int) -> Iterable[tuple[int, Form]]:
        """Every form that occurs in ``text`` at ``start``, as (end, form) pairs."""
        if start >= len(text):
            return
        room = len(text) - start
        for length in self._lengths.get(text[start], ()):
            if length > room:
                return
            for form in self.forms.get(text[start : start + length], ()):
                yield start + length, form

    def suggestions(
        self, text: str, within: Division | None = None, limit: int = 5
    ) -> tuple[Division, ...]:
        """The divisions whose names look most like ``text``, best first.

        Scored by shared characters and character pairs, ignoring the characters that
        every name shares (省, 市, 县 …), so the cost stays small for any input.
        ``within`` limits the answer to the divisions inside that one.
        """
        postings = self._postings()
        query = text[:40]
        chars = {c for c in query if c not in _GENERIC_CHARACTERS}
        pairs = {query[i : i + 2] for i in range(len(query) - 1)}
        scores: dict[str, int] = defaultdict(int)
        for char in chars:
            for form in postings.get(char, ()):
                scores[form] += 2
        prefix = "" if within is None else within.code[: 2 * (division_level(within.code) + 1)]
        ranked: list[tuple[int, int, str]] = []
        for form, score in scores.items():
            total = score + 2 * sum(form[i : i + 2] in pairs for i in range(len(form) - 1))
            total += form[-1:] == query[-1:]
            if total < (2 if within is not None else 4):
                continue
            for entry in self.forms[form]:
                code = entry.division.code
                if (
                    entry.rank != FORMER
                    and code.startswith(prefix)
                    and code != getattr(within, "code", "")
                ):
                    ranked.append((-total, abs(len(form) - len(query)), code))
        ranked.sort()
        return tuple(self.by_code[code] for code in dict.fromkeys(c for _, _, c in ranked))[:limit]

    def longest_known_start(self, text: str) -> tuple[Division | None, int]:
        """The innermost division named by a run of current names at the start of ``text``.

        Returns that division (or ``None``) and where the run ends; used to aim
        suggestions at the part of a name that went wrong.
        """
        position, inner = 0, None
        while True:
            step = [
                (end, form.division)
                for end, form in self.forms_at(text, position)
                if form.rank != FORMER and (inner is None or is_inside(inner, form.division))
            ]
            if not step:
                return inner, position
            position, inner = max(step, key=lambda found: found[0])

    def _postings(self) -> dict[str, list[str]]:
        if self._suggestion_postings is None:
            postings: defaultdict[str, list[str]] = defaultdict(list)
            for form in self.forms:
                for char in set(form) - _GENERIC_CHARACTERS:
                    postings[char].append(form)
            self._suggestion_postings = dict(postings)
        return self._suggestion_postings


_GENERIC_CHARACTERS = frozenset("省市县区州旗盟地自治族人民检察院")


def _build() -> DivisionIndex:
    divisions, former_names = _loading.divisions.get()
    return DivisionIndex(divisions, former_names, _loading.provinces.get())


_index = _loading.Lazy(_build)


def index() -> DivisionIndex:
    """The division index, built on first use."""
    return _index.get()
