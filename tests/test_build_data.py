"""The shipped notice, award list and manifest are exactly what tools/build_data.py builds."""

from __future__ import annotations

from importlib import resources

import pytest

from tests.scripts import load_script

BUILT: dict[str, str] = load_script("tools/build_data.py").build()


@pytest.mark.parametrize("name", sorted(BUILT))
def test_shipped_file_equals_the_generated_one(name: str) -> None:
    shipped = resources.files("procuratorate_awards").joinpath("data").joinpath(name).read_bytes()
    assert shipped.decode("utf-8") == BUILT[name], f"run: python tools/build_data.py ({name})"


def test_the_generator_writes_every_curated_file() -> None:
    assert set(BUILT) >= {"notice.json", "awards.json", "manifest.json"}
