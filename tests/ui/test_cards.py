"""Cards: copied filled in and marked secret, confirmed, recorded; missing values asked inline."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QFontMetrics, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.call import EventKind
from desktop_app.core.playbook import PhraseCard, Playbook, Step
from desktop_app.ui.call_window.cards import CardView
from desktop_app.ui.call_window.effects import SECRET_HINT_MIME
from desktop_app.ui.call_window.main_window import MainWindow
from tests.ui.conftest import (
    DARK_BASE,
    WindowFactory,
    click_card,
    sample_playbook,
    spoken_card,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_click_copies_marks_secret_confirms_and_records(window: MainWindow, qtbot: QtBot) -> None:
    first = window.step_pages[0].cards
    assert first is not None
    view = first.views[1]
    click_card(qtbot, view)
    mime = QApplication.clipboard().mimeData()
    assert mime.text() == "I'm writing this down."
    assert bytes(mime.data(SECRET_HINT_MIME).data()) == b"secret"
    assert window.toast.isVisible() and window.toast.text() == "Copied: Taking notes"
    (event,) = [e for e in window.desk.session.record.timeline if e.kind is EventKind.CARD_USED]
    assert (event.step_id, event.detail) == ("listen", "listen-notes")
    assert view.hint_text() == "Ctrl+2 · used 1×"


def test_third_use_of_a_card_warns_gently(window: MainWindow, qtbot: QtBot) -> None:
    for _ in range(3):
        qtbot.keyClick(window.notes.notes, Qt.Key.Key_1, CTRL)
    assert window.toast.property("kind") == "warning"
    assert "used 3 times this call" in window.toast.text()


def test_a_missing_value_is_asked_inline_and_escape_skips(window: MainWindow, qtbot: QtBot) -> None:
    QApplication.clipboard().setText("before")
    window.run_command("go-to-step 2")
    window.notes.notes.setFocus()
    qtbot.keyClick(window.notes.notes, Qt.Key.Key_1, CTRL)
    assert window.ask_bar.isVisible()
    field = window.ask_bar.edits["customer_name"]
    assert QApplication.focusWidget() is field
    assert field.accessibleName() == "Customer's name"
    qtbot.keyClick(field, Qt.Key.Key_Return)  # empty: nothing happens
    assert window.ask_bar.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not window.ask_bar.isVisible()
    assert QApplication.clipboard().text() == "before"
    assert QApplication.focusWidget() is window.notes.notes
    assert not any(e.kind is EventKind.CARD_USED for e in window.desk.session.record.timeline)


def test_a_card_is_never_pasted_with_a_raw_placeholder(window: MainWindow) -> None:
    window.run_command("new-call --name Sam")
    window.run_command("go-to-step 2")
    window.run_command("use-card 1")
    assert QApplication.clipboard().text() == "That sounds frustrating, Sam."


def test_agent_and_company_come_from_the_settings(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    book = sample_playbook()
    card = PhraseCard("intro", "Intro", "{agent_name} at {company} here.")
    book = Playbook(
        id=book.id,
        name=book.name,
        language="en",
        steps=(Step("intro", "Intro", "Say hello", cards=(card,)), *book.steps),
    )
    data = tmp_path / "agent"
    data.mkdir(mode=0o700)
    (data / "settings.json").write_text('{"agent_name": "Ana", "company": "Acme"}')
    window = make_window(book, data_root=data)
    window.run_command("use-card 1")
    assert QApplication.clipboard().text() == "Ana at Acme here."


def test_card_text_is_plain_text_never_html(make_window: WindowFactory) -> None:
    book = sample_playbook()
    html = PhraseCard("html", "<b>Bold</b> title", "<i>not italic</i> & <a href='x'>link</a>")
    book = Playbook(
        id=book.id,
        name=book.name,
        language="en",
        steps=(Step("s", "<u>Step</u>", "<h1>goal</h1>", cards=(html,)),),
    )
    window = make_window(book)
    view = first_card(window)
    assert view.title_text() == "<b>Bold</b> title"
    assert view.body_text() == "<i>not italic</i> & <a href='x'>link</a>"
    # What is painted is the tags themselves: the title's ink reaches as far
    # as the literal text does, well past where "Bold title" would end.
    x, title_width, _text_width, _hint_width = view.columns(view.width())
    top = view.MARGINS[1]
    band = QRect(x, top, title_width, QFontMetrics(view.title_font).height())
    ink = inked_columns(view, band)
    metrics = QFontMetrics(view.title_font)
    assert max(ink) - x >= metrics.horizontalAdvance("<b>Bold</b> title") - 3
    assert max(ink) - x > metrics.horizontalAdvance("Bold title") + 10
    assert window.step_title.text() == "<u>Step</u>"
    window.notes.name.setText("<b>Dana</b>")
    assert window.toolTip() == ""


def first_card(window: MainWindow) -> CardView:
    """The first card of the first step's page."""
    cards = window.step_pages[0].cards
    assert cards is not None
    return cards.views[0]


def inked_columns(view: QWidget, band: QRect, image: QImage | None = None) -> list[int]:
    """The x of every column in ``band`` of the painted widget (or of ``image``
    of it) with a pixel that is not the card's face."""
    image = image if image is not None else view.grab().toImage()
    face = view.palette().color(QPalette.ColorRole.Base).rgb()
    return [
        x
        for x in range(band.left(), band.right() + 1)
        if any(image.pixel(x, y) != face for y in range(band.top(), band.bottom() + 1))
    ]


def test_a_card_paints_its_number_in_the_highlight_colour_and_its_key_muted(
    window: MainWindow,
) -> None:
    view = first_card(window)
    image = view.grab().toImage()
    palette = view.palette()
    left, top, right, _bottom = view.MARGINS

    def pixels(rect: QRect) -> set[int]:
        return {
            image.pixel(x, y) & 0xFFFFFF
            for x in range(rect.left(), rect.right() + 1)
            for y in range(rect.top(), rect.bottom() + 1)
        }

    number_height = QFontMetrics(view.number_font).height()
    highlight = palette.color(QPalette.ColorRole.Highlight).rgb() & 0xFFFFFF
    assert highlight in pixels(QRect(left, top, view.NUMBER_WIDTH, number_height))
    # The key sits top right, no darker than the muted (placeholder) colour
    # laid over the card; the title beside it is drawn in full text colour.
    _x, _title_width, _text_width, hint_width = view.columns(view.width())
    hint_height = QFontMetrics(view.hint_font).height()
    hint = pixels(QRect(view.width() - right - hint_width, top, hint_width, hint_height))
    muted = QColor(palette.color(QPalette.ColorRole.PlaceholderText))
    face = palette.color(QPalette.ColorRole.Base)
    alpha = muted.alphaF()
    lightest_ink = round(muted.lightness() * alpha + face.lightness() * (1 - alpha))
    assert min(QColor(rgb).lightness() for rgb in hint) >= lightest_ink - 8
    assert view.hint_text() == "Ctrl+1"
    # Screen readers get the painted texts from the card itself.
    spoken = spoken_card(view)
    assert spoken.role() == QAccessible.Role.Button
    assert spoken.text(QAccessible.Text.Name) == "Invite them on"
    assert spoken.text(QAccessible.Text.Description) == "Please go on, I'm listening."
    assert spoken.actionInterface().keyBindingsForAction("Press") == ["Ctrl+1"]


def test_a_card_grows_with_its_wrapped_text_and_keeps_it_inside(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    book = sample_playbook()
    long_word = "Reference" + "0123456789" * 8  # no place to break it
    card = PhraseCard("long", "Read the reference back", f"Your reference is {long_word}.")
    book = Playbook(
        id=book.id,
        name=book.name,
        language="en",
        steps=(Step("s", "Step", "Goal", cards=(card,)), *book.steps),
    )
    window = make_window(book)
    view = first_card(window)
    wide, narrow = view.heightForWidth(600), view.heightForWidth(300)
    assert narrow > wide
    window.resize(400, 680)
    qtbot.waitUntil(lambda: view.height() == view.heightForWidth(view.width()))
    # The long word is broken across lines rather than cut off at the edge:
    # nothing is painted between the text column's end and the card's edge.
    x, _title_width, text_width, _hint = view.columns(view.width())
    margin = QRect(x + text_width + 1, view.MARGINS[1], view.MARGINS[2] - 3, view.height() - 16)
    assert inked_columns(view, margin) == []
    assert max(inked_columns(view, QRect(x, 0, text_width, view.height()))) > x + text_width - 30


def test_larger_text_makes_the_cards_larger_and_a_use_count_fits_beside_the_title(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = first_card(window)
    size, height = view.title_font.pointSizeF(), view.heightForWidth(300)
    qtbot.keyClick(window.notes.notes, Qt.Key.Key_Equal, CTRL)
    assert view.title_font.pointSizeF() > size
    assert view.heightForWidth(300) > height
    title_width = view.columns(300)[1]
    view.show_uses(12)
    assert view.hint_text() == "Ctrl+1 · used 12×"
    assert view.columns(300)[1] < title_width


def test_search_finds_cards_anywhere_with_typos_and_enter_uses_the_top_hit(
    window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.keyClick(window.notes.notes, Qt.Key.Key_F, CTRL)
    assert window.search.isVisible() and not window.pages.isVisible()
    field = window.search.field
    assert QApplication.focusWidget() is field
    qtbot.keyClicks(field, "refnud")
    assert window.search.results.count() == 1
    assert window.search.results.item(0).text().startswith("Offer a refund\nResolve")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert QApplication.clipboard().text() == "I can refund the charge today."
    assert not window.search.isVisible() and window.pages.isVisible()
    assert window.desk.session.current_index == 0  # using a card does not move the call

    qtbot.keyClick(window.notes.notes, Qt.Key.Key_F, CTRL)
    field.clear()
    qtbot.keyClicks(field, "respectfull")  # a situation's card, one typo
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert window.search.results.currentRow() == 0
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not window.search.isVisible()
    qtbot.keyClick(window.notes.notes, Qt.Key.Key_F, CTRL)
    assert field.text() == "respectfull" and window.search.hits[0].card.id == "abusive-warn"


def test_a_card_is_drawn_once_then_shown_from_its_picture_until_its_look_changes(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = first_card(window)
    drawn: list[str] = []
    draw = view.paint_card
    view.paint_card = lambda painter, state: (drawn.append(state), draw(painter, state))  # type: ignore[method-assign]
    plain = view.grab().toImage()  # drawn when the window was first shown
    window.run_command("go-to-step 2")
    window.run_command("go-to-step 1")
    qtbot.waitUntil(lambda: view.card_list().isVisible())
    assert view.grab().toImage() == plain
    assert drawn == []  # stepping away and back drew nothing again

    # The keyboard focus: the thick highlight edge, then the hairline again.
    palette = view.palette()
    middle = view.height() // 2
    view.take_focus()
    qtbot.waitUntil(view.hasFocus)
    focused = view.grab().toImage()
    assert focused.pixelColor(1, middle) == palette.color(QPalette.ColorRole.Highlight)
    window.notes.notes.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    assert view.grab().toImage() == plain
    assert drawn == ["focus"]

    # A use count beside the title, same card size: the key hint is drawn
    # again, reaching further left.
    title_end = view.columns(view.width())[0] + QFontMetrics(view.title_font).horizontalAdvance(
        view.title_text()
    )
    hint_band = QRect(title_end + 4, view.MARGINS[1], view.width() - title_end - 4, 8)
    height = view.height()
    view.show_uses(12)
    qtbot.waitUntil(lambda: drawn == ["focus", "plain"])
    assert view.height() == height
    assert min(inked_columns(view, hint_band)) < min(inked_columns(view, hint_band, plain))


def test_a_card_follows_a_new_palette_at_once(
    window: MainWindow, qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    view = first_card(window)
    view.grab()  # its picture in the light palette
    request.getfixturevalue("dark_palette")
    dark = QColor(*DARK_BASE)
    qtbot.waitUntil(lambda: view.palette().color(QPalette.ColorRole.Base) == dark)
    image = view.grab().toImage()
    # The face (just inside the bottom right corner's curve) and the page's
    # colour in the corner itself are both the new base colour.
    assert image.pixelColor(view.width() - 12, view.height() - 4) == dark
    assert image.pixelColor(0, 0) == dark
    assert inked_columns(view, QRect(0, 0, view.width(), view.height()))
