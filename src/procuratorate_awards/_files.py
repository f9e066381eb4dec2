"""Writing files safely: each under a temporary name in its target directory, moved into
place only once complete, an existing output replaced only when asked.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

__all__ = ["FORCE_HINT", "PathLike"]


PathLike = str | os.PathLike[str]
# --- writing files safely -------------------------------------------------------------


# The command line words this in its own options.
FORCE_HINT = "pass force=True to replace it"


def output_path(path: PathLike) -> Path:
    name = os.fspath(path)
    if not name:
        # Path("") is ".", which would report the current directory as the output.
        raise ValueError("the output path is empty")
    return Path(name)


def check_targets(targets: Sequence[Path], force: bool) -> None:
    for target in targets:
        if target.is_dir():
            raise IsADirectoryError(f"{target} is a directory, not a file the export can replace")
        if target.exists() and not force:
            raise FileExistsError(f"{target} exists; {FORCE_HINT}")
        if not target.parent.is_dir():
            raise FileNotFoundError(f"{target.parent} is not a directory")


def _about(target: Path, error: OSError) -> OSError:
    """``error`` told of ``target``: the temporary file it happened to is no name a user knows."""
    if error.errno is None:
        return error
    return type(error)(error.errno, error.strerror or os.strerror(error.errno), str(target))


def _new_temporary(target: Path) -> Path:
    """An empty new file beside ``target``, with the permissions a new file would get.

    ``tempfile.mkstemp`` would make it readable by its owner only; ``os.open`` with
    mode 0o666 lets the umask decide, as for any file the user creates.
    """
    while True:
        candidate = target.parent / f".{target.name}.{secrets.token_hex(6)}.tmp"
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        except OSError as error:
            raise _about(target, error) from None
        return candidate


@contextmanager
def staged(targets: Sequence[Path]) -> Iterator[list[Path]]:
    """Temporary files beside ``targets``, moved onto them only if the block succeeds.

    An :class:`OSError` inside the block names the target whose temporary it hit.
    """
    temporaries: list[Path] = []
    try:
        for target in targets:
            temporaries.append(_new_temporary(target))
        try:
            yield temporaries
        except OSError as error:
            failed = str(error.filename) if error.filename is not None else None
            for temporary, target in zip(temporaries, targets, strict=False):
                if failed is None or failed == str(temporary):
                    raise _about(target, error) from None
            raise
        for temporary, target in zip(temporaries, targets, strict=True):
            try:
                os.replace(temporary, target)
            except OSError as error:
                raise _about(target, error) from None
    finally:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)


def write_files(files: Sequence[tuple[Path, bytes]], force: bool) -> None:
    targets = [target for target, _ in files]
    check_targets(targets, force)
    with staged(targets) as temporaries:
        for temporary, (_, data) in zip(temporaries, files, strict=True):
            temporary.write_bytes(data)


@contextmanager
def output_directory(path: PathLike) -> Iterator[Path]:
    """The output directory, made if missing, and removed again if the export then fails."""
    folder = output_path(path)
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(f"{folder} exists and is not a directory")
    if not folder.parent.is_dir():
        raise FileNotFoundError(f"{folder.parent} is not a directory")
    made = not folder.exists()
    folder.mkdir(exist_ok=True)
    try:
        yield folder
    except BaseException:
        if made:
            # Only the empty folder this export made: a file another writer put there stays.
            with suppress(OSError):
                folder.rmdir()
        raise
