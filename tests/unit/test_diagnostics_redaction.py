"""Exceptions and log lines holding card numbers or codes reach ``logs/`` masked."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from desktop_app.diagnostics import LogFileHandler, redact_log_line
from tests.card_samples import CODE_LEFT, digit_string_pattern
from tests.unit.test_diagnostics import run_child

CARD = "4111 1111 1111 1111"
OTHER_CARD = "5555-5555-5555-4444"


def assert_no_card_or_code(logs: Path, *cards: str) -> str:
    text = "\n".join(path.read_text("utf-8") for path in sorted(logs.iterdir()))
    for card in cards:
        assert not re.search(digit_string_pattern(re.sub(r"\D", "", card)), text), card
    assert not CODE_LEFT.search(text)
    return text


def test_an_unexpected_exception_holding_a_card_is_logged_masked(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    result = run_child(
        f"""
        import logging, threading
        def charge(number):
            raise ValueError(f"card {{number}} declined, cvv 123")
        try:
            charge({CARD!r})
        except ValueError as exc:
            logging.getLogger("calmline").exception("charge failed for %s", {OTHER_CARD!r})
        thread = threading.Thread(target=charge, args=({OTHER_CARD!r},))
        thread.start(); thread.join()
        logging.getLogger("calmline").warning("repr %r", "note:\\n{CARD.replace(" ", "")}")
        try:
            charge({CARD!r})
        except ValueError as exc:
            raise RuntimeError("while saving {OTHER_CARD}") from exc
        """,
        logs,
    )
    assert result.returncode == 1
    text = assert_no_card_or_code(logs, CARD, OTHER_CARD)
    # The lines are there, tracebacks included, with only the numbers masked.
    assert "ValueError: card [card ending 1111] declined, cvv [code removed]" in text
    assert "The above exception was the direct cause" in text
    assert "RuntimeError: while saving [card ending 4444]" in text
    assert "charge failed for [card ending 4444]" in text
    assert "repr 'note:\\n[card number removed]'" in text
    assert text.count("Traceback") >= 3


def test_a_hard_crash_with_a_card_in_memory_leaves_none_in_the_crash_log(
    tmp_path: Path,
) -> None:
    logs = tmp_path / "logs"
    result = run_child(
        f"""
        import faulthandler
        def crash(number):
            faulthandler._sigsegv()
        crash({CARD!r})
        """,
        logs,
    )
    assert result.returncode != 0
    assert "in crash" in (logs / "crash.log").read_text()
    assert_no_card_or_code(logs, CARD)


def test_the_log_file_handler_masks_whatever_formatter_it_is_given(tmp_path: Path) -> None:
    handler = LogFileHandler(tmp_path / "calmline.log")
    handler.setFormatter(logging.Formatter("%(message)s"))
    record = logging.LogRecord("calmline", logging.WARNING, __file__, 1, "%s", (CARD,), None)
    handler.emit(record)
    handler.close()
    assert (tmp_path / "calmline.log").read_text("utf-8") == "[card ending 1111]\n"


def test_a_log_line_spares_nothing_the_call_log_would_take_for_an_id() -> None:
    assert redact_log_line("INC-4111111111111111 cvc 999") == (
        "INC-[card number removed] cvc [code removed]"
    )
    assert redact_log_line("+44 20 7946 0958 at 10:30") == "+44 20 7946 0958 at 10:30"
