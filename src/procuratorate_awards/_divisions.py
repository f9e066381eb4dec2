"""The division table and the name forms it answers to, indexed once on first use.

A *form* is a string that names a division: its full 2022 name (绍兴市), the short
form of an autonomous prefecture or county (延边州 for 延边朝鲜族自治州, 长阳县 and
长阳自治县 for 长阳土家族自治县), a province's name without its suffix (浙江), or a name
the division bore earlier and that the code history maps to its 2022 successor (崇明县 →
崇明区).
A *stem* is a current name without its type (淮滨 for 淮滨县, 杭州 for 杭州市; an
autonomous county's is its short form's, 白沙 for 白沙黎族自治县), as news writes 淮滨检察院
and 杭州余杭区检察院. Each form carries a *rank*: full current names
rank 0, short forms 1, former names 2, stems 3. Resolution prefers the readings of a
name with the lowest rank, so a current name always wins over an informal or a former
one, and a stem is read only where nothing else fits.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence

from attrs import frozen

from . import _records
from ._enums import ProvinceKind
from ._markup import GLOSS, INVISIBLE, shu_as_yuan
from ._models import Division, Province
from ._resources import Lazy
from ._shapes import FormerName

__all__ = [
    "CURRENT",
    "ETHNIC_GROUPS",
    "FORMER",
    "SHORT",
    "STEM",
    "DivisionIndex",
    "Form",
    "code_inside",
    "division_level",
    "ethnic_run",
    "fold_character",
    "fold_script",
    "index",
    "is_inside",
    "normalize",
    "read_by_stem",
    "stem_note",
]

CURRENT, SHORT, FORMER, STEM = 0, 1, 2, 3

# The 56 ethnic groups as they appear inside names of autonomous areas, longest
# first so that 土家 is tried before 土. Used to find the stem of 延边朝鲜族自治州, and
# the ethnic groups the build tool romanises.
ETHNIC_GROUPS: tuple[str, ...] = tuple(
    sorted(
        """汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳
        佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯
        阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲
        门巴 珞巴 基诺""".split(),
        key=len,
        reverse=True,
    )
)

_AUTONOMOUS_SUFFIXES = {"自治州": "州", "自治县": "县", "自治旗": "旗"}


def normalize(text: str) -> str:
    """Fold ``text`` as names are read, and drop white space.

    NFKC folds full-width forms and compatibility ideographs; traditional characters
    are read as their simplified forms (紹興 as 绍兴), one for one. White space never
    belongs inside a name; a name broken across lines is one name. Nor does a
    byte-order mark (U+FEFF), which files saved by Notepad or Excel start with, or
    another invisible character (a zero-width space, a soft hyphen), or the pinyin a
    mirror site glosses a character with (運(yùn)輸): they are dropped. 人民检察署, the
    name until 1954, is read as 人民检察院, as the finder reads it.

    >>> normalize("浙江省 紹興市\\n人民檢察院")
    '浙江省绍兴市人民检察院'
    >>> normalize("\\ufeff嵊州\\u200b市"), normalize("南昌鐵路運(yùn)輸分院")
    ('嵊州市', '南昌铁路运输分院')
    >>> normalize("最高人民檢察署")
    '最高人民检察院'
    """
    if "(" in text or "（" in text:
        text = GLOSS.sub("", text)
    folded = unicodedata.normalize("NFKC", INVISIBLE.sub("", text))
    folded = shu_as_yuan(folded.translate(_records.simplified_table.get()))
    return "".join(folded.split())


def fold_character(char: str) -> str:
    """One character as :func:`normalize` reads it (⾦ as 金, 檢 as 检), keeping its length.

    >>> fold_character("⾦"), fold_character("檢"), fold_character("a")
    ('金', '检', 'a')
    """
    folded = unicodedata.normalize("NFKC", char)
    if len(folded) != 1:
        return char
    return folded.translate(_records.simplified_table.get())


# Any traditional character names are read in: a text without one needs no folding.
_TRADITIONAL = Lazy(
    lambda: re.compile(f"[{''.join(sorted(map(chr, _records.simplified_table.get())))}]")
)


def fold_script(text: str) -> str:
    """``text`` with the traditional characters names are read in folded, one for one, so
    that an offset into it is one into ``text``; ``text`` itself where it holds none.

    >>> fold_script("東興院和金壇院"), fold_script("东兴院")
    ('东兴院和金坛院', '东兴院')
    """
    if _TRADITIONAL.get().search(text) is None:
        return text
    return text.translate(_records.simplified_table.get())


def ethnic_run(text: str, groups: Sequence[str] = ETHNIC_GROUPS) -> tuple[str, ...] | None:
    """The ethnic groups ``text`` is a run of, each with an optional 族, or ``None``.

    ``groups`` are tried in order, so a longer name must come before its prefix (土家
    before 土); the default is every group, longest first. The build tool that romanises
    division names reads their ethnic groups with this same function.

    >>> ethnic_run("土家族苗族"), ethnic_run("朝鲜"), ethnic_run("长白朝鲜族")
    (('土家', '苗'), ('朝鲜',), None)
    """
    found: list[str] = []
    position = 0
    while position < len(text):
        for group in groups:
            if text.startswith(group, position):
                found.append(group)
                position += len(group)
                if text.startswith("族", position):
                    position += 1
                break
        else:
            return None
    return tuple(found) or None


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
                if ethnic_run(body[cut:]) is not None:
                    return body[:cut] + short_suffix
    return None


# Types a stem is cut from; autonomous areas have short forms of their own (延边州).
_STEM_TYPES = ("市", "县", "区", "旗")


def _stem(division: Division) -> str | None:
    """淮滨 for 淮滨县, 浦东 for 浦东新区: a prefecture- or county-level name without its type,
    if two long; for an autonomous county or banner, its short form's (白沙 for 白沙县,
    白沙黎族自治县). An autonomous prefecture's (海南 of 海南州) would stand against a
    province's name."""
    name = division.name
    level = division_level(division.code)
    if level == 0:
        return None
    if "自治" in name:
        if level == 1:
            return None
        short = autonomous_short_form(name)
        stem = None if short is None else short[:-1]
    elif name.endswith("新区"):  # a new area's type is two characters long
        stem = name[:-2]
    else:
        stem = name[:-1] if name.endswith(_STEM_TYPES) else None
    return stem if stem is not None and len(stem) >= 2 else None


_STEM_NOTE_END = ", its name without its type"


def stem_note(stem: str, name: str) -> str:
    """The note of a name read through a stem; the finder weighs such readings less.

    >>> stem_note("淮滨", "淮滨县")
    '淮滨 is read as 淮滨县, its name without its type'
    """
    return f"{stem} is read as {name}{_STEM_NOTE_END}"


def read_by_stem(notes: tuple[str, ...]) -> bool:
    """Whether ``notes`` say a name was read through a stem (:func:`stem_note`).

    >>> read_by_stem((stem_note("淮滨", "淮滨县"),)), read_by_stem(())
    (True, False)
    """
    return any(note.endswith(_STEM_NOTE_END) for note in notes)


@frozen
class Form:
    """One way of writing one division, with its rank and what a reading through it notes.

    The note is written when a reading asks for it, not for each of the index's forms:
    built up front, the 5,590 notes of the stems, short forms and former names took
    0.9 MiB.

    >>> from procuratorate_awards._models import Division
    >>> Form(Division("411527", "淮滨县"), STEM, "淮滨").note
    '淮滨 is read as 淮滨县, its name without its type'
    >>> Form(Division("411527", "淮滨县"), CURRENT).note is None
    True
    """

    division: Division
    rank: int
    # The form as written, where a reading through it is noted.
    written: str | None = None
    former: FormerName | None = None

    @property
    def note(self) -> str | None:
        """What a reading through this form says of it, if anything."""
        division = self.division
        if self.former is not None:
            former = self.former
            return (
                f"{former.name} ({former.code}) was in use {former.start}–{former.end}; "
                f"its 2022 successor is {division.name} ({division.code})"
            )
        if self.written is None:
            return None
        if self.rank == STEM:
            return stem_note(self.written, division.name)
        return f"{self.written} is short for {division.name}"


def is_inside(outer: Division, inner: Division) -> bool:
    """Whether ``inner`` lies inside ``outer``, by their GB/T 2260 codes."""
    return code_inside(outer.code, inner.code)


def code_inside(outer: str, inner: str) -> bool:
    """Whether the division coded ``inner`` lies inside the one coded ``outer``.

    >>> code_inside("330000", "330683"), code_inside("330600", "330683")
    (True, True)
    >>> code_inside("330683", "330683")
    False
    """
    # Read on every step of the finder's scan, so the cheapest test comes first.
    if inner == outer:
        return False
    if outer.endswith("0000"):
        return inner.startswith(outer[:2])
    if outer.endswith("00"):
        return inner.startswith(outer[:4])
    return False


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
        former_names: Iterable[FormerName],
        provinces: tuple[Province, ...],
        short_names: Iterable[tuple[str, str]] = (),
        moved: Iterable[tuple[str, str, int]] = (),
    ) -> None:
        self.divisions = divisions
        # The places each division or a predecessor lay in that no longer hold it, with the
        # last year they did, by its code (简阳市: 资阳市, until 2016).
        self.lay_in: dict[str, dict[str, int]] = {}
        for code, place, until in moved:
            self.lay_in.setdefault(code, {})[place] = until
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
                # 关岭县 and 关岭自治县 for 关岭布依族苗族自治县: text writes both.
                for form in (short, f"{short[:-1]}自治{short[-1]}"):
                    forms[form].append(Form(division, SHORT, form))
        # The reviewed short names of each division, by code (锡盟 of 锡林郭勒盟).
        self.short_names: defaultdict[str, list[str]] = defaultdict(list)
        for code, short in short_names:
            division = self.by_code[code]
            forms[short].append(Form(division, SHORT, short))
            self.short_names[code].append(short)
        for division in divisions:
            stem = _stem(division)
            if stem is not None:
                forms[stem].append(Form(division, STEM, stem))
        for province in self.province_by_code.values():
            division = self.by_code[province.code + "0000"]  # type: ignore[operator]
            forms[province.bare_name].append(Form(division, SHORT))
        for former in former_names:
            for successor in former.successors:
                forms[former.name].append(Form(self.by_code[successor], FORMER, former=former))
        # Most texts name one division once; only the others need their repeats dropped
        # (hashing a form hashes its division, which is dear over thousands of forms).
        self.forms: dict[str, tuple[Form, ...]] = {
            text: (entries[0],) if len(entries) == 1 else tuple(dict.fromkeys(entries))
            for text, entries in forms.items()
        }
        # The lengths of the forms that begin with each character, shortest first: a
        # look-up at a position tries only those, not every length up to the longest.
        lengths: defaultdict[str, set[int]] = defaultdict(set)
        for text in self.forms:
            if text:
                lengths[text[0]].add(len(text))
        self._lengths = {first: tuple(sorted(found)) for first, found in lengths.items()}
        self._suggestion_postings: dict[str, list[str]] | None = None
        self._openings: frozenset[tuple[str, str]] | None = None
        self._prefectures_with_counties = frozenset(
            d.code[:4] for d in divisions if division_level(d.code) == 2
        )

    def held(self, outer: Division, inner: Division) -> bool:
        """Whether ``inner`` lies inside ``outer``, or lay inside it before under its name
        or a predecessor's (简阳市 in 资阳市, until 2016).

        >>> idx = index()
        >>> idx.held(idx.by_code["512000"], idx.by_code["510185"])
        True
        """
        return self.held_code(outer.code, inner.code)

    def held_code(self, outer: str, inner: str) -> bool:
        """:meth:`held` for the divisions coded ``outer`` and ``inner``.

        >>> index().held_code("512000", "510185"), index().held_code("512000", "510100")
        (True, False)
        """
        return code_inside(outer, inner) or outer in self.lay_in.get(inner, ())

    def parent(self, division: Division) -> Division | None:
        """The prefecture a county-level division belongs to, if it belongs to one."""
        if division_level(division.code) != 2:
            return None
        return self.by_code.get(division.code[:4] + "00")

    def has_counties(self, prefecture: Division) -> bool:
        """Whether any county-level division lies in ``prefecture`` (东莞市 has none)."""
        return prefecture.code[:4] in self._prefectures_with_counties

    def begins_division_inside(self, outer: Division, text: str) -> bool:
        """Whether ``text`` begins with the first two characters of a division in ``outer``."""
        if self._openings is None:
            self._openings = frozenset(
                (d.code[:2], d.name[:2]) for d in self.divisions if division_level(d.code) > 0
            )
        return division_level(outer.code) == 0 and (outer.code[:2], text[:2]) in self._openings

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
                    entry.rank in (CURRENT, SHORT)
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
                if form.rank in (CURRENT, SHORT)
                and (inner is None or is_inside(inner, form.division))
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
    divisions, former_names, short_names, moved = _records.division_table.get()
    provinces = _records.province_records.get()
    return DivisionIndex(divisions, former_names, provinces, short_names, moved)


_index = Lazy(_build)


def index() -> DivisionIndex:
    """The division index, built on first use."""
    return _index.get()
