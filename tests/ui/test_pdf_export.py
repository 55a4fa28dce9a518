"""PDF exports through Qt's text document and PDF writer."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.core.export import ExportError, ExportFormat
from desktop_app.ui.log_tools import pdf_export
from desktop_app.ui.log_tools.exporting import write_calls
from desktop_app.ui.log_tools.pdf_export import calls_document, write_pdf
from tests.synthetic import sample_call, synthetic_calls


def test_one_section_per_call_with_user_text_kept_as_text(qapp: QApplication) -> None:
    hostile = "<b>bold?</b> <img src=x> &amp;"
    document, count = calls_document(
        [sample_call(notes=hostile), sample_call(id="two")], title="Calls"
    )
    text = document.toPlainText()
    assert count == 2
    assert text.count("Call id") == 2
    assert hostile in text
    assert "<img" not in document.toHtml().replace("&lt;img", "")


def test_the_pdf_is_private_and_paginated(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "calls.pdf"
    assert write_calls(synthetic_calls(30, seed=4), ExportFormat.PDF, out) == 30
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert (
        data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type/Page") >= 3
    )
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in tmp_path.iterdir()] == ["calls.pdf"]


def test_too_many_calls_for_a_pdf_are_refused_before_writing(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_export, "MAX_PDF_CALLS", 5)
    out = tmp_path / "calls.pdf"
    with pytest.raises(ExportError, match="at most 5 calls"):
        write_pdf(synthetic_calls(6), out)
    assert not out.exists()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
def test_pages_render_as_images(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "call.pdf"
    write_pdf([sample_call()], out)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(out), str(tmp_path / "p")], check=True)
    (page,) = tmp_path.glob("p-*.png")
    assert page.stat().st_size > 2000  # more than a blank page
