"""The built-in playbooks: complete, in our own words, and usable whatever their length."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.core.clock import FakeClock
from desktop_app.core.content import load_library
from desktop_app.core.content.languages import builtin_languages
from desktop_app.core.content.library import load_layer
from desktop_app.core.content.techniques import SITUATION_TECHNIQUES, TECHNIQUES
from desktop_app.core.placeholders import KNOWN_PLACEHOLDERS, placeholders_in
from desktop_app.core.playbook import Delivery, Playbook
from desktop_app.core.session import CallSession
from desktop_app.resources import resource_path
from tests.conftest import REPO_ROOT

BUILTIN = ("calm-six", "heard", "last")
#: A spoken card is said in one breath or two.
MAX_WORDS = 30
MAX_SENTENCES = 2
#: The optional business layers, each a change to the default playbook.
BUSINESS_LAYERS = ("billing.yaml", "retail-delivery.yaml", "technical-support.yaml")
#: The situations PRODUCT.md lists, by the ids every built-in playbook uses.
SITUATIONS = (
    "abusive",
    "threat",
    "supervisor",
    "no-calm",
    "customer-fault",
    "serial-complainer",
    "other-department",
)
#: The situations a contact-centre trainer covers besides those, in the default playbook.
MORE_SITUATIONS = (
    "refuse-request",
    "cancel",
    "vulnerable",
    "safety",
    "outage",
    "our-mistake",
    "transferred-again",
    "social-media",
    "recording",
    "language-barrier",
    "not-account-holder",
    "repeat-caller",
    "missed-callback",
    "regulator",
)
#: The cards used most, each with a second phrasing (its id with ``-2``).
MOST_USED = {
    "calm-six": (
        "listen-go-on",
        "ack-name-feeling",
        "ask-real-want",
        "resolve-two-options",
        "recap-read-back",
    ),
    "heard": ("hear-tell-me", "emp-i-would-too"),
    "last": ("l-listen-go-on", "l-apo-sincere", "l-solve-two-options"),
}
#: American spellings; the built-in content is written in British English.
AMERICAN = re.compile(
    r"\b(apologiz\w*|empathiz\w*|recogniz\w*|organiz\w*|realiz\w*|authoriz\w*|"
    r"prioritiz\w*|summariz\w*|minimiz\w*|color\w*|behavior\w*|favor\w*|honor\w*|"
    r"center\w*|canceled|canceling|license[ds]?|program(?:me)?s?\b(?<!programme))\b",
    re.IGNORECASE,
)
#: What only one kind of business says: amounts, days, delivery, refunds, engineers.
BUSINESS_SPECIFIC = re.compile(
    r"\d|[£$€]|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|"
    r"reship\w*|warehouse|parcel|delivery|order|refund\w*|credit|engineer|repair|"
    r"working days|bill)\b",
    re.IGNORECASE,
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


def test_every_situation_in_the_product_brief_is_complete(book: Playbook) -> None:
    by_id = {s.id: s for s in book.situations}
    for situation_id in SITUATIONS:
        situation = by_id[situation_id]
        assert len(situation.cards) >= 2, situation_id
        assert situation.advice and situation.do and situation.dont, situation_id
        assert situation.priority is not None and situation.keywords, situation_id


def test_the_default_playbook_covers_what_trainers_cover(books: dict[str, Playbook]) -> None:
    book = books["calm-six"]
    assert len(book.situations) >= 20
    by_id = {s.id: s for s in book.situations}
    assert set(SITUATIONS + MORE_SITUATIONS) <= set(by_id)
    for situation in book.situations:
        assert len(situation.cards) >= 3, situation.id
        assert situation.advice, situation.id
        assert len(situation.do) >= 2 and len(situation.dont) >= 2, situation.id
        assert situation.keywords, situation.id
    # Listed most used first, each with its own place in the order.
    priorities = [s.priority for s in book.situations]
    assert None not in priorities and priorities == sorted(set(priorities))  # type: ignore[type-var]
    # The safety situation keeps a function key (F2 to F9 open the first eight).
    assert "safety" in [s.id for s in book.situations[:8]]


def test_the_safety_situation_keeps_the_caller_on_the_line(books: dict[str, Playbook]) -> None:
    (safety,) = [s for s in books["calm-six"].situations if s.id == "safety"]
    reminders = " ".join([safety.advice, *safety.do, *safety.dont]).lower()
    assert "stay on the line" in reminders
    assert "procedure" in reminders
    assert "end the call" in " ".join(safety.dont).lower()
    tags = {tag for card in safety.cards for tag in card.tags}
    assert {"stay-on-line", "follow-procedure"} <= tags
    assert "warn-once" not in tags  # no card here ends the call


def test_every_technique_is_carried_by_a_card(book: Playbook) -> None:
    used = {tag for _owner, card in book.all_cards() for tag in card.tags}
    assert set(TECHNIQUES) - used == set()
    known = set(TECHNIQUES) | set(SITUATION_TECHNIQUES)
    assert used - known == set(), "a tag that is not in the technique list"
    if book.id == "calm-six":
        assert set(SITUATION_TECHNIQUES) - used == set()


def test_every_step_checks_understanding_and_moves_forward(book: Playbook) -> None:
    for step in book.steps:
        tags = {tag for card in step.cards for tag in card.tags}
        assert "check-understanding" in tags, step.id
        assert "move-forward" in tags, step.id


def test_the_step_a_flare_up_returns_to_has_words_for_it(book: Playbook) -> None:
    assert book.reescalate_to is not None
    step = book.steps[book.step_index(book.reescalate_to)]
    assert [c.id for c in step.cards if "flare-up" in c.tags]


def test_the_cards_used_most_have_a_second_phrasing(book: Playbook) -> None:
    for step in book.steps:
        ids = [card.id for card in step.cards]
        for card_id in set(ids) & set(MOST_USED[book.id]):
            assert f"{card_id}-2" in ids, card_id
    assert {card.id for _o, card in book.all_cards()} >= set(MOST_USED[book.id])


def test_a_card_that_states_the_agreement_reads_it_from_the_call(book: Playbook) -> None:
    for step in book.steps:
        for card in step.cards:
            if "restate-changes" in card.tags:
                assert "{resolution}" in card.text, card.id


def test_diagnose_is_the_agents_own_look_at_the_cause(books: dict[str, Playbook]) -> None:
    book = books["heard"]
    diagnose = book.steps[book.step_index("diagnose")]
    assert diagnose is book.steps[-1]
    assert all(card.delivery is Delivery.PASTED for card in diagnose.cards)
    assert "after the call" in diagnose.goal.lower()


def test_phrases_are_short_and_free_of_corporate_filler(book: Playbook) -> None:
    for _owner, card in book.all_cards():
        assert len(card.title) <= 40, card.id
        lowered = card.text.lower()
        assert not [f for f in FILLER if f in lowered], card.id
        assert card.tags, f"{card.id} carries no technique tag"


#: What ends a sentence, by language: Greek writes its question mark as ";".
SENTENCE_ENDS = {"el": ".!?;"}


def _spoken_sentences(text: str, language: str = "en") -> list[str]:
    ends = re.escape(SENTENCE_ENDS.get(language, ".!?"))
    return [part for part in re.split(rf"(?<=[{ends}])\s+", text.strip()) if part]


def _all_built_in_content() -> list[tuple[str, Playbook]]:
    """Every built-in playbook in every language, and the default one with each business
    layer on top."""
    folder = resource_path("playbooks")
    found = [(p.id, p) for p in load_library(folder).playbooks.values()]
    for language in builtin_languages(folder)[1:]:
        result = load_library(folder, language=language)
        assert result.problems == [], language
        found += [(f"{p.id} ({language})", p) for p in result.playbooks.values()]
    for name in BUSINESS_LAYERS:
        result = load_library(folder)
        load_layer([(folder / "business" / name, None)], result)
        assert result.problems == [], name
        found.append((name, result.playbooks["calm-six"]))
    return found


def test_every_spoken_card_is_at_most_thirty_words_and_two_sentences() -> None:
    too_long = [
        (where, card.id)
        for where, book in _all_built_in_content()
        for _owner, card in book.all_cards()
        if card.delivery is not Delivery.PASTED
        and (
            len(card.text.split()) > MAX_WORDS
            or len(_spoken_sentences(card.text, book.language)) > MAX_SENTENCES
        )
    ]
    assert too_long == []
    assert {book.language for _where, book in _all_built_in_content()} == {"en", "es", "el"}


def test_sentences_are_counted_as_a_listener_hears_them() -> None:
    assert len(_spoken_sentences("Sorry. I'll fix it, by {due}. Is that all right?")) == 3
    assert len(_spoken_sentences("I can do [this] or [that]; which suits you?")) == 1
    assert len(_spoken_sentences("¿Está a salvo? ¿Hay alguien con usted?", "es")) == 2
    assert len(_spoken_sentences("Είστε ασφαλής; Είναι κάποιος μαζί σας;", "el")) == 2


def _visible_text(book: Playbook) -> list[str]:
    texts = [book.name, book.description]
    for step in book.steps:
        texts += [step.title, step.goal, step.move_on_when, *step.do, *step.dont]
    for situation in book.situations:
        texts += [situation.title, situation.advice, *situation.do, *situation.dont]
        texts += situation.keywords
    for _owner, card in book.all_cards():
        texts += [card.title, card.text, *(words for _n, words in card.fallbacks)]
    return texts


def test_one_spelling_throughout_the_built_in_content() -> None:
    american = [
        (where, match.group())
        for where, book in _all_built_in_content()
        if book.language == "en"  # "por favor" is Spanish, not American
        for text in _visible_text(book)
        for match in AMERICAN.finditer(text)
    ]
    assert american == []
    assert AMERICAN.search("We apologize") and not AMERICAN.search("We apologise")


def test_the_built_in_playbooks_fit_any_business(book: Playbook) -> None:
    specific = [
        (card.id, match.group())
        for _owner, card in book.all_cards()
        for match in BUSINESS_SPECIFIC.finditer(card.text)
    ]
    assert specific == []


def test_each_business_layer_changes_the_default_playbook_with_real_offers() -> None:
    folder = resource_path("playbooks")
    plain = load_library(folder).playbooks["calm-six"]
    for name in BUSINESS_LAYERS:
        result = load_library(folder)
        load_layer([(folder / "business" / name, None)], result)
        book = result.playbooks["calm-six"]
        assert result.problems == [] and result.sources["calm-six"][-1].name == name
        changed = book.find_card("resolve-two-options")
        assert changed is not None and changed != plain.find_card("resolve-two-options")
        assert "[first option]" not in changed.text  # filled with this business's offers
        assert len(book.all_cards()) > len(plain.all_cards())
    # Shipped beside the built-in playbooks, but only loaded when a team switches one on.
    assert load_library(folder).sources["calm-six"] == [folder / "calm-six.yaml"]


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


def _runs(text: str, size: int) -> set[tuple[str, ...]]:
    """Every run of ``size`` words in ``text``, case and punctuation aside."""
    words = re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower().replace("’", "'"))
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_no_run_of_seven_words_from_the_source_texts_is_used() -> None:
    seeds = _seeds_folder()
    if seeds is None:
        pytest.skip("the source texts (shared/seeds beside the clone) are not here to compare")
    source: set[tuple[str, ...]] = set()
    for path in sorted(seeds.glob("*.txt")):
        source |= _runs(path.read_text(encoding="utf-8"), 7)
    assert source, "the seeds folder holds no text"
    copied = {
        (where, " ".join(run))
        for where, book in _all_built_in_content()
        for text in _visible_text(book)
        for run in _runs(text, 7) & source
    }
    assert copied == set()


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
        "last.yaml",
    ]
    business = Path(resource_path("playbooks", "business"))
    assert sorted(p.name for p in business.glob("*.yaml")) == list(BUSINESS_LAYERS)
