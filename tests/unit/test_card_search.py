from __future__ import annotations

import random

from desktop_app.core.card_search import CardIndex, fold, within_one_typo
from desktop_app.core.playbook import PhraseCard


def index(*cards: PhraseCard) -> CardIndex:
    return CardIndex(("step", "Step", c) for c in cards)


REFUND = PhraseCard(
    "refund", "Offer a refund", "I can refund the duplicate charge today.", ("money",)
)
SORRY = PhraseCard("sorry", "Apologise sincerely", "I'm sorry this happened to you.")
CAFE = PhraseCard("cafe", "Café voucher", "Here is a voucher for the café.")
SUPERVISOR = PhraseCard(
    "sup", "Offer a supervisor", "If you prefer, I can bring in my supervisor.", ("escalation",)
)


def test_title_text_and_tags_are_all_searched() -> None:
    idx = index(REFUND, SORRY, SUPERVISOR)
    assert [h.card.id for h in idx.search("refund")] == ["refund"]
    assert [h.card.id for h in idx.search("duplicate")] == ["refund"]
    assert [h.card.id for h in idx.search("money")] == ["refund"]
    assert [h.card.id for h in idx.search("escalation")] == ["sup"]


def test_typos_are_forgiven() -> None:
    idx = index(REFUND, SORRY, SUPERVISOR)
    assert idx.search("refnud")[0].card.id == "refund"  # swapped letters
    assert idx.search("refnd")[0].card.id == "refund"  # missing letter
    assert idx.search("supervisr")[0].card.id == "sup"
    assert idx.search("apologize")[0].card.id == "sorry"  # one letter different


def test_a_word_being_typed_matches_as_a_prefix() -> None:
    assert index(REFUND, SORRY).search("apol")[0].card.id == "sorry"


def test_a_word_being_typed_may_carry_a_typo() -> None:
    frustrated = PhraseCard("f", "Name it", "That sounds really frustrating.")
    idx = index(frustrated, SORRY, REFUND)
    assert [h.card.id for h in idx.search("frustratd")] == ["f"]
    assert [h.card.id for h in idx.search("frustrtin")] == ["f"]


def test_case_and_accents_do_not_matter() -> None:
    assert index(CAFE, SORRY).search("CAFE")[0].card.id == "cafe"
    assert fold("Café") == "cafe"


def test_title_matches_rank_above_text_matches() -> None:
    in_text = PhraseCard("t", "Something else", "We could look at a refund later.")
    hits = index(in_text, REFUND).search("refund")
    assert [h.card.id for h in hits] == ["refund", "t"]


def test_cards_matching_every_word_come_first_and_alone() -> None:
    hits = index(REFUND, SUPERVISOR, SORRY).search("offer supervisor")
    assert [h.card.id for h in hits] == ["sup"]


def test_nothing_found_and_empty_queries() -> None:
    idx = index(REFUND)
    assert idx.search("zebra") == []
    assert idx.search("   ") == []


def test_hits_know_where_the_card_lives() -> None:
    idx = CardIndex([("abusive", "Abusive caller", SORRY)])
    (hit,) = idx.search("sorry")
    assert (hit.owner_id, hit.owner_title) == ("abusive", "Abusive caller")


def test_within_one_typo() -> None:
    assert within_one_typo("refund", "refnud")
    assert within_one_typo("refund", "refunds")
    assert within_one_typo("refund", "rfund")
    assert within_one_typo("refund", "refand")
    assert not within_one_typo("refund", "rfnud")
    assert not within_one_typo("refund", "refundss")


def test_ten_thousand_cards_are_indexed_and_searched() -> None:
    rng = random.Random(7)
    vocabulary = [f"word{n}" for n in range(300)] + ["refund", "delivery", "sorry", "invoice"]
    cards = [
        PhraseCard(
            f"c{n}",
            " ".join(rng.choices(vocabulary, k=4)),
            " ".join(rng.choices(vocabulary, k=25)),
            tuple(rng.choices(vocabulary, k=2)),
        )
        for n in range(10_000)
    ]
    idx = index(*cards)
    assert len(idx) == 10_000
    hits = idx.search("refnud invoce", limit=20)
    assert len(hits) == 20
    for hit in hits:
        words = f"{hit.card.title} {hit.card.text} {' '.join(hit.card.tags)}".split()
        assert "refund" in words and "invoice" in words
