"""Wrapping up a call by keyboard: saving asks for what the playbook requires, and a
new call started from the keyboard asks first whether to save the one typed into.

The rule (which fields are missing) is the desk's (``core.wrap_up``); this only
asks, in the window's inline question, and carries on once answered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from desktop_app.core.commands import CommandError
from desktop_app.desk.desk import CallDesk
from desktop_app.desk.effects import Effects
from desktop_app.ui.call_window.ask_bar import BEFORE_SAVING, SAVE_FIRST, AskBar, Row
from desktop_app.ui.call_window.notes_pane import outcome_label
from desktop_app.ui.translations import error_words

#: Runs a command line's words without asking anything first: (worked, message, status).
Run = Callable[[Sequence[str]], tuple[bool, str, str]]

_FIELD_WORDS = {
    "name": QT_TRANSLATE_NOOP("WrapUp", "Customer's name"),
    "account": QT_TRANSLATE_NOOP("WrapUp", "Account or ticket"),
    "phone": QT_TRANSLATE_NOOP("WrapUp", "Phone"),
    "category": QT_TRANSLATE_NOOP("WrapUp", "Category"),
    "reason": QT_TRANSLATE_NOOP("WrapUp", "Reason for the call"),
    "resolution": QT_TRANSLATE_NOOP("WrapUp", "Resolution"),
    "outcome": QT_TRANSLATE_NOOP("WrapUp", "Outcome"),
    "cause": QT_TRANSLATE_NOOP("WrapUp", "Cause"),
    "notes": QT_TRANSLATE_NOOP("WrapUp", "Notes"),
}


def field_label(name: str) -> str:
    return QCoreApplication.translate("WrapUp", str(_FIELD_WORDS.get(name, name)))


class WrapUp(QObject):
    def __init__(
        self, desk: CallDesk, ask_bar: AskBar, effects: Effects, run: Run, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._ask_bar = ask_bar
        self._effects = effects
        self._run = run

    def ask_before_saving(
        self, missing: Sequence[str], then: Callable[[], object] | None = None
    ) -> None:
        """Ask for the ``missing`` fields; Enter fills them in, saves, then runs ``then``."""
        rows = [Row(name, field_label(name), self._choices(name)) for name in missing]
        self._ask_bar.ask_rows(
            BEFORE_SAVING,
            self.tr("Before it is saved, the log entry needs:"),
            rows,
            self.tr("Enter saves the call · Esc goes back to it"),
            lambda values: self._fill_and_save(values, then),
            lambda: self._effects.notice(self.tr("Not saved: back to the call")),
        )

    def ask_save_first(self) -> None:
        """A new call from the keyboard while this one holds typing: save it first?"""
        self._ask_bar.confirm(
            SAVE_FIRST,
            self.tr("Save this call to the log before starting a new one?"),
            self.tr("Enter saves it, then starts the new call · Esc goes back to the call"),
            lambda: self.save_then(lambda: self._run(["new-call"])),
            lambda: self._effects.notice(self.tr("Back to the call")),
        )

    def save_then(self, then: Callable[[], object] | None = None) -> None:
        """Save the call (asking first for what it lacks), then run ``then``."""
        missing = self._desk.missing_fields()
        if missing:
            self.ask_before_saving(missing, then)
            return
        ok, _message, _status = self._run(["save-call"])
        if ok and then is not None:
            then()

    def _fill_and_save(self, values: dict[str, str], then: Callable[[], object] | None) -> None:
        try:
            for name, value in values.items():
                self._desk.set_field(name, value)
        except CommandError as exc:
            self._effects.error(error_words(exc))
            return
        self.save_then(then)

    def _choices(self, name: str) -> tuple[tuple[str, str], ...]:
        values = self._desk.field_choices(name)
        label = outcome_label if name == "outcome" else str
        return tuple((value, label(value)) for value in values)
