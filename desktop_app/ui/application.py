"""Creates the QApplication and the window, wires them, and runs the event loop.

Every connection between the desk, the log and the views is made here, in
two functions a reader can follow top to bottom:

- ``wire(parts, window)``, as the window is made: the desk speaks through the
  window (effects, translations, the promise row) and the window's commands
  run in it;
- ``finish_start(parts, window)``, once the window has painted: the log tools,
  remote control, autosave and the disk's bars, live content, last time's
  unfinished call, the phone, and the start-up problems. Their modules are
  imported only then. Each part reaches the window through ``WindowParts``
  (``ui/call_window/window_parts.py``) and the desk it is handed.
"""

from __future__ import annotations

import gc
import logging
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app import APP_NAME, __version__, diagnostics
from desktop_app.core.settings import Settings, save_settings
from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.plumbing.store_messages import said_again
from desktop_app.ui.translations import install_translator, problem_words, use_language
from desktop_app.ui.widgets.emoji_font import emoji_family

if TYPE_CHECKING:
    from desktop_app.desk.parts import Parts
    from desktop_app.ui.plumbing.durable_start import Attached
    from desktop_app.ui.plumbing.remote import RemoteControl

qt_log = logging.getLogger("calmline.qt")


#: Messages Qt prints that say nothing about Calmline (the offscreen and
#: minimal platform plugins do not implement every window hint).
HARMLESS_QT_MESSAGES = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message in HARMLESS_QT_MESSAGES:
        return
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(mode, logging.ERROR)
    qt_log.log(level, "%s", message)
    if level >= logging.WARNING:
        print(f"Qt: {message}", file=sys.stderr)


def quiet_harmless_qt_messages() -> None:
    """Route Qt's own messages to our log, dropping the known-harmless ones."""
    qInstallMessageHandler(_qt_message)


def release_clipboard() -> None:
    """Drop clipboard data we own before Qt's own shutdown.

    The clipboard keeps the last QMimeData we set; Qt frees it after Python
    has already shut down, which crashes the interpreter on exit.
    """
    clipboard = QGuiApplication.clipboard()
    if clipboard.ownsClipboard() or clipboard.mimeData() is not None:
        clipboard.clear()


def ensure_application(*, with_icon: bool = True) -> QApplication:
    """The QApplication, made and named if there is none yet.

    ``with_icon=False`` leaves the icon to ``give_icon``: the window's start
    gives it after the first paint.
    """
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    if with_icon:
        give_icon(app)
    app.setDesktopFileName("calmline")  # matches calmline.desktop, for the task bar's icon
    install_translator(app)
    return app


def give_icon(app: QApplication) -> None:
    """Calmline's icon for every window, the task bar and dialogs.

    Imported only here: QIcon's enums and reading eight PNG files cost a few
    milliseconds that the first frame does not need (the window manager
    shows the icon as soon as it is set).
    """
    from desktop_app.ui.widgets.icon import app_icon

    app.setWindowIcon(app_icon())


def make_window(parts: Parts) -> MainWindow:
    """The window over the desk assembled in ``app.assemble``, wired to it."""
    assert parts.desk is not None, "assemble() builds the desk"
    settings_file = parts.data.settings
    app = QCoreApplication.instance()
    assert app is not None, "ensure_application() made it"
    emoji_family()  # pasted emoji show in notes even on a PC with no emoji font
    language_problem = use_language(app, parts.settings.language)
    if language_problem is not None:
        parts.problems.add(f"{settings_file} (language): {language_problem}")

    def save(settings: Settings) -> None:
        save_settings(settings, settings_file)

    window = MainWindow(
        parts.desk,
        keymap=parts.keymap,
        settings=parts.settings,
        save_settings=save,
        keymap_file=parts.data.keymap,
    )
    wire(parts, window)
    return window


def wire(parts: Parts, window: MainWindow) -> None:
    """What connects the desk and the window, made before the first paint."""
    desk = parts.desk
    assert desk is not None, "assemble() builds the desk"
    # The desk speaks through the window: the clipboard, toasts and the inline
    # question, in the agent's language.
    desk.effects = window.effects
    desk.tr = lambda text: QCoreApplication.translate("desk", text)
    desk.tr_count = lambda text, count: QCoreApplication.translate("desk", text, "", count)
    # The half-typed promise belongs to every draft and saved call (``CallDesk.draft``).
    desk.promise_being_typed = window.typed_promise
    # The window's own commands (keys, the ☰ menu, calmline ctl) run in it from now on.
    desk.registry.attach(window)
    # ``ctl status`` tells which language the window speaks, in the window's own words.
    desk.status_parts["window"] = window.words_shown


def build_window(parts: Parts) -> MainWindow:
    """``make_window`` with the team tools (history, follow-ups, exports) attached."""
    window = make_window(parts)
    add_team_tools(parts, window)
    return window


def add_team_tools(parts: Parts, window: MainWindow) -> None:
    from desktop_app.ui.log_tools.team_tools import attach_team_tools

    assert parts.desk is not None, "assemble() builds the desk"
    attach_team_tools(window, parts.desk, parts.data.exports)


def start_remote_control(parts: Parts, window: MainWindow) -> RemoteControl:
    from desktop_app.ui.plumbing.remote import RemoteControl

    remote = RemoteControl(parts.data, window.run_words_with_status, window)
    if not remote.listen():
        parts.problems.add(
            f"Remote control (calmline ctl) is off: cannot listen on {remote.name}: "
            f"{remote.error()}"
        )
    return remote


def start_phone(parts: Parts, window: MainWindow) -> None:
    """The phone program from the settings, and the call a ``calmline:`` link brought."""
    from desktop_app.ui.plumbing.phone import attach_phone, offer_first_call, open_links_from_system

    assert parts.phone_calls is not None, "assemble() builds the phone calls"
    _bridge, problem = attach_phone(window, parts.phone_calls, parts.settings.softphone)
    if problem:
        parts.problems.add(problem)
    open_links_from_system(window)
    offer_first_call(parts.phone_calls, parts.first_call)


def show_start_problems(parts: Parts, window: MainWindow) -> None:
    if not parts.problems.found:
        return
    from PySide6.QtWidgets import QMessageBox  # its class and enums: not before the first paint

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        QCoreApplication.translate(
            "MainWindow", "Calmline started, but some of your files need attention:"
        )
        + "\n\n"
        + "\n\n".join(parts.problems.said_in(problem_words, said_again)),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()


def resume_collecting() -> None:
    """Once the window has painted: collect the start's garbage, then set the rest aside.

    What the start made and still holds (modules, classes, the content, the
    window's widgets) lives as long as the window. Frozen out of Python's
    collector (``gc.freeze``), it is never walked again, so a collection
    while the agent types or steps looks at the objects made since, not
    at every one the start made.
    """
    gc.collect()
    gc.freeze()
    gc.enable()


def finish_start(parts: Parts, window: MainWindow) -> Attached:
    """Everything the first frame does not need, joined to the window once it has painted."""
    from desktop_app.ui.log_tools.team_line import attach_team_line
    from desktop_app.ui.plumbing import durable_start
    from desktop_app.ui.plumbing.first_start import ask_who_you_are

    # History, follow-ups, the report, exports and the repeat-caller banner;
    # the log commands answer "starting" until now.
    add_team_tools(parts, window)
    # The team log's quiet line, when one is configured (it lives as long as the window).
    attach_team_line(window, parts.call_log)
    # calmline ctl: the same commands, from the command line.
    start_remote_control(parts, window)
    # Autosave, write retries and live reload, then the offer of last time's unfinished call.
    attached = durable_start.attach(window, parts)
    start_phone(parts, window)
    assert parts.desk is not None, "assemble() builds the desk"
    # Once, at the very first start: who takes the calls, so the first one is logged with them.
    ask_who_you_are(
        window, parts.desk, parts.settings, partial(save_settings, path=parts.data.settings)
    )
    show_start_problems(parts, window)
    return attached


def show_unexpected(window: MainWindow, logs: Path, message: str) -> None:
    """Tell the agent something went wrong, and where the details are."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(
        window,
        APP_NAME,
        QCoreApplication.translate(
            "MainWindow", "Something went wrong: {0}\n\nDetails are in {1}."
        ).format(message, logs),
    )


def run_window(parts: Parts) -> int:
    app = ensure_application(with_icon=False)
    quiet_harmless_qt_messages()
    window = make_window(parts)

    diagnostics.set_unexpected_handler(partial(show_unexpected, window, parts.data.logs))
    started: list[Attached] = []
    window.after_first_paint(lambda: give_icon(app))
    window.after_first_paint(resume_collecting)
    window.after_first_paint(lambda: started.append(finish_start(parts, window)))
    window.show()
    try:
        return app.exec()
    finally:
        # However the loop ended (a closed window has done this already): the
        # autosave thread stops and the last changes are written before the log closes.
        for attached in started:
            attached.durability.close()
        release_clipboard()
        parts.call_log.close()
