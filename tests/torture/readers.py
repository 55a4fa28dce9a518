"""Other processes reading the log at random moments while the window writes it.

Every export format, ``log stats``, ``ctl status`` and one call's export run
as background processes, started at random moments, several at a time, and
left running across the window's kill. Each is checked when it ends: it must
succeed (a ``ctl`` command may find the window gone), print no traceback, and
an export must hold every call reported saved before it started.
"""

from __future__ import annotations

import csv
import json
import random
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.conftest import REPO_ROOT
from tests.e2e.running_calmline import calmline_env
from tests.torture.window import calmline_argv

#: Exit statuses of ``calmline ctl`` that only say the window was gone or went
#: away meanwhile (killed by the torture): no window, the window did not answer.
CTL_WINDOW_GONE = (3, 5)
#: How long a reading command may take before it counts as hung.
READER_TIMEOUT_S = 120.0

KINDS = ("csv", "jsonl", "md", "pdf", "stats", "status", "one-call")


@dataclass
class Reader:
    kind: str
    process: subprocess.Popen[str]
    started: float
    #: calls reported saved before it started: an export must hold them all
    saved_before: frozenset[str]
    out: Path | None = None


@dataclass
class ReaderTally:
    ran: dict[str, int] = field(default_factory=dict)
    #: one line per reader that failed, hung, printed a traceback or missed a saved call
    failures: list[str] = field(default_factory=list)


class Readers:
    """Starts reading commands on the data dir at random moments, from a thread of its own."""

    def __init__(
        self,
        data: Path,
        exports: Path,
        rng: random.Random,
        saved_calls: Callable[[], frozenset[str]],
        *,
        mean_gap_s: float = 0.3,
        at_once: int = 3,
    ) -> None:
        self.data = data
        self.exports = exports
        self.rng = random.Random(rng.random())  # its own stream: the thread's timing varies
        self.saved_calls = saved_calls
        self.mean_gap_s = mean_gap_s
        self.at_once = at_once
        self.tally = ReaderTally()
        self._running: list[Reader] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._count = 0

    # -- the background thread -----------------------------------------------
    def begin(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._keep_starting, daemon=True)
        self._thread.start()

    def _keep_starting(self) -> None:
        while not self._stop.wait(self.rng.expovariate(1 / self.mean_gap_s)):
            with self._lock:
                busy = sum(r.process.poll() is None for r in self._running)
            if busy < self.at_once:
                self.start_one(self.rng.choice(KINDS))

    def stop_starting(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    # -- one reader ------------------------------------------------------------
    def start_one(self, kind: str) -> None:
        saved = self.saved_calls()
        with self._lock:
            self._count += 1
            number = self._count
        out: Path | None = None
        if kind in ("csv", "jsonl", "md", "pdf"):
            out = self.exports / f"export-{number}.{kind}"
            words = ["export", "--format", kind, "--out", str(out)]
            if kind == "pdf":
                # A PDF holds at most 2,000 calls: the last minute's, by date range.
                since = (datetime.now(UTC) - timedelta(minutes=1)).isoformat(timespec="seconds")
                words += ["--since", since]
                saved = frozenset()  # the range leaves older calls out
        elif kind == "one-call" and saved:
            fmt = self.rng.choice(("csv", "jsonl", "md", "pdf"))
            out = self.exports / f"call-{number}.{fmt}"
            words = ["export", "--format", fmt, "--call", self.rng.choice(sorted(saved))]
            words += ["--out", str(out)]
            saved = frozenset()
        elif kind == "stats":
            words = ["log", "stats"]
        else:
            kind = "status"
            words = ["ctl", "status"]
        process = subprocess.Popen(
            calmline_argv(*words),
            cwd=REPO_ROOT,
            env=calmline_env(self.data),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        with self._lock:
            self._running.append(Reader(kind, process, time.monotonic(), saved, out))
            self.tally.ran[kind] = self.tally.ran.get(kind, 0) + 1

    def finish_all(self) -> None:
        """Wait for every reader still running and check what each did."""
        self.stop_starting()
        with self._lock:
            readers, self._running = self._running, []
        for reader in readers:
            self._check(reader)

    def _check(self, reader: Reader) -> None:
        left = max(1.0, READER_TIMEOUT_S - (time.monotonic() - reader.started))
        try:
            out, err = reader.process.communicate(timeout=left)
        except subprocess.TimeoutExpired:
            reader.process.kill()
            reader.process.communicate()
            self.tally.failures.append(f"{reader.kind}: hung for {READER_TIMEOUT_S:g} s")
            return
        code = reader.process.returncode
        if "Traceback" in err:
            self.tally.failures.append(f"{reader.kind}: traceback: {err.strip()[-2000:]}")
        elif reader.kind == "status" and code in CTL_WINDOW_GONE:
            pass  # the window was killed before or while it answered
        elif code != 0:
            self.tally.failures.append(f"{reader.kind}: exit {code}: {err.strip()}")
        elif reader.kind == "stats" and "calls:" not in out:
            self.tally.failures.append(f"stats: no count of calls in {out!r}")
        elif reader.out is not None:
            self._check_export(reader)
        if reader.out is not None:
            reader.out.unlink(missing_ok=True)

    def _check_export(self, reader: Reader) -> None:
        assert reader.out is not None
        if not reader.out.is_file():
            self.tally.failures.append(f"{reader.kind}: reported written, but no {reader.out}")
            return
        if not reader.saved_before:
            return
        if reader.kind == "jsonl":
            lines = reader.out.read_text(encoding="utf-8").splitlines()
            found = {str(json.loads(line)["id"]) for line in lines}
        elif reader.kind == "csv":
            # The CSV is made for spreadsheets: a byte-order mark, and an invisible
            # word joiner before an id a spreadsheet would take for a number.
            with reader.out.open(encoding="utf-8-sig", newline="") as handle:
                found = {row["call_id"].lstrip("\u2060") for row in csv.DictReader(handle)}
        else:
            return
        missing = reader.saved_before - found
        if missing:
            self.tally.failures.append(
                f"{reader.kind}: {len(missing)} call(s) reported saved before the export "
                f"started are not in it, e.g. {sorted(missing)[0]}"
            )
