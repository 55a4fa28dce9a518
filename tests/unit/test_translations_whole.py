"""Every shipped translation is whole: finished, same placeholders, up to date with the code.

A shipped language is a ``resources/translations/calmline_<code>.ts`` file;
a new one is covered as soon as it is added.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

TRANSLATIONS = REPO_ROOT / "resources" / "translations"
SHIPPED = sorted(TRANSLATIONS.glob("calmline_*.ts"))
#: %1, %n (Qt's arguments) and {name} or {0} (str.format's)
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_0-9]*\}")

Message = tuple[str, str, bool]  # context, source text, has a count (numerus)


def messages(ts: Path) -> dict[Message, list[str]]:
    """Each message of a .ts file and its translated forms ("" where not done)."""
    found: dict[Message, list[str]] = {}
    # The repository's own files, not untrusted input.
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts.name}: a message without a translation element"
            numerus = message.get("numerus") == "yes"
            if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
                forms = [""]
            elif numerus:
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            found[(name, message.findtext("source", ""), numerus)] = forms
    return found


def test_there_is_a_translation_to_check() -> None:
    assert any(ts.name == "calmline_es.ts" for ts in SHIPPED)


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda ts: ts.stem)
def test_every_string_is_translated_with_the_same_placeholders(ts: Path) -> None:
    problems = []
    for (context, source, numerus), forms in messages(ts).items():
        where = f"{ts.name}: {context}: {source!r}"
        if not all(form.strip() for form in forms):
            problems.append(f"{where} has no finished translation")
            continue
        wanted = Counter(PLACEHOLDER.findall(source))
        if numerus:
            # A count belongs in every form: "%n call" as much as "%n calls".
            wanted["%n"] = max(wanted["%n"], 1)
        for form in forms:
            have = Counter(PLACEHOLDER.findall(form))
            if have != wanted:
                problems.append(
                    f"{where}: the translation {form!r} has {sorted(have.elements())}, "
                    f"the source {sorted(wanted.elements())}"
                )
    assert not problems, "\n".join(problems)


def test_the_translations_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """lupdate over the code, into copies: the same source text must come out."""
    subprocess.run(
        [sys.executable, str(REPO_ROOT / "packaging" / "translations.py"), "update",
         "--into", str(tmp_path)],
        check=True, capture_output=True,
    )  # fmt: skip
    for ts in SHIPPED:
        kept, fresh = set(messages(ts)), set(messages(tmp_path / ts.name))
        assert not fresh - kept, (
            f"{ts.name} lacks text the code shows; run packaging/translations.py update "
            f"and translate: {sorted(fresh - kept)[:5]}"
        )
        assert not kept - fresh, (
            f"{ts.name} holds text the code no longer shows; run packaging/translations.py "
            f"update: {sorted(kept - fresh)[:5]}"
        )
