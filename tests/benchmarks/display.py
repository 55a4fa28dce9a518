"""Where the Qt windows of a measurement appear: offscreen, or a private Xvfb server."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def xvfb() -> Iterator[dict[str, str] | None]:
    """Environment additions for a fresh Xvfb server, or None when Xvfb is not installed."""
    binary = shutil.which("Xvfb")
    if binary is None:
        yield None
        return
    read_fd, write_fd = os.pipe()
    # -br: a black root window, so a window's first pixels show (see xpixels)
    command = [binary, "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-br"]
    server = subprocess.Popen(
        [*command, "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            yield None
            return
        yield {"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
    finally:
        server.terminate()
        server.wait(timeout=10)


OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}
