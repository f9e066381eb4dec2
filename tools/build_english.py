"""Generate ``src/procuratorate_awards/data/english.json``: an English name for every division.

Every division of the 2022 table (``tools/reference/divisions/mca2022.txt``, mainland
only) is romanised with Hanyu Pinyin and given its type in English: 市 City, 县 County,
区 District, 自治县 Autonomous County, 旗 Banner, 自治旗 Autonomous Banner, 自治州
Autonomous Prefecture, 地区 Prefecture, 盟 League, 林区 Forestry District, 特区 Special
District, 新区 New Area. Autonomous areas name their ethnic groups in English (延边朝鲜族
自治州 is Yanbian Korean Autonomous Prefecture). Province-level names are the package's
reviewed names, read from ``translations.json``.

pypinyin reads the Chinese at build time only; the package never imports it. Where a
place name contains a character with more than one reading, pypinyin's choice is not
trusted blindly: every such name has a row in ``tools/reference/english/readings.csv``
that either gives the reading a source supports, applies a sourced reading of one
character in place names (``characters.csv``), or keeps pypinyin's reading and says
that no source was found. Conventional English forms of names from minority
languages (Ürümqi, Hohhot …) replace the pinyin only where ``conventional.csv`` gives
a source. The names are romanised and unofficial.

Where two county-level procuratorates of one province would share an English name,
both are written with their prefecture, as municipal districts always are; the
division codes that take their prefecture are listed in the output.

Run ``python tools/build_english.py`` to rewrite the file, then
``python tools/build_data.py`` to record its digest in the manifest. The test suite
compares ``render(build())`` with the shipped file byte for byte.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pypinyin import Style, lazy_pinyin, pinyin

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "procuratorate_awards" / "data"
sys.path.insert(0, str(ROOT / "src"))

# The package finds a name's ethnic groups with this when it reads 延边朝鲜族自治州; the
# English names are made from the same reading.
from procuratorate_awards._divisions import division_level, ethnic_run  # noqa: E402

TABLE_PATH = ROOT / "tools" / "reference" / "divisions" / "mca2022.txt"
REFERENCE = ROOT / "tools" / "reference" / "english"
READINGS_PATH = REFERENCE / "readings.csv"
CHARACTERS_PATH = REFERENCE / "characters.csv"
CONVENTIONAL_PATH = REFERENCE / "conventional.csv"
ETHNIC_PATH = REFERENCE / "ethnic_groups.csv"
OUTPUT_PATH = DATA / "english.json"
TRANSLATIONS_PATH = DATA / "translations.json"

EXCLUDED_PROVINCES = frozenset({"71", "81", "82"})

ABOUT = (
    "Unofficial English names of the divisions of the 2022 table, made for this package: "
    "place names romanised with Hanyu Pinyin (one word per name, with an apostrophe where "
    "syllables would run together), readings of polyphonic characters as the reviewed "
    "table in tools/reference/english gives them, conventional forms of a few names from "
    "minority languages where a source gives them, and the type of division in English. "
    "Province-level names are the package's reviewed names."
)

# Type suffixes, longest first; an autonomous suffix is preceded by its ethnic groups.
# 林区, 新区 and 矿区 are read before these, in split_name, where the name allows them.
TYPES: tuple[tuple[str, str], ...] = (
    ("自治州", "Autonomous Prefecture"),
    ("自治县", "Autonomous County"),
    ("自治旗", "Autonomous Banner"),
    ("地区", "Prefecture"),
    ("特区", "Special District"),
    ("市", "City"),
    ("县", "County"),
    ("区", "District"),
    ("旗", "Banner"),
    ("盟", "League"),
)

# The decisions a row of the readings table can record: a reading a public source gives;
# the package's reviewed English for a winner's place (translations.json); pypinyin's
# reading with a sourced place-name reading of one character; pypinyin's reading, unsourced.
SOURCED, REVIEWED, CHARACTER, DEFAULT = "source", "reviewed", "character", "default"
REVIEWED_SOURCE = "src/procuratorate_awards/data/translations.json"
READING_COLUMNS = ("name", "reading", "decision", "address", "quote")
CHARACTER_COLUMNS = ("character", "reading", "address", "quote")
CONVENTIONAL_COLUMNS = ("name", "english", "address", "quote")
ETHNIC_COLUMNS = ("name", "english", "address", "quote")

# 隆林各族自治县 and 龙胜各族自治县 are autonomous for all their ethnic groups together.
ALL_AREAS = "各族"


@dataclass(frozen=True)
class Reading:
    name: str
    syllables: tuple[str, ...]
    decision: str
    address: str
    quote: str


@dataclass(frozen=True)
class Sourced:
    key: str
    value: str
    address: str
    quote: str


@dataclass(frozen=True)
class Parts:
    """A division name cut into its place name, ethnic groups and type."""

    stem: str
    groups: tuple[str, ...]
    kind: str


def _rows(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != columns:
            raise ValueError(f"{path.name}: expected the columns {', '.join(columns)}")
        rows = list(reader)
    keys = [row[columns[0]] for row in rows]
    if len(set(keys)) != len(keys):
        raise ValueError(f"{path.name}: a {columns[0]} is listed twice")
    return rows


def _sourced(path: Path, columns: tuple[str, ...]) -> dict[str, Sourced]:
    table = {}
    for row in _rows(path, columns):
        key, value, address, quote = (row[c] for c in columns)
        if not (address.startswith("http") and quote):
            raise ValueError(f"{path.name}: {key} has no source address and quote")
        table[key] = Sourced(key, value, address, quote)
    return table


def load_readings() -> dict[str, Reading]:
    table = {}
    for row in _rows(READINGS_PATH, READING_COLUMNS):
        reading = Reading(
            row["name"],
            tuple(row["reading"].split()),
            row["decision"],
            row["address"],
            row["quote"],
        )
        if reading.decision not in (SOURCED, REVIEWED, CHARACTER, DEFAULT):
            raise ValueError(f"readings.csv: {reading.name} has no decision")
        if reading.decision == SOURCED and not reading.address.startswith("http"):
            raise ValueError(f"readings.csv: the source of {reading.name} has no address")
        if reading.decision == REVIEWED and reading.address != REVIEWED_SOURCE:
            raise ValueError(
                f"readings.csv: a reviewed reading of {reading.name} cites {REVIEWED_SOURCE}"
            )
        if (reading.decision in (SOURCED, REVIEWED)) != bool(reading.address and reading.quote):
            raise ValueError(f"readings.csv: only a sourced reading of {reading.name} has a source")
        if len(reading.syllables) != len(reading.name):
            raise ValueError(f"readings.csv: {reading.name} needs one syllable per character")
        table[reading.name] = reading
    return table


def load_characters() -> dict[str, Sourced]:
    return _sourced(CHARACTERS_PATH, CHARACTER_COLUMNS)


def load_conventional() -> dict[str, Sourced]:
    return _sourced(CONVENTIONAL_PATH, CONVENTIONAL_COLUMNS)


def load_ethnic_groups() -> dict[str, Sourced]:
    return _sourced(ETHNIC_PATH, ETHNIC_COLUMNS)


def load_table() -> list[tuple[str, str]]:
    rows = []
    for line in TABLE_PATH.read_text(encoding="utf-8").splitlines():
        code, name = line.split(" ", 1)
        if code[:2] not in EXCLUDED_PROVINCES:
            rows.append((code, name))
    return rows


def split_name(code: str, name: str, groups: Iterable[str]) -> Parts:
    """Cut a county- or prefecture-level name into place name, ethnic groups and type.

    >>> split_name("222400", "延边朝鲜族自治州", ["朝鲜"])
    Parts(stem='延边', groups=('朝鲜',), kind='Autonomous Prefecture')
    >>> split_name("622926", "东乡族自治县", ["东乡"])
    Parts(stem='', groups=('东乡',), kind='Autonomous County')
    """
    ordered = sorted((*groups, ALL_AREAS), key=len, reverse=True)
    # 林区 is a type only for a forestry district under the province itself (神农架林区);
    # elsewhere 林 ends a district's own name (碑林区, 万柏林区).
    if name.endswith("林区") and code[2:4] == "90":
        return Parts(name[:-2], (), "Forestry District")
    # 新区 is the type of 浦东新区, 滨海新区 and 沈北新区; 清新区 is the district of 清新.
    if name.endswith("新区") and len(name) >= 4:
        return Parts(name[:-2], (), "New Area")
    if name.endswith("矿区") and len(name) > 2:
        return Parts(name[:-2], (), "Mining District")
    for suffix, kind in TYPES:
        if not name.endswith(suffix) or len(name) <= len(suffix):
            continue
        body = name[: -len(suffix)]
        if suffix.startswith("自治") or (suffix == "区" and body.endswith("族")):
            # The place name is what precedes the run of ethnic groups, and is at least
            # two characters long, so 长白朝鲜族 is 长白 and 朝鲜, not 长 and 白 and 朝鲜;
            # or the whole body is that run (东乡族自治县, 鄂伦春自治旗).
            for cut in (0, *range(2, len(body))):
                run = ethnic_run(body[cut:], ordered)
                if run is not None:
                    return Parts(body[:cut], run, kind)
            raise ValueError(f"{code} {name}: no ethnic group before {suffix}")
        return Parts(body, (), kind)
    raise ValueError(f"{code} {name}: no type of division is known for this name")


def default_syllables(stem: str, name: str = "") -> tuple[str, ...]:
    """pypinyin's reading of a place name, toneless with ü written as ü.

    The place name is read inside the division's full ``name`` where one is given, so
    that pypinyin's phrase table sees 蔚县 (yu xian) rather than 蔚 alone (wei).
    """
    text = name if name.startswith(stem) else stem
    syllables = lazy_pinyin(text, style=Style.NORMAL, v_to_u=True)
    return tuple(syllables[: len(stem)])


def is_polyphonic(stem: str) -> bool:
    """Whether any character of ``stem`` has more than one toneless reading in pypinyin."""
    # Each character alone: within a phrase pypinyin offers only the phrase's reading.
    return any(
        len(set(pinyin(char, style=Style.NORMAL, heteronym=True, v_to_u=True)[0])) > 1
        for char in stem
    )


def with_characters(stem: str, characters: dict[str, Sourced], name: str = "") -> tuple[str, ...]:
    """The default reading, with each character that has a sourced place-name reading."""
    return tuple(
        characters[char].value if char in characters else syllable
        for char, syllable in zip(stem, default_syllables(stem, name), strict=True)
    )


def join(syllables: Iterable[str]) -> str:
    """One word, capitalised, with an apostrophe before a syllable that starts with a, o or e.

    >>> join(["xi", "an"]), join(["bao", "an"]), join(["shao", "xing"]), join(["lü", "liang"])
    ("Xi'an", "Bao'an", 'Shaoxing', 'Lüliang')
    """
    word = ""
    for syllable in syllables:
        if word and syllable[0] in "aoe":
            word += "'"
        word += syllable
    return word[:1].upper() + word[1:]


@dataclass(frozen=True)
class Tables:
    readings: dict[str, Reading]
    characters: dict[str, Sourced]
    conventional: dict[str, Sourced]
    ethnic: dict[str, Sourced]


def load_tables() -> Tables:
    return Tables(load_readings(), load_characters(), load_conventional(), load_ethnic_groups())


def place_name(stem: str, name: str, tables: Tables) -> str:
    """The English form of one place name: conventional, from the readings table, or pypinyin's."""
    if not stem:
        return ""
    if stem in tables.conventional:
        return tables.conventional[stem].value
    reading = tables.readings.get(stem)
    if reading is not None:
        return join(reading.syllables)
    return join(with_characters(stem, tables.characters, name))


def _group_list(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def english(code: str, name: str, tables: Tables) -> str:
    """The English name of one prefecture- or county-level division."""
    parts = split_name(code, name, tables.ethnic)
    words = [place_name(parts.stem, name, tables)]
    if parts.groups:
        groups = [g for g in parts.groups if g != ALL_AREAS]
        if ALL_AREAS in parts.groups:
            words.append("Various Nationalities")
        if groups:
            words.append(_group_list([tables.ethnic[g].value for g in groups]))
    return " ".join(w for w in (*words, parts.kind) if w)


def candidates(rows: Iterable[tuple[str, str]], tables: Tables) -> dict[str, str]:
    """Every place name with a polyphonic character, with the first division name that bears it."""
    found: dict[str, str] = {}
    for code, name in rows:
        if code.endswith("0000"):
            continue
        stem = split_name(code, name, tables.ethnic).stem
        if stem and stem not in tables.conventional and is_polyphonic(stem):
            found.setdefault(stem, name)
    return found


def check_readings(rows: list[tuple[str, str]], tables: Tables) -> None:
    """Every polyphonic name has a decided row, and every row says truly what it decides."""
    wanted = candidates(rows, tables)
    missing = sorted(set(wanted) - set(tables.readings))
    if missing:
        raise ValueError(f"readings.csv: no decision for {', '.join(missing[:20])} …")
    # A name without a polyphonic character needs a row only where a source corrects
    # pypinyin, or confirms it; a row must still name a division.
    stems = {
        split_name(code, name, tables.ethnic).stem: name
        for code, name in rows
        if not code.endswith("0000")
    }
    for reading in tables.readings.values():
        if reading.name not in stems:
            raise ValueError(f"readings.csv: {reading.name} names no division")
        if reading.name not in wanted and reading.decision not in (SOURCED, REVIEWED):
            raise ValueError(
                f"readings.csv: {reading.name} is not polyphonic; only a source decides it"
            )
    for reading in tables.readings.values():
        name = wanted.get(reading.name) or stems[reading.name]
        if reading.decision == DEFAULT:
            expected = default_syllables(reading.name, name)
        elif reading.decision == CHARACTER:
            expected = with_characters(reading.name, tables.characters, name)
            if expected == default_syllables(reading.name, name):
                raise ValueError(f"readings.csv: no character rule changes {reading.name}")
        else:
            continue
        if reading.syllables != expected:
            raise ValueError(
                f"readings.csv: {reading.name} is marked {reading.decision} but reads "
                f"{' '.join(reading.syllables)}, not {' '.join(expected)}"
            )


DISTRICTS = frozenset({"District", "Mining District", "New Area"})


def is_city_district(code: str, kind: str, names: dict[str, str]) -> bool:
    """A 市辖区: a district (of any kind but 特区) of a prefecture-level city."""
    parent = names.get(code[:4] + "00")
    return parent is not None and parent.endswith("市") and kind in DISTRICTS


def procuratorate_place(
    code: str, places: dict[str, str], names: dict[str, str], qualified: set[str]
) -> str:
    """The place an English procuratorate name gives for a division, innermost first."""
    parts = [places[code]]
    level = division_level(code)
    parent = code[:4] + "00"
    if level == 2 and parent in names and code in qualified:
        parts.append(places[parent])
    if level > 0:
        parts.append(places[code[:2] + "0000"])
    return ", ".join(parts)


def build() -> dict[str, object]:
    rows = load_table()
    tables = load_tables()
    check_readings(rows, tables)
    names = dict(rows)
    reviewed = json.loads(TRANSLATIONS_PATH.read_text(encoding="utf-8"))["places"]
    places: dict[str, str] = {}
    qualified: set[str] = set()
    for code, name in rows:
        if division_level(code) == 0:
            places[code] = reviewed[code]
            continue
        places[code] = english(code, name, tables)
        kind = split_name(code, name, tables.ethnic).kind
        if division_level(code) == 2 and is_city_district(code, kind, names):
            qualified.add(code)
    # Two procuratorates of one province that would read alike both name their prefecture.
    while True:
        by_place: defaultdict[str, list[str]] = defaultdict(list)
        for code, _ in rows:
            by_place[procuratorate_place(code, places, names, qualified)].append(code)
        clashes = [codes for codes in by_place.values() if len(codes) > 1]
        if not clashes:
            break
        added = {
            code
            for codes in clashes
            for code in codes
            if division_level(code) == 2 and code[:4] + "00" in names and code not in qualified
        }
        if not added:
            raise ValueError(f"English names that cannot be told apart: {clashes}")
        qualified |= added
    return {
        "about": ABOUT,
        "source": "tools/build_english.py, from tools/reference/divisions/mca2022.txt",
        "places": places,
        "with_prefecture": sorted(qualified),
    }


def render(document: dict[str, object]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def main() -> None:
    OUTPUT_PATH.write_text(render(build()), encoding="utf-8", newline="\n")
    print(f"wrote {OUTPUT_PATH.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
