"""``calmline check-content PATH...``: check playbook files before they reach the agents.

Files and folders (their ``*.yaml`` / ``*.yml`` files) are loaded as one layer
on top of the built-in playbooks, exactly as the app would load a team or
personal folder, so a file that changes a built-in playbook is checked
against it. Output, made for people and pipelines alike:

- one line per problem: ``FILE:LINE: message``;
- then one line per playbook the files define or change:
  ``ID: N steps, M cards, K situations, L layers``, where L counts the files
  that built the playbook, its own file included (1 for an unchanged one).

Exit status 1 when anything is wrong (or nothing was found to check), else 0.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

# The loader is imported when the command runs, so ``calmline --version`` stays quick.

COMMAND = "check-content"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        COMMAND,
        help="check playbook files or folders and report every problem",
        description="Check playbook files (or every .yaml/.yml file in a folder) on top of "
        "the built-in playbooks. Prints FILE:LINE: message for each problem, then a "
        "summary per playbook; exits 1 when anything is wrong.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", type=Path)


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
                errors.append(f"{path}:1: cannot read the folder: {exc.strerror}")
                continue
            if not found:
                errors.append(f"{path}:1: no .yaml or .yml files in this folder")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            errors.append(f"{path}:1: no such file or folder")
    return list(dict.fromkeys(files)), errors


def check(paths: Sequence[Path], out: TextIO) -> int:
    from desktop_app.core.content.library import load_layer, load_library
    from desktop_app.resources import resource_path

    files, errors = collect(paths)
    result = load_library(resource_path("playbooks"))
    builtin_problems = list(result.problems)
    load_layer([(path, None) for path in files], result)
    for line in errors:
        print(line, file=out)
    for problem in result.problems:
        print(problem, file=out)
    checked = set(files)
    for playbook_id, sources in result.sources.items():
        if checked.isdisjoint(sources):
            continue
        book = result.playbooks[playbook_id]
        counts = (
            _count(len(book.steps), "step"),
            _count(len(book.all_cards()), "card"),
            _count(len(book.situations), "situation"),
            _count(len(sources), "layer"),
        )
        print(f"{book.id}: {', '.join(counts)}", file=out)
    wrong = errors or result.problems or builtin_problems
    return 1 if wrong else 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def run(args: argparse.Namespace) -> int:
    return check(args.paths, sys.stdout)
