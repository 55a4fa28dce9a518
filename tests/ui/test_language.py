"""The window's language: chosen in the ☰ menu mid-call, the call carries on in it."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.translations import shipped_languages
from desktop_app.ui.widgets.labels import heading_case
from tests.ui.conftest import WindowFactory


def _texts(window: MainWindow) -> set[str]:
    return {label.text() for label in window.findChildren(QLabel)}


def test_spanish_is_shipped() -> None:
    assert "es" in shipped_languages()


def test_switching_to_spanish_mid_call_keeps_the_call(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.run_command("go-to-step 2")
    window.run_command("set-mood 2")
    window.notes.name.setText("Ana Pérez")
    window.notes.name.textEdited.emit("Ana Pérez")
    window.notes.notes.setPlainText("Cobro doble en marzo")
    started = window.desk.session.record.started_at
    assert "Situations" in _texts(window)

    entry = window.language_menu.entries["es"]
    assert entry.text() == "Español"
    entry.trigger()

    qtbot.waitUntil(lambda: window.step_counter.text().startswith("Paso 2 de"))
    texts = _texts(window)
    assert {"Situaciones", "Ánimo", "Notas libres", "Nombre del cliente"} <= texts
    assert "Situations" not in texts
    assert window.menu_actions["new-call"].text().startswith("Nueva llamada")
    assert window.language_menu.title() == "Idioma"
    # The same call: its step, mood, notes and start time.
    assert window.desk.session.current_index == 1
    assert window.desk.session.mood == 2
    assert window.mood.value_text() == "2 de 5, enfadado"
    assert window.notes.name.text() == "Ana Pérez"
    assert window.notes.notes.toPlainText() == "Cobro doble en marzo"
    assert window.desk.session.record.started_at == started
    assert entry.isChecked()
    settings = json.loads(window.parts.data.settings.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    assert settings["language"] == "es"

    window.run_command("set-language en")
    qtbot.waitUntil(lambda: window.step_counter.text().startswith("Step 2 of"))
    assert "Free notes" in _texts(window)


def test_a_language_not_shipped_is_refused_in_one_line(make_window: WindowFactory) -> None:
    window = make_window()
    ok, message = window.run_command("set-language xx")
    assert not ok
    assert "no window text in the language 'xx'" in message
    assert "es" in message and "\n" not in message
    assert window.settings.language == ""


@pytest.mark.parametrize(
    ("written", "in_capitals"),
    [
        ("Υπενθυμίσεις", "ΥΠΕΝΘΥΜΙΣΕΙΣ"),
        ("Σημειώσεις", "ΣΗΜΕΙΩΣΕΙΣ"),
        ("Προϊόν", "ΠΡΟΪΟΝ"),  # the diaeresis stays
        ("Categoría", "CATEGORÍA"),  # Spanish capitals keep their accents
        ("Cards", "CARDS"),
    ],
)
def test_headings_are_in_capitals_as_each_language_writes_them(
    written: str, in_capitals: str
) -> None:
    assert heading_case(written) == in_capitals
