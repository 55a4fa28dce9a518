"""Every action Calmline can take, registered by name.

A key press, a menu entry, a toolbar button and ``calmline ctl`` all end up
here: they name a command and pass its arguments as strings. Commands declare
their arguments, so a bad call is refused with a message saying what is wrong
before anything happens.

A command is declared where it runs: ``@command("name", help=..., args=...)``
on the method that carries it out. ``CommandRegistry.declare`` registers what
a class declares before any object of it exists (so ``keys.yaml`` is checked
at start); ``CommandRegistry.attach`` hands the commands to the object once it
is made. Until then they answer "starting — try again in a moment".
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, TypeVar

from desktop_app.core.content.problems import SaidError, did_you_mean, said

ArgType = Literal["int", "str"]


#: ``CommandError.status`` of a command whose work is kept in memory, not written to disk.
STATUS_NOT_WRITTEN = "not-written"
#: ``CommandError.status`` of ``save-call`` refused: fields the playbook requires are empty.
STATUS_MISSING_FIELDS = "missing-fields"


class CommandError(SaidError):
    """A command that does not exist, was called with the wrong arguments, or failed.

    ``.said`` keeps its words with their values: the window says them in its
    language (a keymap problem, a toast, the reply ``calmline ctl`` prints)."""

    #: A failure with a name of its own (remote control gives it its own exit code).
    status = ""


@dataclass(frozen=True, slots=True)
class Arg:
    """One positional argument of a command: its name, type, whether it is required, and help."""

    name: str
    type: ArgType = "str"
    required: bool = True
    help: str = ""


@dataclass(frozen=True, slots=True)
class Invocation:
    """Arguments of one call of a command, already checked and converted."""

    positional: Mapping[str, int | str]
    options: Mapping[str, str]

    def number(self, name: str) -> int:
        value = self.positional[name]
        assert isinstance(value, int)
        return value

    def text(self, name: str, default: str = "") -> str:
        value = self.positional.get(name, self.options.get(name, default))
        return str(value)

    def has(self, name: str) -> bool:
        return name in self.positional or name in self.options


Handler = Callable[[Invocation], object]


@dataclass(frozen=True, slots=True)
class Command:
    """One named action: its handler, help, arguments, options and menu group."""

    name: str
    handler: Handler
    help: str
    args: tuple[Arg, ...] = ()
    #: ``--name value`` options the command accepts
    options: tuple[str, ...] = ()
    #: where the command belongs in menus and the cheat sheet
    group: str = "Call"

    def usage(self) -> str:
        parts = [self.name]
        for arg in self.args:
            parts.append(f"<{arg.name}>" if arg.required else f"[{arg.name}]")
        parts.extend(f"[--{opt} VALUE]" for opt in self.options)
        return " ".join(parts)

    def bind(self, words: Sequence[str]) -> Invocation:
        positional_words: list[str] = []
        options: dict[str, str] = {}
        items = iter(words)
        for word in items:
            if word.startswith("--"):
                name = word[2:]
                if "=" in name:
                    name, value = name.split("=", 1)
                else:
                    value = next(items, None)  # type: ignore[assignment]
                    if value is None:
                        raise CommandError(
                            said(
                                "{command}: option --{option} needs a value",
                                command=self.name,
                                option=name,
                            )
                        )
                if name not in self.options:
                    known = ", ".join(f"--{o}" for o in self.options) or said("none")
                    raise CommandError(
                        said(
                            "{command}: unknown option --{option} (known options: {known})",
                            command=self.name,
                            option=name,
                            known=known,
                        )
                    )
                options[name] = value
            else:
                positional_words.append(word)
        if len(positional_words) > len(self.args):
            raise CommandError(
                said(
                    "{command}: too many arguments ({count} given); usage: {usage}",
                    command=self.name,
                    count=len(positional_words),
                    usage=self.usage(),
                )
            )
        positional: dict[str, int | str] = {}
        for index, arg in enumerate(self.args):
            if index >= len(positional_words):
                if arg.required:
                    raise CommandError(
                        said(
                            "{command}: missing <{argument}>; usage: {usage}",
                            command=self.name,
                            argument=arg.name,
                            usage=self.usage(),
                        )
                    )
                continue
            raw = positional_words[index]
            if arg.type == "int":
                try:
                    positional[arg.name] = int(raw)
                except ValueError:
                    raise CommandError(
                        said(
                            "{command}: <{argument}> must be a whole number, not {value}",
                            command=self.name,
                            argument=arg.name,
                            value=repr(raw),
                        )
                    ) from None
            else:
                positional[arg.name] = raw
        return Invocation(positional, options)


#: where ``@command`` keeps its declaration on the method
DECLARATION = "calmline_command"

Method = TypeVar("Method", bound=Callable[..., object])


@dataclass(frozen=True, slots=True)
class Declaration:
    """A command declared on a method with ``@command``."""

    name: str
    help: str
    args: tuple[Arg, ...]
    options: tuple[str, ...]
    group: str
    #: the name of the method that carries it out
    method: str


def command(
    name: str,
    *,
    help: str,
    args: Sequence[Arg] = (),
    options: Sequence[str] = (),
    group: str = "Call",
) -> Callable[[Method], Method]:
    """Declare the decorated method as the command ``name``.

    The method is called with the ``Invocation`` when the command takes
    arguments or options, and with nothing when it takes none.
    """

    def declare(method: Method) -> Method:
        declaration = Declaration(name, help, tuple(args), tuple(options), group, method.__name__)
        setattr(method, DECLARATION, declaration)
        return method

    return declare


def declarations(owner: type) -> list[Declaration]:
    """The commands ``owner``'s methods declare, in the order they are written."""
    found: dict[str, Declaration] = {}
    for klass in reversed(owner.__mro__):
        for value in vars(klass).values():
            declaration = getattr(value, DECLARATION, None)
            if isinstance(declaration, Declaration):
                found[declaration.method] = declaration
    return list(found.values())


def _starting(name: str) -> Handler:
    def not_yet(_invocation: Invocation) -> object:
        raise CommandError(said("{command}: starting — try again in a moment", command=name))

    return not_yet


def _handler(method: Callable[..., object], declaration: Declaration) -> Handler:
    if declaration.args or declaration.options:
        return method
    return lambda _invocation: method()


@dataclass
class CommandRegistry:
    """Every command Calmline can run, by name; checks a command line and runs it."""

    _commands: dict[str, Command] = field(default_factory=dict)

    def register(
        self,
        name: str,
        handler: Handler,
        *,
        help: str,
        args: Sequence[Arg] = (),
        options: Sequence[str] = (),
        group: str = "Call",
    ) -> Command:
        if name in self._commands:
            raise ValueError(f"command {name!r} is registered twice")
        command = Command(name, handler, help, tuple(args), tuple(options), group)
        self._commands[name] = command
        return command

    def declare(self, owner: type) -> None:
        """Register the commands ``owner``'s methods declare; they run once an object
        of it is attached, and say "starting — try again in a moment" until then."""
        for d in declarations(owner):
            self.register(
                d.name,
                _starting(d.name),
                help=d.help,
                args=d.args,
                options=d.options,
                group=d.group,
            )

    def attach(self, owner: object) -> None:
        """From now on the commands ``owner`` declares run its methods."""
        for d in declarations(type(owner)):
            if d.name not in self._commands:
                raise ValueError(f"command {d.name!r} is attached but was never declared")
            method = getattr(owner, d.method)
            self._commands[d.name] = replace(self._commands[d.name], handler=_handler(method, d))

    def __contains__(self, name: object) -> bool:
        return name in self._commands

    def __iter__(self) -> Iterator[Command]:
        return iter(sorted(self._commands.values(), key=lambda c: c.name))

    def get(self, name: str) -> Command:
        try:
            return self._commands[name]
        except KeyError:
            raise CommandError(
                said(
                    "unknown command {name}{hint}",
                    name=repr(name),
                    hint=did_you_mean(name, self._commands),
                )
            ) from None

    def check(self, line: str) -> Invocation:
        """Parse and check a command line without running it."""
        words = split_command_line(line)
        return self.get(words[0]).bind(words[1:])

    def run(self, name: str, words: Sequence[str] = ()) -> object:
        command = self.get(name)
        return command.handler(command.bind(words))

    def run_line(self, line: str) -> object:
        words = split_command_line(line)
        return self.run(words[0], words[1:])


def split_command_line(line: str) -> list[str]:
    try:
        words = shlex.split(line)
    except ValueError as exc:
        # shlex's reason ("No closing quotation") is its own, kept as it says it
        raise CommandError(
            said("cannot read command {line}: {reason}", line=repr(line), reason=str(exc))
        ) from None
    if not words:
        raise CommandError(said("empty command"))
    return words
