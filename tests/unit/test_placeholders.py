from __future__ import annotations

from desktop_app.core.placeholders import (
    Piece,
    fill,
    pieces,
    placeholders_in,
    unknown_placeholders,
)


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


def test_an_empty_fallback_drops_the_placeholder() -> None:
    assert fill("Thanks{customer_name}.", {}, {"customer_name": ""}).text == "Thanks."


def test_pieces_keep_the_missing_placeholders_apart_from_the_words() -> None:
    parts = pieces(
        "Hello {customer_name}, I'm {agent_name}; by {due}.",
        {"agent_name": "Sam", "due": " "},
    )
    assert parts == [
        Piece("Hello "),
        Piece("{customer_name}", "customer_name"),
        Piece(", I'm Sam; by "),
        Piece("{due}", "due"),
        Piece("."),
    ]


def test_a_typed_value_is_never_read_for_placeholders() -> None:
    parts = pieces("Hello {customer_name}.", {"customer_name": "{company}"})
    assert parts == [Piece("Hello {company}.")]
    assert fill("Hello {customer_name}.", {"customer_name": "{company}"}).complete
