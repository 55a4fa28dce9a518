"""Where the Qt windows of a measurement appear: offscreen, or a private Xvfb server."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

#: started by the frozen smoke test's own helper (``packaging/`` is scripts, not a package)
_SMOKE_TEST = Path(__file__).resolve().parents[2] / "packaging" / "smoke_test.py"


@contextmanager
def xvfb() -> Iterator[dict[str, str] | None]:
    """Environment additions for a fresh Xvfb server, or None when Xvfb is not installed."""
    if shutil.which("Xvfb") is None:
        yield None
        return
    # -br: a black root window, so a window's first pixels show (see xpixels)
    with _smoke_test().virtual_display("1280x1024x24", "-br") as display:
        yield {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}


def _smoke_test() -> ModuleType:
    name = "calmline_packaging_smoke_test"  # the name tests/packaging_modules.py gives it
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, _SMOKE_TEST)
        assert spec is not None and spec.loader is not None
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}
