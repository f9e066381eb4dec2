"""The tutorial notebook runs from top to bottom, and is kept without outputs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient


def read(path: Path) -> Any:
    return nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]


NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "docs" / "notebooks").glob("*.ipynb"))


def test_there_is_a_tutorial() -> None:
    assert [path.name for path in NOTEBOOKS] == ["tutorial.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_without_outputs(path: Path) -> None:
    notebook = read(path)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], cell.source[:40]
            assert cell.execution_count is None, cell.source[:40]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Jupyter's own configuration paths, not the user's, and no warning about moving them.
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = read(path)
    client = NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": path.parent}}
    )
    client.execute()
    outputs = [
        output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs
    ]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o for o in outputs if "text/html" in o.get("data", {})]
    assert any("<table>" in o["data"]["text/html"] for o in html)
    assert any("image/png" in o.get("data", {}) for o in outputs)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_collection_a_notebook_shows_is_an_html_table(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = read(path)
    NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": path.parent}}
    ).execute()
    tables = 0
    for cell in notebook.cells:
        for output in getattr(cell, "outputs", []):
            if output.output_type != "execute_result":
                continue
            data = output["data"]
            plain = data.get("text/plain", "")
            # Dictionaries, tuples of numbers and figures answer in their own form; every
            # collection of records must come out as a table, not as a wall of reprs.
            if plain.startswith(("{", "(")) or "image/png" in data:
                continue
            markup = data.get("text/html", "")
            assert markup.lstrip().startswith(("<table>", "<div>")), cell.source
            assert "<table" in markup
            assert "Row(" not in markup
            tables += 1
    assert tables >= 10
