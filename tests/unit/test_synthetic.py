"""The synthetic call-log generator used by tests and benchmarks."""

from __future__ import annotations

from collections import Counter

from tests.synthetic import synthetic_calls


def test_the_same_seed_gives_the_same_calls() -> None:
    assert list(synthetic_calls(30, seed=5)) == list(synthetic_calls(30, seed=5))
    assert list(synthetic_calls(30, seed=5)) != list(synthetic_calls(30, seed=6))


def test_calls_are_oldest_first_on_weekdays_with_repeat_callers() -> None:
    calls = list(synthetic_calls(600, seed=2))
    starts = [c.started_at for c in calls]
    assert starts == sorted(starts)
    assert all(s.weekday() < 5 for s in starts)
    per_phone = Counter(c.customer.phone for c in calls)
    assert max(per_phone.values()) >= 3
    assert len({c.id for c in calls}) == 600


def test_about_a_third_of_calls_carry_a_dated_commitment() -> None:
    calls = list(synthetic_calls(900, seed=3))
    with_commitment = [c for c in calls if c.commitments]
    assert 0.25 < len(with_commitment) / len(calls) < 0.45
    assert all(c.commitments[0].due is not None for c in with_commitment)
    assert {c.outcome for c in with_commitment} == {"follow-up"}
