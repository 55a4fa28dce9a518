"""Loads every playbook the agent can use, layer by layer, and says what went wrong.

Layers, each able to change what the ones before it loaded:

1. built-in: the playbooks shipped with Calmline;
2. team: a folder the team lead maintains, often on a network share. When it
   cannot be reached, the last copy of it that loaded cleanly (kept in the
   data dir) stands in, and a notice says so;
3. personal: the agent's own folder in the data dir.

The built-in layer is in the playbook language chosen (``languages``): the
English playbooks, each replaced whole by its translation when there is one.

Inside a layer, files are read in name order: whole playbooks first, then
changes (``extends``). A file with any problem is skipped as a whole, with
every problem reported; the other files still load. Nothing here raises for
bad content: problems and notices are returned for the window to show.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop_app.core.atomic import WriteError, ensure_private_dir, write_atomic
from desktop_app.core.content.document import Document, read_document
from desktop_app.core.content.languages import DEFAULT_LANGUAGE, same_language
from desktop_app.core.content.layering import build_playbook
from desktop_app.core.content.marked import Marked
from desktop_app.core.content.parse_cache import ParseCache
from desktop_app.core.content.problems import (
    ContentError,
    ContentProblem,
    Said,
    counted,
    did_you_mean,
    said,
)
from desktop_app.core.content.reading import parse_text, read_bytes, read_limited
from desktop_app.core.playbook import Playbook

CONTENT_SUFFIXES = (".yaml", ".yml")
DEFAULT_PLAYBOOK_ID = "calm-six"

#: bytes of a file and its path -> its values (``reading.parse_text`` or a cache of it)
Parse = Callable[[bytes, Path], Marked | None]


@dataclass
class LoadResult:
    """Every playbook that loaded, with the problems, notices and files behind them."""

    #: every playbook that loaded, by id, in the order they were first defined
    playbooks: dict[str, Playbook] = field(default_factory=dict)
    #: every problem found, each naming its file and line
    problems: list[ContentProblem] = field(default_factory=list)
    #: things the user should know that are not errors in a file, said in any language
    notices: list[Said] = field(default_factory=list)
    #: the files that defined or changed each playbook, in the order applied
    sources: dict[str, list[Path]] = field(default_factory=dict)
    #: change files left out because their wording is in another language, with it
    other_language: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def choose(
        self, playbook_id: str, fallback: str = DEFAULT_PLAYBOOK_ID
    ) -> tuple[Playbook | None, Said | None]:
        """The playbook asked for, else ``fallback``, else any; with a notice when not the one."""
        if playbook_id in self.playbooks:
            return self.playbooks[playbook_id], None
        chosen = self.playbooks.get(fallback) or next(iter(self.playbooks.values()), None)
        if chosen is None:
            return None, said("No playbook could be loaded.")
        return chosen, said(
            "The playbook {id} is not available{hint}; using {chosen} instead.",
            id=repr(playbook_id),
            hint=did_you_mean(playbook_id, self.playbooks),
            chosen=repr(chosen.id),
        )


@dataclass(frozen=True, slots=True)
class ContentSources:
    """Where content comes from; ``load()`` reads all of it afresh (also for live reload)."""

    builtin_dir: Path
    team_dir: Path | None = None
    personal_dir: Path | None = None
    #: where the last clean copy of the team folder is kept
    team_cache_dir: Path | None = None
    #: where files parsed before are kept (see ``parse_cache``); None parses every file
    parsed_cache: Path | None = None
    #: the playbook language (a translation folder's name, see ``languages``)
    language: str = DEFAULT_LANGUAGE

    def load(self) -> LoadResult:
        return load_library(
            self.builtin_dir,
            self.team_dir,
            self.personal_dir,
            self.team_cache_dir,
            parsed_cache=self.parsed_cache,
            language=self.language,
        )

    def folders(self) -> list[Path]:
        """The folders a watcher should watch, in layer order."""
        found = [self.builtin_dir]
        if self.language != DEFAULT_LANGUAGE:
            found.append(self.builtin_dir / self.language)
        found.extend(d for d in (self.team_dir, self.personal_dir) if d is not None)
        return found


def content_files(folder: Path) -> list[Path]:
    """The content files directly in ``folder``, by name. Raises OSError if unreachable."""
    entries = sorted(os.scandir(folder), key=lambda e: e.name)
    return [
        Path(e.path)
        for e in entries
        if e.name.endswith(CONTENT_SUFFIXES) and not e.name.startswith(".") and e.is_file()
    ]


def read_document_file(
    path: Path, data: bytes | None = None, parse: Parse = parse_text
) -> tuple[Document | None, list[ContentProblem]]:
    """Read and check one file (or its already-read bytes)."""
    try:
        raw = read_bytes(path) if data is None else data
        root = parse(raw, path)
    except ContentError as exc:
        return None, exc.problems
    return read_document(root, path)


def load_playbook(path: Path, data: bytes | None = None) -> Playbook:
    """The one whole playbook in ``path`` (or in ``data``, read from it).

    Raises ``ContentError`` with every problem, and nothing else.
    """
    doc, problems = read_document_file(path, data)
    if doc is not None and not problems:
        if doc.extends:
            problems = [
                ContentProblem(path, doc.line, said("this file changes a playbook; it is not one"))
            ]
        else:
            playbook, problems = build_playbook(doc)
            if playbook is not None and not problems:
                return playbook
    raise ContentError(problems)


def load_layer(
    files: Sequence[tuple[Path, bytes | None]], result: LoadResult, parse: Parse = parse_text
) -> bool:
    """Apply one layer's files to ``result``; true when every file loaded cleanly."""
    clean = True
    docs: list[Document] = []
    for path, data in files:
        doc, problems = read_document_file(path, data, parse)
        if problems or doc is None:
            _skip(result, path, problems)
            clean = False
        else:
            docs.append(doc)
    defined_here: dict[str, Path] = {}
    # Whole playbooks first, so a change in the same layer finds its playbook.
    for doc in sorted(docs, key=lambda d: d.extends):
        problems = _apply(doc, result, defined_here)
        if problems:
            _skip(result, doc.path, problems)
            clean = False
    return clean


def _apply(
    doc: Document, result: LoadResult, defined_here: dict[str, Path]
) -> list[ContentProblem]:
    base = result.playbooks.get(doc.playbook_id)
    if not doc.extends and doc.playbook_id in defined_here:
        first = defined_here[doc.playbook_id]
        return [
            ContentProblem(
                doc.path,
                doc.line,
                said(
                    "duplicate playbook id {id}: {first} has it too",
                    id=repr(doc.playbook_id),
                    first=str(first),
                ),
            )
        ]
    if doc.extends and base is None:
        return [
            ContentProblem(
                doc.path,
                doc.line,
                said(
                    "extends {id}, but no such playbook is loaded{hint} (loaded: {known})",
                    id=repr(doc.playbook_id),
                    hint=did_you_mean(doc.playbook_id, result.playbooks),
                    known=", ".join(result.playbooks) or said("none"),
                ),
            )
        ]
    if (
        doc.extends
        and base is not None
        and doc.wording_language
        and not same_language(doc.wording_language, base.language)
    ):
        # Wording for another language's playbook: not wrong, only not for this agent.
        result.other_language.append((doc.path, doc.wording_language))
        return []
    playbook, problems = build_playbook(doc, base)
    if playbook is None or problems:
        return problems
    if not doc.extends:
        defined_here[doc.playbook_id] = doc.path
        result.sources[playbook.id] = []
    result.playbooks[playbook.id] = playbook
    result.sources.setdefault(playbook.id, []).append(doc.path)
    return []


def _skip(result: LoadResult, path: Path, problems: list[ContentProblem]) -> None:
    result.problems.extend(problems)
    result.notices.append(
        counted(
            len(problems),
            "{path} was skipped (%n problems); the rest of the content loaded without it.",
            "{path} was skipped (%n problem); the rest of the content loaded without it.",
            path=str(path),
        )
    )


def _folder_files(folder: Path) -> list[tuple[Path, bytes | None]]:
    return [(path, None) for path in content_files(folder)]


def load_library(
    builtin_dir: Path,
    team_dir: Path | None = None,
    personal_dir: Path | None = None,
    team_cache_dir: Path | None = None,
    *,
    parsed_cache: Path | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> LoadResult:
    """Every playbook from the three layers, with every problem and notice.

    With ``parsed_cache``, files whose bytes were parsed at an earlier load
    are not parsed again (``parse_cache``). ``language`` names the folder of
    translations that replace the English built-in playbooks of the same id.
    """
    result = LoadResult()
    cache = ParseCache(parsed_cache) if parsed_cache is not None else None
    parse = cache.parse if cache is not None else parse_text
    try:
        load_layer(_folder_files(builtin_dir), result, parse)
        if language != DEFAULT_LANGUAGE:
            # A layer of its own: a translation replaces its English playbook whole.
            load_layer(_folder_files(builtin_dir / language), result, parse)
    except OSError as exc:
        result.notices.append(
            said("The built-in playbooks cannot be read ({reason}).", reason=_why(exc))
        )
    if team_dir is not None:
        _load_team(team_dir, team_cache_dir, result, parse)
    if personal_dir is not None and personal_dir.is_dir():
        try:
            load_layer(_folder_files(personal_dir), result, parse)
        except OSError as exc:
            result.notices.append(
                said(
                    "Your own playbook folder {folder} cannot be read ({reason}).",
                    folder=str(personal_dir),
                    reason=_why(exc),
                )
            )
    if cache is not None:
        cache.save()
    return result


def _load_team(team_dir: Path, cache_dir: Path | None, result: LoadResult, parse: Parse) -> None:
    if not team_dir.is_dir():
        _load_team_copy(team_dir, cache_dir, said("not found or not a folder"), result, parse)
        return
    try:
        # Read every file now: a share that drops mid-way counts as unreachable.
        files = [(path, read_limited(path)) for path in content_files(team_dir)]
    except OSError as exc:
        _load_team_copy(team_dir, cache_dir, _why(exc), result, parse)
        return
    if load_layer(files, result, parse) and cache_dir is not None:
        _keep_team_copy(files, cache_dir, result)


def _load_team_copy(
    team_dir: Path, cache_dir: Path | None, reason: str | Said, result: LoadResult, parse: Parse
) -> None:
    copies: list[tuple[Path, bytes | None]] = []
    if cache_dir is not None and cache_dir.is_dir():
        with contextlib.suppress(OSError):
            copies = _folder_files(cache_dir)
    if not copies:
        result.notices.append(
            said(
                "The team playbook folder {folder} cannot be reached ({reason}) and there is "
                "no earlier copy of it; team content is left out until it is back.",
                folder=str(team_dir),
                reason=reason,
            )
        )
        return
    try:
        when = datetime.fromtimestamp(max(p.stat().st_mtime for p, _ in copies))
        since = said("that loaded on {when}", when=f"{when:%Y-%m-%d %H:%M}")
    except OSError:
        since = said("that last loaded cleanly")
    result.notices.append(
        said(
            "The team playbook folder {folder} cannot be reached ({reason}); using the copy "
            "{since}.",
            folder=str(team_dir),
            reason=reason,
            since=since,
        )
    )
    load_layer(copies, result, parse)


def _keep_team_copy(
    files: Sequence[tuple[Path, bytes | None]], cache_dir: Path, result: LoadResult
) -> None:
    """Replace the kept copy of the team folder with what just loaded cleanly."""
    try:
        ensure_private_dir(cache_dir)
        keep = {path.name for path, _ in files}
        for path, data in files:
            target = cache_dir / path.name
            if data is not None and _differs(target, data):
                write_atomic(target, data)
        for old in content_files(cache_dir):
            if old.name not in keep:
                old.unlink()
    except (OSError, WriteError) as exc:
        result.notices.append(
            said("Could not keep a copy of the team playbooks: {reason}", reason=str(exc))
        )


def _why(exc: OSError) -> str | Said:
    """The system's reason a folder cannot be read, in its own words (as the system
    says it); our words when it gives none."""
    return exc.strerror or said("cannot be read")


def _differs(target: Path, data: bytes) -> bool:
    try:
        return target.read_bytes() != data
    except OSError:
        return True
