"""Two or more notices up at once, folded into one line: "3 notices · F12 to read".

One notice shows as itself. When more go up, they fold into this strip so
that the cards keep their room however much is going on; the read key (the
``read-notices`` command) unfolds them into their own lines and folds them
again, and Esc (``dismiss``) closes the newest either way. The strip names the
newest notice, cut to the width, the whole text in its tooltip. A notice whose
detail is opened by its own key (a repeat caller's) unfolds the strip to be seen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from desktop_app.ui.widgets.accessible import announce
from desktop_app.ui.widgets.follow_language import follow_language
from desktop_app.ui.widgets.labels import plain_label
from desktop_app.ui.widgets.notice_bar import NoticeBar
from desktop_app.ui.widgets.style import Band, Role
from desktop_app.ui.widgets.typography import Typography


class NoticeStrip(Band):
    def __init__(self, typography: Typography, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeStrip")
        self.set_accent(Role.Highlight)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.setSpacing(6)
        self.label: QLabel = plain_label("", self)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        typography.role(self.label, 0.85)
        row.addWidget(self.label, 1)
        self.read_button = QToolButton(self)
        self.read_button.setAutoRaise(True)
        self.read_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.read_button.clicked.connect(self.toggle)
        row.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignVCenter)
        #: the key that unfolds and folds the notices, shown on the strip
        self.read_key = ""
        self._bars: list[NoticeBar] = []
        self._up: list[NoticeBar] = []  # in the order they went up, the newest last
        self._unfolded = False
        self._line = ""
        self.hide()
        follow_language(self, self._set_words)

    def _set_words(self) -> None:
        # The strip's own words; the notices re-word themselves (``reworded``).
        self.setAccessibleName(self.tr("Notices"))
        if len(self._up) > 1:
            self._arrange()

    def add(self, bar: NoticeBar) -> None:
        """Fold ``bar`` with the others whenever more than one notice is up."""
        self._bars.append(bar)
        bar.up_changed.connect(lambda up, bar=bar: self._went(bar, up))
        bar.reworded.connect(self._reworded)
        bar.needs_room.connect(self._make_room)

    def up(self) -> list[NoticeBar]:
        """The notices up now, the newest last (folded or not)."""
        return list(self._up)

    @property
    def unfolded(self) -> bool:
        return self._unfolded

    def close_newest(self) -> bool:
        """Take down the newest notice; False if none is up."""
        if not self._up:
            return False
        self._up[-1].hide()
        return True

    def toggle(self) -> None:
        """Unfold the notices into their own lines, or fold them back into one."""
        self._unfolded = not self._unfolded and len(self._up) > 1
        self._arrange()

    def _reworded(self) -> None:
        if len(self._up) > 1:
            self._arrange()  # the newest notice's words, in the new language

    def _make_room(self) -> None:
        if len(self._up) > 1 and not self._unfolded:
            self.toggle()

    def _went(self, bar: NoticeBar, up: bool) -> None:
        was_up = bar in self._up
        if was_up:
            self._up.remove(bar)
        if up:
            self._up.append(bar)  # shown again with new words: the newest now
        elif not was_up:
            return  # taken down twice (at start, say): nothing changes
        self._arrange()

    def _arrange(self) -> None:
        count = len(self._up)
        if count < 2:
            self._unfolded = False
        folded = count > 1 and not self._unfolded
        for bar in self._bars:
            bar.fold(folded)
        if count < 2:
            self.hide()
            return
        key = f" · {self.read_key}" if self.read_key else ""
        newest = self._up[-1].text
        if self._unfolded:
            self._line = self.tr("{0} notices · Esc closes the newest").format(count)
            self.read_button.setText(self.tr("Fold") + key)
        else:
            self._line = self.tr("{0} notices · newest: {1}").format(count, newest)
            self.read_button.setText(self.tr("Read") + key)
        self.read_button.setAccessibleName(
            self.tr("Fold the notices") if self._unfolded else self.tr("Read every notice")
        )
        self.label.setToolTip(newest)
        self.setAccessibleDescription(self._line)
        self._fit()
        if not self.isVisible():
            announce(self, self._line, urgent=False)
        self.show()

    def _fit(self) -> None:
        metrics = self.label.fontMetrics()
        self.label.setText(
            metrics.elidedText(self._line, Qt.TextElideMode.ElideRight, self.label.width())
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
