"""The YAML half of reading a content file: libyaml's events composed into ``Marked`` values.

Imported only when a file must really be parsed (see ``reading.parse_text``);
every refusal (explicit tags, alias bombs, nesting too deep, keys that are not
plain words) is a ``ContentError`` naming the file and line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from desktop_app.core.content.marked import MAX_ALIASES, MAX_DEPTH, MAX_NODES, Marked, Scalar
from desktop_app.core.content.problems import ContentError, ContentProblem, Said, said

_YAML = "tag:yaml.org,2002:"
_PLAIN_TAGS = {f"{_YAML}{name}" for name in ("str", "int", "float", "bool", "null")}
#: Dates and times stay the text that was written: content has no use for them.
_TEXT_TAGS = {f"{_YAML}timestamp"}


class _Budget:
    def __init__(self) -> None:
        self.nodes = 0
        self.aliases = 0


class _AliasBudget(yaml.composer.Composer):
    """Counts aliases as they are composed, so a bomb stops before it grows."""

    alias_count = 0

    if TYPE_CHECKING:  # given by the parser this is mixed with

        def check_event(self, *choices: type[yaml.Event]) -> bool: ...
        def peek_event(self) -> yaml.Event: ...

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            self.alias_count += 1
            if self.alias_count > MAX_ALIASES:
                event = self.peek_event()
                mark = event.start_mark
                raise _RefusedError(
                    mark.line + 1 if mark is not None else 1,
                    said(
                        "more than {most} aliases (*name); write the values out instead",
                        most=MAX_ALIASES,
                    ),
                )
        return super().compose_node(parent, index)


if yaml.__with_libyaml__:
    from yaml.cyaml import CParser  # type: ignore[attr-defined]

    class _Loader(_AliasBudget, CParser, SafeConstructor, Resolver):
        """libyaml's parser (several times faster) under Python's composer.

        Only libyaml's events are used: composing stays in Python, where
        aliases are counted as they come, and nesting too deep ends in a
        RecursionError instead of overflowing the C stack.
        """

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            _AliasBudget.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

else:  # pragma: no cover - PyYAML without libyaml

    class _Loader(_AliasBudget, yaml.SafeLoader):  # type: ignore[no-redef, misc]
        """PyYAML's pure-Python parser, where libyaml is missing."""


class _RefusedError(Exception):
    def __init__(self, line: int, message: Said) -> None:
        super().__init__(str(message))
        self.line = line
        self.message = message


def parse_yaml(text: str, path: Path) -> Marked | None:
    """The values of ``text`` (already checked as UTF-8 without control characters)."""
    try:
        return _parse(text)
    except _RefusedError as exc:
        raise ContentError([ContentProblem(path, exc.line, exc.message)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        # PyYAML's own words, passed on as they are.
        what = exc.problem or exc.context or "not valid YAML"
        raise ContentError(
            [ContentProblem(path, line, said("not valid YAML: {reason}", reason=what))]
        ) from None
    except yaml.YAMLError as exc:
        raise ContentError(
            [ContentProblem(path, 1, said("not valid YAML: {reason}", reason=str(exc)))]
        ) from None
    except RecursionError:
        raise ContentError(
            [ContentProblem(path, 1, said("lists or mappings nest too deeply"))]
        ) from None


def _parse(text: str) -> Marked | None:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _convert(node, loader, _Budget(), 0)
    finally:
        loader.dispose()


def _convert(node: yaml.Node, loader: _Loader, budget: _Budget, depth: int) -> Marked:
    line = node.start_mark.line + 1
    budget.nodes += 1
    if budget.nodes > MAX_NODES:
        raise _RefusedError(line, said("the file expands to too many values (an alias bomb?)"))
    if depth > MAX_DEPTH:
        raise _RefusedError(
            line, said("lists or mappings nest deeper than {most} levels", most=MAX_DEPTH)
        )
    if isinstance(node, yaml.ScalarNode):
        return Marked(_scalar(node, loader), line)
    if isinstance(node, yaml.SequenceNode):
        _check_tag(node, f"{_YAML}seq")
        return Marked([_convert(item, loader, budget, depth + 1) for item in node.value], line)
    if isinstance(node, yaml.MappingNode):
        _check_tag(node, f"{_YAML}map")
        mapping: dict[str, Marked] = {}
        result = Marked(mapping, line)
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _PLAIN_TAGS:
                raise _RefusedError(key_line, said("keys must be plain words"))
            key = str(key_node.value)
            value = _convert(value_node, loader, budget, depth + 1)
            value.key_line = key_line
            if key in mapping:
                result.repeated_keys.append((key, key_line))
                continue
            mapping[key] = value
        return result
    raise _RefusedError(line, said("unexpected kind of YAML node"))


def _check_tag(node: yaml.Node, expected: str) -> None:
    if node.tag != expected:
        raise _RefusedError(node.start_mark.line + 1, _tag_message(node.tag))


def _tag_message(tag: str) -> Said:
    shown = "!!" + tag.removeprefix(_YAML) if tag.startswith(_YAML) else tag
    return said(
        "the tag {tag} is not allowed; content files hold plain text, lists and mappings",
        tag=shown,
    )


def _scalar(node: yaml.ScalarNode, loader: _Loader) -> Scalar:
    if node.tag in _TEXT_TAGS:
        return str(node.value)
    if node.tag not in _PLAIN_TAGS:
        raise _RefusedError(node.start_mark.line + 1, _tag_message(node.tag))
    value: object = loader.construct_object(node)
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    raise _RefusedError(node.start_mark.line + 1, said("unexpected value"))
