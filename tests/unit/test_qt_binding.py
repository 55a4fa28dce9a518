"""The installed Qt binding must not leak references to None.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call that
returns nothing and aborts the interpreter after a few thousand calls. Our
dependency range keeps it out; this test catches any binding that does it.
(On CPython 3.12+ None is immortal and its count does not move.)
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

CALLS = 5000


def test_void_calls_do_not_change_the_reference_count_of_none() -> None:
    obj = QObject()
    obj.setObjectName("warm-up")  # first call may cache things
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        obj.setObjectName("calmline")  # returns nothing
    after = sys.getrefcount(None)
    # A leak drops one reference per call; allow a little noise from the interpreter.
    assert abs(after - before) < CALLS // 100, f"None refcount moved by {after - before}"
