"""The notice as plain text, and the whole data set as one JSON document, read back too."""

from __future__ import annotations

import json
import os
from pathlib import Path

from attrs import frozen

from ._divisions import index
from ._documents import Notice
from ._enums import Tier
from ._errors import DataError
from ._files import PathLike
from ._models import Award, Division, Province
from ._queries import awards, notice
from ._resolution import provinces
from ._version import DATA_VERSION, DIVISIONS_VINTAGE

__all__ = ["Dataset", "notice_text", "read_json"]


# --- the notice as text ---------------------------------------------------------------


def notice_text() -> str:
    """The notice as the structured data prints it: the source with every erratum applied.

    Rebuilt from the records, not copied from the source: issuer, title, addressees,
    the seven paragraphs, the distribution line, the award-list heading and ranking
    note, then each tier under its heading (``一等奖（5个）``) with one line per award,
    ``N.title unit、unit``. Blocks are separated by one blank line.
    :attr:`Notice.source_text` keeps the transcription exactly as received.

    >>> from procuratorate_awards import notice_text
    >>> text = notice_text()
    >>> text.split("\\n\\n")[:2]
    ['中华人民共和国最高人民检察院', '关于全国检察机关大数据法律监督模型竞赛结果的通报']
    >>> "1.车辆保险理赔监督模型 浙江省绍兴市人民检察院" in text.splitlines()
    True
    """
    the_notice = notice()
    blocks: list[str] = [
        the_notice.issuer,
        the_notice.title,
        "，".join(the_notice.addressees) + "：",
        *(paragraph.text for paragraph in the_notice.paragraphs),
        f"({the_notice.distribution})",
        the_notice.award_list_title,
        f"({the_notice.ranking_note})",
    ]
    all_awards = awards()
    for tier in Tier:
        blocks.append(f"{tier.label}（{tier.count}个）")
        blocks.append(
            "\n".join(
                f"{award.number}.{award.title} {'、'.join(unit.name for unit in award.units)}"
                for award in all_awards
                if award.tier is tier
            )
        )
    return "\n\n".join(blocks) + "\n"


# --- JSON -----------------------------------------------------------------------------


@frozen
class Dataset:
    """Everything the JSON export holds: the notice, the awards, the provinces and divisions.

    Its cattrs unstructuring is the JSON document, so :func:`read_json` gives back
    records equal to the ones exported. ``divisions`` is the division table resolution
    uses (county level and above, as of :data:`DIVISIONS_VINTAGE`); an export written
    before it was included reads back with none.

    >>> from procuratorate_awards import Dataset
    >>> data = Dataset.current()
    >>> len(data.awards), len(data.provinces), data.data_version
    (55, 32, '2022.1')
    >>> data.divisions[0]
    Division(code='110000', name='北京市')
    """

    data_version: str
    divisions_vintage: str
    notice: Notice
    awards: tuple[Award, ...]
    provinces: tuple[Province, ...]
    divisions: tuple[Division, ...] = ()

    @classmethod
    def current(cls) -> Dataset:
        """The data this installation ships."""
        return cls(
            DATA_VERSION,
            DIVISIONS_VINTAGE,
            notice(),
            tuple(awards()),
            tuple(provinces()),
            index().divisions,
        )


def json_bytes() -> bytes:
    from ._convert import converter

    document = converter().unstructure(Dataset.current())
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_json(path: PathLike) -> Dataset:
    """Read a JSON export back into records (:class:`DataError` if it is not one).

    >>> import tempfile, pathlib
    >>> from procuratorate_awards import awards, export_json, read_json
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     written = export_json(pathlib.Path(folder) / "awards.json")
    ...     read_json(written).awards == tuple(awards())
    True
    """
    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except OSError as error:
        raise DataError(name, None, f"cannot be read ({error.strerror or error})") from None
    from ._convert import parse_json, structure

    result: Dataset = structure(name, parse_json(name, data), Dataset)
    return result
