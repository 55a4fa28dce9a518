from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.card_search import (
    WEIGHT_OWNER,
    WEIGHT_TAG,
    WEIGHT_TEXT,
    WEIGHT_TITLE,
    CardIndex,
    fold,
    within_one_typo,
    words,
)
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


def test_a_common_prefix_among_thousands_of_cards_shows_title_matches_first() -> None:
    # "re" begins a word of almost every card; "ref" must bring the refund cards up.
    rng = random.Random(3)
    common = ["return", "receipt", "renewal", "reminder", "request", "account", "parcel"]
    cards = [
        PhraseCard(f"c{n}", " ".join(rng.sample(common, 2)), " ".join(rng.choices(common, k=12)))
        for n in range(3000)
    ]
    refund_title = PhraseCard("r1", "Offer a refund", "I can send the money back today.")
    refund_text = PhraseCard("r2", "Money back", "We can refund the charge.")
    idx = index(*cards, refund_text, refund_title)
    assert [h.card.id for h in idx.search("ref", limit=5)] == ["r1", "r2"]
    top = idx.search("re", limit=30)
    assert len(top) == 30
    # every shown card has a title word starting with "re": titles weigh most
    assert all(any(w.startswith("re") for w in words(h.card.title)) for h in top)


def test_equal_scores_are_shown_by_title_then_in_playbook_order() -> None:
    cards = [
        PhraseCard("b2", "Billing", "refund"),
        PhraseCard("a", "Apology", "refund"),
        PhraseCard("b1", "Billing", "refund"),
    ]
    assert [h.card.id for h in index(*cards).search("refund")] == ["a", "b2", "b1"]


def _expected(idx: CardIndex, entries: list[PhraseCard], query: str, limit: int) -> list[str]:
    """The ranking rule, card by card: the most query words matched, then the summed score
    (each word's best match over the card's fields), then title, then playbook order."""
    rows = []
    for position, card in enumerate(entries):
        fields = [
            (WEIGHT_TEXT, card.text),
            (WEIGHT_OWNER, "Step"),
            (WEIGHT_TAG, " ".join(card.tags)),
            (WEIGHT_TITLE, card.title),
        ]
        count, total = 0, 0.0
        for term in dict.fromkeys(words(query)):
            found = idx._matches(term)
            best = max(
                (found[w] * weight for weight, text in fields for w in words(text) if w in found),
                default=0.0,
            )
            if best:
                count, total = count + 1, total + best
        if count:
            rows.append((count, total, card.title, position, card.id))
    if not rows:
        return []
    most = max(row[0] for row in rows)
    ranked = sorted((r for r in rows if r[0] == most), key=lambda r: (-r[1], r[2], r[3]))
    return [row[4] for row in ranked[:limit]]


VOCABULARY = ["refund", "refunds", "return", "re", "receipt", "sorry", "sorrow", "parcel", "par"]
text_of_words = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=5).map(" ".join)
query_words = st.sampled_from(
    [*VOCABULARY, "ref", "refnud", "sory", "pa", "rec", "retunr", "x", "s", "parcle"]
)


@settings(max_examples=150, deadline=None)
@given(
    titles=st.lists(text_of_words, min_size=1, max_size=12),
    texts=st.lists(text_of_words, min_size=12, max_size=12),
    query=st.lists(query_words, min_size=1, max_size=3).map(" ".join),
    limit=st.integers(min_value=1, max_value=8),
)
def test_search_ranks_as_the_rule_says(
    titles: list[str], texts: list[str], query: str, limit: int
) -> None:
    cards = [
        PhraseCard(f"c{n}", title, text, (VOCABULARY[n % len(VOCABULARY)],))
        for n, (title, text) in enumerate(zip(titles, texts, strict=False))
    ]
    idx = index(*cards)
    assert [h.card.id for h in idx.search(query, limit)] == _expected(idx, cards, query, limit)


def test_a_situation_is_found_by_its_keywords() -> None:
    from desktop_app.core.content import load_library
    from desktop_app.resources import resource_path

    book = load_library(resource_path("playbooks")).playbooks["calm-six"]
    index = CardIndex.from_playbook(book)
    for query, situation in (
        ("suicide", "safety"),
        ("ombudsman", "regulator"),
        ("interpreter", "language-barrier"),
        ("outage", "outage"),
        ("tears", "vulnerable"),
    ):
        assert index.search(query)[0].owner_id == situation, query
