"""A broken playbook file is reported in the window in the agent's language."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.app import assemble
from desktop_app.paths import DataDir
from desktop_app.ui.application import build_window, show_start_problems
from desktop_app.ui.translations import use_language

#: the agent's own change to the built-in playbook: a card title too long, a placeholder misspelt
BROKEN = """\
format: 1
extends: calm-six
steps:
  - id: listen
    cards:
      - id: my-hello
        title: A card title that is much too long to fit on the card
        text: Hello {custmer_name}
"""


def test_a_broken_personal_playbook_is_shown_in_spanish(qtbot: QtBot, tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data").create()
    data.settings.write_text(json.dumps({"language": "es"}), encoding="utf-8")
    data.personal_playbooks.mkdir(parents=True, exist_ok=True)
    broken = data.personal_playbooks / "mine.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    parts = assemble(data)
    app = QCoreApplication.instance()
    assert app is not None
    try:
        window = build_window(parts)
        qtbot.addWidget(window)
        # The diagnostics log keeps core's English.
        assert f"{broken}:7: the title of card 'my-hello' is 53 characters; at most 40 fit" in (
            parts.problems.messages
        )
        show_start_problems(parts, window)
        (box,) = window.findChildren(QMessageBox)
        qtbot.waitUntil(box.isVisible)
        text = box.text()
    finally:
        use_language(app, "en")
        parts.call_log.close()
    assert f"{broken}:7: el título en la tarjeta 'my-hello' tiene 53 caracteres; " in text
    assert (
        f"{broken}:8: marcador desconocido {{custmer_name}} en el texto en la tarjeta 'my-hello' "
        "(¿quería decir 'customer_name'?); los que hay: {customer_name}" in text
    )
    assert "the title of" not in text and "unknown placeholder" not in text
