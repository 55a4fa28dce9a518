"""From / To date filters, each switched on by its own check box, as [since, until)."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from desktop_app.ui.widgets.follow_language import follow_language


class DateRangeFilter(QWidget):
    #: the range the agent chose changed
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, tz: tzinfo | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self.use_since = QCheckBox(self)
        self.since = self._date_edit(QDate.currentDate().addMonths(-1))
        self.use_until = QCheckBox(self)
        self.until = self._date_edit(QDate.currentDate())
        follow_language(self, self._set_words)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.use_since, self.since, self.use_until, self.until):
            layout.addWidget(widget)
        layout.addStretch(1)
        for box, edit in ((self.use_since, self.since), (self.use_until, self.until)):
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(lambda _: self.changed.emit())
            edit.dateChanged.connect(lambda _: self.changed.emit())

    def _set_words(self) -> None:
        self.use_since.setText(self.tr("From"))
        self.since.setAccessibleName(self.tr("From date"))
        self.use_until.setText(self.tr("To"))
        self.until.setAccessibleName(self.tr("To date"))

    def _date_edit(self, initial: QDate) -> QDateEdit:
        edit = QDateEdit(initial, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        return edit

    def date_range(self) -> tuple[datetime | None, datetime | None]:
        """The checked dates as [since, until) at local midnight; "To" includes its day."""
        since = until = None
        if self.use_since.isChecked():
            since = self._midnight(self.since.date())
        if self.use_until.isChecked():
            until = self._midnight(self.until.date()) + timedelta(days=1)
        return since, until

    def _midnight(self, day: QDate) -> datetime:
        moment = datetime(day.year(), day.month(), day.day())
        return moment.replace(tzinfo=self._tz) if self._tz else moment.astimezone()
