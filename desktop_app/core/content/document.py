"""Checks one content file's values against the format and turns them into patches.

A file is either a whole playbook (it has ``id``) or a change to one loaded
earlier (it has ``extends``). Both are read the same way: every step,
situation and card is a *patch* keyed by id, holding only the fields the file
wrote. Applying patches to nothing builds a playbook; applying them to an
existing playbook overrides, adds or disables by id (see ``layering``).

Every problem is collected with its line; nothing stops at the first one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from desktop_app.core.content.marked import Marked
from desktop_app.core.content.problems import ContentProblem, Said, did_you_mean, said
from desktop_app.core.placeholders import KNOWN_PLACEHOLDERS
from desktop_app.core.playbook import OPTIONAL_LOG_FIELDS, Delivery
from desktop_app.core.wrap_up import LOG_FIELDS

#: The content format this Calmline reads and writes.
FORMAT_VERSION = 1

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,59}$")
LANGUAGE_PATTERN = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
_BRACES = re.compile(r"\{([^{}]*)\}")

#: Longest text per kind of field, in characters.
LIMITS = {
    "name": 80,
    "title": 40,
    "goal": 200,
    "reminder": 200,
    "move_on_when": 200,
    "advice": 300,
    "description": 500,
    "text": 600,
    "fallback": 120,
    "category": 40,
}
MAX_LIST = 50

PLAYBOOK_KEYS = (
    "format",
    "id",
    "extends",
    "name",
    "language",
    "description",
    "tags",
    "categories",
    "required",
    "reescalate_to",
    "steps",
    "situations",
)
STEP_KEYS = (
    "id",
    "title",
    "goal",
    "do",
    "dont",
    "move_on_when",
    "cards",
    "asks_for",
    "after",
    "disabled",
)
SITUATION_KEYS = (
    "id",
    "title",
    "priority",
    "keywords",
    "advice",
    "do",
    "dont",
    "cards",
    "disabled",
)
#: A situation's ``priority``: 1 is the most used, listed first.
MAX_PRIORITY = 999
CARD_KEYS = ("id", "title", "text", "tags", "delivery", "fallbacks", "disabled")


@dataclass(slots=True)
class CardPatch:
    """One card in a content file, by id: the fields the file wrote, or that it is disabled."""

    id: str
    line: int
    fields: dict[str, Any] = field(default_factory=dict)
    disabled: bool = False


@dataclass(slots=True)
class StepPatch:
    """One step in a content file, by id: the fields and cards the file wrote, where it goes
    (``after``), or that it is disabled."""

    id: str
    line: int
    fields: dict[str, Any] = field(default_factory=dict)
    cards: list[CardPatch] | None = None
    disabled: bool = False
    after: str | None = None


@dataclass(slots=True)
class SituationPatch:
    """One situation in a content file, by id: the fields and cards the file wrote, or that it
    is disabled."""

    id: str
    line: int
    fields: dict[str, Any] = field(default_factory=dict)
    cards: list[CardPatch] | None = None
    disabled: bool = False


@dataclass(slots=True)
class Document:
    """One content file, checked: a whole playbook or a change to one."""

    path: Path
    #: the playbook this file defines (``id``) or changes (``extends``)
    playbook_id: str
    extends: bool
    line: int = 1
    #: top-level fields the file wrote (name, language, categories, ...)
    fields: dict[str, Any] = field(default_factory=dict)
    #: a change file's ``language``: the language of its wording, so it applies only to
    #: a playbook in that language ("" applies to any; see ``languages``)
    wording_language: str = ""
    field_lines: dict[str, int] = field(default_factory=dict)
    steps: list[StepPatch] = field(default_factory=list)
    situations: list[SituationPatch] = field(default_factory=list)


_P = TypeVar("_P", StepPatch, SituationPatch, CardPatch)

#: What a problem says a value is: words, or a YAML key kept as written.
What = Said | str


class _Checker:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[ContentProblem] = []

    def problem(self, line: int, message: Said) -> None:
        self.problems.append(ContentProblem(self.path, line, message))

    # -- shapes ------------------------------------------------------------
    def mapping(self, node: Marked, what: What, allowed: tuple[str, ...]) -> dict[str, Marked]:
        if not isinstance(node.value, dict):
            self.problem(node.line, said("{what} must be a mapping of keys to values", what=what))
            return {}
        for key, line in node.repeated_keys:
            self.problem(
                line, said("the key {key} is written twice in {what}", key=repr(key), what=what)
            )
        for key, value in node.value.items():
            if key not in allowed:
                hint = did_you_mean(key, allowed)
                self.problem(
                    value.where,
                    said("unknown key {key} in {what}{hint}", key=repr(key), what=what, hint=hint),
                )
        return {k: v for k, v in node.value.items() if k in allowed}

    def items(self, node: Marked, what: What) -> list[Marked]:
        if not isinstance(node.value, list):
            self.problem(node.where, said("{what} must be a list", what=what))
            return []
        if len(node.value) > MAX_LIST * 4:
            self.problem(node.where, _too_many(what, MAX_LIST * 4))
            return []
        return node.value

    def text(self, node: Marked, what: What, limit: str) -> str | None:
        value = node.value
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.problem(
                node.where, said("{what} must be text, not {kind}", what=what, kind=_kind(value))
            )
            return None
        text = " ".join(str(value).split())
        if not text:
            self.problem(node.where, said("{what} is empty", what=what))
            return None
        most = LIMITS[limit]
        if len(text) > most:
            self.problem(
                node.where,
                said(
                    "{what} is {count} characters; at most {most} fit",
                    what=what,
                    count=len(text),
                    most=most,
                ),
            )
            return None
        return text

    def plain_text(self, node: Marked, what: What, limit: str) -> str | None:
        """Text shown as it is: a placeholder here would reach the screen raw."""
        text = self.text(node, what, limit)
        if text is not None and _BRACES.search(text):
            self.problem(
                node.where,
                said("{what} cannot use placeholders; only card text is filled in", what=what),
            )
            return None
        return text

    def ident(self, node: Marked, what: What) -> str | None:
        value = node.value
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.problem(
                node.where, said("{what} must be an id, not {kind}", what=what, kind=_kind(value))
            )
            return None
        text = str(value)
        if not ID_PATTERN.match(text):
            self.problem(
                node.where,
                said(
                    "{what} {id} is not a valid id: use lower-case letters, digits, "
                    "- and _, at most 60",
                    what=what,
                    id=repr(text),
                ),
            )
            return None
        return text

    def text_list(self, node: Marked, what: What, limit: str) -> tuple[str, ...] | None:
        if not isinstance(node.value, list):
            self.problem(node.where, said("{what} must be a list", what=what))
            return None
        if len(node.value) > MAX_LIST:
            self.problem(node.where, _too_many(what, MAX_LIST))
            return None
        entry = said("an entry of {what}", what=what)
        found = [self.plain_text(item, entry, limit) for item in node.value]
        if any(item is None for item in found):
            return None
        return tuple(item for item in found if item is not None)

    def id_list(self, node: Marked, what: What) -> tuple[str, ...] | None:
        if not isinstance(node.value, list):
            self.problem(node.where, said("{what} must be a list", what=what))
            return None
        entry = said("an entry of {what}", what=what)
        found = [self.ident(item, entry) for item in node.value[:MAX_LIST]]
        if len(node.value) > MAX_LIST:
            self.problem(node.where, _too_many(what, MAX_LIST))
            return None
        if any(item is None for item in found):
            return None
        return tuple(dict.fromkeys(item for item in found if item is not None))

    def flag(self, node: Marked, what: What) -> bool:
        if not isinstance(node.value, bool):
            self.problem(
                node.where,
                said("{what} must be true or false, not {kind}", what=what, kind=_kind(node.value)),
            )
            return False
        return node.value

    # -- card text and placeholders ----------------------------------------
    def card_text(self, node: Marked, what: What) -> str | None:
        text = self.text(node, what, "text")
        if text is None:
            return None
        ok = True
        for inside in _BRACES.findall(text):
            if inside not in KNOWN_PLACEHOLDERS:
                known = ", ".join("{" + name + "}" for name in KNOWN_PLACEHOLDERS)
                hint = did_you_mean(inside, KNOWN_PLACEHOLDERS)
                self.problem(
                    node.where,
                    said(
                        "unknown placeholder {placeholder} in {what}{hint}; known: {known}",
                        placeholder="{" + inside + "}",
                        what=what,
                        hint=hint,
                        known=known,
                    ),
                )
                ok = False
        return text if ok else None

    def fallbacks(self, node: Marked, what: What) -> tuple[tuple[str, str], ...] | None:
        if not isinstance(node.value, dict):
            self.problem(
                node.where, said("{what} must map placeholder names to wording", what=what)
            )
            return None
        for key, line in node.repeated_keys:
            self.problem(
                line, said("the key {key} is written twice in {what}", key=repr(key), what=what)
            )
        found: list[tuple[str, str]] = []
        ok = True
        for name, value in node.value.items():
            if name not in KNOWN_PLACEHOLDERS:
                hint = did_you_mean(name, KNOWN_PLACEHOLDERS)
                self.problem(
                    value.where,
                    said(
                        "unknown placeholder {name} in {what}{hint}",
                        name=repr(name),
                        what=what,
                        hint=hint,
                    ),
                )
                ok = False
                continue
            fallback = said("the fallback for {placeholder}", placeholder="{" + name + "}")
            wording = self.plain_text(value, fallback, "fallback")
            if wording is None:
                ok = False
                continue
            found.append((name, wording))
        return tuple(found) if ok else None


def _too_many(what: What, most: int) -> Said:
    return said("{what} has more than {most} entries", what=what, most=most)


def _kind(value: object) -> Said:
    if value is None:
        return said("nothing")
    if isinstance(value, bool):
        return said("true/false")
    if isinstance(value, int | float):
        return said("a number")
    if isinstance(value, list):
        return said("a list")
    if isinstance(value, dict):
        return said("a mapping")
    return said("text")


def read_document(root: Marked | None, path: Path) -> tuple[Document | None, list[ContentProblem]]:
    """Check ``root`` (a parsed file) against the format; the document and every problem."""
    check = _Checker(path)
    if root is None:
        check.problem(1, said("the file is empty"))
        return None, check.problems
    top = check.mapping(root, said("a playbook file"), PLAYBOOK_KEYS)
    if not isinstance(root.value, dict):
        return None, check.problems
    _check_format(check, top, root.line)
    doc = _identify(check, top, path, root.line)
    if doc is None:
        return None, check.problems
    _read_top_fields(check, top, doc)
    if "steps" in top:
        doc.steps = _read_entries(check, top["steps"], "steps", _read_step)
    elif not doc.extends:
        check.problem(root.line, said("a playbook needs a list of steps"))
    if "situations" in top:
        doc.situations = _read_entries(check, top["situations"], "situations", _read_situation)
    return doc, check.problems


def _check_format(check: _Checker, top: dict[str, Marked], line: int) -> None:
    node = top.get("format")
    if node is None:
        check.problem(
            line,
            said(
                "say which format the file is written in: add 'format: {version}'",
                version=FORMAT_VERSION,
            ),
        )
        return
    value = node.value
    if isinstance(value, bool) or not isinstance(value, int):
        check.problem(
            node.where,
            said("format must be a whole number such as {version}", version=FORMAT_VERSION),
        )
    elif value > FORMAT_VERSION:
        check.problem(
            node.where,
            said(
                "written for a newer Calmline (format {found}); this one reads format {version}",
                found=value,
                version=FORMAT_VERSION,
            ),
        )
    elif value < 1:
        check.problem(
            node.where,
            said("there is no format {found}; use {version}", found=value, version=FORMAT_VERSION),
        )


def _identify(check: _Checker, top: dict[str, Marked], path: Path, line: int) -> Document | None:
    if "id" in top and "extends" in top:
        check.problem(
            top["extends"].where,
            said("a file either defines a playbook (id) or changes one (extends), not both"),
        )
        return None
    if "extends" in top:
        target = check.ident(top["extends"], "extends")
        return None if target is None else Document(path, target, True, line)
    if "id" in top:
        own = check.ident(top["id"], said("the playbook id"))
        return None if own is None else Document(path, own, False, line)
    check.problem(line, said("a playbook needs an id (or 'extends: ID' to change an existing one)"))
    return None


#: What a whole playbook lacks when it leaves out one of its required keys.
_NEEDED = {
    "name": said("a playbook needs a name"),
    "language": said("a playbook needs a language"),
}


def _read_top_fields(check: _Checker, top: dict[str, Marked], doc: Document) -> None:
    readers: dict[str, Callable[[Marked], object]] = {
        "name": lambda n: check.plain_text(n, said("the playbook name"), "name"),
        "language": lambda n: _language(check, n),
        "description": lambda n: check.plain_text(n, said("the description"), "description"),
        "tags": lambda n: check.id_list(n, said("the playbook tags")),
        "categories": lambda n: _categories(check, n),
        "required": lambda n: _required(check, n),
        "reescalate_to": lambda n: check.ident(n, "reescalate_to"),
    }
    for key, read in readers.items():
        if key in top:
            value = read(top[key])
            doc.field_lines[key] = top[key].where
            if value is not None:
                doc.fields[key] = value
        elif not doc.extends and key in _NEEDED:
            check.problem(doc.line, _NEEDED[key])
    if doc.extends:
        # In a change, the language says what the wording is in; it never relabels a playbook.
        doc.wording_language = doc.fields.pop("language", "")


def _language(check: _Checker, node: Marked) -> str | None:
    text = check.plain_text(node, said("the language"), "category")
    if text is not None and not LANGUAGE_PATTERN.match(text):
        check.problem(
            node.where,
            said("language {code} should be a code such as en, de or pt-BR", code=repr(text)),
        )
        return None
    return text


def _categories(check: _Checker, node: Marked) -> tuple[str, ...] | None:
    found = check.text_list(node, "categories", "category")
    if found is None:
        return None
    if not found:
        check.problem(node.where, said("categories is empty; list at least one, such as 'other'"))
        return None
    seen: set[str] = set()
    for item in found:
        if item.casefold() in seen:
            check.problem(
                node.where, said("the category {category} is listed twice", category=repr(item))
            )
            return None
        seen.add(item.casefold())
    return found


def _required(check: _Checker, node: Marked) -> tuple[str, ...] | None:
    """The log-entry fields a call needs before it is saved; ``[]`` requires none."""
    if not isinstance(node.value, list):
        check.problem(
            node.where, said("required must be a list of log-entry fields, e.g. [category]")
        )
        return None
    found: list[str] = []
    for item in node.value:
        name = item.value
        if not isinstance(name, str) or name not in LOG_FIELDS:
            check.problem(
                item.where,
                said(
                    "unknown log-entry field {name} in required{hint}; known: {known}",
                    name=repr(name),
                    hint=did_you_mean(str(name), LOG_FIELDS),
                    known=", ".join(LOG_FIELDS),
                ),
            )
            return None
        if name not in found:
            found.append(name)
    return tuple(found)


def _read_entries(
    check: _Checker, node: Marked, what: What, read: Callable[[_Checker, Marked], _P | None]
) -> list[_P]:
    found: list[_P] = []
    seen: dict[str, int] = {}
    for item in check.items(node, what):
        patch = read(check, item)
        if patch is None:
            continue
        if patch.id in seen:
            check.problem(
                item.line,
                said(
                    "duplicate id {id} in {what} (first on line {first})",
                    id=repr(patch.id),
                    what=what,
                    first=seen[patch.id],
                ),
            )
            continue
        seen[patch.id] = item.line
        found.append(patch)
    return found


def labelled(kind: str, entry: str) -> Said:
    """An entry by its id in a problem: "step 'listen'", "situation 'legal'", "card 'sorry'"."""
    if kind == "step":
        return said("step {id}", id=repr(entry))
    if kind == "situation":
        return said("situation {id}", id=repr(entry))
    return said("card {id}", id=repr(entry))


@dataclass(frozen=True, slots=True)
class _Kind:
    """The words for one kind of entry (step, situation, card) in a problem."""

    #: "step", as ``labelled`` knows it
    name: str
    #: "a step": the entry as a whole
    entry: Said
    #: "step needs an id"
    needs_id: Said
    #: "the step id"
    its_id: Said


_STEP = _Kind("step", said("a step"), said("step needs an id"), said("the step id"))
_SITUATION = _Kind(
    "situation", said("a situation"), said("situation needs an id"), said("the situation id")
)
_CARD = _Kind("card", said("a card"), said("card needs an id"), said("the card id"))


def _entry_id(check: _Checker, keys: dict[str, Marked], item: Marked, kind: _Kind) -> str | None:
    if "id" not in keys:
        if isinstance(item.value, dict):
            check.problem(item.line, kind.needs_id)
        return None
    return check.ident(keys["id"], kind.its_id)


#: What a field reader returns for a key it set on the patch itself (not a field).
_SET_ON_PATCH = object()


def _read_patch(
    check: _Checker,
    item: Marked,
    kind: _Kind,
    allowed: tuple[str, ...],
    make: Callable[[str, int], _P],
    read_field: Callable[[_Checker, _P, str, Marked, Said], Any],
) -> _P | None:
    """One step, situation or card (``kind``) of a content file: its id, then each
    key by ``read_field`` (given the patch, the key, its node and a label such as
    "card 'apology'"), less ``id`` and ``disabled``, read here for all three."""
    keys = check.mapping(item, kind.entry, allowed)
    entry_id = _entry_id(check, keys, item, kind)
    if entry_id is None:
        return None
    patch = make(entry_id, item.line)
    label = labelled(kind.name, entry_id)
    for key, node in keys.items():
        if key == "id":
            continue
        if key == "disabled":
            patch.disabled = check.flag(node, said("disabled on {label}", label=label))
            continue
        value = read_field(check, patch, key, node, label)
        if value is not None and value is not _SET_ON_PATCH:
            patch.fields[key] = value
    return patch


def _read_card(check: _Checker, item: Marked) -> CardPatch | None:
    return _read_patch(check, item, _CARD, CARD_KEYS, CardPatch, _card_field)


def _card_field(check: _Checker, patch: CardPatch, key: str, node: Marked, label: Said) -> Any:
    if key == "title":
        return check.plain_text(node, said("the title of {label}", label=label), "title")
    if key == "text":
        return check.card_text(node, said("the text of {label}", label=label))
    if key == "tags":
        return check.id_list(node, said("the tags of {label}", label=label))
    if key == "delivery":
        return _delivery(check, node, label)
    return check.fallbacks(node, said("the fallbacks of {label}", label=label))


def _delivery(check: _Checker, node: Marked, label: Said) -> Delivery | None:
    choices = [d.value for d in Delivery]
    if isinstance(node.value, str) and node.value in choices:
        return Delivery(node.value)
    check.problem(
        node.where,
        said(
            "delivery of {label} must be one of {choices}, not {value}{hint}",
            label=label,
            choices=", ".join(choices),
            value=repr(node.value),
            hint=did_you_mean(str(node.value), choices),
        ),
    )
    return None


def _priority(check: _Checker, node: Marked, label: Said) -> int | None:
    value = node.value
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PRIORITY:
        check.problem(
            node.where,
            said(
                "the priority of {label} must be a whole number from 1 (most used) to "
                "{most}, not {value}",
                label=label,
                most=MAX_PRIORITY,
                value=repr(value),
            ),
        )
        return None
    return value


def _read_step(check: _Checker, item: Marked) -> StepPatch | None:
    return _read_patch(check, item, _STEP, STEP_KEYS, StepPatch, _step_field)


def _step_field(check: _Checker, patch: StepPatch, key: str, node: Marked, label: Said) -> Any:
    if key == "title":
        return check.plain_text(node, said("title of {label}", label=label), "title")
    if key == "goal":
        return check.plain_text(node, said("goal of {label}", label=label), "goal")
    if key == "move_on_when":
        what = said("move on when of {label}", label=label)
        return check.plain_text(node, what, "move_on_when")
    if key in ("do", "dont"):
        return check.text_list(node, _reminders(key, label), "reminder")
    if key == "cards":
        what = said("the cards of {label}", label=label)
        patch.cards = _read_entries(check, node, what, _read_card)
        return _SET_ON_PATCH
    if key == "asks_for":
        return _log_fields(check, node, label)
    patch.after = check.ident(node, said("'after' of {label}", label=label))
    return _SET_ON_PATCH


def _reminders(key: str, label: Said) -> Said:
    return said("the {key} reminders of {label}", key=repr(key), label=label)


def _log_fields(check: _Checker, node: Marked, label: Said) -> tuple[str, ...] | None:
    names = check.id_list(node, said("'asks_for' of {label}", label=label))
    if names is None:
        return None
    known = list(OPTIONAL_LOG_FIELDS)
    for name in names:
        if name not in OPTIONAL_LOG_FIELDS:
            check.problem(
                node.where,
                said(
                    "'asks_for' of {label} names {name}, which is no log field a step can ask "
                    "for (known: {known}){hint}",
                    label=label,
                    name=repr(name),
                    known=", ".join(known),
                    hint=did_you_mean(name, known),
                ),
            )
            return None
    return names


def _read_situation(check: _Checker, item: Marked) -> SituationPatch | None:
    return _read_patch(check, item, _SITUATION, SITUATION_KEYS, SituationPatch, _situation_field)


def _situation_field(
    check: _Checker, patch: SituationPatch, key: str, node: Marked, label: Said
) -> Any:
    if key == "title":
        return check.plain_text(node, said("the title of {label}", label=label), "title")
    if key == "advice":
        return check.plain_text(node, said("the advice of {label}", label=label), "advice")
    if key in ("do", "dont"):
        return check.text_list(node, _reminders(key, label), "reminder")
    if key == "keywords":
        return check.text_list(node, said("the keywords of {label}", label=label), "category")
    if key == "priority":
        return _priority(check, node, label)
    what = said("the cards of {label}", label=label)
    patch.cards = _read_entries(check, node, what, _read_card)
    return _SET_ON_PATCH
