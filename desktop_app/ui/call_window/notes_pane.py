"""The notes pane: who is calling, what it is about, what was agreed and promised.

Every keystroke goes straight into the call record (through ``on_field``), so
nothing typed depends on this widget surviving and autosave always sees it.

The fields sit in two columns where the pane is wide enough for them, else in
one (a narrow window, large text): the pane is never cut off at the right.
The tab order is the same either way (``set_tab_order``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QEvent,
    QObject,
    QRect,
    QSize,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from desktop_app.core.call import CallRecord, Commitment, Outcome
from desktop_app.ui.locale_formats import local_pattern
from desktop_app.ui.widgets.labels import plain_label
from desktop_app.ui.widgets.section_heading import ROOM_ABOVE, SectionHeading
from desktop_app.ui.widgets.style import Role, fill, style_as
from desktop_app.ui.widgets.typography import Typography

FieldEdited = Callable[[str, str], None]
AddCommitment = Callable[[str, str, datetime | None], None]
RemoveCommitment = Callable[[str], None]
#: room kept above and below a field and its caption scrolled into view
FIELD_IN_VIEW_MARGIN = 4


@dataclass(slots=True)
class _Field:
    """A field and the caption above it (none for a checkbox or a button)."""

    widget: QWidget
    caption: QLabel | None = None
    #: the columns it takes when the pane has two
    span: int = 1


@dataclass(slots=True)
class _Line:
    """What sits side by side when the pane has two columns: fields, or a heading."""

    fields: list[_Field] = field(default_factory=list)
    heading: SectionHeading | None = None
    #: takes the room a taller pane gives (the free notes)
    grows: bool = False


def outcome_label(outcome: str) -> str:
    labels = {
        Outcome.RESOLVED.value: QT_TRANSLATE_NOOP("NotesPane", "Resolved"),
        Outcome.FOLLOW_UP.value: QT_TRANSLATE_NOOP("NotesPane", "Follow-up needed"),
        Outcome.ESCALATED.value: QT_TRANSLATE_NOOP("NotesPane", "Escalated"),
        Outcome.UNRESOLVED.value: QT_TRANSLATE_NOOP("NotesPane", "Unresolved"),
    }
    return QCoreApplication.translate("NotesPane", str(labels.get(outcome, outcome)))


class NotesPane(QScrollArea):
    def __init__(
        self,
        typography: Typography,
        on_field: FieldEdited,
        on_add: AddCommitment,
        on_remove: RemoveCommitment,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        #: each caption with its field and English source, to translate again (``retranslate``)
        self._captions: list[tuple[QLabel, QWidget, str]] = []
        #: each heading with its English source
        self._headings: list[tuple[SectionHeading, str]] = []
        # Its fields take the focus; the pane itself is no stop on the Tab key.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._typography = typography
        self._on_field = on_field
        self._on_add = on_add
        self._on_remove = on_remove
        self._loading = False

        body = QWidget(self)
        body.setObjectName("notes")
        fill(body, Role.Base)
        self._grid = QGridLayout(body)
        # its first line is the "Notes" heading, which keeps room above itself
        self._grid.setContentsMargins(14, 10 - ROOM_ABOVE, 14, 14)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(2)
        #: the pane's fields in order, laid out in the grid by ``_lay_out``
        self._lines: list[_Line] = []
        self._columns = 0

        self._heading(QT_TRANSLATE_NOOP("NotesPane", "Notes"))
        self.name = self._line("name", QT_TRANSLATE_NOOP("NotesPane", "Customer name"))
        self.phone = self._line("phone", QT_TRANSLATE_NOOP("NotesPane", "Phone"), same_row=True)
        self.account = self._line("account", QT_TRANSLATE_NOOP("NotesPane", "Account or ticket"))
        self.category = QComboBox(body)
        self._place(self.category, QT_TRANSLATE_NOOP("NotesPane", "Category"), same_row=True)
        self.category.currentIndexChanged.connect(self._category_picked)
        self.reason = self._line(
            "reason", QT_TRANSLATE_NOOP("NotesPane", "Reason for the call"), span=2
        )
        self.notes = QPlainTextEdit(body)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(72)
        _least_height_asked(self.notes)
        self._place(self.notes, QT_TRANSLATE_NOOP("NotesPane", "Free notes"), span=2)
        # The room a taller window gives goes to the free notes, not under the last field.
        self._lines[-1].grows = True
        self.notes.textChanged.connect(lambda: self._edited("notes", self.notes.toPlainText()))
        self.resolution = self._line(
            "resolution", QT_TRANSLATE_NOOP("NotesPane", "Agreed resolution"), span=2
        )
        self.outcome = QComboBox(body)
        self.outcome.addItem("", "")
        for outcome in Outcome:
            self.outcome.addItem("", outcome.value)
        self._place(self.outcome, QT_TRANSLATE_NOOP("NotesPane", "Outcome"))
        self.outcome.currentIndexChanged.connect(
            lambda _i: self._edited("outcome", str(self.outcome.currentData() or ""))
        )
        # Only for a playbook with a step that asks for it (HEARD's Diagnose):
        # the agent's own look at the cause, written after the call.
        self.cause = self._line(
            "cause", self.tr("Cause, after the call (a process, not a person)"), span=2
        )
        self.cause.setPlaceholderText(self.tr("Where it first went wrong, and why"))
        self._cause_caption = next(
            label for label in self.findChildren(QLabel) if label.buddy() is self.cause
        )
        self._asks_for_cause = False
        self._fit_cause()

        self._heading(QT_TRANSLATE_NOOP("NotesPane", "Promises"))
        self.promise_what = QLineEdit(body)
        self._place(self.promise_what, QT_TRANSLATE_NOOP("NotesPane", "Promise"), span=2)
        self.promise_who = QLineEdit(body)
        self._place(self.promise_who, QT_TRANSLATE_NOOP("NotesPane", "Who does it"))
        self.promise_due = QDateTimeEdit(body)
        self.promise_due.setCalendarPopup(True)
        self.promise_due.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self._place(self.promise_due, QT_TRANSLATE_NOOP("NotesPane", "Due"), same_row=True)
        self.promise_has_due = QCheckBox(body)
        self.promise_has_due.setChecked(True)
        self.promise_has_due.toggled.connect(self.promise_due.setEnabled)
        self.promise_add = QPushButton(body)
        self.promise_add.clicked.connect(self._add_promise)
        self._lines.append(_Line([_Field(self.promise_has_due), _Field(self.promise_add)]))
        self.promises = QListWidget(body)
        self.promises.setMinimumHeight(48)
        self.promises.setMaximumHeight(110)
        self._place(
            self.promises,
            QT_TRANSLATE_NOOP("NotesPane", "Promised so far (Delete removes)"),
            span=2,
        )
        self.promises.installEventFilter(self)
        self.promise_what.returnPressed.connect(self._add_promise)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1)
        self.retranslate()
        self._name_fields()
        self._lay_out(2)
        self.setWidget(body)
        self.reset_promise_row()

    def minimumSizeHint(self) -> QSize:
        # Never narrower than its fields in one column: there is no horizontal
        # scroll bar, so a narrower pane would cut them off at the right (the
        # splitter asks this).
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._room_beside(self._one_column_width())), hint.height())

    # -- one column or two ---------------------------------------------------
    @property
    def columns(self) -> int:
        """How many columns the fields sit in now."""
        return self._columns

    def fit_columns(self) -> None:
        """Two columns of fields if the pane is wide enough for them, else one."""
        columns = 2 if self.width() >= self._room_beside(self._two_column_width()) else 1
        self._lay_out(columns)
        room = self.width() - self._room_beside(self._margins_width())
        for label, widget, _source in self._captions:
            # In one narrow column a long caption takes two lines rather than more
            # width. Only where it must: a wrapped caption sizes the pane's body by
            # height-for-width, where the promises list takes its preferred height.
            if widget is not None:
                label.setWordWrap(columns == 1 and _one_line_width(label) > room)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit_columns()
        super().resizeEvent(event)

    def _room_beside(self, fields_width: int) -> int:
        """The pane's width for fields this wide, its scroll bar counted as shown:
        a scroll bar coming and going never flips the columns back and forth."""
        return fields_width + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()

    def _margins_width(self) -> int:
        margins = self._grid.contentsMargins()
        return margins.left() + margins.right()

    def _one_column_width(self) -> int:
        """The least width for one column, a long caption wrapped (its longest word)."""
        widest = max(
            max(_least_width(item.widget), _longest_word_width(item.caption))
            for line in self._lines
            for item in line.fields
        )
        return self._margins_width() + widest

    def _two_column_width(self) -> int:
        """The least width for two columns, each caption on one line."""
        spacing = self._grid.horizontalSpacing()
        columns, across = [0, 0], 0
        for line in self._lines:
            column = 0
            for item in line.fields:
                need = max(_least_width(item.widget), _one_line_width(item.caption))
                if item.span == 2:
                    across = max(across, need)
                else:
                    columns[column] = max(columns[column], need)
                column += item.span
        return self._margins_width() + max(columns[0] + spacing + columns[1], across)

    def _lay_out(self, columns: int) -> None:
        """Put the fields in the grid, side by side in two columns or one under another."""
        if columns == self._columns:
            return
        self._columns = columns
        grid = self._grid
        while grid.count():
            grid.takeAt(0)  # the widgets stay the pane's: only their places are cleared
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
            grid.setRowMinimumHeight(row, 0)
        row = 0
        for line in self._lines:
            if line.heading is not None:
                if row:
                    # room above a heading, with the room it keeps above itself
                    grid.setRowMinimumHeight(row, 10 - ROOM_ABOVE)
                    row += 1
                grid.addWidget(line.heading, row, 0, 1, 2)
                row += 1
                continue
            groups = [line.fields] if columns == 2 else [[item] for item in line.fields]
            for group in groups:
                captioned = any(item.caption is not None for item in group)
                at = row + 1 if captioned else row
                column = 0
                for item in group:
                    span = item.span if columns == 2 else 2
                    if item.caption is not None:
                        grid.addWidget(item.caption, row, column, 1, span)
                    grid.addWidget(item.widget, at, column, 1, span)
                    column += span
                if line.grows:
                    grid.setRowStretch(at, 1)
                    # Its box asks for no height of its own (``_least_height_asked``):
                    # the row keeps the box's least, or the caption below overlaps it.
                    least = max(item.widget.minimumHeight() for item in group)
                    grid.setRowMinimumHeight(at, least)
                row = at + 1

    # -- building ------------------------------------------------------------
    def retranslate(self) -> None:
        """Every word of the pane in the language now installed; what is typed stays."""
        self.setAccessibleName(self.tr("Call notes"))
        for heading, source in self._headings:
            heading.set_text(self.tr(source))
        for label, widget, source in self._captions:
            caption = self.tr(source)
            label.setText(caption)
            widget.setAccessibleName(caption)
        self.notes.setPlaceholderText(self.tr("What the customer says, facts, feelings…"))
        self.outcome.setItemText(0, self.tr("—"))
        for index in range(1, self.outcome.count()):
            self.outcome.setItemText(index, outcome_label(str(self.outcome.itemData(index))))
        if self.category.count():
            self.category.setItemText(0, self.tr("—"))
        self.promise_what.setPlaceholderText(self.tr("What was promised"))
        self.promise_who.setPlaceholderText(self.tr("You"))
        self.promise_has_due.setText(self.tr("Has a due date"))
        self.promise_add.setText(self.tr("Add promise"))

    # Captions come as QT_TRANSLATE_NOOP's source text (typed ``object``) and are translated
    # in ``retranslate``, again whenever the language changes.
    def _heading(self, source: object) -> None:
        # Painted as a page's headings are, and heard as a heading: a screen reader
        # jumps from "Notes" to "Promises" by headings.
        heading = SectionHeading("", self)
        self._headings.append((heading, str(source)))
        self._typography.role(heading)  # the body font, which the heading scales down
        self._lines.append(_Line(heading=heading))

    def _place(
        self,
        widget: QWidget,
        caption: object,
        *,
        span: int = 1,
        same_row: bool = False,
    ) -> None:
        label = plain_label("", self)
        self._captions.append((label, widget, str(caption)))
        style_as(label, "caption")
        label.setBuddy(widget)
        self._typography.role(label, 0.82)
        placed = _Field(widget, label, span)
        if same_row:
            self._lines[-1].fields.append(placed)
        else:
            self._lines.append(_Line([placed]))

    def _line(
        self, name: str, caption: object, *, span: int = 1, same_row: bool = False
    ) -> QLineEdit:
        edit = QLineEdit(self)
        self._place(edit, caption, span=span, same_row=same_row)
        edit.textEdited.connect(lambda text, name=name: self._edited(name, text))
        return edit

    def show_cause(self, asked: bool) -> None:
        """Show the Cause field when the playbook asks for it (or the call already has one)."""
        self._asks_for_cause = asked
        self._fit_cause()

    def _fit_cause(self) -> None:
        visible = self._asks_for_cause or bool(self.cause.text())
        self.cause.setVisible(visible)
        self._cause_caption.setVisible(visible)

    def _name_fields(self) -> None:
        for name, widget in self.fields().items():
            widget.setObjectName(name)

    def fields(self) -> dict[str, QWidget]:
        """Every input, in tab order."""
        return {
            "name": self.name,
            "phone": self.phone,
            "account": self.account,
            "category": self.category,
            "reason": self.reason,
            "notes": self.notes,
            "resolution": self.resolution,
            "outcome": self.outcome,
            "cause": self.cause,
            "promise_what": self.promise_what,
            "promise_who": self.promise_who,
            "promise_due": self.promise_due,
            "promise_has_due": self.promise_has_due,
            "promise_add": self.promise_add,
            "promises": self.promises,
        }

    def set_tab_order(self) -> None:
        widgets = list(self.fields().values())
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)

    # -- showing a call -------------------------------------------------------
    def set_categories(self, categories: Sequence[str]) -> None:
        self._loading = True
        self.category.clear()
        self.category.addItem(self.tr("—"), "")
        for category in categories:
            self.category.addItem(category, category)
        self._loading = False

    def show_record(self, record: CallRecord) -> None:
        """Bring the fields in line with the record, leaving the cursor alone."""
        self._loading = True
        try:
            for edit, value in (
                (self.name, record.customer.name),
                (self.phone, record.customer.phone),
                (self.account, record.customer.account),
                (self.reason, record.reason),
                (self.resolution, record.resolution),
                (self.cause, record.cause),
            ):
                if edit.text() != value:
                    edit.setText(value)
            self._fit_cause()
            if self.notes.toPlainText() != record.notes:
                self.notes.setPlainText(record.notes)
            _pick(self.category, record.category)
            _pick(self.outcome, record.outcome)
            self._show_promises(record.commitments)
        finally:
            self._loading = False

    def _show_promises(self, commitments: Sequence[Commitment]) -> None:
        ids = [
            str(self.promises.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.promises.count())
        ]
        if ids == [c.id for c in commitments]:
            return
        self.promises.clear()
        for commitment in commitments:
            item = QListWidgetItem(describe_commitment(commitment))
            item.setData(Qt.ItemDataRole.UserRole, commitment.id)
            self.promises.addItem(item)

    def reset_promise_row(self) -> None:
        self.promise_what.clear()
        self.promise_who.clear()
        tomorrow = QDateTime.currentDateTime().addDays(1)
        tomorrow.setTime(QTime(10, 0))
        self.promise_due.setDateTime(tomorrow)
        self.promise_has_due.setChecked(True)

    def show_free_notes(self) -> None:
        """The cursor in the free notes, the whole box scrolled into view (the pane may be short).

        Scrolled again once the layout has settled: the pane may have just
        been shown (compact mode left), and its sizes are not known yet.
        """
        self.notes.setFocus()
        self.show_field(self.notes)
        QTimer.singleShot(0, self, lambda: self.show_field(self.notes))

    # -- a field in view -------------------------------------------------------
    def field_holding(self, widget: QWidget) -> QWidget | None:
        """The pane's field that is ``widget`` or holds it (a date edit's text part)."""
        for field_widget in self.fields().values():
            if field_widget is widget or field_widget.isAncestorOf(widget):
                return field_widget
        return None

    def area_of(self, field_widget: QWidget) -> QRect:
        """Where ``field_widget`` and its caption sit in the pane's body, with room around."""
        area = field_widget.geometry()
        caption = next((c for c, w, _s in self._captions if w is field_widget), None)
        if caption is not None and caption.isVisible():
            area = area.united(caption.geometry())
        return area.adjusted(0, -FIELD_IN_VIEW_MARGIN, 0, FIELD_IN_VIEW_MARGIN)

    def show_field(self, field_widget: QWidget) -> None:
        """Scroll ``field_widget`` into view whole, its caption too where the pane has room.

        Not ``ensureWidgetVisible``: for a text box it shows the cursor's line only.
        """
        shown = self.viewport().height()
        area = self.area_of(field_widget)
        if area.height() > shown:
            area = field_widget.geometry()  # the field before its caption
        if area.height() > shown:
            self.verticalScrollBar().setValue(area.top())  # its first lines
            return
        self.ensureVisible(0, area.center().y(), 0, area.height() - area.height() // 2)

    # -- edits -----------------------------------------------------------------
    def _edited(self, name: str, value: str) -> None:
        if not self._loading:
            self._on_field(name, value)

    def _category_picked(self, _index: int) -> None:
        self._edited("category", str(self.category.currentData() or ""))

    def typed_promise(self) -> tuple[str, str, datetime | None] | None:
        """What is typed in the promise row (what, who, due), or None when it is empty."""
        what = self.promise_what.text().strip()
        if not what:
            return None
        due: datetime | None = None
        if self.promise_has_due.isChecked():
            moment = self.promise_due.dateTime().toPython()
            assert isinstance(moment, datetime)
            due = moment.astimezone(UTC)
        return what, self.promise_who.text(), due

    def promise_row_edits(self) -> tuple[QLineEdit, QLineEdit, QDateTimeEdit, QCheckBox]:
        return self.promise_what, self.promise_who, self.promise_due, self.promise_has_due

    def _add_promise(self) -> None:
        typed = self.typed_promise()
        if typed is None:
            self.promise_what.setFocus()
            return
        self._on_add(*typed)
        self.reset_promise_row()
        self.promise_what.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.promises
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            item = self.promises.currentItem()
            if item is not None:
                self._on_remove(str(item.data(Qt.ItemDataRole.UserRole)))
            return True
        return super().eventFilter(watched, event)


def _least_height_asked(box: QWidget) -> None:
    """``box`` asks for its least height only; what the pane has beyond its fields
    goes to it by the grid's row stretch.

    Else its own size hint (a text box's is ten lines or so) counts whenever a
    caption wraps: the scroll area then sizes the body by height-for-width, at
    the fields' preferred heights, and the free notes would be tall at one
    window size and at their least at a larger one, where nothing wraps.
    """
    policy = box.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
    box.setSizePolicy(policy)


def _least_width(widget: QWidget | None) -> int:
    return 0 if widget is None else widget.minimumSizeHint().width()


def _one_line_width(label: QLabel | None) -> int:
    """The width ``label``'s text takes on one line."""
    return 0 if label is None else _text_width(label, label.text())


def _longest_word_width(label: QLabel | None) -> int:
    """The width ``label`` needs wrapped: its longest word's."""
    if label is None:
        return 0
    return max((_text_width(label, word) for word in label.text().split()), default=0)


def _text_width(label: QLabel, text: str) -> int:
    margins = label.contentsMargins()
    advance = label.fontMetrics().horizontalAdvance(text)
    return advance + margins.left() + margins.right() + 2 * label.margin()


def describe_commitment(commitment: Commitment) -> str:
    parts = [commitment.what]
    if commitment.who:
        parts.append(commitment.who)
    if commitment.due is not None:
        parts.append(local_time(commitment.due))
    return "  ·  ".join(parts)


def local_time(moment: datetime) -> str:
    """ "Mon 05 Jan 2026, 09:00", with the day and month named in the agent's language."""
    return local_pattern(moment.astimezone(), "ddd dd MMM yyyy, HH:mm")


def _pick(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index < 0:
        combo.addItem(value, value)  # a value from an older playbook stays visible
        index = combo.count() - 1
    if combo.currentIndex() != index:
        combo.setCurrentIndex(index)
