"""The first start asks once who the agent is, so that the first call is logged with them.

An inline question, never a dialog: the window, its keys and ``calmline ctl``
work while it shows. Answered or skipped with Escape, it is never asked
again (``Settings.first_start_asked``); the name and company are kept in
the settings, where a card's question keeps them too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop_app.core.settings import Settings
from desktop_app.desk.desk import CallDesk
from desktop_app.ui.call_window.ask_bar import WHO_YOU_ARE, Row, placeholder_label
from desktop_app.ui.call_window.main_window import MainWindow

SaveSettings = Callable[[Settings], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirstStart", text)


def ask_who_you_are(
    window: MainWindow, desk: CallDesk, settings: Settings, save: SaveSettings
) -> bool:
    """Ask for the agent's name and company unless asked before or known; True if asked."""
    if settings.first_start_asked or settings.agent_name:
        return False

    def settle(values: dict[str, str]) -> None:
        settings.first_start_asked = True
        if values:
            desk.remember_answers(values)  # the call on screen is theirs too
            settings.agent_name, settings.company = desk.agent, desk.company
        try:
            save(settings)
        except OSError as exc:
            window.effects.error(_tr("Could not save the settings: {0}").format(exc))

    window.ask_bar.ask_rows(
        WHO_YOU_ARE,
        _tr("Welcome to Calmline. Who is taking the calls? (asked once)"),
        [
            Row("agent_name", placeholder_label("agent_name")),
            Row("company", placeholder_label("company"), needed=False),
        ],
        _tr("Enter keeps them for every call · Esc skips this"),
        settle,
        lambda: settle({}),
    )
    return True
