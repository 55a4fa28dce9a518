"""What a screen reader hears from Calmline's painted widgets, and what it is told.

Cards, the step rail, the mood meter and the painted labels draw themselves,
so Qt knows nothing of what they are: without help they reach assistive
technology as nameless fillers. A widget that has a ``spoken()`` method
describes itself there (role, name, description, value, what pressing it
does, its key) and ``install_accessibility`` makes Qt ask it, through one
``QAccessibleWidget`` subclass handed out by a factory. The answer is built
at the moment a screen reader asks, so it is never stale.

A painted widget that paints several things a listener meets one by one (a
card list's cards) hands them out with ``spoken_parts()``: each ``Part`` is
then a child of the widget for assistive technology, with its own role,
name, place and actions, as the rows of Qt's item views are, though it is
no widget of its own.

Changes are told with Qt's accessibility events (``announce``,
``tell_value_changed``, ``tell_name_changed``), never by moving the focus.
Each helper returns at once when no assistive technology listens, so the
step key costs the same for everyone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleValueChangeEvent,
    QAccessibleValueInterface,
    QColor,
    QWindow,
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


class Part(Protocol):
    """A piece of a painted widget that a screen reader meets as an object of its own."""

    def spoken(self) -> Spoken: ...

    def geometry(self) -> QRect:
        """Where it is painted, in its widget's coordinates."""
        ...

    def hasFocus(self) -> bool: ...

    def take_focus(self) -> None: ...


def speaks(obj: QObject) -> Callable[[], Spoken] | None:
    spoken = getattr(obj, "spoken", None)
    return spoken if callable(spoken) else None


def _parts_of(obj: QObject) -> Callable[[], Sequence[Part]]:
    parts = getattr(obj, "spoken_parts", None)
    return parts if callable(parts) else _no_parts


def _no_parts() -> Sequence[Part]:
    return ()


def _said(spoken: Spoken, kind: QAccessible.Text) -> str | None:
    """The text of ``kind`` that ``spoken`` gives (None: one it does not say)."""
    if kind == _TEXT.Name:
        return spoken.name
    if kind == _TEXT.Description:
        return spoken.describe() if spoken.describe is not None else spoken.description
    if kind == _TEXT.Value:
        return spoken.value
    if kind == _TEXT.Accelerator:
        return spoken.key
    return None


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
        self._parts = _parts_of(widget)
        #: the parts' interfaces handed out, by index; Qt's cache may hold them, so
        #: they are deleted through it when the widget goes (see ``_forget``)
        self._children: dict[int, PartAccessible] = {}
        if self._parts is not _no_parts:
            children = self._children
            widget.destroyed.connect(lambda: _forget(children))

    def role(self) -> QAccessible.Role:
        return self._role

    # -- the painted parts, children before any child widget ---------------------------
    def childCount(self) -> int:
        return len(self._parts()) + int(super().childCount())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        count = len(self._parts())
        if index < 0:
            return None
        if index >= count:
            return cast(QAccessibleInterface | None, super().child(index - count))
        child = self._children.get(index)
        if child is None:
            child = self._children[index] = PartAccessible(self.widget(), index, self._parts)
        return child

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        for index, handed in self._children.items():
            if handed is child:
                return index
        found = int(super().indexOfChild(child))
        return found + len(self._parts()) if found >= 0 else -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        for index, part in enumerate(self._parts()):
            if part.hasFocus():
                return self.child(index)
        return cast(QAccessibleInterface | None, super().focusChild())

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        widget = self.widget()
        point = widget.mapFromGlobal(QPoint(x, y))
        for index, part in enumerate(self._parts()):
            if part.geometry().contains(point):
                return self.child(index)
        return cast(QAccessibleInterface | None, super().childAt(x, y))

    def text(self, kind: QAccessible.Text) -> str:
        said = _said(self._spoken(), kind)
        return str(super().text(kind)) if said is None else said

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


class _PartActions(QAccessibleActionInterface):
    """What can be done to a part: press it (a card is copied), give it the focus."""

    def __init__(self, part: PartAccessible) -> None:
        super().__init__()
        self._part = part

    def actionNames(self) -> list[str]:
        part = self._part.part()
        if part is None:
            return []
        if part.spoken().press is None:
            return []
        return [self.pressAction(), self.setFocusAction()]

    def doAction(self, name: str) -> None:
        part = self._part.part()
        if part is None:
            return
        press = part.spoken().press
        if name == self.pressAction() and press is not None:
            press()
        elif name == self.setFocusAction():
            part.take_focus()

    def keyBindingsForAction(self, name: str) -> list[str]:
        part = self._part.part()
        key = part.spoken().key if part is not None else ""
        return [key] if key and name == self.pressAction() else []


class PartAccessible(QAccessibleInterface):
    """One ``Part`` of a painted widget, as assistive technology sees it.

    (Where Qt answers "none" with a null pointer, PySide's stubs promise an
    object: the overrides that may answer None say so.)
    """

    def __init__(self, owner: QWidget, index: int, parts: Callable[[], Sequence[Part]]) -> None:
        super().__init__()
        self._owner = owner
        self._index = index
        self._parts = parts
        self._actions = _PartActions(self)

    def part(self) -> Part | None:
        if not shiboken6.isValid(self._owner):
            return None
        parts = self._parts()
        return parts[self._index] if self._index < len(parts) else None

    def isValid(self) -> bool:
        return self.part() is not None

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._owner.window().windowHandle() if self.isValid() else None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return QAccessible.queryAccessibleInterface(self._owner) if self.isValid() else None

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def role(self) -> QAccessible.Role:
        part = self.part()
        return part.spoken().role if part is not None else Role.NoRole

    def text(self, kind: QAccessible.Text) -> str:
        part = self.part()
        said = _said(part.spoken(), kind) if part is not None else None
        return said or ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        return None  # a part's words are the playbook's, not a listener's to change

    def rect(self) -> QRect:
        part = self.part()
        if part is None:
            return QRect()
        place = part.geometry()
        return QRect(self._owner.mapToGlobal(place.topLeft()), place.size())

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        part = self.part()
        if part is None or not self._owner.isVisible():
            state.invisible = True
            return state
        # A part that can be pressed takes the keyboard focus (a card); one that is
        # only read (a reminder) does not.
        state.focusable = part.spoken().press is not None
        state.focused = part.hasFocus()
        return state

    def interface_cast(self, kind: QAccessible.InterfaceType) -> int:
        if kind == QAccessible.InterfaceType.ActionInterface:
            return cast(int, shiboken6.VoidPtr(shiboken6.getCppPointer(self._actions)[0]))
        return cast(int, _NO_INTERFACE)


def _forget(children: dict[int, PartAccessible]) -> None:
    """The parts' interfaces out of Qt's cache (which deletes them): their widget is gone."""
    for child in children.values():
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(child))
    children.clear()


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


def tell_part_focused(widget: QWidget, index: int) -> None:
    """The keyboard focus moved to part ``index`` of ``widget`` (another card)."""
    if listening():
        event = QAccessibleEvent(widget, QAccessible.Event.Focus)
        event.setChild(index)
        QAccessible.updateAccessibility(event)


def tell_part_described(widget: QWidget, index: int) -> None:
    """Part ``index`` of ``widget`` says other words now (a card's text filled in)."""
    if listening():
        event = QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
        event.setChild(index)
        QAccessible.updateAccessibility(event)


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
