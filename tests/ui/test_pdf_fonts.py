"""Greek, accented Latin and pasted symbols come back out of the PDF: embedded fonts, real text."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QFontInfo, QTextDocument
from PySide6.QtWidgets import QApplication

from desktop_app.ui.log_tools.pdf_export import write_pdf
from tests.synthetic import sample_call

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="needs pdftotext and pdffonts (poppler-utils)",
)

#: What agents paste: Greek with tonos and final sigma, a French name, and a phone
#: emoji from the Basic Multilingual Plane (see docs/deployment.md on emoji fonts).
PASTED = "Ο λογαριασμός της κ. Lefèvre ☎ ελέγχθηκε"


def _poppler(tool: str, pdf: Path) -> str:
    done = subprocess.run([tool, str(pdf), "-"] if tool == "pdftotext" else [tool, str(pdf)],
                          check=True, capture_output=True, text=True)  # fmt: skip
    return done.stdout


def test_pasted_greek_accents_and_emoji_come_back_out_of_the_pdf(
    qapp: QApplication, tmp_path: Path
) -> None:
    pdf = tmp_path / "call.pdf"
    write_pdf([sample_call(notes=PASTED)], pdf)
    text = _poppler("pdftotext", pdf)
    for word in ("λογαριασμός", "Lefèvre", "☎", "ελέγχθηκε"):
        assert word in text
    assert "\ufffd" not in text  # no character lost to a missing glyph


def test_every_font_the_pdf_uses_is_embedded(qapp: QApplication, tmp_path: Path) -> None:
    pdf = tmp_path / "call.pdf"
    write_pdf([sample_call(notes=PASTED)], pdf)
    rows = _poppler("pdffonts", pdf).splitlines()[2:]
    assert rows, "the PDF names no font"
    for row in rows:
        # name, type words, encoding, then emb sub uni object id
        emb, _sub, uni = row.split()[-5:-2]
        assert (emb, uni) == ("yes", "yes"), row


def test_pasted_emoji_are_drawn_from_an_embedded_font(qapp: QApplication, tmp_path: Path) -> None:
    """👍 😡 🙏 ✅ are drawn from the font Calmline carries, embedded as outlines.
    ✅ (U+2705) copies out as text; the others lie past U+FFFF, for which Qt's PDF
    writer writes no ToUnicode entry, so a copy of them gives nothing (they print)."""
    pdf = tmp_path / "call.pdf"
    write_pdf([sample_call(notes="Gracias 👍 😡 🙏 ✅ listo")], pdf)
    rows = _poppler("pdffonts", pdf).splitlines()[2:]
    emoji_rows = [row for row in rows if row.split()[0].endswith("Symbola")]
    assert emoji_rows, rows
    assert emoji_rows[0].split()[-5] == "yes"  # embedded
    # The text keeps the document's own font; the emoji font only fills in.
    body = QFontInfo(QTextDocument().defaultFont()).family().replace(" ", "")
    assert any(row.split()[0].endswith(body) for row in rows), (body, rows)
    text = _poppler("pdftotext", pdf)
    assert "✅" in text and "listo" in text
