"""The exports people read speak the window's language; the files for programs stay English."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.core.call import Commitment
from desktop_app.core.export import ExportFormat
from desktop_app.core.export.call_view import call_section, section_as_text
from desktop_app.core.export.ticket_note import ticket_note
from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.locale_formats import locale_formats
from desktop_app.ui.log_tools.exporting import write_calls
from desktop_app.ui.translations import use_language
from tests.synthetic import sample_call

DUE = datetime(2026, 11, 24, 17, 30, tzinfo=UTC)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def spanish(qapp: QApplication) -> None:
    """The window in Spanish; ``window_language`` puts the language before back."""
    assert use_language(qapp, "es") is None


def test_markdown_headings_and_words_are_spanish(spanish: None, tmp_path: Path) -> None:
    out = tmp_path / "calls.md"
    write_calls([sample_call(commitments=[Commitment("Ring back", "Dana", DUE, id="c-1")])],
                ExportFormat.MARKDOWN, out, formats=locale_formats())  # fmt: skip
    markdown = out.read_text(encoding="utf-8")
    assert markdown.startswith("# Llamadas de Calmline\n")
    assert "- **Cliente:** Ann Adams" in markdown
    assert "- **Teléfono:** " in markdown and "- **Cuenta:** " in markdown
    assert "### Compromisos" in markdown and "### Cronología" in markdown
    assert "\\[pendiente\\] Ring back — Dana, vence " in markdown  # brackets escaped
    assert "(1 furioso … 5 tranquilo)" in markdown
    assert "- 01:05 Salió del paso: listen\n" in markdown
    assert "- 01:30 Tarjeta usada en acknowledge: ack-1\n" in markdown
    for english in ("Customer", "Commitments", "Timeline", "[open]", ", due "):
        assert english not in markdown


def test_the_call_viewer_text_is_spanish(spanish: None) -> None:
    words = locale_formats()
    text = section_as_text(call_section(sample_call(), formats=words), words)
    assert "Cliente: Ann Adams" in text and "Cronología:" in text
    assert "  00:00 Paso: listen\n" in text
    assert "  01:30 Tarjeta usada en acknowledge: ack-1\n" in text
    assert "Step: " not in text and "Card used" not in text


def test_the_built_in_ticket_note_is_spanish_and_a_template_of_ones_own_is_kept(
    spanish: None,
) -> None:
    call = sample_call(commitments=[Commitment("Ring back", "Dana", DUE, id="c-1")])
    note = ticket_note(call, formats=locale_formats())
    assert "Cliente: Ann Adams" in note
    assert "Compromisos:\n- [pendiente] Ring back — Dana, vence " in note
    assert "Customer:" not in note and "Commitments:" not in note
    own = ticket_note(call, "Client {customer_name}", formats=locale_formats())
    assert own == "Client Ann Adams\n"


def test_csv_columns_and_timeline_stay_english_in_spanish(spanish: None, tmp_path: Path) -> None:
    out = tmp_path / "calls.csv"
    write_calls([sample_call()], ExportFormat.CSV, out, formats=locale_formats())
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert "customer_name" in rows[0] and "started_at" in rows[0]
    assert rows[0]["timeline"].splitlines()[:2] == ["00:00 Step: listen", "01:05 Left step: listen"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_pdf_headings_are_spanish(spanish: None, tmp_path: Path) -> None:
    out = tmp_path / "calls.pdf"
    call = sample_call(commitments=[Commitment("Ring back", "Dana", DUE, id="c-1")])
    write_calls([call], ExportFormat.PDF, out, formats=locale_formats())
    text = subprocess.run(
        ["pdftotext", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = " ".join(text.split())
    assert "Llamadas de Calmline" in words
    assert "Cliente Cuenta Teléfono" in words  # the labels' column of the fields' table
    assert "Compromisos" in words and "[pendiente]" in words
    assert "01:30 Tarjeta usada en acknowledge: ack-1" in words
    assert "Customer" not in words and "Commitments" not in words


@pytest.mark.parametrize(
    ("language", "warning"),
    [
        ("es", "ya se usó 3 veces en esta llamada"),
        ("el", "χρησιμοποιήθηκε 3 φορές σε αυτή την κλήση"),
    ],
)
def test_a_card_used_three_times_is_counted_in_the_language(
    window: MainWindow, qtbot: QtBot, qapp: QApplication, language: str, warning: str
) -> None:
    assert use_language(qapp, language) is None
    for _ in range(3):
        qtbot.keyClick(window.notes.notes, Qt.Key.Key_1, CTRL)
    assert warning in window.toast.text()
