"""The repeat-caller notice: what the log knows of this customer, in one line.

Given a ``CustomerHistory`` (``log.customer_history``), it says how many
earlier calls there were, the last one's date, category, outcome and agent,
and how many promises are still open (how many of them overdue):

    Called 3 times before · last 22 Nov 14:05, billing, refund promised · 2 open promises

It is a notice like the others (``NoticeBar``): one line cut with "…" at the
width, the whole of it in the tooltip and read by a screen reader, closed by
Esc, folded into the notice strip when others are up. Its key (the
``repeat-caller`` command, shown on it) unfolds the detail below the line: the
last call in full, each open promise with its due date (the overdue ones
marked) and the "Last call…" button that opens the call itself. Hidden when
there were no earlier calls, so it only ever appears when it matters. The
window calls ``show_history`` (or ``look_up``) when a call starts or the
customer's phone, account or name changes.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.store.base import CallLog, CustomerHistory, FollowUp
from desktop_app.ui.locale_formats import local_pattern
from desktop_app.ui.widgets.follow_language import follow_language
from desktop_app.ui.widgets.notice_bar import NoticeBar
from desktop_app.ui.widgets.style import Role
from desktop_app.ui.widgets.typography import Typography

#: Open commitments listed by name in the detail; the rest are counted.
SHOWN_COMMITMENTS = 3


class RepeatCallerBanner(NoticeBar):
    #: the agent asked to see the last call (its id)
    open_last_call = Signal(str)

    def __init__(
        self,
        typography: Typography,
        parent: QWidget | None = None,
        tz: tzinfo | None = None,
        *,
        detail_key: str = "",
    ) -> None:
        super().__init__("repeatCaller", typography, parent)
        self.setObjectName("repeatCaller")
        self._tz = tz
        self._last_call_id = ""
        self._shown: tuple[CustomerHistory | None, datetime | None] = (None, None)
        # the key that unfolds the detail (``repeat-caller``), shown on the notice's button
        self.detail_key = detail_key
        self.detail = QWidget(self)
        self.detail.setObjectName("repeatDetail")
        column = QVBoxLayout(self.detail)
        column.setContentsMargins(14, 0, 10, 6)
        column.setSpacing(1)
        self.last_call = self._label()
        self.open_items = self._label()
        self.show_last = QPushButton(self.detail)
        self.show_last.setObjectName("repeatShowLast")
        self.show_last.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.show_last.clicked.connect(lambda: self.open_last_call.emit(self._last_call_id))
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.last_call, 1)
        top.addWidget(self.show_last, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        column.addWidget(self.open_items)
        self.column.addWidget(self.detail)
        self.detail.hide()
        self.up_changed.connect(self._went)
        follow_language(self, self._set_caller_words)

    def _set_caller_words(self) -> None:
        self.setAccessibleName(self.tr("Repeat caller"))
        self.show_last.setText(self.tr("Last call…"))
        self.show_last.setAccessibleName(self.tr("Show the last call"))
        self._set_detail_button()
        if self.is_up():
            self._fill_detail()  # the same facts, in the new language (the line follows too)

    def _set_detail_button(self) -> None:
        opened = self.detail_opened()
        words = self.tr("Fold") if opened else self.tr("Details")
        key = f" · {self.detail_key}" if self.detail_key else ""
        self.set_action(
            words + key,
            self.tr("Fold the caller's detail")
            if opened
            else self.tr("Show the last call and the open promises"),
            self.toggle_detail,
        )

    def _label(self) -> QLabel:
        label = QLabel(self.detail)
        # Customer text is shown as typed, never as markup.
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    # -- the detail ------------------------------------------------------------------
    def detail_opened(self) -> bool:
        return not self.detail.isHidden()

    def toggle_detail(self) -> None:
        """Unfold the last call and the open promises below the line, or fold them."""
        if not self.is_up():
            return
        self.detail.setVisible(not self.detail_opened())
        self._set_detail_button()
        if self.detail_opened():
            self.needs_room.emit()  # folded into the strip, it could not be seen

    def _went(self, up: bool) -> None:
        if not up and self.detail_opened():
            self.detail.hide()  # the next caller's notice starts as one line
            self._set_detail_button()

    # -- asking the log --------------------------------------------------------------
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
        """What the notice knows, one line per fact: the count, the last call and the
        open promises ("" when it is not up)."""
        history, _ = self._shown
        if not self.is_up() or history is None:
            return ""
        lines = [self._headline(history.earlier_calls), self.last_call.text()]
        if history.last is None:
            lines.pop()
        if history.open_commitments:
            lines.append(self.open_items.text())
        return "\n".join(lines)

    def more_to_say(self) -> str:
        history, now = self._shown
        if history is None or not history.open_commitments:
            return ""
        return self._open_text(history, now or datetime.now(UTC)).replace("\n", ". ")

    def show_history(self, history: CustomerHistory | None, now: datetime | None = None) -> None:
        self._shown = (history, now)
        if history is None or history.earlier_calls == 0:
            self._last_call_id = ""
            self.hide()
            return
        self._last_call_id = history.last.id if history.last is not None else ""
        self._fill_detail()
        if self.is_up() and self._line() == self.text:
            return  # looked up again, nothing new: not said twice
        self.show_words(self._line, "notice")
        self.set_accent(Role.Highlight, 3)  # seen before hello, though nothing went wrong

    def _fill_detail(self) -> None:
        history, now = self._shown
        if history is None:
            return
        moment = now or datetime.now(UTC)
        last = history.last
        if last is not None:
            self.last_call.setText(self.tr("Last call: {0}").format(" · ".join(self._last(moment))))
        self.last_call.setVisible(last is not None)
        self.show_last.setVisible(last is not None)
        self.open_items.setText(self._open_text(history, moment))
        self.open_items.setVisible(bool(history.open_commitments))

    # -- the words ---------------------------------------------------------------------
    def _headline(self, count: int) -> str:
        if count == 1:
            return self.tr("Called once before")
        return self.tr("Called %n times before", "", count)

    def _line(self) -> str:
        """The one line: "Called 3 times before · last 22 Nov 14:05, billing · 2 open promises"."""
        history, now = self._shown
        if history is None:
            return ""
        moment = now or datetime.now(UTC)
        parts = [self._headline(history.earlier_calls)]
        if history.last is not None:
            parts.append(self.tr("last {0}").format(", ".join(self._last(moment))))
        items = history.open_commitments
        if items:
            # English has no translation file: its singular is written out.
            promises = (
                self.tr("1 open promise")
                if len(items) == 1
                else self.tr("%n open promises", "", len(items))
            )
            overdue = sum(1 for item in items if _overdue(item, moment))
            if overdue:
                promises += ", " + self.tr("%n overdue", "", overdue)
            parts.append(promises)
        return " · ".join(parts)

    def _last(self, now: datetime) -> list[str]:
        """The last call's date, category, outcome and agent, those it has."""
        history, _ = self._shown
        last = history.last if history is not None else None
        if last is None:
            return []
        parts = [self._when(last.started_at, now)]
        parts += [p for p in (last.category, last.outcome) if p]
        if last.agent:  # the team log's answers say whose call it was
            parts.append(self.tr("by {0}").format(last.agent))
        return parts

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
            elif _overdue(item, now):
                when = " · " + self.tr("overdue since {0}").format(self._day(due, now))
            else:
                when = " · " + self.tr("due {0}").format(self._when(due, now))
            lines.append(f"• {item.commitment.what}{when}")
        if len(items) > SHOWN_COMMITMENTS:
            lines.append(self.tr("… and %n more", "", len(items) - SHOWN_COMMITMENTS))
        return "\n".join(lines)


def _overdue(item: FollowUp, now: datetime) -> bool:
    due = item.commitment.due
    return due is not None and due <= now
