"""Rebuild every generated resource, in the order they depend on one another.

``python tools/build.py``: the division table, the English place names, the registry
(whose English reads both), the table of traditional characters (which reads the
names of all three), the everyday words among counties' names, and last the notice,
the award list and the manifest, which records the digest of every resource. The tests
fail while any shipped file and its generator disagree.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = (
    "build_divisions.py",
    "build_english.py",
    "build_registry.py",
    "build_script.py",
    "build_everyday.py",
    "build_data.py",
)


def main() -> int:
    for tool in ORDER:
        try:
            runpy.run_path(str(HERE / tool), run_name="__main__")
        except SystemExit as stop:
            if stop.code:
                return int(stop.code) if isinstance(stop.code, int) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
