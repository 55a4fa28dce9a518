"""Real call windows and real call logs in temp data dirs, with test content.

``make_window``/``window``: the call window over an empty log and a small playbook.
``call_log``: a log filled with realistic calls, for history, follow-ups and reports.
``window_language``: every test leaves the window's translator and the default
locale as it found them, whatever language it switched to.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QTranslator
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import assemble_desk
from desktop_app.core.playbook import PhraseCard, Playbook, Situation, Step
from desktop_app.core.settings import Settings
from desktop_app.desk.parts import Parts, StartupProblems
from desktop_app.paths import DataDir
from desktop_app.store.factory import open_log
from desktop_app.store.pending import PendingCallLog
from desktop_app.store.sqlite_log import SqliteCallLog
from desktop_app.ui.application import build_window, release_clipboard
from desktop_app.ui.call_window.cards import CardView
from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.translations import QT_TRANSLATOR_NAME, TRANSLATOR_NAME
from tests.synthetic import fill_log, sample_call, synthetic_calls


def sample_playbook() -> Playbook:
    def step(sid: str, title: str, *cards: PhraseCard) -> Step:
        return Step(
            id=sid,
            title=title,
            goal=f"The goal of {title}",
            do=(f"Do {sid}",),
            dont=(f"Don't {sid}",),
            move_on_when=f"When {sid} is done",
            cards=cards,
        )

    return Playbook(
        id="sample",
        name="Sample",
        language="en",
        steps=(
            step(
                "listen",
                "Listen",
                PhraseCard("listen-go-on", "Invite them on", "Please go on, I'm listening."),
                PhraseCard("listen-notes", "Taking notes", "I'm writing this down."),
            ),
            step(
                "acknowledge",
                "Acknowledge",
                PhraseCard(
                    "ack-name", "Name the feeling", "That sounds frustrating, {customer_name}."
                ),
                PhraseCard("ack-thanks", "Thank them", "Thank you for telling me."),
            ),
            step(
                "resolve",
                "Resolve",
                PhraseCard(
                    "resolve-refund",
                    "Offer a refund",
                    "I can refund the charge today.",
                    tags=("money",),
                ),
            ),
            step("log", "Log", PhraseCard("log-bye", "Close warmly", "Thanks for your patience.")),
        ),
        situations=(
            Situation(
                "abusive",
                "Abusive caller",
                (PhraseCard("abusive-warn", "Warn once", "Let's keep this respectful."),),
            ),
            Situation(
                "supervisor",
                "Wants a supervisor",
                (PhraseCard("sup-offer", "Own it first", "Let me try to fix this first."),),
            ),
        ),
        categories=("billing", "delivery", "other"),
        reescalate_to="acknowledge",
    )


WindowFactory = Callable[..., MainWindow]


class LanguageInUse:
    """The application's translators and default locale at one moment, to put back.

    The language is the whole application's, so a test that switches it would
    leave the next test speaking Spanish or writing dates the Spanish way.
    ``use_language`` deletes the translators it replaces, so they are put back
    as the same files loaded again.
    """

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.locale = QLocale()
        self.files = self.translation_files()

    def translation_files(self) -> list[tuple[str, str]]:
        """The window's and Qt's own translators now (name, file), in the order
        they were installed."""
        found = [
            (name, t.filePath())
            for name in (TRANSLATOR_NAME, QT_TRANSLATOR_NAME)
            for t in self.app.findChildren(QTranslator, name)
        ]
        return list(dict.fromkeys(found))

    def put_back(self) -> None:
        QLocale.setDefault(self.locale)
        if self.translation_files() == self.files:
            return
        for name in (TRANSLATOR_NAME, QT_TRANSLATOR_NAME):
            for translator in self.app.findChildren(QTranslator, name):
                self.app.removeTranslator(translator)
                translator.setParent(None)
                translator.deleteLater()
        for name, path in self.files:
            translator = QTranslator(self.app)
            translator.setObjectName(name)
            assert translator.load(path), path
            self.app.installTranslator(translator)


@pytest.fixture(autouse=True)
def window_language(qapp: QApplication) -> Iterator[LanguageInUse]:
    """Whatever language a test switches to, the one before is back afterwards."""
    before = LanguageInUse(qapp)
    yield before
    before.put_back()


def spoken_card(view: CardView) -> QAccessibleInterface:
    """What a screen reader is told of a card: a child of its list's interface."""
    cards = view.card_list()
    listed = QAccessible.queryAccessibleInterface(cards)
    assert listed is not None
    card = listed.child(cards.views.index(view))
    assert card is not None
    return card


def click_card(qtbot: QtBot, view: CardView, pos: QPoint | None = None) -> None:
    """A left click on the card (at ``pos`` in it), as the agent clicks it."""
    where = view.geometry().topLeft() + (pos if pos is not None else QPoint(20, 10))
    qtbot.mouseClick(view.card_list(), Qt.MouseButton.LeftButton, pos=where)


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed where the keyboard focus is, as the agent presses it."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path) -> Iterator[WindowFactory]:
    opened: list[Parts] = []

    def make(
        playbook: Playbook | None = None,
        data_root: Path | None = None,
        settings: Settings | None = None,
    ) -> MainWindow:
        """The window shown and active; ``settings`` instead of the data dir's file."""
        data = DataDir(data_root or tmp_path / "data").create()
        parts = Parts(
            data,
            playbook or sample_playbook(),
            SqliteCallLog(data.call_log),
            StartupProblems(),
        )
        assemble_desk(parts, settings)
        window = build_window(parts)
        window.parts = parts  # type: ignore[attr-defined]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        opened.append(parts)
        return window

    yield make
    release_clipboard()
    for parts in opened:
        parts.call_log.close()


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()


#: the base colour of ``dark_palette``
DARK_BASE = (38, 41, 45)


@pytest.fixture
def dark_palette(qapp: QApplication) -> Iterator[QPalette]:
    """A dark palette for the whole application, the light one back afterwards: dark
    grounds, light text, and the platform's own highlight colour.

    Set with ``QApplication.setPalette``; widgets get it through the event loop.
    """
    before = qapp.palette()
    dark = QPalette(before)
    role = QPalette.ColorRole
    light_text = QColor(230, 230, 230)
    muted = QColor(light_text)
    muted.setAlpha(128)  # as Qt derives it from the text colour
    for name, colour in (
        (role.Window, QColor(30, 32, 36)),
        (role.Base, QColor(*DARK_BASE)),
        (role.AlternateBase, QColor(48, 51, 56)),
        (role.Button, QColor(48, 51, 56)),
        (role.Mid, QColor(90, 94, 100)),
        (role.Midlight, QColor(70, 74, 80)),
        (role.Text, light_text),
        (role.WindowText, light_text),
        (role.ButtonText, light_text),
        (role.PlaceholderText, muted),
        (role.Highlight, QColor(48, 140, 198)),  # Qt's own accent blue
        (role.HighlightedText, QColor(255, 255, 255)),
    ):
        dark.setColor(name, colour)
    qapp.setPalette(dark)
    yield dark
    qapp.setPalette(before)


@pytest.fixture
def call_log(tmp_path: Path) -> Iterator[SqliteCallLog]:
    log = SqliteCallLog(tmp_path / "calls.sqlite3")
    fill_log(log, synthetic_calls(120, seed=21, weeks=10))
    log.save(sample_call())
    yield log
    log.close()


class PickPath:
    """Stands in for the save dialog: answers with a fixed path and remembers the question."""

    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.asked: list[tuple[str, Path, str]] = []

    def __call__(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        self.asked.append((title, suggested, file_filter))
        return self.answer


@pytest.fixture
def offline_team_log(tmp_path: Path) -> Iterator[PendingCallLog]:
    """A local log whose team log is configured on a loopback port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = int(probe.getsockname()[1])
    log = open_log(
        tmp_path / "team-calls.sqlite3",
        team_log=f"host=127.0.0.1 port={closed_port} dbname=x user=ana",
    ).log
    yield log
    log.close()


#: the agent's own change to the built-in playbook: a card title too long, a placeholder misspelt
BROKEN_PLAYBOOK = """\
format: 1
extends: calm-six
steps:
  - id: listen
    cards:
      - id: my-hello
        title: A card title that is much too long to fit on the card
        text: Hello {custmer_name}
"""


def start_up_box(
    qtbot: QtBot, data: DataDir, also: Callable[[Parts, MainWindow], None] | None = None
) -> tuple[list[str], str]:
    """Start the window on ``data`` as Calmline starts (``also`` runs before the box
    shows, e.g. the phone's start): the problems in English, as the diagnostics log
    has them, and the start-up box's text. The language is put back to English."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.app import assemble
    from desktop_app.ui.application import show_start_problems
    from desktop_app.ui.translations import use_language

    parts = assemble(data)
    app = QCoreApplication.instance()
    assert app is not None
    try:
        window = build_window(parts)
        qtbot.addWidget(window)
        if also is not None:
            also(parts, window)
        show_start_problems(parts, window)
        (box,) = window.findChildren(QMessageBox)
        qtbot.waitUntil(box.isVisible)
        return parts.problems.messages, box.text()
    finally:
        use_language(app, "en")
        parts.call_log.close()
