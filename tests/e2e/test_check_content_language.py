"""check-content says every kind of playbook problem in Spanish and Greek (real subprocesses).

The words around the values change with the language; the file, the line, the
ids, the YAML keys, the placeholders and the counts stay as the file wrote them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.test_cli import calmline
from tests.e2e.test_cli_language import NO_SYSTEM_LANGUAGE

#: a whole playbook with an id that is no id
BAD_ID = "format: 1\nid: Team Book\nname: Team\nlanguage: en\nsteps: []\n"
#: a step title too long, a card with an unknown placeholder, a key misspelt in a card
BROKEN_STEPS = """\
format: 1
id: team
name: Team
language: en
steps:
  - id: listen
    title: A step title far too long for the narrow step header
    goal: Let them talk
    cards:
      - id: hello
        title: Hello
        text: Hello {custmer_name}, I hear you
      - id: bye
        titel: Bye
        text: Bye for now
"""
#: a change to the built-in playbook naming a step and a situation it does not have
BAD_CHANGE = """\
format: 1
extends: calm-six
steps:
  - id: listn
    title: Listen first
situations:
  - id: nobody
    disabled: true
"""


def _data(root: Path, language: str) -> Path:
    root.mkdir()
    (root / "settings.json").write_text(json.dumps({"language": language}), encoding="utf-8")
    return root


def _check(tmp_path: Path, data: Path, env: dict[str, str]) -> tuple[int, list[str], Path]:
    files = tmp_path / "files"
    files.mkdir(exist_ok=True)
    for name, text in (("a-id.yaml", BAD_ID), ("b-steps.yaml", BROKEN_STEPS),
                       ("c-change.yaml", BAD_CHANGE)):  # fmt: skip
        (files / name).write_text(text, encoding="utf-8")
    done = calmline("--data-dir", str(data), "check-content", str(files), env=env)
    assert "Traceback" not in done.stderr
    return done.returncode, done.stdout.splitlines(), files


def test_every_kind_of_problem_is_spanish_with_its_values_as_written(tmp_path: Path) -> None:
    data = _data(tmp_path / "data", "es")
    code, lines, files = _check(tmp_path, data, NO_SYSTEM_LANGUAGE)
    assert code == 1
    assert lines[:6] == [
        f"{files / 'a-id.yaml'}:2: el id del guion 'Team Book' no es un id válido: "
        "use minúsculas, cifras, - y _, como mucho 60",
        f"{files / 'b-steps.yaml'}:7: el título en el paso 'listen' tiene 52 caracteres; "
        "caben como mucho 40",
        f"{files / 'b-steps.yaml'}:12: marcador desconocido {{custmer_name}} en el texto en la "
        "tarjeta 'hello' (¿quería decir 'customer_name'?); los que hay: {customer_name}, "
        "{agent_name}, {company}, {due}, {account}, {phone}, {category}, {resolution}, "
        "{next_promise}",
        f"{files / 'b-steps.yaml'}:14: clave desconocida 'titel' en una tarjeta "
        "(¿quería decir 'title'?)",
        f"{files / 'c-change.yaml'}:4: el paso 'listn' no está en el guion 'calm-six' "
        "(¿quería decir 'listen'?); un paso nuevo necesita goal",
        f"{files / 'c-change.yaml'}:7: no se puede desactivar la situación 'nobody': "
        "el guion 'calm-six' no tiene esa situación",
    ]


def test_every_kind_of_problem_is_greek_from_the_system_language(tmp_path: Path) -> None:
    data = _data(tmp_path / "data", "")
    code, lines, files = _check(tmp_path, data, {**NO_SYSTEM_LANGUAGE, "LANGUAGE": "el"})
    assert code == 1
    assert lines[:6] == [
        f"{files / 'a-id.yaml'}:2: πεδίο id του σεναρίου 'Team Book': δεν είναι έγκυρο id· "
        "χρησιμοποιήστε πεζά λατινικά, ψηφία, - και _, έως 60",
        f"{files / 'b-steps.yaml'}:7: πεδίο title (βήμα 'listen'): έχει 52 χαρακτήρες· "
        "χωρούν το πολύ 40",
        f"{files / 'b-steps.yaml'}:12: άγνωστο σύμβολο συμπλήρωσης {{custmer_name}} σε πεδίο "
        "text (κάρτα 'hello') (μήπως εννοείτε 'customer_name';)· γνωστά: {customer_name}, "
        "{agent_name}, {company}, {due}, {account}, {phone}, {category}, {resolution}, "
        "{next_promise}",
        f"{files / 'b-steps.yaml'}:14: άγνωστο κλειδί 'titel' σε μια κάρτα "
        "(μήπως εννοείτε 'title';)",
        f"{files / 'c-change.yaml'}:4: βήμα 'listn': δεν υπάρχει στο σενάριο 'calm-six' "
        "(μήπως εννοείτε 'listen';)· ένα νέο βήμα χρειάζεται goal",
        f"{files / 'c-change.yaml'}:7: η κατάσταση 'nobody' δεν απενεργοποιείται: "
        "το σενάριο 'calm-six' δεν έχει τέτοια κατάσταση",
    ]


@pytest.mark.parametrize("language", ["", "en"])
def test_english_says_the_same_problems_as_core_writes_them(tmp_path: Path, language: str) -> None:
    data = _data(tmp_path / "data", language)
    code, lines, files = _check(tmp_path, data, NO_SYSTEM_LANGUAGE)
    assert code == 1
    assert lines[:3] == [
        f"{files / 'a-id.yaml'}:2: the playbook id 'Team Book' is not a valid id: "
        "use lower-case letters, digits, - and _, at most 60",
        f"{files / 'b-steps.yaml'}:7: title of step 'listen' is 52 characters; at most 40 fit",
        f"{files / 'b-steps.yaml'}:12: unknown placeholder {{custmer_name}} in the text of card "
        "'hello' (did you mean 'customer_name'?); known: {customer_name}, {agent_name}, "
        "{company}, {due}, {account}, {phone}, {category}, {resolution}, {next_promise}",
    ]
