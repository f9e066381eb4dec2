"""Settings for the whole test run."""

from __future__ import annotations

import socket
from collections.abc import Iterator

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
