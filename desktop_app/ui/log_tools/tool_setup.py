"""What every log tool (History, Follow-ups, the report, the export dialog) is built with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop_app.core.clock import Clock, SystemClock
from desktop_app.core.local_formats import LocalFormats
from desktop_app.core.titles import Titles
from desktop_app.desk.effects import Effects
from desktop_app.store.base import CallLog
from desktop_app.ui.log_tools.exporting import SavePathChooser, ask_save_path


@dataclass(frozen=True, slots=True)
class ToolSetup:
    """Where a tool's calls come from, how it tells the agent, and where it saves files."""

    log: CallLog
    effects: Effects
    exports_folder: Path
    #: asks where to save; a file dialog over the tool when None (tests pass their own)
    choose_path: SavePathChooser | None = None
    clock: Clock = field(default_factory=SystemClock)
    #: the time zone times are shown in; the system's when None
    tz: tzinfo | None = None
    #: steps, cards and situations by their titles, as loaded now
    titles: Callable[[], Titles] = Titles
    #: dates and numbers the locale's way; the window's locale when None
    formats: LocalFormats | None = None

    def chooser(self, parent: QWidget) -> SavePathChooser:
        return self.choose_path or ask_save_path(parent)
