"""The built-in playbooks: complete, in our own words, and usable whatever their length."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.core.clock import FakeClock
from desktop_app.core.content import load_library
from desktop_app.core.content.techniques import TECHNIQUES
from desktop_app.core.placeholders import KNOWN_PLACEHOLDERS, placeholders_in
from desktop_app.core.playbook import Playbook
from desktop_app.core.session import CallSession
from desktop_app.resources import resource_path
from tests.conftest import REPO_ROOT

BUILTIN = ("calm-six", "heard")
MAX_WORDS = 35
#: The situations PRODUCT.md lists, by the ids the built-in playbooks use.
SITUATIONS = (
    "abusive",
    "threat",
    "supervisor",
    "no-calm",
    "customer-fault",
    "serial-complainer",
    "other-department",
)
#: Words that make a phrase sound like a form letter rather than a person.
FILLER = (
    "any inconvenience",
    "we value your",
    "your call is important",
    "as per",
    "kindly",
    "valued customer",
    "at this point in time",
    "please be advised",
)


@pytest.fixture(scope="module")
def books() -> dict[str, Playbook]:
    result = load_library(resource_path("playbooks"))
    assert result.problems == []
    assert result.notices == []
    return result.playbooks


@pytest.fixture(scope="module", params=BUILTIN)
def book(request: pytest.FixtureRequest, books: dict[str, Playbook]) -> Playbook:
    return books[request.param]


def test_both_built_in_playbooks_load_with_different_step_counts(
    books: dict[str, Playbook],
) -> None:
    assert list(books) == list(BUILTIN)
    assert [s.id for s in books["calm-six"].steps] == [
        "listen",
        "acknowledge",
        "ask",
        "resolve",
        "recap",
        "log",
    ]
    assert books["calm-six"].reescalate_to == "acknowledge"
    assert len(books["heard"].steps) == 5
    assert books["heard"].reescalate_to == "empathize"


def test_every_step_is_complete(book: Playbook) -> None:
    for step in book.steps:
        assert step.goal, step.id
        assert len(step.do) >= 3, step.id
        assert len(step.dont) >= 3, step.id
        assert step.move_on_when, step.id
        assert len(step.cards) >= 6, step.id


def test_every_situation_in_the_product_brief_has_three_cards(book: Playbook) -> None:
    assert len(book.situations) >= 7
    by_id = {s.id: s for s in book.situations}
    for situation_id in SITUATIONS:
        assert len(by_id[situation_id].cards) >= 3, situation_id
        assert by_id[situation_id].advice, situation_id


def test_every_technique_is_carried_by_a_card(book: Playbook) -> None:
    used = {tag for _owner, card in book.all_cards() for tag in card.tags}
    assert set(TECHNIQUES) - used == set()
    assert used - set(TECHNIQUES) == set(), "a tag that is not in the technique list"


def test_phrases_are_short_and_free_of_corporate_filler(book: Playbook) -> None:
    for _owner, card in book.all_cards():
        assert len(card.title) <= 40, card.id
        assert len(card.text.split()) <= MAX_WORDS, card.id
        lowered = card.text.lower()
        assert not [f for f in FILLER if f in lowered], card.id
        assert card.tags, f"{card.id} carries no technique tag"


def test_card_texts_are_not_repeated(book: Playbook) -> None:
    texts = [card.text for _owner, card in book.all_cards()]
    assert len(texts) == len(set(texts))


def test_placeholders_are_known_and_the_common_ones_are_used(book: Playbook) -> None:
    used = {name for _o, card in book.all_cards() for name in placeholders_in(card.text)}
    assert used <= set(KNOWN_PLACEHOLDERS)
    assert {"customer_name", "agent_name", "company", "due"} <= used
    with_fallback = [card for _o, card in book.all_cards() if card.fallbacks]
    assert len(with_fallback) >= 4


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [" ".join(p.split()).strip(" \"'“”").lower() for p in parts]


def _seeds_folder() -> Path | None:
    """``shared/seeds`` beside the clone (or beside a folder holding it), if present."""
    for folder in REPO_ROOT.parents:
        if (folder / "shared" / "seeds").is_dir():
            return folder / "shared" / "seeds"
    return None


def test_no_sentence_of_the_source_texts_is_copied(book: Playbook) -> None:
    seeds = _seeds_folder()
    if seeds is None:
        pytest.skip("the source texts (shared/seeds beside the clone) are not here to compare")
    source = [
        s
        for path in sorted(seeds.glob("*.txt"))
        for s in _sentences(path.read_text(encoding="utf-8"))
        if len(s.split()) >= 4
    ]
    assert source, "the seeds folder holds no text"
    ours: list[str] = []
    for step in book.steps:
        ours += [step.goal, step.move_on_when, *step.do, *step.dont]
    ours += [s.advice for s in book.situations]
    ours += [card.text for _o, card in book.all_cards()]
    ours_lowered = " ".join(" ".join(_sentences(text)) for text in ours)
    copied = [sentence for sentence in source if sentence in ours_lowered]
    assert copied == []


@pytest.mark.parametrize("playbook_id", BUILTIN)
def test_a_call_runs_through_every_step_whatever_the_count(
    books: dict[str, Playbook], playbook_id: str
) -> None:
    book = books[playbook_id]
    session = CallSession(book, clock=FakeClock())
    visited = [session.current_step.id]
    while not session.is_last_step:
        session.use_card(session.current_step.cards[0])
        session.next_step()
        visited.append(session.current_step.id)
    assert visited == [s.id for s in book.steps]
    session.reescalate()
    assert session.current_step.id == book.reescalate_to
    session.go_to(len(book.steps) - 1)
    record = session.finish()
    assert record.playbook_id == book.id
    assert session.times_used(book.steps[0].cards[0].id) == 1


def test_the_built_in_folder_in_the_checkout_is_the_one_used() -> None:
    assert resource_path("playbooks") == REPO_ROOT / "resources" / "playbooks"
    assert sorted(p.name for p in Path(resource_path("playbooks")).glob("*.yaml")) == [
        "calm-six.yaml",
        "heard.yaml",
    ]
