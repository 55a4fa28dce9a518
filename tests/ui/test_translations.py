"""Every string can be translated: a .qm dropped in place changes the window's words."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from desktop_app.app import window_commands
from desktop_app.core.commands import CommandRegistry
from desktop_app.core.export.ticket_note import DEFAULT_TICKET_TEMPLATE
from desktop_app.desk.desk import CallDesk
from desktop_app.desk.effects import RecordedEffects
from desktop_app.store.sqlite_log import SqliteCallLog
from desktop_app.ui.catalogue import (
    CLI_MESSAGES,
    COMMAND_TEXT,
    COUNTED_TEXT,
    DESK_MESSAGES,
    EXPORT_WORDS,
)
from desktop_app.ui.translations import install_translator
from tests.conftest import REPO_ROOT
from tests.fakes import playbook

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>MainWindow</name>
<message><source>Step {0} of {1}</source><translation>Schritt {0} von {1}</translation></message>
</context>
<context><name>desk</name>
<message><source>Copied: {title}</source><translation>Kopiert: {title}</translation></message>
</context>
</TS>
"""


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("pyside6-lrelease is part of PySide6-Essentials and should be installed")
    return found


def test_a_translation_file_is_loaded_for_the_locale(tmp_path: Path, qapp: QApplication) -> None:
    ts = tmp_path / "calmline_de.ts"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run([_lrelease(), str(ts), "-qm", str(tmp_path / "calmline_de.qm")], check=True,
                   capture_output=True)  # fmt: skip
    translator = install_translator(qapp, QLocale("de_DE"), tmp_path)
    assert translator is not None
    try:
        step = QCoreApplication.translate("MainWindow", "Step {0} of {1}").format(2, 6)
        assert step == "Schritt 2 von 6"
        assert QCoreApplication.translate("desk", "Copied: {title}") == "Kopiert: {title}"
    finally:
        qapp.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()
    assert install_translator(qapp, QLocale("fr_FR"), tmp_path) is None


def test_text_from_the_plain_layers_is_in_the_catalogue(tmp_path: Path) -> None:
    registry = CommandRegistry()
    log = SqliteCallLog(tmp_path / "log.sqlite3")
    try:
        CallDesk(playbook(), log, RecordedEffects(), registry=registry)
    finally:
        log.close()
    for declared_by in window_commands():
        registry.declare(declared_by)
    for command in registry:
        assert command.help in COMMAND_TEXT, command.name
        assert command.group in COMMAND_TEXT, command.group
    for module in sorted((REPO_ROOT / "desktop_app" / "desk").glob("*.py")):
        source = module.read_text(encoding="utf-8")
        for message in re.findall(r'\.tr\(\s*"([^"]+)"', source):
            assert message in DESK_MESSAGES, f"{module.name}: {message}"
    for message in re.findall(r'\.tr_count\(\s*"([^"]+)"', source):
        assert message in COUNTED_TEXT, f"{module.name}: {message}"


def test_the_words_of_the_exports_are_in_the_catalogue() -> None:
    found = set()
    core = REPO_ROOT / "desktop_app" / "core"
    # The exports' headings, and the timeline's words they share with the call viewer.
    for module in [*sorted((core / "export").glob("*.py")), core / "titles.py"]:
        source = module.read_text(encoding="utf-8")
        found |= set(re.findall(r"""label\(\s*["']([^"']+)["']\)""", source))
    assert found, "the exports name their headings through LocalFormats.label"
    assert found <= set(EXPORT_WORDS), sorted(found - set(EXPORT_WORDS))
    assert DEFAULT_TICKET_TEMPLATE in EXPORT_WORDS


def _called(source: str, name: str) -> list[str]:
    """The text given to every call of ``name``, with its adjacent strings joined."""
    texts = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
            first = node.args[0]
            assert isinstance(first, ast.Constant), f"{name}() needs the English text itself"
            texts.append(first.value)
    return texts


def test_the_command_lines_messages_are_in_the_catalogue() -> None:
    said = []
    for module in sorted((REPO_ROOT / "desktop_app").glob("*.py")):
        source = module.read_text(encoding="utf-8")
        for message in _called(source, "tr"):
            assert message in CLI_MESSAGES, f"{module.name}: {message}"
            said.append(message)
        for message in _called(source, "tr_count"):
            assert message in COUNTED_TEXT, f"{module.name}: {message}"
            said.append(message)
    assert "exported %n calls to {target}" in said
