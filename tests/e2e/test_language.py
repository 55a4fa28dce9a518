"""A window started with ``language: es`` in its settings speaks Spanish (real subprocess)."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.paths import DataDir
from tests.e2e.running_calmline import calmline, calmline_window


def test_the_language_setting_gives_a_spanish_window(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data").create()
    data.settings.write_text(json.dumps({"language": "es"}), encoding="utf-8")
    with calmline_window(data.root) as process:
        assert calmline(data.root, "ctl", "next-step").returncode == 0
        status = calmline(data.root, "ctl", "status")
        assert status.returncode == 0, status.stderr
        window = json.loads(status.stdout)["window"]
        assert window["language"] == "es_ES"
        assert window["where"].startswith("Paso 2 de ")
        english = calmline(data.root, "ctl", "set-language", "en")
        assert english.returncode == 0, english.stderr
        status = calmline(data.root, "ctl", "status")
        assert json.loads(status.stdout)["window"]["where"].startswith("Step 2 of ")
        assert calmline(data.root, "ctl", "quit").returncode == 0
        _out, err = process.communicate(timeout=60)
    assert process.returncode == 0
    assert err == ""
    assert json.loads(data.settings.read_text(encoding="utf-8"))["language"] == "en"
