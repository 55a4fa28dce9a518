"""A phrasing card on screen: its number, key, title and text, clickable."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.core.playbook import PhraseCard
from desktop_app.ui.style import Role, paint_rounded, style_as
from desktop_app.ui.typography import Typography

_FACE, _EDGE, _HOVER_EDGE, _FOCUS_EDGE = Role.Base, Role.Midlight, Role.Mid, Role.Highlight


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A label that never interprets its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    return label


class CardView(QFrame):
    def __init__(
        self,
        number: int,
        card: PhraseCard,
        key: str,
        on_use: Callable[[PhraseCard], None],
        typography: Typography,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.card = card
        self._on_use = on_use
        self._key = key
        self.setObjectName("card")
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)  # repainted as the mouse comes and goes
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(self.tr("Card {0}: {1}").format(number, card.title))
        self.setAccessibleDescription(card.text)

        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 9)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.badge = plain_label(str(number) if number <= 9 else "", self)
        style_as(self.badge, "cardNumber")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.badge.setFixedWidth(22)
        typography.role(self.badge, 1.15, QFont.Weight.Bold)
        self.title = plain_label(card.title, self, wrap=True)
        style_as(self.title, "cardTitle")
        typography.role(self.title, 1.0, QFont.Weight.DemiBold)
        self.hint = plain_label(key, self)
        style_as(self.hint, "keyHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        typography.role(self.hint, 0.8)
        self.text = plain_label(card.text, self, wrap=True)
        style_as(self.text, "cardText")
        typography.role(self.text, 0.95)
        grid.addWidget(self.badge, 0, 0, 2, 1)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.hint, 0, 2)
        grid.addWidget(self.text, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)

    def show_uses(self, times: int) -> None:
        if times:
            self.hint.setText(self.tr("{0} · used {1}×").format(self._key, times).lstrip(" ·"))
        else:
            self.hint.setText(self._key)

    def paintEvent(self, _event: QPaintEvent) -> None:
        # A rounded card on the page: a hairline edge, darker under the
        # mouse, a thick highlight edge while it has the keyboard focus.
        painter = QPainter(self)
        if self.hasFocus():
            paint_rounded(self, painter, _FACE, _FOCUS_EDGE, 2.0)
        else:
            paint_rounded(self, painter, _FACE, _HOVER_EDGE if self.underMouse() else _EDGE)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self._on_use(self.card)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._on_use(self.card)
            return
        super().keyPressEvent(event)


class CardList(QWidget):
    """The cards of one step or situation, numbered from 1."""

    def __init__(
        self,
        cards: Sequence[PhraseCard],
        keys: Sequence[str],
        on_use: Callable[[PhraseCard], None],
        typography: Typography,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.views: list[CardView] = []
        for number, card in enumerate(cards, start=1):
            key = keys[number - 1] if number - 1 < len(keys) else ""
            view = CardView(number, card, key, on_use, typography, self)
            layout.addWidget(view)
            self.views.append(view)

    def show_uses(self, uses: Callable[[str], int]) -> None:
        for view in self.views:
            view.show_uses(uses(view.card.id))
