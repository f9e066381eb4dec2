"""Relative references in English text: the district's procuratorate, the Municipal People's
Procuratorate, the provincial procuratorate, the procuratorate, this procuratorate, and a
numbered branch of the procuratorate a level names (the First Branch of the Municipal
People's Procuratorate). A level is read as the Chinese ones are, from the procuratorates
named before it; "the procuratorate" is the one named last, as 该院 is.
"""

from __future__ import annotations

import heapq
import re

from attrs import evolve

from ._divisions import division_level, index
from ._english_names import place_codes
from ._enums import Level
from ._letters import REACH
from ._mentions import Mention
from ._models import Procuratorate
from ._own import last_named
from ._passes import CASE_REASON, LOCAL_REASON, OPEN_REASON
from ._places import Looked, division_level_name, first_named, level_of, no_place, place_for
from ._reading import found, in_words, new_mention, unresolved_mention
from ._resolution import ascii_key

__all__ = ["LEVEL_WITHOUT_PLACE", "ORDINAL_EN", "PEOPLES", "numbered_branch", "with_relatives"]

_ORDINALS = {
    **{word: n for n, word in enumerate(("first", "second", "third", "fourth", "fifth"), 1)},
    **{word: n for n, word in enumerate(("1st", "2nd", "3rd", "4th", "5th"), 1)},
}
# People's as news writes it: with any apostrophe, or one set apart by a tokeniser
# (People 's), or none (Peoples, People).
PEOPLES = r"[Pp]eople(?:\s?['’´]s|s)?\s+"
ORDINAL_EN = (
    r"(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[1-5](?:st|nd|rd|th)|No\.?\s?[1-5])"
)
# The district's procuratorate, the Municipal People's Procuratorate, the city procuratorate:
# after "the", a level and no place (…procuratorate in Liaoning is a named one).
LEVEL_WITHOUT_PLACE = re.compile(
    r"(?<![A-Za-z])(?:[Tt]he\s+(?:"
    r"(?P<owner>district|city|county|province|municipality)['’]s\s+procuratorate"
    rf"|(?P<lower>provincial|regional|municipal|city|district|county)\s+(?:{PEOPLES})?"
    r"[Pp]rocuratorate"
    # The procuratorate, the People's Procuratorate: the one named last, as 该院 is; the
    # branch: the one named last, where that is a branch.
    # The local procuratorate: the place's the text speaks of, as 当地检察院 is.
    rf"|(?P<local>local\s+(?:{PEOPLES})?procuratorate)"
    rf"|(?P<this>(?:{PEOPLES})?[Pp]rocuratorate)"
    r"(?!\s+(?:of|in|at|system|organs?|offices?|level|[Dd]aily|public|work)\b)"
    # (for questioning, for approval; not for a place: for the Haidian District)
    r"(?!\s+for\s+(?:the\s+)?[A-Z])"
    r"|(?P<branch>branch)(?!\s+(?:of|in|at|offices?|managers?|banks?)\b)"
    # This procuratorate: a procuratorate's own document in English (本院), read as the
    # procuratorate is.
    r")|[Tt]his\s+(?P<own>procuratorate)(?!\s+(?:system|organs?|offices?|level)\b)"
    r"|(?:[Tt]he\s+)?"
    # Title case names one procuratorate with or without "the" (of Provincial Procuratorate
    # Party Group); after a place it is that place's, which the named forms read.
    rf"(?P<title>Municipal|City|District|County|Provincial|Regional)\s+(?:{PEOPLES})?Procuratorate"
    # A possessive 's after it is no part of a longer word (the procuratorate's indictment).
    r")(?![A-Za-z])(?!['’](?!s(?![A-Za-z])))(?!\s+(?:in|of|at)\s+[A-Z])"
)
# What one procuratorate did with a case, in the past tense: a general statement says what
# procuratorates may do (if the procuratorate decides not to prosecute).
_CASE_ACT_EN = re.compile(
    r"\s+(?:(?:has|had|then|later|also|finally)\s+)?"
    r"(?:decided|approved|initiated|indicted|charged|prosecuted|issued|returned|filed|lodged)\b"
)
# A numbered branch of the procuratorate a level names: the First Branch of the Municipal
# People's Procuratorate (in a text about Shanghai).
_BRANCH_BEFORE = re.compile(rf"(?<![A-Za-z])(?P<ordinal>{ORDINAL_EN})\s+[Bb]ranch\s+of\s+the\s+\Z")
# Words that make a title-case level no reference to one procuratorate (a Municipal
# Procuratorate, each District Procuratorate).
_INDEFINITE = re.compile(r"(?<![A-Za-z])(?:[Aa]n?|[Aa]ny|[Ee]ach|[Ee]very|[Oo]ne)\s+\Z")
# The level each word names, and the type word its place's Chinese name ends with.
_LEVELS = {
    "district": (2, "区"),
    "county": (2, "县"),
    "city": (1, "市"),
    "municipal": (1, "市"),
    "municipality": (1, "市"),
    "province": (0, ""),
    "provincial": (0, ""),
    "regional": (0, "自治区"),
}


def with_relatives(
    text: str, mentions: list[Mention], matches: list[re.Match[str]]
) -> list[Mention]:
    """``mentions`` with the English relative references (``matches`` of
    :data:`LEVEL_WITHOUT_PLACE`) that no mention overlaps.

    >>> from procuratorate_awards import find_procuratorates
    >>> text = "Dalian Municipal People's Procuratorate. The provincial procuratorate said"
    >>> [(m.text, m.procuratorate.full_name) for m in find_procuratorates(text)][1]
    ('provincial procuratorate', '辽宁省人民检察院')
    """
    looked = Looked()
    # For each level, the one place of it that all the text's procuratorates lie in, if any.
    whole: dict[tuple[int, str], str | None] = {}
    read: list[Mention] = []
    # The mentions before the reference, grown as the references move on (not copied for
    # each: a text of many references is read in time linear in its length).
    before: list[Mention] = []
    # And with the references read so far among them, for "the procuratorate", which is
    # the one named last by name or by reference, as 该院 is.
    named: list[Mention] = []
    first: Procuratorate | None = None
    # The last place named with its type before the reference, and how far it was looked for.
    last_typed: re.Match[str] | None = None
    scanned = 0
    for match in matches:
        word = match.lastgroup
        assert word is not None
        start, end = match.start(word), match.end()
        while len(before) < len(mentions) and mentions[len(before)].span.end <= start:
            before.append(mentions[len(before)])
            named.append(before[-1])
            first = first_named(first, before[-1])
        if len(before) < len(mentions) and mentions[len(before)].span.start < end:
            continue
        if word == "title" and _INDEFINITE.search(text, max(0, start - 6), start):
            continue  # a Municipal Procuratorate: any one
        if word == "local":
            read.append(unresolved_mention(text, start, end, LOCAL_REASON.format(text[start:end])))
            continue
        if word in ("this", "own", "branch"):
            unit = last_named(text, named, start)
            if unit is not None and (word != "branch" or unit.full_name.endswith("分院")):
                read.append(
                    new_mention(text, start, end, found(evolve(unit, name=text[start:end])))
                )
                named.append(read[-1])
            elif word != "branch":
                # After a name it cannot settle (one unknown, or only the Supreme People's
                # Procuratorate), as 该院 there; or named nowhere, before what it did with a
                # case, as 检察院 alone there: a mention, left unresolved.
                if named and named[-1].span.end >= start - REACH:
                    reason = OPEN_REASON
                elif _CASE_ACT_EN.match(text, end):
                    reason = CASE_REASON
                else:
                    continue
                read.append(unresolved_mention(text, start, end, reason.format(text[start:end])))
                named.append(read[-1])
            continue
        level, suffix = _LEVELS[match.group(word).lower()]
        for typed in _TYPED_PLACE.finditer(text, scanned, start):
            last_typed = typed
        scanned = start
        place = None
        if last_typed is not None and last_typed.start() >= max(
            before[-1].span.end if before else 0, start - REACH
        ):
            place = _typed_place(last_typed, level)
            if place is not None and suffix == "自治区" and suffix not in place:
                place = None  # the regional procuratorate: an autonomous region's only
        if place is None:
            place = place_for(text, start, level, suffix, before, None, looked, first)
        if place is None:
            if (level, suffix) not in whole:
                whole[level, suffix] = _of_the_document(mentions, level, suffix)
            place = whole[level, suffix]
        branch = _BRANCH_BEFORE.search(text, max(0, start - 40), start)
        if place is not None and branch is not None:
            outcome = in_words(
                text, branch.start(), end, numbered_branch(place, branch.group("ordinal"))
            )
            if outcome[0] is not None:
                read.append(new_mention(text, branch.start(), end, outcome))
                named.append(read[-1])
                continue
        if place is None:
            read.append(unresolved_mention(text, start, end, no_place(text[start:end])))
        else:
            read.append(new_mention(text, start, end, in_words(text, start, end, place)))
        named.append(read[-1])
    return list(heapq.merge(mentions, read, key=lambda m: m.span.start))


def _of_the_document(mentions: list[Mention], level: int, suffix: str) -> str | None:
    """The procuratorate at ``level`` of the one place all the text's procuratorates lie in
    (the Supreme People's Procuratorate aside), if they lie in one: the place the text is
    about, for a reference before any of them (the Provincial Procuratorate … People's
    Procuratorate of Jinghu District, Wuhu City), as a Chinese headline's is read.

    >>> from procuratorate_awards import find_procuratorates
    >>> text = "the Provincial Procuratorate invited deputies to Wuhu City Procuratorate"
    >>> [m.procuratorate.full_name for m in find_procuratorates(text)]
    ['安徽省人民检察院', '安徽省芜湖市人民检察院']
    """
    names = {
        level_of(m.procuratorate, level, suffix)
        for m in mentions
        if m.procuratorate is not None and m.procuratorate.level is not Level.SUPREME
    }
    return names.pop() if len(names) == 1 else None


# A place named with its type (Gansu Province, northwest China's Gansu Province, Jinhua
# City): nearer a reference than any procuratorate named before it, it is the place the
# reference looks at, as a Chinese place name is.
_TYPED_PLACE = re.compile(
    r"(?<![A-Za-z])(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+"
    r"(?P<type>[Pp]rovince|Autonomous\s+Region|[Cc]ity|Municipality)(?![A-Za-z])"
)
_TYPED_KINDS = {
    "province": ("Province", "Autonomous Region", "Municipality"),
    "city": ("City", "Municipality"),
    "municipality": ("Municipality",),
}


def _typed_place(match: re.Match[str], level: int) -> str | None:
    """The procuratorate of ``level`` (0 the province's, 1 a city's) of the one place
    ``match`` names with its type, if it has one.

    >>> _typed_place(_TYPED_PLACE.search("in northwest China's Gansu Province"), 0)
    '甘肃省人民检察院'
    >>> jinhua = _TYPED_PLACE.search("Jinhua City")
    >>> _typed_place(jinhua, 1), _typed_place(jinhua, 2)
    ('浙江省金华市人民检察院', None)
    """
    kinds = _TYPED_KINDS.get(match.group("type").split()[0].lower(), _TYPED_KINDS["province"])
    codes = [
        code
        for code, kind in place_codes().get(ascii_key(match.group("name")), ())
        if kind.endswith(kinds)
    ]
    if len(codes) != 1 or level > 1 or division_level(codes[0]) > 1:
        return None
    idx = index()
    return division_level_name(idx, idx.by_code[codes[0]], level, "")


def numbered_branch(parent: str, ordinal: str) -> str:
    """The Chinese name of ``parent``'s branch that ``ordinal`` (third, 3rd, No. 3) numbers.

    >>> numbered_branch("上海市人民检察院", "3rd")
    '上海市人民检察院第三分院'
    """
    number = _ORDINALS.get(ordinal.lower()) or int(ordinal[-1])
    return f"{parent}第{'一二三四五'[number - 1]}分院"
