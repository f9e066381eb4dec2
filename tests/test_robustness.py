"""The package under stress: damaged data, odd installs, threads, processes, arbitrary text.

Nothing here times anything; speed is measured by ``benchmarks/run.py``.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import os
import pickle
import re
import shutil
import stat
import subprocess
import sys
import textwrap
import threading
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import procuratorate_awards as pa
from procuratorate_awards import _convert, _divisions, _resolution, _resources
from procuratorate_awards._records import builder
from procuratorate_awards._shapes import DivisionTable, WordList

PACKAGE_DIR = Path(pa.__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"


# --- damaged resources -------------------------------------------------------------------


@pytest.fixture
def damaged_copy(tmp_path: Path) -> Iterator[Path]:
    """A copy of the data folder that the package reads instead of its own."""
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    previous = _resources.use(_resources.Resources(folder))
    try:
        yield folder
    finally:
        _resources.use(previous)


def _edit_json(edit: Callable[[Any], None]) -> Callable[[bytes], bytes]:
    def damage(data: bytes) -> bytes:
        document = json.loads(data)
        edit(document)
        return json.dumps(document, ensure_ascii=False).encode("utf-8")

    return damage


def _set(path: tuple[str | int, ...], value: object) -> Callable[[Any], None]:
    def edit(document: Any) -> None:
        for key in path[:-1]:
            document = document[key]
        document[path[-1]] = value

    return edit


def _drop(path: tuple[str | int, ...]) -> Callable[[Any], None]:
    def edit(document: Any) -> None:
        for key in path[:-1]:
            document = document[key]
        del document[path[-1]]

    return edit


def _append_to_title(document: Any) -> None:
    document[0]["title"] += "。"


def _truncate(data: bytes) -> bytes:
    # Cut between two characters, so that the damage is to the JSON, not to the UTF-8.
    text = data.decode("utf-8")
    return text[: len(text) // 2].encode("utf-8")


def _to_utf16(data: bytes) -> bytes:
    return data.decode("utf-8").encode("utf-16")


def _to_gb18030(data: bytes) -> bytes:
    return data.decode("utf-8").encode("gb18030")


def _first_use_of_divisions() -> object:
    return pa.resolve_procuratorate("浙江省嵊州市人民检察院")


def _first_use_of_everyday_words() -> object:
    # A reference only a county's name without its type could place reads the list.
    return pa.find_procuratorates("会议在武进召开。区检察院要求")


# (damage, file, how it is damaged, what reads it, the record the error must name)
DAMAGES: list[tuple[str, str, Callable[[bytes], bytes], Callable[[], object], str | None]] = [
    ("truncated JSON", "awards.json", _truncate, pa.awards, "line "),
    ("truncated JSON", "divisions.json", _truncate, _first_use_of_divisions, "line "),
    ("truncated JSON", "notice.json", _truncate, pa.notice, "line "),
    ("wrong type", "awards.json", _edit_json(_set((3, "number"), "4")), pa.awards, "$[3].number"),
    (
        "wrong type",
        "provinces.json",
        _edit_json(_set((5, "abbreviations"), "晋")),
        pa.provinces,
        "$[5].abbreviations",
    ),
    (
        "wrong type",
        "divisions.json",
        _edit_json(_set(("divisions", 7, 1), 7)),
        _first_use_of_divisions,
        "$.divisions[7]",
    ),
    ("wrong type", "notice.json", _edit_json(_set(("year",), "2022")), pa.notice, "$.year"),
    (
        "wrong type",
        "everyday.json",
        _edit_json(_set(("words", 3), 7)),
        _first_use_of_everyday_words,
        "$.words[3]",
    ),
    ("missing field", "awards.json", _edit_json(_drop((2, "title"))), pa.awards, "$[2].title"),
    (
        "missing field",
        "provinces.json",
        _edit_json(_drop((4, "iso_code"))),
        pa.provinces,
        "$[4].iso_code",
    ),
    (
        "missing field",
        "divisions.json",
        _edit_json(_drop(("former_names", 9, 4))),
        _first_use_of_divisions,
        "$.former_names[9]",
    ),
    (
        "missing field",
        "notice.json",
        _edit_json(_drop(("errata", 1, "reason"))),
        pa.notice,
        "$.errata[1].reason",
    ),
    (
        "unknown field",
        "awards.json",
        _edit_json(_set((2, "units", 0, "extra"), 1)),
        pa.awards,
        "$[2].units[0]",
    ),
    (
        "unknown field",
        "divisions.json",
        _edit_json(_set(("extra",), [])),
        _first_use_of_divisions,
        "$",
    ),
    ("bad checksum", "awards.json", _edit_json(_append_to_title), pa.awards, None),
    ("bad checksum", "notice.txt", lambda data: data + b"\n", pa.notice, None),
    ("wrong encoding", "provinces.json", _to_utf16, pa.provinces, "byte 0"),
    ("wrong encoding", "awards.json", _to_gb18030, pa.awards, "byte "),
    ("wrong encoding", "notice.txt", _to_gb18030, pa.notice, "byte "),
]


@pytest.mark.parametrize(
    ("damage", "file", "spoil", "read", "record"),
    DAMAGES,
    ids=[f"{damage}-{file}" for damage, file, *_ in DAMAGES],
)
def test_damaged_resources_raise_data_error_naming_file_and_record(
    damaged_copy: Path,
    damage: str,
    file: str,
    spoil: Callable[[bytes], bytes],
    read: Callable[[], object],
    record: str | None,
) -> None:
    path = damaged_copy / file
    path.write_bytes(spoil(path.read_bytes()))
    with pytest.raises(pa.DataError) as caught:
        read()
    error = caught.value
    assert error.file == file, damage
    if record is None:
        assert error.record is None
        assert "does not match the recorded" in error.detail
    elif record.endswith(" "):
        # JSON and encoding faults are placed by line and column, or by byte offset.
        assert error.record is not None
        assert error.record.startswith(record)
    else:
        assert error.record == record
    assert str(error).startswith(file)


@pytest.mark.parametrize(
    ("file", "kind"),
    [
        ("awards.json", tuple[pa.Award, ...]),
        ("provinces.json", tuple[pa.Province, ...]),
        ("notice.json", pa.Notice),
        ("everyday.json", WordList),
    ],
)
def test_well_formed_resources_load_into_what_the_converter_builds(file: str, kind: Any) -> None:
    document = json.loads(_resources.current().checked(file))
    if kind is pa.Notice:
        document["source_text"] = pa.notice().source_text
    direct = builder(kind)(document)
    assert direct == _convert.converter().structure(document, kind)
    assert type(direct) is type(_convert.converter().structure(document, kind))


def test_the_division_table_builds_alike_through_the_converter() -> None:
    # The converter is the one that reports damage; both must read the same table.
    document = json.loads(_resources.current().checked("divisions.json"))
    direct = builder(DivisionTable)(document)
    assert direct == _convert.converter().structure(document, DivisionTable)


def test_a_damaged_resource_fails_every_time_not_only_the_first(damaged_copy: Path) -> None:
    path = damaged_copy / "awards.json"
    path.write_bytes(_truncate(path.read_bytes()))
    for _ in range(2):
        with pytest.raises(pa.DataError):
            pa.awards()


def test_a_missing_resource_is_a_data_error(damaged_copy: Path) -> None:
    (damaged_copy / "provinces.json").unlink()
    with pytest.raises(pa.DataError) as caught:
        pa.provinces()
    assert caught.value.file == "provinces.json"


def test_the_shipped_data_loads_again_after_the_damaged_copy_is_gone(damaged_copy: Path) -> None:
    _resources.use(_resources.Resources())
    assert len(pa.awards()) == 55
    assert pa.resolve_province("浙江").name == "浙江省"


# --- threads -----------------------------------------------------------------------------

THREADS = 48


def _first_loads() -> tuple[object, ...]:
    return (
        pa.awards(),
        pa.units(),
        pa.provinces(),
        pa.notice(),
        _divisions.index(),
        _convert.converter(),
    )


def test_many_threads_first_loading_at_once_get_the_same_objects() -> None:
    _resources.use(_resources.Resources())
    start = threading.Barrier(THREADS)
    results: list[tuple[object, ...]] = []
    resolved: list[pa.Procuratorate] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work(number: int) -> None:
        try:
            start.wait()
            # Half the threads come in through resolution, half through the award list.
            if number % 2:
                found = pa.resolve_procuratorate("浙江省嵊州市人民检察院")
                loaded = _first_loads()
            else:
                loaded = _first_loads()
                found = pa.resolve_procuratorate("浙江省嵊州市人民检察院")
            with lock:
                results.append(loaded)
                resolved.append(found)
        except BaseException as error:  # collected so the main thread can report it
            with lock:
                errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(results) == THREADS
    first = results[0]
    for loaded in results[1:]:
        assert all(a is b for a, b in zip(loaded, first, strict=True))
    assert all(p == resolved[0] for p in resolved)
    loaded_provinces = first[2]
    assert isinstance(loaded_provinces, tuple)
    assert resolved[0].province in loaded_provinces
    assert any(resolved[0].province is p for p in loaded_provinces)


def test_after_a_reset_resolution_hands_out_the_newly_loaded_records() -> None:
    before = pa.resolve_province("浙江")
    _resources.use(_resources.Resources())
    after = pa.resolve_province("浙江")
    assert after == before
    assert after is next(p for p in pa.provinces() if p.name == "浙江省")


# --- installs: zip, read-only, no network ------------------------------------------------

# Run first in every child: refuses network connections and records every write
# into the installed package, so the parent can assert there were none.
_GUARD = """
import os, sys
PACKAGE_ROOT = os.path.realpath(sys.argv[1])
writes = []

def audit(event, args):
    if event == "socket.connect":
        raise OSError("network access is blocked in the tests")
    if event == "open" and args[0] is not None and not isinstance(args[0], int):
        mode = args[1] or "r"
        flags = args[2] or 0
        writing = any(c in str(mode) for c in "wax+") or flags & (os.O_WRONLY | os.O_RDWR)
        if writing and os.path.realpath(os.fsdecode(args[0])).startswith(PACKAGE_ROOT):
            writes.append(args[0])
    elif event in {"os.mkdir", "os.remove", "os.rename", "os.rmdir", "os.chmod"}:
        if os.path.realpath(os.fsdecode(args[0])).startswith(PACKAGE_ROOT):
            writes.append(args[0])

sys.addaudithook(audit)
"""

_EXERCISE = """
import procuratorate_awards as pa
assert os.path.realpath(pa.__file__).startswith(PACKAGE_ROOT), pa.__file__
assert len(pa.awards()) == 55 and len(pa.units()) == 59 and len(pa.provinces()) == 32
assert pa.notice().year == 2022
assert pa.resolve_procuratorate("浙江省嵊州市人民检察院").code == "330683"
assert pa.resolve_province("CN-ZJ").name == "浙江省"
pa.validate()
assert writes == [], writes
print("ok")
"""


def _run_child(package_root: Path, path_entry: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "COV_CORE", "COVERAGE"))
    }
    environment["PYTHONPATH"] = str(path_entry)
    script = textwrap.dedent(_GUARD) + textwrap.dedent(_EXERCISE)
    return subprocess.run(
        # -B: bytecode caches are the interpreter's writes, not the package's; an
        # installer compiles them ahead, and they would hide what the package writes.
        [sys.executable, "-B", "-c", script, str(package_root)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        check=False,
        timeout=300,
    )


def _copy_package(target: Path) -> Path:
    copied = target / "procuratorate_awards"
    shutil.copytree(PACKAGE_DIR, copied, ignore=shutil.ignore_patterns("__pycache__"))
    return copied


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
    }


def test_the_package_works_imported_from_a_zip(tmp_path: Path) -> None:
    _copy_package(tmp_path / "tree")
    archive = tmp_path / "procuratorate_awards.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for path in sorted((tmp_path / "tree").rglob("*")):
            bundle.write(path, path.relative_to(tmp_path / "tree").as_posix())
    before = archive.stat().st_mtime_ns
    result = _run_child(archive, archive, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
    assert archive.stat().st_mtime_ns == before


def test_the_package_works_from_a_read_only_directory_and_writes_nothing(tmp_path: Path) -> None:
    site = tmp_path / "site"
    copied = _copy_package(site)
    for path in [copied, *copied.rglob("*")]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    before = _snapshot(site)
    try:
        result = _run_child(copied, site, tmp_path)
    finally:
        for path in [copied, *copied.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
    assert _snapshot(site) == before


def test_the_network_is_blocked_for_the_tests() -> None:
    import socket

    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as connection,
        pytest.raises(OSError, match="network access is blocked"),
    ):
        connection.connect(("127.0.0.1", 9))


# --- arbitrary text ----------------------------------------------------------------------

# Text as users paste it: any Unicode, the characters names are made of, and names.
_NAME_PARTS = st.sampled_from(
    [
        "浙江省",
        "浙江",
        "浙",
        "嵊州市",
        "绍兴",
        "人民检察院",
        "检察院",
        "分院",
        "第一",
        "铁路运输",
        "朝阳区",
        "新疆生产建设兵团",
        "自治州",
        "林区",
        "军事",
        "CN-ZJ",
        "33",
        "330683",
        " ",
        "\n",
        "Ｂ",
    ]
)
USER_TEXT = st.one_of(
    st.text(max_size=80),
    st.lists(_NAME_PARTS, max_size=8).map("".join),
    st.text(alphabet="省市县区人民检察院分第一二铁路运输浙江州", max_size=40),
)


def _outcome(call: Callable[[], object]) -> tuple[str, str]:
    """What a call gave: its answer's repr, or its documented error's type and message."""
    try:
        return ("answer", repr(call()))
    except pa.ProcuratorateAwardsError as error:
        return (type(error).__name__, str(error))


def _text_callables() -> list[tuple[str, Callable[[str], object]]]:
    """Every public entry point that takes user text, including filters that take it."""
    found: list[tuple[str, Callable[[str], object]]] = []
    for name in pa.__all__:
        function = getattr(pa, name)
        if not inspect.isfunction(function):
            continue
        parameters = list(inspect.signature(function).parameters.values())
        annotations = [str(parameter.annotation) for parameter in parameters]
        # Functions that write or read files take paths, not text to understand.
        if not parameters or any("PathLike" in annotation for annotation in annotations):
            continue
        if re.search(r"\bstr\b", annotations[0]) and all(
            parameter.default is not inspect.Parameter.empty for parameter in parameters[1:]
        ):
            found.append((name, function))
    assert {"resolve_province", "resolve_procuratorate", "resolve_level"} <= {
        name for name, _ in found
    }
    # The award filters that take what a person types (joint takes a bool).
    filters = inspect.signature(pa.awards).parameters
    for keyword in ("tier", "province", "level", "unit", "text", "kind", "subject"):
        if keyword in filters:
            found.append((f"awards({keyword}=)", functools.partial(_call_awards, keyword)))
    return found


def _call_awards(keyword: str, text: str) -> object:
    awards: Callable[..., object] = pa.awards
    return awards(**{keyword: text})


TEXT_CALLABLES = _text_callables()


@pytest.mark.parametrize(
    "function", [f for _, f in TEXT_CALLABLES], ids=[n for n, _ in TEXT_CALLABLES]
)
@settings(max_examples=60, deadline=None)
@given(text=USER_TEXT)
def test_text_functions_raise_only_documented_errors_and_answer_alike(
    function: Callable[[str], object], text: str
) -> None:
    first = _outcome(lambda: function(text))
    again = _outcome(lambda: function(text))
    assert first == again
    if first[0] != "answer":
        assert first[1]


@settings(max_examples=40, deadline=None)
@given(text=st.text(max_size=20))
def test_paragraph_lookup_raises_a_key_error_with_a_message(text: str) -> None:
    the_notice = pa.notice()
    if text in {p.id for p in the_notice.paragraphs}:
        assert the_notice.paragraph(text).id == text
    else:
        with pytest.raises(KeyError, match="no paragraph"):
            the_notice.paragraph(text)


@pytest.mark.parametrize("length", [1_000, 100_000])
@pytest.mark.parametrize(
    "function", [pa.resolve_province, pa.resolve_procuratorate, pa.resolve_level]
)
def test_huge_input_is_refused_with_a_short_message(
    function: Callable[[str], object], length: int
) -> None:
    with pytest.raises(pa.NameLookupError) as caught:
        function("浙" * length)
    assert len(str(caught.value)) < 2_000


# --- bounded caches ----------------------------------------------------------------------


def _package_modules() -> list[Any]:
    package = Path(pa.__file__).parent
    return [
        importlib.import_module(f"procuratorate_awards.{path.stem}")
        for path in sorted(package.glob("_*.py"))
        if path.stem not in {"__init__", "__main__"}
    ]


def test_every_memo_of_user_input_has_a_bound() -> None:
    memos = {}
    for module in _package_modules():
        for name, value in vars(module).items():
            # No cache outside the resources: a cache there would outlive the data.
            assert not hasattr(value, "cache_info"), f"{module.__name__}.{name}"
            memo = getattr(value, "memo", value)
            if isinstance(memo, _resources.Memo):
                memos[f"{module.__name__}.{name}"] = memo
    assert {
        "procuratorate_awards._resolution._resolve",
        "procuratorate_awards._reading._outcome",
    } <= set(memos)
    for name, memo in memos.items():
        assert memo.maxsize > 0, name


# Blank strings normalise to nothing and fail at once: a cheap way to fill a cache.
def _blank_inputs(count: int) -> Iterator[str]:
    blanks = " \t\n\r\u3000\u2003"
    for number in range(count):
        text = ""
        while True:
            number, digit = divmod(number, len(blanks))
            text += blanks[digit]
            if number == 0:
                break
            number -= 1
        yield text


@pytest.mark.parametrize(
    ("cached", "public"),
    [
        (_resolution._resolve, pa.resolve_procuratorate),
        (_resolution._resolve_province_text, pa.resolve_province),
    ],
)
def test_resolution_caches_stop_growing_at_their_bound(
    cached: Any, public: Callable[[str], object]
) -> None:
    memo = cached.memo
    bound = memo.maxsize
    _resources.use(_resources.Resources())
    inputs = list(_blank_inputs(bound + 500))
    assert len(set(inputs)) == len(inputs)
    for text in inputs:
        with pytest.raises(pa.UnknownNameError):
            public(text)
    assert memo.size() == bound
    # Inputs too long to be worth keeping are answered and not kept.
    _resources.use(_resources.Resources())
    for number in range(50):
        with pytest.raises(pa.UnknownNameError):
            public("x" * 300 + str(number))
    assert memo.size() == 0


# --- pickling and process pools ----------------------------------------------------------

NAMES = [unit.name for unit in pa.units()] + [
    "浙江省嵊州市人民检察院",
    "北京市人民检察院第一分院",
    "上海铁路运输检察院",
    "延边州人民检察院",
    "崇明县人民检察院",
    "最高人民检察院",
]
FAILING = ["朝阳区人民检察院", "浙江省嵊洲市人民检察院", "", "火星市人民检察院"]


def _records() -> list[object]:
    the_notice = pa.notice()
    return [
        *pa.awards(),
        *pa.units(),
        *pa.provinces(),
        the_notice,
        the_notice.paragraphs[0],
        the_notice.errata[0],
        the_notice.year_evidence[0],
        pa.Span(1, 3),
        pa.Division("330683", "嵊州市"),
        pa.awards(),
        *pa.Tier,
        *pa.Level,
        *pa.Kind,
        *pa.ProvinceKind,
    ]


@pytest.mark.parametrize("protocol", [2, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL])
def test_models_survive_a_pickle_round_trip(protocol: int) -> None:
    for record in _records():
        copy = pickle.loads(pickle.dumps(record, protocol=protocol))
        assert copy == record
        assert type(copy) is type(record)


@pytest.mark.parametrize("name", FAILING)
def test_resolution_errors_survive_a_pickle_round_trip(name: str) -> None:
    with pytest.raises(pa.NameLookupError) as caught:
        pa.resolve_procuratorate(name)
    error = caught.value
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert (copy.query, copy.reason, copy.candidates, str(copy)) == (
        error.query,
        error.reason,
        error.candidates,
        str(error),
    )


def test_data_errors_survive_a_pickle_round_trip() -> None:
    error = pa.DataError("awards.json", "$[3].number", "expected int")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.file, copy.record, copy.detail, str(copy)) == (
        error.file,
        error.record,
        error.detail,
        str(error),
    )


@pytest.mark.parametrize(
    "function", [pa.resolve_procuratorate, pa.resolve_province, pa.resolve_level]
)
def test_the_resolvers_pickle_by_reference(function: Callable[[str], object]) -> None:
    assert pickle.loads(pickle.dumps(function)) is function


def test_a_list_resolves_alike_in_a_process_pool_and_in_one_process() -> None:
    names = NAMES * 3
    here = [pa.resolve_procuratorate(name) for name in names]
    # spawn: a fresh interpreter per worker, as on macOS, Windows and cluster executors.
    with ProcessPoolExecutor(max_workers=2, mp_context=get_context("spawn")) as pool:
        there = list(pool.map(pa.resolve_procuratorate, names, chunksize=16))
        failures = [pool.submit(pa.resolve_procuratorate, name) for name in FAILING]
        levels = list(pool.map(pa.resolve_level, names, chunksize=16))
        errors = [future.exception() for future in failures]
    assert there == here
    assert levels == [p.level for p in here]
    for name, error in zip(FAILING, errors, strict=True):
        assert isinstance(error, pa.NameLookupError)
        with pytest.raises(type(error)) as caught:
            pa.resolve_procuratorate(name)
        assert str(error) == str(caught.value)


def test_a_division_table_of_another_vintage_fails_validation(damaged_copy: Path) -> None:
    path = damaged_copy / "divisions.json"
    document = json.loads(path.read_bytes())
    document["vintage"] = "2023-12-31"
    data = json.dumps(document, ensure_ascii=False).encode("utf-8")
    path.write_bytes(data)
    manifest = json.loads((damaged_copy / "manifest.json").read_bytes())
    manifest["files"]["divisions.json"] = _resources.digest(data)
    (damaged_copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(pa.DataError) as caught:
        pa.validate()
    assert (caught.value.file, caught.value.record) == ("divisions.json", "$.vintage")
