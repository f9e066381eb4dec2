"""Versions, written once: the build reads ``__version__`` from here."""

__version__ = "0.1.0"

#: The version of the shipped data (the notice as curated), independent of the code.
DATA_VERSION = "2022.1"

#: The date of the division table the resolution uses (MCA, as of 31 December 2022).
DIVISIONS_VINTAGE = "2022-12-31"
