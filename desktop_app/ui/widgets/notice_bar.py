"""A notice that stays in the window until it is dealt with: a thin bar under the rail.

Used for what the agent must not miss but should not be interrupted by: a
disk that refuses to write, a card number masked before saving, a playbook
edit with mistakes. Text is always plain and takes one line (cut with "…" when
the window is narrow; the whole text is its tooltip and what a screen reader
reads); the × or Esc (the ``dismiss`` command, see the call window) closes it.
A notice may carry one more button, with its key, that opens what it is about
(``set_action``: the Follow-ups tool, a repeat caller's detail).

A notice whose words are built from a template (``show_words``) builds them
again when the language is switched, so it reads in the new language without
going up again; one shown with ``show_message`` keeps the words it was given.

Whether a notice is up (``is_up``) is kept apart from whether it is on screen:
when two or more are up, the window's ``NoticeStrip`` folds them into one line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.widgets.accessible import announce
from desktop_app.ui.widgets.follow_language import follow_language
from desktop_app.ui.widgets.labels import plain_label
from desktop_app.ui.widgets.style import Band, Role
from desktop_app.ui.widgets.typography import Typography


class NoticeBar(Band):
    #: the notice went up (True: shown, or shown again with new words) or down (False)
    up_changed = Signal(bool)
    # the notice, still up, was worded again (the language was switched)
    reworded = Signal()
    # the notice wants to be seen whole (its detail was opened while it was folded)
    needs_room = Signal()

    def __init__(self, name: str, typography: Typography, parent: QWidget | None = None) -> None:
        self._up = False
        self._folded = False
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setProperty("purpose", name)
        self.set_accent(Role.PlaceholderText)
        # the notice's line on top; a subclass may add a detail below it
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        row = QHBoxLayout()
        row.setContentsMargins(12, 6, 6, 6)
        row.setSpacing(6)
        self.column.addLayout(row)
        self._text = ""
        self._words: Callable[[], str] | None = None
        self._own_name = ""
        self.label: QLabel = plain_label("", self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # One line whatever the text: the label takes the width it is given.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        typography.role(self.label, 0.85)
        row.addWidget(self.label, 1)
        # what the notice is about, opened by its key (hidden until ``set_action``)
        self.action_button = QToolButton(self)
        self.action_button.setAutoRaise(True)
        self.action_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.action_button.hide()
        self._action: Callable[[], object] | None = None
        self.action_button.clicked.connect(self.run_action)
        row.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.close_button.clicked.connect(self.hide)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()
        follow_language(self, self._set_bar_words)

    def _set_bar_words(self) -> None:
        # "Notice", unless the part that put it up named it ("Team log", "Repeat caller").
        if self.accessibleName() in ("", self._own_name):
            self._own_name = self.tr("Notice")
            self.setAccessibleName(self._own_name)
        self.close_button.setText(self.tr("× Esc"))
        self.close_button.setAccessibleName(self.tr("Close this notice"))
        if self._words is not None and self._up:
            self._set_text(self._words())
            self.reworded.emit()

    def set_action(self, text: str, name: str, run: Callable[[], object]) -> None:
        """A button on the notice, its key in ``text`` ("Follow-ups · F10"), that runs
        ``run``; call again with new words (a language switch, a key changed)."""
        self._action = run
        self.action_button.setText(text)
        self.action_button.setAccessibleName(name)
        self.action_button.show()

    def run_action(self) -> None:
        """What the notice's button does (nothing when it has none)."""
        if self._action is not None:
            self._action()

    def is_up(self) -> bool:
        """Shown, or waiting in the folded strip; False once closed."""
        return self._up

    def setVisible(self, visible: bool) -> None:
        # show() and hide() land here: they put the notice up or take it down;
        # the strip alone decides whether an up notice is folded away.
        self._up = visible
        super().setVisible(visible and not self._folded)
        self.up_changed.emit(visible)

    def fold(self, folded: bool) -> None:
        """Fold the notice into the strip's line (it stays up), or unfold it."""
        self._folded = folded
        super().setVisible(self._up and not folded)

    @property
    def text(self) -> str:
        """The whole notice, however much of it the window has room for."""
        return self._text

    def _fit(self) -> None:
        metrics = self.label.fontMetrics()
        shown = metrics.elidedText(self._text, Qt.TextElideMode.ElideRight, self.label.width())
        self.label.setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def show_message(self, text: str, kind: str = "notice") -> None:
        """Put the notice up with ``text``; it keeps these words until it goes."""
        self._words = None
        self._go_up(text, kind)

    def show_words(self, words: Callable[[], str], kind: str = "notice") -> None:
        """Put the notice up with what ``words`` says now, and say it again in the new
        language whenever the language is switched while it is up."""
        self._words = words
        self._go_up(words(), kind)

    def _go_up(self, text: str, kind: str) -> None:
        self.setProperty("kind", kind)
        # Its left edge: the highlight colour for what went wrong, muted otherwise.
        serious = kind in ("error", "warning")
        self.set_accent(Role.Highlight if serious else Role.PlaceholderText)
        spoken = self._set_text(text)
        self.show()
        announce(self, spoken, urgent=serious)

    def more_to_say(self) -> str:
        """What a screen reader hears after the line (a subclass's detail); "" here."""
        return ""

    def _set_text(self, text: str) -> str:
        """Show ``text`` on one line; what a screen reader reads of the notice."""
        self._text = " ".join(text.split())  # one line: a line break would grow the bar
        self.label.setToolTip(self._text)
        self._fit()
        how_to_close = self.tr(
            "To close this notice, press Escape or its button “Close this notice”."
        )
        spoken = " ".join(part for part in (text, self.more_to_say(), how_to_close) if part)
        self.setAccessibleDescription(spoken)
        return spoken


def add_notice_bar(
    window: QMainWindow, above: QWidget, name: str, typography: Typography
) -> NoticeBar:
    """A new, hidden bar in ``window``'s main column, just below ``above`` (the strip
    that folds the notices)."""
    bar = NoticeBar(name, typography, window.centralWidget())
    insert_below(window, above, bar)
    return bar


def insert_below(window: QMainWindow, above: QWidget, bar: QWidget) -> None:
    """Put ``bar`` in ``window``'s main column, just below ``above``."""
    central = window.centralWidget()
    column = central.layout() if central is not None else None
    assert isinstance(column, QBoxLayout), "the window's central widget has a column layout"
    column.insertWidget(column.indexOf(above) + 1, bar)
