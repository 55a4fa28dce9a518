"""Card numbers and security codes never reach disk; phone numbers and ids stay."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop_app.core.call import CallRecord, Commitment, Customer, EventKind, TimelineEvent
from desktop_app.core.redaction import luhn_ok, redact_record, redact_text
from tests.card_samples import (
    LOOK_ALIKES,
    digit_string_pattern,
    oddly_grouped_cards,
    printed_cards,
    words_around,
)

# Published test numbers of the card schemes.
TEST_CARDS = [
    "4111111111111111",  # Visa
    "4012888888881881",  # Visa
    "4222222222222",  # Visa, 13 digits
    "5555555555554444",  # Mastercard
    "5105105105105100",  # Mastercard
    "2223003122003222",  # Mastercard 2-series
    "378282246310005",  # Amex
    "371449635398431",  # Amex
    "6011111111111117",  # Discover
    "6011000990139424",  # Discover
    "3530111333300000",  # JCB
    "30569309025904",  # Diners, 14 digits
    "6200000000000005",  # UnionPay
    "6011000000000000001",  # 19 digits
]


def formats(number: str) -> list[str]:
    grouped = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    shapes = [number, grouped, grouped.replace(" ", "-")]
    if len(number) == 15:  # Amex prints 4-6-5
        shapes.append(f"{number[:4]} {number[4:10]} {number[10:]}")
    return shapes


def test_luhn() -> None:
    assert all(luhn_ok(n) for n in TEST_CARDS)
    assert not luhn_ok("4111111111111112")


@pytest.mark.parametrize("number", TEST_CARDS)
def test_real_format_test_cards_are_masked_to_their_last_four(number: str) -> None:
    for shape in formats(number):
        result = redact_text(f"Customer read out {shape}, expiry 12/27.")
        assert result.text == f"Customer read out [card ending {number[-4:]}], expiry 12/27."
        assert result.cards_masked == 1


def test_a_card_followed_by_its_code_in_one_run_is_still_found() -> None:
    result = redact_text("card 4111 1111 1111 1111 123 thanks")
    assert result.text == "card [card ending 1111] 123 thanks"


def test_two_cards_in_one_note() -> None:
    result = redact_text("first 4111-1111-1111-1111 then 5555555555554444")
    assert result.text == "first [card ending 1111] then [card ending 4444]"
    assert result.cards_masked == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CVV 123", "CVV [code removed]"),
        ("cvv2: 1234.", "cvv2: [code removed]."),
        ("the CVC is 987", "the CVC is [code removed]"),
        ("Security code on the back: 456", "Security code on the back: [code removed]"),
        ("CID=7890", "CID=[code removed]"),
    ],
)
def test_security_codes_after_their_keyword_are_removed(text: str, expected: str) -> None:
    result = redact_text(text)
    assert result.text == expected
    assert result.codes_removed == 1


def test_numbers_near_other_words_are_not_taken_for_codes() -> None:
    text = "Order 123 shipped, ticket 4567, call back at 9:30"
    assert redact_text(text).text == text


def test_redaction_is_idempotent() -> None:
    once = redact_text("4111 1111 1111 1111 cvv 123").text
    assert redact_text(once).text == once


# -- things that must stay exactly as typed -------------------------------------
FIXED_NON_CARDS = [
    "+1 555 123 4567",
    "(555) 123-4567",
    "1-800-555-0199",
    "+44 20 7946 0958",
    "+49 1512 3456789",
    "0049 1512 3456 7890",
    "+33 1 23 45 67 89",
    "+91 98765 43210",
    "+86 138 0013 8000",
    "2024-01-15",
    "15/01/2024 14:30",
    "INC-4111111111111111",
    "ORD4111111111111111",
    "ticket #TKT-0000123456789",
    "order 123456789012",
]


@pytest.mark.parametrize("text", FIXED_NON_CARDS)
def test_phone_numbers_dates_and_ids_are_left_alone(text: str) -> None:
    assert redact_text(f"note: {text} ok").text == f"note: {text} ok"


def test_thousands_of_generated_non_card_numbers_are_left_alone() -> None:
    rng = random.Random(20260515)
    makers = list(LOOK_ALIKES.values())
    for _ in range(5000):
        text = f"Customer said {rng.choice(makers)(rng)} twice."
        assert redact_text(text).text == text


def proper_sub_readings(typed: str) -> list[str]:
    """The digits of every run of whole groups of ``typed``, shorter than all of it."""
    groups = re.findall(r"\d+", typed)
    return [
        "".join(groups[i:j])
        for i in range(len(groups))
        for j in range(i + 1, len(groups) + 1)
        if (i, j) != (0, len(groups))
    ]


@given(
    printed_cards(),
    words_around(),
    st.sampled_from(["", "(", "#", ":", '"', "\n", "card: "]),
    st.sampled_from(["", ")", ".", ",", "!", '"', "\n"]),
    st.one_of(st.just(""), st.from_regex(r" ([1-9][0-9]?|[1-9][0-9]{4,6})", fullmatch=True)),
    words_around(),
)
@settings(max_examples=600, deadline=None)
def test_a_card_is_masked_wherever_it_stands_and_nothing_beside_it_goes(
    card: tuple[str, str], before: str, opener: str, closer: str, number: str, after: str
) -> None:
    number_typed = card[1]
    # A 17-19 digit card whose first 16 digits are a card too is read as the
    # shorter one (its last digits stay, the card does not): not this test's case.
    assume(not any(len(d) >= 13 and luhn_ok(d) for d in proper_sub_readings(number_typed)))
    tail = f"{closer}{number} {after}"
    assume(redact_text(before).text == before and redact_text(tail).text == tail)
    result = redact_text(f"{before}{opener}{number_typed}{tail}")
    assert result.text == f"{before}{opener}[card ending {card[0][-4:]}]{tail}"
    assert result.cards_masked == 1


@given(oddly_grouped_cards(), words_around(), words_around())
@settings(max_examples=400, deadline=None)
def test_a_card_in_any_grouping_never_survives_whole(
    card: tuple[str, str], before: str, after: str
) -> None:
    result = redact_text(f"{before}{card[1]} {after}")
    assert result.cards_masked >= 1
    assert not re.search(digit_string_pattern(card[0]), result.text)


def test_a_card_after_a_word_ending_in_a_digit_is_masked() -> None:
    assert redact_text("card2 4111111111111111").text == "card2 [card ending 1111]"
    assert redact_text("card0 4111 1111 1111 1111").text == "card0 [card ending 1111]"
    assert redact_text("ref 12 4111111111111111 ok").text == "ref 12 [card ending 1111] ok"


def test_a_digit_after_the_card_is_not_swallowed() -> None:
    assert redact_text("4111 1111 1111 1111 3").text == "[card ending 1111] 3"
    assert redact_text("4111-1111-1111-1111 12").text == "[card ending 1111] 12"


def test_dots_join_groups_too() -> None:
    assert redact_text("card 4111.1111.1111.1111.").text == "card [card ending 1111]."


def test_a_card_after_a_phone_number_or_in_groups_glued_to_a_word_is_masked() -> None:
    text = "call +44 20 7946 0958 4111 1111 1111 1111"
    assert redact_text(text).text == "call +44 20 7946 0958 [card ending 1111]"
    assert redact_text("no.4111 1111 1111 1111").text == "no.[card ending 1111]"


def test_a_card_on_a_line_of_its_own_or_in_brackets() -> None:
    text = "card:\n4111111111111111\n(5555 5555 5555 4444)"
    assert redact_text(text).text == "card:\n[card ending 1111]\n([card ending 4444])"


def test_redact_record_covers_every_text_field_and_leaves_the_original() -> None:
    card = "4111 1111 1111 1111"
    at = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    record = CallRecord(
        started_at=at,
        agent=f"agent {card}",
        customer=Customer(name=f"Ann {card}", account=card, phone=card),
        category=card,
        reason=card,
        resolution=f"refund, cvv 123 {card}",
        outcome=card,
        notes=f"card {card} cvc 999",
        commitments=[Commitment(what=card, who=card, due=at)],
        timeline=[TimelineEvent(at, EventKind.CARD_USED, "listen", card)],
    )
    clean, report = redact_record(record)
    assert card not in str(clean.to_dict())
    assert "999" not in clean.notes and "123" not in clean.resolution
    assert report.cards_masked == 12 and report.codes_removed == 2
    assert "notes" in report.fields and "timeline" in report.fields
    assert "masked" in report.notice()
    assert record.notes == f"card {card} cvc 999"  # the caller's record is untouched
    assert clean.id == record.id and clean.commitments[0].id == record.commitments[0].id
