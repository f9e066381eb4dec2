"""Importing the package is cheap: no cattrs, no data, no metadata look-ups."""

from __future__ import annotations

import subprocess
import sys

import procuratorate_awards as pa

PROBE = """
import sys
import procuratorate_awards
heavy = {"cattrs", "importlib_resources", "importlib.metadata", "pandas", "polars"}
print(sorted(heavy & set(sys.modules)))
"""


def test_import_loads_no_data_and_no_cattrs() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_public_names_are_exported_and_documented() -> None:
    for name in pa.__all__:
        value = getattr(pa, name)
        if not name.startswith("__") and not name.isupper():
            assert value.__doc__, name
    assert pa.__version__.count(".") == 2
    assert pa.DIVISIONS_VINTAGE == "2022-12-31"
