"""The ☰ menu's Language entry: the system's language, then each one shipped."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.ui.translations import language_name, shipped_languages


class LanguageMenu(QMenu):
    def __init__(self, choose: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        group = QActionGroup(self)
        #: the language code of each entry, "" for the system's language
        self.entries: dict[str, QAction] = {}
        for code in ["", *shipped_languages()]:
            action = self.addAction(language_name(code) if code else "")
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: choose(code))
            self.entries[code] = action
        self.retranslate()

    def retranslate(self) -> None:
        # The languages themselves keep their own names: "Español" whatever the window speaks.
        self.setTitle(self.tr("Language"))
        self.entries[""].setText(self.tr("System language"))

    def show_choice(self, code: str) -> None:
        """Tick the entry of the language in the settings (none, if none of them)."""
        action = self.entries.get(code.strip())
        if action is not None:
            action.setChecked(True)
