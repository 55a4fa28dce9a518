"""Is a folder on a network file system? SQLite's log must not be.

SQLite's locking relies on the file system's; over NFS, SMB/CIFS and the like
locks are missing or broken, and two PCs writing one file corrupt it (SQLite's
"How To Corrupt An SQLite Database File", section 2). A team shares calls
through the team log on PostgreSQL instead (docs/team-log.md).

On Linux the answer comes from ``/proc/self/mountinfo``: the file system type
of the mount that holds the folder. On Windows a UNC path (\\\\server\\share)
is a network path. Elsewhere nothing is refused.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop_app.store.base import LogError

#: File system types (as mountinfo names them) that live on another machine.
NETWORK_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "coda",
        "ceph",
        "glusterfs",
        "lustre",
        "gfs2",
        "ocfs2",
        "fuse.sshfs",
        "fuse.davfs",
        "davfs",
        "fuse.glusterfs",
        "fuse.cephfs",
        "fuse.rclone",
        "fuse.s3fs",
    }
)


class LogOnNetworkShareError(LogError):
    """The data dir is on a network file system: the local log is refused there."""


def _unescape(field: str) -> str:
    # mountinfo writes space, tab, newline and backslash as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mount_type(path: Path, mountinfo: str) -> str:
    """The file system type of the mount holding ``path`` (absolute, resolved)."""
    best, kind = "", ""
    target = str(path)
    for line in mountinfo.splitlines():
        left, sep, right = line.partition(" - ")
        fields = left.split()
        if not sep or len(fields) < 5 or not right.split():
            continue
        point = _unescape(fields[4])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, right.split()[0]
    return kind


def network_file_system(path: Path, mountinfo: str | None = None) -> str:
    """The network file system type ``path`` is on, or "" for a local disk."""
    if sys.platform == "win32":
        return "a network share" if str(path).startswith("\\\\") else ""
    if mountinfo is None:
        try:
            with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as handle:
                mountinfo = handle.read()
        except OSError:
            return ""
    # The folder may not exist yet: resolve the part that does (symlinks included).
    folder, rest = path.absolute(), Path()
    while not folder.exists() and folder != folder.parent:
        folder, rest = folder.parent, Path(folder.name) / rest
    kind = mount_type(Path(os.path.realpath(folder)) / rest, mountinfo)
    return kind if kind in NETWORK_TYPES or kind.startswith(("nfs", "smb")) else ""


def refuse_network_share(data_dir: Path, mountinfo: str | None = None) -> None:
    """``LogOnNetworkShareError`` naming the folder when it is on a network file system."""
    kind = network_file_system(data_dir, mountinfo)
    if kind:
        raise LogOnNetworkShareError(
            f"the data dir {data_dir} is on a network file system ({kind}); the call log "
            "must be on this PC's own disk, since SQLite cannot lock a file over the "
            "network and a shared file gets corrupted. To share calls with the team, keep "
            "the data dir local (--data-dir or CALMLINE_DATA_DIR) and configure the team "
            "log (team_log in settings.json; see docs/team-log.md)"
        )
