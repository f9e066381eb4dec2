"""Finding procuratorates in a corpus: find_in_files() and ``find PATH...``."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import procuratorate_awards as pa
from procuratorate_awards._cli import main
from procuratorate_awards._corpus import columns

from .test_cli import ENV, Runner, parse, run_in_process, run_subprocess

MIB = 1024 * 1024


@pytest.fixture(params=["subprocess", "in-process"])
def run(request: pytest.FixtureRequest) -> Runner:
    runner: Runner = run_subprocess if request.param == "subprocess" else run_in_process
    return runner


def _expected_rows(documents: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """What ``find`` writes for (source, text) documents, from the API, as JSON values."""
    plain = [pa.Document(source, pa.find_procuratorates(text)) for source, text in documents]
    records = pa.CorpusMentions.of(plain).frame().records()
    names = list(records)
    return [dict(zip(names, values, strict=True)) for values in zip(*records.values(), strict=True)]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of texts, records, a hidden file, a JSON file and a file in GBK."""
    folder = tmp_path / "corpus"
    (folder / "b-more" / "deeper").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    (folder / "a.txt").write_text("公诉机关浙江省绍兴市越城区人民检察院指派检察员出庭", "utf-8")
    (folder / "b-more" / "c.md").write_text("# 通报\n\n最高检表彰上海铁路运输检察院", "utf-8")
    (folder / "b-more" / "deeper" / "d.html").write_text("<p>嵊州市人民检察院</p>", "utf-8")
    (folder / "b-more" / "e.htm").write_text("没有检察机关", "utf-8")
    (folder / "c.jsonl").write_text(
        json.dumps({"id": "r1", "text": "经河北省沧州市人民检察院审查"}, ensure_ascii=False)
        + "\n\n"
        + "not json\n"
        + json.dumps({"id": "r3", "body": "no text field"})
        + "\n"
        + json.dumps({"text": "苏州市人民检察院"}, ensure_ascii=False)
        + "\n",
        "utf-8",
    )
    (folder / "f.gbk.txt").write_bytes("浙江省绍兴市人民检察院".encode("gbk"))
    (folder / "g.json").write_text('{"text": "杭州市人民检察院"}', "utf-8")
    (folder / "h.csv").write_text("杭州市人民检察院", "utf-8")
    (folder / ".hidden" / "i.txt").write_text("杭州市人民检察院", "utf-8")
    (folder / ".j.txt").write_text("杭州市人民检察院", "utf-8")
    return folder


def test_find_in_files_reads_folders_in_name_order_and_goes_on_after_errors(
    corpus: Path,
) -> None:
    documents = list(pa.find_in_files([corpus], id_field="id"))
    sources = [Path(d.source).name if "/" in d.source else d.source for d in documents]
    assert sources == [
        "a.txt",
        "c.md",
        "d.html",
        "e.htm",
        "r1",
        "c.jsonl:3",
        "r3",
        "c.jsonl:5",
        "f.gbk.txt",
    ]
    errors = {name: d.error for name, d in zip(sources, documents, strict=True) if d.error}
    assert set(errors) == {"c.jsonl:3", "r3", "f.gbk.txt"}
    assert "is not JSON" in str(errors["c.jsonl:3"])
    assert "no text field 'text'" in str(errors["r3"])
    assert str(errors["f.gbk.txt"]).startswith("the input is not UTF-8 text")
    found = {name: [m.text for m in d.mentions] for name, d in zip(sources, documents, strict=True)}
    assert found["a.txt"] == ["浙江省绍兴市越城区人民检察院"]
    assert found["d.html"] == ["嵊州市人民检察院"]
    assert found["c.jsonl:5"] == ["苏州市人民检察院"]
    assert found["e.htm"] == []
    assert all(not d.mentions for d in documents if d.error)


def test_a_file_named_is_read_whatever_its_suffix(corpus: Path) -> None:
    [document] = pa.find_in_files([corpus / "h.csv"])
    assert document.source == str(corpus / "h.csv")
    assert [m.text for m in document.mentions] == ["杭州市人民检察院"]
    [missing] = pa.find_in_files([corpus / "no-such.txt"])
    assert str(missing.error).startswith(f"cannot read {corpus / 'no-such.txt'}")
    [gone] = pa.find_in_files([corpus / "gone.jsonl"])
    assert str(gone.error).startswith("cannot read")


def test_a_folder_that_cannot_be_listed_is_reported(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listing = os.scandir

    def refuse(path: Any) -> Any:
        if Path(path).name == "deeper":
            raise PermissionError(13, "Permission denied")
        return listing(path)

    monkeypatch.setattr(os, "scandir", refuse)
    documents = list(pa.find_in_files([corpus / "b-more"]))
    assert [d.error for d in documents] == [
        None,
        f"cannot read {corpus / 'b-more' / 'deeper'}: Permission denied",
        None,
    ]


def test_a_jsonl_line_that_is_not_utf8_or_not_an_object_is_reported(tmp_path: Path) -> None:
    source = tmp_path / "bad.ndjson"
    source.write_bytes(b'"just a string"\n' + "苏州".encode("gbk") + b"\n")
    errors = [d.error for d in pa.find_in_files([source])]
    assert errors == [
        f"{source}:1 is not a JSON object",
        f"the input is not UTF-8 text (invalid continuation byte at byte 0 in {source}:2)",
    ]


def test_jobs_give_the_same_documents_in_the_same_order(corpus: Path) -> None:
    one = list(pa.find_in_files([corpus, corpus / "a.txt"], jobs=1))
    two = list(pa.find_in_files([corpus, corpus / "a.txt"], jobs=2))
    assert one == two
    with pytest.raises(ValueError, match="at least 1"):
        next(pa.find_in_files([corpus], jobs=0))


def test_corpus_mentions_are_a_table_with_a_source_column(corpus: Path) -> None:
    found = pa.CorpusMentions.of(pa.find_in_files([corpus]))
    frame = found.frame()
    assert [column.name for column in frame.columns] == [column.name for column in columns()]
    assert [c.name for c in frame.columns[1:]] == [c.name for c in pa.Mentions(()).frame().columns]
    assert found[:1].to_polars()["source"].to_list() == [str(corpus / "a.txt")]
    assert "<caption>" in found._repr_html_()
    assert "source" in str(found).splitlines()[0]


# --- the command -------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["jsonl", "csv"])
def test_find_writes_one_row_per_mention_with_its_source(
    run: Runner, corpus: Path, form: str
) -> None:
    texts = corpus / "b-more"
    records = corpus / "c.jsonl"
    result = run(
        "find", str(texts), str(records), "--id-field", "id", "--format", form, "--jobs", "2"
    )
    assert result.returncode == 2, result.stderr
    rows = parse(result.stdout, form)
    documents = [(str(p), p.read_text("utf-8")) for p in sorted(texts.rglob("*.ht*"))]
    documents.insert(0, (str(texts / "c.md"), (texts / "c.md").read_text("utf-8")))
    documents += [("r1", "经河北省沧州市人民检察院审查"), (f"{records}:5", "苏州市人民检察院")]
    expected = _expected_rows(documents)
    if form == "csv":
        assert list(rows[0]) == [column.name for column in columns()]
        assert [row["source"] for row in rows] == [row["source"] for row in expected]
        assert [int(row["start"]) for row in rows] == [row["start"] for row in expected]
    else:
        assert rows == expected
    errors = result.stderr.splitlines()
    assert errors[-1] == "procuratorate-awards: 2 of 7 documents could not be read"
    assert all(line.startswith("procuratorate-awards: error: ") for line in errors[:-1])
    assert "Traceback" not in result.stderr


def test_find_without_any_mention_says_so(run: Runner, corpus: Path) -> None:
    result = run("find", str(corpus / "b-more" / "e.htm"), str(corpus / "b-more" / "e.htm"))
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr == "procuratorate-awards: no document names a procuratorate\n"


@pytest.mark.parametrize("jobs", ["0", "two", "-1"])
def test_jobs_must_be_a_positive_whole_number(run: Runner, corpus: Path, jobs: str) -> None:
    result = run("find", str(corpus), "--jobs", jobs)
    assert result.returncode == 2
    assert "at least 1" in result.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_bar_shows_only_on_a_terminal(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("tqdm", reason="the progress bar needs tqdm (the progress extra)")
    out = io.StringIO()
    terminal = _Terminal()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(terminal):
        assert main(["find", str(corpus)]) == 2
    assert "documents" in terminal.getvalue()  # the bar's count
    assert "error: the input is not UTF-8" in terminal.getvalue()
    plain = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(plain):
        main(["find", str(corpus)])
    assert "documents/s" not in plain.getvalue()
    assert "\r" not in plain.getvalue()
    # Without tqdm a terminal gets no bar, and no error either.
    monkeypatch.setitem(sys.modules, "tqdm", None)
    bare = _Terminal()
    with contextlib.redirect_stdout(io.StringIO()) as bare_out, contextlib.redirect_stderr(bare):
        assert main(["find", str(corpus)]) == 2
    assert "\r" not in bare.getvalue()
    assert bare_out.getvalue() == out.getvalue()


def test_the_help_names_the_corpus_options() -> None:
    text = run_in_process("find", "--help").stdout
    for option in ("--field", "--id-field", "--jobs", ".jsonl", "tqdm"):
        assert option in text


# --- at scale ----------------------------------------------------------------------------

_SENTENCES = (
    "公诉机关{p}。被告人王某，男，汉族，因涉嫌盗窃罪于二〇二二年三月被{city}公安局刑事拘留。",
    "{city}中级人民法院审理{p}指控被告人李某犯诈骗罪一案，依法组成合议庭，公开开庭进行了审理。",
    "据{p}消息，该院检察官在办案中发现类案监督线索，依法向{city}公安局制发检察建议。",
    "最高检日前发布第三十五批指导性案例，{p}办理的案件入选。",
)
_FILLER = (
    "经审理查明：二〇二一年十月至二〇二二年三月间，被告人王某伙同他人，以非法占有为目的，"
    "多次在某小区地下车库内盗窃电动自行车电瓶，共计价值人民币一万二千余元。案发后，被告人"
    "如实供述了自己的罪行，并退赔了被害人的全部经济损失，取得了被害人的谅解。\n"
)


def _judgments(folder: Path, files: int, size: int) -> None:
    """``files`` judgment-like UTF-8 files of ``size`` bytes or a little more each."""
    rng = random.Random(12)
    names = [unit.name for unit in pa.units()]
    names += [name[3:] for name in names if name[2] == "省"]
    cities = ("绍兴市", "杭州市", "苏州市", "沧州市")
    folder.mkdir()
    for number in range(files):
        parts: list[str] = []
        written = 0
        while written < size:
            sentence = rng.choice(_SENTENCES).format(p=rng.choice(names), city=rng.choice(cities))
            part = sentence + _FILLER
            parts.append(part)
            written += len(part.encode("utf-8"))
        (folder / f"judgment-{number:03}.txt").write_text("".join(parts), "utf-8")


def _high_water_mark(pid: int) -> int:
    """A process's peak resident memory so far (VmHWM), where Linux tells it, else 0."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def _peak_tree_rss(command: list[str]) -> tuple[subprocess.CompletedProcess[bytes], int]:
    """Run ``command``; its output, and the most memory its process tree held at once.

    The tree is sampled every 20 ms for the sum of its members' resident memory. A
    sample can miss a short peak, so where Linux reports each process's own peak, the
    sum of those peaks (a bound from above: the members need not peak together) is
    taken when it is larger.
    """
    psutil = pytest.importorskip("psutil", reason="measuring a process tree needs psutil")
    process = psutil.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    peak = 0
    marks: dict[int, int] = {}
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            total = 0
            try:
                tree = [process, *process.children(recursive=True)]
            except psutil.Error:
                tree = []
            for member in tree:
                with contextlib.suppress(psutil.Error):
                    total += member.memory_info().rss
                    marks[member.pid] = max(marks.get(member.pid, 0), _high_water_mark(member.pid))
            peak = max(peak, total)
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        stdout, stderr = process.communicate(timeout=300)
    finally:
        done.set()
        sampler.join()
    return (
        subprocess.CompletedProcess(command, process.returncode, stdout, stderr),
        max(peak, sum(marks.values())),
    )


def test_a_folder_of_40_files_of_half_a_megabyte(tmp_path: Path) -> None:
    """The issue's acceptance: the API's mentions, for any --jobs, in at most 200 MiB."""
    folder = tmp_path / "judgments"
    _judgments(folder, files=40, size=500_000)
    command = [sys.executable, "-m", "procuratorate_awards", "find", str(folder)]
    outputs = {}
    for jobs in ("1", "2"):
        result, peak = _peak_tree_rss([*command, "--jobs", jobs])
        assert result.returncode == 0, result.stderr.decode()
        assert result.stderr == b""
        assert peak <= 200 * MIB, f"--jobs {jobs}: peak {peak / MIB:.0f} MiB"
        outputs[jobs] = result.stdout
    assert outputs["1"] == outputs["2"]
    rows = [json.loads(line) for line in outputs["1"].decode("utf-8").splitlines()]
    paths = sorted(folder.iterdir())
    expected = _expected_rows([(str(path), path.read_text("utf-8")) for path in paths])
    assert len(rows) == len(expected) > 40 * 1000
    assert rows == expected
    by_csv = subprocess.run(
        [*command, "--jobs", "2", "--format", "csv"], capture_output=True, env=ENV, check=True
    )
    table = list(csv.DictReader(io.StringIO(by_csv.stdout.decode("utf-8"))))
    assert [(r["source"], int(r["start"])) for r in table] == [
        (r["source"], r["start"]) for r in rows
    ]
