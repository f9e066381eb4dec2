"""Placing provinces and procuratorate names in the hierarchy of divisions and levels.

The rules, each from a source the documentation names:

* Levels follow Article 13 of the Organic Law of the People's Procuratorates (2018):
  a province, autonomous region or municipality → 省级; a prefecture-level division
  or a 分院 of a provincial procuratorate → 设区的市级; a county-level division → 基层.
  Whether a division is a province, prefecture or county comes from its GB/T 2260
  code, never from the shape of its name: 嵊州市 (330683) is a county-level city.
* A name is read as a run of division names from the 2022 table: [province]
  [prefecture] [county], each part optional, each inside the one before. Every
  reading is tried; the readings that use only current full names win over those
  that need a short or former name. If the winning readings place the name in more
  than one way, the name is ambiguous and nothing is guessed.

Every public function takes any ``str`` (anything else is a :class:`TypeError`), and
costs time linear in its length: names longer than any real one are refused before
any search.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from typing import Generic, TypeVar

from . import _records
from ._divisions import CURRENT, DivisionIndex, Form, division_level, index, normalize
from ._documents import RegistryEntry
from ._enums import Level
from ._errors import AmbiguousNameError, NameLookupError, UnknownNameError
from ._grammar import parse, place_path
from ._models import Procuratorate, Province
from ._render import ProvinceList
from ._resources import Lazy, Memo
from ._words import CORPS_SHORT_FORMS, MAX_PLACE, PROCURATORATE_SUFFIXES

__all__ = [
    "ProvinceList",
    "ascii_key",
    "provinces",
    "registry",
    "resolve_level",
    "resolve_procuratorate",
    "resolve_province",
]

T = TypeVar("T")

# Inputs up to this length are cached; longer ones are answered but not kept.
_MAX_CACHED_INPUT = 200
# No place part of a real name comes near this; longer input is not searched for one.
_PROCURATORATE_WORDS = (*PROCURATORATE_SUFFIXES, "人民")
_CACHE_SIZE = 8192


def _text_argument(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, not {type(value).__name__}")
    return value


class _Remembered(Generic[T]):
    """Answers and failures for short inputs, memoised with the resources they come from.

    A failure is kept as its error and raised anew each time, with a fresh traceback.
    """

    def __init__(self, function: Callable[[str], T]) -> None:
        self._function = function
        self.memo: Memo[T | NameLookupError] = Memo(
            self._attempt, maxsize=_CACHE_SIZE, longest=_MAX_CACHED_INPUT
        )
        functools.update_wrapper(self, function)

    def _attempt(self, text: str) -> T | NameLookupError:
        try:
            return self._function(text)
        except NameLookupError as error:
            return error

    def __call__(self, text: str) -> T:
        outcome = self.memo(text)
        if isinstance(outcome, NameLookupError):
            raise outcome.__reduce__()[0](*outcome.__reduce__()[1])
        return outcome


# --- provinces ---------------------------------------------------------------------------


def provinces() -> ProvinceList:
    """The 32 provincial-level units the notice addresses, in code order, the Corps last.

    A tuple that renders as a table and converts to data frames (:class:`ProvinceList`).

    >>> from procuratorate_awards import provinces
    >>> len(provinces()), provinces()[0].name, provinces()[-1].name
    (32, '北京市', '新疆生产建设兵团')
    """
    # The registry itself: the division index holds this same tuple, and is not needed.
    return _province_list.get()


# The same object on every call, as the registry it wraps.
_province_list = Lazy(lambda: ProvinceList(_records.province_records.get()))


def registry() -> tuple[RegistryEntry, ...]:
    """The procuratorates that no division code names, each with its sources.

    Branches (分院), railway transport, cross-region, Corps, forestry, land-reclamation,
    mining and zone procuratorates, and what sources say of cities without districts;
    in order of kind, province and name. :func:`resolve_procuratorate` places these
    names, and only these, of their kinds. How complete each kind is: see the docs.

    >>> from procuratorate_awards import registry
    >>> entry = next(e for e in registry() if e.name == "上海铁路运输检察院")
    >>> entry.province, entry.kind.label
    ('上海市', '铁路运输')
    """
    return _records.registry_records.get()


def ascii_key(text: str) -> str:
    """An English name as a key: case-folded, letters and digits only, without their
    marks (Xi'an → xian, Ürümqi → urumqi).

    >>> ascii_key("Inner Mongolia"), ascii_key("Ke'erqin"), ascii_key("Ürümqi")
    ('innermongolia', 'keerqin', 'urumqi')
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text.casefold() if c.isalnum())


def _build_province_keys() -> tuple[dict[str, Province], dict[str, Province], dict[str, Province]]:
    """Exact keys: Chinese forms, ASCII forms (casefolded, no spaces) and ISO codes."""
    chinese: dict[str, Province] = {}
    ascii_forms: dict[str, Province] = {}
    iso: dict[str, Province] = {}
    for province in index().provinces:
        for form in (province.name, province.bare_name, *province.abbreviations):
            chinese[form] = province
        for form in (province.english_name, *province.english_aliases):
            ascii_forms[ascii_key(form)] = province
        if province.iso_code is not None:
            iso[province.iso_code.casefold()] = province
    for form in CORPS_SHORT_FORMS:
        chinese[form] = index().corps
    return chinese, ascii_forms, iso


_province_keys = Lazy(_build_province_keys)


def resolve_province(value: str | int) -> Province:
    """The provincial-level unit that ``value`` names, in any of its usual forms.

    Accepted: the full name (浙江省), the name without its suffix (浙江, 内蒙古), the
    one-character abbreviation (浙; 川 or 蜀), an English or pinyin name in any case
    (Zhejiang, Inner Mongolia, Xizang), an ISO 3166-2 code (CN-ZJ), a division code
    as int or str (33, "33", "330000", "330683"), or a name that starts with a
    province or with a division that lies in one (浙江省嵊州市人民检察院, 杭州市).
    A one-character abbreviation is only taken alone, never as the start of a text.

    Raises :class:`UnknownNameError` (with the closest provinces) when nothing fits,
    :class:`AmbiguousNameError` when a division name at the start lies in several
    provinces, and :class:`TypeError` for anything but ``str`` or ``int``.

    >>> resolve_province("Inner Mongolia").name
    '内蒙古自治区'
    >>> resolve_province(330683).name
    '浙江省'
    >>> resolve_province("浙江省嵊州市人民检察院").iso_code
    'CN-ZJ'
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return _province_from_code(str(value), value)
    return _resolve_province_text(_text_argument(value, "a province"))


def _province_from_code(digits: str, query: object) -> Province:
    if len(digits) == 2:
        province = index().province_by_code.get(digits)
    elif len(digits) == 6 and digits in index().by_code:
        province = index().province_by_code.get(digits[:2])
    else:
        province = None
    if province is None:
        raise UnknownNameError(
            query, "not the code of a province or of a 2022 division (two or six digits)"
        )
    return province


def _province_names(provinces: tuple[Province, ...]) -> tuple[str, ...]:
    return tuple(p.name for p in provinces)


def _read_province_text(value: str) -> Province:
    text = normalize(value)
    if not text:
        raise UnknownNameError(value, "an empty name names no province")
    if text.isascii():
        if text.isdigit():
            return _province_from_code(text, value)
        chinese, ascii_forms, iso = _province_keys.get()
        key = ascii_key(text)
        found = iso.get(text.casefold()) or ascii_forms.get(key)
        if found is None:
            close = [p for k, p in ascii_forms.items() if key and (k.startswith(key[:3]))]
            raise UnknownNameError(
                value,
                "no province has this English name or ISO code",
                _province_names(tuple(dict.fromkeys(close))),
            )
        return found
    chinese, _, _ = _province_keys.get()
    if text in chinese:
        return chinese[text]
    return _province_from_start(value, text)


_resolve_province_text = _Remembered(_read_province_text)


def _province_from_start(value: str, text: str) -> Province:
    """The province of the longest name at the start of ``text``, if it is a whole word.

    A full name (浙江省, 北海市) is a word of its own whatever follows. A short form
    (浙江, 青海) is one only where the text ends after it, or goes on with a procuratorate
    or with the start of a division inside that province (浙江嵊州, 青海西宁): 浙江大学
    names a university, not Zhejiang.
    """
    idx = index()
    if text.startswith(idx.corps.name):
        return idx.corps
    best_end = 0
    best: list[Form] = []
    for end, form in idx.forms_at(text, 0):
        if form.rank == CURRENT or division_level(form.division.code) == 0:
            if end > best_end:
                best_end, best = end, [form]
            elif end == best_end:
                best.append(form)
    words = [form for form in best if _whole_word(idx, text, best_end, form)]
    found = {idx.province_of(form.division) for form in words}
    if len(found) == 1:
        return found.pop()
    if found:
        names = tuple(sorted({place_path(idx, f.division) for f in words}))
        raise AmbiguousNameError(value, f"{text[:best_end]} lies in {len(found)} provinces", names)
    if best_end:
        raise UnknownNameError(
            value,
            f"{text[:best_end]} is the start of another word here, not a province's name",
            tuple(dict.fromkeys(idx.province_of(form.division).name for form in best)),
        )
    suggestions = idx.suggestions(text[:MAX_PLACE])
    raise UnknownNameError(
        value,
        "does not start with the name of a province or of a division in one",
        tuple(dict.fromkeys(idx.province_of(d).name for d in suggestions)),
    )


def _whole_word(idx: DivisionIndex, text: str, end: int, form: Form) -> bool:
    if form.rank == CURRENT or end == len(text) or text.startswith(_PROCURATORATE_WORDS, end):
        return True
    return idx.begins_division_inside(form.division, text[end:])


# --- procuratorates ----------------------------------------------------------------------


def _read_procuratorate_name(name: str) -> Procuratorate:
    text = normalize(name)
    if not text:
        raise UnknownNameError(name, "an empty name names no procuratorate")
    return parse(name, text)


_resolve = _Remembered(_read_procuratorate_name)


def resolve_procuratorate(name: str) -> Procuratorate:
    """Place a procuratorate name: province, prefecture, county, level and kind.

    The name may carry its province or not, and may end in 人民检察院, 检察院 or
    nothing (a bare place name stands for its procuratorate). Full-width forms and
    white space, line breaks included, are folded first.

    Raises :class:`AmbiguousNameError` listing every reading when the name fits
    several places (朝阳区人民检察院: Beijing and Changchun), :class:`UnknownNameError`
    with the closest names when it fits none, and :class:`TypeError` for a non-string.

    >>> p = resolve_procuratorate("河北省沧县人民检察院")
    >>> p.prefecture.name, p.county.name, p.level.label
    ('沧州市', '沧县', '基层')
    >>> resolve_procuratorate("北京市人民检察院第一分院").level.label
    '设区的市级'
    >>> resolve_procuratorate("延边州人民检察院").prefecture.name
    '延边朝鲜族自治州'
    >>> from procuratorate_awards import AmbiguousNameError
    >>> try:
    ...     resolve_procuratorate("朝阳区人民检察院")
    ... except AmbiguousNameError as error:
    ...     print(error.candidates)
    ('北京市朝阳区', '吉林省长春市朝阳区')
    """
    return _resolve(_text_argument(name, "a procuratorate name"))


def resolve_level(name: str) -> Level | None:
    """The level of the procuratorate ``name`` names, or ``None`` where no source fixes it.

    Raises the same errors as :func:`resolve_procuratorate`.

    >>> resolve_level("浙江省嵊州市人民检察院").label
    '基层'
    >>> resolve_level("上海铁路运输检察院").english
    'basic'
    """
    return resolve_procuratorate(name).level
