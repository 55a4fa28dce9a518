"""Card numbers and security codes never reach disk; phone numbers and ids stay."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.call import CallRecord, Commitment, Customer, EventKind, TimelineEvent
from desktop_app.core.redaction import luhn_ok, redact_record, redact_text

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


def luhn_complete(body: str) -> str:
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


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


def _phone(rng: random.Random) -> str:
    country = rng.choice(["1", "44", "49", "33", "61", "81", "86", "91", "353", "971"])
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(7, 12)))
    sep = rng.choice([" ", "-", ""])
    groups = [digits[i : i + rng.randint(2, 4)] for i in range(0, len(digits), 3)]
    body = sep.join(g for g in groups if g)
    return rng.choice([f"+{country} {body}", f"00{country} {body}", f"+{country}{body}"])


def _local_phone(rng: random.Random) -> str:
    area, mid, end = (rng.randint(200, 999), rng.randint(200, 999), rng.randint(0, 9999))
    return rng.choice(
        [f"({area}) {mid}-{end:04d}", f"{area}-{mid}-{end:04d}", f"1 {area} {mid} {end:04d}"]
    )


def _date(rng: random.Random) -> str:
    y, m, d = rng.randint(1990, 2040), rng.randint(1, 12), rng.randint(1, 28)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice(
        [
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}",
            f"{y}{m:02d}{d:02d}",
        ]
    )


def _order_or_ticket(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(4, 19)))
    prefix = rng.choice(["ORD-", "INC-", "TKT", "#A", "CASE/", "REF."])
    return rng.choice([f"{prefix}{digits}", f"order {digits[:12]}", f"ticket {digits[:10]}"])


def _not_luhn(rng: random.Random) -> str:
    length = rng.randint(13, 19)
    body = rng.choice("23456789") + "".join(rng.choice("0123456789") for _ in range(length - 2))
    valid = luhn_complete(body)
    wrong = str((int(valid[-1]) + rng.randint(1, 9)) % 10)
    return body + wrong


def test_thousands_of_generated_non_card_numbers_are_left_alone() -> None:
    rng = random.Random(20260515)
    makers = [_phone, _local_phone, _date, _order_or_ticket, _not_luhn]
    for _ in range(5000):
        text = f"Customer said {rng.choice(makers)(rng)} twice."
        assert redact_text(text).text == text


@st.composite
def card_numbers(draw: st.DrawFn) -> str:
    length = draw(st.integers(13, 19))
    first = draw(st.sampled_from("23456789"))
    rest = draw(st.text("0123456789", min_size=length - 2, max_size=length - 2))
    return luhn_complete(first + rest)


@st.composite
def typed_card(draw: st.DrawFn) -> tuple[str, str]:
    number = draw(card_numbers())
    cuts = sorted(draw(st.sets(st.integers(1, len(number) - 1), max_size=5)))
    sep = draw(st.sampled_from([" ", "-"]))
    pieces = [number[a:b] for a, b in zip([0, *cuts], [*cuts, len(number)], strict=True)]
    return number, sep.join(pieces)


@given(typed_card(), st.sampled_from(["", "Card: ", "card no. ", "it's "]))
@settings(max_examples=400, deadline=None)
def test_generated_cards_in_any_grouping_are_masked(card: tuple[str, str], before: str) -> None:
    number, typed = card
    result = redact_text(f"{before}{typed} - thanks")
    assert result.text == f"{before}[card ending {number[-4:]}] - thanks"
    assert number not in re.sub(r"\D", "", result.text)


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
