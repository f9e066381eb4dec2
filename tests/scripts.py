"""Loading the repository's scripts (``tools/``, ``benchmarks/``) as modules in the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_script(relative: str) -> ModuleType:
    """The script at ``relative`` (``tools/build_data.py``), imported as its own name.

    Its folder goes on ``sys.path`` first, as when it runs from there, so it can import
    its siblings (``tools/build_registry.py`` imports ``registry_english``).
    """
    path = ROOT / relative
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module
