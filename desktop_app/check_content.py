"""``calmline check-content PATH...``: check playbook files before they reach the agents.

Files and folders (their ``*.yaml`` / ``*.yml`` files) are loaded as one layer
on top of the built-in playbooks, exactly as the app would load a team or
personal folder, so a file that changes a built-in playbook is checked
against it. Output, made for people and pipelines alike:

- one line per problem: ``FILE:LINE: message``;
- then one line per playbook the files define or change:
  ``ID: N steps, M cards, K situations, L layers``, where L counts the files
  that built the playbook, its own file included (1 for an unchanged one);
  a playbook in another language than English shows it: ``ID (es): ...``.

The files are checked on top of the English built-in playbooks, and again on
top of each translation a change file's ``language:`` asks for; ``--language
CODE`` checks them on top of that language's built-in playbooks only.

Exit status 1 when anything is wrong (or nothing was found to check), else 0.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop_app.cli_translation import tr, tr_count, tr_words

if TYPE_CHECKING:
    from desktop_app.core.content.problems import ContentProblem

# The loader is imported when the command runs, so ``calmline --version`` stays quick.

COMMAND = "check-content"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        COMMAND,
        help=tr("check playbook files or folders and report every problem"),
        description=tr(
            "Check playbook files (or every .yaml/.yml file in a folder) on top of "
            "the built-in playbooks. Prints FILE:LINE: message for each problem, then a "
            "summary per playbook; exits 1 when anything is wrong."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    parser.add_argument(
        "--language",
        metavar="CODE",
        help=tr("check on top of the built-in playbooks in this language (en, es, el, ...)"),
    )


def collect(paths: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """The content files named by ``paths``, and a line for each path that is unusable."""
    from desktop_app.core.content.library import content_files

    files: list[Path] = []
    errors: list[str] = []
    for path in paths:
        if path.is_dir():
            try:
                found = content_files(path)
            except OSError as exc:
                errors.append(
                    f"{path}:1: "
                    + tr("cannot read the folder: {reason}").format(reason=exc.strerror)
                )
                continue
            if not found:
                errors.append(f"{path}:1: " + tr("no .yaml or .yml files in this folder"))
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            errors.append(f"{path}:1: " + tr("no such file or folder"))
    return list(dict.fromkeys(files)), errors


def check(paths: Sequence[Path], out: TextIO, language: str | None = None) -> int:
    from desktop_app.core.content.languages import (
        DEFAULT_LANGUAGE,
        builtin_languages,
        choose_language,
        same_language,
    )
    from desktop_app.resources import resource_path

    files, errors = collect(paths)
    available = builtin_languages(resource_path("playbooks"))
    languages = [DEFAULT_LANGUAGE]
    if language is not None:
        code, why_not = choose_language(language, available)
        if why_not is not None:
            errors.append(f"--language: {why_not.render(tr_words)}")
        languages = [code]
    lines: list[str] = []
    wrong = False
    set_aside: dict[Path, str] = {}
    checked_in: set[Path] = set()
    for code in languages:
        summary, pass_wrong, aside, applied = _check_in(files, code)
        lines.extend(line for line in summary if line not in lines)
        wrong = wrong or pass_wrong
        checked_in |= applied
        set_aside.update(aside)
        if language is None:
            # A change written in another language is checked against its translation too.
            for wanted in aside.values():
                more, _ = choose_language(wanted, available)
                if same_language(more, wanted) and more not in languages:
                    languages.append(more)
    for path, wanted in set_aside.items():
        if path not in checked_in:
            message = tr(
                "its wording is in {language}, and no playbook in that language "
                "was loaded to check it against"
            )
            errors.append(f"{path}:1: {message.format(language=repr(wanted))}")
    for line in errors + lines:
        print(line, file=out)
    return 1 if errors or wrong else 0


def _check_in(
    files: list[Path], language: str
) -> tuple[list[str], bool, dict[Path, str], set[Path]]:
    """Problems then summaries for ``files`` on the built-in playbooks in ``language``;
    whether anything was wrong, the files set aside for their language, those applied."""
    from desktop_app.core.content.languages import DEFAULT_LANGUAGE
    from desktop_app.core.content.library import load_layer, load_library
    from desktop_app.resources import resource_path

    result = load_library(resource_path("playbooks"), language=language)
    builtin_problems = bool(result.problems)
    load_layer([(path, None) for path in files], result)
    lines = [_said(problem) for problem in result.problems]
    checked = set(files)
    applied: set[Path] = set()
    for playbook_id, sources in result.sources.items():
        if checked.isdisjoint(sources):
            continue
        applied |= checked.intersection(sources)
        book = result.playbooks[playbook_id]
        counts = (
            tr_count("%n steps", len(book.steps), "%n step"),
            tr_count("%n cards", len(book.all_cards()), "%n card"),
            tr_count("%n situations", len(book.situations), "%n situation"),
            tr_count("%n layers", len(sources), "%n layer"),
        )
        shown = book.id if book.language == DEFAULT_LANGUAGE else f"{book.id} ({book.language})"
        lines.append(f"{shown}: {', '.join(counts)}")
    aside = {path: wanted for path, wanted in result.other_language if path in checked}
    return lines, bool(result.problems) or builtin_problems, aside, applied


def _said(problem: ContentProblem) -> str:
    """``FILE:LINE: message``: the file, line, ids and YAML keys as they are, the
    words around them in the command line's language."""
    return problem.said_in(tr_words)


def run(args: argparse.Namespace) -> int:
    return check(args.paths, sys.stdout, args.language)
