"""The packaged data files, and everything built from them, held by one object.

A :class:`Resources` reads its files with ``importlib_resources.files()``, never by
file path, so the package works from a wheel, a zip or a read-only directory. It
checks each file's bytes against the digest (CRC-32) recorded in ``manifest.json`` before
anything is built from them, and it keeps every value built from its files: the
records, the indexes (:class:`Lazy`) and the bounded memos of answers to user input
(:class:`Memo`). The package reads through :func:`current`; data read from another
folder is a fresh ``Resources(folder)`` made current with :func:`use`, and nothing
built from the old files survives the change.

json and importlib_resources are imported when first needed only, so importing the
package stays cheap.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable, Hashable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._errors import DataError

if TYPE_CHECKING:
    from importlib_resources.abc import Traversable

__all__ = ["Lazy", "Memo", "Resources", "current", "digest", "kept", "use"]

T = TypeVar("T")

PACKAGE = "procuratorate_awards"
SOURCE_FILE = "notice.txt"
NOTICE_FILE = "notice.json"
AWARDS_FILE = "awards.json"
PROVINCES_FILE = "provinces.json"
DIVISIONS_FILE = "divisions.json"
MANIFEST_FILE = "manifest.json"
TRANSLATIONS_FILE = "translations.json"
REGISTRY_FILE = "registry.json"
SIMPLIFIED_FILE = "simplified.json"
ENGLISH_FILE = "english.json"
EVERYDAY_FILE = "everyday.json"
CHECKED_FILES = (
    SOURCE_FILE,
    NOTICE_FILE,
    AWARDS_FILE,
    PROVINCES_FILE,
    DIVISIONS_FILE,
    TRANSLATIONS_FILE,
    REGISTRY_FILE,
    SIMPLIFIED_FILE,
    ENGLISH_FILE,
    EVERYDAY_FILE,
)


def digest(data: bytes) -> str:
    """The digest ``manifest.json`` records for a file: its CRC-32, as eight hex digits.

    The check finds damaged and edited files; it is no defence against someone who
    can write the data folder, who could rewrite the manifest as well, so a
    cryptographic hash would add cost and no safety. CRC-32 finds every change of up
    to 32 bits and misses another change once in 2**32; every first use checks a file,
    and zlib is loaded already by the reading of package resources.

    >>> digest(b""), digest(b"123456789")
    ('00000000', 'cbf43926')
    """
    import zlib

    return f"{zlib.crc32(data):08x}"


@contextlib.contextmanager
def kept() -> Iterator[None]:
    """Pause the cyclic garbage collector while objects kept for good are made.

    The package's modules, the parsed resources and the records are made in one go and
    kept as long as the process runs: the collector would scan them many times over,
    at thresholds they cross again and again, and free nothing. It is resumed as it
    was, so a collector the caller turned off stays off; one that another thread turns
    off while it is paused is turned on again, as the collector has one switch.

    >>> import gc
    >>> with kept():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


class Resources:
    """The data files of one folder (by default the package's own) and what is built from them.

    >>> resources = Resources()
    >>> resources.checked("notice.txt").decode().split()[0]
    '中华人民共和国最高人民检察院'
    >>> resources.cached(lambda: 42)
    42
    """

    def __init__(self, folder: Traversable | None = None) -> None:
        self._folder = folder
        self._values: dict[Hashable, Any] = {}
        # One re-entrant lock for every build: a build may need another (the division
        # index needs the provinces), and each value is built exactly once.
        self._lock = threading.RLock()

    def folder(self) -> Traversable:
        """Where the files are read from."""
        if self._folder is None:
            import importlib_resources

            self._folder = importlib_resources.files(PACKAGE).joinpath("data")
        return self._folder

    def read(self, name: str) -> bytes:
        """The bytes of file ``name``, unchecked."""
        try:
            return self.folder().joinpath(name).read_bytes()
        except OSError as error:
            raise DataError(name, None, f"cannot be read ({error.strerror or error})") from None

    def cached(self, build: Callable[[], T]) -> T:
        """The value ``build`` returns, built on first use and kept with these resources.

        A build that raises keeps nothing, so a damaged file fails every time.
        """
        try:
            return self._values[build]  # type: ignore[no-any-return]
        except KeyError:
            pass
        with self._lock:
            if build not in self._values:
                self._values[build] = build()
            return self._values[build]  # type: ignore[no-any-return]

    def _manifest(self) -> dict[str, str]:
        import json

        data = self.read(MANIFEST_FILE)
        try:
            document = json.loads(data.decode("utf-8"))
        except ValueError:
            document = None
        files = document.get("files") if isinstance(document, dict) else None
        if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
            raise DataError(MANIFEST_FILE, "$.files", "expected an object of digests")
        return files

    def digest_error(self, name: str, data: bytes) -> DataError | None:
        """``None`` if ``data`` has the digest recorded for ``name``, else the error to raise."""
        expected = self.cached(self._manifest).get(name)
        actual = digest(data)
        if expected == actual:
            return None
        return DataError(
            name, None, f"digest {actual} does not match the recorded {expected or '(none)'}"
        )

    def checked(self, name: str) -> bytes:
        """The bytes of file ``name``, after checking them against the manifest."""
        data = self.read(name)
        error = self.digest_error(name, data)
        if error is not None:
            raise error
        return data


_current = Resources()
_current_lock = threading.Lock()


def current() -> Resources:
    """The resources the package reads from."""
    return _current


def use(resources: Resources) -> Resources:
    """Read from ``resources`` from now on; return the resources read from until now.

    >>> previous = use(Resources())
    >>> use(previous) is not previous
    True
    """
    global _current
    with _current_lock:
        previous, _current = _current, resources
    return previous


class Lazy(Generic[T]):
    """A value built from the current resources on first use, once, and kept with them.

    >>> answer = Lazy(lambda: 6 * 7)
    >>> answer.get()
    42
    """

    __slots__ = ("_build",)

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build

    def get(self) -> T:
        # Read on every step of a long scan: the common case is one dictionary look-up.
        try:
            return _current._values[self._build]  # type: ignore[no-any-return]
        except KeyError:
            return _current.cached(self._build)


class Memo(Generic[T]):
    """A bounded memo of answers to user input, kept with the resources they come from.

    Keys of more than ``longest`` characters are answered but not kept; when ``maxsize``
    keys are kept, the oldest is forgotten for each new one.

    >>> memo = Memo(len, maxsize=2)
    >>> memo("ab"), memo("abc"), memo("abcd"), memo.size()
    (2, 3, 4, 2)
    """

    __slots__ = ("_function", "_table", "longest", "maxsize")

    def __init__(
        self, function: Callable[[str], T], *, maxsize: int, longest: int | None = None
    ) -> None:
        self._function = function
        self.maxsize = maxsize
        self.longest = longest
        # One bound method, so every call finds the same table in the resources.
        self._table: Callable[[], dict[str, T]] = self._new_table

    def _new_table(self) -> dict[str, T]:
        return {}

    def __call__(self, key: str) -> T:
        # The common case, a key answered before, costs two dictionary look-ups.
        try:
            return _current._values[self._table][key]  # type: ignore[no-any-return]
        except KeyError:
            return self._answer(key)

    def _answer(self, key: str) -> T:
        table = current().cached(self._table)
        if key in table:
            return table[key]
        value = self._function(key)
        if self.longest is None or len(key) <= self.longest:
            if len(table) >= self.maxsize:
                # Another thread may have evicted it first.
                with contextlib.suppress(KeyError, RuntimeError, StopIteration):
                    del table[next(iter(table))]
            table[key] = value
        return value

    def size(self) -> int:
        """How many answers are kept now."""
        return len(current().cached(self._table))
