"""What the window tells the agent: cards filled in as they read, a flare-up said
out loud, the mood in words, and notices that never cover the field being typed in."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.content import load_playbook
from desktop_app.core.playbook import PhraseCard, Step
from desktop_app.resources import resource_path
from desktop_app.ui.call_window.cards import CardView
from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.widgets.typography import TEXT_SCALE_MAX
from tests.ui.conftest import WindowFactory, sample_playbook, spoken_card

CTRL = Qt.KeyboardModifier.ControlModifier


def _accent_pixels(view: CardView) -> int:
    """How many pixels of the card's text column are (nearly) the accent colour."""
    image = view.grab().toImage()
    accent = view.palette().color(QPalette.ColorRole.Highlight)
    x, _title_width, _text_width, _hint = view.columns(view.width())
    ratio = image.devicePixelRatio()
    count = 0
    for py in range(image.height()):
        for px in range(int(x * ratio), image.width()):
            pixel = QColor(image.pixel(px, py))
            distance = (
                abs(pixel.red() - accent.red())
                + abs(pixel.green() - accent.green())
                + abs(pixel.blue() - accent.blue())
            )
            count += distance < 60
    return count


def test_a_card_shows_what_is_known_and_a_blank_for_what_is_not(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.run_command("go-to-step 2")
    cards = window.step_pages[1].cards
    assert cards is not None
    view = cards.views[0]
    # as the agent sees it: once the page has laid its cards out for its room
    qtbot.waitUntil(lambda: view.height() == view.heightForWidth(view.width()))
    assert view.body_text() == "That sounds frustrating, [Customer's name]."
    assert view.blank_texts() == ["[Customer's name]"]
    assert _accent_pixels(view) > 20  # the blank stands out in the accent colour
    spoken = spoken_card(view)
    assert spoken.text(QAccessible.Text.Description) == view.body_text()

    qtbot.keyClicks(window.notes.name, "Dana Reyes")
    assert view.body_text() == "That sounds frustrating, Dana Reyes."
    assert view.blank_texts() == []
    assert _accent_pixels(view) == 0
    assert spoken.text(QAccessible.Text.Description) == view.body_text()
    # The card copied is the card read.
    qtbot.keyClick(window.notes.name, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == view.body_text())


def test_a_card_follows_the_due_date_and_a_page_shown_later(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    book = sample_playbook()
    promise = PhraseCard("promise", "Say when", "{customer_name}, we call you by {due}.")
    steps = (*book.steps[:2], Step("resolve", "Resolve", "Agree a fix", cards=(promise,)))
    window = make_window(replace(book, steps=steps))
    window.notes.name.setFocus()
    qtbot.keyClicks(window.notes.name, "Dana")  # typed while the page is not built yet
    window.run_command("go-to-step 3")
    cards = window.step_pages[2].cards
    assert cards is not None
    view = cards.views[0]
    assert view.body_text() == "Dana, we call you by [When (date and time)]."
    ok, message = window.run_command("add-commitment 'Call back' --due '2030-01-09 14:00'")
    assert ok, message
    assert view.body_text().startswith("Dana, we call you by Wed 09 Jan, ")
    assert view.blank_texts() == []


def test_ctrl_r_goes_back_one_mood_angrier_and_says_so(window: MainWindow, qtbot: QtBot) -> None:
    window.run_command("set-mood 3")
    window.run_command("go-to-step 3")
    window.notes.notes.setFocus()
    qtbot.keyClick(window.notes.notes, Qt.Key.Key_R, CTRL)
    assert window.step_title.text() == "Acknowledge"
    assert window.desk.session.mood == 2
    assert window.mood.word_text() == "angry"
    assert window.toast.isVisible()
    assert window.toast.text() == "Back to Acknowledge · mood: angry"
    for _ in range(3):
        qtbot.keyClick(window.notes.notes, Qt.Key.Key_R, CTRL)
    assert window.desk.session.mood == 1  # furious is as angry as it gets
    assert window.toast.text() == "Back to Acknowledge · mood: furious"


def test_the_mood_word_sits_beside_the_dots_at_380_and_at_the_largest_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.mood.word_text() == ""  # not set yet: only the dots
    window.run_command("set-mood 4")
    assert window.mood.word_text() == "settling"
    window.resize(380, 600)
    for scale in (100, TEXT_SCALE_MAX):
        window.settings.text_scale = scale
        window.run_command("text-bigger" if scale > 100 else "text-reset")
        qtbot.waitUntil(lambda: window.width() == 380)
        QApplication.processEvents()
        meter = window.mood
        assert meter.width() >= meter.sizeHint().width(), f"the word is cut at {scale}%"
        assert meter.mapTo(window, meter.rect().topRight()).x() <= 380


def test_ctrl_l_scrolls_the_free_notes_into_view(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(380, 480)
    qtbot.waitUntil(lambda: window.height() == 480)
    notes, pane = window.notes.notes, window.notes
    window.notes.name.setFocus()

    def in_view() -> bool:
        top = notes.mapTo(pane.viewport(), QPoint(0, 0)).y()
        return top >= 0 and top + min(notes.height(), pane.viewport().height()) <= (
            pane.viewport().height()
        )

    assert not in_view()  # the window is short: the free notes are below the pane's fold
    qtbot.keyClick(window.notes.name, Qt.Key.Key_L, CTRL)
    assert QApplication.focusWidget() is notes
    qtbot.waitUntil(in_view)


def _rect_in(widget: QWidget, host: QWidget) -> QRect:
    return QRect(widget.mapTo(host, QPoint(0, 0)), widget.size())


def test_the_copied_notice_never_covers_the_focused_field(window: MainWindow, qtbot: QtBot) -> None:
    host = window.centralWidget()
    for width, height in ((380, 600), (1280, 800)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        for name, field in window.notes.fields().items():
            if field.isHidden():  # the Cause field, for playbooks that ask for it
                continue
            window.notes.ensureWidgetVisible(field)
            field.setFocus()
            qtbot.waitUntil(lambda f=field: QApplication.focusWidget() is f)
            ok, message = window.run_command("use-card 1")
            assert ok, message
            assert (
                window.toast.isVisible()
            )  # "Copied: …", or the gentle warning from the third use on
            toast = _rect_in(window.toast, host)
            assert not toast.intersects(_rect_in(field, host)), f"{name} at {width}x{height}"
            assert host.rect().contains(toast)


SIX_STEPS = ("Listen", "Acknowledge", "Ask", "Resolve", "Recap", "Log")


def test_the_current_step_is_named_in_full_on_the_rail(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    book = sample_playbook()
    steps = tuple(
        Step(title.lower(), title, f"The goal of {title}", cards=book.steps[0].cards)
        for title in SIX_STEPS
    )
    window = make_window(replace(book, steps=steps))
    window.resize(380, 600)
    qtbot.waitUntil(lambda: window.width() == 380)
    rail = window.rail
    for scale in (100, TEXT_SCALE_MAX):
        window.settings.text_scale = scale
        window.run_command("text-bigger" if scale > 100 else "text-reset")
        QApplication.processEvents()
        cut = 0
        for index, title in enumerate(SIX_STEPS):
            window.run_command(f"go-to-step {index + 1}")
            assert rail.shown_title(index) == title, f"{title} cut at {scale}%"
            # its tab (for a screen reader) follows, the widest
            qtbot.waitUntil(
                lambda i=index: rail.tabs[i].width() >= max(t.width() for t in rail.tabs)
            )
            tab = rail.tabs[index].geometry()
            assert tab.right() <= rail.width()
            cut += sum(rail.shown_title(i) != t for i, t in enumerate(SIX_STEPS))
        if scale == TEXT_SCALE_MAX:
            assert cut > 0  # there is no room for every name: the others are cut short


def test_with_the_built_in_playbook_the_mood_word_is_whole_at_380_and_the_largest_text(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    # The built-in playbook's longer step names make the header's row tighter
    # than the sample's: the "Mood" caption gives way, the dots and word stay whole.
    window = make_window(load_playbook(resource_path("playbooks", "calm-six.yaml")))
    window.run_command("set-mood 4")
    window.resize(380, 600)
    qtbot.waitUntil(lambda: window.width() == 380)
    for scale in (100, TEXT_SCALE_MAX):
        while window.settings.text_scale < scale:
            window.run_command("text-bigger")
        QApplication.processEvents()
        meter, caption = window.mood, window.mood_label
        assert meter.width() >= meter.sizeHint().width(), f"the word is cut at {scale}%"
        assert meter.mapTo(window, meter.rect().topRight()).x() <= window.width()
        if scale == 100:
            assert caption.fits()  # room enough: "Mood" shows whole
        elif not caption.fits() and caption.width() > 0:
            # too narrow for the whole word: nothing of it is drawn, not "Mo"
            image = caption.grab().toImage()
            colours = {
                image.pixel(x, y) for x in range(image.width()) for y in range(image.height())
            }
            assert len(colours) == 1, "a cut caption was drawn"
