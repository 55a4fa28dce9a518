"""What a screen reader hears from Calmline's painted widgets, and what it is told.

Cards, the step rail, the mood meter and the painted labels draw themselves,
so Qt knows nothing of what they are: without help they reach assistive
technology as nameless fillers. A widget that has a ``spoken()`` method
describes itself there (role, name, description, value, what pressing it
does, its key) and ``install_accessibility`` makes Qt ask it, through one
``QAccessibleWidget`` subclass handed out by a factory. The answer is built
at the moment a screen reader asks, so it is never stale.

Changes are told with Qt's accessibility events (``announce``,
``tell_value_changed``, ``tell_name_changed``), never by moving the focus.
Each helper returns at once when no assistive technology listens, so the
step key costs the same for everyone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleValueChangeEvent,
    QAccessibleValueInterface,
    QColor,
)
from PySide6.QtWidgets import QAbstractScrollArea, QAccessibleWidget, QScrollBar, QWidget

Role = QAccessible.Role
_TEXT = QAccessible.Text
_NO_INTERFACE = shiboken6.VoidPtr(0)


@dataclass(frozen=True, slots=True)
class Range:
    """A value a screen reader reads as a number in its range (the mood, 1 to 5)."""

    current: int
    lowest: int
    highest: int
    #: sets the value, as a click on it would
    pick: Callable[[int], None]


@dataclass(frozen=True, slots=True)
class Spoken:
    """What one painted widget is, for a screen reader."""

    role: QAccessible.Role
    name: str
    description: str = ""
    #: what it says now beside its name (a value's word, a label's text)
    value: str = ""
    #: what pressing it does (a card is copied, a step is gone to), if it can be pressed
    press: Callable[[], None] | None = None
    #: the key that does the same, shown as the press action's key binding
    key: str = ""
    selected: bool | None = None
    range: Range | None = None
    #: the description worked out only when a screen reader asks for it (a card's
    #: filled text): the bridge asks for the role and state far more often
    describe: Callable[[], str] | None = None


def speaks(obj: QObject) -> Callable[[], Spoken] | None:
    spoken = getattr(obj, "spoken", None)
    return spoken if callable(spoken) else None


class _RangeValue(QAccessibleValueInterface):
    """The value side of a widget whose ``Spoken`` has a range."""

    def __init__(self, spoken: Callable[[], Spoken]) -> None:
        super().__init__()
        self._spoken = spoken

    def _range(self) -> Range | None:
        return self._spoken().range

    def currentValue(self) -> int:
        value = self._range()
        return 0 if value is None else value.current

    def maximumValue(self) -> int:
        value = self._range()
        return 0 if value is None else value.highest

    def minimumValue(self) -> int:
        value = self._range()
        return 0 if value is None else value.lowest

    def minimumStepSize(self) -> int:
        return 1

    def setCurrentValue(self, value: object) -> None:
        current = self._range()
        if current is None or not isinstance(value, int | float):
            return
        wanted = round(value)
        if current.lowest <= wanted <= current.highest:
            current.pick(wanted)


class PaintedAccessible(QAccessibleWidget):
    """A painted widget as assistive technology sees it: whatever its ``spoken()`` says."""

    def __init__(self, widget: QWidget, spoken: Callable[[], Spoken]) -> None:
        role = spoken().role
        super().__init__(widget, role)
        self._role = role  # a widget's role never changes
        self._spoken = spoken
        self._value = _RangeValue(spoken)

    def role(self) -> QAccessible.Role:
        return self._role

    def text(self, kind: QAccessible.Text) -> str:
        said = self._spoken()
        if kind == _TEXT.Name:
            return said.name
        if kind == _TEXT.Description:
            return said.describe() if said.describe is not None else said.description
        if kind == _TEXT.Value:
            return said.value
        if kind == _TEXT.Accelerator:
            return said.key
        return str(super().text(kind))

    def state(self) -> QAccessible.State:
        state = super().state()
        selected = self._spoken().selected
        if selected is not None:
            state.selectable = True
            state.selected = selected
        return state

    # -- actions -------------------------------------------------------------------
    def actionNames(self) -> list[str]:
        names = [self.pressAction()] if self._spoken().press is not None else []
        if self.widget().focusPolicy() != Qt.FocusPolicy.NoFocus:
            names.append(self.setFocusAction())
        return names

    def doAction(self, name: str) -> None:
        said = self._spoken()
        if name == self.pressAction() and said.press is not None:
            said.press()
        elif name == self.setFocusAction():
            self.widget().setFocus()

    def keyBindingsForAction(self, name: str) -> list[str]:
        key = self._spoken().key
        return [key] if key and name == self.pressAction() else []

    def interface_cast(self, kind: QAccessible.InterfaceType) -> int:
        # Qt's C++ side wants a pointer (a VoidPtr, though the stubs say int);
        # None where a pointer is wanted crashes, so "none" is a null pointer.
        if kind == QAccessible.InterfaceType.ValueInterface:
            if self._spoken().range is None:
                return cast(int, _NO_INTERFACE)
            return cast(int, shiboken6.VoidPtr(shiboken6.getCppPointer(self._value)[0]))
        found: object = super().interface_cast(kind)
        return cast(int, _NO_INTERFACE if found is None else found)


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QScrollBar) and not obj.accessibleName():
        bar = obj
        return PaintedAccessible(bar, lambda: _scroll_bar(bar))
    spoken = speaks(obj)
    if spoken is None or not isinstance(obj, QWidget):
        return None
    return PaintedAccessible(obj, spoken)


def _scroll_bar(bar: QScrollBar) -> Spoken:
    """A scroll bar named after what it scrolls ("Scroll: Call notes")."""
    area = bar.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    what = area.accessibleName() if area is not None else ""
    scroll = QCoreApplication.translate("accessible", "Scroll")
    return Spoken(
        Role.ScrollBar,
        f"{scroll}: {what}" if what else scroll,
        range=Range(bar.value(), bar.minimum(), bar.maximum(), bar.setValue),
    )


_installed = False


def install_accessibility() -> None:
    """Let Qt ask painted widgets what they are; once per process."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def listening() -> bool:
    """True while assistive technology (a screen reader, a test's walker) is attached."""
    return bool(QAccessible.isActive())


def announce(widget: QWidget, message: str, *, urgent: bool = False) -> None:
    """Have a screen reader say ``message`` now, as coming from ``widget``.

    Polite by default (after what it is saying); ``urgent`` interrupts, for
    what went wrong.
    """
    if not listening() or not message:
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)


def tell_name_changed(widget: QWidget) -> None:
    """The widget's spoken name changed (a painted label's text)."""
    if listening():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))


def tell_value_changed(widget: QWidget, value: int) -> None:
    if listening():
        QAccessible.updateAccessibility(QAccessibleValueChangeEvent(widget, value))


def tell_selection_changed(widget: QWidget) -> None:
    """``widget`` (a rail tab) was selected or is no longer."""
    if listening():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Selection))


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio of two colours, 1 (none) to 21 (black on white)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
