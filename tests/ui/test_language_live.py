"""A language switch mid-call reaches every part of the window that is open, at once:
the log tools, card search, the repeat-caller banner, the team line and the notices.
What the agent typed, found and chose stays."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.call import CallRecord
from desktop_app.store.pending import PendingCallLog
from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.log_tools.team_line import attach_team_line
from desktop_app.ui.log_tools.team_tools import team_tools
from desktop_app.ui.widgets.section_heading import SectionHeading
from tests.synthetic import sample_call
from tests.ui.conftest import WindowFactory

NAME = QAccessible.Text.Name


def to_spanish(window: MainWindow, qtbot: QtBot) -> None:
    assert window.run_command("set-language es")[0]
    qtbot.waitUntil(lambda: window.step_counter.text().startswith("Paso"))


def words(widget: QWidget) -> set[str]:
    """The labels' and buttons' words in ``widget``, as the agent reads them."""
    found = {label.text() for label in widget.findChildren(QLabel)}
    return found | {button.text() for button in widget.findChildren(QPushButton)}


def menu_texts(window: MainWindow) -> list[str]:
    return [action.text().split("\t")[0] for action in window.menu_button.menu().actions()]


def test_open_log_tools_switch_to_spanish_keeping_what_was_typed_and_chosen(
    window: MainWindow, qtbot: QtBot
) -> None:
    log = window.parts.call_log  # type: ignore[attr-defined]
    log.save(sample_call())
    tools = team_tools(window)
    tools.open_history()
    assert tools.history is not None
    history = tools.history
    history.query.setText("Ann")
    history.search()
    found = history.found
    assert found == 1
    tools.open_follow_ups()
    tools.open_report()
    assert tools.report is not None
    tools.report.weeks.setValue(20)
    tools.open_export()
    assert tools.export_dialog is not None
    tools.export_dialog.format.setCurrentIndex(2)  # Markdown
    assert "History…" in menu_texts(window)

    to_spanish(window, qtbot)

    assert "Historial…" in menu_texts(window) and "History…" not in menu_texts(window)
    assert tools.dialogs["history"].windowTitle() == "Historial"
    assert "Abrir (Intro)" in words(history)
    assert history.status.text() == "1 llamada encontrada"
    assert history.query.text() == "Ann" and history.found == found
    assert history.dates.use_since.text() == "Desde"
    assert tools.dialogs["follow-ups"].windowTitle() == "Seguimientos"
    assert tools.follow_ups is not None
    assert "Marcar como hecho (Espacio)" in words(tools.follow_ups)
    assert tools.follow_ups.tree.headerItem().text(0) == "Vence"
    assert tools.dialogs["report"].windowTitle() == "Quejas recurrentes"
    assert "Exportar CSV…" in words(tools.report)
    assert tools.report.weeks.value() == 20 and tools.report.weeks.suffix() == " semanas"
    export = tools.export_dialog
    assert export.windowTitle() == "Exportar llamadas"
    assert export.format.currentText() == "Markdown" and export.format.itemText(0).startswith(
        "CSV (hoja"
    )
    assert "Formato" in words(export)


def test_a_dialog_built_after_the_switch_speaks_spanish(window: MainWindow, qtbot: QtBot) -> None:
    to_spanish(window, qtbot)
    tools = team_tools(window)
    tools.open_follow_ups()
    assert tools.dialogs["follow-ups"].windowTitle() == "Seguimientos"
    assert tools.follow_ups is not None
    assert "Marcar como hecho (Espacio)" in words(tools.follow_ups)


def test_card_search_switches_keeping_the_words_typed_and_the_cards_found(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.run_command("search-cards")
    search = window.search
    qtbot.keyClicks(search.field, "refund")
    rows = [search.results.item(row).text() for row in range(search.results.count())]
    assert rows and search.field.placeholderText().startswith("Search cards")

    to_spanish(window, qtbot)

    assert search.field.placeholderText() == "Buscar tarjetas: título, palabras, etiquetas…"
    assert search.hint.text() == "↑↓ elegir · Intro copia · Esc cierra"
    assert search.field.text() == "refund"
    assert [search.results.item(row).text() for row in range(search.results.count())] == rows
    assert search.isVisible()
    qtbot.waitUntil(search.field.hasFocus)
    qtbot.keyClicks(search.field, "s")  # typing on adds to the words, nothing is replaced
    assert search.field.text() == "refunds"


def test_the_repeat_caller_banner_switches_with_the_same_facts(
    window: MainWindow, qtbot: QtBot
) -> None:
    log = window.parts.call_log  # type: ignore[attr-defined]
    log.save(sample_call(id="earlier-1"))
    log.save(sample_call(id="earlier-2"))
    banner = team_tools(window).banner
    banner.look_up(log, phone="+44 7700 900123", exclude_call="current")
    assert banner.text.startswith("Called 2 times before · last ")

    to_spanish(window, qtbot)

    assert banner.text.startswith("Ya llamó 2 veces · última ")
    assert banner.said().startswith("Ya llamó 2 veces\nÚltima llamada: ")
    assert banner.show_last.text() == "Última llamada…"
    assert banner.last_call.text().startswith("Última llamada: ")


def test_the_team_line_switches_at_once(
    make_window: WindowFactory, qtbot: QtBot, offline_team_log: PendingCallLog
) -> None:
    window = make_window()
    line = attach_team_line(window, offline_team_log)
    assert line is not None
    offline_team_log.save(CallRecord(started_at=datetime.now(UTC)))
    qtbot.waitUntil(lambda: line.text.startswith("Team log offline · 1 call waiting"))
    line.timer.stop()  # the switch alone must bring the new words

    to_spanish(window, qtbot)

    assert line.text.startswith("Registro del equipo sin conexión · 1 llamada en espera")
    assert line.bar.accessibleName() == "Registro del equipo"


def test_the_notice_strip_switches_its_words_and_keeps_the_notices(
    window: MainWindow, qtbot: QtBot, qapp: QApplication
) -> None:
    disk, phone = (window.add_bar(name) for name in ("disk", "phone"))
    disk.show_message("The disk is full.", "error")
    phone.show_message("A call is waiting: Ann Adams", "notice")
    strip = window.notices
    qtbot.waitUntil(strip.isVisible)
    assert strip.read_button.text().startswith("Read")

    to_spanish(window, qtbot)

    assert strip.read_button.text().startswith("Leer")
    assert strip.accessibleName() == "Avisos"
    # A notice already up keeps the words it went up with.
    assert strip.label.toolTip() == "A call is waiting: Ann Adams"
    assert (
        strip.accessibleDescription() == "2 avisos · el más reciente: A call is waiting: Ann Adams"
    )


def test_the_notes_headings_switch_and_are_heard_in_the_new_language(
    window: MainWindow, qtbot: QtBot
) -> None:
    def headings() -> list[tuple[str, str]]:
        return [
            (heading.text(), QAccessible.queryAccessibleInterface(heading).text(NAME))
            for heading in window.notes.findChildren(SectionHeading)
        ]

    assert headings() == [("NOTES", "Notes"), ("PROMISES", "Promises")]
    to_spanish(window, qtbot)
    assert headings() == [("NOTAS", "Notas"), ("COMPROMISOS", "Compromisos")]
