"""The notice and the award list as the package serves them."""

from __future__ import annotations

from . import _loading
from ._models import Award, Notice, Procuratorate

__all__ = ["AwardList", "awards", "notice", "units"]


class AwardList(tuple[Award, ...]):
    """An immutable sequence of awards, in the order the notice prints them.

    >>> from procuratorate_awards import awards
    >>> len(awards()), awards()[-1].label
    (55, '优秀奖 25')
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"AwardList({len(self)} awards)"


_all_awards = _loading.Lazy(lambda: AwardList(_loading.awards.get()))
_all_units = _loading.Lazy(
    lambda: tuple(dict.fromkeys(unit for award in _all_awards.get() for unit in award.units))
)


def notice() -> Notice:
    """The notice: title, issuer, addressees, body, award-list heading, errata, raw text.

    >>> from procuratorate_awards import notice
    >>> notice().title
    '关于全国检察机关大数据法律监督模型竞赛结果的通报'
    >>> len(notice().points)
    4
    """
    return _loading.notice.get()


def awards() -> AwardList:
    """All 55 awards, tier by tier, each tier in printed order.

    >>> from procuratorate_awards import awards, Tier
    >>> sum(award.tier is Tier.FIRST for award in awards())
    5
    """
    return _all_awards.get()


def units() -> tuple[Procuratorate, ...]:
    """Every winning procuratorate once, in order of first appearance in the list.

    >>> from procuratorate_awards import units
    >>> len(units()), units()[0].name
    (59, '浙江省绍兴市人民检察院')
    """
    return _all_units.get()
