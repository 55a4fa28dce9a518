"""Text the agent can read at a glance: every ink at least 4.5:1 on its ground (WCAG AA).

The window takes its colours from the platform's palette (``style``), and
some palettes fall short: Qt's own draws muted text as black at half strength
(3.9:1 on the window colour) and uses a mid blue for the accent that card
numbers and blanks are written in (3.2:1). ``readable`` moves each ink that
falls short just far enough towards black (on light grounds) or white (on
dark ones), so the look stays the palette's own; ``keep_text_readable``
applies it to the application, again whenever the palette changes.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.ui.widgets.accessible import contrast_ratio

Role = QPalette.ColorRole

#: WCAG AA for normal text
MINIMUM = 4.5
#: what text is written on: the header and rail, pages and notes, bands
GROUNDS = (Role.Window, Role.Base, Role.AlternateBase)
#: each ink and what it is written on, in the order they are settled (the text
#: on the highlight colour after the highlight colour itself)
INKS: tuple[tuple[Role, tuple[Role, ...]], ...] = (
    (Role.WindowText, GROUNDS),
    (Role.Text, GROUNDS),
    (Role.PlaceholderText, GROUNDS),
    (Role.Highlight, GROUNDS),
    (Role.ButtonText, (Role.Button,)),
    (Role.HighlightedText, (Role.Highlight,)),
)
_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
_STEPS = 20


def solid(ink: QColor, ground: QColor) -> QColor:
    """``ink`` as it looks laid over ``ground`` (a half-strength ink is lighter on white)."""
    alpha = ink.alphaF()

    def channel(over: float, under: float) -> float:
        return over * alpha + under * (1 - alpha)

    return _colour(
        channel(ink.redF(), ground.redF()),
        channel(ink.greenF(), ground.greenF()),
        channel(ink.blueF(), ground.blueF()),
    )


def _colour(red: float, green: float, blue: float) -> QColor:
    """A colour from 0-1 channels, rounded to the 8 bits a screen shows."""
    return QColor(round(red * 255), round(green * 255), round(blue * 255))


def worst_ratio(ink: QColor, grounds: list[QColor]) -> float:
    """The lowest contrast ``ink`` has on any of ``grounds``."""
    return min(contrast_ratio(solid(ink, ground), ground) for ground in grounds)


def _mix(first: QColor, second: QColor, share: float) -> QColor:
    return _colour(
        first.redF() + (second.redF() - first.redF()) * share,
        first.greenF() + (second.greenF() - first.greenF()) * share,
        first.blueF() + (second.blueF() - first.blueF()) * share,
    )


def readable_ink(ink: QColor, grounds: list[QColor]) -> QColor:
    """``ink`` if it reads on every ground, else the nearest colour towards black
    or white (whichever stands out more) that does."""
    if worst_ratio(ink, grounds) >= MINIMUM:
        return ink
    start = solid(ink, grounds[0])
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    target = black if worst_ratio(black, grounds) >= worst_ratio(white, grounds) else white
    for step in range(1, _STEPS + 1):
        moved = _mix(start, target, step / _STEPS)
        if worst_ratio(moved, grounds) >= MINIMUM:
            return moved
    return target


def readable(palette: QPalette) -> QPalette:
    """``palette`` with every ink the window writes in readable on its grounds."""
    result = QPalette(palette)
    for group in _GROUPS:
        for ink, grounds in INKS:
            colours = [result.color(group, ground) for ground in grounds]
            now = result.color(group, ink)
            wanted = readable_ink(now, colours)
            if wanted != now:
                result.setColor(group, ink, wanted)
    return result


def keep_text_readable() -> None:
    """Make the application's palette readable, if it is not already.

    Called at start and on every palette change (a switch to a dark theme);
    a palette already readable is left alone, so this settles at once.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    palette = app.palette()
    wanted = readable(palette)
    if wanted != palette:
        app.setPalette(wanted)
