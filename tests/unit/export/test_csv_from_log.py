"""CSV of calls as the log reads them for it (``iter_calls_for_csv``): the text
the log made on save gives the very file the calls read whole give, and no card
number reaches the file by any path."""

from __future__ import annotations

import csv
import dataclasses
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.call import CallRecord, Customer, EventKind, TimelineEvent
from desktop_app.core.card_mask import CARD_MASK, mask_card_numbers
from desktop_app.core.export import ExportFormat, write_csv, write_csv_from_log
from desktop_app.core.export.columns import FORMULA_STARTS, spreadsheet_safe
from desktop_app.store.sqlite_log import SqliteCallLog
from desktop_app.ui.log_tools.exporting import export_range
from tests.synthetic import sample_call, synthetic_calls
from tests.unit.test_migrations import columns_writer

write_v2_file = columns_writer(2)

#: Card numbers the log's redaction keeps (it takes them for a phone number or
#: an id) but the exports' blunter guard masks.
KEPT_BY_THE_LOG = (
    "+4111 1111 1111 1111",
    "04111111111111111",
    "INC-4111111111111111",
    "4111111111111111x",
)
FREE_TEXT_COLUMNS = ("customer_name", "reason", "resolution", "cause", "notes")


@contextmanager
def log_at(folder: Path) -> Iterator[SqliteCallLog]:
    log = SqliteCallLog(folder / "calls.sqlite3")
    try:
        yield log
    finally:
        log.close()


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_calls_read_for_csv_export_exactly_as_calls_read_whole(tmp_path: Path) -> None:
    calls = list(synthetic_calls(300, seed=5))
    calls[7].notes = "paid with " + KEPT_BY_THE_LOG[0]  # kept by the log, masked on export
    with log_at(tmp_path) as log:
        for record in calls:
            log.save(record)
        pairs = list(log.iter_calls_for_csv())
        whole = list(log.iter_calls())
    assert all(saved is not None and saved.timeline_text for _, saved in pairs)
    assert sum(saved is not None and not saved.card_free for _, saved in pairs) == 1
    write_csv_from_log(pairs, tmp_path / "from-log.csv")
    write_csv(whole, tmp_path / "whole.csv")
    assert (tmp_path / "from-log.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()


def test_the_records_read_for_csv_are_the_calls_less_the_events_their_text_stands_for(
    tmp_path: Path,
) -> None:
    record = sample_call()
    with log_at(tmp_path) as log:
        log.save(record)
        ((lean, saved),) = log.iter_calls_for_csv()
        whole = log.get(record.id)
    assert whole == record and whole.timeline
    assert saved is not None and saved.timeline_text and lean.timeline == []
    assert dataclasses.replace(lean, timeline=whole.timeline) == whole
    assert lean.to_dict().keys() == whole.to_dict().keys()


@given(
    free_text=st.lists(
        st.text(alphabet="0123456789 -+x=INC", max_size=40)
        | st.sampled_from([*KEPT_BY_THE_LOG, "4111 1111 1111 1111", "=1+2"]),
        min_size=5,
        max_size=5,
    )
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_free_text_cell_is_masked_as_if_the_export_had_checked_it_itself(
    free_text: list[str],
) -> None:
    name, reason, resolution, cause, notes = free_text
    record = sample_call(
        customer=Customer(name, "ACC-1", "+44 7700 900123"),
        reason=reason,
        resolution=resolution,
        cause=cause,
        notes=notes,
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with log_at(folder) as log:
            log.save(record)
            ((read, saved),) = log.iter_calls_for_csv()
        write_csv_from_log([(read, saved)], folder / "calls.csv")
        (row,) = csv_rows(folder / "calls.csv")
    stored = (read.customer.name, read.reason, read.resolution, read.cause, read.notes)
    for column, text in zip(FREE_TEXT_COLUMNS, stored, strict=True):
        assert row[column] == spreadsheet_safe(mask_card_numbers(text))


def test_a_card_number_in_any_text_field_never_reaches_the_file(tmp_path: Path) -> None:
    card = "4111 1111 1111 1111"
    record = sample_call(
        agent=f"agent {card}",
        customer=Customer(f"name {card}", f"account {card}", f"phone {card}"),
        category=f"category {card}",
        reason=f"reason {card}",
        resolution=f"resolution {card}",
        outcome=f"outcome {card}",
        cause=f"cause {card}",
        notes=f"notes {card}",
    )
    record.commitments[0].what = f"refund to {card}"
    record.timeline.append(
        TimelineEvent(record.started_at, EventKind.MOOD_CHANGED, "listen", f"said {card}")
    )
    with log_at(tmp_path) as log:
        log.save(record)
        pairs = list(log.iter_calls_for_csv())
    write_csv_from_log(pairs, tmp_path / "calls.csv")
    text = (tmp_path / "calls.csv").read_text(encoding="utf-8")
    assert "1111 1111" not in text
    assert "notes [card ending 1111]" in text
    assert "cause [card ending 1111]" in text


def test_card_numbers_the_log_keeps_are_still_masked_in_the_export(tmp_path: Path) -> None:
    with log_at(tmp_path) as log:
        for index, kept in enumerate(KEPT_BY_THE_LOG):
            log.save(
                sample_call(
                    id=f"kept-{index}",
                    customer=Customer(f"name {kept}", "", ""),
                    reason=f"reason {kept}",
                    resolution=f"resolution {kept}",
                    cause=f"cause {kept}",
                    notes=f"notes {kept}",
                )
            )
        pairs = list(log.iter_calls_for_csv())
    assert [r.notes for r, _ in pairs] == [f"notes {kept}" for kept in KEPT_BY_THE_LOG]
    write_csv_from_log(pairs, tmp_path / "calls.csv")
    for row in csv_rows(tmp_path / "calls.csv"):
        for column in FREE_TEXT_COLUMNS:
            assert CARD_MASK in row[column], (column, row[column])
    assert "4111" not in (tmp_path / "calls.csv").read_text(encoding="utf-8")


def test_a_call_read_whole_and_changed_is_masked_and_formatted_afresh(
    tmp_path: Path,
) -> None:
    card = "5555 5555 5555 4444"
    with log_at(tmp_path) as log:
        for index in range(4):
            log.save(sample_call(id=f"call-{index}"))
        first, second, third, fourth = log.iter_calls()
    first.notes = f"paid with {card}"
    second.customer = Customer(f"Ann {card}", "", "")
    second.timeline = second.timeline[::-1]  # as many events, but another list
    third.reason += f" +{card}"
    third.timeline.append(
        TimelineEvent(third.started_at + timedelta(hours=1), EventKind.REESCALATED, "resolve")
    )
    fourth.started_at -= timedelta(minutes=1)
    write_csv([first, second, third, fourth], tmp_path / "calls.csv")
    rows = csv_rows(tmp_path / "calls.csv")
    assert card not in (tmp_path / "calls.csv").read_text(encoding="utf-8")
    assert rows[0]["notes"] == f"paid with {CARD_MASK}"
    assert rows[1]["customer_name"] == f"Ann {CARD_MASK}"
    assert rows[1]["timeline"].splitlines()[0] == "03:20 Step: resolve"
    assert rows[2]["reason"].endswith(f" +{CARD_MASK}")
    assert rows[2]["timeline"].splitlines()[-1] == "1:00:00 Flared up again on resolve"
    assert rows[3]["timeline"].splitlines()[0] == "01:00 Step: listen"


def test_calls_saved_before_the_log_kept_their_text_export_the_same(tmp_path: Path) -> None:
    path = tmp_path / "calls.sqlite3"
    calls = list(synthetic_calls(50, seed=6))
    calls[3].notes = "card " + KEPT_BY_THE_LOG[0]
    write_v2_file(path, calls, None)
    with log_at(tmp_path) as log:  # migrates to the latest version
        old = list(log.iter_calls_for_csv())
        for record in calls:
            log.save(record)  # saved again: now with its text
        new = list(log.iter_calls_for_csv())
    assert all(saved is not None and saved.timeline_text is None for _, saved in old)
    assert all(record.timeline for record, _ in old)  # no text saved: events read
    assert all(saved is not None and saved.timeline_text for _, saved in new)
    write_csv_from_log(old, tmp_path / "old.csv")
    write_csv_from_log(new, tmp_path / "new.csv")
    assert (tmp_path / "old.csv").read_bytes() == (tmp_path / "new.csv").read_bytes()
    assert "[card number removed]" in (tmp_path / "old.csv").read_text(encoding="utf-8")
    assert re.search(r"4111.1111", (tmp_path / "old.csv").read_text(encoding="utf-8")) is None


def test_no_cell_starts_a_formula_whether_or_not_the_call_came_from_the_log(
    tmp_path: Path,
) -> None:
    bad = "=1+2"
    record = sample_call(
        id=bad,
        agent=bad,
        playbook_id=bad,
        customer=Customer(bad, bad, bad),
        category=bad,
        reason=bad,
        resolution=bad,
        outcome=bad,
        notes=bad,
        mood_start=-1,
        mood_end=-2,
    )
    record.commitments[0].what = bad
    record.timeline[0].detail = bad
    with log_at(tmp_path) as log:
        log.save(record)
        pairs = list(log.iter_calls_for_csv())
    for name, calls in (("plain.csv", [(record, None)]), ("from-log.csv", pairs)):
        write_csv_from_log(calls, tmp_path / name)
        (row,) = csv_rows(tmp_path / name)
        assert not [cell for cell in row.values() if cell[:1] in FORMULA_STARTS], name
        assert row["notes"] == "'=1+2"
        assert row["call_id"] == row["phone"] == "\u2060=1+2"  # identifiers: no visible quote
        assert (row["mood_start"], row["mood_end"]) == ("'-1", "'-2")


def _old_and_new_calls(folder: Path) -> list[CallRecord]:
    """A log with calls saved before it kept their text (read back whole) and after."""
    old = list(synthetic_calls(20, seed=8))
    write_v2_file(folder / "calls.sqlite3", old, None)
    new = list(synthetic_calls(30, seed=9))
    new[4].notes = "card " + KEPT_BY_THE_LOG[0]
    with log_at(folder) as log:  # migrates to the latest version
        for record in new:
            log.save(record)
    return old + new


def test_a_csv_export_of_a_range_reads_no_event_the_log_saved_as_text(tmp_path: Path) -> None:
    _old_and_new_calls(tmp_path)
    with log_at(tmp_path) as log:
        write_csv(list(log.iter_calls()), tmp_path / "whole.csv")
        lean = list(log.iter_calls_for_csv())
        assert export_range(log, ExportFormat.CSV, tmp_path / "range.csv") == 50
    left_out = [r for r, saved in lean if saved is not None and saved.timeline_text is not None]
    assert len(left_out) == 30 and all(r.timeline == [] for r in left_out)
    kept = [r for r in (r for r, _ in lean) if r not in left_out]
    assert len(kept) == 20 and all(r.timeline for r in kept)  # no text saved: events read
    assert (tmp_path / "range.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()
    # With the events of the newer calls gone from the file, the CSV is still
    # the same: it never read them.
    db = sqlite3.connect(tmp_path / "calls.sqlite3")
    with db:
        db.execute(
            "DELETE FROM timeline WHERE call_num IN"
            " (SELECT num FROM calls WHERE timeline_text IS NOT NULL)"
        )
    db.close()
    with log_at(tmp_path) as log:
        export_range(log, ExportFormat.CSV, tmp_path / "again.csv")
    assert (tmp_path / "again.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()


def test_an_export_of_a_range_in_another_format_reads_every_timeline_whole(
    tmp_path: Path,
) -> None:
    calls = _old_and_new_calls(tmp_path)
    target = tmp_path / "calls.md"
    with log_at(tmp_path) as log:
        assert export_range(log, ExportFormat.MARKDOWN, target) == len(calls)
    # read whole for Markdown: every call with a timeline shows it
    with_timeline = sum(1 for record in calls if record.timeline)
    assert with_timeline > 0
    assert target.read_text(encoding="utf-8").count("### Timeline") == with_timeline
