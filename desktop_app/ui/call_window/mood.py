"""The customer's mood now, 1 (furious) to 5 (calm), as five dots and its word.

A screen reader hears it as a slider from 1 to 5 with its word ("2 of 5,
angry"); with the keyboard focus on it, the arrow keys move it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.core.call import MOOD_MAX, MOOD_MIN, MOOD_WORDS
from desktop_app.ui.widgets.accessible import Range, Spoken, announce, tell_value_changed
from desktop_app.ui.widgets.style import paint_focus_ring

DOT = 9
GAP = 5
#: between the last dot and the word
WORD_GAP = 6
#: room around the dots for the keyboard focus ring
RING = 3
_FILLED, _EMPTY, _EDGE, _WORD = (
    QPalette.ColorRole.Highlight,
    QPalette.ColorRole.Base,
    QPalette.ColorRole.Mid,
    QPalette.ColorRole.WindowText,
)
_WORD_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def mood_word(mood: int) -> str:
    """The mood's word in the agent's language (the desk's messages say the same word)."""
    return QCoreApplication.translate("desk", MOOD_WORDS[mood - MOOD_MIN])


class MoodMeter(QWidget):
    def __init__(self, on_pick: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mood: int | None = -1  # set below, so that the first set_mood paints
        self._on_pick = on_pick
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Customer mood"))
        self.set_mood(None)

    def set_mood(self, mood: int | None) -> None:
        if mood == self._mood:
            return  # shown on every step change: repaint only what changed
        told = self._mood != -1
        self._mood = mood
        self.update()
        if told and mood is not None:
            tell_value_changed(self, mood)
            announce(self, self.tr("Mood: {0}").format(self.value_text()))

    def value_text(self) -> str:
        """ "2 of 5, angry", or "not set"."""
        if self._mood is None or self._mood < MOOD_MIN:
            return self.tr("not set")
        return self.tr("{0} of {1}, {2}").format(self._mood, MOOD_MAX, mood_word(self._mood))

    def spoken(self) -> Spoken:
        return Spoken(
            QAccessible.Role.Slider,
            self.accessibleName(),
            description=self.tr("1 furious to 5 calm"),
            value=self.value_text(),
            range=Range(self._mood or 0, MOOD_MIN, MOOD_MAX, self._on_pick),
        )

    def word_text(self) -> str:
        """The word painted beside the dots: "angry", or "" while the mood is not set."""
        if self._mood is None or self._mood < MOOD_MIN:
            return ""
        return mood_word(self._mood)

    def _dots_width(self) -> int:
        return MOOD_MAX * DOT + (MOOD_MAX - 1) * GAP + 2

    def sizeHint(self) -> QSize:
        # Room for the longest word, so that the header does not shift as the mood changes.
        metrics = QFontMetrics(self.font())
        word = max(metrics.horizontalAdvance(mood_word(m)) for m in range(MOOD_MIN, MOOD_MAX + 1))
        height = max(DOT, metrics.height()) + 2 * RING
        return QSize(self._dots_width() + WORD_GAP + word + 2 * RING, height)

    def minimumSizeHint(self) -> QSize:
        # Never narrower than dots and word: the header's other parts elide instead.
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.updateGeometry()
        super().changeEvent(event)

    def _dot(self, index: int) -> QRectF:
        top = (self.height() - DOT) / 2
        return QRectF(RING + 1 + index * (DOT + GAP), top, DOT, DOT)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        filled, empty = palette.color(_FILLED), palette.color(_EMPTY)
        painter.setPen(palette.color(_EDGE))
        mood = self._mood or 0
        for index in range(MOOD_MAX):
            painter.setBrush(filled if index < mood else empty)
            painter.drawEllipse(self._dot(index))
        word = self.word_text()
        if word:
            painter.setPen(palette.color(_WORD))
            left = RING + self._dots_width() + WORD_GAP
            painter.drawText(
                QRectF(left, 0, self.width() - left - RING, self.height()), _WORD_ALIGN, word
            )
        if self.hasFocus():
            paint_focus_ring(painter, palette, QRectF(self.rect()), self.height() / 2)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        calmer = (Qt.Key.Key_Right, Qt.Key.Key_Up)
        angrier = (Qt.Key.Key_Left, Qt.Key.Key_Down)
        if event.key() in (*calmer, *angrier) and not event.modifiers():
            now = self._mood or (MOOD_MIN + MOOD_MAX) // 2
            wanted = now + (1 if event.key() in calmer else -1)
            if MOOD_MIN <= wanted <= MOOD_MAX:
                self._on_pick(wanted)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for index in range(MOOD_MAX):
            if self._dot(index).adjusted(-GAP / 2, -4, GAP / 2, 4).contains(event.position()):
                self._on_pick(index + 1)
                return
        super().mousePressEvent(event)
