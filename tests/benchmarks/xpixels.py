"""Watching an X server's screen from outside: when did a window's first pixels appear?

For programs that cannot be told to report their first paint (the frozen
bundles), the first paint is seen where the user sees it: on the screen.
A private Xvfb server with a black root window is polled every half
millisecond, 16×16 pixels at its top-left corner, where a window opens when
no window manager runs; the first change is the first painted frame. Reading
that corner costs about 0.05 ms, so the polling barely competes with the
program measured. Qt's X11 windows have no background of their own, so
mapping one changes nothing on screen until it paints: measured against the
in-process probe, the pixels appear within a millisecond of the probe's time.

Uses Xlib through ctypes (libX11 is installed wherever Qt's X11 plugin runs).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import time

#: the corner read on every poll
CORNER = 16
POLL_S = 0.0005
_ALL_PLANES = 0xFFFFFFFF
_Z_PIXMAP = 2


class _XImage(ctypes.Structure):
    # the leading fields of Xlib's XImage, enough to read the pixels
    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.c_void_p),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
    ]


class XScreenError(Exception):
    """No libX11, or the display cannot be opened."""


class XScreen:
    """A connection to an X display, reading its top-left corner."""

    def __init__(self, display: str) -> None:
        name = ctypes.util.find_library("X11") or "libX11.so.6"
        try:
            self._x = ctypes.CDLL(name)
        except OSError as exc:
            raise XScreenError(f"cannot load libX11: {exc}") from exc
        x = self._x
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XGetImage.restype = ctypes.POINTER(_XImage)
        x.XGetImage.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_ulong,
            ctypes.c_int,
        ]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self._display = x.XOpenDisplay(display.encode())
        if not self._display:
            raise XScreenError(f"cannot open X display {display}")
        self._root = x.XDefaultRootWindow(self._display)

    def corner(self) -> bytes:
        image = self._x.XGetImage(
            self._display, self._root, 0, 0, CORNER, CORNER, _ALL_PLANES, _Z_PIXMAP
        )
        if not image:
            raise XScreenError("XGetImage failed")
        data = ctypes.string_at(image.contents.data, image.contents.bytes_per_line * CORNER)
        self._x.XFree(image.contents.data)
        self._x.XFree(image)
        return data

    def wait_for_change(self, before: bytes, deadline_ns: int) -> int | None:
        """``time.monotonic_ns()`` when the corner first differs from ``before``."""
        while time.monotonic_ns() < deadline_ns:
            if self.corner() != before:
                return time.monotonic_ns()
            time.sleep(POLL_S)
        return None

    def wait_for_change_back(self, blank: bytes, deadline_ns: int) -> bool:
        """Wait until the corner shows ``blank`` again (the window has gone)."""
        while time.monotonic_ns() < deadline_ns:
            if self.corner() == blank:
                return True
            time.sleep(POLL_S * 4)
        return False

    def close(self) -> None:
        self._x.XCloseDisplay(self._display)
