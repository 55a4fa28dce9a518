from __future__ import annotations

from desktop_app.core.placeholders import fill, placeholders_in, unknown_placeholders


def test_values_replace_their_placeholders() -> None:
    result = fill(
        "Thanks, {customer_name}. I'm {agent_name}.", {"customer_name": "Dana", "agent_name": "Sam"}
    )
    assert result.text == "Thanks, Dana. I'm Sam."
    assert result.complete


def test_a_missing_value_uses_the_fallback_wording() -> None:
    result = fill("Thanks, {customer_name}.", {}, {"customer_name": "and thank you"})
    assert result.text == "Thanks, and thank you."


def test_a_missing_value_without_fallback_is_reported_not_filled() -> None:
    result = fill("We will call by {due}, {customer_name}.", {"customer_name": "  "})
    assert result.missing == ("due", "customer_name")
    assert not result.complete


def test_unknown_placeholders_are_found() -> None:
    assert placeholders_in("{a} {b} {a}") == ["a", "b"]
    assert unknown_placeholders("{customer_name} {colour}") == ["colour"]
