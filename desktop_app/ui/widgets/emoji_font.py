"""The emoji font Calmline carries, for emoji an agent pastes into a note.

Agents paste 👍, 😡, 🙏 or ✅ from chat tools; without a font that has them Qt
draws empty boxes. ``resources/fonts/Symbola.ttf`` (outlines, Unicode 9, free
to redistribute, licence beside it) is registered with Qt at start, so every
widget falls back to it. A computer's own colour emoji font (Segoe UI Emoji,
Apple Color Emoji, Noto Color Emoji) is still preferred by Qt's fallback on
screen; the PDF asks for the carried font by name (``with_emoji``), because
Qt's PDF writer embeds outlines as a font but draws colour bitmaps as pictures.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from desktop_app.resources import resource_path

EMOJI_FONT_FILE = "Symbola.ttf"


@cache
def emoji_family() -> str | None:
    """The carried emoji font's family, registered with Qt on the first call
    (None when the file is missing or unreadable: emoji then need a system font)."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", EMOJI_FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None


def with_emoji(font: QFont) -> QFont:
    """``font``, then the carried emoji font for the characters ``font`` lacks."""
    family = emoji_family()
    if family is None:
        return QFont(font)
    widened = QFont(font)
    # The family the font resolves to ("DejaVu Sans"), not the name asked for: a
    # generic name ("Sans Serif") in a list of families is not resolved as one.
    widened.setFamilies([QFontInfo(font).family(), family])
    return widened
