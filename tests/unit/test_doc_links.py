"""Every relative link and picture in the project's Markdown leads somewhere.

The README and the pages in ``docs/`` link to each other, to headings in each
other (``page.md#heading``) and to files in the repository. A page renamed,
a heading reworded or a file moved breaks those links silently; this test
reads every Markdown file the project ships and checks each relative link:
the file (or folder) exists inside the repository, and a ``#heading`` part
names a heading of the Markdown file it points at, spelled as GitHub spells
heading anchors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest

from tests.conftest import REPO_ROOT

#: The Markdown files the project ships, relative to the top of the repository.
MARKDOWN_FILES = ("README.md", "docs/**/*.md", "resources/**/*.md", "packaging/**/*.md")

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
_INLINE_LINK = re.compile(
    r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]"  # [text] or ![alt], one level of brackets inside
    r"\(\s*(<[^>]*>|[^)\s]+)"  # (target or (<target>
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"  # an optional "title"
)
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)")
_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_HTML_ANCHOR = re.compile(r"<a\s[^>]*(?:name|id)=\"([^\"]+)\"", re.IGNORECASE)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//")


def markdown_files(root: Path) -> list[Path]:
    found: set[Path] = set()
    for pattern in MARKDOWN_FILES:
        found.update(path for path in root.glob(pattern) if path.is_file())
    return sorted(found)


def prose_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) outside fenced code blocks, with inline code taken out."""
    fence = ""
    for number, line in enumerate(text.splitlines(), start=1):
        opening = _FENCE.match(line)
        if fence:
            if opening and opening[1][0] == fence[0] and len(opening[1]) >= len(fence):
                fence = ""
            continue
        if opening:
            fence = opening[1]
            continue
        yield number, _CODE_SPAN.sub("", line)


def prose_lines_keeping_code(text: str) -> Iterator[tuple[int, str]]:
    """As ``prose_lines``, but inline code stays: it is part of a heading's text."""
    lines = text.splitlines()
    for number, _line in prose_lines(text):
        yield number, lines[number - 1]


def slug(heading: str) -> str:
    """A heading's anchor as GitHub makes it: the text, lower case, punctuation
    dropped, each space a hyphen."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link counts as its text
    text = re.sub(r"<[^>]+>", "", text).replace("`", "")
    text = re.sub(r"[^\w\- ]", "", text.strip().lower())
    return text.replace(" ", "-")


def anchors(text: str) -> set[str]:
    """Every ``#anchor`` a Markdown text offers: headings (repeats get -1, -2 ...) and
    HTML anchors."""
    found: set[str] = set()
    seen: dict[str, int] = {}
    for _number, line in prose_lines_keeping_code(text):
        heading = _HEADING.match(line)
        if heading:
            base = slug(heading[2])
            count = seen.get(base, 0)
            seen[base] = count + 1
            found.add(base if count == 0 else f"{base}-{count}")
        found.update(_HTML_ANCHOR.findall(line))
    return found


def link_targets(text: str) -> Iterator[tuple[int, str]]:
    for number, line in prose_lines(text):
        for match in _INLINE_LINK.finditer(line):
            yield number, match[1]
        reference = _REFERENCE.match(line)
        if reference:
            yield number, reference[1]


def broken_links(files: list[Path], root: Path) -> tuple[list[str], int]:
    """Problems as ``FILE:LINE: TARGET: what is wrong``, and how many relative links
    were checked."""
    problems: list[str] = []
    checked = 0
    texts: dict[Path, str] = {}

    def read(path: Path) -> str:
        if path not in texts:
            texts[path] = path.read_text(encoding="utf-8")
        return texts[path]

    root = root.resolve()
    for source in files:
        where = source.relative_to(root) if source.is_relative_to(root) else source
        for number, raw in link_targets(read(source)):
            target = raw.removeprefix("<").removesuffix(">")
            if _SCHEME.match(target):
                continue  # a web address or mail link: not this test's business
            checked += 1
            path_part, _, anchor = target.partition("#")
            if not path_part:
                pointed = source
            elif path_part.startswith("/"):
                pointed = root / unquote(path_part).lstrip("/")
            else:
                pointed = source.parent / unquote(path_part)
            pointed = pointed.resolve()
            if not pointed.is_relative_to(root):
                problems.append(f"{where}:{number}: {raw}: points outside the repository")
                continue
            if not pointed.exists():
                problems.append(f"{where}:{number}: {raw}: no such file")
                continue
            if anchor and pointed.suffix == ".md" and anchor not in anchors(read(pointed)):
                problems.append(
                    f"{where}:{number}: {raw}: {pointed.relative_to(root)} has no heading #{anchor}"
                )
    return problems, checked


def test_every_relative_link_in_the_docs_leads_somewhere() -> None:
    files = markdown_files(REPO_ROOT)
    names = {path.relative_to(REPO_ROOT).as_posix() for path in files}
    assert {"README.md", "docs/agent-guide.md", "resources/playbooks/WRITING.md"} <= names
    problems, checked = broken_links(files, REPO_ROOT)
    assert problems == []
    assert checked > 60  # the README and the pages link to each other a lot


def test_the_readme_links_to_every_page_in_docs() -> None:
    readme = REPO_ROOT / "README.md"
    linked = {
        (REPO_ROOT / target.partition("#")[0]).resolve()
        for _n, target in link_targets(readme.read_text(encoding="utf-8"))
    }
    pages = sorted((REPO_ROOT / "docs").glob("*.md"))
    assert len(pages) >= 7
    assert [page.name for page in pages if page.resolve() not in linked] == []


def test_the_readme_pictures_are_checked_too() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/screenshots/call-window.png" in [target for _n, target in link_targets(readme)]


def test_broken_links_are_found(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "guide.md").write_text(
        "# The guide\n\n## Keys\n\n## Keys\n\n```sh\n# not a heading\n```\n",
        encoding="utf-8",
    )
    (tmp_path / "README.md").write_text(
        "# Calmline\n\n"
        "[fine](docs/guide.md#keys) and [the second Keys](docs/guide.md#keys-1)\n"
        "[gone](docs/missing.md) and ![picture](docs/screenshots/none.png)\n"
        "[no such heading](docs/guide.md#not-a-heading)\n"
        "[here](#calmline) and [not here](#nowhere)\n"
        "[outside](../elsewhere.md) [web](https://example.com/x.md) `[code](nope.md)`\n"
        "```\n[in a code block](nope.md)\n```\n"
        "[ref]: docs/also-missing.md\n",
        encoding="utf-8",
    )
    problems, checked = broken_links(markdown_files(tmp_path), tmp_path)
    assert problems == [
        "README.md:4: docs/missing.md: no such file",
        "README.md:4: docs/screenshots/none.png: no such file",
        "README.md:5: docs/guide.md#not-a-heading: docs/guide.md has no heading #not-a-heading",
        "README.md:6: #nowhere: README.md has no heading #nowhere",
        "README.md:7: ../elsewhere.md: points outside the repository",
        "README.md:11: docs/also-missing.md: no such file",
    ]
    assert checked == 9


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        ("Remote control and scripting", "remote-control-and-scripting"),
        ("`calmline ctl`", "calmline-ctl"),
        ("settings.json", "settingsjson"),
        ("What is kept, and how", "what-is-kept-and-how"),
        ("Start-up", "start-up"),
        ("Step 2 of 6 · Alt+Right", "step-2-of-6--altright"),
        ("[Linked](other.md) heading", "linked-heading"),
        ("Über Calmline", "über-calmline"),
    ],
)
def test_anchors_are_spelled_as_github_spells_them(heading: str, anchor: str) -> None:
    assert slug(heading) == anchor
