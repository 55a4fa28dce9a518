"""A command's own errors are said in the window's language: as the error toast and
as the reply ``calmline ctl`` prints. Command, option and field names, ids, numbers
and usages stay as written; English stays word for word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.app import assemble
from desktop_app.paths import DataDir
from desktop_app.ui.application import build_window
from desktop_app.ui.call_window.main_window import MainWindow

#: what is asked, and what a Spanish window says back
SPANISH = [
    (["nope"], "comando desconocido 'nope'"),
    (["go-to-step", "99"], "no hay paso 99; este guion tiene 6 pasos"),
    (["go-to-step"], "go-to-step: falta <number>; uso: go-to-step <number>"),
    (
        ["set-field", "nope", "x"],
        "set-field: campo desconocido 'nope' (campos: name, account, phone, category, "
        "reason, resolution, outcome, cause, notes)",
    ),
    (["go-to-step", "x"], "go-to-step: <number> debe ser un número entero, no 'x'"),
    (["use-card", "42"], "'Escuchar' tiene 9 tarjetas, no hay tarjeta 42"),
    (["set-mood", "9"], "el ánimo debe ir de 1 a 5, no 9"),
    (["next-step", "--x"], "next-step: la opción --x necesita un valor"),
]

#: the same in English, as it always read
ENGLISH = [
    (["nope"], "unknown command 'nope'"),
    (["go-to-step", "99"], "there is no step 99; this playbook has 6"),
    (["go-to-step"], "go-to-step: missing <number>; usage: go-to-step <number>"),
    (
        ["set-field", "nope", "x"],
        "set-field: unknown field 'nope' (fields: name, account, phone, category, "
        "reason, resolution, outcome, cause, notes)",
    ),
    (["go-to-step", "x"], "go-to-step: <number> must be a whole number, not 'x'"),
    (["use-card", "42"], "'Listen' has 9 cards, no card 42"),
    (["set-mood", "9"], "mood must be 1 to 5, not 9"),
    (["next-step", "--x"], "next-step: option --x needs a value"),
]


def window_in(qtbot: QtBot, tmp_path: Path, language: str) -> MainWindow:
    """The window, and the playbook, in ``language``, on the first step (Listen)."""
    data = DataDir(tmp_path / "data").create()
    settings = {"language": language, "playbook_language": language}
    data.settings.write_text(json.dumps(settings), encoding="utf-8")
    parts = assemble(data)
    window = build_window(parts)
    qtbot.addWidget(window)
    window.destroyed.connect(parts.call_log.close)
    return window


@pytest.mark.parametrize(("language", "said"), [("es", SPANISH), ("en", ENGLISH)], ids=["es", "en"])
def test_a_commands_error_is_said_in_the_windows_language(
    qtbot: QtBot, tmp_path: Path, language: str, said: list[tuple[list[str], str]]
) -> None:
    window = window_in(qtbot, tmp_path, language)
    for words, message in said:
        ok, reply, status = window.run_words_with_status(words)
        assert (ok, reply, status) == (False, message, ""), words
        assert window.toast.text() == message


def test_a_situation_out_of_range_is_counted_in_greek(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_in(qtbot, tmp_path, "el")
    situations = len(window.desk.playbook.situations)
    ok, reply, _status = window.run_words_with_status(["open-situation", "99"])
    assert not ok
    assert reply == f"δεν υπάρχει κατάσταση 99· υπάρχουν {situations}"


def test_a_language_without_a_translation_is_refused_in_the_language_kept(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = window_in(qtbot, tmp_path, "es")
    ok, reply, _status = window.run_words_with_status(["set-language", "xx"])
    assert not ok
    assert reply == "no hay textos de la ventana en el idioma 'xx'; los idiomas son en, el, es"
    assert window.run_words_with_status(["go-to-step", "x"])[1].endswith("no 'x'")


def test_a_save_that_lacks_required_fields_is_refused_in_the_language(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The field and option names stay as written, and so does the failure's name
    (``calmline ctl`` exits with 7 on it)."""
    window = window_in(qtbot, tmp_path, "es")
    window.run_words(["set-field", "notes", "Cobro doble"])
    ok, reply, status = window.run_words_with_status(["save-call"])
    assert (ok, status) == (False, "missing-fields")
    assert reply == (
        "no se ha guardado: a la llamada le faltan category, outcome "
        "(rellénelos o indique --category, --outcome)"
    )


def test_a_callers_field_that_cannot_be_used_is_refused_in_the_language(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """As a phone program offers a call with a phone that is not one."""
    window = window_in(qtbot, tmp_path, "es")
    ok, reply, _status = window.run_words_with_status(["offer-call", "--phone", "call me"])
    assert not ok
    assert reply == (
        "offer-call: teléfono 'call me' no es un número de teléfono (solo dígitos y + ( ) - . * #)"
    )
    english = window_in(qtbot, tmp_path / "en", "en")
    assert english.run_words_with_status(["offer-call", "--phone", "call me"])[1] == (
        "offer-call: phone 'call me' is not a phone number (digits, + ( ) - . * # only)"
    )
