"""The project's checks: ``nox`` runs the default gates, ``nox -s tests`` every Python found."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.error_on_missing_interpreters = False
nox.options.sessions = ["lint", "typecheck", "tests-3.11"]

PYTHONS = ["3.10", "3.11", "3.12", "3.13"]


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff lint and format check."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the package, the tests and the tools."""
    session.install("-e", ".[test]")
    session.run("mypy", "--strict")


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The test suite, doctests included, with branch coverage."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)
