"""CSV exports: RFC 4180, stable columns, formula injection defused, streamed, atomic."""

from __future__ import annotations

import csv
import stat
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop_app.core.call import CallRecord, Customer
from desktop_app.core.export import ExportError, write_csv
from desktop_app.core.export.columns import COLUMNS, spreadsheet_safe
from desktop_app.core.titles import Titles
from tests.synthetic import sample_call, synthetic_calls
from tests.unit.export.test_records_in_words import BOOK


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_one_row_per_call_under_a_stable_header(tmp_path: Path) -> None:
    out = tmp_path / "calls.csv"
    assert write_csv(synthetic_calls(25, seed=3), out) == 25
    assert out.read_bytes().startswith(b"\xef\xbb\xbfcall_id,")  # UTF-8, with its mark
    with out.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert tuple(header) == COLUMNS
    assert len(read_rows(out)) == 25


def test_a_call_reads_back_with_commitments_and_timeline_one_line_each(tmp_path: Path) -> None:
    out = tmp_path / "calls.csv"
    paris = ZoneInfo("Europe/Paris")
    write_csv([sample_call()], out, titles=Titles([BOOK]), tz=paris)
    (row,) = read_rows(out)
    assert row["customer_name"] == "Ann Adams"
    # defused without a visible quote: + starts a formula
    assert row["phone"] == "\u2060+44 7700 900123"
    assert row["notes"] == "Very upset at first.\nWants it in writing."
    assert row["commitments"] == (
        "[open] Call back with the refund status (Dana Whitfield) due 2026-01-06 11:00:00"
    )
    assert row["open_commitments"] == "1"
    assert row["next_due"] == "2026-01-06 11:00:00"
    assert row["timeline"].splitlines() == [
        "00:00 Step: Listen",
        "01:05 Left step: Listen",
        "01:05 Step: Acknowledge",
        "01:30 Card used on Acknowledge: Name the feeling",
        "03:20 Step: resolve",  # gone from the playbook since: its id stands in
    ]
    assert row["utc_offset"] == "UTC+01:00"
    assert (row["started_at"], row["ended_at"]) == ("2026-01-05 10:00:00", "2026-01-05 10:07:30")
    assert row["mood_start"] == "1" and row["mood_end"] == "4"


def test_records_end_in_crlf_and_quotes_are_doubled_as_rfc_4180_says(tmp_path: Path) -> None:
    out = tmp_path / "calls.csv"
    write_csv([sample_call(notes='said "never again", twice')], out)
    raw = out.read_bytes()
    assert raw.count(b"\r\n") >= 2
    assert b'"said ""never again"", twice"' in raw


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_that_would_start_a_formula_gets_a_leading_apostrophe(
    tmp_path: Path, start: str
) -> None:
    dangerous = f'{start}HYPERLINK("http://evil.example","click")'
    out = tmp_path / "calls.csv"
    write_csv([sample_call(notes=dangerous, customer=Customer(dangerous, "", ""))], out)
    (row,) = read_rows(out)
    assert row["notes"] == "'" + dangerous
    assert row["customer_name"] == "'" + dangerous


@pytest.mark.parametrize(
    "text", ["plain", "O'Brien", "Zoë — café", "a=b", "1+1", "", " =with a space", "x\n=y"]
)
def test_ordinary_text_is_left_exactly_as_it_was(text: str) -> None:
    assert spreadsheet_safe(text) == text


def test_a_card_number_in_the_notes_never_reaches_the_file(tmp_path: Path) -> None:
    out = tmp_path / "calls.csv"
    write_csv([sample_call(notes="card 4111 1111 1111 1111 was charged")], out)
    text = out.read_text(encoding="utf-8")
    assert "4111" not in text
    assert "card [card number removed] was charged" in text


def test_the_file_is_private(tmp_path: Path) -> None:
    out = tmp_path / "calls.csv"
    write_csv([sample_call()], out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_rows_are_written_while_calls_are_still_coming(tmp_path: Path) -> None:
    out = tmp_path / "calls.csv"
    seen_growing: list[int] = []

    def calls() -> Iterator[CallRecord]:
        for index, record in enumerate(synthetic_calls(3000, seed=9)):
            if index == 2500:
                (temp,) = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
                seen_growing.append(temp.stat().st_size)
                assert not out.exists()  # nothing under the real name before the end
            yield record

    write_csv(calls(), out)
    assert seen_growing and seen_growing[0] > 100_000


def test_a_failure_halfway_keeps_the_previous_file_and_leaves_no_temporary(
    tmp_path: Path,
) -> None:
    out = tmp_path / "calls.csv"
    out.write_text("previous export\n")

    def calls() -> Iterator[CallRecord]:
        yield from synthetic_calls(10, seed=1)
        raise RuntimeError("the log went away")

    with pytest.raises(RuntimeError):
        write_csv(calls(), out)
    assert out.read_text() == "previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["calls.csv"]


def test_a_folder_that_cannot_be_written_gives_an_error_naming_the_path(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="missing"):
        write_csv([sample_call()], tmp_path / "missing" / "calls.csv")


def test_a_card_number_in_a_commitment_never_reaches_the_file(tmp_path: Path) -> None:
    call = sample_call()
    call.commitments[0].what = "refund to 4111 1111 1111 1111"
    call.commitments[0].who = "card 5555-5555-5555-4444"
    out = tmp_path / "calls.csv"
    write_csv([call], out, tz=UTC)
    (row,) = read_rows(out)
    assert row["commitments"] == (
        "[open] refund to [card number removed] (card [card number removed])"
        " due 2026-01-06 10:00:00"
    )
