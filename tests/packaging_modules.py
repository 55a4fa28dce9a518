"""Loads the build scripts in packaging/ for tests.

``packaging/`` is a folder of scripts, not a package (the name would shadow
the ``packaging`` library pytest itself uses), so tests load them by path.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.conftest import REPO_ROOT

PACKAGING_DIR = REPO_ROOT / "packaging"


def load(name: str) -> ModuleType:
    """``packaging/<name>.py`` as a module, loaded once."""
    key = f"calmline_packaging_{name}"
    if key in sys.modules:
        return sys.modules[key]
    spec = importlib.util.spec_from_file_location(key, PACKAGING_DIR / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    spec.loader.exec_module(module)
    return module
