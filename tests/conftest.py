"""Settings for the whole test run."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def _refuse(*args: object, **kwargs: object) -> None:
    raise OSError("network access is blocked in the tests")


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    """The package never needs the network; any test that reaches for it fails."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", _refuse)
        patch.setattr(socket.socket, "connect_ex", _refuse)
        yield


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real file system of 16 KiB, too small for any export: writes fail with ENOSPC.

    A tmpfs mounted for the test, which needs root (as CI runs); skipped elsewhere.
    """
    yield from _mounted(tmp_path / "small-disk", "size=16k")


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    """A real read-only file system: writes fail with EROFS, whoever writes (root too)."""
    yield from _mounted(tmp_path / "read-only-disk", "size=64k,ro")


def _mounted(point: Path, options: str) -> Iterator[Path]:
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root on Linux, to give a real full disk")
    point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"this machine cannot mount a tmpfs: {done.stderr.strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", str(point)], check=True)
