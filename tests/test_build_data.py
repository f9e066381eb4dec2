"""The shipped notice, award list and manifest are exactly what tools/build_data.py builds."""

from __future__ import annotations

import importlib.util
import sys
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).resolve().parent.parent / "tools" / "build_data.py"


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_data", TOOL)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_data"] = module
    spec.loader.exec_module(module)
    return module


BUILT: dict[str, str] = load_tool().build()


@pytest.mark.parametrize("name", sorted(BUILT))
def test_shipped_file_equals_the_generated_one(name: str) -> None:
    shipped = resources.files("procuratorate_awards").joinpath("data").joinpath(name).read_bytes()
    assert shipped.decode("utf-8") == BUILT[name], f"run: python tools/build_data.py ({name})"


def test_the_generator_writes_every_curated_file() -> None:
    assert set(BUILT) >= {"notice.json", "awards.json", "manifest.json"}
