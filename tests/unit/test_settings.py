from __future__ import annotations

import stat
from pathlib import Path

from desktop_app.core.settings import Settings, load_settings, save_settings


def test_settings_round_trip_through_a_private_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(agent_name="Sam", text_scale=125), path)
    loaded, problems = load_settings(path)
    assert problems == []
    assert (loaded.agent_name, loaded.text_scale) == ("Sam", 125)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_missing_file_gives_defaults_quietly(tmp_path: Path) -> None:
    loaded, problems = load_settings(tmp_path / "none.json")
    assert loaded == Settings()
    assert problems == []


def test_wrong_values_are_reported_by_key_and_the_rest_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"agent_name": "Sam", "text_scale": "big", "colour": 1}')
    loaded, problems = load_settings(path)
    assert loaded.agent_name == "Sam"
    assert loaded.text_scale == 100
    assert [str(p) for p in problems] == [
        f"{path} (text_scale): expected int, found str; using 100",
        f"{path} (colour): unknown setting, ignored",
    ]


def test_a_broken_file_is_reported_and_defaults_used(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    loaded, problems = load_settings(path)
    assert loaded == Settings()
    assert "cannot read the settings" in str(problems[0])
