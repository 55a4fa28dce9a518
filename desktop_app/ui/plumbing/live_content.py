"""Playbook content that follows its files, and the menu that picks the playbook.

``LiveContent`` attaches a ``ContentWatcher`` to the running window. When a
playbook file changes, everything is loaded and checked again; if it loads
cleanly, the playbook in use is swapped in (``CallDesk.replace_playbook``:
the call in progress keeps its notes, step, timeline and card counts, and
the next calls use the new content) and the window's pages are rebuilt. If
the edit has new mistakes, a bar lists them (file, line, what is wrong) and
the content in use stays as it was until the file is fixed; mistakes already
reported at start (a broken file elsewhere) do not hold other changes back.

It also adds a "Playbook" submenu to the window's menu listing every loaded
playbook; choosing one runs ``switch-playbook ID``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from desktop_app.core.content import LoadResult
from desktop_app.ui.plumbing.content_watcher import DEFAULT_DELAY_MS, ContentWatcher
from desktop_app.ui.translations import problem_words

if TYPE_CHECKING:
    from desktop_app.core.content.problems import ContentProblem
    from desktop_app.desk.desk import CallDesk
    from desktop_app.desk.parts import Parts
    from desktop_app.ui.call_window.window_parts import WindowParts

#: A broken edit lists at most this many problems in the bar; the rest are counted.
SHOWN_PROBLEMS = 4


class LiveContent(QObject):
    def __init__(
        self,
        window: WindowParts,
        desk: CallDesk,
        parts: Parts,
        *,
        delay_ms: int = DEFAULT_DELAY_MS,
    ) -> None:
        super().__init__(window.host())
        self.window = window
        self.desk = desk
        self.parts = parts
        self.bar = window.add_bar("content")
        self.watcher: ContentWatcher | None = None
        if parts.content is not None:
            self.watcher = ContentWatcher(parts.content, delay_ms=delay_ms, parent=self)
            self.watcher.reloaded.connect(self.apply)
        self._group: QActionGroup | None = None
        self.menu = self._add_menu()

    # -- reloading -------------------------------------------------------------
    def _mistakes(self, problems: Sequence[ContentProblem]) -> str:
        """The notice's words, each problem said in the language (its file, place and ids
        as written); said again after a language switch."""
        lines = [problem.said_in(problem_words) for problem in problems[:SHOWN_PROBLEMS]]
        more = len(problems) - SHOWN_PROBLEMS
        if more > 0:
            lines.append(self.tr("… and %n more", "", more))
        return (
            self.tr("A playbook file has mistakes; the playbook in use stays as it was:")
            + "\n"
            + "\n".join(lines)
        )

    def apply(self, result: LoadResult) -> None:
        """Use freshly loaded content, or say what is wrong with it and keep the old."""
        # Problems already there when the content in use was loaded (a broken team
        # file, say) were reported then; only new ones hold the change back.
        known = {str(p) for p in self.parts.library.problems} if self.parts.library else set()
        new = [problem for problem in result.problems if str(problem) not in known]
        if new:
            self.bar.show_words(lambda: self._mistakes(new), "warning")
            return
        self.bar.hide()
        self.parts.library = result
        desk = self.desk
        playbook, fallback = result.choose(self.window.settings.playbook_id)
        if playbook is None:
            return
        if fallback:
            self.window.effects.warn(fallback.render(problem_words))
        if playbook != desk.playbook:
            desk.replace_playbook(playbook)
            self.window.effects.notice(self.tr("Playbook updated: {0}").format(playbook.name))

    # -- the menu --------------------------------------------------------------
    def _add_menu(self) -> QMenu:
        menu = QMenu(self.tr("Playbook"), self.window.host())
        menu.aboutToShow.connect(self._fill_menu)
        self.window.add_submenu(menu)
        self._fill_menu(menu)
        return menu

    def _fill_menu(self, menu: QMenu | None = None) -> None:
        menu = menu or self.menu
        menu.clear()
        if self._group is not None:
            self._group.deleteLater()  # one group per filling, not one more per opening
        group = self._group = QActionGroup(menu)
        current = self.desk.playbook.id
        library = self.parts.library
        playbooks = library.playbooks if library is not None else {current: self.parts.playbook}
        for playbook in playbooks.values():
            action = menu.addAction(
                self.tr("{0} (%n steps)", "", len(playbook.steps)).format(playbook.name)
            )
            action.setCheckable(True)
            action.setChecked(playbook.id == current)
            action.setData(playbook.id)
            group.addAction(action)
            action.triggered.connect(
                lambda _checked=False, pid=playbook.id: self.window.run_words(
                    ["switch-playbook", pid]
                )
            )
