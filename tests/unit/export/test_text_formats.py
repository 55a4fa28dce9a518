"""JSON Lines and Markdown exports."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop_app.core.call import CallRecord
from desktop_app.core.export import write_jsonl, write_markdown
from desktop_app.core.export.markdown import escape
from tests.synthetic import sample_call, synthetic_calls


def test_json_lines_hold_one_full_record_per_line(tmp_path: Path) -> None:
    calls = list(synthetic_calls(40, seed=2))
    out = tmp_path / "calls.jsonl"
    assert write_jsonl(iter(calls), out) == 40
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [CallRecord.from_dict(json.loads(line)) for line in lines] == calls


def test_json_lines_mask_card_numbers_in_free_text(tmp_path: Path) -> None:
    out = tmp_path / "calls.jsonl"
    write_jsonl([sample_call(resolution="refund to 5500 0000 0000 0004")], out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["resolution"] == "refund to [card number removed]"
    assert data["customer"]["phone"] == "+44 7700 900123"


def test_markdown_has_one_section_per_call(tmp_path: Path) -> None:
    out = tmp_path / "calls.md"
    assert write_markdown(synthetic_calls(5, seed=4), out) == 5
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Calmline calls\n")
    assert text.count("\n## ") == 5


def test_markdown_of_one_call_reads_as_written(tmp_path: Path) -> None:
    out = tmp_path / "call.md"
    write_markdown([sample_call()], out)
    text = out.read_text(encoding="utf-8")
    assert "- **Customer:** Ann Adams\n" in text
    assert "- **Phone:** \\+44 7700 900123\n" in text
    assert (
        "### Commitments\n\n- \\[open\\] Call back with the refund status — Dana Whitfield" in text
    )
    assert "### Notes\n\nVery upset at first\\.\\\nWants it in writing\\." not in text
    assert "### Notes\n\nVery upset at first.\\\nWants it in writing.\n" in text


def test_the_cause_is_in_the_markdown_only_when_the_agent_noted_one(tmp_path: Path) -> None:
    out = tmp_path / "calls.md"
    write_markdown([sample_call(cause="Old refund rule on the billing page")], out)
    assert "- **Cause:** Old refund rule on the billing page\n" in out.read_text(encoding="utf-8")
    write_markdown([sample_call()], out)
    assert "Cause" not in out.read_text(encoding="utf-8")


def test_user_text_cannot_become_markup() -> None:
    assert escape("<img src=x onerror=alert(1)>") == "\\<img src=x onerror=alert(1)\\>"
    assert escape("# heading") == "\\# heading"
    assert escape("1. list") == "1\\. list"
    assert escape("[link](http://x)") == "\\[link\\](http://x)"
    assert escape("*bold* _it_") == "\\*bold\\* \\_it\\_"
    assert escape("one\ntwo") == "one\\\ntwo"


def _escape_by_patterns(text: str) -> str:
    """Markdown escaping as three pattern substitutions per line: the reference."""
    lines = []
    for line in text.splitlines() or [""]:
        line = re.sub(r"([\\`*_\[\]<>|~&!])", r"\\\1", line)
        line = re.sub(r"^(\s*)([#>+=-])", r"\1\\\2", line)
        lines.append(re.sub(r"^(\s*\d+)([.)])", r"\1\\\2", line))
    return "\\\n".join(lines)


#: Markup characters, digits (ASCII and others), every kind of space and line
#: break, and plain letters.
_MARKDOWN_TEXT = st.text(
    alphabet=st.sampled_from(
        [
            *"\\`*_[]<>|~&!#>+=-.)(0123456789 \t\n\r\x0b\x0c\x1c\x85abc",
            *"\u00a0\u2003\u2028\u0663\u00b2\uff11é",
        ]
    ),
    max_size=40,
)


@settings(max_examples=400)
@given(_MARKDOWN_TEXT)
@example("\u0663. a numbered item in Arabic-Indic digits")
@example("\u00a0\u2003# a heading after other spaces")
@example("  12) item\n- bullet\n> quote\n===")
@example("1\u06632. mixed digits")
def test_markdown_escaping_matches_the_pattern_reference(text: str) -> None:
    assert escape(text) == _escape_by_patterns(text)
