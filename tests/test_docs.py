"""The documentation: its generated tables and its code examples.

The site itself is built with warnings as errors by ``nox -s docs``; the build also
fails if a name in ``__all__`` is missing from the API reference. The Markdown pages
and the README run as doctests in the normal test run (``testpaths`` in pyproject).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

import procuratorate_awards as pa

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(
    path
    for path in DOCS.rglob("*.md")
    if "_build" not in path.parts and "notebooks" not in path.parts
)
FENCE = re.compile(r"^```(\S*)")


@cache
def _tables() -> ModuleType:
    path = DOCS / "_ext" / "procuratorate_tables.py"
    spec = importlib.util.spec_from_file_location("procuratorate_tables", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _table_rows(markdown: str) -> list[list[str]]:
    """The body rows of a Markdown table, cells stripped, header and rule left out."""
    rows = [line for line in markdown.splitlines() if line.startswith("|")][2:]
    return [[cell.strip() for cell in re.split(r"(?<!\\)\|", row)[1:-1]] for row in rows]


def test_the_errata_table_has_one_row_per_erratum_in_order() -> None:
    errata = pa.notice().errata
    rows = _table_rows(_tables().errata_markdown(errata))
    assert [row[0] for row in rows] == [str(n) for n in range(1, len(errata) + 1)]
    assert [row[2] for row in rows] == [erratum.location for erratum in errata]
    assert [row[3] for row in rows] == [f"`[{e.span.start}, {e.span.end})`" for e in errata]


def test_the_errata_table_shows_spaces_and_line_breaks() -> None:
    markdown = _tables().errata_markdown(pa.notice().errata)
    assert "`'\\n\\n'`" in markdown
    assert "`' and '`" in markdown


@pytest.mark.parametrize(
    ("source", "cell"),
    [("a|b", "`'a\\|b'`"), ("\n", "`'\\n'`"), ("", "`''`")],
)
def test_table_cells_escape_what_markdown_would_read(source: str, cell: str) -> None:
    erratum = pa.Erratum("kind", "place|x", pa.Span(0, 1), source, "", "why\nso")
    (row,) = _table_rows(_tables().errata_markdown([erratum]))
    assert row[4] == cell
    assert row[2] == "place\\|x"
    assert row[6] == "why so"


def test_the_year_evidence_table_quotes_the_source() -> None:
    evidence = pa.notice().year_evidence
    rows = _table_rows(_tables().evidence_markdown(evidence))
    assert [row[0] for row in rows] == [item.quote for item in evidence]
    text = pa.notice().source_text
    assert all(item.span.slice(text) == item.quote for item in evidence)


def test_the_tier_table_counts_the_awards_of_each_tier() -> None:
    rows = _table_rows(_tables().tier_markdown())
    assert [(row[1], int(row[2])) for row in rows] == [(t.label, t.count) for t in pa.Tier]


def _python_blocks(path: Path) -> list[tuple[int, str]]:
    """Each ```python block of a Markdown file, with the line it starts on."""
    blocks: list[tuple[int, str]] = []
    language: str | None = None
    start, body = 0, list[str]()
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        match = FENCE.match(line)
        if language is None and match:
            language, start, body = match[1], number, []
        elif language is not None and line.strip() == "```":
            if language in ("python", "py", "pycon", ""):
                blocks.append((start, "\n".join(body)))
            language = None
        elif language is not None:
            body.append(line)
    return blocks


@pytest.mark.parametrize(
    "path", [ROOT / "README.md", *PAGES], ids=lambda path: path.relative_to(ROOT).as_posix()
)
def test_every_python_example_is_a_doctest(path: Path) -> None:
    # A block without a prompt would be shown but never run; other languages are not Python.
    untested = [
        start for start, body in _python_blocks(path) if not body.lstrip().startswith(">>>")
    ]
    assert untested == []


@pytest.mark.parametrize(
    "page",
    [
        "index.md",
        "tutorial.md",
        "api.md",
        "data.md",
        "changelog.md",
        "how-to/resolve.md",
        "how-to/filter-and-count.md",
        "how-to/export.md",
        "how-to/plot.md",
        "how-to/dependency.md",
        "architecture.md",
        "how-to/corpus.md",
    ],
)
def test_each_page_is_in_the_table_of_contents(page: str) -> None:
    assert (DOCS / page).is_file()
    if page != "index.md":
        assert page.removesuffix(".md") in (DOCS / "index.md").read_text("utf-8").split()


def test_install_advice_names_packages_that_exist(monkeypatch: pytest.MonkeyPatch) -> None:
    # The distribution is not published, so 'procuratorate-awards[extra]' installs nothing.
    texts = [ROOT / "README.md", *DOCS.rglob("*.md"), *(ROOT / "src").rglob("*.py")]
    for path in texts:
        assert "procuratorate-awards[" not in path.read_text("utf-8"), path
    assert "pip install '.[pandas,polars,plot" in (ROOT / "README.md").read_text("utf-8")
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(pa.OptionalDependencyError, match=r"pip install pandas$"):
        pa.awards().to_pandas()


def test_the_data_page_counts_the_cases_it_lists() -> None:
    text = (DOCS / "data.md").read_text("utf-8")
    start = text.index("cases need more than Article 13:")
    word = text[:start].split()[-1]
    items = text[start:].split("\n\n")[1]
    listed = sum(line.startswith("- ") for line in items.splitlines())
    numbers = {"Two": 2, "Three": 3, "Four": 4, "Five": 5}
    assert numbers[word] == listed


def _contract_layers() -> list[str]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    (contract,) = config["tool"]["importlinter"]["contracts"]
    layers: list[str] = contract["layers"]
    return layers


def test_the_architecture_page_names_every_module_and_the_contract_every_layer() -> None:
    page = (DOCS / "architecture.md").read_text("utf-8")
    named = set(re.findall(r"`(_\w+)`", page))
    modules = {path.stem for path in Path(pa.__file__).parent.glob("*.py")}
    # Every module has its place on the page, and the page names no module that is gone
    # (the other names it quotes are the face's own and the direct builder).
    assert modules <= named
    assert named - modules <= {"__all__", "_builder"}
    in_contract = {module.strip() for layer in _contract_layers() for module in layer.split("|")}
    assert in_contract == modules - {"__init__"}
