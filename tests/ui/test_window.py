"""The window itself: size, pages, options remembered, palette, accessibility, start-up."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.app import assemble_desk
from desktop_app.core.clock import FakeClock
from desktop_app.core.content import load_playbook
from desktop_app.core.keymap import parse_key
from desktop_app.desk.parts import Parts, StartupProblems
from desktop_app.paths import DataDir
from desktop_app.resources import resource_path
from desktop_app.store.sqlite_log import SqliteCallLog
from desktop_app.ui.application import add_team_tools, build_window, make_window
from desktop_app.ui.call_window.main_window import MainWindow, format_elapsed
from desktop_app.ui.call_window.reminders import Reminders
from tests.ui.conftest import DARK_BASE, WindowFactory, sample_playbook

CTRL = Qt.KeyboardModifier.ControlModifier


def test_usable_at_380_by_600(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(380, 600)
    qtbot.waitUntil(lambda: window.width() == 380)
    assert window.minimumWidth() <= 380 and window.minimumHeight() <= 600
    for widget in (window.rail, window.step_title, window.pages, window.notes, window.mood):
        assert widget.isVisible() and widget.width() > 0 and widget.height() > 0
        assert widget.mapTo(window, widget.rect().bottomRight()).x() <= 380
    assert window.splitter.orientation() == Qt.Orientation.Vertical
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.splitter.orientation() == Qt.Orientation.Horizontal)


@pytest.fixture
def unshown_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """A window built as the app builds it, not shown yet (no paint, no idle turn)."""
    data = DataDir(tmp_path / "data").create()
    parts = Parts(data, sample_playbook(), SqliteCallLog(data.call_log), StartupProblems())
    assemble_desk(parts)
    window = build_window(parts)
    qtbot.addWidget(window)
    yield window
    window.close()
    parts.call_log.close()


def test_log_commands_before_the_log_tools_join_say_starting(qtbot: QtBot, tmp_path: Path) -> None:
    """The log tools join after the first paint; until then their keys say so, kindly."""
    data = DataDir(tmp_path / "data").create()
    parts = Parts(data, sample_playbook(), SqliteCallLog(data.call_log), StartupProblems())
    assemble_desk(parts)
    window = make_window(parts)
    qtbot.addWidget(window)
    try:
        assert window.run_command("history") == (
            False,
            "history: starting — try again in a moment",
        )
        assert window.toast.text() == "history: starting — try again in a moment"
        add_team_tools(parts, window)
        ok, message = window.run_command("history")
        assert (ok, message) == (True, "History open")
    finally:
        window.close()
        parts.call_log.close()


def test_a_page_fills_when_first_shown(unshown_window: MainWindow, qtbot: QtBot) -> None:
    window = unshown_window
    pages = [*window.step_pages, *window.situation_pages.values()]
    assert [page.built for page in pages] == [True] + [False] * (len(pages) - 1)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)  # idle turns fill nothing
    assert [page.built for page in pages] == [True] + [False] * (len(pages) - 1)
    window.run_command("next-step")
    assert window.step_pages[1].built and window.step_pages[1].isVisible()
    second = window.step_pages[1].cards
    assert second is not None
    assert [v.title_text() for v in second.views] == [
        c.title for c in window.desk.playbook.steps[1].cards
    ]


def test_a_page_asked_for_before_it_filled_fills_at_once(unshown_window: MainWindow) -> None:
    window = unshown_window
    assert not window.step_pages[2].built
    window.run_command("go-to-step 3")  # before any paint: no idle turn has run
    assert window.pages.currentWidget() is window.step_pages[2]
    assert window.step_pages[2].built


def test_every_step_has_one_page_built_once(window: MainWindow, qtbot: QtBot) -> None:
    pages = [window.pages.widget(i) for i in range(window.pages.count())]
    for number in range(1, 5):  # each page fills when first shown
        window.run_command(f"go-to-step {number}")
    widgets_before = len(window.findChildren(QWidget))
    for number in range(1, 5):
        window.run_command(f"go-to-step {number}")
        assert window.pages.currentWidget() is window.step_pages[number - 1]
        assert window.windowTitle() == f"Calmline — {window.desk.session.current_step.title}"
    assert [window.pages.widget(i) for i in range(window.pages.count())] == pages
    assert len(window.findChildren(QWidget)) == widgets_before


def test_nothing_typed_is_lost_between_steps(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.notes.name, "Dana")
    qtbot.keyClicks(window.notes.notes, "first")
    window.notes.category.setCurrentIndex(window.notes.category.findData("delivery"))
    for number in (2, 3, 4, 1):
        window.run_command(f"go-to-step {number}")
    record = window.desk.session.record
    assert (record.customer.name, record.notes, record.category) == ("Dana", "first", "delivery")
    assert window.notes.name.text() == "Dana" and window.notes.notes.toPlainText() == "first"


def test_commitments_with_who_and_due(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.notes.promise_what, "Refund the charge")
    qtbot.keyClicks(window.notes.promise_who, "Billing team")
    qtbot.keyClick(window.notes.promise_what, Qt.Key.Key_Return)
    (commitment,) = window.desk.session.record.commitments
    assert (commitment.what, commitment.who) == ("Refund the charge", "Billing team")
    assert commitment.due is not None
    assert window.notes.promises.count() == 1
    assert window.notes.promise_what.text() == ""
    window.notes.promises.setCurrentRow(0)
    qtbot.keyClick(window.notes.promises, Qt.Key.Key_Delete)
    assert window.desk.session.record.commitments == []


def test_the_log_step_shows_the_draft_and_follows_edits(window: MainWindow, qtbot: QtBot) -> None:
    window.run_command("go-to-step 4")
    review = window.review
    assert review is not None and review.isVisible()
    qtbot.keyClicks(window.notes.resolution, "Refund today")
    qtbot.waitUntil(lambda: "Resolution: Refund today" in review.draft.toPlainText())
    assert review.draft.isReadOnly()


def test_the_cause_field_shows_only_for_a_playbook_that_asks_for_it(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    heard = make_window(load_playbook(resource_path("playbooks", "heard.yaml")))
    assert heard.notes.cause.isVisible()
    qtbot.keyClicks(heard.notes.cause, "Old refund rule still on the billing page")
    assert heard.desk.session.record.cause == "Old refund rule still on the billing page"
    heard.run_command("go-to-step 5")
    review = heard.review
    assert review is not None
    qtbot.waitUntil(lambda: "Cause: Old refund rule" in review.draft.toPlainText())

    other = make_window(data_root=tmp_path / "other")
    assert not other.notes.cause.isVisible()
    assert "cause" not in [w.objectName() for w in other.notes.fields().values() if w.isVisible()]


def test_options_are_remembered(make_window: WindowFactory, qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window()
    qtbot.keyClick(window.notes.notes, Qt.Key.Key_T, CTRL)
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    size_before = window.step_title.font().pointSizeF()
    qtbot.keyClick(window.notes.notes, Qt.Key.Key_Equal, CTRL)
    assert window.step_title.font().pointSizeF() > size_before
    qtbot.keyClick(window.notes.notes, Qt.Key.Key_M, CTRL)
    assert not window.notes.isVisible() and not window.situations.isVisible()
    assert not window.step_pages[0].guidance.isVisible()
    assert window.rail.isVisible() and window.step_pages[0].cards is not None
    window.resize(520, 640)
    window.close()

    saved = json.loads((tmp_path / "data" / "settings.json").read_text())
    assert (saved["always_on_top"], saved["compact"], saved["text_scale"]) == (True, True, 110)
    assert saved["window_geometry"]

    again = make_window()
    assert again.settings.compact and not again.notes.isVisible()
    assert again.size().width() == 520
    # Ctrl+L takes the agent out of compact mode to the notes.
    qtbot.keyClick(again.pages, Qt.Key.Key_L, CTRL)
    assert again.notes.isVisible() and QApplication.focusWidget() is again.notes.notes


def test_the_look_comes_from_palette_roles_not_a_style_sheet(
    window: MainWindow, qtbot: QtBot
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.styleSheet() == ""
    assert [w for w in [window, *window.findChildren(QWidget)] if w.styleSheet()] == []
    # Muted text is drawn in the palette's placeholder colour: a role,
    # whatever colour the palette has (cards: tests/ui/test_cards.py).
    assert window.step_pages[0].findChild(QLabel, "moveOn").foregroundRole() == (
        QPalette.ColorRole.PlaceholderText
    )
    # A situation's chip is filled with the highlight colour while it is open.
    chip = window.chips["abusive"]
    window.run_command("open-situation abusive")
    qtbot.waitUntil(chip.isChecked)
    image = chip.grab().toImage()
    inside = image.pixelColor(chip.height() // 2, 3)
    assert inside == chip.palette().color(QPalette.ColorRole.Highlight)


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    nameless = [
        w
        for w in window.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not isinstance(w, QLabel)
        and w.isVisibleTo(window)
        and not QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name)
        and not (isinstance(w, QAbstractButton) and w.text())
        and not w.objectName().startswith("qt_")  # Qt's own parts of a compound widget
        and not type(w).__name__.startswith("QScroll")
        and type(w).__name__ not in {"QWidget", "PageStack", "QSplitter"}
    ]
    assert nameless == []


def test_tab_order_runs_down_the_notes(window: MainWindow, qtbot: QtBot) -> None:
    window.notes.name.setFocus()
    order = [window.notes.name]
    for _ in range(7):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert [w.objectName() for w in order] == [
        "name", "phone", "account", "category", "reason", "notes", "resolution", "outcome"
    ]  # fmt: skip


def test_the_timer_counts_from_the_start_of_the_call(window: MainWindow) -> None:
    clock = FakeClock()
    window.desk.clock = clock
    window.run_command("new-call")
    assert window.timer_label.text() == "0:00"
    clock.advance(125)
    window.clock_timer.timeout.emit()
    assert window.timer_label.text() == "2:05"
    assert format_elapsed(3725) == "1:02:05"


def test_the_timer_shows_a_dash_between_calls_and_counts_from_the_first_note(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.timer_label.text() == "–"  # before the first call
    assert window.timer_label.accessibleDescription() == "No call under way"
    clock = FakeClock()
    window.desk.clock = clock
    window.run_command("new-call")
    clock.advance(30)
    window.clock_timer.timeout.emit()
    assert window.timer_label.text() == "0:30"
    window.run_command("save-call")
    clock.advance(57)
    window.clock_timer.timeout.emit()
    assert window.timer_label.text() == "–"  # idle: no call is counted
    qtbot.keyClicks(window.notes.notes, "Refund")  # a call begun by typing, no new-call
    clock.advance(4)
    window.clock_timer.timeout.emit()
    assert window.timer_label.text() == "0:04"
    assert window.timer_label.accessibleDescription() == ""


def test_mood_shows_and_clicks(window: MainWindow) -> None:
    window.run_command("set-mood 2")
    spoken = QAccessible.queryAccessibleInterface(window.mood)
    assert spoken.text(QAccessible.Text.Value) == "2 of 5, angry"
    assert spoken.valueInterface().currentValue() == 2
    window.run_command("mood-calmer")
    assert window.desk.session.mood == 3


def test_keymap_and_settings_problems_are_collected_before_the_window(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data").create()
    data.keymap.write_text("Ctrl+J: next-stp\nCtrl+Q: cheat-sheet\n", encoding="utf-8")
    data.settings.write_text('{"compact": "yes"}', encoding="utf-8")
    parts = Parts(data, sample_playbook(), SqliteCallLog(data.call_log), StartupProblems())
    try:
        assemble_desk(parts)
    finally:
        parts.call_log.close()
    assert parts.problems.messages == [
        f"{data.settings} (compact): expected bool, found str; using False",
        f"{data.keymap}:1: Ctrl+J: unknown command 'next-stp' (did you mean 'next-step'?)",
    ]
    assert parts.keymap.command_for(parse_key("Ctrl+Q")) == "cheat-sheet"


def test_a_dark_palette_is_followed(
    window: MainWindow, qtbot: QtBot, dark_palette: QPalette
) -> None:
    page = window.step_pages[0].body

    def page_colour() -> QColor:
        image = page.grab().toImage()
        return image.pixelColor(2, image.height() - 2)

    # The page is painted with the palette's base colour, not a fixed light one.
    qtbot.waitUntil(lambda: page_colour() == QColor(*DARK_BASE))


def test_wrapped_situation_chips_never_cover_the_cards(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    # The built-in playbook's seven situations in a narrow, short window with a
    # notice taking room above: the chips wrap to several rows, and the
    # splitter must leave room for all of them.
    from desktop_app.core.content import load_library
    from desktop_app.resources import resource_path

    window = make_window(load_library(resource_path("playbooks")).playbooks["calm-six"])
    window.resize(380, 480)
    window.effects.warn("A long notice that takes a line or two of the window's height.")
    qtbot.waitUntil(lambda: window.height() == 480)

    def laid_out() -> bool:
        pages, situations = window.pages.geometry(), window.situations.geometry()
        chips_inside = all(
            window.situations.rect().contains(chip.geometry()) for chip in window.chips.values()
        )
        return situations.top() > pages.bottom() and chips_inside

    qtbot.waitUntil(laid_out)
    rows = {chip.geometry().top() for chip in window.chips.values()}
    assert len(rows) > 1  # the chips did wrap


def test_start_up_problems_are_shown_together_in_plain_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.application import show_start_problems

    parts: Parts = window.parts  # type: ignore[attr-defined]
    show_start_problems(parts, window)  # nothing to say: no dialog
    assert window.findChildren(QMessageBox) == []

    parts.problems.add("keymap.txt:1: Ctrl+J: unknown command '<b>next-stp</b>'")
    parts.problems.add("settings.json (compact): expected bool, found str; using False")
    show_start_problems(parts, window)
    (box,) = window.findChildren(QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert box.icon() is QMessageBox.Icon.Warning
    assert box.textFormat() is Qt.TextFormat.PlainText  # a file's text is never HTML
    assert box.text() == (
        "Calmline started, but some of your files need attention:\n\n"
        "keymap.txt:1: Ctrl+J: unknown command '<b>next-stp</b>'\n\n"
        "settings.json (compact): expected bool, found str; using False"
    )
    # Window-modal and open, not run in a loop of its own: the window is usable behind it.
    assert box.windowModality() is Qt.WindowModality.WindowModal
    box.accept()


def test_something_unexpected_is_told_with_where_the_details_are(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.application import show_unexpected

    seen: list[tuple[QMessageBox.Icon, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.icon(), box.text()))
        box.accept()

    logs = tmp_path / "logs"
    QTimer.singleShot(0, answer)
    show_unexpected(window, logs, "ValueError: no such step")
    text = f"Something went wrong: ValueError: no such step\n\nDetails are in {logs}."
    assert seen == [(QMessageBox.Icon.Critical, text)]


def test_a_situation_page_shows_its_do_and_dont_reminders(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    from desktop_app.core.content import load_library
    from desktop_app.resources import resource_path

    book = load_library(resource_path("playbooks")).playbooks["calm-six"]
    window = make_window(book)
    window.run_command("open-situation safety")
    page = window.situation_pages["safety"]
    qtbot.waitUntil(page.isVisible)
    (safety,) = [s for s in book.situations if s.id == "safety"]
    reminders = page.reminders
    assert isinstance(reminders, Reminders) and reminders.isVisible()
    assert reminders.heading() == "REMINDERS"
    assert reminders.items() == [("Do", safety.do), ("Don't", safety.dont)]
    # One painted block, as tall as its heading and wrapped lines, read out whole.
    assert reminders.height() >= reminders.heightForWidth(reminders.width()) > 0
    said = QAccessible.queryAccessibleInterface(reminders)
    assert said.role() == QAccessible.Role.List
    assert said.text(QAccessible.Text.Name) == "Reminders"
    items = [said.child(i) for i in range(said.childCount())]
    assert [(i.role(), i.text(QAccessible.Text.Name)) for i in items] == [
        *((QAccessible.Role.ListItem, f"Do: {item}") for item in safety.do),
        *((QAccessible.Role.ListItem, f"Don't: {item}") for item in safety.dont),
    ]
    # The chips follow the playbook's order, most used first.
    assert list(window.chips) == [s.id for s in book.situations]
