"""Cards: copied filled in and marked secret, confirmed, recorded; missing values asked inline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.core.call import EventKind
from desktop_app.core.playbook import PhraseCard, Playbook, Step
from desktop_app.ui.effects import SECRET_HINT_MIME
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory, sample_playbook

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_click_copies_marks_secret_confirms_and_records(window: MainWindow, qtbot: QtBot) -> None:
    first = window.step_pages[0].cards
    assert first is not None
    view = first.views[1]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    mime = QApplication.clipboard().mimeData()
    assert mime.text() == "I'm writing this down."
    assert bytes(mime.data(SECRET_HINT_MIME).data()) == b"secret"
    assert window.toast.isVisible() and window.toast.text() == "Copied: Taking notes"
    (event,) = [e for e in window.desk.session.record.timeline if e.kind is EventKind.CARD_USED]
    assert (event.step_id, event.detail) == ("listen", "listen-notes")
    assert view.hint.text() == "Ctrl+2 · used 1×"


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
    cards = window.step_pages[0].cards
    assert cards is not None
    view = cards.views[0]
    for label in (view.title, view.text):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert view.text.text() == "<i>not italic</i> & <a href='x'>link</a>"
    assert window.step_title.text() == "<u>Step</u>"
    window.notes.name.setText("<b>Dana</b>")
    assert window.toolTip() == ""


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
