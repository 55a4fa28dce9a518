"""The call window: step rail, the current step and its cards, situations and notes.

Thin view over the ``CallDesk``: it renders the call and turns key presses,
clicks and menu entries into named commands. Every page (one per step and
situation) is built once; moving between steps only switches pages.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.core.call import EventKind
from desktop_app.core.call_time import NO_CALL, RINGING, talk_time
from desktop_app.core.commands import Arg, CommandError, Invocation, command, split_command_line
from desktop_app.core.keymap import Keymap, default_keymap
from desktop_app.core.playbook import PhraseCard, Situation
from desktop_app.core.session import CallSession, SessionError
from desktop_app.core.settings import Settings
from desktop_app.desk.desk import CallDesk, MissingFieldsError
from desktop_app.desk.effects import Answer, MissingValues
from desktop_app.ui.call_window.ask_bar import BEFORE_SAVING, CARD, SAVE_FIRST, AskBar
from desktop_app.ui.call_window.cards import CardText, card_text
from desktop_app.ui.call_window.effects import QtEffects
from desktop_app.ui.call_window.focus_order import set_reading_order
from desktop_app.ui.call_window.keys import install_shortcuts, key_label
from desktop_app.ui.call_window.language_menu import LanguageMenu
from desktop_app.ui.call_window.mood import MoodMeter
from desktop_app.ui.call_window.notes_pane import NotesPane
from desktop_app.ui.call_window.notes_room import NotesRoom
from desktop_app.ui.call_window.page_stack import PageStack
from desktop_app.ui.call_window.rail import StepRail
from desktop_app.ui.call_window.step_page import CardPage, ReviewBlock, situation_page, step_page
from desktop_app.ui.call_window.wrap_up import WrapUp
from desktop_app.ui.translations import error_words, use_language
from desktop_app.ui.widgets.accessible import install_accessibility, listening
from desktop_app.ui.widgets.chip_row import ChipRow
from desktop_app.ui.widgets.contrast import keep_text_readable
from desktop_app.ui.widgets.labels import WholeOrNothing, plain_label
from desktop_app.ui.widgets.notice_bar import NoticeBar, insert_below
from desktop_app.ui.widgets.notice_strip import NoticeStrip
from desktop_app.ui.widgets.painted_label import PaintedLabel
from desktop_app.ui.widgets.style import Chip, style_as
from desktop_app.ui.widgets.toast import Toast
from desktop_app.ui.widgets.typography import TEXT_SCALE_STEP, Typography

if TYPE_CHECKING:
    # Imported where first used (after the first paint or on the agent's
    # first Ctrl+F, F1 or log step), so the window paints sooner.
    from desktop_app.core.card_search import CardIndex
    from desktop_app.ui.call_window.cheat_sheet import CheatSheet
    from desktop_app.ui.call_window.search_panel import SearchPanel

log = logging.getLogger(__name__)

#: At this width and wider the notes sit beside the cards instead of below.
SIDE_BY_SIDE_WIDTH = 720
#: A window fewer lines of body text high than this is short for its text size:
#: stacked, the situations row folds away (their keys and Ctrl+F still open them).
SHORT_WINDOW_LINES = 24
#: From this text size on, stacked, the cards take more of the height from the notes.
LARGE_TEXT_SCALE = 150
DEFAULT_SIZE = (400, 680)
MIN_SIZE = (360, 480)
#: what waits for the first paint runs this long after the window was made at the latest
FIRST_PAINT_WAIT_MS = 1000

SaveSettings = Callable[[Settings], None]

#: the menu group of the window's own commands (in the cheat sheet)
WINDOW = "Window"


def window_title(step: str) -> str:
    """The window's title, "Calmline — Ask": the taskbar says where the call is.

    Not while assistive technology is attached: a screen reader speaks every new
    name of the window in front (Orca does, unless it is nearly the old one), so
    each step would be said twice, the rail's announcement already saying it;
    and that one name change costs the step key more than any other part of
    it with a reader listening. The window is then "Calmline" throughout.
    """
    return APP_NAME if listening() else f"{APP_NAME} — {step}"


class MainWindow(QMainWindow):
    def __init__(
        self,
        desk: CallDesk,
        *,
        keymap: Keymap | None = None,
        settings: Settings | None = None,
        save_settings: SaveSettings | None = None,
        keymap_file: Path | None = None,
    ) -> None:
        super().__init__()
        install_accessibility()  # painted widgets tell screen readers what they are
        keep_text_readable()  # muted and accent text 4.5:1 whatever the platform's palette
        self._painted = False
        self._after_paint: list[Callable[[], object]] = []
        self.desk = desk
        self.keymap = keymap if keymap is not None else default_keymap(desk.registry)
        self.settings = settings or Settings()
        self._save_settings_to = save_settings
        self.keymap_file = keymap_file or Path("keys.yaml")
        self.typography = Typography(self.settings.text_scale)
        self.setFont(self.typography.body_font())
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(*MIN_SIZE)
        self.resize(*DEFAULT_SIZE)

        self._close_checks: list[Callable[[], bool]] = []
        self._retranslating = False
        self._call_bars: list[NoticeBar] = []
        self._build()
        self._name_parts()
        self.effects = QtEffects(self.toast, self._ask_for_card)
        self.wrap_up = WrapUp(desk, self.ask_bar, self.effects, self._run_as_asked, self)
        self.shortcuts = install_shortcuts(self, self.keymap, self.run_words)
        self._cheat_sheet: CheatSheet | None = None
        self._card_index: CardIndex | None = None
        self._connect_signals()
        self._apply_options(initial=True)
        self._show_session(desk.session)
        self.after_first_paint(self._build_search)
        self._paint_watch = _FirstPaintWatch(self, self._first_paint_done)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._first_paint_done)

    # -- building ------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget(self)
        central.setObjectName("central")
        column = self._column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._build_header(central))
        self.rail = StepRail(lambda index: self.run_clicked(f"go-to-step {index + 1}"), central)
        rail_box = QWidget(central)
        rail_box.setObjectName("header")
        rail_layout = QVBoxLayout(rail_box)
        rail_layout.setContentsMargins(14, 2, 14, 8)
        rail_layout.addWidget(self.rail)
        column.addWidget(rail_box)
        self.ask_bar = AskBar(self.typography, central)
        column.addWidget(self.ask_bar)
        # The notice bars go below it (``add_bar``); two or more fold into its one line.
        self.notices = NoticeStrip(self.typography, central)
        column.addWidget(self.notices)

        self.splitter = QSplitter(Qt.Orientation.Vertical, central)
        self.splitter.setChildrenCollapsible(False)
        top = QWidget(self.splitter)
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.setSpacing(0)
        self.pages = PageStack(top)
        self.pages.setMinimumHeight(150)
        top_column.addWidget(self.pages, 1)
        # The hidden Ctrl+F panel is built after the first paint (see __init__).
        self._search: SearchPanel | None = None
        self._search_column = top_column
        self.situations = QWidget(top)
        self.situations.setObjectName("situations")
        # One row, by priority; the rest are behind "More…" (card search) and their F-keys.
        self.situation_flow = ChipRow(self.situations, spacing=5)
        self.situation_flow.setContentsMargins(12, 7, 12, 7)
        self.situations_heading = plain_label("", self.situations)
        style_as(self.situations_heading, "caption")
        self.situation_flow.addWidget(self.situations_heading)
        self.more_situations = Chip(self.tr("More…"), self.situations)
        self.more_situations.setObjectName("situationChip")
        self.more_situations.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.typography.role(self.more_situations, 0.85)
        self.more_situations.clicked.connect(
            lambda _checked=False: self.run_clicked("search-cards")
        )
        self.situation_flow.set_last(self.more_situations)
        top_column.addWidget(self.situations)
        self.notes = NotesPane(
            self.typography,
            self._field_edited,
            self._commitment_added,
            lambda commitment_id: self.desk.remove_commitment(commitment_id),
            self.splitter,
        )
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.notes)
        self.notes_room = NotesRoom(self.splitter, self.notes)
        self._share: tuple[int, int] | None = None
        self._share_splitter(wide=False)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.toast = Toast(central)
        self.step_pages: list[CardPage] = []
        self.situation_pages: dict[str, CardPage] = {}
        self._review: ReviewBlock | None = None
        self.chips: dict[str, QPushButton] = {}
        self.rebuild_pages()

    def _build_header(self, parent: QWidget) -> QWidget:
        header = QWidget(parent)
        header.setObjectName("header")
        grid = QGridLayout(header)
        grid.setContentsMargins(14, 10, 8, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(0)
        self.step_title = PaintedLabel(header)
        self.step_title.setObjectName("stepTitle")
        self.typography.role(self.step_title, 1.45, QFont.Weight.DemiBold)
        self.timer_label = PaintedLabel(
            header,
            role=QPalette.ColorRole.PlaceholderText,
            align=Qt.AlignmentFlag.AlignRight,
            sample="0:00:00",
        )
        self.timer_label.setObjectName("timer")
        self.timer_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.typography.role(self.timer_label, 1.05, QFont.Weight.Medium)
        self.menu_button = QToolButton(header)
        self.menu_button.setObjectName("optionButton")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setText("☰")
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.step_counter = PaintedLabel(
            header, role=QPalette.ColorRole.PlaceholderText, sample="Step 1 of 6 · Alt+Right next"
        )
        self.step_counter.setObjectName("stepCounter")
        self.typography.role(self.step_counter, 0.85)
        # At the largest text on a narrow window the caption goes, the dots and word stay.
        self.mood_label = WholeOrNothing(header)
        style_as(self.mood_label, "moodLabel")
        self.typography.role(self.mood_label, 0.85)
        self.mood = MoodMeter(lambda mood: self.run_clicked(f"set-mood {mood}"), header)
        self.typography.role(self.mood, 0.85)
        grid.addWidget(self.step_title, 0, 0, 1, 2)
        grid.addWidget(self.timer_label, 0, 2, 1, 2)
        grid.addWidget(self.menu_button, 0, 4)
        grid.addWidget(self.step_counter, 1, 0)
        grid.addWidget(self.mood_label, 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.mood, 1, 3, 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(0, 1)
        return header

    def _name_parts(self) -> None:
        """The words of the header and the situations row, in the language now installed."""
        self.step_title.setAccessibleName(self.tr("Current step"))
        self.timer_label.setAccessibleName(self.tr("Call time"))
        self.menu_button.setAccessibleName(self.tr("Menu"))
        self.step_counter.setAccessibleName(self.tr("Where the call is"))
        self.mood_label.setText(self.tr("Mood"))
        self.situations_heading.setText(self.tr("Situations"))
        self.more_situations.setAccessibleName(self.tr("More situations: search every card"))

    def _card_keys(self, count: int) -> list[str]:
        return [key_label(self.keymap.key_for(f"use-card {n}")) for n in range(1, count + 1)]

    def rebuild_pages(self) -> None:
        """One page per step and situation of the playbook in use.

        A page fills when it is first shown: only the one on screen before the
        window's first paint. (Filling the others in idle turns made typing
        wait behind a big team playbook's pages: 150 ms and more each.)
        """
        playbook = self.desk.playbook
        while (old := self.pages.widget(0)) is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        for chip in self.chips.values():
            self.situation_flow.removeWidget(chip)
            chip.deleteLater()
        self.step_pages, self.situation_pages, self.chips = [], {}, {}
        self._review = None
        next_key = self._next_key = key_label(self.keymap.key_for("next-step"))
        for index, step in enumerate(playbook.steps):
            last = index == len(playbook.steps) - 1
            page = step_page(
                step,
                self._card_keys(len(step.cards)),
                "" if last else next_key,
                self._use_card,
                self.typography,
                self.pages,
                then=self._add_review if last else None,
                words=self._card_words,
            )
            self.pages.addWidget(page)
            self.step_pages.append(page)
        back_key = key_label(self.keymap.key_for("dismiss"))
        for number, situation in enumerate(playbook.situations, start=1):
            page = situation_page(
                situation,
                self._card_keys(len(situation.cards)),
                back_key,
                self._use_card,
                self.typography,
                self.pages,
                words=self._card_words,
            )
            self.pages.addWidget(page)
            self.situation_pages[situation.id] = page
            self.chips[situation.id] = self._situation_chip(number, situation)
        self.notices.read_key = key_label(self.keymap.key_for("read-notices"))
        search_key = key_label(self.keymap.key_for("search-cards"))
        self.more_situations.setText(
            self.tr("More… ({0})").format(search_key) if search_key else self.tr("More…")
        )
        self.rail.set_steps(
            [s.title for s in playbook.steps],
            [
                key_label(self.keymap.key_for(f"go-to-step {n}"))
                for n in range(1, len(playbook.steps) + 1)
            ],
        )
        self.notes.set_categories(playbook.categories)
        self.notes.show_cause(playbook.asks_for("cause"))
        self._card_index = None
        self.pages.tab_after = self.rail
        set_reading_order(
            [
                self.menu_button,
                self.mood,
                self.rail,
                *self.chips.values(),
                self.more_situations,
                self.notes.name,
            ]
        )

    def _add_review(self, page: CardPage) -> None:
        page.add_heading(self.tr("Log entry — check it, then save"))
        self._review = ReviewBlock(
            key_label(self.keymap.key_for("save-call")),
            lambda: self.run_clicked("save-call"),
            self.typography,
            page.body,
        )
        page.column.addWidget(self._review)
        self._refresh_review()

    @property
    def review(self) -> ReviewBlock | None:
        """The log step's drafted entry and save button."""
        if self.step_pages:
            self.step_pages[-1].ensure_built()
        return self._review

    def after_first_paint(self, then: Callable[[], object]) -> None:
        """Run ``then`` once the window has painted for the first time (at once if it has).

        A window that is never painted (minimised at start, on another
        desktop) runs it ``FIRST_PAINT_WAIT_MS`` after it was made.
        """
        if self._painted:
            QTimer.singleShot(0, self, then)
        else:
            self._after_paint.append(then)

    def _first_paint_done(self) -> None:
        if self._painted:
            return
        self._painted = True
        self.removeEventFilter(self._paint_watch)
        for then in self._after_paint:
            QTimer.singleShot(0, self, then)
        self._after_paint.clear()

    def _situation_chip(self, number: int, situation: Situation) -> QPushButton:
        key = key_label(
            self.keymap.key_for(f"open-situation {number}")
            or self.keymap.key_for(f"open-situation {situation.id}")
        )
        chip = Chip(f"{key}  {situation.title}" if key else situation.title, self.situations)
        chip.setObjectName("situationChip")
        chip.setCheckable(True)
        chip.setAccessibleName(self.tr("Situation: {0}").format(situation.title))
        chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.typography.role(chip, 0.85)
        chip.clicked.connect(lambda _checked=False, sid=situation.id: self._toggle_situation(sid))
        self.situation_flow.addWidget(chip)
        return chip

    def _menu_entries(self) -> Sequence[tuple[str, str, bool]]:
        return (
            (self.tr("New call"), "new-call", False),
            (self.tr("Save call"), "save-call", False),
            (self.tr("Search cards"), "search-cards", False),
            (self.tr("Keys"), "cheat-sheet", False),
            (self.tr("Always on top"), "toggle-on-top", True),
            (self.tr("Compact"), "toggle-compact", True),
            (self.tr("Larger text"), "text-bigger", False),
            (self.tr("Smaller text"), "text-smaller", False),
        )

    def _build_menu(self) -> None:
        menu = QMenu(self)
        self.menu_actions: dict[str, QAction] = {}
        self.menu_button.setMenu(menu)
        self.add_menu_entries(self._menu_entries())
        self.language_menu = LanguageMenu(lambda code: self.run_command(f"set-language {code}"))
        menu.addSeparator()
        menu.addMenu(self.language_menu)
        self.language_menu.show_choice(self.settings.language)

    def add_menu_entries(self, entries: Sequence[tuple[str, str, bool]]) -> None:
        """(text, command line, checkable) entries in the ☰ menu, each with its key."""
        menu = self.menu_button.menu()
        if self.menu_actions:
            menu.addSeparator()
        for text, line, checkable in entries:
            action = menu.addAction(self._with_key(text, line))
            action.setCheckable(checkable)
            # The menu only names the command; the shortcut itself lives in the keymap.
            action.triggered.connect(lambda _checked=False, line=line: self.run_command(line))
            self.menu_actions[line] = action

    def rename_menu_entries(self, entries: Sequence[tuple[str, str, bool]]) -> None:
        for text, line, _checkable in entries:
            self.menu_actions[line].setText(self._with_key(text, line))

    def _with_key(self, text: str, line: str) -> str:
        key = key_label(self.keymap.key_for(line))
        return f"{text}\t{key}" if key else text

    # -- the window's language -------------------------------------------------------
    @command(
        "set-language",
        help="Choose the window's language (en, es, ...; empty for the system's)",
        args=[Arg("language", required=False)],
        group=WINDOW,
    )
    def _set_language(self, invocation: Invocation) -> str:
        code = invocation.text("language")
        app = QCoreApplication.instance()
        assert app is not None, "a window lives in an application"
        problem = use_language(app, code)
        if problem is not None:
            use_language(app, self.settings.language)
            raise CommandError(problem)
        self.settings.language = code
        self._save_settings()
        self.language_menu.show_choice(code)
        return code or "system"

    def words_shown(self) -> dict[str, str]:
        """The language in use and the header's words as shown (for ``status``)."""
        return {"language": QLocale().name(), "where": self.step_counter.text()}

    def changeEvent(self, event: QEvent) -> None:
        # Replacing the translator sends this twice (removed, installed): translate once.
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            self._retranslating = True
            QTimer.singleShot(0, self, self._retranslate)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            keep_text_readable()  # a new theme: its muted and accent text, readable too
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Every word in the language now installed; the call, its notes and step stay."""
        self._retranslating = False
        self._name_parts()
        self.rename_menu_entries(self._menu_entries())
        self.language_menu.retranslate()
        self.notes.retranslate()
        searching = self._searching()
        self._show_new_playbook(self.desk.session)
        if searching:  # the panel translates itself; what was typed and found stays up
            self.pages.hide()
            self.search.show()
            self.search.field.setFocus()  # hiding it took the cursor away; no text selected
        self.mood.update()  # its words are worked out as it paints
        self._tick()

    # -- what the parts that join the window use (``WindowParts``) --------------
    def host(self) -> QMainWindow:
        return self

    def add_bar(self, name: str, *, this_call_only: bool = False) -> NoticeBar:
        bar = NoticeBar(name, self.typography, self.centralWidget())
        self.add_notice(bar, this_call_only=this_call_only)
        return bar

    def add_notice(self, bar: NoticeBar, *, this_call_only: bool = False) -> None:
        insert_below(self, self.notices, bar)
        self.notices.add(bar)
        if this_call_only:
            self._call_bars.append(bar)

    def _new_call_clears_notices(self, _session: CallSession) -> None:
        # A notice about the call before (a card number masked in it) is old news now,
        # and so is a question about it (a script saved it, say).
        for bar in self._call_bars:
            bar.hide()
        if self.ask_bar.kind in (CARD, BEFORE_SAVING, SAVE_FIRST):
            self.ask_bar.cancel()

    def add_below_question(self, bar: QWidget) -> None:
        insert_below(self, self.ask_bar, bar)

    def add_under_rail(self, widget: QWidget) -> None:
        column = self._column
        column.insertWidget(column.indexOf(self.ask_bar), widget)

    def add_submenu(self, menu: QMenu) -> None:
        top = self.menu_button.menu()
        top.addSeparator()
        top.addMenu(menu)

    def add_close_check(self, may_close: Callable[[], bool]) -> None:
        self._close_checks.append(may_close)

    def on_promise_typed(self, changed: Callable[[], None]) -> None:
        notes = self.notes
        notes.promise_what.textEdited.connect(changed)
        notes.promise_who.textEdited.connect(changed)
        notes.promise_due.dateTimeChanged.connect(changed)
        notes.promise_has_due.toggled.connect(changed)

    def typed_promise(self) -> tuple[str, str, datetime | None] | None:
        """The promise typed in the promise row but not added yet, if any."""
        return self.notes.typed_promise()

    # -- wiring ----------------------------------------------------------------
    def _connect_signals(self) -> None:
        """The one place that connects the desk, the session and the widgets."""
        self.desk.on_new_session(self._show_session)
        self.desk.on_new_session(self._new_call_clears_notices)
        self.desk.on_situation(self._show_situation)
        # ``ctl status`` tells a script what the window is asking the agent, if anything.
        self.desk.status_parts["question"] = lambda: self.ask_bar.kind or None
        self._build_menu()
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start()
        # The drafted entry is rebuilt just after the step change has painted,
        # and only once however many edits arrive together.
        self.review_timer = QTimer(self)
        self.review_timer.setSingleShot(True)
        self.review_timer.setInterval(0)
        self.review_timer.timeout.connect(self._render_review)
        self.notes.set_tab_order()
        # A notes field with the focus gets the room to show whole (a stacked, short pane).
        app = QApplication.instance()
        assert isinstance(app, QApplication), "a window lives in an application"
        app.focusChanged.connect(self.notes_room.focus_moved)

    def _show_session(self, session: CallSession) -> None:
        session.subscribe(self._session_changed)
        self.notes.reset_promise_row()
        self.notes.show_record(session.record)
        for page in [*self.step_pages, *self.situation_pages.values()]:
            page.show_uses(session.times_used)
        self._show_step()
        self._show_mood()
        self._tick()

    def _session_changed(self, session: CallSession, what: str) -> None:
        if session is not self.desk.session:
            return
        if what == "step":
            self._show_step()
            self._show_mood()
        elif what == "card":
            self._current_page().show_uses(session.times_used)
            self._current_page().refresh_words()  # a value the agent was asked for
            self._refresh_review()
        elif what == "mood":
            self._show_mood()
            self._refresh_review()
        elif what == "fields":
            self.notes.show_record(session.record)
            self._current_page().refresh_words()
            self._refresh_review()
        elif what == "playbook":
            self._show_new_playbook(session)
        elif what == "phone":
            self._tick()
            self._refresh_review()

    def _show_new_playbook(self, session: CallSession) -> None:
        """Changed content or another playbook, mid-call: new pages, same call."""
        if self._cheat_sheet is not None:  # it lists the old playbook's steps and situations
            self._cheat_sheet.close()
            self._cheat_sheet.deleteLater()
            self._cheat_sheet = None
        self.rebuild_pages()
        self._apply_options()
        self.notes.show_record(session.record)
        for page in [*self.step_pages, *self.situation_pages.values()]:
            page.show_uses(session.times_used)
        self._show_step()
        self._show_situation(self.desk.situation)

    # -- rendering -------------------------------------------------------------
    def _show_step(self) -> None:
        session = self.desk.session
        step = session.current_step
        index = session.current_index
        total = len(session.playbook.steps)
        self.setWindowTitle(window_title(step.title))
        self.step_title.setText(step.title)
        counter = self.tr("Step {0} of {1}").format(index + 1, total)
        if self._next_key and not session.is_last_step:
            counter += "  ·  " + self.tr("{0} next").format(self._next_key)
        self.step_counter.setText(counter)
        self.rail.set_current(index, self._visited(session))
        if self._searching():
            self._close_search()
        if self.desk.situation is None:
            self.step_pages[index].ensure_built()
            self.step_pages[index].refresh_words()
            self.pages.setCurrentIndex(index)
        if session.is_last_step:
            self._refresh_review()

    def _visited(self, session: CallSession) -> set[int]:
        ids = {e.step_id for e in session.record.timeline if e.kind is EventKind.STEP_ENTERED}
        return {i for i, s in enumerate(session.playbook.steps) if s.id in ids}

    def _show_mood(self) -> None:
        self.mood.set_mood(self.desk.session.mood)

    def _refresh_review(self) -> None:
        if self._review is not None and self.desk.session.is_last_step:
            self.review_timer.start()

    def _render_review(self) -> None:
        session = self.desk.session
        if self._review is not None and session.is_last_step:
            from desktop_app.ui.call_window.log_review import draft_entry

            self._review.show_draft(draft_entry(session.record, session.playbook))

    def _current_page(self) -> CardPage:
        if self.desk.situation is not None:
            return self.situation_pages[self.desk.situation.id]
        return self.step_pages[self.desk.session.current_index]

    def _show_situation(self, situation: Situation | None) -> None:
        for sid, chip in self.chips.items():
            chip.setChecked(situation is not None and sid == situation.id)
        if situation is None:
            page = self.step_pages[self.desk.session.current_index]
            page.ensure_built()
            page.refresh_words()
            self.pages.setCurrentIndex(self.desk.session.current_index)
        else:
            if self._searching():
                self._close_search()
            page = self.situation_pages[situation.id]
            page.ensure_built()
            page.show_uses(self.desk.session.times_used)
            page.refresh_words()
            self.pages.setCurrentWidget(page)

    def _tick(self) -> None:
        session = self.desk.session
        time = talk_time(session.record, self.desk.clock.now(), begun=session.begun)
        idle = time.state == NO_CALL
        if idle != (self.timer_label.accessibleDescription() != ""):
            self.timer_label.setAccessibleDescription(self.tr("No call under way") if idle else "")
        if idle:
            self.timer_label.setText("–")  # idle time belongs to no call
        elif time.state == RINGING:
            self.timer_label.setText(self.tr("Ringing"))
        else:
            self.timer_label.setText(format_elapsed(time.seconds))

    # -- commands ----------------------------------------------------------------
    def run_command(self, line: str) -> tuple[bool, str]:
        """Run a command line; a failure is shown to the agent, never swallowed."""
        try:
            words = split_command_line(line)
        except CommandError as exc:
            said = error_words(exc)
            self.effects.error(said)
            return False, said
        return self.run_words(words)

    def run_clicked(self, line: str) -> None:
        """Run a command line for a click or a key, where the result is only shown."""
        self.run_command(line)

    def run_words(self, words: Sequence[str]) -> tuple[bool, str]:
        """Run what the agent asked for by key, click or menu. A new call while this
        one holds typing asks first whether to save it (a program is never asked:
        see ``run_words_with_status``)."""
        if list(words) == ["new-call"] and self.desk.anything_typed():
            self.wrap_up.ask_save_first()
            return True, "asking whether to save the call first"
        ok, message, _status = self._run_as_asked(words)
        return ok, message

    def run_words_with_status(self, words: Sequence[str]) -> tuple[bool, str, str]:
        """Run a command for remote control (``calmline ctl``), answered at once: with the
        failure's own name (``CommandError.status``), which gives some failures their
        own exit code. A save that lacks required fields is refused, and the window
        asks the agent for them all the same."""
        ok, message, status = self._run_as_asked(words)
        return ok, message, status

    def _run_as_asked(self, words: Sequence[str]) -> tuple[bool, str, str]:
        try:
            result = self.desk.registry.run(words[0], list(words[1:]))
        except MissingFieldsError as exc:
            self.wrap_up.ask_before_saving(exc.missing)
            return False, error_words(exc), exc.status
        except (CommandError, SessionError) as exc:
            words = error_words(exc)
            self.effects.error(words)
            return False, words, getattr(exc, "status", "")
        except Exception as exc:  # a bug: logged with its traceback and shown
            log.exception("command %s failed", words[0])
            self.effects.error(f"{words[0]}: {type(exc).__name__}: {exc}")
            return False, f"{type(exc).__name__}: {exc}", ""
        return True, "" if result is None else str(result), ""

    def _ask_for_card(self, question: MissingValues, answer: Answer) -> None:
        self.ask_bar.ask(question, answer, lambda: self.effects.notice(self.tr("Not copied")))

    def _use_card(self, card: PhraseCard) -> None:
        if self._searching():
            self._close_search()
        self.run_words(["use-card-id", card.id])

    def _card_words(self, card: PhraseCard) -> CardText:
        """A card's text as shown and heard: as it would be copied now."""
        return card_text(card, self.desk.placeholder_values())

    def _toggle_situation(self, situation_id: str) -> None:
        if self.desk.situation is not None and self.desk.situation.id == situation_id:
            self.run_command("close-situation")
        else:
            self.run_words(["open-situation", situation_id])

    # -- search ------------------------------------------------------------------
    @property
    def search(self) -> SearchPanel:
        """The Ctrl+F panel, built on first use if the timer has not built it yet."""
        return self._build_search()

    def _build_search(self) -> SearchPanel:
        if self._search is None:
            from desktop_app.ui.call_window.search_panel import SearchPanel

            top = self._search_column.parentWidget()
            self._search = SearchPanel(self.typography, self._use_card, top)
            self._search.hide()
            self._search_column.insertWidget(0, self._search, 1)
        return self._search

    def _searching(self) -> bool:
        return self._search is not None and self._search.isVisible()

    @command("search-cards", help="Search every card by title, text and tags", group=WINDOW)
    def _open_search(self) -> None:
        if self._card_index is None:
            from desktop_app.core.card_search import CardIndex

            self._card_index = CardIndex.from_playbook(self.desk.playbook)
            self.search.set_index(self._card_index)
        self.pages.hide()
        self.search.show()
        self.search.open()

    def _close_search(self) -> None:
        self.search.hide()
        self.pages.show()

    # -- other window commands ---------------------------------------------------------
    @command("dismiss", help="Close search, a situation or a question", group=WINDOW)
    def _dismiss(self) -> None:
        if self.desk.unfinished is not None:
            self.run_command("keep-unfinished-call")
        elif self.ask_bar.asking:
            self.ask_bar.decline()
        elif self._searching():
            self._close_search()
        elif self.desk.situation is not None:
            self.desk.close_situation()
        else:
            self.notices.close_newest()

    @command("read-notices", help="Show every notice, or fold them into one line", group=WINDOW)
    def _read_notices(self) -> None:
        if len(self.notices.up()) > 1:
            self.notices.toggle()
        elif not self.notices.up():
            self.effects.notice(self.tr("No notices"))

    @command("focus-notes", help="Put the cursor in the free notes", group=WINDOW)
    def _focus_notes(self) -> None:
        if self.settings.compact:
            self._set_option("compact")
        self.notes.show_free_notes()
        self.notes_room.make_room(self.notes.notes)  # the cursor may have been there already

    @command("cheat-sheet", help="Show every key and what it does", group=WINDOW)
    def _open_cheat_sheet(self) -> None:
        if self._cheat_sheet is None:
            from desktop_app.ui.call_window.cheat_sheet import CheatSheet

            self._cheat_sheet = CheatSheet(
                self.keymap, self.desk.registry, self.keymap_file, self, self.desk.playbook
            )
        self._cheat_sheet.show()
        self._cheat_sheet.raise_()
        self._cheat_sheet.activateWindow()

    @command("raise-window", help="Bring the window to the front", group=WINDOW)
    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    @command("quit", help="Close Calmline", group=WINDOW)
    def _quit(self) -> None:
        QTimer.singleShot(0, self.close)  # later, so that a remote caller gets its answer first

    # -- options -----------------------------------------------------------------------
    @command("toggle-on-top", help="Keep the window above other windows, or not", group=WINDOW)
    def _toggle_on_top(self) -> None:
        self._set_option("always_on_top")

    @command("toggle-compact", help="Compact mode: steps and cards only", group=WINDOW)
    def _toggle_compact(self) -> None:
        self._set_option("compact")

    @command("text-bigger", help="Larger text", group=WINDOW)
    def _text_bigger(self) -> None:
        self._scale_text(TEXT_SCALE_STEP)

    @command("text-smaller", help="Smaller text", group=WINDOW)
    def _text_smaller(self) -> None:
        self._scale_text(-TEXT_SCALE_STEP)

    @command("text-reset", help="Text at its normal size", group=WINDOW)
    def _text_reset(self) -> None:
        self._scale_text(0)

    def _set_option(self, name: str) -> None:
        setattr(self.settings, name, not getattr(self.settings, name))
        self._apply_options()
        self._save_settings()

    def _scale_text(self, by: int) -> None:
        self.settings.text_scale = self.typography.scale + by if by else 100
        self._apply_options()
        self._save_settings()

    def _apply_options(self, *, initial: bool = False) -> None:
        settings = self.settings
        if initial and settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode("ascii")))
        on_top = bool(self.windowFlags() & Qt.WindowType.WindowStaysOnTopHint)
        if on_top != settings.always_on_top:
            visible = self.isVisible()
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, settings.always_on_top)
            if visible:
                self.show()
        compact = settings.compact
        self.notes.setVisible(not compact)
        for page in self.step_pages:
            page.set_compact(compact)
        if self.typography.scale != settings.text_scale:
            self.typography.set_scale(settings.text_scale)
            settings.text_scale = self.typography.scale
            self.setFont(self.typography.body_font())
            self.notes.fit_columns()
        self._fit_room(self.width(), self.height())
        for line, value in (("toggle-on-top", settings.always_on_top), ("toggle-compact", compact)):
            action = getattr(self, "menu_actions", {}).get(line)
            if action is not None:
                action.setChecked(value)

    def _save_settings(self) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        if self._save_settings_to is None:
            return
        try:
            self._save_settings_to(self.settings)
        except OSError as exc:
            self.effects.error(self.tr("Could not save the window options: {0}").format(exc))

    # -- notes -------------------------------------------------------------------------
    def _field_edited(self, name: str, value: str) -> None:
        try:
            self.desk.set_field(name, value)
        except CommandError as exc:
            self.effects.error(error_words(exc))

    def _commitment_added(self, what: str, who: str, due: datetime | None) -> None:
        try:
            self.desk.add_commitment(what, who, due)
        except CommandError as exc:
            self.effects.error(error_words(exc))

    # -- Qt events -----------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_room(event.size().width(), event.size().height())
        super().resizeEvent(event)

    def _fit_room(self, width: int, height: int) -> None:
        """Notes beside the cards or below them; in a short stacked window the
        situations row folds away. Decided as the window is resized or the text
        size changes, never on a step change."""
        wide = width >= SIDE_BY_SIDE_WIDTH
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
        self._share_splitter(wide=wide)
        short = height < SHORT_WINDOW_LINES * self.fontMetrics().lineSpacing()
        self.situations.setVisible(not self.settings.compact and (wide or not short))

    def _share_splitter(self, *, wide: bool) -> None:
        """Side by side the notes get two fifths (less, and their fields no longer
        fit 1000 pixels wide); stacked, two sevenths, so that a 600-pixel-high
        window shows the goal and three cards of every step above them; a
        seventh at large text, where the cards need the height more (Ctrl+L
        still brings the free notes into view). Applied when it changes: the
        agent's own drag of the divider stands until then."""
        large = self.typography.scale >= LARGE_TEXT_SCALE
        share = (3, 2) if wide else (6, 1) if large else (5, 2)
        if share == self._share:
            return
        self._share = share
        self.splitter.setStretchFactor(0, share[0])
        self.splitter.setStretchFactor(1, share[1])
        # Sizes are weights: the splitter shares out whatever room it has in
        # these proportions, also before it is first laid out (a window shown
        # straight at its saved size would otherwise share by size hints, and
        # the cards' hint leaves the notes their least width).
        total = max(sum(self.splitter.sizes()), 1000)
        self.splitter.setSizes([total * part // sum(share) for part in share])
        self.notes_room.refit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(may_close() for may_close in self._close_checks):
            event.ignore()  # the agent keeps Calmline open (the disk refuses, say)
            return
        self._save_settings()
        if self._cheat_sheet is not None:
            self._cheat_sheet.close()
        super().closeEvent(event)


class _FirstPaintWatch(QObject):
    """Tells when the window paints for the first time, then is taken off.

    An event filter rather than an override of the window's ``event()``: an
    override would run Python for every event the window gets, all day.
    """

    def __init__(self, window: QWidget, painted: Callable[[], None]) -> None:
        super().__init__(window)
        self._painted = painted
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._painted()
        return False


def format_elapsed(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
