"""A broken keys.yaml and a wrong softphone setting are said in the agent's
language in the start-up box.

Each problem keeps its file and line, the key as written, the command's name
and usage and the setting as written; only Calmline's words change. English
stays word for word.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.paths import DataDir
from desktop_app.ui.application import start_phone
from tests.ui.conftest import start_up_box

BROKEN_KEYS = """\
Ctrl+Q: next-stepp
Ctrl+Hyper+J: next-step
Ctrl+C: next-step
Alt+9: go-to-step nine
Ctrl+K: use-card 1 2
F9: new-call --phonee 555
"""


def start_box_lines(
    qtbot: QtBot, tmp_path: Path, language: str, softphone: str = ""
) -> tuple[DataDir, list[str]]:
    """The start-up box's lines about ``keys.yaml`` and the phone, the window in ``language``."""
    data = DataDir(tmp_path / "data").create()
    settings = {"language": language, "softphone": softphone}
    data.settings.write_text(json.dumps(settings), encoding="utf-8")
    data.keymap.write_text(BROKEN_KEYS, encoding="utf-8")
    _messages, text = start_up_box(qtbot, data, also=start_phone)
    return data, [line for line in text.splitlines() if str(data.keymap) in line or "phone" in line]


def test_a_broken_keymap_is_said_in_spanish(qtbot: QtBot, tmp_path: Path) -> None:
    data, lines = start_box_lines(qtbot, tmp_path, "es")
    keys = data.keymap
    assert lines == [
        f"{keys}:1: Ctrl+Q: comando desconocido 'next-stepp' (¿quería decir 'next-step'?)",
        f"{keys}:2: Ctrl+Hyper+J: modificador desconocido 'Hyper' en 'Ctrl+Hyper+J'",
        f"{keys}:3: Ctrl+C: Ctrl+C es una tecla de edición de texto y se reserva para los "
        "campos de texto",
        f"{keys}:4: Alt+9: go-to-step: <number> debe ser un número entero, no 'nine'",
        f"{keys}:5: Ctrl+K: use-card: demasiados argumentos (2 dados); uso: use-card <number>",
        f"{keys}:6: F9: new-call: opción desconocida --phonee (opciones conocidas: --name, "
        "--phone, --account)",
    ]


def test_a_broken_keymap_in_english_is_said_as_before(qtbot: QtBot, tmp_path: Path) -> None:
    data, lines = start_box_lines(qtbot, tmp_path, "en")
    keys = data.keymap
    assert lines == [
        f"{keys}:1: Ctrl+Q: unknown command 'next-stepp' (did you mean 'next-step'?)",
        f"{keys}:2: Ctrl+Hyper+J: unknown modifier 'Hyper' in 'Ctrl+Hyper+J'",
        f"{keys}:3: Ctrl+C: Ctrl+C is a text-editing key and stays with the text fields",
        f"{keys}:4: Alt+9: go-to-step: <number> must be a whole number, not 'nine'",
        f"{keys}:5: Ctrl+K: use-card: too many arguments (2 given); usage: use-card <number>",
        f"{keys}:6: F9: new-call: unknown option --phonee (known options: --name, "
        "--phone, --account)",
    ]


def test_a_wrong_phone_setting_is_said_in_spanish_and_greek(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CALMLINE_SOFTPHONE", raising=False)
    _data, spanish = start_box_lines(qtbot, tmp_path / "es", "es", "skype:127.0.0.1:4444")
    _data, greek = start_box_lines(qtbot, tmp_path / "el", "el", "baresip:10.0.0.5:4444")
    _data, english = start_box_lines(qtbot, tmp_path / "en", "en", "baresip:nowhere")
    assert spanish[-1:] == [
        "settings.json: softphone 'skype:127.0.0.1:4444': programa de teléfono desconocido "
        "'skype' (conocidos: baresip; p. ej. baresip:127.0.0.1:4444); el teléfono no está "
        "conectado"
    ]
    assert greek[-1:] == [
        "settings.json: softphone 'baresip:10.0.0.5:4444': το 10.0.0.5 δεν είναι αυτός ο "
        "υπολογιστής· η θύρα ελέγχου του προγράμματος τηλεφώνου πρέπει να είναι στο "
        "127.0.0.1 (δεν έχει κωδικό)· το τηλέφωνο δεν είναι συνδεδεμένο"
    ]
    assert english[-1:] == [
        "settings.json: softphone 'baresip:nowhere': expected baresip:HOST:PORT, "
        "e.g. baresip:127.0.0.1:4444; the phone is not connected"
    ]
