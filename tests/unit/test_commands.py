from __future__ import annotations

import pytest

from desktop_app.core.commands import Arg, CommandError, CommandRegistry, Invocation, command


@pytest.fixture
def registry() -> tuple[CommandRegistry, list[Invocation]]:
    calls: list[Invocation] = []
    reg = CommandRegistry()
    reg.register("use-card", calls.append, help="use", args=[Arg("number", "int")])
    reg.register("new-call", calls.append, help="new", options=["phone", "name"])
    return reg, calls


def test_a_command_line_reaches_its_handler_with_converted_arguments(registry) -> None:  # type: ignore[no-untyped-def]
    reg, calls = registry
    reg.run_line("use-card 3")
    assert calls[-1].number("number") == 3


def test_options_with_quoted_values(registry) -> None:  # type: ignore[no-untyped-def]
    reg, calls = registry
    reg.run_line("new-call --phone +15551234567 --name 'Dana Reyes'")
    assert calls[-1].text("name") == "Dana Reyes"
    assert calls[-1].text("phone") == "+15551234567"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("use-crad 1", "unknown command 'use-crad' (did you mean 'use-card'?)"),
        ("use-card", "missing <number>"),
        ("use-card three", "must be a whole number, not 'three'"),
        ("use-card 1 2", "too many arguments"),
        ("new-call --email x", "unknown option --email"),
        ("new-call --phone", "option --phone needs a value"),
        ("", "empty command"),
        ("new-call --name 'Dana", "cannot read command"),
    ],
)
def test_bad_calls_are_refused_with_a_message_that_says_why(registry, line, message) -> None:  # type: ignore[no-untyped-def]
    reg, calls = registry
    with pytest.raises(CommandError) as info:
        reg.run_line(line)
    assert message in str(info.value)
    assert calls == []


def test_registering_a_name_twice_is_a_programming_error() -> None:
    reg = CommandRegistry()
    reg.register("x", lambda _: None, help="x")
    with pytest.raises(ValueError, match="twice"):
        reg.register("x", lambda _: None, help="x")


class Counter:
    """Declares its commands where they run, as the window and the log tools do."""

    def __init__(self) -> None:
        self.count = 0

    @command("count-up", help="One more", group="Test")
    def up(self) -> str:
        self.count += 1
        return f"now {self.count}"

    @command("count-by", help="Add some", args=[Arg("by", "int")], group="Test")
    def by(self, invocation: Invocation) -> int:
        self.count += invocation.number("by")
        return self.count


def test_declared_commands_are_known_before_their_object_and_run_once_attached() -> None:
    registry = CommandRegistry()
    registry.declare(Counter)
    assert {c.name for c in registry} == {"count-up", "count-by"}
    assert registry.get("count-by").usage() == "count-by <by>"
    with pytest.raises(CommandError, match=r"^count-up: starting — try again in a moment$"):
        registry.run_line("count-up")
    with pytest.raises(CommandError, match="must be a whole number"):
        registry.run_line("count-by many")  # checked before the object exists
    counter = Counter()
    registry.attach(counter)
    assert registry.run_line("count-up") == "now 1"
    assert registry.run_line("count-by 5") == 6
    assert registry.get("count-up").group == "Test"


def test_attaching_an_object_whose_commands_were_never_declared_is_refused() -> None:
    with pytest.raises(ValueError, match="'count-up' is attached but was never declared"):
        CommandRegistry().attach(Counter())
