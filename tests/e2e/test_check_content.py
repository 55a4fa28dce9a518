"""``calmline check-content``, run as a real subprocess the way a team lead's pipeline would."""

from __future__ import annotations

from pathlib import Path

from tests.content_helpers import MINIMAL, write
from tests.e2e.test_cli import calmline


def test_the_built_in_playbooks_pass_with_a_summary_each() -> None:
    result = calmline("check-content", "resources/playbooks")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "calm-six: 6 steps, 116 cards, 21 situations, 1 layer",
        "heard: 5 steps, 62 cards, 7 situations, 1 layer",
        "last: 4 steps, 44 cards, 7 situations, 1 layer",
    ]
    assert result.stderr == ""


def test_every_problem_is_one_line_with_file_and_line_and_the_exit_status_is_1(
    tmp_path: Path,
) -> None:
    broken = write(
        tmp_path,
        "broken.yaml",
        MINIMAL.replace("        title: Card B\n", "        titel: Card B\n").replace(
            "respectful, please.", "respectful, {whoever}."
        ),
    )
    good = write(tmp_path / "more", "good.yaml", MINIMAL.replace("id: tiny", "id: good"))
    change = write(
        tmp_path / "more",
        "tweak.yaml",
        "format: 1\nextends: calm-six\nsteps:\n  - id: recap\n    disabled: true\n",
    )
    result = calmline("check-content", str(broken), str(tmp_path / "more"))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (f"{broken}:20: unknown key 'titel' in a card (did you mean 'title'?)")
    assert lines[1].startswith(f"{broken}:28: unknown placeholder {{whoever}} in the text of ")
    assert lines[2:] == [
        "calm-six: 5 steps, 109 cards, 21 situations, 2 layers",
        "good: 2 steps, 3 cards, 1 situation, 1 layer",
    ]
    assert good.exists() and change.exists()


def test_a_missing_path_fails(tmp_path: Path) -> None:
    result = calmline("check-content", str(tmp_path / "nope.yaml"))
    assert result.returncode == 1
    assert result.stdout == f"{tmp_path / 'nope.yaml'}:1: no such file or folder\n"


def test_a_path_is_required() -> None:
    result = calmline("check-content")
    assert result.returncode == 2
    assert "the following arguments are required: PATH" in result.stderr


def test_a_business_layer_is_checked_on_top_of_the_default_playbook() -> None:
    result = calmline("check-content", "resources/playbooks/business/billing.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == ["calm-six: 6 steps, 120 cards, 21 situations, 2 layers"]


#: What each translation folder holds, as check-content sums it up: the same
#: counts as the English playbooks it translates.
TRANSLATION_SUMMARIES = {
    "es": [
        "calm-six (es): 6 steps, 116 cards, 21 situations, 1 layer",
        "heard (es): 5 steps, 62 cards, 7 situations, 1 layer",
        "last (es): 4 steps, 44 cards, 7 situations, 1 layer",
    ],
    "el": [
        "calm-six (el): 6 steps, 116 cards, 21 situations, 1 layer",
        "heard (el): 5 steps, 62 cards, 7 situations, 1 layer",
        "last (el): 4 steps, 44 cards, 7 situations, 1 layer",
    ],
}


def test_each_translation_is_reported_when_checked_on_its_own() -> None:
    for language, summaries in TRANSLATION_SUMMARIES.items():
        result = calmline("check-content", f"resources/playbooks/{language}")
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout.splitlines() == summaries


def test_a_change_in_spanish_is_checked_against_the_spanish_playbook(tmp_path: Path) -> None:
    change = write(
        tmp_path,
        "words.es.yaml",
        "format: 1\nextends: calm-six\nlanguage: es\nsteps:\n  - id: ask\n    cards:\n"
        "      - id: ask-confirm\n        text: ¿Me confirma el número, [número]?\n"
        "      - id: ask-photo\n        title: Pedir una foto\n"
        "        text: ¿Puede enviarnos una foto del daño?\n",
    )
    result = calmline("check-content", str(change))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "calm-six (es): 6 steps, 117 cards, 21 situations, 2 layers"
    ]
    english = calmline("check-content", "--language", "en", str(change))
    assert english.returncode == 1
    assert english.stdout.splitlines() == [
        f"{change}:1: its wording is in 'es', and no playbook in that language was loaded "
        "to check it against"
    ]


def test_an_unknown_language_to_check_against_fails() -> None:
    result = calmline("check-content", "--language", "fr", "resources/playbooks/es")
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        "--language: no playbooks in the language 'fr'; the playbook languages are en, el, es; "
        "using English (en)"
    )
