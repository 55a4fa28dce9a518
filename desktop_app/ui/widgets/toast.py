"""A brief message floating at the bottom of the window, gone after a moment.

It never covers the field the agent is typing in: when the keyboard focus is
where the toast would go (a notes field at the bottom of the window), it goes
to the top of the window instead, or beside the field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop_app.ui.widgets.accessible import announce
from desktop_app.ui.widgets.style import Role, paint_rounded, tone

NOTICE_MS = 2200
WARNING_MS = 5000
ERROR_MS = 7000
MARGIN = 14


class Toast(QLabel):
    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("toast")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setContentsMargins(12, 8, 12, 8)
        self._background = Role.WindowText
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(self.tr("Message"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()
        host.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def show_message(self, text: str, kind: str = "notice") -> None:
        self.setProperty("kind", kind)
        # Dark on light (or light on dark) for news; the highlight colour for trouble.
        serious = kind in ("warning", "error")
        self._background = Role.Highlight if serious else Role.WindowText
        tone(self, Role.HighlightedText if serious else Role.Window)
        self.setText(text)
        self._place()
        self.show()
        self.raise_()
        self._timer.start({"notice": NOTICE_MS, "warning": WARNING_MS}.get(kind, ERROR_MS))
        # Said, not focused: "Copied: Name the frustration", a write that failed.
        announce(self, text, urgent=serious)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_rounded(self, painter, self._background)
        painter.end()
        super().paintEvent(event)

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        width = min(host.width() - 2 * MARGIN, 460)
        self.setFixedWidth(max(width, 120))
        height = self.heightForWidth(self.width())
        self.setFixedHeight(max(height, self.sizeHint().height()))
        x = (host.width() - self.width()) // 2
        bottom = host.height() - self.height() - MARGIN
        focus = self._focus_rect(host)
        if focus is None:
            self.move(x, bottom)
            return
        # At the bottom, else at the top, else just above or below the field.
        for y in (bottom, MARGIN, focus.top() - self.height() - MARGIN, focus.bottom() + MARGIN):
            if not QRect(x, y, self.width(), self.height()).intersects(focus):
                self.move(x, y)
                return
        self.move(x, bottom)  # a field taller than the window: nowhere is free

    @staticmethod
    def _focus_rect(host: QWidget) -> QRect | None:
        """Where the widget with the keyboard focus is, in ``host``, if it is inside it."""
        focus = QApplication.focusWidget()
        if focus is None or not host.isAncestorOf(focus) or not focus.isVisible():
            return None
        return QRect(focus.mapTo(host, QPoint(0, 0)), focus.size())

    def _focus_moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self.isVisible():
            self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return super().eventFilter(watched, event)
