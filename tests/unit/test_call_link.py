"""``calmline:`` links: what a good one opens, and hostile ones refused with a reason."""

from __future__ import annotations

import pytest

from desktop_app.call_link_cli import link_start, offer_words
from desktop_app.core.call_link import MAX_LINK, LinkError, parse_call_link
from desktop_app.core.caller import Caller, CallerError, clean_caller, clean_text


def test_a_screen_pop_link_gives_every_field() -> None:
    caller = parse_call_link(
        "calmline://new-call?phone=%2B15551234567&name=Dana%20Smith&account=A-1001"
        "&category=Billing&reason=Charged+twice&callid=7f3a-01"
    )
    assert caller == Caller(
        name="Dana Smith",
        phone="+15551234567",
        account="A-1001",
        category="Billing",
        reason="Charged twice",
        call_id="7f3a-01",
    )


@pytest.mark.parametrize(
    "link",
    [
        "calmline:new-call?name=Dana",
        "CALMLINE://New-Call?name=Dana",
        "calmline://new-call/?name=Dana",
        "calmline://new-call?name=Dana&",
        "calmline://new-call?&name=Dana",
        " calmline://new-call?NAME=Dana ",
    ],
)
def test_the_spellings_desktops_and_browsers_pass_are_read(link: str) -> None:
    assert parse_call_link(link) == Caller(name="Dana")


def test_a_link_with_no_fields_opens_an_empty_call() -> None:
    assert parse_call_link("calmline://new-call") == Caller()


def test_letters_of_any_language_survive_decoding() -> None:
    caller = parse_call_link("calmline://new-call?name=%CE%94%CE%AE%CE%BC%CE%B7%CF%84%CF%81%CE%B1")
    assert caller.name == "Δήμητρα"


@pytest.mark.parametrize(
    ("link", "reason"),
    [
        ("calmline://ctl?command=quit", "unknown action 'ctl'"),
        ("calmline://quit", "unknown action 'quit'"),
        ("calmline://save-call", "can only open a call"),
        ("calmline://new-call%3Fname=x", "unknown action"),
        ("calmline://new-call?name=Dana&ctl=quit", "unknown field 'ctl'"),
        ("calmline://new-call?argv=quit", "unknown field 'argv'"),
        ("calmline://new-call?--data-dir=/tmp/x", "unknown field '--data-dir'"),
        ("calmline://new-call?name=Dana?phone=1", "second '?'"),
        ("calmline://new-call?name=Dana&phone=1?x=2", "second '?'"),
        ("calmline://new-call?name=Dana#frag", "'#'"),
        ("calmline://new-call?name=Dana&name=Eve", "name is given twice"),
        ("calmline://new-call?name=Dana&NAME=Eve", "name is given twice"),
        ("calmline://new-call?name=%E9t%E9", "name: its %-encoded bytes are not UTF-8"),
        ("calmline://new-call?name=%FF%FE", "not UTF-8"),
        ("calmline://new-call?name=%ZZ", "name: a '%' not followed by two hex digits"),
        ("calmline://new-call?name=abc%4", "not followed by two hex digits"),
        ("calmline://new-call?phone=555%3B%20rm%20-rf", "is not a phone number"),
        ("calmline://new-call?phone=call+me", "is not a phone number"),
        ("calmline://new-call?name=" + "A" * 101, "name is 101 characters long; at most 100"),
        ("calmline://new-call?reason=" + "%41" * 501, "reason is 501 characters long"),
        ("calmline://new-call?name=" + "A" * MAX_LINK, f"at most {MAX_LINK} are read"),
        ("https://example.com/?name=Dana", "not a calmline: link"),
        ("calmline", "not a calmline: link"),
    ],
)
def test_hostile_links_are_refused_with_the_reason(link: str, reason: str) -> None:
    with pytest.raises(LinkError) as refused:
        parse_call_link(link)
    assert reason in str(refused.value)
    assert "\n" not in str(refused.value)


def test_an_unknown_field_is_quoted_short_and_clean() -> None:
    with pytest.raises(LinkError) as refused:
        parse_call_link("calmline://new-call?" + "\u202e" + "x" * 300 + "=1")
    message = str(refused.value)
    assert "\u202e" not in message and len(message) < 200


def test_percent_encoding_is_decoded_once_only() -> None:
    # %2541 is "%41" written safely: it stays "%41", never becomes "A".
    assert parse_call_link("calmline://new-call?reason=%2541").reason == "%41"
    # An encoded '&' or '=' is part of the value, not a new field.
    caller = parse_call_link("calmline://new-call?name=Dana%26phone%3D666")
    assert caller == Caller(name="Dana&phone=666")


@pytest.mark.parametrize(
    ("encoded", "shown"),
    [
        ("Dana%00Smith", "DanaSmith"),  # NUL
        ("Dana%0Aquit", "Dana quit"),  # a line break: one line, never a second command
        ("Dana%0D%0A%09Smith", "Dana Smith"),
        ("%E2%80%AEhtimS%20anaD", "htimS anaD"),  # RIGHT-TO-LEFT OVERRIDE dropped
        ("Dana%E2%81%A6Smith%E2%81%A9", "DanaSmith"),  # isolates dropped
        ("Dana%E2%80%8FSmith", "DanaSmith"),  # RIGHT-TO-LEFT MARK dropped
        ("%1B%5B31mDana", "[31mDana"),  # a terminal escape loses its ESC
        ("%20%20Dana%20%20%20Smith%20", "Dana Smith"),
    ],
)
def test_control_and_direction_characters_are_dropped(encoded: str, shown: str) -> None:
    assert parse_call_link(f"calmline://new-call?name={encoded}").name == shown


def test_a_value_that_looks_like_an_option_stays_a_value() -> None:
    caller = parse_call_link("calmline://new-call?name=--phone&reason=--data-dir%3D%2Ftmp")
    words = offer_words(caller)
    assert words == ["offer-call", "--name=--phone", "--reason=--data-dir=/tmp"]


def test_non_utf8_bytes_from_the_command_line_are_refused() -> None:
    # What Python makes of a non-UTF-8 byte in argv (surrogateescape).
    with pytest.raises(LinkError, match="not UTF-8"):
        parse_call_link("calmline://new-call?name=Dana\udcff")


def test_only_a_link_alone_or_after_the_data_dir_is_a_link_start() -> None:
    link = "calmline://new-call?name=Dana"
    assert link_start([link]) == (None, link)
    assert link_start(["--data-dir", "/d", link]) == ("/d", link)
    assert link_start(["--data-dir=/d", link]) == ("/d", link)
    assert link_start(["ctl", link]) is None
    assert link_start([link, "extra"]) is None
    assert link_start(["export", "--out", "x"]) is None


def test_the_window_side_cleans_the_same_way() -> None:
    with pytest.raises(CallerError, match="unknown field 'argv'"):
        clean_caller({"argv": "quit"})
    assert clean_caller({"name": "Dana\u202e\x00 Smith"}).name == "Dana Smith"
    assert clean_text("a\u2028b\u2029c") == "a b c"
