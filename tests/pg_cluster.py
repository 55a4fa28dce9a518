"""A PostgreSQL server of the tests' own: initdb, start, stop, kill, a standby.

The cluster listens on loopback on a free port and on a private socket
directory, with its data under a temporary folder. initdb refuses to run as
root, so as root every server command runs as the ``postgres`` user (Debian's
package creates it) and the folder belongs to that user.

Connections from the tests: the superuser over the socket (trusted), agents
over TCP with a password (scram-sha-256), as an agent's PC would.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SERVER_USER = "postgres"


def postgres_bin() -> Path | None:
    """The newest installed PostgreSQL's binaries (Debian's layout), or None."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parent.parent.name),
    )
    return Path(found[-1]).parent if found else None


def missing_reason() -> str:
    """Why no test server can run here, or "" when one can."""
    binaries = postgres_bin()
    if binaries is None:
        return "PostgreSQL is not installed (Debian: apt-get install postgresql postgresql-contrib)"
    share = sorted(glob.glob("/usr/share/postgresql/*/extension/unaccent.control"))
    if not share:
        return "PostgreSQL's contrib extensions are missing (apt-get install postgresql-contrib)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return "running as root without a 'postgres' user to run the server as"
    return ""


def skip_or_fail_without_postgres() -> None:
    """Skip, with the reason, where PostgreSQL is missing; in CI that is a failure."""
    reason = missing_reason()
    if not reason:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI is set and the team log cannot be tested: {reason}")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user() -> list[str]:
    return ["runuser", "-u", SERVER_USER, "--"] if os.geteuid() == 0 else []


@dataclass
class PgCluster:
    """One PostgreSQL server (primary or standby) in a folder of its own."""

    base: Path
    name: str = "primary"
    port: int = field(default_factory=free_port)

    @property
    def data(self) -> Path:
        return self.base / self.name

    @property
    def sockets(self) -> Path:
        return self.base / f"{self.name}-socket"

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        binaries = postgres_bin()
        assert binaries is not None
        return subprocess.run(
            [*_as_server_user(), str(binaries / tool), *args],
            capture_output=True,
            text=True,
            check=check,
            timeout=120,
        )

    def _own(self, path: Path) -> None:
        if os.geteuid() == 0:
            shutil.chown(path, SERVER_USER, SERVER_USER)

    def init(self) -> PgCluster:
        self.sockets.mkdir(mode=0o700)
        self._own(self.sockets)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        self._configure()
        # First, so it wins over initdb's password rule: the standby copies as postgres.
        hba = self.data / "pg_hba.conf"
        hba.write_text("host replication postgres 127.0.0.1/32 trust\n" + hba.read_text())
        return self

    def _configure(self) -> None:
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(self.port),
            "unix_socket_directories": f"'{self.sockets}'",
            "fsync": "on",
            "max_connections": "200",
            "shared_buffers": "64MB",
            "wal_level": "replica",
            "max_wal_senders": "4",
            "logging_collector": "off",
        }
        with (self.data / "postgresql.auto.conf").open("a") as conf:
            for key, value in settings.items():
                conf.write(f"{key} = {value}\n")

    def standby_of(self, primary: PgCluster) -> PgCluster:
        """A streaming-replication standby copied from ``primary`` by pg_basebackup."""
        self.sockets.mkdir(mode=0o700)
        self._own(self.sockets)
        self._run(
            "pg_basebackup",
            "-D",
            str(self.data),
            "-h",
            "127.0.0.1",
            "-p",
            str(primary.port),
            "-U",
            "postgres",
            "-R",
            "--checkpoint=fast",
            "--wal-method=stream",
        )
        self._configure()
        return self

    def start(self) -> None:
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.base / f"{self.name}.log"),
            "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def kill(self) -> None:
        """SIGKILL to the server and every backend, as a crash or a power cut would."""
        pid = int((self.data / "postmaster.pid").read_text().split()[0])
        victims = [pid, *_children(pid)]
        for victim in victims:
            with contextlib.suppress(ProcessLookupError):
                os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(_alive(v) for v in victims):
            time.sleep(0.05)
        # Where nobody reaps orphans (a container's first process), the dead server
        # stays a zombie that PostgreSQL's start takes for a running one.
        (self.data / "postmaster.pid").unlink(missing_ok=True)
        for lock in self.sockets.glob(".s.PGSQL.*.lock"):
            lock.unlink(missing_ok=True)

    def promote(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "promote")

    def admin_dsn(self, dbname: str = "postgres") -> str:
        return f"host={self.sockets} port={self.port} user=postgres dbname={dbname}"

    def admin(self, sql: str, dbname: str = "postgres") -> list[tuple[object, ...]]:
        import psycopg

        with psycopg.connect(self.admin_dsn(dbname), autocommit=True) as conn:
            cursor = conn.execute(sql.encode())
            return list(cursor.fetchall()) if cursor.description else []


def _alive(pid: int) -> bool:
    """The process runs (a zombie waiting to be reaped does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _children(parent: int) -> list[int]:
    """Ids of the processes whose parent is ``parent`` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == parent:
                found.append(int(stat.parent.name))
    return found


def start_cluster() -> PgCluster:
    base = Path(tempfile.mkdtemp(prefix="calmline-pg-"))
    os.chmod(base, 0o755)  # noqa: S103 - the server user must reach its folders inside
    if os.geteuid() == 0:
        shutil.chown(base, SERVER_USER, SERVER_USER)
    cluster = PgCluster(base).init()
    cluster.start()
    return cluster


def remove_cluster(cluster: PgCluster) -> None:
    cluster.stop("immediate")
    shutil.rmtree(cluster.base, ignore_errors=True)
