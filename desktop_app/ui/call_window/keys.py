"""Turns the keymap into Qt shortcuts and key labels shown on screen.

A key label reads as the agent's keyboard prints it. The key's own name comes
from Qt's translation ("Derecha", "Intro" in Spanish; ``ui.translations``
installs it); the modifiers are Calmline's words ("Ctrl", "Mayús"), short as
on the keycaps, where Qt's would be long ("Control+Mayúsculas"). Greek
keyboards print Ctrl, Alt and Shift in Latin letters, and so does the window.
On a Mac the labels are Qt's symbols (⌘ ⌥ ⇧), the same in every language.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QKeyCombination, Qt
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


#: modifiers in the order Qt writes them, each as its keycap says it
_KEYCAPS = (
    ("Meta", QT_TRANSLATE_NOOP("keys", "Meta")),
    ("Ctrl", QT_TRANSLATE_NOOP("keys", "Ctrl")),
    ("Alt", QT_TRANSLATE_NOOP("keys", "Alt")),
    ("Shift", QT_TRANSLATE_NOOP("keys", "Shift")),
)


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
    native = QKeySequence.SequenceFormat.NativeText
    if sys.platform == "darwin":
        return to_sequence(chord).toString(native)
    key = QKeySequence(Qt.Key[f"Key_{chord.key}"]).toString(native)
    caps = [
        QCoreApplication.translate("keys", str(cap))
        for name, cap in _KEYCAPS
        if name in chord.modifiers
    ]
    return "+".join([*caps, key])


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
