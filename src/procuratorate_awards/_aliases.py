"""Short names a document defines for a procuratorate: ``(以下简称成铁检察分院)``.

Judgments and reports write a procuratorate out once and say what they call it after:
四川省人民检察院成都铁路运输分院(以下简称成铁检察分院). The short name in the
definition, and every later one, is then a mention of the procuratorate the definition
follows, resolved alike; so is a name alone in brackets right after a mention, the other
sign of one body (三分院(铁检分院)). A definition inside a name,
河北省围场满族蒙古族自治县(以下简称围场县)检察院, leaves one name around it, read as if it
were not there. A text also shortens a county procuratorate it has named to the county's
name without its type and 院 (金坛区检察院 … 金坛院) without saying so.
"""

from __future__ import annotations

import bisect
import re

from attrs import evolve

from ._divisions import index, normalize
from ._letters import chain_starts
from ._mentions import Mention, Mentions
from ._models import Span
from ._reading import in_words, new_mention

__all__ = ["defined_names"]

# (以下简称X), (下简称X), (下称“X”), （简称X）: the short name, up to 16 characters, in
# optional quotes; or a name alone in brackets right after a mention, the other sign of the
# same body (三分院(铁检分院)).
_KEYWORDS = r"(?:以)?下(?:[简簡])?[称稱]|[简簡][称稱]"
_DEFINITION = re.compile(
    rf"[(（]\s*(?:(?P<keyword>{_KEYWORDS})[为為]?)?\s*[“\"「『‘']?"
    # 现 or 今 (now) before the other name is no part of it (…检察院(现榆次区院)), nor 时为
    # (then), nor what became of it (现已并入浦东新区人民检察院, 现更名为): no place's name
    # begins so.
    r"(?:[现現今已]{1,2}(?:[为為]|名|称|稱|[并併]入|更名[为為]?|改[为為])?|[时時][为為])?"
    r"(?P<name>[^\s()（）“”\"「」『』‘’',，、。；;:：]{2,16}?)"
    r"[”\"」』’']?\s*[)）]"
)
# What makes a defined name a procuratorate's rather than a place's or a person's.
_OWN_ENDINGS = ("院", "检", "检察")
# A definition inside a name: the name closes right after it.
_CLOSING = re.compile(r"(?:人民)?检察院")
# How far before a definition inside a name its places may start.
_PLACE_REACH = 24
# A text defines few short names; each is looked for once over the text after its first
# definition, so that time stays linear in the text.
_MOST_DEFINED = 32


def _own_name(name: str) -> bool:
    return name.endswith(_OWN_ENDINGS) and "法院" not in name


def defined_names(text: str, folded: str, mentions: Mentions) -> Mentions:
    """``mentions`` with every short name ``text`` defines for one of them; ``folded`` is
    ``text`` with its traditional characters folded (:func:`fold_script`).

    A short name where a mention already stands is left to that mention unless the
    mention is unresolved; a short name inside a longer mention is part of it.

    >>> from procuratorate_awards import find_procuratorates
    >>> text = "四川省人民检察院成都铁路运输分院(以下简称成铁检察分院)。成铁检察分院检察长出席"
    >>> [(m.span.start, m.text) for m in find_procuratorates(text)][1:]
    [(21, '成铁检察分院'), (29, '成铁检察分院')]
    """
    added: list[Mention] = []
    # Each short name, with where each of its definitions starts and what it follows: a
    # name is the latest definition's from there on.
    definitions: dict[str, list[tuple[int, Mention]]] = {}
    opening = sorted(_positions(text, "(") + _positions(text, "（"))
    # Mentions do not overlap, so their ends are in order.
    ends = [m.span.end for m in mentions]
    keyworded = "称" in text or "稱" in text
    for open_ in opening:
        definition = _DEFINITION.match(text, open_)
        if definition is None:
            continue
        before = open_
        while before and text[before - 1].isspace():
            before -= 1
        at = bisect.bisect_left(ends, before)
        if at == len(ends) or ends[at] != before:
            if keyworded and definition.group("keyword") is not None:
                whole = _name_around(text, folded, open_, definition.end())
                if whole is not None:
                    added.append(whole)
                    if len(definitions) < _MOST_DEFINED:
                        added.extend(_place_defined(text, folded, definition, whole))
            continue
        name = definition.group("name")
        if not _own_name(folded[definition.start("name") : definition.end("name")]):
            continue
        owners = definitions.get(name)
        if owners is None:
            if len(definitions) >= _MOST_DEFINED:
                continue
            owners = definitions[name] = []
        owners.append((definition.start("name"), mentions[at]))
    for name, owners in definitions.items():
        starts = [start for start, _ in owners]
        start = starts[0]
        while start >= 0:
            end = start + len(name)
            # 检察院 defined short is not the close of 人民检察院 in the title of a law.
            if not (name.startswith("检") and text[start - 1 : start] == "民"):
                named = owners[bisect.bisect_right(starts, start) - 1][1]
                added.append(_as_defined(text, start, end, named))
            start = text.find(name, end)
    added.extend(_stems_with_yuan(text, folded, mentions))
    if not added:
        return mentions
    return _merged(list(mentions), added, folded)


# What after 院 makes 金坛院 another word (院长, 院子, 院落 …), not the procuratorate, in
# either script.
_NOT_AFTER_YUAN = frozenset("长子落校士区系线团所墙内外長區係線團牆內")


def _stems_with_yuan(text: str, folded: str, mentions: Mentions) -> list[Mention]:
    """金坛院, 东兴院, 大冶院: a county's name without its type, then 院, for its procuratorate,
    after the text has named that procuratorate (金坛区检察院 … 金坛院), where the name is no
    part of a longer place name and 院 no part of another word. A text abbreviates the
    procuratorates it is about, which it names first, near where it names them: the first
    four it names are looked for, within 2,000 characters of the name or of the last short
    name found, so that time stays linear in the text.

    >>> from procuratorate_awards import find_procuratorates
    >>> text = "作者：金坛区检察院。近日，金坛院党组书记作报告，希望金坛院再创佳绩"
    >>> [(m.text, m.procuratorate.full_name) for m in find_procuratorates(text)][1:]
    [('金坛院', '江苏省常州市金坛区人民检察院'), ('金坛院', '江苏省常州市金坛区人民检察院')]
    """
    first: dict[str, Mention] = {}  # each stem, with the first mention of its procuratorate
    shared: set[str] = set()  # stems two of them share, which name none
    for mention in mentions:
        unit = mention.procuratorate
        county = None if unit is None else unit.county
        if county is None or "自治" in county.name or len(county.name) < 3:
            continue
        stem = county.name[:-1]
        named = first.setdefault(stem, mention)
        if named.procuratorate != unit:
            shared.add(stem)
        if len(first) == _FIRST_NAMED:
            break
    forms = index().forms
    added: list[Mention] = []
    for stem, named in first.items():
        word = stem + "院"
        reach = named.span.end + _STEM_REACH
        start = -1 if stem in shared else folded.find(word, named.span.end, reach)
        while start >= 0:
            end = start + len(word)
            longer = any(folded[start - n : end - 1] in forms for n in (1, 2) if start >= n)
            if not longer and folded[end : end + 1] not in _NOT_AFTER_YUAN:
                added.append(_as_defined(text, start, end, named))
                reach = end + _STEM_REACH
            start = folded.find(word, end, reach)
    return added


# How many of the procuratorates a text names first are looked for by their stems, and
# how far after that name, or after the last such short name, the next is looked for.
_FIRST_NAMED = 4
_STEM_REACH = 2000


def _positions(text: str, character: str) -> list[int]:
    """Where ``character`` stands in ``text``: one fast search for each."""
    found = []
    at = text.find(character)
    while at >= 0:
        found.append(at)
        at = text.find(character, at + 1)
    return found


def _as_defined(text: str, start: int, end: int, named: Mention) -> Mention:
    """The short name at ``[start, end)`` as a mention of what ``named`` names."""
    unit = named.procuratorate
    if unit is None:
        return Mention(Span(start, end), text[start:end], None, named.reason, named.candidates, ())
    short = evolve(unit, name=text[start:end])
    return Mention(Span(start, end), text[start:end], short, None, (), named.awards)


def _place_defined(
    text: str, folded: str, definition: re.Match[str], whole: Mention
) -> list[Mention]:
    """塔县检察院 after …自治县(下称“塔县”)检察院: the place's short name a definition inside
    a name gives, then (人民)检察院, names what the whole name names."""
    short = folded[definition.start("name") : definition.end("name")]
    pattern = re.compile(re.escape(short) + "(?:人民)?检察院")
    return [
        _as_defined(text, *match.span(), whole)
        for match in pattern.finditer(folded, whole.span.end)
    ]


def _name_around(text: str, folded: str, open_: int, close: int) -> Mention | None:
    """河北省围场满族蒙古族自治县(以下简称围场县)检察院: one name, read without the definition."""
    closing = _CLOSING.match(folded, close)
    if closing is None:
        return None
    floor = max(0, open_ - _PLACE_REACH)
    for start in sorted(chain_starts(text, open_, floor)):
        name = text[start:open_] + text[close : closing.end()]
        unit, _, awards = in_words(text, start, closing.end(), normalize(name))
        if unit is not None:
            # The procuratorate keeps the name as written, less the definition.
            return new_mention(text, start, closing.end(), (evolve(unit, name=name), None, awards))
    return None


def _merged(taken: list[Mention], added: list[Mention], folded: str) -> Mentions:
    """The mentions with the defined names added, in one pass over both.

    A defined name stands where it covers whole mentions (a relative 州院 inside 嵊州院)
    or replaces one of its span that is unresolved or 检察院 alone, read as the text's own
    (the definition says whose it is); it gives way to a resolved mention of its span, to
    any mention it only partly overlaps, and to a defined name before it that it overlaps.
    """
    added.sort(key=lambda m: (m.span.start, -m.span.end))
    dropped: set[int] = set()
    kept: list[Mention] = []
    first = 0  # the first of ``taken`` that ends after the defined name being looked at
    last_end = 0
    for mention in added:
        start, end = mention.span.start, mention.span.end
        if start < last_end:
            continue
        while first < len(taken) and taken[first].span.end <= start:
            first += 1
        overlapped = []
        at = first
        while at < len(taken) and taken[at].span.start < end:
            overlapped.append(at)
            at += 1
        if len(overlapped) == 1 and taken[overlapped[0]].span == mention.span:
            if taken[overlapped[0]].procuratorate is not None and folded[start:end] != "检察院":
                continue
        elif not all(start <= taken[i].span.start and taken[i].span.end <= end for i in overlapped):
            continue
        dropped.update(overlapped)
        kept.append(mention)
        last_end = end
    merged = [m for i, m in enumerate(taken) if i not in dropped]
    merged.extend(kept)
    merged.sort(key=lambda m: m.span.start)
    return Mentions(merged)
