"""Live reload: notices when playbook files change on disk and loads them again.

How to wire it (one place, e.g. the window's signal wiring)::

    watcher = ContentWatcher(parts.content, parent=window)
    watcher.reloaded.connect(on_content_reloaded)   # receives a LoadResult

    def on_content_reloaded(result: LoadResult) -> None:
        playbook, notice = result.choose(settings.playbook_id)
        # show result.problems / result.notices / notice; then, if playbook:
        desk.session.replace_playbook(playbook)    # the call keeps its state

Changes are debounced (an editor's save is several file events) and checked
against a fingerprint of the content files, so unrelated activity in a
watched folder does not reload anything. Editors that save by writing a new
file and renaming it over the old one drop the old file from the watch;
every reload re-adds what is there now. A folder that does not exist yet is
noticed through its parent folder.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from desktop_app.core.content import ContentSources, LoadResult
from desktop_app.core.content.library import CONTENT_SUFFIXES

#: Quiet time after the last file event before reloading, in milliseconds.
DEFAULT_DELAY_MS = 300

Fingerprint = frozenset[tuple[str, int, int]]


class ContentWatcher(QObject):
    #: emitted with the new ``LoadResult`` after content changed on disk
    reloaded = Signal(object)

    def __init__(
        self,
        sources: ContentSources,
        *,
        delay_ms: int = DEFAULT_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sources = sources
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._reload_if_changed)
        self._watcher.fileChanged.connect(self._schedule)
        self._watcher.directoryChanged.connect(self._schedule)
        self._fingerprint = self._take_fingerprint()
        self._watch()

    # -- public ------------------------------------------------------------
    def reload(self) -> LoadResult:
        """Load all content now, emit ``reloaded`` and return the result."""
        self._timer.stop()
        self._watch()
        self._fingerprint = self._take_fingerprint()
        result = self._sources.load()
        self.reloaded.emit(result)
        return result

    def watched_paths(self) -> list[Path]:
        return [Path(p) for p in (*self._watcher.directories(), *self._watcher.files())]

    @property
    def pending(self) -> bool:
        """True while a change is waiting out the quiet time."""
        return self._timer.isActive()

    # -- internals ---------------------------------------------------------
    def _schedule(self, _path: str) -> None:
        self._timer.start()

    def _reload_if_changed(self) -> None:
        self._watch()
        if self._take_fingerprint() != self._fingerprint:
            self.reload()

    def _wanted_paths(self) -> set[str]:
        wanted: set[str] = set()
        for folder in self._sources.folders():
            if folder.is_dir():
                wanted.add(str(folder))
                wanted.update(str(path) for path in _content_files(folder))
            elif folder.parent.is_dir():
                # Not there yet (or the share is down): its parent shows it arriving.
                wanted.add(str(folder.parent))
        return wanted

    def _watch(self) -> None:
        wanted = self._wanted_paths()
        current = set(self._watcher.files()) | set(self._watcher.directories())
        gone = sorted(current - wanted)
        new = sorted(wanted - current)
        if gone:
            self._watcher.removePaths(gone)
        if new:
            self._watcher.addPaths(new)

    def _take_fingerprint(self) -> Fingerprint:
        found: set[tuple[str, int, int]] = set()
        for folder in self._sources.folders():
            for path in _content_files(folder):
                with contextlib.suppress(OSError):
                    info = path.stat()
                    found.add((str(path), info.st_mtime_ns, info.st_size))
            found.add((str(folder), int(folder.is_dir()), 0))
        return frozenset(found)


def _content_files(folder: Path) -> list[Path]:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    return [
        Path(e.path)
        for e in entries
        if e.name.endswith(CONTENT_SUFFIXES) and not e.name.startswith(".")
    ]
