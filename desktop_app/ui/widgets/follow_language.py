"""Words that follow a language switch: a part re-sets its texts when Qt says so.

Switching the language (☰ Language, ``set-language``) installs another
translator and Qt sends ``QEvent.LanguageChange`` to every widget. A widget,
or a part that is not one but lives on one, passes the method that sets its
words; it runs again at each switch, so what the agent typed, the rows found
and the selection stay as they were.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _LanguageWatch(QObject):
    def __init__(self, widget: QWidget, set_words: Callable[[], None]) -> None:
        super().__init__(widget)
        self._set_words = set_words
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Replacing a translator sends two of these (removed, installed): the second
        # one finds the new words, and setting the same text again costs nothing.
        if event.type() == QEvent.Type.LanguageChange:
            self._set_words()
        return False


def follow_language(widget: QWidget, set_words: Callable[[], None]) -> None:
    """Call ``set_words`` now and again whenever ``widget`` is told the language changed."""
    set_words()
    _LanguageWatch(widget, set_words)
