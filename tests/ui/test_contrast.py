"""Every text the window writes reads 4.5:1 on what it is written on (WCAG AA),
in the light palette and a dark one; the focus ring on painted widgets 3:1."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.widgets.accessible import contrast_ratio
from desktop_app.ui.widgets.contrast import solid
from desktop_app.ui.widgets.style import FOCUS_RING, TEXT_ROLES
from tests.ui.conftest import DARK_BASE

Role = QPalette.ColorRole

#: labels (``style_as``) sit in the header, on pages and notes, and in bands
LABEL_GROUNDS = (Role.Window, Role.Base, Role.AlternateBase)
#: what the painted widgets and the input fields write, on what
PAINTED = (
    (Role.WindowText, Role.Window),  # the current step on the rail, the mood word, chips
    (Role.PlaceholderText, Role.Window),  # other steps and keys on the rail, timer, counter
    (Role.Text, Role.Base),  # card titles and text, typed notes
    (Role.Highlight, Role.Base),  # card numbers and the blanks for missing values
    (Role.PlaceholderText, Role.Base),  # card key hints, hints in empty fields
    (Role.HighlightedText, Role.Highlight),  # an open situation, the alert bar, a warning
    (Role.Window, Role.WindowText),  # the "Copied" notice
    (Role.ButtonText, Role.Button),  # buttons
)


def pairs() -> set[tuple[Role, Role]]:
    labels = {(ink, ground) for ink in TEXT_ROLES.values() for ground in LABEL_GROUNDS}
    return labels | set(PAINTED)


def ratio(palette: QPalette, ink: Role, ground: Role) -> float:
    under = palette.color(ground)
    return contrast_ratio(solid(palette.color(ink), under), under)


def too_faint(palette: QPalette) -> list[str]:
    return [
        f"{ink.name} on {ground.name}: {ratio(palette, ink, ground):.2f}:1"
        for ink, ground in sorted(pairs(), key=lambda pair: (pair[0].name, pair[1].name))
        if ratio(palette, ink, ground) < 4.5
    ]


@pytest.mark.parametrize("palette_name", ["light", "dark"])
def test_every_text_reads_four_and_a_half_to_one(
    window: MainWindow, request: pytest.FixtureRequest, qtbot: QtBot, palette_name: str
) -> None:
    if palette_name == "dark":
        request.getfixturevalue("dark_palette")
        qtbot.waitUntil(lambda: window.palette().color(Role.Base) == QColor(*DARK_BASE))
    palette = window.palette()
    assert too_faint(palette) == []
    # The focus ring on painted widgets (cards on Base; rail, mood, chips on Window).
    for ground in (Role.Base, Role.Window):
        assert contrast_ratio(palette.color(FOCUS_RING), palette.color(ground)) >= 3.0


def test_the_muted_text_is_still_muted(window: MainWindow) -> None:
    """Readable, yet quieter than the text itself: the guidance keeps its place."""
    palette = window.palette()
    for ground in (Role.Window, Role.Base):
        muted = ratio(palette, Role.PlaceholderText, ground)
        assert 4.5 <= muted < ratio(palette, Role.Text, ground)
