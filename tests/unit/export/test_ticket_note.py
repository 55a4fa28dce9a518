"""The ticket note: compact plain text for a CRM, laid out by a template the user can change."""

from __future__ import annotations

from datetime import UTC

import pytest

from desktop_app.core.call import Customer
from desktop_app.core.export.ticket_note import (
    TICKET_FIELDS,
    TemplateError,
    template_problems,
    ticket_note,
)
from desktop_app.core.settings import Settings
from tests.synthetic import sample_call


def test_the_built_in_note_says_what_happened_what_was_promised_and_by_when() -> None:
    assert ticket_note(sample_call(), tz=UTC) == (
        "2026-01-05 09:00 · billing error · follow-up\n"
        "Customer: Ann Adams · ACC-123456 · +44 7700 900123\n"
        "Reason: charged twice for March\n"
        "Resolution: refund of the duplicate charge\n"
        "Commitments:\n"
        "- [open] Call back with the refund status — Dana Whitfield, due 2026-01-06 10:00\n"
        "Steps: listen > acknowledge > resolve\n"
        "Mood: 1 → 4 (1 furious … 5 calm)\n"
        "Notes: Very upset at first.\n"
        "Wants it in writing.\n"
        "Agent: Dana Whitfield · 8 min\n"
    )


def test_empty_fields_leave_no_empty_lines_or_dangling_separators() -> None:
    call = sample_call(
        customer=Customer("Ann Adams", "", ""), reason="", commitments=[], notes="", timeline=[]
    )
    note = ticket_note(call, tz=UTC)
    assert "Customer: Ann Adams\n" in note
    assert "Reason" not in note
    assert "Commitments" not in note
    assert "Steps" not in note
    assert "Notes" not in note


def test_a_team_template_from_the_settings_is_used() -> None:
    settings = Settings(
        ticket_template="[{category}] {customer_name} ({phone}) {{ok}}\n{resolution}"
    )
    note = ticket_note(sample_call(), settings.ticket_template, tz=UTC)
    assert note == (
        "[billing error] Ann Adams (+44 7700 900123) {ok}\nrefund of the duplicate charge\n"
    )


def test_an_unknown_field_is_named_with_its_line_and_column() -> None:
    with pytest.raises(TemplateError) as caught:
        ticket_note(sample_call(), "Hello {customer_name}\nRef {ticket_number}")
    assert "line 2, column 5: unknown field {ticket_number}" in str(caught.value)
    assert "customer_name" in str(caught.value)  # lists what is known


def test_a_stray_brace_is_reported_not_pasted() -> None:
    (problem,) = template_problems("Total } here")
    assert (problem.line, problem.column) == (1, 7)
    assert "stray '}'" in problem.message


def test_every_known_field_can_be_used() -> None:
    template = "\n".join(f"{{{name}}}" for name in TICKET_FIELDS)
    assert template_problems(template) == []
    assert "Ann Adams" in ticket_note(sample_call(), template, tz=UTC)


def test_card_numbers_are_masked_in_the_note() -> None:
    note = ticket_note(sample_call(notes="paid with 4111-1111-1111-1111"), tz=UTC)
    assert "4111" not in note
    assert "[card number removed]" in note
