"""The window at the sizes agents use, from 380×600 beside a CRM to 1920×1080, at
normal and the largest text size.

With the built-in playbook's many situations, their chips take one row; the
step's goal and first three cards stay on screen without scrolling (compact:
every card); nothing is cut off at an edge; the free notes grow with the
window. ``glance_window`` yields the window in a language, so that a language
is one more parameter.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.content import load_library
from desktop_app.core.playbook import Playbook
from desktop_app.core.settings import Settings
from desktop_app.resources import resource_path
from desktop_app.ui.call_window.cards import CardView
from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.widgets.typography import TEXT_SCALE_MAX
from tests.ui.conftest import WindowFactory

SIZES = [(380, 600), (1000, 700), (1280, 800), (1920, 1080)]
SCALES = [100, TEXT_SCALE_MAX]
#: the window's language: None for the English it is written in, or a locale name
LANGUAGES = [None, "es", "el"]


def builtin_playbook(language: str | None = None, playbook_id: str = "calm-six") -> Playbook:
    """A built-in playbook (the default one unless named), in ``language``'s
    translation when given."""
    library = load_library(
        resource_path("playbooks"), **({"language": language} if language else {})
    )
    return library.playbooks[playbook_id]


def rect_in(widget: QWidget | CardView, ancestor: QWidget) -> QRect:
    if isinstance(widget, CardView):  # painted by its list
        place = widget.geometry()
        return QRect(widget.card_list().mapTo(ancestor, place.topLeft()), place.size())
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def sized(window: MainWindow, qtbot: QtBot, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    qtbot.wait(50)  # the layouts settle


@pytest.mark.parametrize("size", [(380, 600), (1280, 800)])
def test_the_situations_take_one_row_and_the_rest_are_one_key_away(
    make_window: WindowFactory, qtbot: QtBot, size: tuple[int, int]
) -> None:
    book = builtin_playbook()
    assert len(book.situations) > 12  # enough to need more than one row at 380 wide
    window = make_window(book)
    sized(window, qtbot, *size)
    more = window.more_situations
    row_height = more.height() + 14  # the strip's margins, top and bottom
    assert window.situations.height() <= row_height
    assert more.isVisible() and "Ctrl+F" in more.text()
    strip = window.situations.rect()
    shown = [chip for chip in window.chips.values() if chip.isVisible()]
    for chip in [*shown, more]:
        assert strip.contains(rect_in(chip, window.situations)), chip.text()
        assert abs(chip.y() - more.y()) <= 2, chip.text()  # the same row
    # by priority: the shown chips are the first ones of the playbook's order
    order = list(window.chips.values())
    assert shown == order[: len(shown)]
    if size[0] == 380:
        assert len(shown) < len(order)
    more.click()
    assert window.search.isVisible()


def test_at_380_by_600_the_goal_and_the_first_three_cards_show_without_scrolling(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(builtin_playbook())
    sized(window, qtbot, 380, 600)
    window.run_command("go-to-step 2")
    page = window.step_pages[1]
    cards = page.cards
    assert cards is not None
    qtbot.wait(50)
    assert page.verticalScrollBar().value() == 0
    viewport = page.viewport()
    seen = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size()) & window.rect()
    goal = page.guidance.findChildren(QWidget)[0]
    assert seen.contains(rect_in(goal, window)), goal.objectName()
    card_views = cards.views
    assert len(card_views) >= 3
    for card in card_views[:3]:
        assert cards.isVisible() and not card.geometry().isEmpty()
        assert seen.contains(rect_in(card, window)), card.title_text()


@pytest.fixture(params=LANGUAGES, ids=lambda language: language or "en")
def glance_window(
    request: pytest.FixtureRequest, make_window: WindowFactory, qapp: QApplication
) -> MainWindow:
    """The window and the built-in playbook in ``request.param``'s language, as a
    Spanish or Greek agent sets them (``window_language`` puts the language before back)."""
    book = builtin_playbook(request.param)
    assert book.language == (request.param or "en")
    window = make_window(book, settings=Settings(language=request.param or ""))
    if request.param is not None:
        assert window.parts.problems.messages == []  # type: ignore[attr-defined]
        assert "Paso" in window.step_counter.text() or "Βήμα" in window.step_counter.text()
    return window


def at(window: MainWindow, qtbot: QtBot, size: tuple[int, int], scale: int) -> None:
    while window.settings.text_scale < scale:
        assert window.run_command("text-bigger")[0]
    sized(window, qtbot, *size)


def seen_part(page: QAbstractScrollArea, window: MainWindow) -> QRect:
    """What of ``page`` is on screen, in the window's coordinates."""
    return rect_in(page.viewport(), window) & window.rect()


def cut_off(window: MainWindow) -> list[str]:
    """Visible widgets that reach past their parent or the window, and labels cut
    short without a tooltip that says the whole text. Inside a scrolling page or
    pane, its viewport is the edge."""
    problems = []
    for area in window.findChildren(QAbstractScrollArea):
        body = area.widget() if hasattr(area, "widget") else None
        if area.isVisible() and body is not None and body.width() > area.viewport().width():
            problems.append(
                f"{area.accessibleName()}: {body.width()} wide, shows {area.viewport().width()}"
            )
    for child in window.findChildren(QWidget):
        if not child.isVisible() or child.isWindow():
            continue
        parent = child.parentWidget()
        assert parent is not None
        name = f"{type(child).__name__} {child.objectName()} {child.accessibleName()}"
        scroller = next((a for a in ancestors(child) if isinstance(a, QAbstractScrollArea)), None)
        inside = parent.rect()
        out_of_sight = scroller is not None and not rect_in(child, window).intersects(
            seen_part(scroller, window)
        )
        if out_of_sight and scroller is not None and scroller.viewport() is not parent:
            continue  # scrolled out of sight, as designed
        if not inside.contains(child.geometry()) and scroller is None:
            problems.append(f"{name}: {child.geometry()} outside its parent {inside}")
        if not window.rect().contains(rect_in(child, window)) and scroller is None:
            problems.append(f"{name}: {rect_in(child, window)} outside the window")
        if isinstance(child, QLabel) and not child.wordWrap() and child.text():
            room = child.contentsRect().width()
            needed = child.fontMetrics().horizontalAdvance(child.text())
            if needed > room and not child.toolTip():
                problems.append(f"{name}: {child.text()!r} needs {needed} px, has {room}")
    return problems


def ancestors(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


@pytest.mark.parametrize("scale", SCALES, ids=["normal text", "largest text"])
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_each_step_shows_its_goal_and_first_three_cards_without_scrolling(
    glance_window: MainWindow, qtbot: QtBot, size: tuple[int, int], scale: int
) -> None:
    window = glance_window
    at(window, qtbot, size, scale)
    for number, page in enumerate(window.step_pages, start=1):
        window.run_command(f"go-to-step {number}")
        qtbot.wait(20)
        cards = page.cards
        assert cards is not None
        seen = seen_part(page, window)
        goal = page.guidance.findChildren(QWidget)[0]
        assert page.verticalScrollBar().value() == 0
        assert seen.contains(rect_in(goal, window)), (number, goal.objectName())
        for card in cards.views[:3]:
            assert seen.contains(rect_in(card, window)), (number, card.title_text())
        assert not cut_off(window), cut_off(window)


@pytest.mark.parametrize("scale", SCALES, ids=["normal text", "largest text"])
@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language or "en")
@pytest.mark.parametrize("playbook_id", ["heard", "last"])
def test_the_other_built_in_playbooks_show_goal_and_three_cards_at_380_by_600(
    make_window: WindowFactory, qtbot: QtBot, playbook_id: str, language: str | None, scale: int
) -> None:
    """HEARD and LAST, in each language they ship in, at the narrowest size."""
    book = builtin_playbook(language, playbook_id)
    assert book.language == (language or "en")
    window = make_window(book, settings=Settings(language=language or ""))
    at(window, qtbot, (380, 600), scale)
    for number, page in enumerate(window.step_pages, start=1):
        window.run_command(f"go-to-step {number}")
        qtbot.wait(20)
        assert page.cards is not None
        seen = seen_part(page, window)
        assert seen.contains(rect_in(page.guidance.findChildren(QWidget)[0], window)), number
        for card in page.cards.views[:3]:
            assert seen.contains(rect_in(card, window)), (number, card.title_text())
        assert not cut_off(window), (number, cut_off(window))


@pytest.mark.parametrize("scale", SCALES, ids=["normal text", "largest text"])
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_compact_mode_shows_the_goal_in_one_line_and_every_card_of_the_step(
    glance_window: MainWindow, qtbot: QtBot, size: tuple[int, int], scale: int
) -> None:
    window = glance_window
    at(window, qtbot, size, scale)
    window.run_command("toggle-compact")
    hidden: list[str] = []
    for number, page in enumerate(window.step_pages, start=1):
        window.run_command(f"go-to-step {number}")
        qtbot.wait(20)
        cards = page.cards
        assert cards is not None and len(cards.views) <= 9
        seen = seen_part(page, window)
        goal = page.guidance.findChildren(QLabel)[0].text()
        summary = page.summary
        assert summary is not None and not page.guidance.isVisible()
        assert summary.isVisible() and seen.contains(rect_in(summary, window)), number
        first_card = min(rect_in(card, window).top() for card in cards.views)
        assert rect_in(summary, window).bottom() < first_card  # above the cards
        # one line: the goal cut with "…" where it is too long, whole in its tooltip
        assert summary.height() < 2 * summary.fontMetrics().lineSpacing()
        assert summary.toolTip() == goal and summary.accessibleDescription() == goal
        hidden += [
            f"step {number}: {card.title_text()}"
            for card in cards.views
            if not seen.contains(rect_in(card, window))
        ]
        assert not cut_off(window), cut_off(window)
    assert not hidden, hidden


@pytest.mark.parametrize("scale", SCALES, ids=["normal text", "largest text"])
def test_the_free_notes_grow_with_the_window(
    glance_window: MainWindow, qtbot: QtBot, scale: int
) -> None:
    window = glance_window
    heights = []
    for size in SIZES:
        at(window, qtbot, size, scale)
        notes = window.notes
        box = notes.notes
        heights.append(box.height())
        # No empty band under the last field of the pane: the free notes took the room.
        body = notes.widget()
        last = max(rect_in(w, body).bottom() for w in body.findChildren(QWidget) if w.isVisible())
        assert body.height() - last < 40, (size, body.height(), last)
        assert not cut_off(window), cut_off(window)
        assert not overlapping(body), (size, overlapping(body))
    assert heights == sorted(heights) and heights[-1] > heights[0], heights


def overlapping(body: QWidget) -> list[tuple[str, str]]:
    """Pairs of the pane's visible fields and captions drawn over each other."""
    shown = [
        w
        for w in body.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if w.isVisible()
    ]
    return [
        (a.accessibleName() or a.objectName() or type(a).__name__, b.accessibleName() or b.text())
        for i, a in enumerate(shown)
        for b in shown[i + 1 :]
        if rect_in(a, body).intersects(rect_in(b, body)) and isinstance(b, QLabel)
    ]


def test_a_window_opened_at_its_saved_size_shares_the_room_as_one_resized_to_it(
    glance_window: MainWindow, make_window: WindowFactory, qtbot: QtBot
) -> None:
    """The next start restores the window's size before it shows: the notes get
    the same two fifths as in a window dragged to that size, not their least width."""
    # Within the test screen (800x800), which a restored size cannot leave.
    sized(glance_window, qtbot, 780, 560)
    dragged = glance_window.splitter.sizes()
    saved = bytes(glance_window.saveGeometry().toBase64().data()).decode("ascii")
    language = glance_window.settings.language
    reopened = make_window(
        builtin_playbook(language or None),
        settings=Settings(language=language, window_geometry=saved),
    )
    qtbot.waitUntil(lambda: reopened.width() == 780)
    qtbot.wait(50)
    assert abs(reopened.splitter.sizes()[1] - dragged[1]) <= 4, (reopened.splitter.sizes(), dragged)
    assert dragged[1] >= 0.35 * sum(dragged), dragged


@pytest.mark.parametrize("size", [(380, 600), (1280, 800)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_a_notes_field_with_the_focus_shows_whole_at_the_largest_text(
    glance_window: MainWindow, qtbot: QtBot, size: tuple[int, int]
) -> None:
    """However short the notes strip, the field the agent is in is in view whole;
    the cards get their height back when the focus returns to them."""
    window = glance_window
    at(window, qtbot, size, TEXT_SCALE_MAX)
    notes = window.notes
    cards_before = window.splitter.sizes()

    def seen_whole(field: QWidget) -> bool:
        return seen_part(notes, window).contains(rect_in(field, window))

    fields = [field for field in notes.fields().values() if field.isVisibleTo(notes)]
    assert not all(seen_whole(field) for field in fields)  # the pane scrolls
    for field in fields:
        field.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda field=field: seen_whole(field))
        assert field.hasFocus()
    # Ctrl+L from the cards, as the agent presses it mid-call
    card = window.step_pages[0].cards.views[0]  # type: ignore[union-attr]
    card.take_focus()
    qtbot.waitUntil(lambda: window.splitter.sizes() == cards_before)
    assert window.run_command("focus-notes")[0]
    qtbot.waitUntil(lambda: seen_whole(notes.notes))
    assert notes.notes.hasFocus()
    # Tab from the free notes to the next field keeps it in view
    qtbot.keyClick(notes.notes, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: seen_whole(notes.resolution))
    assert notes.resolution.hasFocus()
    card.take_focus()
    qtbot.waitUntil(lambda: window.splitter.sizes() == cards_before)
    # Ctrl+L again with the cursor in the free notes already, the text one size smaller
    notes.notes.setFocus()
    assert window.run_command("text-smaller")[0]
    assert window.run_command("focus-notes")[0]
    qtbot.waitUntil(lambda: seen_whole(notes.notes))
    # and from compact mode, which Ctrl+L leaves for the notes
    card.take_focus()
    assert window.run_command("toggle-compact")[0] and not notes.isVisible()
    assert window.run_command("focus-notes")[0]
    qtbot.waitUntil(lambda: seen_whole(notes.notes))
    assert notes.notes.hasFocus()
