"""Draw the medal-table chart shown in the documentation.

Run ``python tools/build_chart.py`` after the award data changes; it writes
``docs/_static/medal-table.png`` with the package's own :func:`plot_medal_table`
(English labels, so no Chinese font is needed). Needs the ``plot`` extra.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "_static" / "medal-table.png"
sys.path.insert(0, str(ROOT / "src"))

from procuratorate_awards import plot_medal_table  # noqa: E402


def main() -> None:
    figure = plot_medal_table()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    # A fixed date-free metadata block keeps the file the same from run to run.
    figure.savefig(OUTPUT, dpi=100, metadata={"Software": None})
    print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
