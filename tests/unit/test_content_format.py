"""The content format: what loads, and every mistake named with its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.content import ContentError, load_playbook
from desktop_app.core.playbook import Delivery
from tests.content_helpers import MINIMAL, load_one, problems_of, write


def test_a_complete_file_loads_into_the_model(tmp_path: Path) -> None:
    playbook = load_one(write(tmp_path, "tiny.yaml", MINIMAL))
    assert playbook.id == "tiny"
    assert [s.id for s in playbook.steps] == ["one", "two"]
    assert playbook.reescalate_to == "two"
    card = playbook.find_card("one-a")
    assert card is not None
    assert card.fallbacks == (("customer_name", "there"),)
    assert card.delivery is Delivery.EITHER
    assert [s.id for s in playbook.situations] == ["rude"]
    assert playbook.step_index("two") == 1


def test_text_is_tidied_to_single_spaces(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        "Let me look into that.", ">-\n          Let me   look\n          into that."
    )
    playbook = load_one(write(tmp_path, "tiny.yaml", text))
    assert playbook.steps[1].cards[0].text == "Let me look into that."


def test_unknown_key_names_the_line_and_suggests_the_right_one(tmp_path: Path) -> None:
    text = MINIMAL.replace("        title: Card B\n", "        titel: Card B\n")
    assert problems_of(write(tmp_path, "t.yaml", text)) == [
        "20: unknown key 'titel' in a card (did you mean 'title'?)",
    ]


def test_every_problem_is_collected_not_just_the_first(tmp_path: Path) -> None:
    text = (
        MINIMAL.replace("goal: First goal.", "goal: ''")
        .replace("id: two-a", "id: one-a")
        .replace("Let me look into that.", "Ask {custmer_name} to hold.")
        .replace("language: en", "language: [en]")
    )
    found = problems_of(write(tmp_path, "t.yaml", text))
    assert found == [
        "4: the language must be text, not a list",
        "9: goal of step 'one' is empty",
        "21: unknown placeholder {custmer_name} in the text of card 'one-a' (did you mean "
        "'customer_name'?); known: {customer_name}, {agent_name}, {company}, {due}, {account}, "
        "{phone}, {category}, {resolution}, {next_promise}",
    ]


def test_duplicate_ids_are_reported_with_both_places(tmp_path: Path) -> None:
    steps_twice = MINIMAL.replace("  - id: two\n", "  - id: one\n")
    assert problems_of(write(tmp_path, "a.yaml", steps_twice)) == [
        "15: duplicate id 'one' in steps (first on line 7)",
    ]
    card_twice = MINIMAL.replace("id: rude-a", "id: two-a")
    assert problems_of(write(tmp_path, "b.yaml", card_twice)) == [
        "26: duplicate card id 'two-a': used in 'two' and 'rude'",
    ]


def test_over_long_title_and_text_are_refused(tmp_path: Path) -> None:
    text = MINIMAL.replace("title: Card A", "title: " + "x" * 41).replace(
        "Let me look into that.", "word " * 130
    )
    assert problems_of(write(tmp_path, "t.yaml", text)) == [
        "12: the title of card 'one-a' is 41 characters; at most 40 fit",
        "21: the text of card 'two-a' is 649 characters; at most 600 fit",
    ]


def test_wrong_types_are_named(tmp_path: Path) -> None:
    text = (
        MINIMAL.replace("title: One", "title: [One]")
        .replace("reescalate_to: two", "reescalate_to: true")
        .replace("  - id: two\n", "  - id: two\n    do: a single reminder\n")
        .replace("text: Let's keep", "delivery: shouted\n        text: Let's keep")
    )
    assert problems_of(write(tmp_path, "t.yaml", text)) == [
        "5: reescalate_to must be an id, not true/false",
        "8: title of step 'one' must be text, not a list",
        "16: the 'do' reminders of step 'two' must be a list",
        "29: delivery of card 'rude-a' must be one of spoken, pasted, either, not 'shouted' "
        "(did you mean 'pasted'?)",
    ]


def test_reescalate_to_must_name_a_step(tmp_path: Path) -> None:
    text = MINIMAL.replace("reescalate_to: two", "reescalate_to: tow")
    assert problems_of(write(tmp_path, "t.yaml", text)) == [
        "5: reescalate_to names the step 'tow', which is not in playbook 'tiny' "
        "(did you mean 'two'?)",
    ]


def test_missing_required_fields_are_named(tmp_path: Path) -> None:
    text = MINIMAL.replace("    goal: Second goal.\n", "").replace(
        "        text: Let's keep this respectful, please.\n", ""
    )
    assert problems_of(write(tmp_path, "t.yaml", text)) == [
        "15: step 'two' needs goal",
        "25: card 'rude-a' needs text",
    ]


def test_fallbacks_must_be_known_and_used(tmp_path: Path) -> None:
    text = MINIMAL.replace("fallbacks: {customer_name: there}", "fallbacks: {company: us}")
    assert problems_of(write(tmp_path, "t.yaml", text)) == [
        "11: card 'one-a' has a fallback for {company} but its text never uses it",
    ]
    text = MINIMAL.replace("fallbacks: {customer_name: there}", "fallbacks: {name: there}")
    assert problems_of(write(tmp_path, "u.yaml", text)) == [
        "14: unknown placeholder 'name' in the fallbacks of card 'one-a'",
    ]


def test_placeholders_only_work_in_card_text(tmp_path: Path) -> None:
    text = MINIMAL.replace("goal: First goal.", "goal: Greet {customer_name}.")
    assert problems_of(write(tmp_path, "t.yaml", text)) == [
        "9: goal of step 'one' cannot use placeholders; only card text is filled in",
    ]


def test_the_format_version_is_required_and_not_from_the_future(tmp_path: Path) -> None:
    assert problems_of(write(tmp_path, "a.yaml", MINIMAL.replace("format: 1\n", ""))) == [
        "1: say which format the file is written in: add 'format: 1'",
    ]
    assert problems_of(write(tmp_path, "b.yaml", MINIMAL.replace("format: 1", "format: 7"))) == [
        "1: written for a newer Calmline (format 7); this one reads format 1",
    ]


def test_a_repeated_key_is_an_error_not_a_silent_overwrite(tmp_path: Path) -> None:
    text = MINIMAL.replace("    goal: First goal.\n", "    goal: First goal.\n    goal: Again.\n")
    assert problems_of(write(tmp_path, "t.yaml", text)) == [
        "10: the key 'goal' is written twice in a step",
    ]


def test_ids_must_be_plain(tmp_path: Path) -> None:
    text = MINIMAL.replace("id: one-a", "id: One A")
    assert problems_of(write(tmp_path, "t.yaml", text)) == [
        "11: the card id 'One A' is not a valid id: use lower-case letters, digits, - and _, "
        "at most 60",
    ]


def test_load_playbook_raises_the_loaders_own_error(tmp_path: Path) -> None:
    path = write(tmp_path, "t.yaml", "format: 1\nid: x\n")
    with pytest.raises(ContentError) as caught:
        load_playbook(path)
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:1: a playbook needs a name",
        f"{path}:1: a playbook needs a language",
        f"{path}:1: a playbook needs a list of steps",
    ]


def test_situation_reminders_priority_and_keywords_load_and_order_the_list(
    tmp_path: Path,
) -> None:
    text = MINIMAL.replace(
        "    title: Rude caller\n",
        "    title: Rude caller\n    priority: 2\n    keywords: [swearing, insults]\n"
        "    do: [Warn once]\n    dont: [Swear back]\n",
    ) + (
        "  - id: safety\n    title: Harm to self or others\n    priority: 1\n"
        "    cards:\n      - id: safety-a\n        title: Stay\n        text: I'm staying here.\n"
        "  - id: later\n    title: No priority\n"
        "    cards:\n      - id: later-a\n        title: Later\n        text: Later on.\n"
    )
    playbook = load_one(write(tmp_path, "tiny.yaml", text))
    assert [s.id for s in playbook.situations] == ["safety", "rude", "later"]
    rude = playbook.situations[1]
    assert rude.do == ("Warn once",) and rude.dont == ("Swear back",)
    assert rude.keywords == ("swearing", "insults") and rude.priority == 2


@pytest.mark.parametrize("value", ["0", "1000", "first", "1.5", "true"])
def test_a_bad_priority_is_named_with_its_line(tmp_path: Path, value: str) -> None:
    text = MINIMAL.replace(
        "    title: Rude caller\n", f"    title: Rude caller\n    priority: {value}\n"
    )
    (problem,) = problems_of(write(tmp_path, "t.yaml", text))
    assert problem.startswith("25: the priority of situation 'rude' must be a whole number from 1")
