"""A data dir on a network file system is refused for the SQLite log, pointing to the team log."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.store.factory import open_log
from desktop_app.store.network_fs import (
    LogOnNetworkShareError,
    mount_type,
    network_file_system,
    refuse_network_share,
)

# As the kernel writes /proc/self/mountinfo (man 5 proc), including an escaped space.
MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
40 22 0:35 / /home rw,relatime shared:20 - ext4 /dev/sda2 rw
41 40 0:36 / /home/ana/Team\\040Share rw,relatime shared:21 - cifs //fs01/team rw,vers=3.1.1
42 22 0:37 / /mnt/nfs rw,relatime shared:22 - nfs4 fs01:/export rw,vers=4.2
43 42 0:38 / /mnt/nfs/local-cache rw,relatime shared:23 - tmpfs tmpfs rw
44 22 0:39 / /srv/sshfs rw,relatime shared:24 - fuse.sshfs ana@box:/data rw
"""


@pytest.mark.parametrize(
    ("folder", "kind"),
    [
        ("/home/ana/.local/share/calmline", "ext4"),
        ("/home/ana/Team Share/calmline", "cifs"),
        ("/home/ana/Team Sharepoint", "ext4"),  # a name that starts the same is not inside
        ("/mnt/nfs/calmline", "nfs4"),
        ("/mnt/nfs/local-cache/calmline", "tmpfs"),  # the deepest mount wins
        ("/srv/sshfs/x", "fuse.sshfs"),
    ],
)
def test_the_mount_holding_a_folder_is_found(folder: str, kind: str) -> None:
    assert mount_type(Path(folder), MOUNTINFO) == kind


def test_a_network_share_is_refused_with_a_pointer_to_the_team_log() -> None:
    with pytest.raises(LogOnNetworkShareError) as refused:
        refuse_network_share(Path("/home/ana/Team Share/calmline"), MOUNTINFO)
    message = str(refused.value)
    assert "/home/ana/Team Share/calmline is on a network file system (cifs)" in message
    assert "team log" in message and "docs/team-log.md" in message
    refuse_network_share(Path("/home/ana/.local/share/calmline"), MOUNTINFO)  # local: fine


def test_this_machines_temporary_folder_is_local_and_opens(tmp_path: Path) -> None:
    assert network_file_system(tmp_path) == ""
    log = open_log(tmp_path / "calls.sqlite3").log
    log.close()
