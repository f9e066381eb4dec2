"""Sphinx configuration: furo theme, MyST Markdown, API reference from the docstrings.

Build with ``nox -s docs`` (or ``sphinx-build -W --keep-going -n docs docs/_build/html``).
The build needs no network: there is no intersphinx, and references to the standard
library are rendered as plain names (see ``_ext/procuratorate_docs.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import procuratorate_awards

sys.path.insert(0, str(Path(__file__).resolve().parent / "_ext"))

project = "procuratorate-awards"
author = "procuratorate-awards contributors"
copyright = "procuratorate-awards contributors"
release = procuratorate_awards.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
    "procuratorate_docs",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "notebooks/.ipynb_checkpoints", "README.md"]
language = "en"
nitpicky = True

myst_enable_extensions = ["colon_fence", "deflist", "substitution"]
myst_heading_anchors = 3
myst_substitutions = {
    "version": procuratorate_awards.__version__,
    "data_version": procuratorate_awards.DATA_VERSION,
    "divisions_vintage": procuratorate_awards.DIVISIONS_VINTAGE,
}

autodoc_default_options = {
    "members": True,
    "undoc-members": True,
    "show-inheritance": True,
    "member-order": "bysource",
}
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_preserve_defaults = True
add_module_names = False
python_use_unqualified_type_names = True

html_theme = "furo"
html_title = f"procuratorate-awards {release}"
html_static_path = ["_static"]
html_theme_options = {"navigation_with_keys": True}
