"""Sphinx helpers for this site: tables generated from the package's own records.

``{errata-table}`` renders ``notice().errata``, ``{year-evidence-table}`` the
quotations that date the notice, ``{tier-table}`` the four award tiers and
``{registry-table}`` the registry counted by kind and province, so the
data page can never disagree with the data it describes. References to the
package's private modules are sent to the public names they are exported as, and
references to the standard library and to attrs (there is no intersphinx: the
build works offline) are shown as plain names instead of warnings.
"""

from __future__ import annotations

import builtins
import sys
from typing import Any

from docutils import nodes
from procuratorate_tables import (
    errata_markdown,
    evidence_markdown,
    registry_markdown,
    tier_markdown,
)
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

import procuratorate_awards as pa

PACKAGE = "procuratorate_awards"
logger = logging.getLogger(__name__)
# Modules whose names are shown without a link: the build has no network for intersphinx.
_EXTERNAL_PREFIXES = (
    "typing.",
    "collections.abc.",
    "enum.",
    "attrs.",
    "attr.",
    "cattrs.",
    "importlib",
    "pathlib.",
    "os.",
    "sqlite3.",
    "csv.",
    "io.",
    "pandas.",
    "polars.",
    "matplotlib.",
    "numpy.",
)
_EXTERNAL_NAMES = frozenset(
    {
        "Any",
        "Axes",
        "Callable",
        "DataFrame",
        "Figure",
        "Hashable",
        "Iterable",
        "Iterator",
        "Literal",
        "Mapping",
        "PathLike",
        "Sequence",
        "SupportsIndex",
        "T",
        "Traversable",
    }
)


class _MarkdownTable(SphinxDirective):
    """A directive whose body is Markdown generated from the package at build time."""

    has_content = False

    def markdown(self) -> str:
        raise NotImplementedError

    def run(self) -> list[nodes.Node]:
        return self.parse_text_to_nodes(self.markdown())


class ErrataTable(_MarkdownTable):
    def markdown(self) -> str:
        return errata_markdown(pa.notice().errata)


class EvidenceTable(_MarkdownTable):
    def markdown(self) -> str:
        return evidence_markdown(pa.notice().year_evidence)


class RegistryTable(_MarkdownTable):
    def markdown(self) -> str:
        return registry_markdown(pa.registry())


class TierTable(_MarkdownTable):
    def markdown(self) -> str:
        return tier_markdown()


def _is_external(target: str) -> bool:
    bare = target.removeprefix("~")
    return (
        hasattr(builtins, bare)
        or bare in _EXTERNAL_NAMES
        or bare.startswith(_EXTERNAL_PREFIXES)
        or bare.startswith("builtins.")
    )


def _missing_reference(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.TextElement
) -> nodes.Node | None:
    if node.get("refdomain") != "py":
        return None
    target: str = node.get("reftarget", "")
    if target.startswith(PACKAGE + "._"):
        name = target.rsplit(".", 1)[-1]
        if name in pa.__all__:
            domain: Any = env.get_domain("py")
            public = f"{PACKAGE}.{name}"
            resolved: nodes.Node | None = domain.resolve_xref(
                env, node["refdoc"], app.builder, node["reftype"], public, node, contnode
            )
            return resolved
        # A private helper type: shown by name; the public API check below still
        # requires every exported name to be documented.
        return contnode
    if _is_external(target) or _is_private_helper(target):
        return contnode
    return None


def _is_private_helper(target: str) -> bool:
    """Whether ``target`` names something in one of the package's private modules."""
    bare = target.removeprefix("~").rsplit(".", 1)[-1]
    return any(
        hasattr(module, bare)
        for name, module in sorted(sys.modules.items())
        if name.startswith(PACKAGE + "._")
    )


def _check_public_names(app: Sphinx, env: BuildEnvironment) -> None:
    """Warn (an error under ``-W``) for any name in ``__all__`` the reference lacks."""
    documented = env.get_domain("py").objects  # type: ignore[attr-defined]
    for name in pa.__all__:
        if f"{PACKAGE}.{name}" not in documented:
            logger.warning("the API reference does not document procuratorate_awards.%s", name)


def _load_lazy_names() -> None:
    """Bind every exported name in the package's namespace before autodoc reads it.

    Some public names load on first use through the module's ``__getattr__``, which
    keeps the import cheap but hides them from ``dir()``, and so from ``automodule``.
    """
    for name in pa.__all__:
        if name not in vars(pa):
            setattr(pa, name, getattr(pa, name))


def setup(app: Sphinx) -> dict[str, Any]:
    _load_lazy_names()
    app.add_directive("errata-table", ErrataTable)
    app.add_directive("tier-table", TierTable)
    app.add_directive("registry-table", RegistryTable)
    app.add_directive("year-evidence-table", EvidenceTable)
    app.connect("missing-reference", _missing_reference)
    app.connect("env-check-consistency", _check_public_names)
    return {"version": pa.__version__, "parallel_read_safe": True, "parallel_write_safe": True}
