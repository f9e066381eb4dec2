"""Build ``data/registry.json`` from the reviewed source files in ``tools/reference/registry``.

Each source file holds entries of procuratorates that no division code names, every one
with the public pages that state its facts (see the README beside them). This tool checks
every entry against the rules of that README and against the reference tables, refuses
the whole build on the first fault it finds, and writes the entries in a stable order:
by kind, then province code, then name.

Run ``python tools/build_registry.py``, then ``python tools/build_data.py`` to record the
new digest in the manifest. The tests fail while the shipped file and this tool disagree.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tools" / "reference" / "registry"
DIVISIONS = ROOT / "tools" / "reference" / "divisions" / "mca2022.txt"
PROVINCES = ROOT / "src" / "procuratorate_awards" / "data" / "provinces.json"
OUTPUT = ROOT / "src" / "procuratorate_awards" / "data" / "registry.json"

sys.path.insert(0, str(ROOT / "src"))

from procuratorate_awards import Kind, Level  # noqa: E402

# The kinds a source file may give, named as the package's Kind members, and the value
# each one becomes. A city without districts has a division code; its entry records
# what a source says of its level, and the basic procuratorates it set up. A military
# procuratorate belongs to no province: its `province` is "".
KINDS: Mapping[str, str] = {
    **{kind.name.lower(): kind.value for kind in Kind if kind is not Kind.ORDINARY},
    "no_district_city": Kind.ORDINARY.value,
}
NO_PROVINCE = frozenset({"military"})
LEVELS = frozenset(level.value for level in Level if level is not Level.SUPREME)
REQUIRED = ("name", "province", "kind", "level_basis", "sources")
OPTIONAL = (
    "short_forms",
    "former_names",
    "parent",
    "level",
    "seat",
    "established",
    "abolished",
    "successor",
)
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_ANCHORS = ("检察院", "分院")


class RegistryError(ValueError):
    """A source entry breaks a rule; the message names the file, the entry and the rule."""


def _divisions() -> dict[str, str]:
    rows = (line.split() for line in DIVISIONS.read_text(encoding="utf-8").splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2}


def _provinces() -> dict[str, str | None]:
    document = json.loads(PROVINCES.read_text(encoding="utf-8"))
    return {province["name"]: province["code"] for province in document}


def read_sources(folder: Path = SOURCES) -> list[tuple[str, dict[str, Any]]]:
    """Every entry of every ``*.toml`` file in ``folder``, with the file's name."""
    entries: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(folder.glob("*.toml")):
        document = tomllib.loads(path.read_text(encoding="utf-8"))
        unknown = set(document) - {"entry"}
        if unknown:
            raise RegistryError(f"{path.name}: unknown top-level keys {sorted(unknown)}")
        entries.extend((path.name, entry) for entry in document.get("entry", ()))
    return entries


def _text(where: str, entry: Mapping[str, Any], key: str) -> str | None:
    value = entry.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str) or value != value.strip() or not value:
        raise RegistryError(f"{where}: {key} must be a non-empty string without edge spaces")
    return value


def _names(where: str, entry: Mapping[str, Any], key: str) -> list[str]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RegistryError(f"{where}: {key} must be a list of non-empty strings")
    return list(dict.fromkeys(value))


def _check_entry(
    where: str,
    entry: Mapping[str, Any],
    divisions: Mapping[str, str],
    provinces: Mapping[str, str | None],
) -> dict[str, Any]:
    missing = [key for key in REQUIRED if key not in entry]
    if missing:
        raise RegistryError(f"{where}: missing {', '.join(missing)}")
    unknown = set(entry) - set(REQUIRED) - set(OPTIONAL)
    if unknown:
        raise RegistryError(f"{where}: unknown keys {sorted(unknown)}")
    name = _text(where, entry, "name")
    assert name is not None
    if not name.endswith(_ANCHORS):
        raise RegistryError(f"{where}: a full name ends in 检察院 or 分院")
    kind = entry["kind"]
    if kind not in KINDS:
        raise RegistryError(f"{where}: kind {kind!r} is not one of {sorted(KINDS)}")
    province = _text(where, entry, "province")
    if kind in NO_PROVINCE:
        if province is not None:
            raise RegistryError(f"{where}: a {kind} procuratorate has no province")
    elif province not in provinces:
        raise RegistryError(f"{where}: {province!r} is not a provincial-level unit")
    level = _text(where, entry, "level")
    if level is not None and level not in LEVELS:
        raise RegistryError(f"{where}: level {level!r} is not one of {sorted(LEVELS)}")
    basis = _text(where, entry, "level_basis")
    if basis is None:
        raise RegistryError(f"{where}: level_basis says why the level is given or not")
    seat = _text(where, entry, "seat")
    if seat is not None:
        if seat not in divisions:
            raise RegistryError(f"{where}: seat {seat} is not a 2022 division code")
        code = None if province is None else provinces[province]
        if code is not None and not seat.startswith(code):
            raise RegistryError(f"{where}: seat {seat} ({divisions[seat]}) is not in {province}")
    dates: dict[str, str | None] = {}
    for key in ("established", "abolished"):
        value = entry.get(key)
        if value in (None, ""):
            dates[key] = None
            continue
        text = str(value)  # TOML reads a bare date as a date
        if not _DATE.fullmatch(text):
            raise RegistryError(f"{where}: {key} {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        dates[key] = text
    sources = entry["sources"]
    if not isinstance(sources, list) or not sources:
        raise RegistryError(f"{where}: an entry needs at least one source")
    checked_sources = []
    for source in sources:
        if not isinstance(source, dict) or set(source) != {"url", "title", "quote"}:
            raise RegistryError(f"{where}: a source is {{url, title, quote}}")
        url, title, quote = (str(source[key]).strip() for key in ("url", "title", "quote"))
        if not url.startswith(("http://", "https://")) or not quote:
            raise RegistryError(f"{where}: a source needs an address and a quote")
        checked_sources.append({"url": url, "title": title, "quote": quote})
    short_forms = [form for form in _names(where, entry, "short_forms") if form != name]
    former_names = [form for form in _names(where, entry, "former_names") if form != name]
    return {
        "name": name,
        "kind": KINDS[kind],
        "province": province,
        "parent": _text(where, entry, "parent"),
        "level": level,
        "level_basis": basis,
        "english": "",
        "sources": checked_sources,
        "short_forms": short_forms,
        "former_names": former_names,
        "seat": seat,
        "established": dates["established"],
        "abolished": dates["abolished"],
        "successor": _text(where, entry, "successor"),
    }


def check(entries: Iterable[tuple[str, Mapping[str, Any]]]) -> list[dict[str, Any]]:
    """The checked entries in shipping order; raises :class:`RegistryError` on a fault."""
    from registry_english import Translator

    divisions, provinces = _divisions(), _provinces()
    translator = Translator()
    checked: list[dict[str, Any]] = []
    owner: dict[str, str] = {}
    for number, (file_name, entry) in enumerate(entries, 1):
        where = f"{file_name}: entry {entry.get('name', number)!r}"
        record = _check_entry(where, entry, divisions, provinces)
        record["english"] = translator.english(record["name"], record["province"])
        for form in (record["name"], *record["short_forms"], *record["former_names"]):
            if form in owner and owner[form] != record["name"]:
                raise RegistryError(f"{where}: {form} already names {owner[form]}")
            if form in divisions.values():
                raise RegistryError(f"{where}: {form} is a division's name, not a procuratorate's")
            owner[form] = record["name"]
        checked.append(record)
    names = {record["name"] for record in checked}
    if len(names) != len(checked):
        raise RegistryError("two entries share a name; merge them")
    english: dict[str, str] = {}
    for record in checked:
        other = english.setdefault(record["english"], record["name"])
        if other != record["name"]:
            raise RegistryError(
                f"{record['name']} and {other} share the English {record['english']}"
            )
    codes: dict[str | None, str] = {name: (code or "99") for name, code in provinces.items()}
    codes[None] = ""
    checked.sort(
        key=lambda r: (list(KINDS.values()).index(r["kind"]), codes[r["province"]], r["name"])
    )
    return checked


def render(records: list[dict[str, Any]]) -> str:
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def build(folder: Path = SOURCES) -> str:
    """The text of ``registry.json`` as the sources in ``folder`` give it."""
    return render(check(read_sources(folder)))


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    try:
        text = build(Path(arguments[0]) if arguments else SOURCES)
    except RegistryError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    OUTPUT.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({text.count(chr(10) + ' {')} entries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
