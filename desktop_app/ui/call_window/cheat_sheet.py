"""F1: every key and what it does, generated from the live keymap."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.commands import CommandRegistry
from desktop_app.core.key_sheet import SheetRow, keys_for_playbook
from desktop_app.core.keymap import Keymap, describe, parse_key
from desktop_app.core.playbook import Playbook
from desktop_app.ui.call_window.keys import key_label
from desktop_app.ui.widgets.labels import plain_label
from desktop_app.ui.widgets.style import style_as


def command_help(text: str) -> str:
    """Command help is written in English in the desk; translated under "commands"."""
    return QCoreApplication.translate("commands", text)


def group_name(group: str) -> str:
    return QCoreApplication.translate("commands", group)


class CheatSheet(QDialog):
    def __init__(
        self,
        keymap: Keymap,
        registry: CommandRegistry,
        keymap_file: Path,
        parent: QWidget,
        playbook: Playbook | None = None,
    ) -> None:
        """The keys of ``keymap``; with ``playbook``, only those that do something in it."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Calmline — keys"))
        self.setObjectName("cheatSheet")
        self.resize(460, 560)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 12, 14, 12)
        self.table = QTableWidget(0, 2, self)
        self.table.setAccessibleName(self.tr("Keys and what they do"))
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        column.addWidget(self.table)
        self.rows: list[tuple[str, str]] = []
        last_group = None
        described = describe(keymap, registry)
        if playbook is None:
            sheet = [SheetRow(*row) for row in described]
        else:
            sheet = keys_for_playbook(described, playbook)
        for row in sheet:
            if row.group != last_group:
                self._add_row(group_name(row.group), "", heading=True)
                last_group = row.group
            detail = command_help(row.help)
            if row.title:
                detail = f"{detail}: {row.title}"
            if " " in row.command_line:
                detail = f"{detail}  ({row.command_line})"
            self._add_row(key_label(parse_key(row.key)), detail)
        note = plain_label(
            self.tr("Change keys in {0} (one 'key: command' a line). Esc closes.").format(
                keymap_file
            ),
            self,
            wrap=True,
        )
        style_as(note, "keyHint")
        column.addWidget(note)

    def _add_row(self, key: str, what: str, *, heading: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        key_item = QTableWidgetItem(key)
        what_item = QTableWidgetItem(what)
        if heading:
            font = key_item.font()
            font.setBold(True)
            key_item.setFont(font)
        for item in (key_item, what_item):
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, 0, key_item)
        self.table.setItem(row, 1, what_item)
        if not heading:
            self.rows.append((key, what))
