"""A step page's headings and do / don't reminders: one painted widget each, heard
by a screen reader for what they are, drawn whole at any size of text."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QFontMetrics, QImage, QPalette
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.content import load_library
from desktop_app.core.playbook import Playbook
from desktop_app.resources import resource_path
from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.call_window.reminders import Reminders
from desktop_app.ui.call_window.step_page import CardPage
from desktop_app.ui.widgets.section_heading import SectionHeading, heading_font
from desktop_app.ui.widgets.style import TEXT_ROLES
from desktop_app.ui.widgets.typography import TEXT_SCALE_MAX
from tests.ui.conftest import WindowFactory

#: The widgets each step page of calm-six may show, at most. With a screen
#: reader attached, Qt's bridge sends it one message per widget shown or hidden,
#: and a step change hides one page and shows another: each widget here costs
#: the step key time. As labels in rows, the headings and reminders were five
#: widgets more on every page (six on the log step, with its review heading), and
#: each card one more. The page's own scroll bar shows where the page is longer
#: than the window (Listen at 1280x800); the log step adds its review.
MOST_WIDGETS = {"listen": 10, "acknowledge": 10, "ask": 10, "resolve": 10, "recap": 10, "log": 13}


def calm_six() -> Playbook:
    return load_library(resource_path("playbooks")).playbooks["calm-six"]


def shown_page(window: MainWindow, qtbot: QtBot, number: int) -> CardPage:
    assert window.run_command(f"go-to-step {number}")[0]
    page = window.step_pages[number - 1]
    qtbot.waitUntil(page.isVisible)
    return page


def near(colour: QColor, wanted: QColor) -> bool:
    return all(
        abs(a - b) <= 24
        for a, b in zip(
            (colour.red(), colour.green(), colour.blue()),
            (wanted.red(), wanted.green(), wanted.blue()),
            strict=True,
        )
    )


def rows_inked(image: QImage, ink: QColor, columns: range) -> list[int]:
    """The rows of ``image`` with a pixel of about ``ink``'s colour in ``columns``."""
    return [
        y
        for y in range(image.height())
        if any(near(image.pixelColor(x, y), ink) for x in columns if x < image.width())
    ]


def runs(rows: list[int]) -> list[tuple[int, int]]:
    """Runs of rows a few pixels apart at most: one for each mark drawn in a column
    (a thin stroke may leave a row or two of it faint)."""
    found: list[tuple[int, int]] = []
    for y in rows:
        if found and y - found[-1][1] <= 4:
            found[-1] = (found[-1][0], y)
        else:
            found.append((y, y))
    return found


def test_every_step_page_shows_few_widgets(make_window: WindowFactory, qtbot: QtBot) -> None:
    book = calm_six()
    window = make_window(book)
    window.resize(1280, 800)
    counts = {}
    for number, step in enumerate(book.steps, start=1):
        page = shown_page(window, qtbot, number)
        counts[step.id] = len([w for w in page.findChildren(QWidget) if w.isVisibleTo(page)])
    too_many = {step: counts[step] for step, most in MOST_WIDGETS.items() if counts[step] > most}
    assert too_many == {}, counts


def test_a_heading_is_one_widget_heard_as_a_heading_by_its_text(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(calm_six())
    window.resize(1280, 800)
    page = shown_page(window, qtbot, 2)
    headings = page.findChildren(SectionHeading)
    assert [h.text() for h in headings if h.isVisible()] == ["CARDS"]
    # No label left for a heading: the heading is the one widget.
    assert [label.text() for label in page.findChildren(QLabel)].count("CARDS") == 0
    assert headings[0].findChildren(QWidget) == []
    said = QAccessible.queryAccessibleInterface(headings[0])
    assert said is not None
    assert said.role() == QAccessible.Role.Heading
    assert said.text(QAccessible.Text.Name) == "Cards"  # as written, not spelt out in capitals
    # Drawn in the headings' colour, as tall as its text.
    image = headings[0].grab().toImage()
    ink = headings[0].palette().color(TEXT_ROLES["sectionHeading"])
    inked = rows_inked(image, ink, range(image.width()))
    assert inked and inked[-1] < headings[0].height()


def test_the_reminders_are_one_widget_heard_as_a_list_of_both(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    book = calm_six()
    window = make_window(book)
    window.resize(1280, 800)
    page = shown_page(window, qtbot, 1)
    step = book.steps[0]
    reminders = page.reminders
    assert isinstance(reminders, Reminders) and reminders.findChildren(QWidget) == []
    assert reminders.heading() == "REMINDERS"
    assert reminders.items() == [("Do", step.do), ("Don't", step.dont)]
    said = QAccessible.queryAccessibleInterface(reminders)
    assert said is not None
    assert said.role() == QAccessible.Role.List
    assert said.text(QAccessible.Text.Name) == "Reminders"
    # Each reminder an item of the list, read with its list's title, where it is
    # painted (a screen reader's review cursor and magnifier follow it there), and
    # passed by the keyboard: it is read, not pressed.
    items = [said.child(i) for i in range(said.childCount())]
    assert [i.text(QAccessible.Text.Name) for i in items] == [
        *(f"Do: {item}" for item in step.do),
        *(f"Don't: {item}" for item in step.dont),
    ]
    assert all(i.role() == QAccessible.Role.ListItem for i in items)
    assert not any(i.state().focusable for i in items)
    tops = [reminders.mapFromGlobal(i.rect().topLeft()).y() for i in items]
    assert tops == sorted(tops) and tops[0] > 0  # in reading order, below the heading
    assert all(i.rect().height() > 0 for i in items)
    # What the agent sees: a ✓ in the highlight colour for each "do", then a ✕ in
    # the muted colour for each "don't", in the mark column, below the heading.
    page.ensureWidgetVisible(reminders)
    qtbot.waitUntil(lambda: not reminders.visibleRegion().isEmpty())
    image = reminders.grab().toImage()
    palette = reminders.palette()
    marks = range(16)
    ticks = rows_inked(image, palette.color(TEXT_ROLES["doMark"]), marks)
    # The heading and the crosses share the muted colour: the heading above the ticks.
    muted = rows_inked(image, palette.color(TEXT_ROLES["dontMark"]), marks)
    assert TEXT_ROLES["dontMark"] == TEXT_ROLES["sectionHeading"]
    heading = [y for y in muted if y < min(ticks)]
    crosses = [y for y in muted if y > max(ticks)]
    assert heading and sorted(heading + crosses) == muted  # nothing muted among the ticks
    assert len(runs(ticks)) == len(step.do) and len(runs(crosses)) == len(step.dont)
    assert max(crosses) < reminders.height() - 1
    # The text of each reminder in the window's text colour beside its mark.
    text = rows_inked(image, palette.color(QPalette.ColorRole.WindowText), range(30, 200))
    assert min(ticks) - 4 < min(text) and max(text) > max(crosses) - 4


def test_compact_mode_hides_the_reminders(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(calm_six())
    page = shown_page(window, qtbot, 1)
    assert page.reminders is not None and page.reminders.isVisibleTo(page)
    page.set_compact(True)
    assert not page.reminders.isVisibleTo(page)
    page.set_compact(False)
    assert page.reminders.isVisibleTo(page)


def test_a_long_heading_wraps_whole_at_380_pixels_and_the_largest_text(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(calm_six())
    while window.settings.text_scale < TEXT_SCALE_MAX:
        assert window.run_command("text-bigger")[0]
    window.resize(380, 600)
    page = shown_page(window, qtbot, 6)
    (heading,) = [h for h in page.findChildren(SectionHeading) if h.text().startswith("LOG")]
    assert heading.text() == "LOG ENTRY — CHECK IT, THEN SAVE"
    page.ensureWidgetVisible(heading)
    qtbot.waitUntil(lambda: not heading.visibleRegion().isEmpty())
    font = heading_font(heading.font())
    line = QFontMetrics(font).height()
    # Wider than the page at this size: it takes two lines or more, all of them given room.
    assert QFontMetrics(font).horizontalAdvance(heading.text()) > heading.width()
    assert heading.width() <= page.viewport().width()
    assert heading.height() >= heading.heightForWidth(heading.width()) >= 2 * line
    wrapped = QFontMetrics(font).boundingRect(
        QRect(0, 0, heading.width(), 1 << 20), int(Qt.TextFlag.TextWordWrap), heading.text()
    )
    assert wrapped.width() <= heading.width()  # no word wider than the room it has
    image = heading.grab().toImage()
    inked = rows_inked(
        image, heading.palette().color(TEXT_ROLES["sectionHeading"]), range(image.width())
    )
    # Ink on a second line, and none cut at the bottom edge.
    assert inked and inked[-1] - inked[0] > line
    assert inked[-1] < heading.height() - 1
