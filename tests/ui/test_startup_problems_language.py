"""Everything the start-up box says is in the agent's language; English stays as it was.

A data dir with a mistyped and a wrongly typed setting, a playbook id that is
not there, a personal playbook file that is skipped and a damaged call log:
the window started on it in Spanish says each in Spanish, file names, keys,
ids and counts as written; in English it says them word for word as before.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop_app.paths import DataDir
from desktop_app.ui.plumbing.store_messages import said_again
from desktop_app.ui.translations import use_language
from tests.ui.conftest import BROKEN_PLAYBOOK, start_up_box

GARBAGE = b"this is not a database at all " * 200


def _start_box(qtbot: QtBot, tmp_path: Path, language: str) -> tuple[DataDir, list[str], str]:
    """Start the window on the broken data dir: the English messages and the box's text."""
    data = DataDir(tmp_path / "data").create()
    settings = {"language": language, "playbook_id": "calm-sixx", "compcat": True, "compact": "yes"}
    data.settings.write_text(json.dumps(settings), encoding="utf-8")
    data.personal_playbooks.mkdir(parents=True, exist_ok=True)
    (data.personal_playbooks / "mine.yaml").write_text(BROKEN_PLAYBOOK, encoding="utf-8")
    data.call_log.write_bytes(GARBAGE)
    messages, text = start_up_box(qtbot, data)
    return data, messages, text


def _moved(data: DataDir) -> Path:
    (moved,) = data.call_log.parent.glob(f"{data.call_log.name}.damaged-*")
    return moved


def test_every_start_up_problem_is_said_in_spanish(qtbot: QtBot, tmp_path: Path) -> None:
    data, english, text = _start_box(qtbot, tmp_path, "es")
    mine = data.personal_playbooks / "mine.yaml"
    assert text.startswith("Calmline se ha iniciado, pero algunos archivos necesitan revisión:")
    expected = [
        f"{data.settings} (compcat): ajuste desconocido, no se tiene en cuenta "
        "(¿quería decir 'compact'?)",
        f"{data.settings} (compact): se esperaba bool y hay str; se usa False",
        f"{mine} se ha omitido (2 problemas); el resto de los guiones se ha cargado sin él.",
        "El guion 'calm-sixx' no está disponible (¿quería decir 'calm-six'?); "
        "se usa 'calm-six' en su lugar.",
        f"el registro de llamadas {data.call_log} está dañado: ",
        f". Se ha movido a {_moved(data)} (no se ha borrado nada) y se ha empezado un "
        "registro nuevo, vacío.",
    ]
    for words in expected:
        assert words in text, words
    for english_words in ("unknown setting", "was skipped", "is not available", "It was moved"):
        assert english_words not in text
    # The diagnostics log keeps the English.
    assert f"{data.settings} (compcat): unknown setting, ignored (did you mean 'compact'?)" in (
        english
    )


def test_in_english_the_start_up_box_says_what_it_said_before(qtbot: QtBot, tmp_path: Path) -> None:
    data, english, text = _start_box(qtbot, tmp_path, "en")
    mine = data.personal_playbooks / "mine.yaml"
    damaged = next(message for message in english if message.startswith("the call log"))
    expected = [
        f"{data.settings} (compcat): unknown setting, ignored (did you mean 'compact'?)",
        f"{data.settings} (compact): expected bool, found str; using False",
        f"{mine} was skipped (2 problems); the rest of the content loaded without it.",
        "The playbook 'calm-sixx' is not available (did you mean 'calm-six'?); "
        "using 'calm-six' instead.",
        damaged,
    ]
    for words in expected:
        assert words in english, words
        assert words in text, words
    assert damaged.endswith(
        f". It was moved to {_moved(data)} (nothing was deleted) and a fresh, empty log "
        "was started."
    )
    assert text.startswith("Calmline started, but some of your files need attention:")


@pytest.mark.parametrize(
    ("saved", "unread", "words"),
    [
        (
            1,
            "",
            "la 1 llamada que aún se podía leer se ha copiado a un registro nuevo.",
        ),
        (
            12,
            "; 1 call(s) could not be read and are only in the moved file",
            "las 12 llamadas que aún se podían leer se han copiado a un registro nuevo; "
            "1 llamada no se pudo leer y solo está en el archivo movido.",
        ),
        (
            3,
            "; 2 call(s) could not be read and are only in the moved file",
            "las 3 llamadas que aún se podían leer se han copiado a un registro nuevo; "
            "2 llamadas no se pudieron leer y solo están en el archivo movido.",
        ),
    ],
)
def test_the_calls_saved_from_a_damaged_log_are_counted_in_spanish(
    qapp: QCoreApplication, saved: int, unread: str, words: str
) -> None:
    notice = (
        "the call log /data/calls.sqlite3 is damaged: database disk image is malformed. "
        "It was moved to /data/calls.sqlite3.damaged-20250101-090000 (nothing was deleted); "
        f"the {saved} call(s) that could still be read were copied into a fresh log{unread}."
    )
    assert said_again(notice) == notice  # English: as the log wrote it
    use_language(qapp, "es")
    try:
        said = said_again(notice)
    finally:
        use_language(qapp, "en")
    assert said == (
        "el registro de llamadas /data/calls.sqlite3 está dañado: database disk image is "
        "malformed. Se ha movido a /data/calls.sqlite3.damaged-20250101-090000 (no se ha "
        f"borrado nada); {words}"
    )
