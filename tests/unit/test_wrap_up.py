"""What a call needs before it is saved: the playbook's ``required`` fields, from the
content file through the desk to ``save-call``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.core.call import CallRecord, Commitment
from desktop_app.core.clock import FakeClock
from desktop_app.core.commands import STATUS_MISSING_FIELDS, CommandError
from desktop_app.core.content import load_library
from desktop_app.core.content.writing import dump_playbook
from desktop_app.core.playbook import Playbook, Step
from desktop_app.core.wrap_up import anything_typed, missing_fields
from desktop_app.desk.desk import CallDesk, MissingFieldsError
from desktop_app.desk.effects import RecordedEffects
from desktop_app.store.sqlite_log import SqliteCallLog
from tests.conftest import REPO_ROOT
from tests.content_helpers import MINIMAL, problems_of, write

BUILTIN = REPO_ROOT / "resources" / "playbooks"
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def test_missing_fields_are_the_empty_required_ones_in_order() -> None:
    record = CallRecord(started_at=START)
    assert missing_fields(record, ("outcome", "category")) == ("outcome", "category")
    record.category = "billing"
    record.customer.account = "  "
    assert missing_fields(record, ("category", "outcome", "account")) == ("outcome", "account")
    record.outcome, record.customer.account = "resolved", "AC-1"
    assert missing_fields(record, ("category", "outcome", "account")) == ()


def test_only_typing_counts_as_something_typed() -> None:
    record = CallRecord(started_at=START)
    assert not anything_typed(record)
    record.notes = "wants a refund"
    assert anything_typed(record)
    promised = CallRecord(started_at=START, commitments=[Commitment(what="Call back")])
    assert anything_typed(promised)
    named = CallRecord(started_at=START)
    named.customer.phone = "+15550100"
    assert anything_typed(named)


@pytest.mark.parametrize("language", ["en", "es", "el"])
def test_every_built_in_playbook_requires_category_and_outcome(language: str) -> None:
    result = load_library(BUILTIN, language=language)
    assert result.problems == []
    assert result.playbooks
    for playbook in result.playbooks.values():
        assert playbook.required == ("category", "outcome"), playbook.id


def test_a_playbook_that_says_nothing_requires_nothing(tmp_path: Path) -> None:
    write(tmp_path / "team", "tiny.yaml", MINIMAL)
    result = load_library(BUILTIN, tmp_path / "team")
    assert result.problems == []
    assert result.playbooks["tiny"].required == ()


def test_a_team_layer_changes_the_list(tmp_path: Path) -> None:
    team = tmp_path / "team"
    write(team, "stricter.yaml", "format: 1\nextends: calm-six\nrequired: [category, account]\n")
    result = load_library(BUILTIN, team)
    assert result.problems == []
    assert result.playbooks["calm-six"].required == ("category", "account")
    write(team, "stricter.yaml", "format: 1\nextends: calm-six\nrequired: []\n")
    assert load_library(BUILTIN, team).playbooks["calm-six"].required == ()


def test_an_unknown_field_names_the_file_and_line(tmp_path: Path) -> None:
    text = MINIMAL.replace("language: en\n", "language: en\nrequired:\n  - category\n  - outcom\n")
    path = write(tmp_path, "tiny.yaml", text)
    assert problems_of(path) == [
        "7: unknown log-entry field 'outcom' in required (did you mean 'outcome'?); known: "
        "name, account, phone, category, reason, resolution, outcome, cause, notes"
    ]
    not_a_list = write(
        tmp_path,
        "flat.yaml",
        MINIMAL.replace("language: en\n", "language: en\nrequired: category\n"),
    )
    assert problems_of(not_a_list) == [
        "5: required must be a list of log-entry fields, e.g. [category]"
    ]


def test_the_list_is_written_back(tmp_path: Path) -> None:
    playbook = load_library(BUILTIN).playbooks["calm-six"]
    written = write(tmp_path / "copy", "calm-six.yaml", dump_playbook(playbook))
    assert "required:\n- category\n- outcome\n" in written.read_text(encoding="utf-8")


# -- the desk ------------------------------------------------------------------------
BOOK = Playbook(
    id="book",
    name="Book",
    language="en",
    steps=(Step("listen", "Listen", "Let them talk"), Step("log", "Log", "Write it down")),
    categories=("billing", "other"),
    required=("category", "outcome"),
)


@pytest.fixture
def desk(tmp_path: Path) -> CallDesk:
    log = SqliteCallLog(tmp_path / "calls.sqlite3")
    return CallDesk(BOOK, log, RecordedEffects(), agent="Ana", clock=FakeClock(START))


def saved_calls(desk: CallDesk) -> list[CallRecord]:
    return list(desk.log.iter_calls())


def test_save_call_refuses_with_the_missing_fields_and_saves_nothing(desk: CallDesk) -> None:
    desk.set_field("notes", "charged twice")
    with pytest.raises(MissingFieldsError) as refused:
        desk.registry.run_line("save-call")
    assert refused.value.status == STATUS_MISSING_FIELDS
    assert refused.value.missing == ("category", "outcome")
    assert str(refused.value) == (
        "not saved: the call needs category, outcome (fill them in or give --category, --outcome)"
    )
    assert saved_calls(desk) == []
    assert desk.session.record.notes == "charged twice"
    desk.set_field("category", "Billing")
    with pytest.raises(MissingFieldsError) as still:
        desk.registry.run_line("save-call")
    assert still.value.missing == ("outcome",)


def test_save_call_fills_fields_from_its_options(desk: CallDesk) -> None:
    desk.set_field("notes", "charged twice")
    answer = desk.registry.run_line("save-call --category other --outcome follow-up")
    assert str(answer).startswith("saved call ")
    (call,) = saved_calls(desk)
    assert (call.category, call.outcome, call.notes) == ("other", "follow-up", "charged twice")


def test_save_call_refuses_a_value_not_in_the_list(desk: CallDesk) -> None:
    with pytest.raises(CommandError, match="category 'parking' is not one of: billing, other"):
        desk.registry.run_line("save-call --category parking --outcome resolved")
    assert saved_calls(desk) == []


def test_a_phone_program_new_call_still_keeps_the_old_one(desk: CallDesk) -> None:
    desk.set_field("notes", "half a call")
    desk.new_call(phone="+15550100")
    (kept,) = saved_calls(desk)
    assert kept.notes == "half a call"
    assert kept.category == ""


def test_choices_come_from_the_playbook(desk: CallDesk) -> None:
    assert desk.field_choices("category") == ("billing", "other")
    assert desk.field_choices("outcome") == ("resolved", "follow-up", "escalated", "unresolved")
    assert desk.field_choices("notes") == ()
