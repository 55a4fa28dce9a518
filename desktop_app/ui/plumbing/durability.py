"""Keeping the call in the window safe on disk, as the agent experiences it.

``Durability`` attaches to the running window:

- every change of the call (session events: steps, cards, mood, every note
  field, promises) and every keystroke in the half-typed promise row marks
  the call changed for the ``Autosaver``, which writes a draft within 1 s of
  a pause and at least every 2 s while typing goes on;
- a call that begins with something in it (``new-call --name``, a phone
  program, a restored draft) is written at once, before anything else changes;
- what a draft holds (the promise typed but not yet added included), what a
  saved call holds and when the draft is cleared are the desk's rules
  (``CallDesk.draft``, ``save_call``, ``draft_written``); this module keeps
  the timers, the autosave thread and the bars;
- a page of the log found damaged while the window runs replaces the log with
  what can still be read (``PendingCallLog``); a bar says where the damaged
  file went and how many calls were copied;
- ``RetryWrites`` keeps trying to write calls the disk refused; while the disk
  refuses, a bar names the path and says the call is kept; it goes away once
  writing works again;
- when a card number or security code is taken out before saving, a short
  bar says so (the screen keeps what was typed; the disk only the masked form);
- the agent's name and company typed into the inline question are kept in
  the settings, so they are not asked again next start;
- closing the window writes the last changes: an unfinished call stays as a
  draft, offered by ``restore_unfinished_call`` at the next start (a bar,
  answered by Enter or Esc, or by starting on another call); if the
  disk still refuses something, closing asks first (``confirm_close``).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app import APP_NAME
from desktop_app.core.call import CallRecord
from desktop_app.core.redaction import RedactionReport, redact_record
from desktop_app.core.session import CallSession
from desktop_app.core.settings import Settings, save_settings
from desktop_app.desk.desk import CallDesk, UnfinishedCall
from desktop_app.desk.status import DraftState
from desktop_app.store.base import LogError
from desktop_app.store.pending import PendingCallLog
from desktop_app.ui.plumbing.autosave import MAX_WAIT_MS, QUIET_MS, RETRY_MS, Autosaver, RetryWrites
from desktop_app.ui.plumbing.redaction_words import RedactionWords
from desktop_app.ui.plumbing.restore import Ask, RestoreBar, describe_draft
from desktop_app.ui.plumbing.store_messages import said_again

if TYPE_CHECKING:
    from pathlib import Path

    from desktop_app.core.content import LoadResult
    from desktop_app.ui.call_window.window_parts import WindowParts

log = logging.getLogger(__name__)


class Durability(QObject):
    def __init__(
        self,
        window: WindowParts,
        desk: CallDesk,
        call_log: PendingCallLog,
        *,
        settings_file: Path | None = None,
        confirm_close: Ask | None = None,
        quiet_ms: int = QUIET_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        retry_ms: int = RETRY_MS,
    ) -> None:
        super().__init__(window.host())
        self.window = window
        self.desk = desk
        self.call_log = call_log
        self.settings: Settings = window.settings
        self.settings_file = settings_file
        #: asked before closing would lose calls the disk refused
        self.confirm_close: Ask = confirm_close or confirm_with_message_box(window.host())
        self._closed = False
        self._storage_failing = False
        self._redaction_shown = ""

        # Added in this order, the storage bar sits above the redaction bar.
        self.redaction_bar = window.add_bar("redaction", this_call_only=True)
        self.redaction_words = RedactionWords(self)
        self.storage_bar = window.add_bar("storage")
        self.damage_bar = window.add_bar("damage")

        self.autosaver = Autosaver(
            self.snapshot,
            call_log.open_draft_sink(),
            quiet_ms=quiet_ms,
            max_wait_ms=max_wait_ms,
            retry_ms=retry_ms,
            parent=self,
        )
        self.autosaver.failed.connect(self._write_failed)
        self.autosaver.recovered.connect(self._maybe_recovered)
        self.autosaver.redacted.connect(self._show_redaction)
        self.autosaver.saved.connect(self._draft_saved)
        self.retry = RetryWrites(call_log, interval_ms=retry_ms, parent=self)
        self.retry.written.connect(self._maybe_recovered)
        call_log.damage_listeners.append(self._log_replaced)

        # The event loop can end without the window being closed (exit(), the
        # desktop session ending): the autosave thread is stopped and the last
        # changes written then too, instead of Qt aborting on a running thread.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

        self.desk.on_new_session(self._watch_session)
        self._watch_session(self.desk.session)
        window.on_promise_typed(self._changed)
        window.add_close_check(self._may_close)

    # -- what is kept ----------------------------------------------------------
    def snapshot(self) -> tuple[CallRecord, int] | None:
        """The call in progress as it should be autosaved (``CallDesk.draft``)."""
        return self.desk.draft()

    # -- what status reports ---------------------------------------------------
    def draft_state(self) -> DraftState:
        return DraftState(
            on_disk_call_id=self.call_log.draft_call_id_on_disk(),
            written_at=self.autosaver.last_written,
            writing=self.autosaver.writing,
            failing=self.autosaver.failing,
        )

    def calls_waiting(self) -> int:
        return self.call_log.waiting

    def write_problem(self) -> str:
        return self.call_log.problem

    # -- listening -------------------------------------------------------------
    def _watch_session(self, session: CallSession) -> None:
        session.subscribe(self._session_event)
        self._redaction_shown = ""  # a new call: its own masked numbers are news again
        self._remember_agent()
        if self.call_log.problem:  # e.g. the last save was refused: the call waits in memory
            self._write_failed(self.call_log.problem)
        if not self._closed and self.desk.has_unsaved_work():
            # Opened with the caller's name or number (or restored): that alone is worth
            # keeping, and no session event will follow until the agent does something.
            self.autosaver.save_now()

    def _session_event(self, session: CallSession, what: str) -> None:
        if session is not self.desk.session:
            return
        if what == "finished":
            # Saving: nothing is written here; names typed meanwhile are kept once the
            # log has the call and the next one begins (``_watch_session``).
            self._show_redaction(redact_record(session.record)[1])
        else:
            self._remember_agent()
        self._changed()

    def _changed(self, *_: object) -> None:
        if not self._closed:
            self.autosaver.mark_changed()

    def _draft_saved(self) -> None:
        self.desk.draft_written()

    def _remember_agent(self) -> None:
        """Names typed into the inline question go into the settings, once."""
        settings = self.settings
        if (self.desk.agent, self.desk.company) == (settings.agent_name, settings.company):
            return
        settings.agent_name, settings.company = self.desk.agent, self.desk.company
        if self.settings_file is None:
            return
        try:
            save_settings(settings, self.settings_file)
        except OSError as exc:
            self.window.effects.error(
                self.tr("Could not keep your name and company in {0}: {1}").format(
                    self.settings_file, exc.strerror or exc
                )
            )

    # -- notices ---------------------------------------------------------------
    def _write_failed(self, message: str) -> None:
        self.storage_bar.show_words(
            lambda: self.tr(
                "Not written to disk: {0}\nNothing is lost: Calmline keeps it and writes it "
                "as soon as the disk allows."
            ).format(message),
            "error",
        )
        if not self._storage_failing:
            self._storage_failing = True
            self.window.effects.error(message)

    def _log_replaced(self, notice: str) -> None:
        """A damaged page was met while running: the agent learns where the file went."""
        # The log writes its notice in English; it is said in the agent's language,
        # again after a switch, with the paths and counts as written.
        self.damage_bar.show_words(lambda: said_again(notice), "warning")
        self.window.effects.error(self.tr("The call log was damaged and has been replaced"))

    def _maybe_recovered(self) -> None:
        if self.autosaver.failing or self.call_log.problem or not self._storage_failing:
            return
        self._storage_failing = False
        self.storage_bar.hide()
        self.window.effects.notice(
            self.tr("Writing works again: everything is in {0}").format(self.call_log.path)
        )

    def _show_redaction(self, report: RedactionReport) -> None:
        notice = report.notice()
        if not notice or notice == self._redaction_shown:
            return
        self._redaction_shown = notice
        self.redaction_bar.show_words(lambda: self.redaction_words.say(report), "warning")

    # -- closing ---------------------------------------------------------------
    def _may_close(self) -> bool:
        """Asked as the window closes: False keeps Calmline open until the disk takes it."""
        if self._closed:
            return True
        at_risk = self.unwritten()
        if at_risk and not self.confirm_close(at_risk):
            return False
        self.close()
        return True

    def unwritten(self) -> str:
        """What closing now would lose, as a question for the agent; "" when nothing."""
        log = self.call_log
        if log.waiting or log.problem:
            log.flush()
        what = []
        if log.waiting:
            what.append(self.tr("%n saved call(s)", "", log.waiting))
        if self.autosaver.failing and self.snapshot() is not None:
            what.append(self.tr("the call in progress"))
        if not what:
            return ""
        return self.tr(
            "{what} could not be written to {path} yet: {problem}\n\n"
            "If Calmline closes now, this is lost. Close anyway?"
        ).format(
            what=self.tr(" and ").join(what),
            path=log.path,
            problem=log.problem or self.tr("the disk refuses to write"),
        )

    def close(self) -> None:
        """Write the last changes; an unfinished call stays as a draft for next start."""
        if self._closed:
            return
        self._closed = True
        self.retry.stop()
        self.call_log.damage_listeners.remove(self._log_replaced)
        self.autosaver.close(final_save=True)
        if (self.call_log.waiting or self.call_log.problem) and not self.call_log.flush():
            log.error(
                "closing with %d call(s) not written to %s: %s",
                self.call_log.waiting,
                self.call_log.path,
                self.call_log.problem,
            )


def restore_unfinished_call(
    window: WindowParts,
    desk: CallDesk,
    call_log: PendingCallLog,
    ask: Ask | None,
    library: LoadResult | None = None,
) -> bool:
    """Offer the call that was in progress when Calmline last stopped, in a bar at the top
    of the window; ``ask`` answers at once instead (tests, the self-test). True if restored."""
    try:
        draft = call_log.load_draft()
    except LogError as exc:
        window.effects.error(str(exc))
        return False
    if draft is None:
        return False
    record, step_index = draft
    playbook = library.playbooks.get(record.playbook_id) if library is not None else None
    bar = RestoreBar(
        window.typography,
        lambda: window.run_command("restore-call"),
        lambda: window.run_command("keep-unfinished-call"),
        window.host().centralWidget(),
    )
    window.add_below_question(bar)
    desk.on_unfinished(bar.show_offer)
    desk.offer_unfinished(UnfinishedCall(record, step_index, playbook))
    if ask is None:
        return False
    if ask(describe_draft(record, step_index)):
        desk.carry_on_unfinished()
        return True
    desk.keep_unfinished()
    return False


def confirm_with_message_box(parent: QWidget) -> Ask:
    """The real question before closing would lose something; staying open is the default."""

    def confirm(text: str) -> bool:
        box = QMessageBox(parent)
        box.setWindowTitle(APP_NAME)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.setIcon(QMessageBox.Icon.Warning)
        stay = box.addButton(
            QCoreApplication.translate("Durability", "Keep Calmline open"),
            QMessageBox.ButtonRole.RejectRole,
        )
        close = box.addButton(
            QCoreApplication.translate("Durability", "Close and lose it"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(stay)
        box.exec()
        return box.clickedButton() is close

    return confirm
