"""A broken playbook file is reported in the window in the agent's language."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.paths import DataDir
from tests.ui.conftest import BROKEN_PLAYBOOK, start_up_box


def test_a_broken_personal_playbook_is_shown_in_spanish(qtbot: QtBot, tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data").create()
    data.settings.write_text(json.dumps({"language": "es"}), encoding="utf-8")
    data.personal_playbooks.mkdir(parents=True, exist_ok=True)
    broken = data.personal_playbooks / "mine.yaml"
    broken.write_text(BROKEN_PLAYBOOK, encoding="utf-8")
    messages, text = start_up_box(qtbot, data)
    # The diagnostics log keeps core's English.
    assert f"{broken}:7: the title of card 'my-hello' is 53 characters; at most 40 fit" in (
        messages
    )
    assert f"{broken}:7: el título en la tarjeta 'my-hello' tiene 53 caracteres; " in text
    assert (
        f"{broken}:8: marcador desconocido {{custmer_name}} en el texto en la tarjeta 'my-hello' "
        "(¿quería decir 'customer_name'?); los que hay: {customer_name}" in text
    )
    assert "the title of" not in text and "unknown placeholder" not in text
