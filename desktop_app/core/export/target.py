"""Where an export may be written, and writing it so a crash never leaves half a file.

The rule for export paths (documented in docs/call-log.md, "Exporting"):

- An export is a plain file name inside a chosen folder. The window's folder
  is ``<data dir>/exports`` or one the user picked in a file dialog; the
  command line's folder is the parent of ``--out`` as typed.
- The name must be a plain name: no folder separators, not ``.`` or ``..``.
  ``--out`` may not contain a ``..`` part anywhere.
- The folder must already exist (the command line never creates folders; the
  window creates its own exports folder) and must be a folder.
- The target must not be a symbolic link, nor anything but a regular file if
  it already exists: writing never follows a link out of the chosen folder.

Writing streams into a private (0600) temporary file beside the target, syncs
it to disk and renames it over the target. Killed at any moment, the export
leaves the previous file (or none) under the target's name; at worst a hidden
``.<name>.*.tmp`` file remains beside it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from desktop_app.core.atomic import PRIVATE_FILE, _sync_dir, describe_os_error


class ExportError(Exception):
    """An export that was refused or failed; the message names the path and the reason."""


def export_target(folder: Path, name: str) -> Path:
    """The path for ``name`` inside ``folder``, or ExportError saying why not."""
    if not name or name in {".", ".."} or "/" in name or os.sep in name or "\0" in name:
        raise ExportError(f"{name!r} is not a plain file name; choose a name without folders")
    if os.altsep and os.altsep in name:
        raise ExportError(f"{name!r} is not a plain file name; choose a name without folders")
    if not folder.is_dir():
        raise ExportError(f"cannot export to {folder / name}: the folder {folder} does not exist")
    target = folder / name
    try:
        info = target.lstat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise ExportError(describe_os_error(exc, target)) from exc
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            raise ExportError(
                f"cannot export to {target}: it is a symbolic link; exports never follow links"
            )
        if not stat.S_ISREG(info.st_mode):
            raise ExportError(f"cannot export to {target}: it exists and is not a regular file")
    # The name is plain, so the real parent is the real folder; checked anyway
    # so a future change to the rules above cannot open a way out.
    if target.parent.resolve() != folder.resolve():
        raise ExportError(f"cannot export to {target}: it is outside {folder}")
    return target


def target_from_out(out: str) -> Path:
    """``--out PATH`` from the command line, checked by the rule above."""
    if not out:
        raise ExportError("--out needs a file name")
    raw = Path(out).expanduser()
    if ".." in raw.parts:
        raise ExportError(f"--out {out!r} contains '..'; give the folder without '..'")
    absolute = raw.absolute()
    return export_target(absolute.parent, absolute.name)


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A private temporary path beside ``target``; renamed over it when the block succeeds.

    For writers that want a file name (Qt's PDF writer, image writers).
    """
    folder = target.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.fchmod(fd, PRIVATE_FILE)
        os.close(fd)
    except OSError as exc:
        raise ExportError(describe_os_error(exc, target)) from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        _sync_file(tmp)
        os.chmod(tmp, PRIVATE_FILE)
        os.replace(tmp, target)
        _sync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ExportError(describe_os_error(exc, target)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


@contextlib.contextmanager
def atomic_text(target: Path, *, newline: str | None = None) -> Iterator[TextIO]:
    """A text stream (UTF-8) whose content replaces ``target`` only once fully written."""
    with atomic_path(target) as tmp:
        try:
            # A large buffer: exports are written in one pass, row after row.
            handle = open(tmp, "w", encoding="utf-8", newline=newline, buffering=1 << 16)  # noqa: SIM115
        except OSError as exc:
            raise ExportError(describe_os_error(exc, target)) from exc
        with handle:
            yield handle
            handle.flush()


def _sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
