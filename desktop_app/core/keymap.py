"""Keys as data: key strings, the default bindings, and the user's keymap file.

A key string such as ``"Ctrl+Shift+F"`` is parsed into a ``KeyChord`` value
that refuses anything it does not understand (``KeyParseError``). The default
bindings are plain data below; a user keymap file (YAML, ``key: command
line``) is merged over them. Every bound command line is checked against the
command registry when the keymap is loaded, so a typo is reported at start-up
with the file, the line and the reason, never at the first press.

Keys an agent needs for typing notes (copy, paste, undo, arrows, Home/End,
Backspace, plain letters ...) are reserved: no binding may take them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.commands import CommandError, CommandRegistry
from desktop_app.core.content.problems import Said, Translate, said

MODIFIER_ORDER = ("Ctrl", "Alt", "Shift", "Meta")

_MODIFIER_ALIASES = {
    "ctrl": "Ctrl",
    "control": "Ctrl",
    "alt": "Alt",
    "shift": "Shift",
    "meta": "Meta",
    "super": "Meta",
    "win": "Meta",
}

#: Named keys, spelled as Qt spells them (the UI looks them up as ``Qt.Key.Key_<name>``).
NAMED_KEYS = (
    "Left",
    "Right",
    "Up",
    "Down",
    "Home",
    "End",
    "PageUp",
    "PageDown",
    "Escape",
    "Return",
    "Enter",
    "Tab",
    "Backspace",
    "Delete",
    "Insert",
    "Space",
    "Plus",
    "Minus",
    "Equal",
    "Comma",
    "Period",
    "Slash",
    "Backslash",
    "Semicolon",
    "Apostrophe",
    "BracketLeft",
    "BracketRight",
    "QuoteLeft",
    "Pause",
    "Print",
)

_KEY_ALIASES = {
    "esc": "Escape",
    "pgup": "PageUp",
    "pgdown": "PageDown",
    "pgdn": "PageDown",
    "del": "Delete",
    "ins": "Insert",
    "+": "Plus",
    "-": "Minus",
    "=": "Equal",
    ",": "Comma",
    ".": "Period",
    "/": "Slash",
    "\\": "Backslash",
    ";": "Semicolon",
    "'": "Apostrophe",
    "[": "BracketLeft",
    "]": "BracketRight",
    "`": "QuoteLeft",
    "backtick": "QuoteLeft",
    "equals": "Equal",
    **{name.lower(): name for name in NAMED_KEYS},
}

_FUNCTION_KEYS = {f"f{n}": f"F{n}" for n in range(1, 25)}

_MOVEMENT_KEYS = frozenset({"Left", "Right", "Up", "Down", "Home", "End", "PageUp", "PageDown"})
_TYPING_KEYS = frozenset({"Backspace", "Delete", "Return", "Enter", "Tab", "Space", "Escape"})
#: Ctrl+<letter> shortcuts every text field answers to (on X11 a line edit
#: also takes Ctrl+E, end of line, and Ctrl+U, delete the line).
_EDITING_LETTERS = frozenset("ACVXZYEU")


class KeyParseError(ValueError):
    """A key string that does not name a key Calmline can bind."""

    def __init__(self, words: Said) -> None:
        super().__init__(str(words))
        #: what is wrong, for the window to say in its language
        self.said = words


@dataclass(frozen=True, slots=True, order=True)
class KeyChord:
    """One key press with its modifiers, e.g. Ctrl+1 or Alt+Right."""

    key: str
    modifiers: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        bad = self.modifiers - set(MODIFIER_ORDER)
        if bad:
            raise KeyParseError(said("unknown modifier {modifier}", modifier=repr(sorted(bad)[0])))
        if not _is_key_name(self.key):
            raise KeyParseError(said("unknown key {key}", key=repr(self.key)))

    def __str__(self) -> str:
        mods = [m for m in MODIFIER_ORDER if m in self.modifiers]
        return "+".join([*mods, self.key])

    @property
    def is_text_editing(self) -> bool:
        """True for keys a text field needs: these are never bound to commands."""
        mods = self.modifiers
        if mods <= {"Shift"} and (len(self.key) == 1 or self.key in _TYPING_KEYS):
            return True  # typing a character, Enter, Tab, Backspace...
        if mods <= {"Shift"} and self.key not in _MOVEMENT_KEYS:
            return self.key in NAMED_KEYS and self.key not in {"Pause", "Print"}
        if self.key in _MOVEMENT_KEYS and mods <= {"Ctrl", "Shift"}:
            return True  # cursor movement and selection
        if mods == {"Ctrl"} and self.key in _EDITING_LETTERS:
            return True
        if mods == {"Ctrl", "Shift"} and self.key == "Z":
            return True  # redo
        # delete a word, Shift+Insert pastes, Ctrl+Insert copies
        return mods <= {"Ctrl", "Shift"} and self.key in {"Backspace", "Delete", "Insert"}


def _is_key_name(key: str) -> bool:
    if len(key) == 1:
        return key.isascii() and (key.isupper() or key.isdigit())
    return key in NAMED_KEYS or key in _FUNCTION_KEYS.values()


def _key_name(word: str) -> str:
    if len(word) == 1 and word.isascii() and word.isalnum():
        return word.upper()
    lowered = word.lower()
    if lowered in _FUNCTION_KEYS:
        return _FUNCTION_KEYS[lowered]
    if lowered in _KEY_ALIASES:
        return _KEY_ALIASES[lowered]
    raise KeyParseError(said("unknown key name {name}", name=repr(word)))


def parse_key(text: str) -> KeyChord:
    """``"ctrl+shift+f"`` -> KeyChord("F", {"Ctrl", "Shift"}); refuses bad input."""
    raw = text.strip()
    if not raw:
        raise KeyParseError(said("empty key"))
    # "Ctrl++" names the plus key: split off the last part by hand.
    if raw.endswith("++"):
        words = [*raw[:-2].split("+"), "+"]
    elif raw == "+":
        words = ["+"]
    else:
        words = raw.split("+")
    if any(not w.strip() for w in words):
        raise KeyParseError(
            said("cannot read key {key}: a '+' with nothing beside it", key=repr(text))
        )
    *mod_words, key_word = (w.strip() for w in words)
    modifiers: set[str] = set()
    for word in mod_words:
        modifier = _MODIFIER_ALIASES.get(word.lower())
        if modifier is None:
            raise KeyParseError(
                said("unknown modifier {modifier} in {key}", modifier=repr(word), key=repr(text))
            )
        if modifier in modifiers:
            raise KeyParseError(
                said("modifier {modifier} given twice in {key}", modifier=modifier, key=repr(text))
            )
        modifiers.add(modifier)
    return KeyChord(_key_name(key_word), frozenset(modifiers))


# -- the defaults ---------------------------------------------------------------

#: The default bindings, key string -> command line. The in-app cheat sheet is
#: generated from this; the key table in docs/agent-guide.md is checked
#: against it (tests/unit/test_keymap.py).
DEFAULT_BINDINGS: tuple[tuple[str, str], ...] = (
    ("Alt+Right", "next-step"),
    ("Alt+Left", "previous-step"),
    *((f"Alt+{n}", f"go-to-step {n}") for n in range(1, 10)),
    *((f"Ctrl+{n}", f"use-card {n}") for n in range(1, 10)),
    ("Ctrl+N", "new-call"),
    ("Ctrl+S", "save-call"),
    ("Ctrl+R", "reescalate"),
    ("Alt+Up", "mood-calmer"),
    ("Alt+Down", "mood-angrier"),
    *((f"F{n + 1}", f"open-situation {n}") for n in range(1, 9)),
    ("Escape", "dismiss"),
    ("Ctrl+F", "search-cards"),
    ("F1", "cheat-sheet"),
    ("F12", "read-notices"),
    ("Ctrl+L", "focus-notes"),
    ("Ctrl+T", "toggle-on-top"),
    ("Ctrl+M", "toggle-compact"),
    ("Ctrl+Equal", "text-bigger"),
    ("Ctrl+Plus", "text-bigger"),
    ("Ctrl+Minus", "text-smaller"),
    ("Ctrl+0", "text-reset"),
    ("Ctrl+H", "history"),
    ("F10", "follow-ups"),
    ("F11", "repeat-caller"),
    ("Ctrl+Shift+R", "complaints-report"),
    ("Ctrl+Shift+E", "export-calls"),
    ("Ctrl+Shift+C", "copy-ticket-note"),
)

#: Escape closes whatever is open (search, a situation, an inline question);
#: it is the one "typing" key a binding may take.
_ALLOWED_TYPING = frozenset({KeyChord("Escape")})


# -- bindings and the keymap ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Binding:
    """One key bound to a command line, with where the binding comes from."""

    chord: KeyChord
    command_line: str
    #: "defaults" or "<file>:<line>"
    source: str

    @property
    def command_name(self) -> str:
        return self.command_line.split(maxsplit=1)[0]


@dataclass(frozen=True, slots=True)
class KeymapProblem:
    """One thing wrong in the keymap file, with the file and line where it is.

    What is wrong is kept as words with values (``Said``): the window says it in
    the agent's language, the file, the line, keys and command names as written.
    """

    file: Path
    line: int
    said: Said
    #: the key of the entry, as written; "" when the problem is the file's
    key: str = ""

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return self._what(self.said.render())

    def _what(self, words: str) -> str:
        return f"{self.key}: {words}" if self.key else words

    def said_in(self, translate: Translate) -> str:
        """``FILE:LINE: what is wrong`` in the language of ``translate``."""
        return f"{self.file}:{self.line}: {self._what(self.said.render(translate))}"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class Keymap:
    """Key -> command line, after the user's file was merged over the defaults."""

    def __init__(self, bindings: Iterable[Binding] = ()) -> None:
        self._by_chord: dict[KeyChord, Binding] = {}
        for binding in bindings:
            self._by_chord[binding.chord] = binding
        # The window asks for the keys of some eighty command lines as it is built.
        self._by_line: dict[str, list[KeyChord]] = {}
        for binding in self._by_chord.values():
            line = " ".join(binding.command_line.split())
            self._by_line.setdefault(line, []).append(binding.chord)

    def __iter__(self) -> Iterator[Binding]:
        return iter(self._by_chord.values())

    def __len__(self) -> int:
        return len(self._by_chord)

    def command_for(self, chord: KeyChord) -> str | None:
        binding = self._by_chord.get(chord)
        return binding.command_line if binding else None

    def keys_for(self, command_line: str) -> list[KeyChord]:
        """Every key bound to exactly this command line, in binding order."""
        return list(self._by_line.get(" ".join(command_line.split()), ()))

    def key_for(self, command_line: str) -> KeyChord | None:
        keys = self.keys_for(command_line)
        return keys[0] if keys else None


def check_binding(
    key: str, line: str, registry: CommandRegistry, source: str
) -> tuple[Binding | None, Said | None]:
    """A checked binding, or the reason it cannot be one."""
    try:
        chord = parse_key(key)
    except KeyParseError as exc:
        return None, exc.said
    if chord.is_text_editing and chord not in _ALLOWED_TYPING:
        return None, said(
            "{key} is a text-editing key and stays with the text fields", key=str(chord)
        )
    try:
        registry.check(line)
    except CommandError as exc:
        return None, exc.said
    return Binding(chord, " ".join(line.split()), source), None


def default_keymap(registry: CommandRegistry) -> Keymap:
    """The built-in bindings whose commands exist in ``registry``."""
    bindings = []
    for key, line in DEFAULT_BINDINGS:
        binding, _reason = check_binding(key, line, registry, "defaults")
        if binding is not None:
            bindings.append(binding)
    return Keymap(bindings)


def load_keymap(path: Path, registry: CommandRegistry) -> tuple[Keymap, list[KeymapProblem]]:
    """Defaults with the user's file merged over them, and every problem found in it.

    In the file, ``key: command line`` binds a key and ``key: null`` (or an
    empty value) unbinds a default. A bad entry is reported and skipped; the
    rest of the file still applies.
    """
    merged = {b.chord: b for b in default_keymap(registry)}
    problems: list[KeymapProblem] = []
    if not path.exists():
        return Keymap(merged.values()), problems
    for line_no, key, value in _entries(path, problems):
        if value is None:
            try:
                merged.pop(parse_key(key), None)
            except KeyParseError as exc:
                problems.append(KeymapProblem(path, line_no, exc.said))
            continue
        binding, reason = check_binding(key, value, registry, f"{path}:{line_no}")
        if binding is not None:
            merged[binding.chord] = binding
        elif reason is not None:
            problems.append(KeymapProblem(path, line_no, reason, key))
    return Keymap(merged.values()), problems


def _entries(path: Path, problems: list[KeymapProblem]) -> Iterator[tuple[int, str, str | None]]:
    """(line, key, command line or None) for each entry of a keymap file."""
    import yaml  # only when there is a keymap file: most starts have none

    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError) as exc:
        reason = said("cannot read the keymap: {reason}", reason=str(exc))
        problems.append(KeymapProblem(path, 1, reason))
        return
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problems.append(
            KeymapProblem(path, line, said("not valid YAML: {reason}", reason=str(exc)))
        )
        return
    if node is None:
        return
    if not isinstance(node, yaml.MappingNode):
        problems.append(
            KeymapProblem(
                path, node.start_mark.line + 1, said("a keymap is a list of 'key: command'")
            )
        )
        return
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        if not isinstance(key_node, yaml.ScalarNode) or not isinstance(value_node, yaml.ScalarNode):
            problems.append(KeymapProblem(path, line, said("each entry is 'key: command line'")))
            continue
        value = str(value_node.value).strip()
        is_null = value_node.tag == "tag:yaml.org,2002:null" or not value
        yield line, str(key_node.value), None if is_null else value


def describe(keymap: Keymap, registry: CommandRegistry) -> list[tuple[str, str, str, str]]:
    """(group, key, command line, help) for every binding, for the cheat sheet."""
    rows = []
    for binding in keymap:
        try:
            command = registry.get(binding.command_name)
        except CommandError:
            continue
        rows.append((command.group, str(binding.chord), binding.command_line, command.help))
    return sorted(rows, key=lambda r: (r[0], r[2], r[1]))


def bindings_as_mapping(keymap: Keymap) -> Mapping[str, str]:
    return {str(b.chord): b.command_line for b in keymap}
