"""The command line speaks the agent's language (real subprocesses, a real log).

``language`` in settings.json, or the system's language when it is empty, as
the window. Exit codes and the files for programs do not change with it.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from desktop_app import exit_codes
from desktop_app.store.sqlite_log import SqliteCallLog
from tests.e2e.test_cli import calmline
from tests.synthetic import fill_log, sample_call, synthetic_calls

#: No language from the machine running the tests: only what each test gives.
NO_SYSTEM_LANGUAGE = {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"}


def _data_dir(root: Path, language: str) -> Path:
    root.mkdir()
    log = SqliteCallLog(root / "calls.sqlite3")
    fill_log(log, synthetic_calls(3, seed=5, weeks=1))
    log.save(sample_call())
    log.close()
    (root / "settings.json").write_text(json.dumps({"language": language}), encoding="utf-8")
    return root


@pytest.fixture
def spanish(tmp_path: Path) -> Path:
    return _data_dir(tmp_path / "data", "es")


def test_markdown_export_and_its_message_are_spanish(spanish: Path, tmp_path: Path) -> None:
    out = tmp_path / "calls.md"
    result = calmline(
        "--data-dir", str(spanish), "export", "--format", "md", "--out", str(out),
        env=NO_SYSTEM_LANGUAGE,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"exportadas 4 llamadas a {out}"
    markdown = out.read_text(encoding="utf-8")
    assert markdown.startswith("# Llamadas de Calmline\n")
    assert "- **Cliente:** Ann Adams" in markdown and "### Cronología" in markdown
    assert "**Customer:**" not in markdown
    # Dates the Spanish way (day first, short year), not ISO.
    started = sample_call().started_at.astimezone()
    assert f"## {started.day}/{started.month}/{started.strftime('%y')} " in markdown


def test_one_call_exported_is_said_in_the_singular(spanish: Path, tmp_path: Path) -> None:
    out = tmp_path / "one.md"
    result = calmline(
        "--data-dir", str(spanish), "export", "--format", "md", "--call", sample_call().id,
        "--out", str(out), env=NO_SYSTEM_LANGUAGE,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"exportada 1 llamada a {out}"


def test_csv_stays_english_and_iso_in_spanish(spanish: Path, tmp_path: Path) -> None:
    out = tmp_path / "calls.csv"
    result = calmline(
        "--data-dir", str(spanish), "export", "--format", "csv", "--out", str(out),
        env=NO_SYSTEM_LANGUAGE,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["started_at"][:4].isdigit() and rows[0]["started_at"][4] == "-"
    assert "customer_name" in rows[0]


def test_a_bad_argument_is_refused_in_spanish_with_the_same_exit_code(
    spanish: Path, tmp_path: Path
) -> None:
    result = calmline(
        "--data-dir", str(spanish), "export", "--format", "md", "--since", "ayer",
        "--out", str(tmp_path / "x.md"), env=NO_SYSTEM_LANGUAGE,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr == (
        "calmline export: --since 'ayer' no es una fecha; use AAAA-MM-DD o AAAA-MM-DDTHH:MM\n"
    )


def test_ctl_without_a_window_says_so_in_spanish(spanish: Path) -> None:
    result = calmline("--data-dir", str(spanish), "ctl", "status", env=NO_SYSTEM_LANGUAGE)
    assert result.returncode == exit_codes.NOT_RUNNING
    assert result.stdout == ""
    assert result.stderr.startswith("calmline ctl: no hay ningún Calmline abierto con la carpeta")


def test_the_system_language_speaks_when_the_setting_is_empty(tmp_path: Path) -> None:
    data = _data_dir(tmp_path / "data", "")
    greek = {**NO_SYSTEM_LANGUAGE, "LANG": "el_GR.UTF-8"}
    result = calmline("--data-dir", str(data), "log", "search", "nobody-like-this", env=greek)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "καμία κλήση δεν ταιριάζει με 'nobody-like-this'\n"
    english = calmline("--data-dir", str(data), "log", "search", "nobody-like-this",
                       env=NO_SYSTEM_LANGUAGE)  # fmt: skip
    assert english.stderr == "no call matches 'nobody-like-this'\n"
