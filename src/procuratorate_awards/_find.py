"""Finding the procuratorates that running text names, and resolving each one.

Judgments, news reports, work reports and personnel notices name procuratorates in
passing: 公诉机关浙江省绍兴市越城区人民检察院, 绍兴市检察院, 北京市人民检察院第一分院,
上海铁路运输检察院, 最高检, 浙江省丽水市、松阳县人民检察院. :func:`find_procuratorates` reports
each such name with its place in the text, what it resolves to and the awards that
procuratorate won.

How a name is found, in time linear in the length of the text:

* An *anchor* (检察院, 检察分院 or 最高检) is located by one regular expression whose
  alternatives are fixed words with bounded gaps, so it cannot backtrack without
  bound. White space and line breaks may stand between any two characters of a name,
  up to ``MAX_GAP`` of them in a row, because transcribed text breaks lines anywhere;
  compatibility ideographs and radicals (⾦ for 金) are read as what they fold to.
* From the anchor the text is read backwards, through a trie of every division name
  written back to front, for the runs of [province][prefecture][county] names that
  nest inside one another (the same shape :func:`resolve_procuratorate` reads),
  with or without 人民 before 检察院; railway transport procuratorates, the Corps,
  procuratorates in special areas, military procuratorates and the Supreme People's
  Procuratorate have their own fixed words. Reading never goes back past the end of
  the previous anchor, so every character is read a bounded number of times.
* Of the names that end at an anchor, the longest that resolves is the mention
  (浙江省绍兴市人民检察院 is one mention, not also 绍兴市人民检察院); when none resolves, the
  longest is reported with the reason and the candidates instead of a procuratorate.
  A province's or a city's full name right before a name it does not hold (青海省花垣县)
  makes the whole the mention, unresolved, as the resolver reads it.
* Names coordinated under one suffix (浙江省丽水市、松阳县人民检察院) are two mentions: each
  later name is read in the place of the one before, so 松阳县 is looked for in
  浙江省丽水市 first, then in 浙江省, then alone.

A word that names no place (各级检察机关, 该院, 县级人民检察院, 直辖市人民检察院) is no mention,
nor is a division name that closes an everyday word (雄安新区检察院, 各市区人民检察院);
courts and public security organs are never anchors.
"""

from __future__ import annotations

from attrs import evolve

from . import _markup
from ._aliases import defined_names
from ._ambiguous import in_the_document
from ._divisions import fold_script
from ._english_text import english_mentions
from ._mentions import Mention, Mentions
from ._models import Procuratorate, Span
from ._reading import scan
from ._relatives import relatives
from ._resolution import resolve_procuratorate
from ._settling import settle

__all__ = ["find_procuratorates"]


def find_procuratorates(text: str, *, context: Procuratorate | str | None = None) -> Mentions:
    """Every procuratorate that ``text`` names, in order, each resolved where it can be.

    Finds full names with or without the province (浙江省绍兴市人民检察院, 绍兴市人民检察院),
    names without 人民 (绍兴市检察院), branches (北京市人民检察院第一分院), railway transport
    procuratorates (上海铁路运输检察院), 最高人民检察院 and 最高检, and names coordinated under
    one suffix (浙江省丽水市、松阳县人民检察院 gives two mentions). The longest name wins.
    A name may be broken by white space or a line break; its ``text`` keeps it.

    A name that does not say enough (朝阳区人民检察院: Beijing or Changchun) is still a
    mention, with ``procuratorate=None`` and the ``reason`` and ``candidates`` of the
    failed resolution. The mentions come as :class:`Mentions`, a tuple that renders as
    a table and converts to data frames. Time is linear in the length of ``text``. Raises only
    :class:`TypeError` for a non-string (and :class:`DataError` if the packaged data
    is damaged).

    >>> from procuratorate_awards import find_procuratorates
    >>> found = find_procuratorates("经浙江省丽水市、松阳县人民检察院和最高检审查")
    >>> [(m.text, m.procuratorate.full_name) for m in found]  # doctest: +NORMALIZE_WHITESPACE
    [('浙江省丽水市', '浙江省丽水市人民检察院'),
     ('松阳县人民检察院', '浙江省松阳县人民检察院'),
     ('最高检', '最高人民检察院')]
    >>> [mention] = find_procuratorates("朝阳区检察院")
    >>> mention.procuratorate, mention.candidates
    (None, ('北京市朝阳区', '吉林省长春市朝阳区'))
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if isinstance(context, str):
        context = resolve_procuratorate(context)
    elif context is not None and not isinstance(context, Procuratorate):
        raise TypeError(f"context must be a Procuratorate or str, not {type(context).__name__}")
    clean, offsets = _markup.clean(text)
    # Traditional characters fold one for one: offsets in the folded text are the clean's.
    folded = fold_script(clean)
    found = settle(clean, relatives(clean, folded, scan(clean), context), context)
    found = english_mentions(clean, defined_names(clean, folded, found))
    found = in_the_document(clean, found, context)
    if offsets is None:
        return found
    # Spans found in the clean text are reported in the text the caller gave.
    return Mentions(_in_original(text, mention, offsets) for mention in found)


def _in_original(text: str, mention: Mention, offsets: _markup.Offsets) -> Mention:
    start, end = offsets.span(mention.span.start, mention.span.end)
    return evolve(mention, span=Span(start, end), text=text[start:end])
