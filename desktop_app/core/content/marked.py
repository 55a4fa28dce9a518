"""A value read from a content file that remembers its line, and the reader's limits.

Shared by the reader (``reading``) and the YAML tree builder (``yaml_tree``),
so neither imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Aliases (``*name``) a file may use; plenty for sharing a list of tags.
MAX_ALIASES = 100
#: Values a file may hold once aliases are expanded; far above any real playbook.
MAX_NODES = 50_000
#: How deep lists and mappings may nest; a playbook needs five or six levels.
MAX_DEPTH = 40

Scalar = str | int | float | bool | None


@dataclass(slots=True)
class Marked:
    """A value from a content file with the line it starts on (1-based).

    ``value`` is a scalar, a ``list[Marked]`` or a ``dict[str, Marked]``;
    ``key_line`` is the line of the key when the value sits in a mapping.
    """

    value: Scalar | list[Marked] | dict[str, Marked]
    line: int
    key_line: int = 0
    #: keys written more than once in this mapping, with the line of the repeat
    repeated_keys: list[tuple[str, int]] = field(default_factory=list)

    @property
    def where(self) -> int:
        return self.key_line or self.line
