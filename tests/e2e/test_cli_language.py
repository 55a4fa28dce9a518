"""The command line speaks the agent's language (real subprocesses, a real log).

``language`` in settings.json, or the system's language when it is empty, as
the window. Exit codes and the files for programs do not change with it.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import exit_codes
from desktop_app.store.sqlite_log import SqliteCallLog
from tests.conftest import REPO_ROOT
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


@pytest.fixture
def greek_system(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A data dir without a language setting on a system whose language is Greek."""
    data = _data_dir(tmp_path / "greek", "")
    return data, {**NO_SYSTEM_LANGUAGE, "LANGUAGE": "el"}


def test_help_speaks_spanish_and_greek(
    spanish: Path, greek_system: tuple[Path, dict[str, str]]
) -> None:
    result = calmline("--data-dir", str(spanish), "--help", env=NO_SYSTEM_LANGUAGE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("uso: calmline ")
    assert "\nopciones:\n" in result.stdout and "muestra esta ayuda y sale" in result.stdout
    assert "exporta llamadas del registro a CSV" in result.stdout
    greek, env = greek_system
    export = calmline("--data-dir", str(greek), "export", "--help", env=env)
    assert export.returncode == 0, export.stderr
    assert export.stdout.startswith("χρήση: calmline export ")
    assert "το αρχείο που γράφεται, σε φάκελο που υπάρχει" in export.stdout
    assert "options" not in export.stdout


def test_argparse_errors_are_spanish_and_keep_exit_code_2(spanish: Path) -> None:
    missing = calmline("--data-dir", str(spanish), "export", env=NO_SYSTEM_LANGUAGE)
    assert missing.returncode == 2
    assert missing.stderr.splitlines()[-1] == (
        "calmline export: error: faltan estos argumentos obligatorios: --format, --out"
    )
    choice = calmline("--data-dir", str(spanish), "export", "--format", "xls", "--out", "x",
                      env=NO_SYSTEM_LANGUAGE)  # fmt: skip
    assert choice.returncode == 2
    assert "argumento --format: opción no válida: 'xls' (elija entre" in choice.stderr
    unknown = calmline("--data-dir", str(spanish), "--bogus", env=NO_SYSTEM_LANGUAGE)
    assert unknown.returncode == 2
    assert unknown.stderr.splitlines() == [
        "uso: calmline [-h] [--version] [--data-dir DIR] [--self-test] COMMAND ...",
        "calmline: error: argumentos no reconocidos: --bogus",
    ]


def test_log_stats_labels_line_up_in_greek(greek_system: tuple[Path, dict[str, str]]) -> None:
    data, env = greek_system
    result = calmline("--data-dir", str(data), "log", "stats", env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "αρχείο κλήσεων", "κλήσεις", "πρώτη κλήση", "τελευταία κλήση", "μέγεθος στον δίσκο",
    ]  # fmt: skip
    # Every value starts in the same column, one space after the longest label.
    assert {len(line) - len(line.split(": ", 1)[1].lstrip()) for line in lines} == {
        len("μέγεθος στον δίσκο: ")
    }
    assert lines[1].endswith(" 4")


def test_log_stats_in_spanish_from_the_setting(spanish: Path) -> None:
    result = calmline("--data-dir", str(spanish), "log", "stats", env=NO_SYSTEM_LANGUAGE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1] == "llamadas:        4"


def test_a_check_content_problem_is_greek_with_its_file_line_and_key(
    greek_system: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    data, env = greek_system
    bad = tmp_path / "team.yaml"
    bad.write_text("format: 1\nid: team\nname: Team\nlanguage: en\nstepz: []\n", encoding="utf-8")
    result = calmline("--data-dir", str(data), "check-content", str(bad), env=env)
    assert result.returncode == 1
    assert f"{bad}:5: άγνωστο κλειδί 'stepz' σε ένα αρχείο σεναρίου (μήπως εννοείτε 'steps';)" in (
        result.stdout.splitlines()
    )
    assert (
        f"{tmp_path / 'gone'}:1: δεν υπάρχει τέτοιο αρχείο ή φάκελος"
        in calmline(
            "--data-dir", str(data), "check-content", str(tmp_path / "gone"), env=env
        ).stdout
    )


def test_a_damaged_log_is_said_in_spanish_and_greek(
    spanish: Path, greek_system: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    for data in (spanish, greek_system[0]):
        with (data / "calls.sqlite3").open("r+b") as handle:
            handle.write(b"not a database at all, only words" * 4)
    result = calmline("--data-dir", str(spanish), "log", "stats", env=NO_SYSTEM_LANGUAGE)
    assert result.returncode == 1
    assert result.stderr == (
        f"calmline log: no se puede abrir el registro de llamadas {spanish / 'calls.sqlite3'}: "
        "el archivo no es un registro de Calmline\n"
    )
    greek, env = greek_system
    out = tmp_path / "x.csv"
    export = calmline("--data-dir", str(greek), "export", "--format", "csv", "--out", str(out),
                      env=env)  # fmt: skip
    assert export.returncode == 1
    assert export.stderr == (
        f"calmline export: δεν ανοίγει το αρχείο κλήσεων {greek / 'calls.sqlite3'}: "
        "το αρχείο δεν είναι αρχείο κλήσεων του Calmline· δεν εξήχθη τίποτα\n"
    )
    assert not out.exists()


def test_a_bad_out_folder_is_said_in_spanish(spanish: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "calls.csv"
    result = calmline("--data-dir", str(spanish), "export", "--format", "csv", "--out", str(out),
                      env=NO_SYSTEM_LANGUAGE)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == (
        f"calmline export: no se puede exportar a {out}: la carpeta {out.parent} no existe; "
        "no se exportó nada\n"
    )


def test_english_stays_english_and_a_plain_command_loads_no_qt(tmp_path: Path) -> None:
    data = _data_dir(tmp_path / "data", "")
    stats = calmline("--data-dir", str(data), "log", "stats", env=NO_SYSTEM_LANGUAGE)
    assert stats.stdout.splitlines()[1] == "calls:        4"
    help_text = calmline("--data-dir", str(data), "--help", env=NO_SYSTEM_LANGUAGE).stdout
    assert help_text.startswith("usage: calmline ") and "\noptions:\n" in help_text
    script = (
        "import sys\n"
        "from desktop_app.cli import main\n"
        f"code = main(['--data-dir', {str(data)!r}, 'log', 'stats'])\n"
        "print(code, any(name.startswith('PySide6') for name in sys.modules))\n"
    )
    env = {**os.environ, **NO_SYSTEM_LANGUAGE}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, cwd=REPO_ROOT, check=True)  # fmt: skip
    assert done.stdout.splitlines()[-1] == "0 False"
