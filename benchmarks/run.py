"""Speed and memory of procuratorate_awards, each figure beside a baseline measured in the same run.

Run ``python benchmarks/run.py`` (``--quick`` for fewer repeats) from a checkout with the
package and ``benchmarks/requirements.txt`` installed. It prints one table (figure, its
baseline, the ratio, the target and whether the target is met) and writes the same
figures, with every sample and a description of the machine, to
``benchmarks/results/latest.json``.

Cold figures are medians over fresh interpreters, started alternately for the package and
its baseline so that a busy machine weighs on both alike. Each child times itself with
``time.perf_counter`` around the statement measured, so interpreter start-up, which is the
same for both, does not dilute the ratio; ``-X importtime`` is not used because it times
imports only (not the first query) and adds its own cost per module. The children share a
bytecode cache filled by a warm-up run, as an installed package has its modules compiled
at install time.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "latest.json"
MIB = 1024 * 1024

# --- running children --------------------------------------------------------------------


class Children:
    """Fresh interpreters that share one bytecode cache, so that every run is compiled."""

    def __init__(self) -> None:
        self._cache = tempfile.TemporaryDirectory(prefix="procuratorate-awards-bench-")
        self.environment = {
            key: value
            for key, value in os.environ.items()
            if key not in {"PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "PYTHONSTARTUP"}
        }
        self.environment["PYTHONPYCACHEPREFIX"] = self._cache.name

    def run(self, code: str) -> Any:
        """Run ``code`` in a fresh interpreter; it prints one JSON value, returned here."""
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env=self.environment,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"benchmark child failed:\n{code}\n{result.stderr}")
        return json.loads(result.stdout.strip().splitlines()[-1])

    def wall(self, code: str) -> float:
        """Seconds from starting an interpreter on ``code`` to its exit."""
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            env=self.environment,
            check=True,
        )
        return time.perf_counter() - start

    def close(self) -> None:
        self._cache.cleanup()


def _timed(setup: str, statement: str) -> str:
    """Child code that prints the seconds ``statement`` takes after ``setup``."""
    return (
        f"{setup}\nimport time as _t, json as _j\n_s = _t.perf_counter()\n{statement}\n"
        "_e = _t.perf_counter()\nprint(_j.dumps(_e - _s))"
    )


def alternate(
    repeats: int, first: Callable[[], float], second: Callable[[], float]
) -> tuple[list[float], list[float]]:
    """Samples of two measurements taken in turn, after one discarded warm-up of each."""
    first()
    second()
    a: list[float] = []
    b: list[float] = []
    for _ in range(repeats):
        a.append(first())
        b.append(second())
    return a, b


# --- the figures -------------------------------------------------------------------------


class Row:
    """One line of the table."""

    def __init__(
        self,
        figure: str,
        value: float,
        baseline_name: str,
        baseline: float | None,
        unit: str,
        target: float | None,
        *,
        note: str = "",
        samples: dict[str, list[float]] | None = None,
        absolute_target: bool = False,
    ) -> None:
        self.figure = figure
        self.value = value
        self.baseline_name = baseline_name
        self.baseline = baseline
        self.unit = unit
        self.target = target
        self.note = note
        self.samples = samples or {}
        self.absolute_target = absolute_target

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.absolute_target:
            return None
        return self.value / self.baseline

    @property
    def passed(self) -> bool | None:
        if self.target is None:
            return None
        if self.absolute_target:
            return self.value < self.target
        ratio = self.ratio
        return None if ratio is None else ratio <= self.target

    def as_dict(self) -> dict[str, Any]:
        return {
            "figure": self.figure,
            "value": self.value,
            "unit": self.unit,
            "baseline": self.baseline_name,
            "baseline_value": self.baseline,
            "ratio": self.ratio,
            "target": self.target,
            "target_kind": "below" if self.absolute_target else "ratio at most",
            "passed": self.passed,
            "note": self.note,
            "samples": self.samples,
        }


def bench_import(children: Children, repeats: int) -> Row:
    package, attrs = alternate(
        repeats,
        lambda: children.run(_timed("", "import procuratorate_awards")),
        lambda: children.run(_timed("", "import attrs")),
    )
    # The package must not have pulled in what only its first use needs.
    leaked = children.run(
        "import sys, procuratorate_awards\n"
        "leaked = sorted(m for m in ('cattrs', 'importlib_resources', 'json', 'hashlib') "
        "if m in sys.modules)\n"
        "import json\nprint(json.dumps(leaked))"
    )
    return Row(
        "import procuratorate_awards",
        statistics.median(package) * 1000,
        "import attrs",
        statistics.median(attrs) * 1000,
        "ms",
        1.2,
        note=f"loaded on import: {', '.join(leaked) or 'none of cattrs, json, hashlib'}",
        samples={"package": package, "baseline": attrs},
    )


FIRST_QUERY = "import procuratorate_awards as pa\nassert len(pa.awards(tier='一等奖')) == 5"
PYCOUNTRY_QUERY = "import pycountry\nassert pycountry.countries.lookup('de').alpha_2 == 'DE'"


def bench_first_query(children: Children, repeats: int) -> Row:
    package, pycountry = alternate(
        repeats,
        lambda: children.wall(FIRST_QUERY),
        lambda: children.wall(PYCOUNTRY_QUERY),
    )
    inside = [children.run(_timed("", FIRST_QUERY)) for _ in range(max(3, repeats // 2))]
    return Row(
        "fresh process: import + awards(tier='一等奖')",
        statistics.median(package) * 1000,
        "fresh process: import pycountry + lookup('de')",
        statistics.median(pycountry) * 1000,
        "ms",
        1.0,
        note=f"whole process, start to exit; {statistics.median(inside) * 1000:.0f} ms of it "
        "after start-up",
        samples={"package": package, "baseline": pycountry, "after_start_up": inside},
    )


def _cpu_timed(setup: str, statement: str) -> str:
    """Child code that prints the CPU seconds ``statement`` takes after ``setup``."""
    return (
        f"{setup}\nimport time as _t, json as _j\n_s = _t.process_time()\n{statement}\n"
        "_e = _t.process_time()\nprint(_j.dumps(_e - _s))"
    )


COLD_QUERY = "import procuratorate_awards\nprocuratorate_awards.awards(tier='一等奖')"
# What any first query costs at least: attrs (the models are attrs classes) and the
# award list parsed from the package's resources, read as the package reads them.
COLD_FLOOR = (
    "import attrs, json, importlib_resources\n"
    "json.loads(importlib_resources.files('procuratorate_awards')"
    ".joinpath('data/awards.json').read_bytes())"
)


def bench_cold_floor(children: Children, repeats: int) -> Row:
    package, floor = alternate(
        repeats,
        lambda: children.run(_cpu_timed("", COLD_QUERY)),
        lambda: children.run(_cpu_timed("", COLD_FLOOR)),
    )
    return Row(
        "cold first query, CPU time",
        statistics.median(package) * 1000,
        "import attrs + json.loads(awards.json via files())",
        statistics.median(floor) * 1000,
        "ms",
        1.15,
        note="import procuratorate_awards; awards(tier='一等奖') in a fresh process, against "
        "the floor its dependencies set; CPU time after start-up",
        samples={"package": package, "baseline": floor},
    )


# Every resource and index, through the public names only.
_LOAD_EVERYTHING = (
    "pa.notice(); pa.awards(); pa.units(); pa.provinces(); pa.registry()\n"
    "pa.resolve_procuratorate('浙江省嵊州市人民检察院')\n"
    "pa.resolve_procuratorate('浙江省嵊州市人民檢察院')\n"
    "pa.english_name(pa.awards()[0].units[0]); pa.english_title(pa.awards()[0])\n"
    "pa.awards(text='保险'); pa.medal_table()\n"
    "pa.find_procuratorates('浙江省嵊州市人民检察院和绍兴市人民检察院')\n"
)

_MEMORY_ALL = (
    """
import gc, json, tracemalloc
tracemalloc.start()
import procuratorate_awards as pa
"""
    + _LOAD_EVERYTHING
    + """
gc.collect()
kept = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
with open("/proc/self/status", encoding="ascii") as status:
    rss = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS:"))
print(json.dumps([kept, rss]))
"""
)


def bench_memory_all(children: Children, repeats: int) -> list[Row]:
    samples = [children.run(_MEMORY_ALL) for _ in range(max(3, repeats // 2))]
    kept = statistics.median(s[0] for s in samples) / MIB
    rss = statistics.median(s[1] for s in samples) / MIB
    return [
        Row(
            "Python memory after loading everything (tracemalloc)",
            kept,
            "",
            None,
            "MiB",
            None,
            note="modules, records and indexes, from before the import to after every resource, "
            "index and memo a session builds",
            samples={"package": [s[0] / MIB for s in samples]},
        ),
        Row(
            "resident memory after loading everything",
            rss,
            "",
            None,
            "MiB",
            None,
            note="VmRSS of the whole process, interpreter included",
            samples={"package": [s[1] / MIB for s in samples]},
        ),
    ]


_FULL_LOAD = """
import procuratorate_awards as pa
from procuratorate_awards import _records, _resources
names = ("notice.json", "awards.json", "provinces.json", "divisions.json")
documents = [_resources.current().read(name) for name in names]
import json, time
start = time.perf_counter()
pa.notice(); pa.awards(); pa.provinces(); _records.division_table.get()
cold = time.perf_counter() - start
start = time.perf_counter()
for document in documents:
    json.loads(document)
parse = time.perf_counter() - start
_resources.use(_resources.Resources())
start = time.perf_counter()
pa.notice(); pa.awards(); pa.provinces(); _records.division_table.get()
warm = time.perf_counter() - start
print(json.dumps([cold, parse, warm]))
"""


def bench_full_load(children: Children, repeats: int) -> list[Row]:
    samples = [children.run(_FULL_LOAD) for _ in range(repeats + 1)][1:]
    cold = [s[0] for s in samples]
    parse = [s[1] for s in samples]
    warm = [s[2] for s in samples]
    parse_ms = statistics.median(parse) * 1000
    return [
        Row(
            "full load, first use in a fresh process",
            statistics.median(cold) * 1000,
            "json.loads of the same bytes",
            parse_ms,
            "ms",
            5.0,
            note="notice, awards, provinces and divisions into models, checksums included; "
            "json.loads alone, on the same bytes, is the baseline",
            samples={"package": cold, "baseline": parse},
        ),
        Row(
            "full load again, modules imported",
            statistics.median(warm) * 1000,
            "json.loads of the same bytes",
            parse_ms,
            "ms",
            None,
            note="with fresh resources: decoding, parsing, structuring and checksums only",
            samples={"package": warm, "baseline": parse},
        ),
    ]


_MEMORY = """
import gc, json, resource, sys, tracemalloc
def rss():
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
import procuratorate_awards as pa
from procuratorate_awards import _divisions
gc.collect()
before = rss()
pa.notice(); pa.awards(); pa.units(); pa.provinces()
gc.collect()
loaded = rss()
_divisions.index()
pa.resolve_procuratorate("浙江省嵊州市人民检察院")
gc.collect()
indexed = rss()
# A second process-wide view: the Python objects the same steps keep alive.
from procuratorate_awards import _resources
_resources.use(_resources.Resources())
gc.collect()
tracemalloc.start()
pa.notice(); pa.awards(); pa.units(); pa.provinces()
_divisions.index()
pa.resolve_procuratorate("浙江省嵊州市人民检察院")
gc.collect()
kept = tracemalloc.get_traced_memory()[0]
print(json.dumps([loaded - before, indexed - before, kept]))
"""


def bench_memory(children: Children, repeats: int) -> list[Row]:
    samples = [children.run(_MEMORY) for _ in range(max(3, repeats // 2))]
    loaded = statistics.median(s[0] for s in samples) / MIB
    indexed = statistics.median(s[1] for s in samples) / MIB
    kept = statistics.median(s[2] for s in samples) / MIB
    return [
        Row(
            "resident memory added by the full load",
            loaded,
            "limit",
            None,
            "MiB",
            10.0,
            note="after import, before → after loading every resource",
            samples={"package": [s[0] / MIB for s in samples]},
            absolute_target=True,
        ),
        Row(
            "… and by the division index as well",
            indexed,
            "limit",
            None,
            "MiB",
            10.0,
            note="everything resolution needs, built on its first use",
            samples={"package": [s[1] / MIB for s in samples]},
            absolute_target=True,
        ),
        Row(
            "Python objects kept by both (tracemalloc)",
            kept,
            "",
            None,
            "MiB",
            None,
            note="resident growth can hide in memory freed during import; this counts objects",
            samples={"package": [s[2] / MIB for s in samples]},
        ),
    ]


PROVINCE_QUERIES = ("浙江", "Zhejiang", "CN-ZJ", "浙江省", "Inner Mongolia", "川", "44")
COUNTRY_QUERIES = ("de", "DEU", "Germany", "276", "France", "fr", "JP")


def _per_call(function: Callable[[str], object], queries: tuple[str, ...]) -> list[float]:
    for query in queries:
        function(query)
    timer = timeit.Timer(lambda: [function(query) for query in queries])
    number = 2000
    return [t / (number * len(queries)) for t in timer.repeat(repeat=7, number=number)]


def bench_warm_province(repeats: int) -> Row:
    import pycountry

    import procuratorate_awards as pa

    ours = _per_call(pa.resolve_province, PROVINCE_QUERIES)
    theirs = _per_call(pycountry.countries.lookup, COUNTRY_QUERIES)
    return Row(
        "warm resolve_province",
        min(ours) * 1e6,
        "warm pycountry.countries.lookup",
        min(theirs) * 1e6,
        "µs/call",
        1.0,
        note="best of 7 × 2000 rounds over 7 inputs in several forms each",
        samples={"package": ours, "baseline": theirs},
    )


# --- 100,000 names -----------------------------------------------------------------------

LIST_LENGTH = 100_000


def _name_pool() -> tuple[list[str], list[str]]:
    """Names as they are written in records, and names that must fail, from the data."""
    import procuratorate_awards as pa
    from procuratorate_awards import _divisions

    index = _divisions.index()
    good: list[str] = [unit.name for unit in pa.units()]
    for division in index.divisions:
        province = index.province_of(division)
        level = _divisions.division_level(division.code)
        if level == 0:
            good += [province.name + "人民检察院", province.bare_name + "省检察院"]
            continue
        parent = index.parent(division)
        prefix = province.name + (parent.name if parent is not None else "")
        good.append(prefix + division.name + "人民检察院")
        good.append(province.bare_name + division.name + "检察院")
    bad = [
        "朝阳区人民检察院",
        "鼓楼区人民检察院",
        "火星市人民检察院",
        "浙江省嵊洲市人民检察院",
        "北京市海定区人民检察院",
        "人民检察院",
        "某某县人民法院",
        "",
    ]
    rng = random.Random(2260)
    for division in rng.sample(index.divisions, 400):
        # A slip of one character in the place name, as typed or recognised badly.
        name = division.name
        cut = rng.randrange(len(name) - 1) if len(name) > 1 else 0
        bad.append(name[:cut] + "某" + name[cut + 1 :] + "人民检察院")
    return good, bad


def name_list(length: int = LIST_LENGTH) -> list[str]:
    """A deterministic, realistic list: frequent names often, rare ones once, 10% failing."""
    good, bad = _name_pool()
    rng = random.Random(2022)
    # Some names recur far more often than others (a few busy procuratorates).
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(good))]
    rng.shuffle(good)
    names = rng.choices(good, weights=weights, k=length - length // 10)
    names += rng.choices(bad, k=length // 10)
    rng.shuffle(names)
    return names


_RESOLVE_LIST = """
import json, sys, time
sys.path.insert(0, {here!r})
import run as bench
import procuratorate_awards as pa
names = bench.name_list({length})
# Build the indexes, not the memo of answers: the first pass is answered afresh.
from procuratorate_awards import _resolution
_resolution._read_procuratorate_name("浙江省嵊州市人民检察院")

def resolve_all(names):
    answers = []
    for name in names:
        try:
            answers.append(pa.resolve_procuratorate(name))
        except pa.NameLookupError as error:
            answers.append((type(error).__name__, str(error)))
    return answers

start = time.perf_counter()
first = resolve_all(names)
first_time = time.perf_counter() - start
start = time.perf_counter()
second = resolve_all(names)
second_time = time.perf_counter() - start
failed = sum(isinstance(answer, tuple) for answer in first)
print(json.dumps([first_time, second_time, first == second, failed, len(set(names))]))
"""

_CPCA_LIST = """
import json, sys, time, warnings
warnings.simplefilter("ignore")
sys.path.insert(0, {here!r})
import run as bench
names = bench.name_list({length})
import cpca
cpca.transform(["浙江省嵊州市人民检察院"])
start = time.perf_counter()
first = cpca.transform(names)
first_time = time.perf_counter() - start
start = time.perf_counter()
second = cpca.transform(names)
second_time = time.perf_counter() - start
print(json.dumps([first_time, second_time, bool(first.equals(second)), len(first)]))
"""


def bench_name_list(children: Children, length: int) -> list[Row]:
    ours = children.run(_RESOLVE_LIST.format(here=str(HERE), length=length))
    theirs = children.run(_CPCA_LIST.format(here=str(HERE), length=length))
    per_ours = ours[0] / length * 1e6
    per_theirs = theirs[0] / length * 1e6
    return [
        Row(
            f"resolve_procuratorate over {length:,} names",
            per_ours,
            f"cpca.transform on the same {length:,} strings",
            per_theirs,
            "µs/name",
            1.0,
            note=f"{ours[4]:,} distinct, {ours[3]:,} failing; same answers on a rerun: "
            f"{'yes' if ours[2] else 'NO'} (cpca: {'yes' if theirs[2] else 'NO'})",
            samples={"package": [ours[0], ours[1]], "baseline": [theirs[0], theirs[1]]},
        ),
        Row(
            "… the same list again",
            ours[1] / length * 1e6,
            "cpca.transform again",
            theirs[1] / length * 1e6,
            "µs/name",
            None,
            note="answers memoised in a bounded cache",
        ),
    ]


def bench_find(repeats: int) -> list[Row]:
    path = HERE / "bench_find.py"
    if not path.exists():
        print("note: benchmarks/bench_find.py is absent; text search is not measured")
        return []
    spec = importlib.util.spec_from_file_location("bench_find", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    figures: dict[str, float] = module.run(repeats=repeats)
    rows = []
    for name, value in figures.items():
        unit = "chars/s" if name.endswith("per_second") else "s" if name.endswith("seconds") else ""
        rows.append(Row(f"text search: {name}", value, "", None, unit, None))
    return rows


# --- reporting ---------------------------------------------------------------------------


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    if abs(value) >= 1e5:
        return f"{value:,.0f}"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def table(rows: list[Row]) -> Iterator[str]:
    header = ("figure", "value", "baseline", "ratio", "target", "result")
    lines = [header]
    for row in rows:
        target = "—"
        if row.target is not None:
            target = f"< {row.target:g} {row.unit}" if row.absolute_target else f"≤ {row.target:g}×"
        result = {None: "", True: "pass", False: "FAIL"}[row.passed]
        lines.append(
            (
                row.figure,
                f"{_number(row.value)} {row.unit}",
                f"{_number(row.baseline)} ({row.baseline_name})" if row.baseline_name else "—",
                "—" if row.ratio is None else f"{row.ratio:.2f}×",
                target,
                result,
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for number, line in enumerate(lines):
        yield "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        if number == 0:
            yield "  ".join("-" * width for width in widths)
    for row in rows:
        if row.note:
            yield f"  {row.figure}: {row.note}"


def machine() -> dict[str, Any]:
    import procuratorate_awards as pa

    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "system": platform.system(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "package_version": pa.__version__,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer repeats, 20,000 names")
    parser.add_argument("--repeats", type=int, default=None, help="fresh processes per figure")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write the JSON")
    parser.add_argument(
        "--only", action="append", default=None, help="measure only this figure (repeatable)"
    )
    arguments = parser.parse_args(argv)
    repeats = arguments.repeats or (5 if arguments.quick else 15)
    length = 20_000 if arguments.quick else LIST_LENGTH

    children = Children()
    rows: list[Row] = []
    started = time.perf_counter()
    try:
        steps: list[tuple[str, Callable[[], Row | list[Row]]]] = [
            ("import", lambda: bench_import(children, repeats)),
            ("first query", lambda: bench_first_query(children, repeats)),
            ("cold first query", lambda: bench_cold_floor(children, repeats)),
            ("memory after loading everything", lambda: bench_memory_all(children, repeats)),
            ("full load", lambda: bench_full_load(children, repeats)),
            ("memory", lambda: bench_memory(children, repeats)),
            ("warm resolve_province", lambda: bench_warm_province(repeats)),
            (f"{length:,} names", lambda: bench_name_list(children, length)),
            ("text search", lambda: bench_find(3 if arguments.quick else 5)),
        ]
        for label, step in steps:
            if arguments.only and label not in arguments.only:
                continue
            print(f"measuring {label} …", file=sys.stderr, flush=True)
            produced = step()
            rows.extend(produced if isinstance(produced, list) else [produced])
    finally:
        children.close()
    elapsed = time.perf_counter() - started

    for line in table(rows):
        print(line)
    failed = [row.figure for row in rows if row.passed is False]
    print(f"\n{len(rows)} figures in {elapsed:.0f} s; targets missed: {len(failed)}")
    report = {
        "machine": machine(),
        "repeats": repeats,
        "names": length,
        "seconds": elapsed,
        "rows": [row.as_dict() for row in rows],
    }
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    arguments.output.write_text(
        json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"written to {arguments.output}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
