"""``calmline export`` as a real subprocess, against a real log in a temp data dir."""

from __future__ import annotations

import csv
import json
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from desktop_app.store.sqlite_log import SqliteCallLog
from tests.e2e.test_cli import calmline
from tests.synthetic import fill_log, sample_call, synthetic_calls


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data dir whose log holds the sample call and 60 calls over Sep-Nov 2025."""
    root = tmp_path / "data"
    root.mkdir()
    log = SqliteCallLog(root / "calls.sqlite3")
    fill_log(log, synthetic_calls(60, seed=8, weeks=12))
    log.save(sample_call())
    log.close()
    return root


def test_a_date_range_goes_to_csv_with_the_data_dir_from_the_environment(
    data: Path, tmp_path: Path
) -> None:
    out = tmp_path / "october.csv"
    result = calmline(
        "export", "--format", "csv", "--since", "2025-10-01", "--until", "2025-10-31",
        "--out", str(out), env={"CALMLINE_DATA_DIR": str(data)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(r["started_at"].startswith("2025-10") for r in rows)
    assert result.stdout.strip() == f"exported {len(rows)} calls to {out}"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_one_call_goes_to_json_lines(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "one.jsonl"
    call_id = sample_call().id
    result = calmline(
        "--data-dir", str(data), "export", "--format", "jsonl", "--call", call_id, "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    (line,) = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["customer"]["name"] == "Ann Adams"


def test_a_pdf_is_written_without_a_screen(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "calls.pdf"
    env = {"CALMLINE_DATA_DIR": str(data), "QT_QPA_PLATFORM": ""}
    result = calmline(
        "export", "--format", "pdf", "--since", "2026-01-01", "--out", str(out), env=env
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--since", "2025-02-30"], 2, "--since '2025-02-30' is not a date; use YYYY-MM-DD"),
        (["--until", "yesterday"], 2, "--until 'yesterday' is not a date"),
        (["--since", "2025-12-01", "--until", "2025-11-01"], 2, "is not before --until"),
        (["--call", "x", "--since", "2025-10-01"], 2, "give --call or a date range"),
        (["--call", "no-such-call"], 1, "no call with id 'no-such-call' in the log"),
    ],
)
def test_bad_arguments_get_a_clear_message_and_no_file(
    data: Path, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    out = tmp_path / "out.csv"
    result = calmline(
        "--data-dir", str(data), "export", "--format", "csv", *args, "--out", str(out)
    )
    assert result.returncode == code
    assert message in result.stderr
    assert not out.exists()


def test_a_path_out_of_its_folder_is_refused(data: Path, tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    out = f"{tmp_path}/reports/../../escaped.csv"
    result = calmline("--data-dir", str(data), "export", "--format", "csv", "--out", out)
    assert result.returncode == 1
    assert "contains '..'" in result.stderr


def test_a_symbolic_link_as_out_is_refused_and_its_target_untouched(
    data: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (tmp_path / "link.csv").symlink_to(victim)
    result = calmline(
        "--data-dir", str(data), "export", "--format", "csv", "--out", str(tmp_path / "link.csv")
    )
    assert result.returncode == 1
    assert "symbolic link" in result.stderr
    assert victim.read_text() == "precious"


def test_a_data_dir_without_a_log_says_so_and_creates_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    result = calmline(
        "--data-dir", str(empty), "export", "--format", "csv", "--out", str(tmp_path / "x.csv")
    )
    assert result.returncode == 1
    assert f"there is no call log yet at {empty / 'calls.sqlite3'}" in result.stderr
    assert not empty.exists()


def test_the_window_keeps_writing_while_the_command_line_exports(
    data: Path, tmp_path: Path
) -> None:
    writer = SqliteCallLog(data / "calls.sqlite3")
    try:
        result = calmline(
            "--data-dir", str(data), "export", "--format", "md", "--out", str(tmp_path / "a.md")
        )
        assert result.returncode == 0, result.stderr
        writer.save(sample_call(id="written-after-export"))
        assert writer.get("written-after-export") is not None
    finally:
        writer.close()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
def test_the_pdf_renders_to_pages(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "calls.pdf"
    result = calmline("--data-dir", str(data), "export", "--format", "pdf", "--out", str(out))
    assert result.returncode == 0, result.stderr
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(out), str(tmp_path / "page")], check=True, timeout=60
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 3  # 61 calls do not fit on one or two A4 pages
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in pages)


@pytest.mark.parametrize("form", ["md", "pdf", "csv"])
def test_one_call_is_one_call_in_english_whatever_the_format(tmp_path: Path, form: str) -> None:
    # Markdown and PDF load Qt for their dates; with no translation installed
    # the English plural must still read "1 call", as CSV's does.
    data = tmp_path / "data"
    data.mkdir()
    log = SqliteCallLog(data / "calls.sqlite3")
    log.save(sample_call())
    log.close()
    out = tmp_path / f"one.{form}"
    result = calmline(
        "--data-dir", str(data), "export", "--format", form, "--out", str(out),
        env={"LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"exported 1 call to {out}"
