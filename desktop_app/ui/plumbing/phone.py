"""The phone program in the window: its events on the GUI thread, its state in one line.

``PhoneBridge`` starts the ``Softphone`` named by the ``softphone`` setting
(``desk.softphone``), takes what it delivers from its own thread and hands it
to ``PhoneCalls`` on the GUI thread through a queued signal, so the window
never waits on the phone program. A connection that is down is one quiet
line under the step rail ("Phone not connected … trying again in 5 s");
the keys work as always. A call waiting is a bar with a button to take it.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QToolButton

from desktop_app.core.call_link import LinkError, is_call_link, parse_call_link
from desktop_app.core.caller import Caller, offer_words
from desktop_app.desk.phone_calls import PhoneCalls
from desktop_app.desk.softphone import (
    ENV_SOFTPHONE,
    LineStatus,
    PhoneEvent,
    Softphone,
    SoftphoneSettingError,
    parse_softphone_setting,
    softphone_setting,
)
from desktop_app.ui.call_window.keys import key_label
from desktop_app.ui.call_window.window_parts import WindowParts
from desktop_app.ui.widgets.notice_bar import NoticeBar
from desktop_app.ui.widgets.style import style_as

log = logging.getLogger(__name__)


def make_softphone(setting: str) -> Softphone | None:
    """The phone program the setting names ("" -> None); ``SoftphoneSettingError`` if unknown."""
    parsed = parse_softphone_setting(setting)
    if parsed is None:
        return None
    from desktop_app.desk.baresip import BaresipPhone

    return BaresipPhone(parsed.host, parsed.port)


class PhoneBridge(QObject):
    #: a ``PhoneEvent`` or ``LineStatus`` from the softphone's thread
    arrived = Signal(object)

    def __init__(self, window: WindowParts, calls: PhoneCalls, softphone: Softphone | None) -> None:
        super().__init__(window.host())
        self.setObjectName("phoneBridge")
        self.window = window
        self.calls = calls
        self.softphone = softphone
        self.connected = False
        self.line = QLabel(window.host())
        self.line.setObjectName("phoneLine")
        self.line.setTextFormat(Qt.TextFormat.PlainText)
        self.line.setWordWrap(True)
        self.line.setAccessibleName(self.tr("Phone connection"))
        self.line.setContentsMargins(14, 2, 14, 2)
        style_as(self.line, "caption")
        window.typography.role(self.line, 0.8)
        self.line.hide()
        window.add_under_rail(self.line)
        self.waiting_bar: NoticeBar = window.add_bar("callWaiting")
        self.take_button = QToolButton(self.waiting_bar)
        self.take_button.setObjectName("takeCall")
        self.take_button.setText(self.tr("Take call"))
        self.take_button.setAccessibleName(self.tr("Save this call and take the call waiting"))
        self.take_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.take_button.clicked.connect(lambda: window.run_words(["take-call"]))
        row = self.waiting_bar.layout()
        assert isinstance(row, QBoxLayout)
        row.insertWidget(1, self.take_button, 0, Qt.AlignmentFlag.AlignTop)
        # Queued: the softphone delivers from its own thread.
        self.arrived.connect(self._handle, Qt.ConnectionType.QueuedConnection)
        calls.on_waiting_changed(self._show_waiting)
        calls.extra_status = self._status
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        if softphone is not None:
            softphone.start(self.arrived.emit)

    def stop(self) -> None:
        if self.softphone is not None:
            self.softphone.stop()
            self.softphone = None

    def _handle(self, item: object) -> None:
        if isinstance(item, LineStatus):
            self._show_line(item)
        elif isinstance(item, PhoneEvent):
            try:
                self.calls.phone(item)
            except Exception:  # a bug must not stop the next ring from arriving
                log.exception("phone event %s failed", item.kind)

    def _show_line(self, status: LineStatus) -> None:
        self.connected = status.connected
        label = self.softphone.label if self.softphone is not None else ""
        if status.connected:
            log.info("phone: connected to %s", label)
            self.line.hide()
            return
        log.info("phone: %s: %s", label, status.message)
        self.line.setText(
            self.tr("Phone not connected ({0}): {1}. Keys work as always.").format(
                label, status.message
            )
        )
        self.line.show()

    def _show_waiting(self) -> None:
        waiting = self.calls.waiting
        if not waiting:
            self.waiting_bar.hide()
            return
        self.waiting_bar.show_words(self._waiting_words, "warning")

    def _waiting_words(self) -> str:
        waiting = self.calls.waiting
        if not waiting:
            return ""
        key = key_label(self.window.keymap.key_for("take-call"))
        text = self.tr("Call waiting: {0}").format(waiting[0].caller.describe())
        if len(waiting) > 1:
            text += " " + self.tr("(and %n more)", "", len(waiting) - 1)
        if key:
            text += " · " + self.tr("{0} saves this call and takes it").format(key)
        return text

    def _status(self) -> dict[str, Any]:
        return {
            "softphone": self.softphone.label if self.softphone is not None else "",
            "connected": self.connected,
        }


def attach_phone(window: WindowParts, calls: PhoneCalls, setting: str) -> tuple[PhoneBridge, str]:
    """The bridge with the softphone the setting names; a problem with the setting, or ""."""
    value = softphone_setting(setting)
    try:
        softphone = make_softphone(value)
    except SoftphoneSettingError as exc:
        where = ENV_SOFTPHONE if value != setting.strip() else "settings.json"
        return PhoneBridge(window, calls, None), f"{where}: {exc}; the phone is not connected"
    return PhoneBridge(window, calls, softphone), ""


class _LinkOpener(QObject):
    """macOS hands a clicked ``calmline:`` link to the running app as a FileOpen
    event (and to a starting one too, which PyInstaller's ``argv_emulation``
    turns into an argument); it opens the call as a link from the command line would."""

    def __init__(self, window: WindowParts) -> None:
        super().__init__(window.host())
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        link = event.url().toString()
        if not is_call_link(link):
            return False
        try:
            caller = parse_call_link(link)
        except LinkError as exc:
            self.window.effects.error(self.tr("This link was not opened: {0}").format(exc))
            return True
        self.window.run_words(offer_words(caller))
        self.window.bring_to_front()
        return True


def open_links_from_system(window: WindowParts) -> None:
    """Links the system hands to the running app (macOS) open calls in ``window``."""
    app = QCoreApplication.instance()
    if app is not None and sys.platform == "darwin":
        app.installEventFilter(_LinkOpener(window))


def offer_first_call(calls: PhoneCalls, caller: Caller | None) -> None:
    """The call a ``calmline:`` link started Calmline with."""
    if caller is not None:
        calls.offer(caller)
