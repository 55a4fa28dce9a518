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
    ARGPARSE_WORDS,
    CLI_MESSAGES,
    COMMAND_ERRORS,
    COMMAND_TEXT,
    CONTENT_PROBLEMS,
    COUNTED_TEXT,
    DESK_MESSAGES,
    ERROR_MESSAGES,
    EXPORT_WORDS,
    STARTUP_WORDS,
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


def test_argparses_words_in_the_catalogue_are_argparses_own() -> None:
    import argparse
    import inspect

    # Each is what argparse passes to gettext, so the translation is found.
    source = inspect.getsource(argparse).replace('"', "'")
    for words in ARGPARSE_WORDS:
        assert repr(words).replace('"', "'") in source, words


def _shape(node: ast.expr) -> str | None:
    """A raised message with every value as ``{}``: f"cannot write {path}: {why}" ->
    "cannot write {}: {}"."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


#: where the store and core raise what the command line prints
RAISED_FOR_THE_COMMAND_LINE = [
    "store/base.py", "store/connection.py", "store/lock.py", "store/opening.py",
    "store/sqlite_log.py", "store/team/server_log.py", "store/team/server_schema.py",
    "core/export/target.py", "core/call_link.py", "paths.py", "store/network_fs.py",
    "desk/softphone.py",
]  # fmt: skip


def test_the_errors_the_command_line_prints_are_in_the_catalogue() -> None:
    listed = [
        re.compile("".join(".*?" if part.startswith("{") else re.escape(part)
                           for part in re.split(r"(\{\w+\})", message)))
        for message in ERROR_MESSAGES
    ]  # fmt: skip

    def covered(shape: str) -> bool:
        # "PLACE: what": the place is kept and what follows it is translated.
        tail = shape.removeprefix("{}: ")
        if tail == "{}":  # the place, then the server's own words: kept as they are
            return True
        return any(pattern.fullmatch(shape) or pattern.fullmatch(tail) for pattern in listed)

    missing = []
    for name in RAISED_FOR_THE_COMMAND_LINE:
        source = (REPO_ROOT / "desktop_app" / name).read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            called = node.func
            title = called.id if isinstance(called, ast.Name) else getattr(called, "attr", "")
            shape = _shape(node.args[0])
            if title.endswith("Error") and shape and not covered(shape):
                missing.append(f"{name}:{node.lineno}: {shape}")
    assert not missing, "\n".join(missing)


def test_a_store_message_is_said_again_in_spanish_with_its_values(tmp_path: Path) -> None:
    script = (
        "from pathlib import Path\n"
        "from desktop_app.cli_translation import speak_language, tr_error\n"
        "speak_language(Path('settings.json'))\n"
        "print(tr_error('cannot export to /a b/x.csv: the folder /a b does not exist'))\n"
        "print(tr_error('cannot write /tmp/out.md: the disk is full'))\n"
        "print(tr_error('the file is not a Calmline log at all'))\n"
    )
    (tmp_path / "settings.json").write_text('{"language": "es"}', encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=tmp_path, check=True)  # fmt: skip
    assert done.stdout.splitlines() == [
        "no se puede exportar a /a b/x.csv: la carpeta /a b no existe",
        "no se puede escribir /tmp/out.md: el disco está lleno",
        "the file is not a Calmline log at all",
    ]


def test_every_playbook_problem_template_is_in_the_catalogue() -> None:
    """What ``core.content`` says goes through ``said(TEMPLATE, ...)`` with the template
    written out, so it can be listed, and is listed; an f-string would stay English."""
    listed = set(CONTENT_PROBLEMS) | set(STARTUP_WORDS) | set(COMMAND_ERRORS)
    missing, not_plain, found = [], [], 0
    written_in = [*sorted((REPO_ROOT / "desktop_app" / "core" / "content").glob("*.py"))]
    core = ("settings.py", "keymap.py", "commands.py", "session.py", "caller.py")
    written_in += [REPO_ROOT / "desktop_app" / "core" / name for name in core]
    # a command's errors: the desk's commands, and the window's language it refuses
    written_in += [*sorted((REPO_ROOT / "desktop_app" / "desk").glob("*.py"))]
    written_in += [REPO_ROOT / "desktop_app" / "ui" / name
                   for name in ("translations.py", "log_tools/team_tools.py")]  # fmt: skip
    for path in written_in:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in ("said", "counted") or not node.args:
                continue
            # counted(count, TEMPLATE, ONE, ...): the template with its plural forms
            template = node.args[0] if node.func.id == "said" else node.args[1]
            place = f"{path.name}:{node.lineno}"
            if not (isinstance(template, ast.Constant) and isinstance(template.value, str)):
                if path.name != "problems.py":  # ``said`` itself hands its template on
                    not_plain.append(place)
                continue
            found += 1
            if template.value not in listed:
                missing.append(f"{place}: {template.value!r}")
    assert found > 100  # the scan sees the problems and the commands' errors
    assert not not_plain, f"not a written-out template: {not_plain}"
    assert not missing, "\n".join(missing)


#: where a command's errors are raised: ``raise CommandError(...)``, ``SessionError(...)``
RAISING_COMMAND_ERRORS = ["core/commands.py", "core/session.py", "desk/*.py", "ui/**/*.py"]


def test_a_commands_error_is_never_finished_english() -> None:
    """A command's error is raised with ``said(...)`` or ``counted(...)`` (listed, see
    above) or with words already in the window's language (``self.tr``): never text
    written out in English, which the window could not say in its language."""
    sources = sorted({path for pattern in RAISING_COMMAND_ERRORS
                      for path in (REPO_ROOT / "desktop_app").glob(pattern)})  # fmt: skip
    english, found = [], 0
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            called = node.exc.func
            if not (isinstance(called, ast.Name) and called.id in ("CommandError", "SessionError")):
                continue
            found += 1
            words = node.exc.args[0] if node.exc.args else None
            if isinstance(words, ast.Constant | ast.JoinedStr | ast.BinOp):
                english.append(f"{path.relative_to(REPO_ROOT)}:{node.lineno}")
    assert found >= 25  # the scan sees the raises
    assert not english, english


def test_no_playbook_problem_is_built_from_an_f_string() -> None:
    """A problem is ``ContentProblem(file, line, said(...))``: never finished English text."""
    built = []
    for path in sorted((REPO_ROOT / "desktop_app" / "core" / "content").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            called = node.func if isinstance(node, ast.Call) else None
            if isinstance(called, ast.Name) and called.id in ("ContentProblem", "_RefusedError"):
                words = node.args[-1] if node.args else None
                if isinstance(words, ast.Constant | ast.JoinedStr):
                    built.append(f"{path.name}:{node.lineno}")
    assert not built


#: where the start's finished English messages are written for the window to say again
TOLD_AT_START = [
    "store/opening.py",
    "store/factory.py",
    "ui/application.py",
    "ui/plumbing/phone.py",
]


def test_what_the_start_tells_in_finished_words_is_in_the_catalogue() -> None:
    """A notice of the call log (a damaged log moved aside, a team log setting that
    cannot be used) and the window's own start problems are matched against the
    catalogue to be said in the language: each is listed, a count as ``%n``."""
    listed = [
        re.compile("".join(".*?" if part.startswith("{") or part == "%n" else re.escape(part)
                           for part in re.split(r"(\{\w+\}|%n)", message)))
        for message in ERROR_MESSAGES
    ]  # fmt: skip
    missing, found = [], 0
    for name in TOLD_AT_START:
        source = (REPO_ROOT / "desktop_app" / name).read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            called = node.func
            if not (isinstance(called, ast.Attribute) and called.attr in ("append", "add")):
                continue
            owner = called.value
            owner_name = (
                owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            )
            shape = _shape(node.args[0])
            if owner_name not in ("notices", "problems") or shape is None:
                continue
            if shape == "{} (language): {}":  # said when no translation loaded: in English
                continue
            found += 1
            if not any(pattern.fullmatch(shape) for pattern in listed):
                missing.append(f"{name}:{node.lineno}: {shape}")
    assert found >= 6  # the scan sees the notices
    assert not missing, "\n".join(missing)
