"""Widgets that paint from what they kept (a scroll bar's picture, laid-out text)
look exactly as when drawn afresh, and never show what they showed before a change."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QScrollBar, QStyle, QStyleOptionSlider, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.widgets.painted_label import PaintedLabel
from desktop_app.ui.widgets.scroll_bar import RestingScrollBar
from desktop_app.ui.widgets.section_heading import (
    ROOM_ABOVE,
    SectionHeading,
    heading_font,
)
from desktop_app.ui.widgets.style import TEXT_ROLES
from tests.conftest import REPO_ROOT

SIZE = (14, 300)


def picture(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def bars(qtbot: QtBot, value: int = 0) -> tuple[RestingScrollBar, QScrollBar]:
    """A resting scroll bar and a plain one, alike, each in a window of its own."""
    made: list[QScrollBar] = []
    for kind in (RestingScrollBar, QScrollBar):
        bar = kind(Qt.Orientation.Vertical)
        qtbot.addWidget(bar)
        bar.resize(*SIZE)
        bar.setRange(0, 1200)
        bar.setPageStep(300)
        bar.setValue(value)
        bar.setAutoFillBackground(True)  # on its own background, as in a page
        bar.show()
        qtbot.waitExposed(bar)
        made.append(bar)
    resting, plain = made
    assert isinstance(resting, RestingScrollBar)
    return resting, plain


@pytest.mark.parametrize("value", [0, 450, 1200])
def test_a_scroll_bar_at_rest_looks_as_qt_draws_it(qtbot: QtBot, value: int) -> None:
    resting, plain = bars(qtbot, value)
    assert picture(resting) == picture(plain)


def test_a_scroll_bar_moved_shows_where_it_is_now(qtbot: QtBot) -> None:
    resting, plain = bars(qtbot)
    at_top = picture(resting)
    for change in (
        lambda bar: bar.setValue(600),
        lambda bar: bar.setRange(0, 5000),
        lambda bar: bar.setPageStep(2000),
        lambda bar: bar.resize(14, 180),
        lambda bar: bar.setEnabled(False),
    ):
        change(resting)
        change(plain)
        assert picture(resting) == picture(plain)
    assert picture(resting) != at_top


def test_a_scroll_bar_follows_a_new_palette(qtbot: QtBot) -> None:
    resting, plain = bars(qtbot, 300)
    before = picture(resting)
    dark = QPalette(resting.palette())
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button, QPalette.ColorRole.Base):
        dark.setColor(role, QColor("#202124"))
    resting.setPalette(dark)
    plain.setPalette(dark)
    assert picture(resting) == picture(plain)
    assert picture(resting) != before


def test_a_scroll_bar_pressed_is_drawn_pressed(qtbot: QtBot) -> None:
    """While a button is held on it, the handle is drawn as Qt draws it pressed,
    not from the picture kept at rest."""
    resting, plain = bars(qtbot, 300)
    option = QStyleOptionSlider()
    plain.initStyleOption(option)
    handle = plain.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, plain
    )
    at_rest = picture(resting)
    for bar in (resting, plain):
        qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=handle.center())
    assert resting.isSliderDown()
    assert picture(resting) == picture(plain)  # drawn as Qt draws it, not from a picture
    assert picture(resting) != at_rest
    for bar in (resting, plain):
        qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=handle.center())
    assert not resting.isSliderDown()
    assert picture(resting) == picture(plain)


def drawn_afresh(label: PaintedLabel, flags: Qt.AlignmentFlag) -> QImage:
    """The label's text as QPainter.drawText draws it, cut to the width, on its background."""
    image = picture(label)
    image.fill(label.palette().color(label.backgroundRole()))
    metrics = label.fontMetrics()
    shown = metrics.elidedText(label.text(), Qt.TextElideMode.ElideRight, label.width())
    painter = QPainter(image)
    painter.setFont(label.font())
    painter.setPen(label.palette().color(QPalette.ColorRole.WindowText))
    painter.drawText(label.rect(), int(flags | Qt.AlignmentFlag.AlignVCenter), shown)
    painter.end()
    return image


def label(qtbot: QtBot, align: Qt.AlignmentFlag, points: float, width: int) -> PaintedLabel:
    made = PaintedLabel(align=align)
    qtbot.addWidget(made)
    made.setAutoFillBackground(True)
    font = QFont(made.font())
    font.setPointSizeF(points)
    made.setFont(font)
    made.resize(width, made.height())
    return made


ALIGNMENTS = [
    Qt.AlignmentFlag.AlignLeft,
    Qt.AlignmentFlag.AlignRight,
    Qt.AlignmentFlag.AlignHCenter,
]


@pytest.mark.parametrize("align", ALIGNMENTS)
@pytest.mark.parametrize("points", [9.0, 10.5, 16.0])
def test_a_painted_label_looks_as_drawn_afresh(
    qtbot: QtBot, align: Qt.AlignmentFlag, points: float
) -> None:
    shown = label(qtbot, align, points, 300)
    for text in ("Acknowledge", "Step 2 of 6  ·  Alt+Right next", "Ακούστε", "Listen"):
        shown.setText(text)
        assert picture(shown) == drawn_afresh(shown, align), text


def test_a_painted_label_shows_its_text_after_a_change_of_width_or_font(qtbot: QtBot) -> None:
    shown = label(qtbot, Qt.AlignmentFlag.AlignLeft, 11.0, 400)
    shown.setText("Acknowledge the feeling first")
    whole = picture(shown)
    shown.resize(90, shown.height())  # cut short, with "…"
    assert picture(shown) == drawn_afresh(shown, Qt.AlignmentFlag.AlignLeft)
    shown.resize(400, shown.height())
    assert picture(shown) == whole
    larger = QFont(shown.font())
    larger.setPointSizeF(15.0)
    shown.setFont(larger)
    shown.resize(400, shown.height())
    assert picture(shown) == drawn_afresh(shown, Qt.AlignmentFlag.AlignLeft)


def heading_drawn_afresh(heading: SectionHeading) -> QImage:
    image = picture(heading)
    image.fill(heading.palette().color(heading.backgroundRole()))
    painter = QPainter(image)
    painter.setFont(heading_font(heading.font()))
    painter.setPen(heading.palette().color(TEXT_ROLES["sectionHeading"]))
    room = QRect(0, ROOM_ABOVE, heading.width(), heading.height() - ROOM_ABOVE)
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    painter.drawText(room, int(flags), heading.text())
    painter.end()
    return image


def test_a_heading_looks_as_drawn_afresh_at_each_width_and_size(qtbot: QtBot) -> None:
    heading = SectionHeading("Before you move on to the questions")
    qtbot.addWidget(heading)
    heading.setAutoFillBackground(True)
    for points in (9.0, 13.0, 22.0):
        font = QFont(heading.font())
        font.setPointSizeF(points)
        heading.setFont(font)
        for width in (400, 120, 400):  # wrapped onto lines, then whole again
            heading.resize(width, heading.heightForWidth(width))
            assert picture(heading) == heading_drawn_afresh(heading), (points, width)


def test_the_heading_font_follows_the_body_font(qtbot: QtBot) -> None:
    body = QFont(QApplication.font())
    small = heading_font(body)
    body.setPointSizeF(body.pointSizeF() * 2)
    large = heading_font(body)
    assert large.pointSizeF() == pytest.approx(small.pointSizeF() * 2)
    assert large.bold() and small.bold()


_AT_SCALE = """
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollBar
from desktop_app.ui.widgets.scroll_bar import RestingScrollBar
app = QApplication([])
bars = []
for kind in (RestingScrollBar, QScrollBar):
    bar = kind(Qt.Orientation.Vertical)
    bar.resize(14, 300)
    bar.setRange(0, 1200)
    bar.setPageStep(300)
    bar.setValue(450)
    bar.setAutoFillBackground(True)
    bar.move(300, 300)  # away from the pointer, which would have it drawn as Qt draws it
    bar.show()
    bars.append(bar)
app.processEvents()
assert not any(bar.underMouse() for bar in bars)
resting, plain = (bar.grab().toImage() for bar in bars)
print(bars[0].devicePixelRatioF(), resting.width(), resting == plain)
"""


@pytest.mark.parametrize("scale", ["1.25", "2"])
def test_a_scroll_bar_at_rest_is_sharp_on_a_high_density_screen(scale: str) -> None:
    """At 200 % its picture has the screen's pixels, not the window's blown up; at
    125 % it is drawn as Qt draws it (a picture would move the arrows a fraction of
    a pixel): at both, the same pixels as Qt's own."""
    shown = subprocess.run(
        [sys.executable, "-c", _AT_SCALE],
        cwd=REPO_ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    ratio, width, same = shown.stdout.split()
    assert float(ratio) == float(scale)
    assert int(width) == round(SIZE[0] * float(scale))
    assert same == "True"
