"""One page per step or situation: guidance on top, then the cards.

Every page exists as soon as the playbook is loaded, but fills itself only
when first shown (a few milliseconds for a usual step): the window paints
sooner, and a step never visited costs nothing. Pages are then only switched
between, so a step change never re-creates widgets or re-wraps text.

A page fits its goal and first three cards in its height when it can: as it
is resized it cuts its cards' text to fewer lines, then hides the "Cards"
heading, then moves the cue to move on below the cards, and at last shows
the cards' titles only (``FITS``). That is worked out when the page's size
changes, never on a step change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.playbook import PhraseCard, Situation, Step
from desktop_app.ui.call_window.cards import CardList, CardWords
from desktop_app.ui.call_window.focus_order import chain_after
from desktop_app.ui.call_window.page_stack import PageStack
from desktop_app.ui.call_window.reminders import ReminderList, Reminders
from desktop_app.ui.widgets.labels import plain_label
from desktop_app.ui.widgets.painted_label import PaintedLabel
from desktop_app.ui.widgets.scroll_bar import RestingScrollBar
from desktop_app.ui.widgets.section_heading import SectionHeading
from desktop_app.ui.widgets.style import TEXT_ROLES, Role, fill, style_as
from desktop_app.ui.widgets.typography import Typography

UseCard = Callable[[PhraseCard], None]


FillPage = Callable[["CardPage"], None]

#: the cards a page keeps in view under its goal, when it can
CARDS_IN_VIEW = 3
#: around a page's column (left, top, right, bottom), and between its parts
PAGE_MARGINS = (14, 10, 14, 14)
PAGE_SPACING = 8
#: the same in compact mode
COMPACT_MARGINS = (14, 4, 14, 4)
COMPACT_SPACING = 4


@dataclass(frozen=True, slots=True)
class Fit:
    """How a page lays itself out in the room it has."""

    #: the most lines of text per card (None: all of it)
    card_lines: int | None
    #: the "Cards" heading above them
    heading: bool = True
    #: the cue to move on stays under the goal (else it goes below the cards)
    cue_on_top: bool = True


#: from the roomiest to the densest; a page takes the first that fits
FITS = (
    Fit(None),
    Fit(3),
    Fit(2),
    Fit(1),
    Fit(1, heading=False),
    Fit(1, heading=False, cue_on_top=False),
    # a long goal at the largest text in the smallest window: titles only, as compact
    Fit(0, heading=False, cue_on_top=False),
)
#: compact mode: one line per card, its title and key
COMPACT_FIT = Fit(0, heading=False)


class CardPage(QScrollArea):
    """A scrolling page: an optional guidance block, then numbered cards.

    ``add_widgets`` adds the page's widgets; it runs once, on ``ensure_built()``.
    """

    def __init__(
        self,
        typography: Typography,
        parent: QWidget | None = None,
        add_widgets: FillPage | None = None,
        words: CardWords | None = None,
    ) -> None:
        super().__init__(parent)
        self._fill = add_widgets
        self._words = words
        self._compact = False
        self._uses: Callable[[str], int] | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBar(RestingScrollBar(Qt.Orientation.Vertical, self))
        # Its cards take the focus (and scroll into view); the page is no Tab stop.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.typography = typography
        self.body = QWidget(self)
        self.body.setObjectName("page")
        fill(self.body, Role.Base)
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(*PAGE_MARGINS)
        self.column.setSpacing(PAGE_SPACING)
        self.guidance = QWidget(self.body)
        self.guidance_column = QVBoxLayout(self.guidance)
        self.guidance_column.setContentsMargins(0, 0, 0, 4)
        self.guidance_column.setSpacing(6)
        self.column.addWidget(self.guidance)
        #: compact mode's one line in place of the guidance: the step's goal (``add_summary``)
        self.summary: PaintedLabel | None = None
        #: the cue to move on (step pages), below the guidance or the cards (``Fit``)
        self.cue: QLabel | None = None
        self._cards_heading: QWidget | None = None
        self._cards: CardList | None = None
        self._fit: Fit = FITS[0]
        #: the do / don't reminders below the cards, on step pages
        self.reminders: QWidget | None = None
        self.setWidget(self.body)

    @property
    def built(self) -> bool:
        return self._fill is None

    def ensure_built(self) -> None:
        """Add the page's widgets now, if they are not there yet."""
        if self._fill is None:
            return
        fill, self._fill = self._fill, None
        fill(self)
        stack = self.parentWidget()
        if isinstance(stack, PageStack) and stack.tab_after is not None:
            chain_after(stack.tab_after, self)
        self.set_compact(self._compact)
        if self._uses is not None:
            self.show_uses(self._uses)

    @property
    def cards(self) -> CardList | None:
        self.ensure_built()
        return self._cards

    def add_guidance(
        self,
        text: str,
        object_name: str,
        factor: float = 1.0,
        weight: QFont.Weight = QFont.Weight.Normal,
    ) -> None:
        label = plain_label(text, self.guidance, wrap=True)
        style_as(label, object_name)
        self.typography.role(label, factor, weight)
        self.guidance_column.addWidget(label)

    def add_summary(self, text: str, what: str) -> None:
        """The one line compact mode shows instead of the guidance, cut with "…" where
        it is too long; the whole text in its tooltip and for a screen reader."""
        summary = self.summary = PaintedLabel(self.body, sample=text)
        summary.setObjectName("summary")
        summary.setText(text)
        summary.setToolTip(text)
        summary.setAccessibleName(what)
        summary.setAccessibleDescription(text)
        self.typography.role(summary, 1.12, QFont.Weight.Medium)
        summary.hide()
        self.column.insertWidget(self.column.indexOf(self.guidance), summary)

    def add_cue(self, text: str) -> None:
        """The cue to move on, under the guidance."""
        self.cue = plain_label(text, self.body, wrap=True)
        style_as(self.cue, "moveOn")
        self.typography.role(self.cue, 0.9)
        self.column.addWidget(self.cue)

    def add_heading(self, text: str) -> QWidget:
        """A heading over what follows, in capitals; returned for the page to hide it
        when room is short."""
        heading = SectionHeading(text, self.body)
        self.column.addWidget(heading)
        return heading

    def add_cards(self, cards: Sequence[PhraseCard], keys: Sequence[str], on_use: UseCard) -> None:
        self._cards_heading = self.add_heading(QCoreApplication.translate("CardPage", "Cards"))
        self._cards = CardList(cards, keys, on_use, self.typography, self.body, self._words)
        self.column.addWidget(self._cards)

    def finish(self) -> None:
        self.column.addStretch(1)

    def set_compact(self, compact: bool) -> None:
        self._compact = compact
        if not self.built:
            return  # applied when the page fills
        self.guidance.setVisible(not compact)
        # Compact, the goal's line sits close to the top, the cards close under it and
        # the last close to the bottom: nine fit unscrolled at 380x600, largest text.
        self.column.setContentsMargins(*(COMPACT_MARGINS if compact else PAGE_MARGINS))
        self.column.setSpacing(COMPACT_SPACING if compact else PAGE_SPACING)
        if self.summary is not None:
            self.summary.setVisible(compact)
        if self.reminders is not None:
            self.reminders.setVisible(not compact)
        self._fit_in_view()

    # -- fitting the room ------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size() != event.oldSize():
            self._fit_in_view()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # larger or smaller text: other room
            self._fit_in_view()

    @property
    def fit(self) -> Fit:
        """How the page is laid out now."""
        return self._fit

    def _fit_in_view(self) -> None:
        """Take the roomiest ``Fit`` that shows the goal and first cards unscrolled."""
        if not self.built or self._cards is None:
            return
        if self._compact:
            self._apply(COMPACT_FIT)
            return
        margins = self.column.contentsMargins()
        width = self.viewport().width() - margins.left() - margins.right()
        room = self.viewport().height()
        chosen = FITS[-1]
        for fit in FITS:
            above = self._height_above_cards(width, fit)
            if above + self._cards.height_of_first(CARDS_IN_VIEW, width, fit.card_lines) <= room:
                chosen = fit
                break
        self._apply(chosen)

    def _height_above_cards(self, width: int, fit: Fit) -> int:
        margins = self.column.contentsMargins()
        spacing = self.column.spacing()
        above = [_height_at(self.guidance, width)]
        if self.cue is not None and fit.cue_on_top:
            above.append(_height_at(self.cue, width))
        if self._cards_heading is not None and fit.heading:
            above.append(_height_at(self._cards_heading, width))
        return margins.top() + sum(above) + spacing * len(above)

    def _apply(self, fit: Fit) -> None:
        if fit == self._fit:
            return
        self._fit = fit
        assert self._cards is not None
        self._cards.set_line_limit(fit.card_lines)
        if self._cards_heading is not None:
            self._cards_heading.setVisible(fit.heading)
        if self.cue is not None:
            self.cue.setVisible(not self._compact)
            # Moved within the page's own column: the label keeps its parent and stays shown.
            self.column.removeWidget(self.cue)
            before = self.guidance if fit.cue_on_top else self._cards
            self.column.insertWidget(self.column.indexOf(before) + 1, self.cue)

    def show_uses(self, uses: Callable[[str], int]) -> None:
        self._uses = uses
        if self._cards is not None:
            self._cards.show_uses(uses)

    def refresh_words(self) -> None:
        """The cards' placeholders filled with what the call knows now."""
        if self._cards is not None:
            self._cards.refresh_words()


def _height_at(widget: QWidget, width: int) -> int:
    """The height ``widget`` takes at ``width``, wrapped text and all."""
    height = widget.heightForWidth(width)
    return height if height >= 0 else widget.sizeHint().height()


def _add_reminders(page: CardPage, do: Sequence[str], dont: Sequence[str]) -> None:
    """The do / don't reminders of a step or situation, below its cards."""
    if not do and not dont:
        return
    reminders = Reminders(
        QCoreApplication.translate("CardPage", "Reminders"),
        [
            ReminderList(
                QCoreApplication.translate("CardPage", "Do"), "✓", TEXT_ROLES["doMark"], tuple(do)
            ),
            ReminderList(
                QCoreApplication.translate("CardPage", "Don't"),
                "✕",
                TEXT_ROLES["dontMark"],
                tuple(dont),
            ),
        ],
        page.body,
    )
    reminders.setObjectName("reminders")
    page.reminders = reminders
    page.column.addWidget(reminders)


def step_page(
    step: Step,
    card_keys: Sequence[str],
    next_key: str,
    on_use: UseCard,
    typography: Typography,
    parent: QWidget | None = None,
    then: FillPage | None = None,
    words: CardWords | None = None,
) -> CardPage:
    """The page of one step; ``then`` adds more below it (the log step's review)."""

    def fill(page: CardPage) -> None:
        # The goal and the cue to move on sit on top, then the cards the agent
        # reaches for mid-sentence; the do / don't reminders follow, so on a
        # 600-pixel-high window the first cards are visible without scrolling.
        page.add_guidance(step.goal, "goal", 1.12, QFont.Weight.Medium)
        page.add_summary(step.goal, QCoreApplication.translate("CardPage", "Goal"))
        if step.move_on_when:
            cue = QCoreApplication.translate("CardPage", "Move on when: {0}").format(
                step.move_on_when
            )
            page.add_cue(cue + (f"  ({next_key})" if next_key else ""))
        if step.cards:
            page.add_cards(step.cards, card_keys, on_use)
        _add_reminders(page, step.do, step.dont)
        if then is not None:
            then(page)
        page.finish()

    page = CardPage(typography, parent, fill, words)
    page.setAccessibleName(QCoreApplication.translate("CardPage", "Step: {0}").format(step.title))
    return page


def situation_page(
    situation: Situation,
    card_keys: Sequence[str],
    back_key: str,
    on_use: UseCard,
    typography: Typography,
    parent: QWidget | None = None,
    words: CardWords | None = None,
) -> CardPage:
    def fill(page: CardPage) -> None:
        page.add_guidance(situation.title, "situationTitle", 1.12, QFont.Weight.DemiBold)
        if situation.advice:
            page.add_guidance(situation.advice, "goal")
        if back_key:
            page.add_guidance(
                QCoreApplication.translate("CardPage", "{0} goes back to the step").format(
                    back_key
                ),
                "moveOn",
                0.9,
            )
        page.add_cards(situation.cards, card_keys, on_use)
        _add_reminders(page, situation.do, situation.dont)
        page.finish()

    page = CardPage(typography, parent, fill, words)
    page.setAccessibleName(
        QCoreApplication.translate("CardPage", "Situation: {0}").format(situation.title)
    )
    return page


class ReviewBlock(QWidget):
    """On the last step: the drafted log entry, read-only, and the save button."""

    def __init__(
        self, save_key: str, on_save: Callable[[], None], typography: Typography, parent: QWidget
    ) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(6)
        self.draft = QPlainTextEdit(self)
        self.draft.setObjectName("draft")
        self.draft.setReadOnly(True)
        self.draft.setAccessibleName(self.tr("Drafted log entry"))
        self.draft.setMinimumHeight(140)
        self.draft.setTabChangesFocus(True)
        column.addWidget(self.draft)
        label = self.tr("Save call")
        self.save = QPushButton(f"{label}  ·  {save_key}" if save_key else label, self)
        self.save.setObjectName("primary")
        self.save.setDefault(True)  # drawn as the button that matters here
        self.save.setAccessibleName(label)
        self.save.clicked.connect(on_save)
        column.addWidget(self.save)

    def show_draft(self, text: str) -> None:
        if self.draft.toPlainText() != text:
            self.draft.setPlainText(text)
