"""``python -m procuratorate_awards``: the same command as ``procuratorate-awards``."""

from ._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
