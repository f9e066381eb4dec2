"""The project's checks.

``nox`` runs every gate on the default Python: ``lint``, ``typecheck``, ``tests-3.11``,
``docs`` and ``packaging``. ``nox -s tests`` runs the test suite on each of Python
3.10 to 3.13 that is on ``PATH``; an interpreter that is missing is skipped.
"""

from __future__ import annotations

import os
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
# Locally a missing interpreter is skipped; in CI a gate that cannot run fails.
nox.options.error_on_missing_interpreters = bool(os.environ.get("CI"))
# Local reruns keep each session's environment and only top it up; CI starts clean.
nox.options.reuse_venv = "yes"
nox.options.sessions = ["lint", "typecheck", "tests-3.11", "docs", "packaging"]

PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
ROOT = Path(__file__).resolve().parent
COVERAGE = [
    "--cov=procuratorate_awards",
    "--cov-branch",
    "--cov-report=term-missing",
    "--cov-fail-under=95",
]


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff lint and format check, and the layers of the package (import-linter)."""
    session.install("ruff>=0.6", "import-linter>=2.1")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    # The contract in pyproject.toml: no module imports a layer above its own, not even
    # inside a function. The package is read from the source tree, not installed.
    session.run("lint-imports", env={"PYTHONPATH": str(ROOT / "src")})


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the package, the tests and the tools."""
    session.install("-e", ".[test]")
    session.run("mypy", "--strict")


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The test suite with the doctests of the modules, the README and the docs.

    Branch coverage of at least 95% is required and the report is printed. Arguments
    after ``--`` replace the coverage options, e.g. ``nox -s tests-3.12 -- -x -k cli``.
    """
    session.install("-e", ".[test]")
    session.run("pytest", *(session.posargs or COVERAGE))


@nox.session
def docs(session: nox.Session) -> None:
    """The documentation site, built from scratch with warnings as errors."""
    # Editable, so that a reused environment documents the code as it is now.
    session.install("-e", ".[docs]")
    output = ROOT / "docs" / "_build" / "html"
    session.run("sphinx-build", "-E", "-W", "--keep-going", "-n", "-b", "html", "docs", str(output))
    session.log(f"the site is in {output.relative_to(ROOT)}")


@nox.session
def packaging(session: nox.Session) -> None:
    """Build the sdist and the wheel, check them, and run the installed command line.

    The packaging tests then check the contents of both archives and install the
    wheel into a fresh virtual environment of their own.
    """
    session.install("build>=1.2", "twine>=5", "hatchling>=1.18", "pytest>=8")
    dist = Path(session.create_tmp()).resolve() / "dist"
    for stale in dist.glob("*"):
        stale.unlink()
    session.run("python", "-m", "build", "--outdir", str(dist))
    archives = sorted(str(path) for path in dist.iterdir())
    session.run("twine", "check", "--strict", *archives)
    (wheel,) = dist.glob("*.whl")
    # The version does not change between builds, so a reused environment must be told
    # to replace the package it already has.
    session.install(str(wheel))
    session.install("--force-reinstall", "--no-deps", str(wheel))
    session.run(
        "pytest",
        "tests/test_packaging.py",
        "--noconftest",
        "-p",
        "no:cacheprovider",
        env={"PROCURATORATE_AWARDS_DIST": str(dist)},
    )
