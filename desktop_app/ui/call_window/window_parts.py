"""What the parts that join the call window may use of it, and nothing else.

The log tools, autosave and the disk's bars, live content, the restore offer
and the phone line are built after the window's first paint. They reach the
window only through ``WindowParts``: a place for their bars and widgets, the
menu, the keys, the window's effects and its command line. ``MainWindow``
implements it; ``ui.application.wire`` hands the window to each part.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from desktop_app.core.keymap import Keymap
from desktop_app.core.settings import Settings
from desktop_app.ui.call_window.effects import QtEffects
from desktop_app.ui.widgets.notice_bar import NoticeBar
from desktop_app.ui.widgets.typography import Typography

#: (menu text, command line, checkable)
MenuEntry = tuple[str, str, bool]


class WindowParts(Protocol):
    @property
    def effects(self) -> QtEffects:
        """The window's clipboard, toasts and inline question."""
        ...

    @property
    def keymap(self) -> Keymap:
        """The keys in use, to show beside a button or a bar."""
        ...

    @property
    def settings(self) -> Settings:
        """The agent's settings (the window saves its own options in them)."""
        ...

    @property
    def typography(self) -> Typography:
        """Text sizes, for a part's own widgets."""
        ...

    def host(self) -> QMainWindow:
        """The window itself: the parent of a part's dialogs and objects."""
        ...

    def add_bar(self, name: str, *, this_call_only: bool = False) -> NoticeBar:
        """A new, hidden notice bar below the inline question; later bars sit above earlier ones.

        Esc closes the one on top; a ``this_call_only`` bar closes when the next call starts.
        """
        ...

    def add_notice(self, bar: NoticeBar, *, this_call_only: bool = False) -> None:
        """A notice of a part's own making (a subclass of ``NoticeBar``), placed and
        folded with the others as ``add_bar``'s are."""
        ...

    def add_below_question(self, bar: QWidget) -> None:
        """A bar of a part's own just below the inline question."""
        ...

    def add_under_rail(self, widget: QWidget) -> None:
        """A widget between the step rail and the inline question, seen before hello."""
        ...

    def add_menu_entries(self, entries: Sequence[MenuEntry]) -> None:
        """Entries in the ☰ menu, each with its key."""
        ...

    def rename_menu_entries(self, entries: Sequence[MenuEntry]) -> None:
        """New words for entries added before (a language switch), each with its key."""
        ...

    def add_submenu(self, menu: QMenu) -> None:
        """A submenu at the end of the ☰ menu."""
        ...

    def run_words(self, words: Sequence[str]) -> tuple[bool, str]:
        """Run a command already split into words; a failure is shown to the agent."""
        ...

    def run_command(self, line: str) -> tuple[bool, str]:
        """Run a command line; a failure is shown to the agent."""
        ...

    def bring_to_front(self) -> None: ...

    def add_close_check(self, may_close: Callable[[], bool]) -> None:
        """Asked before the window closes; False keeps it open."""
        ...

    def on_promise_typed(self, changed: Callable[[], None]) -> None:
        """``changed`` runs on every edit of the half-typed promise row."""
        ...
