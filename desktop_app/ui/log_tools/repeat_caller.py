"""The repeat-caller banner: what the log knows of this customer, at a glance.

Given a ``CustomerHistory`` (``log.customer_history``), it shows how many
earlier calls there were, the last one's date, category and outcome, and the
open commitments (those past due marked overdue). Hidden when there were no
earlier calls, so it only ever appears when it matters. Compact: a headline
with the "Last call" button beside it, then one line per fact, so the call
window stays usable at 380×600. The window calls ``show_history`` (or
``look_up``) when a call starts or the customer's phone, account or name
changes.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.store.base import CallLog, CustomerHistory
from desktop_app.ui.locale_formats import local_pattern
from desktop_app.ui.widgets.follow_language import follow_language
from desktop_app.ui.widgets.style import Band, Role, style_as

#: Open commitments listed by name; the rest are counted.
SHOWN_COMMITMENTS = 3


class RepeatCallerBanner(Band):
    #: the agent asked to see the last call (its id)
    open_last_call = Signal(str)

    def __init__(self, parent: QWidget | None = None, tz: tzinfo | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._last_call_id = ""
        self.setObjectName("repeatCaller")
        self.set_accent(Role.Highlight, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 5, 10, 6)
        layout.setSpacing(1)
        self.headline = self._label(bold=True)
        style_as(self.headline, "repeatHeadline")
        self.last_call = self._label()
        self.open_items = self._label()
        self.show_last = QPushButton(self)
        self.show_last.setObjectName("repeatShowLast")
        self.show_last.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.show_last.clicked.connect(lambda: self.open_last_call.emit(self._last_call_id))
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.headline, 1)
        top.addWidget(self.show_last, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.last_call)
        layout.addWidget(self.open_items)
        self._shown: tuple[CustomerHistory | None, datetime | None] = (None, None)
        self.hide()
        follow_language(self, self._set_words)

    def _set_words(self) -> None:
        self.setAccessibleName(self.tr("Repeat caller"))
        self.show_last.setText(self.tr("Last call…"))
        self.show_last.setAccessibleName(self.tr("Show the last call"))
        if not self.isHidden():
            self.show_history(*self._shown)  # the same facts, in the new language

    def _label(self, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        # Customer text is shown as typed, never as markup.
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label

    def look_up(
        self,
        log: CallLog,
        *,
        phone: str = "",
        account: str = "",
        name: str = "",
        exclude_call: str = "",
        now: datetime | None = None,
    ) -> CustomerHistory | None:
        """Ask the log about this customer and show the answer (nothing to ask: hide)."""
        if not (phone or account or name):
            self.show_history(None)
            return None
        history = log.customer_history(
            phone=phone, account=account, name=name, exclude_call=exclude_call
        )
        self.show_history(history, now)
        return history

    def said(self) -> str:
        """What the banner says, one line per label shown ("" when hidden)."""
        if self.isHidden():
            return ""
        labels = (self.headline, self.last_call, self.open_items)
        return "\n".join(label.text() for label in labels if not label.isHidden())

    def show_history(self, history: CustomerHistory | None, now: datetime | None = None) -> None:
        self._shown = (history, now)
        if history is None or history.earlier_calls == 0:
            self._last_call_id = ""
            self.hide()
            return
        count = history.earlier_calls
        self.headline.setText(
            self.tr("Called once before")
            if count == 1
            else self.tr("Called %n times before", "", count)
        )
        last = history.last
        if last is not None:
            self._last_call_id = last.id
            parts = [self._when(last.started_at, now or datetime.now(UTC))]
            parts += [p for p in (last.category, last.outcome) if p]
            if last.agent:  # the team log's answers say whose call it was
                parts.append(self.tr("by {0}").format(last.agent))
            self.last_call.setText(self.tr("Last call: {0}").format(" · ".join(parts)))
        self.last_call.setVisible(last is not None)
        self.show_last.setVisible(last is not None)
        self.open_items.setText(self._open_text(history, now or datetime.now(UTC)))
        self.open_items.setVisible(bool(history.open_commitments))
        self.show()

    def _day(self, moment: datetime, now: datetime) -> str:
        """ "22 Nov", with the year when it is not this year's: short enough for one line."""
        local = moment.astimezone(self._tz)
        same_year = local.year == now.astimezone(self._tz).year
        return local_pattern(local, "d MMM" if same_year else "d MMM yyyy")

    def _when(self, moment: datetime, now: datetime) -> str:
        return f"{self._day(moment, now)} {moment.astimezone(self._tz):%H:%M}"

    def _open_text(self, history: CustomerHistory, now: datetime) -> str:
        items = history.open_commitments
        lines = [self.tr("Open promises: %n", "", len(items))]
        for item in items[:SHOWN_COMMITMENTS]:
            due = item.commitment.due
            if due is None:
                when = ""
            elif due <= now:
                when = " · " + self.tr("overdue since {0}").format(self._day(due, now))
            else:
                when = " · " + self.tr("due {0}").format(self._when(due, now))
            lines.append(f"• {item.commitment.what}{when}")
        if len(items) > SHOWN_COMMITMENTS:
            lines.append(self.tr("… and %n more", "", len(items) - SHOWN_COMMITMENTS))
        return "\n".join(lines)
