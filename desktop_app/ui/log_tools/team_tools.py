"""The log tools in the call window: history, follow-ups, the complaints report,
exports, the ticket note and the repeat-caller banner.

``TeamTools`` joins the call window: it carries out the commands declared in
``log_commands.LogCommands`` (so a key, the ☰ menu and ``calmline ctl`` all
reach the same code), puts up the repeat-caller notice and the follow-ups-due
notice (folded with the window's other notices), and starts the follow-up
notifier. History, Follow-ups and the Report
open over the window as dialogs of their own, built once and refreshed each
time they open; each has its own message line, so a "Copied" is seen where
the agent is looking.

The repeat-caller look-up runs at once when a call starts with a phone, name
or account (``calmline ctl new-call --phone ...``), and after a short pause
in typing otherwise, so it never slows a keystroke.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.call import CallRecord
from desktop_app.core.commands import CommandError
from desktop_app.core.content.problems import said
from desktop_app.core.session import CallSession
from desktop_app.desk.desk import CallDesk
from desktop_app.store.base import FollowUp, LogError
from desktop_app.store.schema import customer_keys
from desktop_app.ui.call_window.effects import QtEffects
from desktop_app.ui.call_window.keys import key_label, to_sequence
from desktop_app.ui.call_window.window_parts import WindowParts
from desktop_app.ui.locale_formats import locale_formats
from desktop_app.ui.log_tools.follow_up_notifier import FollowUpNotifier
from desktop_app.ui.log_tools.log_commands import LogCommands
from desktop_app.ui.log_tools.repeat_caller import RepeatCallerBanner
from desktop_app.ui.widgets.follow_language import follow_language
from desktop_app.ui.widgets.icon import app_icon
from desktop_app.ui.widgets.toast import Toast

if TYPE_CHECKING:
    from desktop_app.desk.effects import Effects

    # Imported where first opened, so they cost nothing before the first paint.
    from desktop_app.ui.log_tools.export_dialog import ExportCallsDialog
    from desktop_app.ui.log_tools.exporting import SavePathChooser
    from desktop_app.ui.log_tools.followups import FollowUpsWidget
    from desktop_app.ui.log_tools.history import CallActions, CallViewer, HistoryWidget
    from desktop_app.ui.log_tools.report_view import ReportView
    from desktop_app.ui.log_tools.tool_setup import ToolSetup

log = logging.getLogger(__name__)


#: Pause in typing a phone, name or account before the log is asked about them.
LOOKUP_DELAY_MS = 400
#: Announced calls looked at one by one; more than this, and the caller is simply looked up again.
NEWS_CHECKED = 5

#: (menu text, command line), the text translated when the menu is built.
MENU_ENTRIES = (
    (QT_TRANSLATE_NOOP("TeamTools", "History…"), "history"),
    (QT_TRANSLATE_NOOP("TeamTools", "Follow-ups…"), "follow-ups"),
    (QT_TRANSLATE_NOOP("TeamTools", "Complaints report…"), "complaints-report"),
    (QT_TRANSLATE_NOOP("TeamTools", "Export calls…"), "export-calls"),
    (QT_TRANSLATE_NOOP("TeamTools", "Copy ticket note"), "copy-ticket-note"),
)


class ToolDialog(QDialog):
    """A tool over the call window, with its own message line; Esc closes it."""

    def __init__(self, title: str, window: WindowParts, size: tuple[int, int]) -> None:
        super().__init__(window.host())
        self.setWindowTitle(title)
        self.setObjectName("toolDialog")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(12, 10, 12, 12)
        self.toast = Toast(self)
        self.effects = QtEffects(self.toast, window.effects.ask)
        # Esc closes, whichever field has the cursor (a spin box keeps Esc to itself).
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.reject)
        self.resize(*size)

    def set_body(self, body: QWidget) -> None:
        self.column.addWidget(body)

    def bring_up(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()


class TeamTools(QObject, LogCommands):
    """The log tools; the commands they carry out are declared in ``LogCommands``."""

    def repeat_caller_alert(self) -> str:
        """The repeat-caller notice's headline while it is up, else ""."""
        return self.banner.said().partition("\n")[0]

    def __init__(
        self,
        window: WindowParts,
        desk: CallDesk,
        exports_folder: Path,
        *,
        choose_path: SavePathChooser | None = None,
    ) -> None:
        super().__init__(window.host())
        self.setObjectName("teamTools")
        self.window = window
        self.desk = desk
        self.exports_folder = exports_folder
        #: asks where to save; None for Qt's save dialog (tests pass their own)
        self.choose_path = choose_path
        self.history: HistoryWidget | None = None
        self.follow_ups: FollowUpsWidget | None = None
        self.report: ReportView | None = None
        self.export_dialog: ExportCallsDialog | None = None
        self.dialogs: dict[str, ToolDialog] = {}
        self.viewer: CallViewer | None = None

        self.banner = RepeatCallerBanner(
            window.typography,
            window.host(),
            detail_key=key_label(window.keymap.key_for("repeat-caller")),
        )
        self._looked_up: tuple[str, str, str] = ("", "", "")
        self.lookup_timer = QTimer(self)
        self.lookup_timer.setSingleShot(True)
        self.lookup_timer.setInterval(LOOKUP_DELAY_MS)
        self.lookup_timer.timeout.connect(self.look_up_caller)

        # Stays up until Follow-ups is opened or the call ends: a toast or a desktop
        # notification is easily missed in the middle of a call.
        self.due_bar = window.add_bar("followUpsDue")
        self._due: list[FollowUp] = []

        self.tray = self._tray_icon()
        self.notifier = FollowUpNotifier(
            self.desk.log, self.desk.clock, window.effects.warn, tray=self.tray, parent=self
        )
        self._connect()

    # -- attaching -------------------------------------------------------------
    def _connect(self) -> None:
        window = self.window
        # With the other notices, above the cards: seen before the agent says hello.
        window.add_notice(self.banner)
        self.notifier.fell_due.connect(self._fell_due)
        self.banner.open_last_call.connect(self.open_call)
        window.add_menu_entries(self._menu_entries())
        follow_language(window.host(), self._set_words)
        self.desk.on_new_session(self._new_session)
        self._new_session(self.desk.session)
        self.notifier.start()

    @staticmethod
    def _menu_entries() -> list[tuple[str, str, bool]]:
        return [
            (QCoreApplication.translate("TeamTools", str(text)), line, False)
            for text, line in MENU_ENTRIES
        ]

    def _set_words(self) -> None:
        """The menu entries and the tools' titles in the language now in use (the tools'
        own widgets follow by themselves)."""
        self.window.rename_menu_entries(self._menu_entries())
        for name, dialog in self.dialogs.items():
            dialog.setWindowTitle(self._title(name))
        key = key_label(self.window.keymap.key_for("follow-ups"))
        self.due_bar.set_action(
            self.tr("Follow-ups") + (f" · {key}" if key else ""),
            self.tr("Open Follow-ups"),
            self.open_follow_ups,
        )
        self.due_bar.setAccessibleName(self.tr("Follow-ups due"))

    def _title(self, name: str) -> str:
        titles = {
            "history": self.tr("History"),
            "follow-ups": self.tr("Follow-ups"),
            "report": self.tr("Recurring complaints"),
        }
        return titles[name]

    def _tray_icon(self) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None  # due follow-ups are then told in the window
        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip("Calmline")
        tray.activated.connect(lambda _reason: self.window.bring_to_front())
        tray.messageClicked.connect(self.open_follow_ups)
        tray.show()
        return tray

    def _new_session(self, session: CallSession) -> None:
        session.subscribe(self._session_changed)
        # What fell due was news during the call before; Follow-ups (F10) still lists it.
        self._due = []
        self.due_bar.hide()
        self.lookup_timer.stop()
        self.look_up_caller()

    def _session_changed(self, session: CallSession, what: str) -> None:
        if (
            what == "fields"
            and session is self.desk.session
            and self._caller_key(session.record) != self._looked_up
        ):
            self.lookup_timer.start()

    def _fell_due(self, items: list[FollowUp]) -> None:
        self._due += items
        if self._due:
            self.due_bar.show_words(self._due_words, "warning")

    def _due_words(self) -> str:
        from desktop_app.core.export.cards import mask_card_numbers

        if len(self._due) == 1:
            what = mask_card_numbers(self._due[0].commitment.what)
            return self.tr("Follow-up due: {0}").format(what)
        return self.tr("%n follow-ups due", "", len(self._due))

    # -- repeat callers ------------------------------------------------------------
    @staticmethod
    def _caller_key(record: CallRecord) -> tuple[str, str, str]:
        customer = record.customer
        return (customer.phone.strip(), customer.account.strip(), customer.name.strip())

    def look_up_caller(self) -> None:
        """Ask the log about the caller of the call in progress; show or hide the banner."""
        self.lookup_timer.stop()
        record = self.desk.session.record
        self._looked_up = phone, account, name = self._caller_key(record)
        try:
            self.banner.look_up(
                self.desk.log, phone=phone, account=account, name=name, exclude_call=record.id
            )
        except LogError as exc:  # the call goes on without the banner
            log.warning("repeat-caller look-up failed: %s", exc)
            self.banner.show_history(None)

    def team_news(self, heard: list[str]) -> None:
        """Look the caller up again when the team log announced a change to one of
        their calls (a colleague's call, a promise handed over or done), an erasure,
        or a reconnection after which anything may have changed."""
        record = self.desk.session.record
        caller = set(customer_keys(*self._caller_key(record)))
        if not caller:
            return  # no caller known yet: no banner to bring up to date
        named = [item.partition(":")[2] for item in heard if item.startswith(("call:", "promise:"))]
        if len(named) < len(heard) or len(set(named)) > NEWS_CHECKED:
            self.look_up_caller()  # an erasure, a reconnection, or too many to look at one by one
            return
        for call_id in dict.fromkeys(named):
            if call_id == record.id:
                continue
            try:
                announced = self.desk.log.get(call_id)
            except LogError as exc:
                log.warning("team log: cannot read the announced call %s: %s", call_id, exc)
                continue
            customer = announced.customer if announced is not None else None
            if customer is not None and caller & set(
                customer_keys(customer.phone, customer.account, customer.name)
            ):
                self.look_up_caller()
                return

    def caller(self) -> str:
        """The notice's words for the call in progress, looked up now (for scripts)."""
        self.look_up_caller()
        return self.banner.said() or "no earlier calls from this customer"

    def caller_detail(self) -> str:
        """Unfold the repeat-caller notice's detail, or fold it; a notice closed with
        Esc comes back (the customer is looked up again)."""
        if not self.banner.is_up():
            self.look_up_caller()
            if not self.banner.is_up():
                self.window.effects.notice(self.tr("No earlier calls from this customer"))
                return "no earlier calls from this customer"
        self.banner.toggle_detail()
        return "detail shown" if self.banner.detail_opened() else "detail folded"

    # -- the ticket note ---------------------------------------------------------
    def _actions(self, dialog: ToolDialog | None = None) -> CallActions:
        from desktop_app.ui.log_tools.history import CallActions

        return CallActions(
            dialog.effects if dialog is not None else self.window.effects,
            self._chooser(dialog or self.window.host()),
            self.exports_folder,
            self.window.settings.ticket_template,
            dialog or self.window.host(),
            self.desk.titles,
        )

    def _chooser(self, parent: QWidget) -> SavePathChooser:
        from desktop_app.ui.log_tools.exporting import ask_save_path

        return self.choose_path or ask_save_path(parent)

    def copy_ticket_note(self) -> str:
        """The call in progress as a ticket note on the clipboard."""
        from desktop_app.core.export.ticket_note import TemplateError, ticket_note

        session = self.desk.session
        # Not saved yet: how long so far, and the mood now.
        record = dataclasses.replace(
            session.record,
            ended_at=session.record.ended_at or self.desk.clock.now(),
            mood_end=session.record.mood_end or session.mood,
        )
        try:
            note = ticket_note(
                record,
                self.window.settings.ticket_template,
                titles=self.desk.titles(),
                formats=locale_formats(),
            )
        except TemplateError as exc:
            # the template's problems are core's English, handed on as written
            raise CommandError(
                said("settings.json, ticket_template: {problem}", problem=str(exc))
            ) from None
        self.window.effects.copy_text(note)
        self.window.effects.notice(self.tr("Ticket note copied"))
        return "ticket note copied"

    # -- the dialogs -------------------------------------------------------------
    def _dialog(
        self, name: str, size: tuple[int, int], build: Callable[[ToolDialog], QWidget]
    ) -> ToolDialog:
        dialog = self.dialogs.get(name)
        if dialog is None:
            dialog = ToolDialog(self._title(name), self.window, size)
            dialog.set_body(build(dialog))
            self.dialogs[name] = dialog
        return dialog

    def open_history(self) -> str:
        dialog = self._dialog("history", (640, 520), self._build_history)
        assert self.history is not None
        self.history.call_actions.ticket_template = self.window.settings.ticket_template
        self.history.search()
        dialog.bring_up()
        self.history.query.setFocus()
        self.history.query.selectAll()
        return "History open"

    def _build_history(self, dialog: ToolDialog) -> QWidget:
        from desktop_app.ui.log_tools.history import HistoryWidget

        self.history = HistoryWidget(
            self._setup(dialog, dialog.effects),
            ticket_template=self.window.settings.ticket_template,
            parent=dialog,
        )
        # The window's ticket-note key copies the selected call here too.
        history = self.history
        for chord in self.window.keymap.keys_for("copy-ticket-note"):
            shortcut = QShortcut(to_sequence(chord), dialog)
            shortcut.activated.connect(history.copy_selected)
        return history

    def open_follow_ups(self) -> str:
        dialog = self._dialog("follow-ups", (720, 480), self._build_follow_ups)
        assert self.follow_ups is not None
        self._due = []
        self.due_bar.hide()
        self.follow_ups.reload()
        dialog.bring_up()
        self.follow_ups.tree.setFocus()
        return "Follow-ups open"

    def _build_follow_ups(self, dialog: ToolDialog) -> QWidget:
        from desktop_app.ui.log_tools.followups import FollowUpsWidget

        follow_ups = FollowUpsWidget(self._setup(dialog, dialog.effects), dialog)
        follow_ups.open_call.connect(lambda call_id: self.open_call(call_id, dialog))
        follow_ups.changed.connect(self.look_up_caller)
        self.follow_ups = follow_ups
        return follow_ups

    def open_report(self) -> str:
        dialog = self._dialog("report", (760, 560), self._build_report)
        assert self.report is not None
        self.report.refresh()
        dialog.bring_up()
        self.report.weeks.setFocus()
        return "Report open"

    def _build_report(self, dialog: ToolDialog) -> QWidget:
        from desktop_app.ui.log_tools.report_view import ReportView

        self.report = ReportView(self._setup(dialog, dialog.effects), dialog)
        return self.report

    def _setup(self, over: QWidget, effects: Effects) -> ToolSetup:
        """What a tool shown over ``over`` is built with: the log, and files saved
        through a chooser over it."""
        from desktop_app.ui.log_tools.tool_setup import ToolSetup

        return ToolSetup(
            log=self.desk.log,
            effects=effects,
            exports_folder=self.exports_folder,
            choose_path=self._chooser(over),
            clock=self.desk.clock,
            titles=self.desk.titles,
        )

    def open_export(self) -> str:
        if self.export_dialog is None:
            from desktop_app.ui.log_tools.export_dialog import ExportCallsDialog

            host = self.window.host()
            self.export_dialog = ExportCallsDialog(self._setup(host, self.window.effects), host)
        self.export_dialog.show()
        self.export_dialog.raise_()
        self.export_dialog.activateWindow()
        self.export_dialog.format.setFocus()
        return "Export open"

    def open_call(self, call_id: str, over: ToolDialog | None = None) -> CallViewer | None:
        """A past call, read-only, with Copy note and Export (from the banner or a list)."""
        record = self.desk.log.get(call_id) if call_id else None
        if record is None:
            self.window.effects.error(self.tr("That call is no longer in the log"))
            return None
        from desktop_app.ui.log_tools.history import CallViewer

        self.viewer = CallViewer(record, self._actions(over), over or self.window.host())
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.show()
        return self.viewer


def attach_team_tools(window: WindowParts, desk: CallDesk, exports_folder: Path) -> TeamTools:
    tools = TeamTools(window, desk, exports_folder)
    # From now on history, follow-ups, the report, exports and the ticket note run here.
    desk.registry.attach(tools)
    # ``ctl status`` says what the banner says: what the agent learns before hello.
    desk.status_parts["repeat_caller"] = tools.repeat_caller_alert
    return tools


def team_tools(window: WindowParts) -> TeamTools:
    """The tools attached to ``window``."""
    tools = window.host().findChild(TeamTools, "teamTools")
    assert tools is not None, "attach_team_tools(window, ...) first"
    return tools
