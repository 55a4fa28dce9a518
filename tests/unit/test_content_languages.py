"""Playbooks in the agent's language: translations, their ids, team layers, the setting."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.app import assemble
from desktop_app.core.card_search import CardIndex, fold
from desktop_app.core.content import ContentSources, load_library
from desktop_app.core.content.languages import builtin_languages, choose_language
from desktop_app.core.placeholders import KNOWN_PLACEHOLDERS, placeholders_in
from desktop_app.core.playbook import Playbook
from desktop_app.desk.parts import Parts
from desktop_app.paths import DataDir
from desktop_app.resources import resource_path
from tests.content_helpers import write

#: The translations shipped, and which built-in playbooks each one covers.
TRANSLATED = {"es": ("calm-six", "heard", "last"), "el": ("calm-six", "heard", "last")}
#: What only one kind of business says, in each language (the English list is in
#: test_content_builtin): amounts, days, delivery, refunds, engineers, bills.
BUSINESS_SPECIFIC = {
    "es": re.compile(
        r"\d|[£$€]|\b(lunes|martes|miércoles|jueves|viernes|sábado|domingo|envío|almacén|"
        r"paquete|entrega|pedido|reembolso|abono|técnico|reparación|días hábiles|factura)\b",
        re.IGNORECASE,
    ),
    "el": re.compile(
        r"\d|[£$€]|(Δευτέρα|Τρίτη|Τετάρτη|Πέμπτη|Παρασκευή|Σάββατο|Κυριακή|αποστολ|αποθήκη|"
        r"δέμα|παράδοση|παραγγελ|επιστροφή χρημάτων|πίστωση|τεχνικ|επισκευ|εργάσιμ|"
        r"λογαριασμό ρεύματος)",
        re.IGNORECASE,
    ),
}


def _load(language: str) -> dict[str, Playbook]:
    result = load_library(resource_path("playbooks"), language=language)
    assert result.problems == [] and result.notices == []
    return result.playbooks


@pytest.fixture(scope="module")
def english() -> dict[str, Playbook]:
    return _load("en")


@pytest.fixture(scope="module", params=sorted(TRANSLATED))
def translated(request: pytest.FixtureRequest) -> tuple[str, dict[str, Playbook]]:
    return request.param, _load(request.param)


def test_the_languages_shipped_are_english_spanish_and_greek() -> None:
    assert builtin_languages(resource_path("playbooks")) == ["en", "el", "es"]


def test_each_language_loads_its_translations_and_keeps_english_for_the_rest(
    translated: tuple[str, dict[str, Playbook]], english: dict[str, Playbook]
) -> None:
    language, books = translated
    assert list(books) == list(english)  # the same playbooks, in the same order
    for playbook_id, book in books.items():
        if playbook_id in TRANSLATED[language]:
            assert book.language == language
            assert book.name != english[playbook_id].name
        else:
            assert book == english[playbook_id]


def _ids(book: Playbook) -> dict[str, list[str]]:
    """Every id a team layer can name, by where it sits."""
    found = {
        "steps": [s.id for s in book.steps],
        "situations": [s.id for s in book.situations],
    }
    for step in book.steps:
        found[f"cards of step {step.id}"] = [c.id for c in step.cards]
    for situation in book.situations:
        found[f"cards of situation {situation.id}"] = [c.id for c in situation.cards]
    return found


def missing_and_extra(english: Playbook, translation: Playbook) -> list[str]:
    """One line per place where the translation's ids differ from the English ones."""
    ours, theirs = _ids(english), _ids(translation)
    lines = []
    for where in dict.fromkeys([*ours, *theirs]):
        missing = [i for i in ours.get(where, []) if i not in theirs.get(where, [])]
        extra = [i for i in theirs.get(where, []) if i not in ours.get(where, [])]
        if missing:
            lines.append(f"{translation.language} {where}: missing {', '.join(missing)}")
        if extra:
            lines.append(f"{translation.language} {where}: extra {', '.join(extra)}")
        if not missing and not extra and ours[where] != theirs[where]:
            lines.append(f"{translation.language} {where}: in another order")
    return lines


def test_translations_have_the_same_step_card_and_situation_ids_as_english(
    translated: tuple[str, dict[str, Playbook]], english: dict[str, Playbook]
) -> None:
    language, books = translated
    for playbook_id in TRANSLATED[language]:
        assert missing_and_extra(english[playbook_id], books[playbook_id]) == []


def test_the_id_comparison_lists_what_is_missing_and_extra(english: dict[str, Playbook]) -> None:
    book = english["calm-six"]
    listen = book.steps[0]
    changed = Playbook(
        id=book.id,
        name=book.name,
        language="xx",
        steps=(listen.__class__(listen.id, listen.title, listen.goal, cards=listen.cards[1:]),),
        situations=book.situations,
    )
    lines = missing_and_extra(book, changed)
    assert "xx steps: missing acknowledge, ask, resolve, recap, log" in lines
    assert "xx cards of step listen: missing listen-go-on" in lines


def test_translations_keep_what_the_call_reads_from_each_card(
    translated: tuple[str, dict[str, Playbook]], english: dict[str, Playbook]
) -> None:
    """Same tags, delivery, placeholders, fallbacks and priorities: only the words change."""
    language, books = translated
    for playbook_id in TRANSLATED[language]:
        ours, theirs = english[playbook_id], books[playbook_id]
        assert theirs.reescalate_to == ours.reescalate_to
        assert [s.priority for s in theirs.situations] == [s.priority for s in ours.situations]
        for (_o, card), (_t, their_card) in zip(ours.all_cards(), theirs.all_cards(), strict=True):
            assert their_card.tags == card.tags, card.id
            assert their_card.delivery == card.delivery, card.id
            # The order may change with the sentence; the values read may not.
            assert set(placeholders_in(their_card.text)) == set(placeholders_in(card.text))
            assert [n for n, _w in their_card.fallbacks] == [n for n, _w in card.fallbacks]
            assert their_card.text != card.text, f"{card.id} is still in English"
            assert set(placeholders_in(their_card.text)) <= set(KNOWN_PLACEHOLDERS)


def test_translations_fit_any_business(translated: tuple[str, dict[str, Playbook]]) -> None:
    language, books = translated
    specific = [
        (card.id, match.group())
        for playbook_id in TRANSLATED[language]
        for _owner, card in books[playbook_id].all_cards()
        for match in BUSINESS_SPECIFIC[language].finditer(card.text)
    ]
    assert specific == []


def test_blanks_are_written_in_the_language(translated: tuple[str, dict[str, Playbook]]) -> None:
    language, books = translated
    english_blanks = [
        (card.id, blank)
        for playbook_id in TRANSLATED[language]
        for _owner, card in books[playbook_id].all_cards()
        for blank in re.findall(r"\[([^\]]*)\]", card.text)
        if re.search(r"\b(the|what|you|option|their)\b", blank)
    ]
    assert english_blanks == []


def _card_texts(language: str) -> str:
    """Every card of the playbooks translated into ``language``, as one text."""
    books = _load(language)
    return " ".join(c.text for p in TRANSLATED[language] for _o, c in books[p].all_cards())


def test_spanish_speaks_with_usted_and_greek_with_the_polite_plural() -> None:
    spanish = _card_texts("es")
    greek = _card_texts("el")
    # Tú forms a customer would hear as too familiar.
    assert not re.search(r"\b(tú|tienes|puedes|quieres|te|tu|tus|vosotros|os)\b", spanish, re.I)
    assert "usted" in spanish
    assert not re.search(r"(?<!\w)(σου|μπορείς|θέλεις|είσαι)(?!\w)", greek)
    assert "σας" in greek and "μπορείτε" in " ".join(
        [greek, *(s.advice for s in _load("el")["calm-six"].situations)]
    )


@pytest.mark.parametrize("playbook_id", TRANSLATED["es"])
def test_every_spanish_playbook_speaks_with_usted_to_the_customer_and_the_agent(
    playbook_id: str,
) -> None:
    book = _load("es")[playbook_id]
    texts = [book.name, book.description]
    for step in book.steps:
        texts += [step.title, step.goal, step.move_on_when, *step.do, *step.dont]
    for situation in book.situations:
        texts += [situation.title, situation.advice, *situation.do, *situation.dont]
    for _owner, card in book.all_cards():
        texts += [card.title, card.text, *(words for _n, words in card.fallbacks)]
    familiar = [
        (text, match.group())
        for text in texts
        for match in re.finditer(
            r"\b(tú|tienes|puedes|quieres|te|tu|tus|vosotros|os)\b", text, re.I
        )
    ]
    assert familiar == []
    assert "usted" in " ".join(card.text for _owner, card in book.all_cards())


# -- team layers apply by id, whatever the language ---------------------------------


TEAM_CHANGE = """\
format: 1
extends: calm-six
situations:
  - id: safety
    priority: 1
    do: [Press the red button on your phone]
    cards:
      - id: safety-note
        text: "SAFETY: time ___. Duty manager ___."
      - id: safety-crisis-line
        title: Offer the crisis line
        text: There are people you can talk to any time. Would you like the number?
        delivery: spoken
steps:
  - id: ask
    cards:
      - id: ask-account
        disabled: true
"""


def _with_team(tmp_path: Path, language: str, *files: tuple[str, str]) -> Playbook:
    team = tmp_path / "team"
    for name, text in files:
        write(team, name, text)
    result = ContentSources(resource_path("playbooks"), team_dir=team, language=language).load()
    assert result.problems == []
    return result.playbooks["calm-six"]


@pytest.mark.parametrize("language", ["en", "es", "el"])
def test_a_team_layer_applies_by_id_to_the_playbook_in_any_language(
    tmp_path: Path, language: str
) -> None:
    plain = _load(language)["calm-six"]
    book = _with_team(tmp_path, language, ("procedure.yaml", TEAM_CHANGE))
    assert book.language == language
    safety = next(s for s in book.situations if s.id == "safety")
    assert [s.id for s in book.situations][:2] == ["abusive", "safety"]
    assert safety.do == ("Press the red button on your phone",)
    cards = {c.id: c for c in safety.cards}
    assert cards["safety-note"].text == "SAFETY: time ___. Duty manager ___."
    assert "safety-crisis-line" in cards
    assert book.find_card("ask-account") is None
    # What the team did not touch stays in the playbook's language.
    assert cards["safety-stay"] == plain.find_card("safety-stay")
    assert book.steps[0] == plain.steps[0]


def test_a_change_that_names_its_language_applies_only_to_the_playbook_in_it(
    tmp_path: Path,
) -> None:
    spanish_words = (
        "words.es.yaml",
        "format: 1\nextends: calm-six\nlanguage: es\nsteps:\n  - id: ask\n    cards:\n"
        "      - id: ask-confirm\n        text: ¿Me confirma el número de pedido, [número]?\n",
    )
    english_words = (
        "words.en.yaml",
        "format: 1\nextends: calm-six\nlanguage: en\nsteps:\n  - id: ask\n    cards:\n"
        "      - id: ask-confirm\n        text: Can you confirm the order number, [number]?\n",
    )
    for language, expected in (("es", "¿Me confirma"), ("en", "Can you confirm")):
        book = _with_team(tmp_path / language, language, spanish_words, english_words)
        card = book.find_card("ask-confirm")
        assert card is not None and card.text.startswith(expected)
        assert book.language == language  # a change's language never relabels the playbook
    greek = _with_team(tmp_path / "el", "el", spanish_words, english_words)
    assert greek.find_card("ask-confirm") == _load("el")["calm-six"].find_card("ask-confirm")


def test_a_business_layer_in_english_leaves_the_spanish_playbook_as_it_is() -> None:
    folder = resource_path("playbooks")
    result = load_library(folder, language="es")
    before = result.playbooks["calm-six"]
    from desktop_app.core.content.library import load_layer

    load_layer([(folder / "business" / "billing.yaml", None)], result)
    assert result.problems == []
    assert result.playbooks["calm-six"] == before
    assert result.other_language == [(folder / "business" / "billing.yaml", "en")]


# -- the setting --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wanted", "chosen"),
    [("es", "es"), ("ES", "es"), ("es_MX", "es"), ("es-419", "es"), ("el", "el"), ("", "en")],
)
def test_the_setting_names_a_language_shipped(wanted: str, chosen: str) -> None:
    assert choose_language(wanted, ["en", "el", "es"]) == (chosen, None)


def test_an_unknown_language_falls_back_to_english_and_says_which_are_shipped() -> None:
    code, why_not = choose_language("fr", ["en", "el", "es"])
    assert (code, str(why_not)) == (
        "en",
        "no playbooks in the language 'fr'; the playbook languages are en, el, es; "
        "using English (en)",
    )


@pytest.fixture
def started() -> Iterator[list[Parts]]:
    made: list[Parts] = []
    yield made
    for parts in made:
        parts.call_log.close()


def _start(data_root: Path, made: list[Parts], **settings: object) -> Parts:
    data_root.mkdir(parents=True, exist_ok=True)
    (data_root / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    parts = assemble(DataDir(data_root))
    made.append(parts)
    return parts


def test_a_spanish_agent_on_the_default_playbook_gets_it_in_spanish(
    data_root: Path, started: list[Parts]
) -> None:
    parts = _start(data_root, started, playbook_language="es")
    assert parts.problems.messages == []
    assert parts.playbook.id == "calm-six" and parts.playbook.language == "es"
    assert parts.playbook.steps[0].title == "Escuchar"
    assert parts.library is not None and list(parts.library.playbooks) == [
        "calm-six",
        "heard",
        "last",
    ]


def test_an_unknown_playbook_language_is_reported_with_the_file_and_value(
    data_root: Path, started: list[Parts]
) -> None:
    parts = _start(data_root, started, playbook_language="fr")
    assert parts.playbook.language == "en"
    assert parts.problems.messages == [
        f"{data_root / 'settings.json'} (playbook_language): no playbooks in the language "
        "'fr'; the playbook languages are en, el, es; using English (en)"
    ]


def test_the_playbook_language_must_be_text(data_root: Path, started: list[Parts]) -> None:
    parts = _start(data_root, started, playbook_language=["es"])
    assert parts.playbook.language == "en"
    assert parts.problems.messages == [
        f"{data_root / 'settings.json'} (playbook_language): expected str, found list; using 'en'"
    ]


# -- card search in every language ---------------------------------------------------


def test_folding_drops_greek_tonos_and_final_sigma_and_spanish_accents() -> None:
    assert fold("λογαριασμός") == fold("ΛΟΓΑΡΙΑΣΜΟΣ") == fold("λογαριασμος") == "λογαριασμοσ"
    assert fold("ς") == fold("σ") == fold("Σ")
    assert fold("Διαιτησία ΐ ΰ") == "διαιτησια ι υ"
    assert fold("Devolución") == "devolucion"
    # Chosen: "n" finds "ñ", as agents on a keyboard without ñ type it; "año" and
    # "ano" meeting in a card search does no harm.
    assert fold("Ñandú año") == "nandu ano"


@pytest.mark.parametrize("query", ["λογαριασμος", "ΛΟΓΑΡΙΑΣΜΟΣ", "λογαριασμό"])
def test_greek_card_search_ignores_case_accents_and_final_sigma(query: str) -> None:
    index = CardIndex.from_playbook(_load("el")["calm-six"])
    assert "ask-account" in [hit.card.id for hit in index.search(query)]


@pytest.mark.parametrize(
    ("query", "card_id"), [("reclamacion", "regulator-formal"), ("CANCION", "")]
)
def test_spanish_card_search_ignores_case_and_accents(query: str, card_id: str) -> None:
    index = CardIndex.from_playbook(_load("es")["calm-six"])
    found = [hit.card.id for hit in index.search(query)]
    if card_id:
        assert card_id in found
    else:
        assert found == []


def test_spanish_n_finds_enye() -> None:
    index = CardIndex.from_playbook(_load("es")["calm-six"])
    assert [hit.card.id for hit in index.search("companero")] == [
        hit.card.id for hit in index.search("compañero")
    ]
    assert index.search("companero")
