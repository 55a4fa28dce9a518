"""The step rail: every step of the playbook in a row, the current one highlighted.

Painted in one widget rather than built from labels, so moving to another
step costs one repaint and no layout; each look it takes during a call (which
step is current, which were visited) is drawn once into a pixmap and then
only copied to the screen.

The current step always shows its whole name: it takes the width its name
needs and the other steps share what is left, their names cut short first.

For a screen reader the rail is a list of page tabs, the current step
selected: each tab is an empty child widget over its slot (it paints nothing
and lets clicks through) that only answers what it is. With the keyboard
focus on the rail, Left and Right move to the previous and next step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.ui.widgets.accessible import Spoken, announce, tell_selection_changed
from desktop_app.ui.widgets.style import paint_focus_ring

BAR_HEIGHT = 4
GAP = 4
#: the narrowest a step other than the current one gets (its bar stays visible)
NARROWEST = 14
#: rail pictures kept (a call passes through a dozen or so looks)
PICTURES_KEPT = 32
_TITLE_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_KEY_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


@dataclass(frozen=True, slots=True)
class _Slot:
    """Where one step goes on the rail, with its title elided to fit (plain and bold) and key."""

    whole: QRectF
    bar: QRectF
    title: QRectF
    key: QRectF
    plain: str
    bold: str
    key_text: str


class RailTab(QWidget):
    """One step on the rail, for a screen reader: its title, its key, selected if current."""

    def __init__(self, rail: StepRail, index: int) -> None:
        super().__init__(rail)
        self._rail = rail
        self.index = index
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def spoken(self) -> Spoken:
        rail = self._rail
        return Spoken(
            QAccessible.Role.PageTab,
            rail.step_title(self.index),
            description=rail.step_words(self.index),
            press=lambda: rail.pick(self.index),
            key=rail.step_key(self.index),
            selected=self.index == rail.current,
        )


class StepRail(QWidget):
    def __init__(self, on_pick: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_pick = on_pick
        self._titles: list[str] = []
        self._keys: list[str] = []
        self._current = 0
        self._visited: set[int] = set()
        self._cache: tuple[QFont, QFont, QFont, QFontMetrics] | None = None
        #: each step's slot, by the current step (worked out once per size and font)
        self._layouts: dict[int, list[_Slot]] = {}
        self._pictures: dict[tuple[int, frozenset[int], int, bool], QPixmap] = {}
        self.tabs: list[RailTab] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Steps"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def spoken(self) -> Spoken:
        return Spoken(
            QAccessible.Role.PageTabList,
            self.accessibleName(),
            description=self.tr("Left and Right go to the previous and next step"),
            value=self.step_words(self._current) if self._titles else "",
        )

    @property
    def current(self) -> int:
        return self._current

    def step_title(self, index: int) -> str:
        return self._titles[index] if 0 <= index < len(self._titles) else ""

    def step_key(self, index: int) -> str:
        return self._keys[index] if 0 <= index < len(self._keys) else ""

    def step_words(self, index: int) -> str:
        """ "Step 2 of 6: Acknowledge"."""
        return self.tr("Step {0} of {1}: {2}").format(
            index + 1, len(self._titles), self.step_title(index)
        )

    def pick(self, index: int) -> None:
        """Go to step ``index``, as a click on it does."""
        if 0 <= index < len(self._titles):
            self._on_pick(index)

    def set_steps(self, titles: Sequence[str], keys: Sequence[str]) -> None:
        self._titles, self._keys = list(titles), list(keys)
        self._visited = set()
        for tab in self.tabs:
            tab.deleteLater()
        self.tabs = [RailTab(self, index) for index in range(len(self._titles))]
        self._forget_layout()  # laid out for the old steps: the tabs need the new
        self._place_tabs()
        for tab in self.tabs:
            tab.show()
        self.updateGeometry()
        self.update()

    def set_current(self, index: int, visited: set[int]) -> None:
        before, self._current, self._visited = self._current, index, visited
        if index != before:
            # The current step is wider than the others: its tab follows, after the
            # step change has painted (moving child widgets costs the frame a millisecond).
            QTimer.singleShot(0, self, self._place_tabs)
        if index != before and self._titles:
            for changed in (before, index):
                if changed < len(self.tabs):
                    tell_selection_changed(self.tabs[changed])
            announce(self, self.step_words(index))
        self.update()

    def _place_tabs(self) -> None:
        for index, tab in enumerate(self.tabs):
            # Rounded outwards a slot may reach a pixel past the rail's edge: kept inside.
            tab.setGeometry(self._slot(index).toAlignedRect() & self.rect())

    def shown_title(self, index: int) -> str:
        """Step ``index``'s name as the rail shows it now (cut short with "…" if it must be)."""
        slots = self._slots()
        if not 0 <= index < len(slots):
            return ""
        return slots[index].bold if index == self._current else slots[index].plain

    # -- geometry ------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        key = QFont(self.font())
        key.setPointSizeF(self.font().pointSizeF() * 0.8)
        return title, key

    def sizeHint(self) -> QSize:
        title, key = self._fonts()
        height = BAR_HEIGHT + 6 + QFontMetrics(title).height() + QFontMetrics(key).height() + 4
        return QSize(60 * max(1, len(self._titles)), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.sizeHint().height())

    def _slot(self, index: int) -> QRectF:
        return self._slots()[index].whole

    def _widths(self, bold: QFontMetrics) -> list[float]:
        """Each step's width: equal shares, unless the current step's name needs more."""
        count = len(self._titles)
        room = self.width() - GAP * (count - 1)
        equal = room / count
        current = self._current if 0 <= self._current < count else 0
        needed = bold.horizontalAdvance(self._titles[current]) + 2.0
        if needed <= equal or count == 1:
            return [equal] * count
        others = max((room - needed) / (count - 1), min(NARROWEST, equal))
        widths = [others] * count
        widths[current] = room - others * (count - 1)
        return widths

    # -- painting -------------------------------------------------------------
    def _forget_layout(self) -> None:
        self._cache = None
        self._layouts.clear()
        self._pictures.clear()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._forget_layout()
        self._place_tabs()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._forget_layout()
            self.updateGeometry()
        elif event.type() == QEvent.Type.PaletteChange:
            self._pictures.clear()
        super().changeEvent(event)

    def _fonts_and_metrics(self) -> tuple[QFont, QFont, QFont, QFontMetrics]:
        if self._cache is None:
            title_font, key_font = self._fonts()
            bold = QFont(title_font)
            bold.setWeight(QFont.Weight.DemiBold)
            self._cache = (title_font, bold, key_font, QFontMetrics(bold))
        return self._cache

    def _slots(self) -> list[_Slot]:
        """Where each step goes, with its title already elided: worked out once per size
        and current step."""
        slots = self._layouts.get(self._current)
        if slots is None:
            title_font, _bold, _key_font, bold_metrics = self._fonts_and_metrics()
            plain_metrics = QFontMetrics(title_font)
            title_height = plain_metrics.height()
            top = BAR_HEIGHT + 5
            slots = []
            x = 0.0
            for index, (title, width) in enumerate(
                zip(self._titles, self._widths(bold_metrics) if self._titles else [], strict=True)
            ):
                whole = int(width)
                slots.append(
                    _Slot(
                        whole=QRectF(x, 0, width, self.height()),
                        bar=QRectF(x, 0, width, BAR_HEIGHT),
                        title=QRectF(x, top, width, title_height),
                        key=QRectF(x, top + title_height, width, self.height() - top),
                        plain=plain_metrics.elidedText(title, Qt.TextElideMode.ElideRight, whole),
                        bold=bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, whole),
                        key_text=self._keys[index] if index < len(self._keys) else "",
                    )
                )
                x += width + GAP
            self._layouts[self._current] = slots
        return slots

    def paintEvent(self, _event: QPaintEvent) -> None:
        key = (self._current, frozenset(self._visited), self.palette().cacheKey(), self.hasFocus())
        picture = self._pictures.get(key)
        if picture is None:
            if len(self._pictures) >= PICTURES_KEPT:
                self._pictures.clear()
            picture = self._pictures[key] = self._draw()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, picture)
        painter.end()

    def _draw(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        picture = QPixmap(self.size() * ratio)
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        slots = self._slots()
        title_font, bold, key_font, _metrics = self._fonts_and_metrics()
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        for index, slot in enumerate(slots):
            current = index == self._current
            if current:
                bar = palette.color(QPalette.ColorRole.Highlight)
            elif index in self._visited:
                bar = palette.color(QPalette.ColorRole.Mid)
            else:
                bar = palette.color(QPalette.ColorRole.Midlight)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar)
            painter.drawRoundedRect(slot.bar, 2, 2)
            painter.setFont(bold if current else title_font)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText) if current else muted)
            painter.drawText(slot.title, _TITLE_ALIGN, slot.bold if current else slot.plain)
            if slot.key_text:
                painter.setFont(key_font)
                painter.setPen(muted)
                painter.drawText(slot.key, _KEY_ALIGN, slot.key_text)
            if current and self.hasFocus():
                paint_focus_ring(painter, palette, self._slot(index))
        painter.end()
        return picture

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        move = moves.get(Qt.Key(event.key()))
        if move is not None and not event.modifiers():
            self.pick(self._current + move)
            return
        if event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End) and not event.modifiers():
            self.pick(0 if event.key() == Qt.Key.Key_Home else len(self._titles) - 1)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for index, slot in enumerate(self._slots()):
            if slot.whole.contains(event.position()):
                self._on_pick(index)
                return
        super().mousePressEvent(event)
