"""The built distributions: what goes into the wheel and the sdist, and the versions.

The archives are built once per run with ``python -m build --no-isolation``, or taken
from the folder named by ``PROCURATORATE_AWARDS_DIST`` (``nox -s packaging`` builds them
in isolation and points there). With that variable set, the wheel is also installed
into a fresh virtual environment and its command line is run there; that step needs
the package index for the runtime dependencies, so it runs only when asked for.
"""

from __future__ import annotations

import datetime
import email.parser
import json
import os
import re
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

import procuratorate_awards as pa

ROOT = Path(__file__).resolve().parent.parent
DIST_VARIABLE = "PROCURATORATE_AWARDS_DIST"
PACKAGE = "procuratorate_awards"
RUNTIME_DEPENDENCIES = {"attrs", "cattrs", "importlib-resources"}


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get(DIST_VARIABLE)
    if given:
        return Path(given).resolve()
    out = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def _only(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    assert len(found) == 1, f"expected one {pattern} in {folder}, found {found}"
    return found[0]


@pytest.fixture(scope="module")
def wheel(dist: Path) -> Path:
    return _only(dist, "*.whl")


@pytest.fixture(scope="module")
def wheel_names(wheel: Path) -> frozenset[str]:
    with zipfile.ZipFile(wheel) as archive:
        return frozenset(archive.namelist())


@pytest.fixture(scope="module")
def sdist_names(dist: Path) -> frozenset[str]:
    with tarfile.open(_only(dist, "*.tar.gz")) as archive:
        names = archive.getnames()
    top = f"procuratorate_awards-{pa.__version__}/"
    assert all(name.startswith(top) or name + "/" == top for name in names)
    return frozenset(name.removeprefix(top) for name in names)


def _manifest() -> dict[str, object]:
    import importlib_resources

    text = importlib_resources.files(PACKAGE).joinpath("data", "manifest.json").read_text("utf-8")
    manifest: dict[str, object] = json.loads(text)
    return manifest


def _checked_files() -> list[str]:
    files = _manifest()["files"]
    assert isinstance(files, dict)
    return sorted(files)


# --------------------------------------------------------------------------- the wheel


def test_the_archives_carry_the_code_version(dist: Path) -> None:
    names = sorted(path.name for path in dist.iterdir())
    assert names == [
        f"procuratorate_awards-{pa.__version__}-py3-none-any.whl",
        f"procuratorate_awards-{pa.__version__}.tar.gz",
    ]


@pytest.mark.parametrize("name", [*_checked_files(), "manifest.json"])
def test_the_wheel_holds_every_data_file(wheel_names: frozenset[str], name: str) -> None:
    assert f"{PACKAGE}/data/{name}" in wheel_names


@pytest.mark.parametrize("name", ["py.typed", "__init__.py", "__main__.py", "_cli.py"])
def test_the_wheel_holds_the_typing_marker_and_the_entry_points(
    wheel_names: frozenset[str], name: str
) -> None:
    assert f"{PACKAGE}/{name}" in wheel_names


@pytest.mark.parametrize(
    "prefix", ["tests/", "tools/", "docs/", "benchmarks/", ".ci/", "noxfile.py", "src/"]
)
def test_the_wheel_leaves_out_what_only_development_needs(
    wheel_names: frozenset[str], prefix: str
) -> None:
    assert not [name for name in wheel_names if name.startswith(prefix)]


def test_the_wheel_holds_no_compiled_or_cached_files(wheel_names: frozenset[str]) -> None:
    assert not [name for name in wheel_names if "__pycache__" in name or name.endswith(".pyc")]


def test_the_wheel_has_only_the_package_and_its_metadata(wheel_names: frozenset[str]) -> None:
    tops = {name.split("/", 1)[0] for name in wheel_names}
    assert tops == {PACKAGE, f"procuratorate_awards-{pa.__version__}.dist-info"}


def _dist_info(wheel: Path, member: str) -> str:
    with zipfile.ZipFile(wheel) as archive:
        path = f"procuratorate_awards-{pa.__version__}.dist-info/{member}"
        return archive.read(path).decode("utf-8")


def test_the_wheel_metadata_names_version_and_runtime_dependencies(wheel: Path) -> None:
    metadata = email.parser.Parser().parsestr(_dist_info(wheel, "METADATA"))
    assert metadata["Name"] == "procuratorate-awards"
    assert metadata["Version"] == pa.__version__
    assert metadata["Requires-Python"] == ">=3.10"
    unconditional = {
        re.split(r"[<>=!~ ;\[]", requirement, maxsplit=1)[0].lower()
        for requirement in metadata.get_all("Requires-Dist", [])
        if "extra ==" not in requirement
    }
    assert unconditional == RUNTIME_DEPENDENCIES


def test_the_wheel_declares_the_command(wheel: Path) -> None:
    entry_points = _dist_info(wheel, "entry_points.txt")
    assert "procuratorate-awards = procuratorate_awards._cli:main" in entry_points


def test_the_wheel_ships_the_licence(wheel_names: frozenset[str]) -> None:
    assert f"procuratorate_awards-{pa.__version__}.dist-info/licenses/LICENSE" in wheel_names


# --------------------------------------------------------------------------- the sdist


@pytest.mark.parametrize(
    "name",
    [
        "pyproject.toml",
        "README.md",
        "CHANGELOG.md",
        "LICENSE",
        "CITATION.cff",
        "noxfile.py",
        "src/procuratorate_awards/py.typed",
        "src/procuratorate_awards/data/notice.txt",
        "tests/test_packaging.py",
        "docs/conf.py",
        "docs/index.md",
    ],
)
def test_the_sdist_holds_what_a_rebuild_and_a_test_run_need(
    sdist_names: frozenset[str], name: str
) -> None:
    assert name in sdist_names


@pytest.mark.parametrize("folder", [".venv", ".nox", "_build", "__pycache__", ".git", "dist"])
def test_the_sdist_leaves_out_local_state(sdist_names: frozenset[str], folder: str) -> None:
    assert not [name for name in sdist_names if folder in name.split("/")[:-1]]


def test_the_sdist_holds_no_compiled_files(sdist_names: frozenset[str]) -> None:
    assert not [name for name in sdist_names if name.endswith((".pyc", ".pyo"))]


# --------------------------------------------------------------------------- versions


def test_the_code_version_is_written_once() -> None:
    if not (ROOT / "src").is_dir():
        pytest.skip("needs the source tree")
    quoted = re.compile(r"""["']""" + re.escape(pa.__version__) + r"""["']""")
    holders = [
        path.relative_to(ROOT).as_posix()
        for path in [ROOT / "pyproject.toml", *sorted((ROOT / "src").rglob("*.py"))]
        if quoted.search(path.read_text("utf-8"))
    ]
    assert holders == ["src/procuratorate_awards/_version.py"]


def test_the_data_version_is_separate_from_the_code_version() -> None:
    assert pa.__version__ != pa.DATA_VERSION
    manifest = _manifest()
    assert manifest["data_version"] == pa.DATA_VERSION
    assert manifest["divisions_vintage"] == pa.DIVISIONS_VINTAGE
    assert datetime.date.fromisoformat(pa.DIVISIONS_VINTAGE).year == 2022


def _citation_fields() -> dict[str, list[str]]:
    """Every ``key: value`` line of CITATION.cff, by key, in order, quotes removed."""
    fields: dict[str, list[str]] = {}
    for line in (ROOT / "CITATION.cff").read_text("utf-8").splitlines():
        match = re.fullmatch(r"\s*(?:- )?([a-z-]+): *(.*)", line)
        if match and match[2]:
            fields.setdefault(match[1], []).append(match[2].strip("\"'"))
    return fields


def test_the_citation_file_cites_this_version_and_the_data_version() -> None:
    if not (ROOT / "CITATION.cff").is_file():
        pytest.skip("needs the source tree")
    fields = _citation_fields()
    assert fields["cff-version"] == ["1.2.0"]
    assert fields["version"][0] == pa.__version__
    assert pa.DATA_VERSION in fields["version"]
    assert fields["license"][0] == "MIT"


# --------------------------------------------------------------------------- installed


def test_the_installed_wheel_runs_in_a_fresh_environment(wheel: Path, tmp_path: Path) -> None:
    if not os.environ.get(DIST_VARIABLE):
        pytest.skip(f"installs from the package index; set {DIST_VARIABLE} (nox -s packaging)")
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    scripts = environment / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / "python"

    def run(*command: str | Path) -> str:
        # Run outside the source tree so that only the installed package can be imported.
        result = subprocess.run(
            [str(part) for part in command],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=tmp_path,
            check=False,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel)
    assert pa.__version__ in run(scripts / "procuratorate-awards", "--version")
    assert "574" in run(python, "-m", "procuratorate_awards")
    located = run(
        python,
        "-c",
        "import procuratorate_awards as pa; pa.validate(); print(pa.__file__, pa.__version__)",
    ).split()
    assert located[-1] == pa.__version__
    assert Path(located[0]).is_relative_to(environment)
