"""The Ctrl+F panel on its own: what the agent sees in the result list as they type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from desktop_app.core.card_search import CardIndex
from desktop_app.core.playbook import PhraseCard
from desktop_app.ui.call_window.search_panel import SearchPanel
from desktop_app.ui.widgets.typography import Typography

REFUND = PhraseCard("refund", "Offer a refund", "I can refund the duplicate charge today.")
RETURN = PhraseCard("return", "Explain the return", "Send the parcel back and we refund it.")
SORRY = PhraseCard("sorry", "Apologise sincerely", "I'm sorry this happened to you.")
LONG = PhraseCard(
    "long",
    "Reassure about the long wait on the phone line this morning",
    "I know you have been waiting a long time, and I'm sorry about that. " * 4,
)


def panel(qtbot: QtBot, *cards: PhraseCard) -> tuple[SearchPanel, list[PhraseCard]]:
    used: list[PhraseCard] = []
    search = SearchPanel(Typography(), used.append)
    qtbot.addWidget(search)
    search.set_index(CardIndex(("resolve", "Resolve", card) for card in cards))
    search.resize(360, 420)
    search.show()
    qtbot.waitExposed(search)
    return search, used


def rows(search: SearchPanel) -> list[str]:
    return [search.results.item(row).text() for row in range(search.results.count())]


def test_each_keystroke_shows_the_matching_cards_best_first(qtbot: QtBot) -> None:
    search, used = panel(qtbot, SORRY, RETURN, REFUND)
    qtbot.keyClicks(search.field, "re")
    assert rows(search) == [
        "Explain the return\nResolve · Send the parcel back and we refund it.",
        "Offer a refund\nResolve · I can refund the duplicate charge today.",
        "Apologise sincerely\nResolve · I'm sorry this happened to you.",
    ]
    qtbot.keyClick(search.field, Qt.Key.Key_F)
    assert rows(search) == [
        "Offer a refund\nResolve · I can refund the duplicate charge today.",
        "Explain the return\nResolve · Send the parcel back and we refund it.",
    ]
    assert search.results.currentRow() == 0
    qtbot.keyClick(search.field, Qt.Key.Key_Down)
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert used == [RETURN]


def test_rows_shrink_grow_and_the_top_one_is_chosen_again(qtbot: QtBot) -> None:
    search, _used = panel(qtbot, SORRY, RETURN, REFUND)
    qtbot.keyClicks(search.field, "re")
    search.results.setCurrentRow(2)
    qtbot.keyClicks(search.field, "fund")
    assert [h.card.id for h in search.hits] == ["refund", "return"]
    assert search.results.count() == 2 and search.results.currentRow() == 0
    qtbot.keyClick(search.field, Qt.Key.Key_Backspace)
    qtbot.keyClick(search.field, Qt.Key.Key_Backspace)
    qtbot.keyClick(search.field, Qt.Key.Key_Backspace)
    qtbot.keyClick(search.field, Qt.Key.Key_Backspace)
    assert search.results.count() == 3 and search.results.currentRow() == 0
    assert rows(search)[2].startswith("Apologise sincerely\n")


def test_nothing_found_says_so_over_the_list_and_clears_when_cards_return(qtbot: QtBot) -> None:
    search, _used = panel(qtbot, SORRY, REFUND)
    list_height = search.results.height()
    qtbot.keyClicks(search.field, "zebra")
    assert rows(search) == []
    assert search.empty.isVisible()
    assert search.empty.text() == "No card matches these words."
    assert search.empty.textFormat() == Qt.TextFormat.PlainText
    assert search.results.viewport().rect().contains(search.empty.geometry())
    assert search.results.height() == list_height  # the list keeps its place
    search.field.setText("sorry")
    assert not search.empty.isVisible()
    assert rows(search) == ["Apologise sincerely\nResolve · I'm sorry this happened to you."]
    search.field.clear()
    assert rows(search) == [] and not search.empty.isVisible()  # an empty query is no failure


def test_every_row_has_one_height_and_long_lines_end_within_the_list(qtbot: QtBot) -> None:
    search, _used = panel(qtbot, SORRY, LONG, REFUND)
    search.field.setText("sorry")
    assert search.results.count() == 2
    heights = {search.results.visualItemRect(search.results.item(r)).height() for r in range(2)}
    assert len(heights) == 1
    two_lines = 2 * search.results.fontMetrics().lineSpacing()
    assert heights.pop() >= two_lines
    width = search.results.viewport().width()
    assert search.results.visualItemRect(search.results.item(0)).width() <= width
    assert search.results.horizontalScrollBar().maximum() == 0  # nothing hidden to the side


def test_larger_text_makes_taller_rows(qtbot: QtBot) -> None:
    search, _used = panel(qtbot, SORRY, REFUND)
    search.field.setText("sorry")
    before = search.results.visualItemRect(search.results.item(0)).height()
    font = QFont(search.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    search.setFont(font)
    qtbot.waitUntil(lambda: search.results.visualItemRect(search.results.item(0)).height() > before)
