"""Procuratorates named in English text.

English-language news names the Supreme People's Procuratorate, often as SPP in a text that
speaks of a procuratorate or as China's top procuratorate, and others by a place in Hanyu
Pinyin and the type of its division: Dalian Municipal People's Procuratorate, People's
Procuratorate of Haidian District, Xining City Procuratorate, the provincial procuratorate
in Liaoning, Pudong New Area's procuratorate, and a numbered branch the registry holds (the
third branch of the Shanghai People's Procuratorate); a place without its type before
People's Procuratorate (Chengdu People's Procuratorate), or a city's before a plain
procuratorate (the Hangzhou procuratorate). A place is read by the one-word names the
package gives divisions in English, within the types the words allow; a place that fits
two divisions (Suzhou City: Jiangsu's or Anhui's) is a mention left unresolved, as is one
the package does not know. A relative reference (the district's procuratorate, the
Municipal People's Procuratorate) is read as the Chinese ones are: the procuratorate of that
level of the nearest place named before it.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from ._divisions import code_inside, index
from ._english import english_name, english_names
from ._english_names import after_the, army_names, place_codes, written_names
from ._english_relatives import (
    LEVEL_WITHOUT_PLACE,
    ORDINAL_EN,
    PEOPLES,
    numbered_branch,
    with_relatives,
)
from ._errors import AmbiguousNameError, NameLookupError, UnknownNameError
from ._grammar import place_path
from ._mentions import Mention, Mentions
from ._reading import Outcome, in_words, new_mention
from ._resolution import ascii_key

__all__ = ["english_mentions"]

_SUPREME_NAME = "最高人民检察院"
# With or without People's, and "of China" or "of the People's Republic of China" as part
# of the name; the apostrophe as keyboards and converters write it (’, ´).
_SUPREME = re.compile(
    rf"Supreme\s+(?:{PEOPLES})?Procuratorate"
    r"(?:\s+of\s+(?:the\s+People['’´]s\s+Republic\s+of\s+)?China)?",
    re.IGNORECASE,
)
# The initials stand alone: not inside a longer word or code (SPPs, SPP2).
_INITIALS = re.compile(r"(?<![A-Za-z0-9])SPP(?![A-Za-z0-9])")
# China's (the country's, the nation's) top procuratorate: after "the", "of" (headlines drop
# "the") or a possessive; "a top procuratorate official" is no name.
_TOP = re.compile(
    r"(?:\b(?:the|of|China['’]s|country['’]s|nation['’]s)\s+)(top\s+procuratorate)\b"
    # Or at a headline's start (Top procuratorate urges …).
    r"|(?<![^\n])[^\S\n]*(top\s+procuratorate)\b",
    re.IGNORECASE,
)

# A word of a name, in Latin letters with or without marks (Ürümqi).
_LOWER = "a-zß-öø-ÿ\u0100-\u024f"
# An apostrophe inside comes before a vowel (Xi'an); 's after is a possessive (Guangxi's).
_WORD = rf"[A-ZÀ-ÖØ-Þ\u0100-\u024f][{_LOWER}]+(?:['’](?=[aeoāáǎàēéěèōóǒò])[{_LOWER}]+)*"
# A place: up to three capitalised words (Pudong New Area), apostrophes inside (Xi'an).
_PLACE = rf"{_WORD}(?:[ -]{_WORD}){{0,2}}"
# The types an autonomous area's or a banner's English name ends with (Guangxi Zhuang
# Autonomous Region, Baisha Li Autonomous County, Xing'an League).
_AREA_TYPES = (
    *("Autonomous Region", "Autonomous Prefecture", "Autonomous County", "Autonomous Banner"),
    *("Banner", "League", "New Area"),
)
_AREA_TYPE = "|".join(_AREA_TYPES)
_TYPE = rf"Provincial|Regional|Municipal|City|District|County|Prefectural|{_AREA_TYPE}"
_TYPE_AFTER = rf"{_AREA_TYPE}|Province|City|District|County|Municipality|Prefecture"
# The same, and the common ones in lower case too (Sichuan province).
_TYPE_AFTER_ANY_CASE = rf"(?:{_TYPE_AFTER}|province|city|county|district)"
# The province written after a name (…of Hebei Province, …Yangquan City, Shanxi Province)
# places it and is no part of it, as a Chinese name's province before it would be; not one
# that begins a name of its own (…, Hubei Province Procuratorate).
_PROVINCE_AFTER = (
    rf"(?P<province>(?:,\s+|\s+of\s+)(?P<province_name>{_WORD})\s+Province(?![A-Za-z])"
    rf"(?!\s+(?:{PEOPLES})?[Pp]rocuratorate))"
)
# Where in China a place lies, before its name (in East China's Jiangsu province).
_CHINAS = r"(?:(?:[A-Z][a-z]+\s+)?China['’]s\s+)?"
_NAMED = re.compile(
    # Dalian Municipal People's Procuratorate; Xining City Procuratorate (in Qinghai); news
    # writes the words after a typed place in lower case too (Xining City People's
    # procuratorate)
    # A district or a county of it before the place, as word-for-word translations write
    # it (Chengbei District of Xining City People's Procuratorate): that one's.
    rf"(?:(?P<inner>{_PLACE})\s+(?P<inner_type>District|County)\s+of\s+)?"
    rf"(?P<place>{_PLACE})\s+(?P<type>{_TYPE})\s+(?:{PEOPLES})?[Pp]rocuratorate"
    rf"(?P<around>\s+(?P<link>of|in)\s+{_CHINAS}(?P<outer>{_WORD})"
    r"(?:\s+(?:City|Municipality|[Pp]rovince))?"
    r"(?![A-Za-z'’]))?"
    # (Municipal) People's Procuratorate of Dalian (City); Procuratorate of Guangzhou City;
    # the People's Procuratorate in Pudong
    rf"|(?:(?P<type_before>{_TYPE})\s+)?(?P<peoples>{PEOPLES})?(?:P|(?<=[Tt]he\s)p)rocuratorate"
    r"\s+(?P<link_after>of|in)\s+"
    # of the Gansu Province, of the Xinjiang Uygur Autonomous Region; not of the People's
    # Republic of China, a country's name
    r"(?:the\s+(?!People['’]s\s+Republic))?"
    rf"(?P<place_after>{_PLACE}?)"
    # Untyped, the place ends where no capitalised word goes on (of Baotou High-tech Zone)
    rf"(?:\s+(?P<type_after>{_TYPE_AFTER_ANY_CASE})|(?!\s+[A-Z][a-z]))"
    # The fewest words, but never short of a type word that follows (Baisha Li Autonomous
    # County, not Baisha).
    rf"(?!\s+(?:{_WORD}\s+){{0,2}}(?:{_TYPE_AFTER})(?![A-Za-z]))"
    # …of Panyu District, Guangzhou City (of Shijingshan District of Beijing): the place it
    # lies in, part of the name
    rf"(?P<around_after>(?:,\s+(?P<outer_typed>{_WORD})\s+(?:City|Province|Municipality)"
    rf"|\s+of\s+(?P<outer_after>{_WORD})(?:\s+(?:City|Province|Municipality))?)"
    r"(?![A-Za-z'’]))?"
    r"(?![A-Za-z])"
    # the provincial procuratorate in Liaoning
    r"|(?P<type_lower>provincial|municipal|city|district|county)\s+procuratorate\s+(?:in|of|at)\s+"
    rf"(?P<place_lower>{_PLACE}?)(?:\s+(?:{_TYPE_AFTER}))?(?![A-Za-z])"
)
# A numbered branch of a provincial procuratorate: the third branch of the Shanghai
# People's Procuratorate, Shanghai procuratorate's 3rd branch, Beijing People's
# Procuratorate No. 1 Branch or Branch No. 1, Beijing No. 2 People's Procuratorate. Read
# only where the registry holds that branch.
_OF_PROVINCE = (
    # The fewest words that make a place, so that People's is not taken for one.
    rf"(?P<place>{_WORD}(?:[ -]{_WORD}){{0,2}}?)(?:\s+(?:Municipal|Provincial))?"
    rf"\s+(?:{PEOPLES})?[Pp]rocuratorate"
)
# The Third (Municipal) Branch of: what follows names the branch's parent, never alone.
_BRANCH_OF = rf"(?P<ordinal>{ORDINAL_EN})\s+(?:Municipal\s+)?[Bb]ranch\s+of\s+(?:the\s+)?"
_BRANCHES = (
    re.compile(rf"{_BRANCH_OF}{_OF_PROVINCE}(?![A-Za-z])"),
    # the First Branch of the People's Procuratorate of Shanghai (Municipality)
    re.compile(
        rf"{_BRANCH_OF}{PEOPLES}Procuratorate\s+of\s+(?P<place>{_WORD})"
        r"(?:\s+(?:Municipality|Province|City))?(?![A-Za-z])"
    ),
    re.compile(rf"{_OF_PROVINCE}(?:['’]s)?\s+(?P<ordinal>{ORDINAL_EN})\s+[Bb]ranch(?![A-Za-z])"),
    # Beijing Municipal People's Procuratorate Branch No. 1
    re.compile(rf"{_OF_PROVINCE}\s+[Bb]ranch\s+(?P<ordinal>No\.?\s?[1-5])(?![A-Za-z0-9])"),
    # Beijing No. 2 People's Procuratorate (as courts are written), Beijing Second Procuratorate
    re.compile(
        rf"(?P<place>{_WORD})\s+(?P<ordinal>No\.?\s?[1-5]|First|Second|Third|Fourth|Fifth)"
        rf"\s+(?:{PEOPLES})?Procuratorate(?![A-Za-z])"
    ),
)
# A named branch of a provincial procuratorate, as news writes the province's (the Xiong'an
# New District Branch of the Hebei Provincial Procuratorate): read where the registry holds
# a branch of that province by the name before Branch, a District for its New Area.
_NON_SPACE = re.compile(r"\S+")
_NAMED_BRANCH = re.compile(
    r"(?P<designation>[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){0,3})\s+Branch\s+of\s+"
    rf"(?:the\s+)?{_OF_PROVINCE}(?![A-Za-z])"
)
# Pudong New Area's procuratorate: read only where the place, with its type, is one the
# package knows.
_OWNED = re.compile(rf"(?P<place>{_PLACE})['’]s\s+procuratorate(?![A-Za-z])")
# A prosecutors' office: how some translations write 检察院 (Shanghai People's Prosecutors'
# Office, the Xinghualing prosecutors office).
_OFFICE = r"[Pp]rosecutors?(?:['’]s|s['’])?\s+[Oo]ffice"
# A place with no type before the procuratorate (the Chengdu People's Procuratorate, the
# Hangzhou procuratorate, the Nanjing Procuratorate, Xinghualing district procuratorate):
# read only where the place is one the package knows, within the kinds a lower-case type
# allows.
_PLACE_BEFORE = re.compile(
    rf"(?P<place>{_PLACE})(?:\s+(?P<type>district|city|county|municipal|provincial|regional))?"
    rf"\s+(?:(?P<formal>{PEOPLES}(?:[Pp]rocuratorate|{_OFFICE}))"
    rf"|(?<![Pp]eople )(?<![Pp]eoples )(?<!['’´]s )(?:[Pp]rocuratorate|{_OFFICE}))"
    # A possessive or a closing quote may follow (the Hangzhou procuratorate's spokesman,
    # 'Zhengzhou Procuratorate'), not more letters.
    r"(?![A-Za-z])(?!['’](?!s\b)[A-Za-z])"
    r"(?!\s+offices?\b)"  # Shanxi procuratorate office: an office in Shanxi
    rf"(?:{_PROVINCE_AFTER})?"
)
# A type word inside a place read before another type (Guangzhou City Panyu District).
_INNER_TYPE = re.compile(r" (?:City|Province|Municipality|Prefecture) ")
# The procuratorates of places listed with their types (the procuratorates of Chongqing
# Municipality, Sichuan province … and Qinghai province): a mention each, the first with
# the words before it.
_LISTED_ITEM = re.compile(rf"(?P<place>{_PLACE}?)\s+(?P<type>{_TYPE_AFTER_ANY_CASE})(?![A-Za-z])")
_LISTED = re.compile(
    rf"[Pp]rocuratorates\s+of\s+(?:the\s+)?(?P<items>{_PLACE}?\s+{_TYPE_AFTER_ANY_CASE}"
    rf"(?:(?:,\s+(?:and\s+)?|\s+and\s+){_PLACE}?\s+{_TYPE_AFTER_ANY_CASE})+)(?![A-Za-z])"
)
# Words that begin a sentence or a phrase, not a place (The Municipal People's Procuratorate).
_NOT_PLACES = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "Supreme"})
# The kinds of division each English type word may name, by the English type words of the
# package's names (County, Hui Autonomous County, New Area …).
_KINDS = {
    **dict.fromkeys(("province", "provincial"), ("Province", "Autonomous Region", "Municipality")),
    "regional": ("Autonomous Region",),
    "municipality": ("Municipality",),
    "municipal": ("City", "Municipality"),
    "city": ("City", "Municipality"),
    "district": ("District", "New Area"),
    "county": ("County",),
    "prefecture": ("Prefecture",),
    "prefectural": ("Prefecture", "City"),
    **{kind.lower(): (kind,) for kind in _AREA_TYPES},
}


def english_mentions(text: str, mentions: Mentions) -> Mentions:
    """``mentions`` with the procuratorates English text names.

    >>> from procuratorate_awards import find_procuratorates
    >>> text = "The SPP and Dalian Municipal People's Procuratorate"
    >>> [(m.text, m.procuratorate.full_name) for m in find_procuratorates(text)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('SPP', '最高人民检察院'),
     ("Dalian Municipal People's Procuratorate", '辽宁省大连市人民检察院')]
    """
    if "rocuratorate" not in text and "ROCURATORATE" not in text and "rosecutor" not in text:
        return mentions
    found = [_supreme(text, *match.span()) for match in _SUPREME.finditer(text)]
    found.extend(_supreme(text, *match.span()) for match in _INITIALS.finditer(text))
    found.extend(_supreme(text, *match.span(match.lastindex or 0)) for match in _TOP.finditer(text))
    found.extend(written_names(text))
    found.extend(_named(text))
    found.extend(_owned(text))
    found.extend(_placed(text))
    found.extend(_branches(text))
    found.extend(_typed_list(text))
    found.extend(_named_branches(text))
    found.extend(army_names(text))
    relative = list(LEVEL_WITHOUT_PLACE.finditer(text))
    if not found and not relative:
        return mentions
    # Of two readings that overlap, the one that starts first, then the longer, stands;
    # a mention read already (S市SPP区检院, anonymised) stands over an English reading.
    found.sort(key=lambda m: (m.span.start, -m.span.end))
    kept: list[Mention] = []
    first = 0
    for mention in found:
        while first < len(mentions) and mentions[first].span.end <= mention.span.start:
            first += 1
        if first < len(mentions) and mentions[first].span.start < mention.span.end:
            continue
        if not kept or kept[-1].span.end <= mention.span.start:
            kept.append(mention)
    merged = list(heapq.merge(mentions, kept, key=lambda m: m.span.start))
    if relative:
        merged = with_relatives(text, merged, relative)
    return Mentions(merged)


def _named_branches(text: str) -> Iterator[Mention]:
    for match in _NAMED_BRANCH.finditer(text):
        end = match.end()
        province = _read(text, match.start("place"), end, match.group("place"), "provincial")[0]
        if province is None or province.province is None:
            continue
        parent = english_name(province)
        words = list(_NON_SPACE.finditer(text, *match.span("designation")))
        # The fewest words before Branch that name one (Written … the Xiong'an New District).
        for first in range(len(words) - 1, -1, -1):
            designation = " ".join(w.group() for w in words[first:])
            designation = designation.replace("New District", "New Area")
            name = english_names().get(f"{designation} Branch of the {parent}")
            if name is not None:
                start = words[first].start()
                yield new_mention(text, start, end, in_words(text, start, end, name))
                break


def _branches(text: str) -> Iterator[Mention]:
    for pattern in _BRANCHES:
        for match in pattern.finditer(text):
            start, end = match.span()
            province = _read(text, start, end, match.group("place"), "provincial")[0]
            if province is None or province.province is None:
                continue
            name = numbered_branch(province.province.name + "人民检察院", match.group("ordinal"))
            # A branch the registry does not hold is a mention left unresolved, not its
            # parent's: the text names the branch.
            yield new_mention(text, start, end, in_words(text, start, end, name))


def _typed_list(text: str) -> Iterator[Mention]:
    for match in _LISTED.finditer(text):
        items = list(_LISTED_ITEM.finditer(text, *match.span("items")))
        spans = [(item.start(), item.end()) for item in items]
        spans[0] = (match.start(), spans[0][1])
        readings = [
            _read(text, start, end, item.group("place"), item.group("type"))
            for (start, end), item in zip(spans, items, strict=True)
        ]
        # A word the package knows as no place makes no list of places.
        if any(
            unit is None and not isinstance(error, AmbiguousNameError)
            for unit, error, _ in readings
        ):
            continue
        for (start, end), reading in zip(spans, readings, strict=True):
            yield new_mention(text, start, end, reading)


def _owned(text: str) -> Iterator[Mention]:
    for match in _OWNED.finditer(text):
        place = match.group("place")
        # A place with its type (Haidian District's), never a bare word: Zhang's is a
        # person's before it is 漳县's.
        if place.split()[0] in _NOT_PLACES or " " not in place:
            continue
        mention = _known(text, *match.span(), place, None)
        if mention is not None:
            yield mention


def _placed(text: str) -> Iterator[Mention]:
    for match in _PLACE_BEFORE.finditer(text):
        start, end = match.span()
        words = match.group("place").split()
        while words and words[0] in _NOT_PLACES:  # The Chengdu People's Procuratorate
            start = text.index(words[1], start) if len(words) > 1 else end
            words = words[1:]
        kind, province = match.group("type"), match.group("province_name")
        if province is not None:
            end = match.start("province")
        # Before a plain "procuratorate" and without a type, a county's or a district's
        # one-word name of one syllable may be a person's (Zhang procuratorate): only a
        # city, a province, a municipality or a place of two syllables or more is read so,
        # or a place in the province written after it; before People's Procuratorate any
        # division is.
        if not words:
            continue
        place = " ".join(words)
        mention = None if province is None else _known(text, start, end, place, kind, province)
        casual = kind is None and match.group("formal") is None and len(words) == 1
        # A province it does not lie in places nothing: it is read as it would be alone.
        if mention is None and not (casual and not _no_surname(words[0])):
            mention = _known(text, start, end, place, kind)
        if mention is not None:
            yield mention


def _known(
    text: str, start: int, end: int, place: str, kind: str | None, outer: str | None = None
) -> Mention | None:
    """The mention of ``place``'s procuratorate (within ``outer``, where given) where
    ``place`` is one the package knows, though it may fit several divisions; ``None`` for a
    word it does not know, which in these looser forms is more likely no place at all."""
    outcome = _read(text, start, end, place, kind, outer)
    if outcome[0] is not None or isinstance(outcome[1], AmbiguousNameError):
        return new_mention(text, start, end, outcome)
    return None


def _a_region(place: str) -> bool:
    """Whether ``place`` names a province or an autonomous region (Xinjiang, though it is a
    county's name too), which says where a name is rather than being part of it."""
    return any(
        code.endswith("0000") and kind != "Municipality"
        for code, kind in place_codes().get(ascii_key(place), ())
    )


def _no_surname(place: str) -> bool:
    """Whether every division the one-word ``place`` names is a city, a province, an
    autonomous region or a municipality, or is named by two characters or more before its
    type (Wangcheng: 望城区), as no surname is (He: 和县)."""
    codes = place_codes().get(ascii_key(place), ())
    by_code = index().by_code
    return bool(codes) and all(
        kind.endswith(_KINDS["province"] + ("City",)) or len(by_code[code].name) > 2
        for code, kind in codes
    )


def _supreme(text: str, start: int, end: int) -> Mention:
    return new_mention(text, start, end, in_words(text, start, end, _SUPREME_NAME))


def _named(text: str) -> Iterator[Mention]:
    for match in _NAMED.finditer(text):
        start, inner = match.start(), (match.group("inner") or "").split()
        while inner and inner[0] in _NOT_PLACES:  # The Chengbei District of Xining City …
            inner = inner[1:]
            start = text.index(inner[0], start + 1) if inner else match.start("place")
        if inner:
            end = match.start("around") if match.group("around") else match.end()
            kind, outer = match.group("inner_type"), match.group("place")
            yield new_mention(
                text, start, end, _read(text, start, end, " ".join(inner), kind, outer)
            )
            continue
        place = match.group("place")
        if place is not None and place.split()[0] in _NOT_PLACES:
            words = place.split()[1:]
            if words:  # "The Nanning Municipal People's Procuratorate": from Nanning on
                start = text.index(words[0], match.start("place") + 1)
                place = " ".join(words)
            else:
                # "The Municipal People's Procuratorate of Dalian": from the type word on.
                inner = _NAMED.match(text, match.start("type"))
                if inner is None:
                    continue
                match, start, place = inner, inner.start(), None
        groups = match.groupdict()
        place = place or groups["place_after"] or groups["place_lower"]
        if not place or place.split()[0] in _NOT_PLACES:
            continue
        kind = groups["type"] or groups["type_after"] or groups["type_before"]
        kind = kind or groups["type_lower"]
        # Without People's, only a place with its type names one (Procuratorate of
        # Guangzhou City), and only a place the package knows.
        casual = groups["place_after"] is not None and groups["peoples"] is None
        if groups["link_after"] == "in" and not _in_a_place(text, match):
            continue
        if casual and groups["type_after"] is None and groups["type_before"] is None:
            continue
        around = next((g for g in ("around", "around_after") if groups[g]), None)
        end = match.end() if around is None else match.start(around)
        if around is not None:
            # The place it lies in settles the name (Chaoyang District … in Beijing); after
            # "of" or a comma it is part of the name, after "in" it only says where, and so
            # does a province or an autonomous region after it (…of Xinjiang). A place it
            # does not lie in is no part of it.
            outer = groups["outer"] or groups["outer_after"] or groups["outer_typed"]
            says_where = (
                groups["link"] == "in"
                or match.group(around).endswith("Province")
                or _a_region(outer)
            )
            named = end if says_where else match.end()
            outcome = _read(text, start, named, place, kind, outer)
            if outcome[0] is not None:
                yield new_mention(text, start, named, outcome)
                continue
        if casual:
            mention = _known(text, start, end, place, kind)
            if mention is not None:
                yield mention
            continue
        yield new_mention(text, start, end, _read(text, start, end, place, kind))


# What continues a place after "in": a possessive, or another capitalised word.
_GOES_ON = re.compile(r"['’]s\b|\s+[A-Z]")


def _in_a_place(text: str, match: re.Match[str]) -> bool:
    """Whether "People's Procuratorate in" and a place names that place's procuratorate:
    after "the" (a People's Procuratorate in Beijing is any of them), and not before a
    possessive (the People's Procuratorate in Beijing's Chaoyang District is Chaoyang's) or
    a word that goes on with the place (in Pingtan Comprehensive Experimental Zone)."""
    return (
        match.group("peoples") is not None
        and after_the(text, match.start())
        and _GOES_ON.match(text, match.end()) is None
    )


def _codes(name: str, inner: str, allowed: tuple[str, ...], outer: str | None) -> list[str]:
    """The codes of the divisions ``name`` names within ``outer``, of the kinds ``allowed``
    and, where ``inner`` is given, of a kind it begins (Li Autonomous County)."""
    within = place_codes().get(ascii_key(outer), ()) if outer is not None else ()
    return [
        code
        for code, english_kind in place_codes().get(ascii_key(name), ())
        if (not allowed or english_kind.endswith(allowed))
        and (not inner or english_kind.startswith(inner))
        and (outer is None or any(code_inside(around, code) for around, _ in within))
    ]


def _read(
    text: str, start: int, end: int, place: str, kind: str | None, outer: str | None = None
) -> Outcome:
    """The procuratorate of the one division ``place`` and ``kind`` name, or why none;
    within ``outer`` where a place it lies in is given."""
    allowed = _KINDS.get(kind.lower(), ()) if kind else ()
    # Guangzhou City Panyu (District): the place is the last, and lies in the first.
    inside = _INNER_TYPE.search(place)
    if inside is not None:
        outer, place = place[: inside.start()], place[inside.end() :]
    name, _, inner = place.partition(" ")
    if ascii_key(place) in place_codes():
        name, inner = place, ""
    codes = _codes(name, inner, allowed, outer)
    if not codes and outer is None and ascii_key(inner) in place_codes():
        # Shanghai Pudong: a place, then one inside it (Baisha Li: Li is Baisha's people).
        outer, name = name, inner
        codes = _codes(name, "", allowed, outer)
    if len(codes) != 1:
        words = text[start:end]
        error: NameLookupError
        if codes:
            idx = index()
            error = AmbiguousNameError(
                words,
                f"{place} fits {len(codes)} places; the text does not say which",
                tuple(place_path(idx, idx.by_code[code]) for code in codes),
            )
        else:
            error = UnknownNameError(words, f"{place} is no place this package knows")
        return None, error, ()
    idx = index()
    return in_words(text, start, end, place_path(idx, idx.by_code[codes[0]]) + "人民检察院")
