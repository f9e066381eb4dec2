"""The Dask recipe of docs/how-to/corpus.md, run as written on a local cluster.

The recipe is the page's ``{code-block} python`` block, executed here (not copied), on
two worker processes; its Parquet files must hold the rows of a plain loop.
"""

from __future__ import annotations

import _socket
import json
import re
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import procuratorate_awards as pa

distributed = pytest.importorskip("dask.distributed", reason="the Dask recipe needs the dask extra")
dd = pytest.importorskip("dask.dataframe", reason="the Dask recipe needs the dask extra")
pytest.importorskip("pyarrow", reason="the Dask recipe writes Parquet through pyarrow")

PAGE = Path(__file__).resolve().parent.parent / "docs" / "how-to" / "corpus.md"
TEXTS = (
    "公诉机关浙江省绍兴市越城区人民检察院。被告人王某犯盗窃罪，经审理查明，事实清楚。",
    "最高检日前发布指导性案例，河北省沧州市人民检察院、江苏省苏州市人民检察院办理的案件入选。",
    "本文不提及任何检察机关。",
    "上海铁路运输检察院依法向法院提起公诉，朝阳区检察院派员参加。",
    "据浙江省丽水市、松阳县人民检察院消息，该院开展专项监督。",
)


def _recipe() -> dict[str, Any]:
    text = PAGE.read_text("utf-8")
    match = re.search(r"```\{code-block\} python\n:caption: dask_recipe.py\n(.*?)\n```", text, re.S)
    assert match is not None, "the page has no Dask recipe"
    namespace: dict[str, Any] = {"__name__": "dask_recipe"}
    exec(compile(match[1], str(PAGE), "exec"), namespace)
    return namespace


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as plain values: lists for list cells, None for missing ones."""
    rows = []
    for record in frame.astype(object).to_dict("records"):
        rows.append(
            {
                key: (
                    list(value)
                    if hasattr(value, "__len__") and not isinstance(value, str)
                    else None
                    if pd.isna(value)
                    else value
                )
                for key, value in record.items()
            }
        )
    return rows


def _loopback_only(connect: Callable[..., Any]) -> Callable[..., Any]:
    def guarded(sock: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else address
        if host not in ("127.0.0.1", "::1", "localhost"):
            raise OSError("network access is blocked in the tests")
        return connect(sock, address)

    return guarded


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    # The scheduler and its workers talk over the loopback interface; the rest of the
    # network stays blocked, as for every test.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", _loopback_only(_socket.socket.connect))
        patch.setattr(socket.socket, "connect_ex", _loopback_only(_socket.socket.connect_ex))
        yield from _cluster()


def _cluster() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            processes=True, n_workers=2, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def test_a_bag_over_files_writes_the_mentions_of_a_plain_loop(client: Any, tmp_path: Path) -> None:
    recipe = _recipe()
    folder = tmp_path / "judgments"
    (folder / "more").mkdir(parents=True)
    for number, text in enumerate(TEXTS * 3):
        where = folder / "more" if number % 2 else folder
        (where / f"{number:02}.txt").write_text(text, encoding="utf-8")
    recipe["files_to_parquet"](folder, tmp_path / "out", partitions=4)
    written = pd.read_parquet(tmp_path / "out", dtype_backend="pyarrow")
    paths = sorted(str(path) for path in folder.rglob("*.txt"))
    expected = pa.CorpusMentions.of(pa.find_in_files(paths)).to_pandas()
    assert len(expected) > 10
    assert list(written.columns) == list(expected.columns)
    assert _rows(written) == _rows(expected)


def test_a_data_frame_text_column_writes_the_mentions_of_a_plain_loop(
    client: Any, tmp_path: Path
) -> None:
    recipe = _recipe()
    records = [{"id": f"case-{n}", "text": text} for n, text in enumerate(TEXTS * 4)]
    source = tmp_path / "cases.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    texts = dd.from_pandas(pd.DataFrame(records), npartitions=3)
    recipe["column_to_parquet"](texts, tmp_path / "out")
    written = pd.read_parquet(tmp_path / "out", dtype_backend="pyarrow")
    plain = [
        pa.Document(record["id"], pa.find_procuratorates(record["text"])) for record in records
    ]
    expected = pa.CorpusMentions.of(plain).to_pandas()
    assert _rows(written) == _rows(expected)
    # The same as the command's reading of the same records as JSON Lines.
    from_lines = pa.CorpusMentions.of(pa.find_in_files([source], id_field="id")).to_pandas()
    assert _rows(from_lines) == _rows(expected)
