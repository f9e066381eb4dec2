"""Generate ``src/procuratorate_awards/data/divisions.json``.

The division table is the Ministry of Civil Affairs (民政部) list of county-level and
higher administrative division codes (GB/T 2260) as of 2022-12-31, restricted to the
mainland (provincial codes 11-65). Former names come from the 1981-2024 code history:
every unit whose name stopped being used by the end of 2022 is traced forward, through
however many renames, mergers and re-codings, to the 2022 codes that now cover it.

Short names that no rule derives from a full name (科右前旗 for 科尔沁右翼前旗) come from
``short_names.toml`` beside the table, each with the pages that state it; the tool checks
that each names one 2022 division by its code and name and is no other division's name.

A division that moved from one place to another (简阳市 from 资阳市 to 成都市 in 2016,
万县, now 万州区, from 四川省 to 重庆市 in 1997) keeps, for each place it left that is still a
2022 division, that place's code and the year it left: a name written under the place it
lay in then is no error.

Run ``python tools/build_divisions.py`` to rewrite the file. The test suite compares
``render(build())`` with the shipped file byte for byte.

History semantics (the CSV is the ``result.csv`` of the areacodes project):

* every year is as of 31 December; a row is in use from its start year (inclusive)
  to its end year (exclusive);
* 在用 marks the last row of a code that is still in use, 弃用 the last row of a code
  that was withdrawn, and 变更 every earlier row of a code that was later reused,
  whether for the same unit under a new name or parent, or for a different unit;
* 新代码 lists the codes that took over the row's area. A code with a ``[YEAR]``
  suffix took over part of it in that earlier year; the other codes are the
  successors at the end year. Prefecture-level 变更 rows list no successor for the
  unit itself: their own code continues in the next row.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "tools" / "reference" / "divisions"
TABLE_PATH = REFERENCE / "mca2022.txt"
HISTORY_PATH = REFERENCE / "mca_history_1981-2024.csv"
SHORT_NAMES_PATH = REFERENCE / "short_names.toml"
OUTPUT_PATH = ROOT / "src" / "procuratorate_awards" / "data" / "divisions.json"

VINTAGE = "2022-12-31"
VINTAGE_YEAR = 2022
SOURCE = (
    "民政部 县级以上行政区划代码 (GB/T 2260 codes) as of 2022-12-31, mainland only; "
    "former names from the 1981–2024 code history (yescallop/areacodes, CC0 1.0)"
)
# Taiwan, Hong Kong and Macau: outside the mainland procuratorate system.
EXCLUDED_PROVINCES = frozenset({"71", "81", "82"})

HISTORY_COLUMNS = (
    "代码",
    "一级行政区",
    "二级行政区",
    "名称",
    "级别",
    "状态",
    "启用时间",
    "变更/弃用时间",
    "新代码",
)
IN_USE, CHANGED, WITHDRAWN = "在用", "变更", "弃用"

Division = tuple[str, str]
FormerName = tuple[str, str, int, int, tuple[str, ...]]
# (2022 code, 2022 code of a prefecture or province it or a predecessor lay in, the year it
# left)
Move = tuple[str, str, int]


@dataclass(frozen=True)
class HistoryRow:
    """One row of the code history."""

    code: str
    name: str
    level: str
    status: str
    start: int
    end: int | None
    successors: tuple[str, ...]
    """Codes in 新代码 without a ``[YEAR]`` suffix: successors at the end year."""

    def in_use(self, year: int) -> bool:
        """Whether the row's code and name were in use on 31 December of ``year``."""
        return self.start <= year and (self.end is None or year < self.end)


@dataclass
class FormerNameReport:
    """Former-name entries and what was left out of them, with the reasons."""

    entries: list[FormerName] = field(default_factory=list)
    candidates: int = 0
    same_name: list[FormerName] = field(default_factory=list)
    no_successor: list[HistoryRow] = field(default_factory=list)
    broken_links: list[tuple[HistoryRow, str]] = field(default_factory=list)
    duplicates: int = 0


def read_table(path: Path = TABLE_PATH) -> list[Division]:
    """Read a ``code name`` table, keeping file order."""
    rows: list[Division] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        code, _, name = line.partition(" ")
        if len(code) != 6 or not code.isdigit() or not name:
            raise ValueError(f"{path.name}:{number}: not a 'code name' line: {line!r}")
        rows.append((code, name.strip()))
    return rows


def mainland(table: Iterable[Division]) -> list[Division]:
    """Drop the rows of Taiwan, Hong Kong and Macau."""
    return [(code, name) for code, name in table if code[:2] not in EXCLUDED_PROVINCES]


def _parse_year(text: str) -> int | None:
    return int(text) if text else None


def _unbracketed(successors: str) -> tuple[str, ...]:
    codes = []
    for token in successors.split(";"):
        token = token.strip()
        if not token:
            continue
        code, bracket, _ = token.partition("[")
        if len(code) != 6 or not code.isdigit():
            raise ValueError(f"bad successor code {token!r}")
        if not bracket:
            codes.append(code)
    return tuple(codes)


def read_history(path: Path = HISTORY_PATH) -> list[HistoryRow]:
    """Read the code history CSV (UTF-8 with a byte order mark)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != HISTORY_COLUMNS:
            raise ValueError(f"{path.name}: unexpected columns {reader.fieldnames}")
        rows = []
        for record in reader:
            start = _parse_year(record["启用时间"])
            if start is None:
                raise ValueError(f"{path.name}: row without a start year: {record}")
            rows.append(
                HistoryRow(
                    code=record["代码"],
                    name=record["名称"],
                    level=record["级别"],
                    status=record["状态"],
                    start=start,
                    end=_parse_year(record["变更/弃用时间"]),
                    successors=_unbracketed(record["新代码"]),
                )
            )
    return rows


def _index(history: Iterable[HistoryRow]) -> dict[str, list[HistoryRow]]:
    by_code: dict[str, list[HistoryRow]] = {}
    for row in history:
        by_code.setdefault(row.code, []).append(row)
    for rows in by_code.values():
        rows.sort(key=lambda row: row.start)
    return by_code


def _row_at(by_code: Mapping[str, Sequence[HistoryRow]], code: str, year: int) -> HistoryRow | None:
    for row in by_code.get(code, ()):
        if row.in_use(year):
            return row
    return None


def _direct_successors(
    row: HistoryRow, by_code: Mapping[str, Sequence[HistoryRow]]
) -> tuple[str, ...]:
    if row.successors:
        return row.successors
    # A 变更 row with no successor listed continues under its own code (prefecture
    # renames such as 420600 襄樊市 -> 襄阳市), provided the code is in use right away.
    if row.status == CHANGED and row.end is not None and _row_at(by_code, row.code, row.end):
        return (row.code,)
    return ()


def check_consistency(divisions: Sequence[Division], history: Iterable[HistoryRow]) -> None:
    """Fail unless the history rows in use at the vintage are exactly the division table."""
    current = {
        (row.code, row.name)
        for row in history
        if row.in_use(VINTAGE_YEAR) and row.code[:2] not in EXCLUDED_PROVINCES
    }
    table = set(divisions)
    if current != table:
        raise ValueError(
            "history and table disagree at the vintage: "
            f"only in history {sorted(current - table)}, only in table {sorted(table - current)}"
        )


def collect_former_names(
    divisions: Sequence[Division], history: Sequence[HistoryRow]
) -> FormerNameReport:
    """Trace every name that went out of use by the vintage to its 2022 codes."""
    current_names = dict(divisions)
    by_code = _index(history)
    report = FormerNameReport()
    seen: set[FormerName] = set()

    for row in history:
        if row.status not in (CHANGED, WITHDRAWN) or row.end is None or row.end > VINTAGE_YEAR:
            continue
        if row.code[:2] in EXCLUDED_PROVINCES:
            continue
        report.candidates += 1
        # Each step moves to a row in use at the previous row's end year, so end years
        # strictly increase and the walk ends; ``visited`` also stops paths that rejoin.
        found: set[str] = set()
        visited: set[HistoryRow] = {row}
        pending: list[HistoryRow] = [row]
        while pending:
            step = pending.pop()
            assert step.end is not None
            for code in _direct_successors(step, by_code):
                successor = _row_at(by_code, code, step.end)
                if successor is None:
                    report.broken_links.append((step, code))
                elif successor.in_use(VINTAGE_YEAR):
                    found.add(successor.code)
                elif successor not in visited:
                    visited.add(successor)
                    pending.append(successor)
        successors = tuple(sorted(code for code in found if code in current_names))
        entry: FormerName = (row.code, row.name, row.start, row.end, successors)
        if not successors:
            report.no_successor.append(row)
        elif any(current_names[code] == row.name for code in successors):
            report.same_name.append(entry)
        elif entry in seen:
            report.duplicates += 1
        else:
            seen.add(entry)
            report.entries.append(entry)

    report.entries.sort(key=lambda entry: (entry[0], entry[2]))
    return report


def collect_moves(
    divisions: Sequence[Division], history: Sequence[HistoryRow], report: FormerNameReport
) -> list[Move]:
    """The places each division or its predecessors lay in that are still 2022 divisions
    and no longer hold it.

    A code that went out of use for a successor under another prefecture or province, of
    the same name (511081 简阳市 for 510185 简阳市) or another (512221 万县 for 500101 万州区),
    lay in the prefecture and the province its code began with, as they were in its last
    year, where that place is a 2022 division of the same code and name; the year kept is
    the last a predecessor left it.
    """
    names = dict(divisions)
    by_code = _index(history)
    # The last year each place held a predecessor, for each division.
    left: dict[tuple[str, str], int] = {}
    for code, _, _, end, successors in (*report.same_name, *report.entries):
        for successor in successors:
            for width in (4, 2):
                if code[:width] == successor[:width]:
                    continue
                place = _row_at(by_code, code[:width].ljust(6, "0"), end - 1)
                if (
                    place is not None
                    and names.get(place.code) == place.name
                    and place.in_use(VINTAGE_YEAR)
                    and not successor.startswith(_holds(place.code))
                ):
                    key = (successor, place.code)
                    left[key] = max(end, left.get(key, end))
    return sorted((code, place, end) for (code, place), end in left.items())


def _holds(code: str) -> str:
    """What the codes of the divisions inside a province's or a prefecture's begin with."""
    return code[:2] if code.endswith("0000") else code[:4]


def read_short_names(
    divisions: Sequence[Division], path: Path = SHORT_NAMES_PATH
) -> list[tuple[str, str]]:
    """The reviewed short names as ``(code, short name)``, each checked against the table.

    A short name must name the 2022 division its entry gives by code and name, cite at
    least one page with a quote, and be no division's own name.
    """
    names = dict(divisions)
    taken = set(names.values())
    rows = []
    for entry in tomllib.loads(path.read_text(encoding="utf-8"))["short_name"]:
        code, form = entry["code"], entry["form"]
        if names.get(code) != entry["name"]:
            raise ValueError(f"{form}: {code} is not {entry['name']} in the 2022 table")
        if form in taken:
            raise ValueError(f"{form} is the name of a division")
        if not entry["sources"] or not all(s["url"] and s["quote"] for s in entry["sources"]):
            raise ValueError(f"{form}: every short name needs a page and a quote")
        rows.append((code, form))
    if len({form for _, form in rows}) != len(rows):
        raise ValueError("a short name is given twice")
    return sorted(rows)


def _collect() -> tuple[list[Division], FormerNameReport, list[tuple[str, str]], list[Move]]:
    divisions = mainland(read_table())
    history = read_history()
    check_consistency(divisions, history)
    report = collect_former_names(divisions, history)
    moves = collect_moves(divisions, history, report)
    return divisions, report, read_short_names(divisions), moves


def _document(
    divisions: Sequence[Division],
    report: FormerNameReport,
    short_names: Sequence[tuple[str, str]],
    moves: Sequence[Move],
) -> dict[str, object]:
    return {
        "vintage": VINTAGE,
        "source": SOURCE,
        "divisions": [list(division) for division in divisions],
        "former_names": [
            [code, name, start, end, list(successors)]
            for code, name, start, end, successors in report.entries
        ],
        "short_names": [list(row) for row in short_names],
        "moved": [list(move) for move in moves],
    }


def build() -> dict[str, object]:
    """Return the divisions.json document."""
    return _document(*_collect())


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def render(doc: Mapping[str, object]) -> str:
    """Render the document as JSON text: one list item per line, keys in document order."""
    members = []
    for key, value in doc.items():
        if isinstance(value, list):
            items = ",\n".join(f"    {_dumps(item)}" for item in value)
            body = f"[\n{items}\n  ]" if value else "[]"
        else:
            body = _dumps(value)
        members.append(f"  {_dumps(key)}: {body}")
    return "{\n" + ",\n".join(members) + "\n}\n"


def main() -> int:
    divisions, report, short_names, moves = _collect()
    doc = _document(divisions, report, short_names, moves)
    text = render(doc)
    if json.loads(text) != doc:
        raise AssertionError("render() does not round-trip")
    OUTPUT_PATH.write_text(text, encoding="utf-8")

    levels = Counter(
        "province" if code.endswith("0000") else "prefecture" if code.endswith("00") else "county"
        for code, _ in divisions
    )
    print(f"wrote {OUTPUT_PATH.relative_to(ROOT)}")
    print(
        f"divisions: {len(divisions)} "
        f"({levels['province']} provincial, {levels['prefecture']} prefecture-level, "
        f"{levels['county']} county-level)"
    )
    print(f"history rows out of use by {VINTAGE_YEAR}: {report.candidates}")
    print(f"former names written: {len(report.entries)}")
    print(f"dropped, name unchanged in a successor: {len(report.same_name)}")
    print(f"places left that are still 2022 divisions: {len(moves)}")
    print(f"dropped, no successor in the {VINTAGE_YEAR} table: {len(report.no_successor)}")
    print(f"dropped, duplicates: {report.duplicates}")
    print(f"successor codes with no row in use at the hand-over: {len(report.broken_links)}")
    for step, code in report.broken_links:
        print(f"  {step.code} {step.name} ({step.start}-{step.end}) -> {code}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
