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
from desktop_app.core.content.problems import ContentProblem, did_you_mean
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


class _Checker:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[ContentProblem] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append(ContentProblem(self.path, line, message))

    # -- shapes ------------------------------------------------------------
    def mapping(self, node: Marked, what: str, allowed: tuple[str, ...]) -> dict[str, Marked]:
        if not isinstance(node.value, dict):
            self.problem(node.line, f"{what} must be a mapping of keys to values")
            return {}
        for key, line in node.repeated_keys:
            self.problem(line, f"the key {key!r} is written twice in {what}")
        for key, value in node.value.items():
            if key not in allowed:
                hint = did_you_mean(key, allowed)
                self.problem(value.where, f"unknown key {key!r} in {what}{hint}")
        return {k: v for k, v in node.value.items() if k in allowed}

    def items(self, node: Marked, what: str) -> list[Marked]:
        if not isinstance(node.value, list):
            self.problem(node.where, f"{what} must be a list")
            return []
        if len(node.value) > MAX_LIST * 4:
            self.problem(node.where, f"{what} has more than {MAX_LIST * 4} entries")
            return []
        return node.value

    def text(self, node: Marked, what: str, limit: str) -> str | None:
        value = node.value
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.problem(node.where, f"{what} must be text, not {_kind(value)}")
            return None
        text = " ".join(str(value).split())
        if not text:
            self.problem(node.where, f"{what} is empty")
            return None
        most = LIMITS[limit]
        if len(text) > most:
            self.problem(node.where, f"{what} is {len(text)} characters; at most {most} fit")
            return None
        return text

    def plain_text(self, node: Marked, what: str, limit: str) -> str | None:
        """Text shown as it is: a placeholder here would reach the screen raw."""
        text = self.text(node, what, limit)
        if text is not None and _BRACES.search(text):
            self.problem(node.where, f"{what} cannot use placeholders; only card text is filled in")
            return None
        return text

    def ident(self, node: Marked, what: str) -> str | None:
        value = node.value
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.problem(node.where, f"{what} must be an id, not {_kind(value)}")
            return None
        text = str(value)
        if not ID_PATTERN.match(text):
            self.problem(
                node.where,
                f"{what} {text!r} is not a valid id: use lower-case letters, digits, "
                "- and _, at most 60",
            )
            return None
        return text

    def text_list(self, node: Marked, what: str, limit: str) -> tuple[str, ...] | None:
        if not isinstance(node.value, list):
            self.problem(node.where, f"{what} must be a list")
            return None
        if len(node.value) > MAX_LIST:
            self.problem(node.where, f"{what} has more than {MAX_LIST} entries")
            return None
        found = [self.plain_text(item, f"an entry of {what}", limit) for item in node.value]
        if any(item is None for item in found):
            return None
        return tuple(item for item in found if item is not None)

    def id_list(self, node: Marked, what: str) -> tuple[str, ...] | None:
        if not isinstance(node.value, list):
            self.problem(node.where, f"{what} must be a list")
            return None
        found = [self.ident(item, f"an entry of {what}") for item in node.value[:MAX_LIST]]
        if len(node.value) > MAX_LIST:
            self.problem(node.where, f"{what} has more than {MAX_LIST} entries")
            return None
        if any(item is None for item in found):
            return None
        return tuple(dict.fromkeys(item for item in found if item is not None))

    def flag(self, node: Marked, what: str) -> bool:
        if not isinstance(node.value, bool):
            self.problem(node.where, f"{what} must be true or false, not {_kind(node.value)}")
            return False
        return node.value

    # -- card text and placeholders ----------------------------------------
    def card_text(self, node: Marked, what: str) -> str | None:
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
                    f"unknown placeholder {{{inside}}} in {what}{hint}; known: {known}",
                )
                ok = False
        return text if ok else None

    def fallbacks(self, node: Marked, what: str) -> tuple[tuple[str, str], ...] | None:
        if not isinstance(node.value, dict):
            self.problem(node.where, f"{what} must map placeholder names to wording")
            return None
        for key, line in node.repeated_keys:
            self.problem(line, f"the key {key!r} is written twice in {what}")
        found: list[tuple[str, str]] = []
        ok = True
        for name, value in node.value.items():
            if name not in KNOWN_PLACEHOLDERS:
                hint = did_you_mean(name, KNOWN_PLACEHOLDERS)
                self.problem(value.where, f"unknown placeholder {name!r} in {what}{hint}")
                ok = False
                continue
            wording = self.plain_text(value, f"the fallback for {{{name}}}", "fallback")
            if wording is None:
                ok = False
                continue
            found.append((name, wording))
        return tuple(found) if ok else None


def _kind(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "text"


def read_document(root: Marked | None, path: Path) -> tuple[Document | None, list[ContentProblem]]:
    """Check ``root`` (a parsed file) against the format; the document and every problem."""
    check = _Checker(path)
    if root is None:
        check.problem(1, "the file is empty")
        return None, check.problems
    top = check.mapping(root, "a playbook file", PLAYBOOK_KEYS)
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
        check.problem(root.line, "a playbook needs a list of steps")
    if "situations" in top:
        doc.situations = _read_entries(check, top["situations"], "situations", _read_situation)
    return doc, check.problems


def _check_format(check: _Checker, top: dict[str, Marked], line: int) -> None:
    node = top.get("format")
    if node is None:
        check.problem(
            line, f"say which format the file is written in: add 'format: {FORMAT_VERSION}'"
        )
        return
    value = node.value
    if isinstance(value, bool) or not isinstance(value, int):
        check.problem(node.where, f"format must be a whole number such as {FORMAT_VERSION}")
    elif value > FORMAT_VERSION:
        check.problem(
            node.where,
            f"written for a newer Calmline (format {value}); this one reads format "
            f"{FORMAT_VERSION}",
        )
    elif value < 1:
        check.problem(node.where, f"there is no format {value}; use {FORMAT_VERSION}")


def _identify(check: _Checker, top: dict[str, Marked], path: Path, line: int) -> Document | None:
    if "id" in top and "extends" in top:
        check.problem(
            top["extends"].where,
            "a file either defines a playbook (id) or changes one (extends), not both",
        )
        return None
    if "extends" in top:
        target = check.ident(top["extends"], "extends")
        return None if target is None else Document(path, target, True, line)
    if "id" in top:
        own = check.ident(top["id"], "the playbook id")
        return None if own is None else Document(path, own, False, line)
    check.problem(line, "a playbook needs an id (or 'extends: ID' to change an existing one)")
    return None


def _read_top_fields(check: _Checker, top: dict[str, Marked], doc: Document) -> None:
    readers: dict[str, Callable[[Marked], object]] = {
        "name": lambda n: check.plain_text(n, "the playbook name", "name"),
        "language": lambda n: _language(check, n),
        "description": lambda n: check.plain_text(n, "the description", "description"),
        "tags": lambda n: check.id_list(n, "the playbook tags"),
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
        elif not doc.extends and key in ("name", "language"):
            check.problem(doc.line, f"a playbook needs a {key}")
    if doc.extends:
        # In a change, the language says what the wording is in; it never relabels a playbook.
        doc.wording_language = doc.fields.pop("language", "")


def _language(check: _Checker, node: Marked) -> str | None:
    text = check.plain_text(node, "the language", "category")
    if text is not None and not LANGUAGE_PATTERN.match(text):
        check.problem(node.where, f"language {text!r} should be a code such as en, de or pt-BR")
        return None
    return text


def _categories(check: _Checker, node: Marked) -> tuple[str, ...] | None:
    found = check.text_list(node, "categories", "category")
    if found is None:
        return None
    if not found:
        check.problem(node.where, "categories is empty; list at least one, such as 'other'")
        return None
    seen: set[str] = set()
    for item in found:
        if item.casefold() in seen:
            check.problem(node.where, f"the category {item!r} is listed twice")
            return None
        seen.add(item.casefold())
    return found


def _required(check: _Checker, node: Marked) -> tuple[str, ...] | None:
    """The log-entry fields a call needs before it is saved; ``[]`` requires none."""
    if not isinstance(node.value, list):
        check.problem(node.where, "required must be a list of log-entry fields, e.g. [category]")
        return None
    found: list[str] = []
    for item in node.value:
        name = item.value
        if not isinstance(name, str) or name not in LOG_FIELDS:
            hint = did_you_mean(str(name), LOG_FIELDS)
            check.problem(
                item.where,
                f"unknown log-entry field {name!r} in required{hint}; "
                f"known: {', '.join(LOG_FIELDS)}",
            )
            return None
        if name not in found:
            found.append(name)
    return tuple(found)


def _read_entries(
    check: _Checker, node: Marked, what: str, read: Callable[[_Checker, Marked], _P | None]
) -> list[_P]:
    found: list[_P] = []
    seen: dict[str, int] = {}
    for item in check.items(node, what):
        patch = read(check, item)
        if patch is None:
            continue
        if patch.id in seen:
            check.problem(
                item.line, f"duplicate id {patch.id!r} in {what} (first on line {seen[patch.id]})"
            )
            continue
        seen[patch.id] = item.line
        found.append(patch)
    return found


def _entry_id(check: _Checker, keys: dict[str, Marked], item: Marked, what: str) -> str | None:
    if "id" not in keys:
        if isinstance(item.value, dict):
            check.problem(item.line, f"{what} needs an id")
        return None
    return check.ident(keys["id"], f"the {what} id")


#: What a field reader returns for a key it set on the patch itself (not a field).
_SET_ON_PATCH = object()


def _read_patch(
    check: _Checker,
    item: Marked,
    what: str,
    allowed: tuple[str, ...],
    make: Callable[[str, int], _P],
    read_field: Callable[[_Checker, _P, str, Marked, str], Any],
) -> _P | None:
    """One step, situation or card (``what``) of a content file: its id, then each
    key by ``read_field`` (given the patch, the key, its node and a label such as
    "card 'apology'"), less ``id`` and ``disabled``, read here for all three."""
    keys = check.mapping(item, f"a {what}", allowed)
    entry_id = _entry_id(check, keys, item, what)
    if entry_id is None:
        return None
    patch = make(entry_id, item.line)
    label = f"{what} {entry_id!r}"
    for key, node in keys.items():
        if key == "id":
            continue
        if key == "disabled":
            patch.disabled = check.flag(node, f"disabled on {label}")
            continue
        value = read_field(check, patch, key, node, label)
        if value is not None and value is not _SET_ON_PATCH:
            patch.fields[key] = value
    return patch


def _read_card(check: _Checker, item: Marked) -> CardPatch | None:
    return _read_patch(check, item, "card", CARD_KEYS, CardPatch, _card_field)


def _card_field(check: _Checker, patch: CardPatch, key: str, node: Marked, label: str) -> Any:
    if key == "title":
        return check.plain_text(node, f"the title of {label}", "title")
    if key == "text":
        return check.card_text(node, f"the text of {label}")
    if key == "tags":
        return check.id_list(node, f"the tags of {label}")
    if key == "delivery":
        return _delivery(check, node, label)
    return check.fallbacks(node, f"the fallbacks of {label}")


def _delivery(check: _Checker, node: Marked, label: str) -> Delivery | None:
    choices = [d.value for d in Delivery]
    if isinstance(node.value, str) and node.value in choices:
        return Delivery(node.value)
    hint = did_you_mean(str(node.value), choices)
    check.problem(
        node.where,
        f"delivery of {label} must be one of {', '.join(choices)}, not {node.value!r}{hint}",
    )
    return None


def _priority(check: _Checker, node: Marked, label: str) -> int | None:
    value = node.value
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PRIORITY:
        check.problem(
            node.where,
            f"the priority of {label} must be a whole number from 1 (most used) to "
            f"{MAX_PRIORITY}, not {value!r}",
        )
        return None
    return value


def _read_step(check: _Checker, item: Marked) -> StepPatch | None:
    return _read_patch(check, item, "step", STEP_KEYS, StepPatch, _step_field)


def _step_field(check: _Checker, patch: StepPatch, key: str, node: Marked, label: str) -> Any:
    if key in ("title", "goal", "move_on_when"):
        limit = "title" if key == "title" else key
        return check.plain_text(node, f"{key.replace('_', ' ')} of {label}", limit)
    if key in ("do", "dont"):
        return check.text_list(node, f"the {key!r} reminders of {label}", "reminder")
    if key == "cards":
        patch.cards = _read_entries(check, node, f"the cards of {label}", _read_card)
        return _SET_ON_PATCH
    if key == "asks_for":
        return _log_fields(check, node, label)
    patch.after = check.ident(node, f"'after' of {label}")
    return _SET_ON_PATCH


def _log_fields(check: _Checker, node: Marked, label: str) -> tuple[str, ...] | None:
    names = check.id_list(node, f"'asks_for' of {label}")
    if names is None:
        return None
    known = list(OPTIONAL_LOG_FIELDS)
    for name in names:
        if name not in OPTIONAL_LOG_FIELDS:
            check.problem(
                node.where,
                f"'asks_for' of {label} names {name!r}, which is no log field a step can ask "
                f"for (known: {', '.join(known)}){did_you_mean(name, known)}",
            )
            return None
    return names


def _read_situation(check: _Checker, item: Marked) -> SituationPatch | None:
    return _read_patch(check, item, "situation", SITUATION_KEYS, SituationPatch, _situation_field)


def _situation_field(
    check: _Checker, patch: SituationPatch, key: str, node: Marked, label: str
) -> Any:
    if key == "title":
        return check.plain_text(node, f"the title of {label}", "title")
    if key == "advice":
        return check.plain_text(node, f"the advice of {label}", "advice")
    if key in ("do", "dont"):
        return check.text_list(node, f"the {key!r} reminders of {label}", "reminder")
    if key == "keywords":
        return check.text_list(node, f"the keywords of {label}", "category")
    if key == "priority":
        return _priority(check, node, label)
    patch.cards = _read_entries(check, node, f"the cards of {label}", _read_card)
    return _SET_ON_PATCH
