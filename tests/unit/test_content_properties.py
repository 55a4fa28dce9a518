"""Property-based checks of the loader: it only ever fails with its own error, and round-trips."""

from __future__ import annotations

import string
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.content import ContentError, load_playbook
from desktop_app.core.content.document import (
    CARD_KEYS,
    PLAYBOOK_KEYS,
    SITUATION_KEYS,
    STEP_KEYS,
)
from desktop_app.core.content.writing import dump_playbook
from desktop_app.core.placeholders import KNOWN_PLACEHOLDERS
from desktop_app.core.playbook import (
    OPTIONAL_LOG_FIELDS,
    Delivery,
    PhraseCard,
    Playbook,
    Situation,
    Step,
    ordered_situations,
)
from desktop_app.resources import resource_path
from tests.content_helpers import MINIMAL

PATH = Path("generated.yaml")
QUICK = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def load_or_refuse(data: bytes) -> Playbook | None:
    """Load ``data``; the loader's own error is the only acceptable failure."""
    try:
        return load_playbook(PATH, data)
    except ContentError as exc:
        assert exc.problems, "a ContentError always says what is wrong"
        assert all(p.file == PATH and p.line >= 1 and p.message for p in exc.problems)
        return None


# -- random and mutated documents ----------------------------------------------------

KEYS = st.sampled_from(
    sorted({*PLAYBOOK_KEYS, *STEP_KEYS, *SITUATION_KEYS, *CARD_KEYS, "fallbacks", "x"})
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.sampled_from(["calm-six", "listen", "{customer_name}", "{nope}", "spoken", ""]),
)
TREES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=6)),
    max_leaves=30,
)


@QUICK
@given(st.binary(max_size=400))
def test_random_bytes_never_escape_as_anything_but_a_content_error(data: bytes) -> None:
    load_or_refuse(data)


@QUICK
@given(TREES, st.booleans())
def test_random_documents_in_the_formats_vocabulary_are_refused_cleanly(
    tree: Any, with_format: bool
) -> None:
    if with_format and isinstance(tree, dict):
        tree = {"format": 1, **tree}
    load_or_refuse(yaml.safe_dump(tree, allow_unicode=True).encode())


SEED_TEXTS = [MINIMAL, resource_path("playbooks", "heard.yaml").read_text(encoding="utf-8")]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    lines = draw(st.sampled_from(SEED_TEXTS)).splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "repeat", "indent", "dedent", "garble", "swap"]))
        if action == "drop" and len(lines) > 1:
            del lines[at]
        elif action == "repeat":
            lines.insert(at, lines[at])
        elif action == "indent":
            lines[at] = "  " + lines[at]
        elif action == "dedent":
            lines[at] = lines[at].lstrip()
        elif action == "garble":
            junk = draw(st.text(alphabet=string.printable + "&*!{}[]:é\u2028", max_size=6))
            column = draw(st.integers(0, len(lines[at])))
            lines[at] = lines[at][:column] + junk + lines[at][column:]
        else:
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
    return "".join(lines).encode()


@QUICK
@given(mutated())
def test_mutated_playbooks_load_or_are_refused_cleanly(data: bytes) -> None:
    load_or_refuse(data)


# -- valid documents round-trip ----------------------------------------------------------

IDS = st.builds(
    str.__add__,
    st.sampled_from(string.ascii_lowercase + string.digits),
    st.text(string.ascii_lowercase + string.digits + "-_", max_size=8),
)
_CHARS = st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn"), blacklist_characters="{}")


def words(max_size: int) -> st.SearchStrategy[str]:
    return (
        st.text(_CHARS, min_size=1, max_size=max_size)
        .map(lambda s: " ".join(s.split()))
        .filter(bool)
    )


@st.composite
def cards(draw: st.DrawFn, card_id: str) -> PhraseCard:
    text = draw(words(40))
    names = draw(st.lists(st.sampled_from(sorted(KNOWN_PLACEHOLDERS)), max_size=2, unique=True))
    text = " ".join([text, *("{" + name + "}" for name in names)])
    fallback_names = draw(st.lists(st.sampled_from(names), unique=True)) if names else []
    return PhraseCard(
        id=card_id,
        title=draw(words(40)),
        text=text,
        tags=tuple(draw(st.lists(IDS, max_size=3, unique=True))),
        delivery=draw(st.sampled_from(list(Delivery))),
        fallbacks=tuple((name, draw(words(20))) for name in fallback_names),
    )


@st.composite
def playbooks(draw: st.DrawFn) -> Playbook:
    card_ids = iter(draw(st.lists(IDS, min_size=12, max_size=12, unique=True)))
    step_ids = draw(st.lists(IDS, min_size=1, max_size=4, unique=True))
    steps = tuple(
        Step(
            id=step_id,
            title=draw(words(40)),
            goal=draw(words(60)),
            do=tuple(draw(st.lists(words(50), max_size=3))),
            dont=tuple(draw(st.lists(words(50), max_size=3))),
            move_on_when=draw(st.one_of(st.just(""), words(60))),
            cards=tuple(draw(cards(next(card_ids))) for _ in range(draw(st.integers(0, 2)))),
            asks_for=tuple(draw(st.lists(st.sampled_from(list(OPTIONAL_LOG_FIELDS)), unique=True))),
        )
        for step_id in step_ids
    )
    situations = ordered_situations(
        tuple(
            Situation(
                id=situation_id,
                title=draw(words(40)),
                advice=draw(st.one_of(st.just(""), words(60))),
                do=tuple(draw(st.lists(words(50), max_size=2))),
                dont=tuple(draw(st.lists(words(50), max_size=2))),
                priority=draw(st.one_of(st.none(), st.integers(1, 999))),
                keywords=tuple(draw(st.lists(words(30), max_size=3))),
                cards=(draw(cards(next(card_ids))),),
            )
            for situation_id in draw(st.lists(IDS, max_size=3, unique=True))
        )
    )
    return Playbook(
        id=draw(IDS),
        name=draw(words(60)),
        language=draw(st.sampled_from(["en", "de", "pt-BR", "fr-CA"])),
        steps=steps,
        situations=situations,
        categories=tuple(
            draw(st.lists(words(30), min_size=1, max_size=4, unique_by=lambda c: c.casefold()))
        ),
        reescalate_to=draw(st.one_of(st.none(), st.sampled_from(step_ids))),
        description=draw(st.one_of(st.just(""), words(100))),
        tags=tuple(draw(st.lists(IDS, max_size=3, unique=True))),
    )


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(playbooks())
def test_valid_playbooks_round_trip_through_the_file_format(playbook: Playbook) -> None:
    assert load_playbook(PATH, dump_playbook(playbook).encode()) == playbook


def test_the_built_in_playbooks_round_trip() -> None:
    for name in ("calm-six.yaml", "heard.yaml", "last.yaml"):
        path = resource_path("playbooks", name)
        book = load_playbook(path)
        assert load_playbook(PATH, dump_playbook(book).encode()) == book
