"""Turns the keymap into Qt shortcuts and key labels shown on screen."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from desktop_app.core.commands import split_command_line
from desktop_app.core.keymap import KeyChord, Keymap

_MODIFIERS = {
    "Ctrl": Qt.KeyboardModifier.ControlModifier,
    "Alt": Qt.KeyboardModifier.AltModifier,
    "Shift": Qt.KeyboardModifier.ShiftModifier,
    "Meta": Qt.KeyboardModifier.MetaModifier,
}


def to_sequence(chord: KeyChord) -> QKeySequence:
    modifiers = Qt.KeyboardModifier.NoModifier
    for name in chord.modifiers:
        modifiers |= _MODIFIERS[name]
    key = Qt.Key[f"Key_{chord.key}"]
    return QKeySequence(QKeyCombination(modifiers, key))


def key_label(chord: KeyChord | None) -> str:
    """How a key is written on screen, in the user's language ("" for none)."""
    if chord is None:
        return ""
    return to_sequence(chord).toString(QKeySequence.SequenceFormat.NativeText)


def install_shortcuts(
    window: QWidget, keymap: Keymap, run: Callable[[Sequence[str]], object]
) -> list[QShortcut]:
    """One window-wide shortcut per binding, each running its command's words
    (split once here, not on every press)."""
    shortcuts = []
    for binding in keymap:
        shortcut = QShortcut(to_sequence(binding.chord), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.setAutoRepeat(False)
        words = tuple(split_command_line(binding.command_line))
        shortcut.activated.connect(lambda words=words: run(words))
        shortcuts.append(shortcut)
    return shortcuts
