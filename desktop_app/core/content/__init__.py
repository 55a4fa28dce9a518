"""Playbook content: the YAML format, its checks, the layers, and the team copy.

Modules, in the order a file travels through them:

- ``reading``: bytes -> values with line numbers, refusing unsafe YAML
  (``yaml_tree`` does the YAML part; ``parse_cache`` keeps what earlier
  starts parsed, so PyYAML is loaded only when a file changed);
- ``document``: values -> a checked document of patches, every problem collected;
- ``layering``: patches -> a playbook, or changes applied to an earlier one;
- ``library``: the built-in, team and personal layers -> ``LoadResult``;
- ``writing``: a playbook -> YAML in the same format.
"""

from __future__ import annotations

from desktop_app.core.content.document import FORMAT_VERSION
from desktop_app.core.content.library import (
    DEFAULT_PLAYBOOK_ID,
    ContentSources,
    LoadResult,
    load_library,
    load_playbook,
)
from desktop_app.core.content.problems import ContentError, ContentProblem

__all__ = [
    "DEFAULT_PLAYBOOK_ID",
    "FORMAT_VERSION",
    "ContentError",
    "ContentProblem",
    "ContentSources",
    "LoadResult",
    "load_library",
    "load_playbook",
]
