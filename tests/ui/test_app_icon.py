"""The application icon the window shows."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.ui.widgets.icon import ICON_SIZES, app_icon


def test_the_icon_has_a_drawn_bitmap_for_every_size(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} == set(ICON_SIZES)


def test_the_small_icon_is_the_teal_bubble_with_a_white_wave(qapp: QApplication) -> None:
    image = app_icon().pixmap(QSize(16, 16)).toImage()
    assert image.size() == QSize(16, 16)
    colours = [image.pixelColor(x, y) for x in range(16) for y in range(16)]
    opaque = [c for c in colours if c.alpha() == 255]
    assert len(opaque) > 100, "the bubble should fill most of a 16 px icon"
    assert any(c.blue() > c.red() + 40 for c in opaque), "no teal bubble"
    assert any(min(c.red(), c.green(), c.blue()) > 220 for c in opaque), "no white wave"


def test_a_window_can_carry_it(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.setWindowIcon(app_icon())
    assert not window.windowIcon().isNull()


def test_the_application_carries_the_icon_and_its_desktop_file_name() -> None:
    """In a fresh process: the QApplication Calmline creates names itself for the task bar."""
    import subprocess
    import sys

    from tests.conftest import REPO_ROOT

    script = (
        "from desktop_app.ui.application import ensure_application\n"
        "app = ensure_application()\n"
        "print(app.desktopFileName(), app.windowIcon().isNull(),"
        " len(app.windowIcon().availableSizes()))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.split() == ["calmline", "False", str(len(ICON_SIZES))]
