"""Ambiguous names a whole document settles (rule 9): a name that fits several places is
read in the one province the document's other names lie in, and within it in the one city,
once every name is read; where no other names it, in the one city or province the text's
places lie in.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._mentions import Mention, Mentions
from ._models import Procuratorate
from ._places import Looked, by_stem, place_for, writes_its_province
from ._reading import in_words, new_mention

__all__ = ["in_the_document"]


def in_the_document(
    text: str, mentions: Sequence[Mention], context: Procuratorate | None
) -> Mentions:
    """``mentions`` with each ambiguous name read in the one province the document's other
    names lie in, and within it in the one city they lie in (rule 9), in Chinese or in
    English, once every name is read."""
    settled = list(mentions)
    # Most texts name few procuratorates many times: each is looked at once.
    units = {id(m.procuratorate): m.procuratorate for m in settled if m.procuratorate is not None}
    if context is not None:
        units[id(context)] = context
    placed = {
        key: unit for key, unit in units.items() if unit.province is not None and not by_stem(unit)
    }
    provinces = {unit.province.name for unit in placed.values() if unit.province is not None}
    cities = {
        unit.province.name + unit.prefecture.name
        for unit in placed.values()
        if unit.province is not None and unit.prefecture is not None
    }
    named = {unit.full_name for unit in placed.values()}
    # The places the whole text lies in, read once for all its ambiguous names.
    looked = Looked()
    # A name resolved in a province the document names stands as read, and most do.
    return Mentions(
        [
            m
            if m.procuratorate is not None
            and m.procuratorate.province is not None
            and m.procuratorate.province.name in provinces
            else _by_document(text, m, provinces, cities, named, looked)
            for m in settled
        ]
    )


def _by_document(
    text: str,
    mention: Mention,
    provinces: set[str],
    cities: set[str],
    named: set[str],
    looked: Looked,
) -> Mention:
    """An ambiguous name read in the one province the document's other names lie in, and
    where two places of the name lie in it (鼓楼区 of 南京 and of 徐州), in the one city;
    where two lie in that city (乌鲁木齐: the city and its county), as the one the document
    names otherwise (该市检察院), by its procuratorate's full name ``named``.

    A name read through a county's stem alone (金山 for 金山区, Shanghai) in a text whose
    other names all lie in other provinces is no longer taken as read: 金山 may be a place
    that is no division, in the province the text is about. A city's stem (合肥, 杭州 in a
    text about Shanghai) is taken: news names cities' procuratorates so across provinces.
    """
    unit = mention.procuratorate
    if (
        unit is not None
        and unit.province is not None
        and provinces
        and unit.province.name not in provinces
        and by_stem(unit)
        and not writes_its_province(mention)
        and unit.county is not None
    ):
        elsewhere = "、".join(sorted(provinces))
        reason = (
            f"ambiguous: {mention.text} reads as {unit.full_name} only by a place name "
            f"without its type, and the text's other names lie in {elsewhere}"
        )
        return Mention(mention.span, mention.text, None, reason, (unit.full_name,), ())
    if mention.resolved or mention.reason is None or not mention.reason.startswith("ambiguous: "):
        return mention
    if not provinces:
        # No other procuratorate places it: the one city, else the one province, all the
        # text's places lie in does (鼓楼区检察院…来源:福州晚报), as for a headline's 市检察院;
        # ``looked`` keeps what the text's places gave, each level read once.
        place = place_for(text, 0, 1, "", [], None, looked, None) or place_for(
            text, 0, 0, "", [], None, looked, None
        )
        if place is None:
            return mention
        provinces = cities = {place.removesuffix("人民检察院")}
    inside = [c for c in mention.candidates if c.startswith(tuple(provinces))]
    if len(inside) > 1 and cities:
        inside = [c for c in inside if c.startswith(tuple(cities))]
    start, end = mention.span.start, mention.span.end
    outcomes = [in_words(text, start, end, c + "人民检察院") for c in inside]
    if len(outcomes) > 1:
        outcomes = [o for o in outcomes if o[0] is not None and o[0].full_name in named]
    if len(outcomes) != 1 or outcomes[0][0] is None:
        return mention
    return new_mention(text, start, end, outcomes[0])
