"""Every row of the table: what is measured, against which floor, and the target.

Each function returns a finished :class:`Row`; the runner turns an exception
into an ``error`` row, so one broken measurement never hides the others.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import socket
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tests.benchmarks import datasets, launch, ui_worker
from tests.benchmarks.display import OFFSCREEN, xvfb
from tests.benchmarks.modes import Mode
from tests.benchmarks.stats import Figure, Row, ratio_of
from tests.benchmarks.xpixels import XScreen

DIST = launch.REPO_ROOT / "dist"


def _has_module(name: str) -> bool:
    """Whether the checkout has module ``name`` (a feature that has not landed has none)."""
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def _app(data_dir: Path, env: dict[str, str], **extra_env: str) -> launch.Program:
    return launch.python_module(
        "tests.benchmarks.app_window", "--data-dir", str(data_dir), env={**env, **extra_env}
    )


def _bare(env: dict[str, str], **extra_env: str) -> launch.Program:
    return launch.python_module("tests.benchmarks.bare_window", env={**env, **extra_env})


def _paint_ms(runs: list[launch.Launched]) -> list[float]:
    return [r.first_paint_ms for r in runs if r.first_paint_ms is not None]


def _judge_starts(
    row: Row, calm: list[launch.Launched], floor: list[launch.Launched], limit: float
) -> Row:
    """Median start-up of Calmline over its floor's, against ``limit``."""
    row.app = Figure.of(_paint_ms(calm), "ms")
    row.floor = Figure.of(_paint_ms(floor), "ms")
    ratio = ratio_of(row.app, row.floor)
    return row.judge(ratio, limit, f"{ratio:.3f}×" if limit < 1.1 else f"{ratio:.2f}×")


def _cold_start(row: Row, mode: Mode, env: dict[str, str]) -> Row:
    """Calmline against the bare window, with the same widgets in plain PySide6 between them.

    One unmeasured start of Calmline describes its first frame's widgets;
    ``same_widgets`` makes them again, in turn with the other two.
    """
    with tempfile.TemporaryDirectory(prefix="calmline-bench-") as tmp:
        data, tree = Path(tmp) / "data", Path(tmp) / "widgets.json"
        launch.run(_app(data, env, CALMLINE_BENCH_WIDGET_TREE=str(tree)))
        same = launch.python_module("tests.benchmarks.same_widgets", str(tree), env=env)
        calm, bare, plain = launch.in_turn(
            [_app(data, env), _bare(env), same], mode.starts, warm_up=mode.warm_up
        )
        widgets = len(json.loads(tree.read_text(encoding="utf-8")))
    row = _judge_starts(row, calm, bare, 1.25)
    assert row.app is not None and row.floor is not None
    same_widgets = Figure.of(_paint_ms(plain), "ms")
    row.extra["same_widgets"] = {"widgets": widgets, **asdict(same_widgets)}
    row.note = (
        f"the same {widgets} widgets in plain PySide6: {same_widgets.median:.4g} ms, "
        f"{ratio_of(same_widgets, row.floor):.2f}× the bare window; "
        f"Calmline {ratio_of(row.app, same_widgets):.2f}× them"
    )
    return row


def cold_start_offscreen(row: Row, mode: Mode) -> Row:
    return _cold_start(row, mode, OFFSCREEN)


def cold_start_xvfb(row: Row, mode: Mode) -> Row:
    with xvfb() as env:
        if env is None:
            row.status, row.note = "skipped", "Xvfb is not installed"
            return row
        return _cold_start(row, mode, env)


def _bundle(name: str) -> Path:
    return DIST / name / name


def _not_built(row: Row, paths: list[Path]) -> Row | None:
    missing = [p for p in paths if not p.exists()]
    if not missing:
        return None
    row.status = "skipped"
    row.note = "not built (python3 packaging/bootstrap.py package): " + ", ".join(
        str(p.relative_to(launch.REPO_ROOT)) for p in missing
    )
    return row


def cold_start_frozen(row: Row, mode: Mode) -> Row:
    calm_binary, bare_binary = _bundle("calmline"), _bundle("bare_window")
    if skipped := _not_built(row, [calm_binary, bare_binary]):
        return skipped
    with xvfb() as env, tempfile.TemporaryDirectory(prefix="calmline-bench-") as tmp:
        if env is None:
            row.status, row.note = "skipped", "Xvfb is not installed"
            return row
        screen = XScreen(env["DISPLAY"])
        # One data dir for every start, as a user's (and as the other
        # cold-start rows use): each run's private HOME would otherwise make
        # every start the very first one, creating the log and its folders.
        calm_env = {**env, "CALMLINE_DATA_DIR": str(Path(tmp) / "data")}
        try:
            calm, bare = launch.interleaved(
                launch.Program([str(calm_binary)], calm_env),
                launch.Program([str(bare_binary)], env),
                mode.starts,
                warm_up=mode.warm_up,
                runner=lambda program: launch.run_until_pixels(program, screen),
            )
        finally:
            screen.close()
    return _judge_starts(row, calm, bare, 1.25)


def start_with_big_log(row: Row, mode: Mode) -> Row:
    with tempfile.TemporaryDirectory(prefix="calmline-bench-") as tmp:
        big = datasets.fresh_copy(mode.calls, Path(tmp) / "big")
        # Twice the starts of the other start-up rows. The two sides do the
        # same work (the log's queries take as long with 100,000 calls as
        # with none; CPU time at the first paint within 2%), yet with 20
        # starts each the ratio of the medians went from 0.93 to 1.12
        # between full runs: this machine's noise against a 5% target.
        full, empty = launch.interleaved(
            _app(big, OFFSCREEN),
            _app(Path(tmp) / "empty", OFFSCREEN),
            mode.starts * 2,
            warm_up=mode.warm_up,
        )
        log = _open_log(big)
        try:
            left = log.count()
        finally:
            log.close()
    if left != mode.calls:
        row.note = f"the log held {left:,} calls after the starts, not {mode.calls:,}"
    return _judge_starts(row, full, empty, 1.05)


def peak_memory(row: Row, mode: Mode) -> Row:
    linger = {"CALMLINE_BENCH_LINGER_MS": "500"}
    repetitions = max(1, min(3, mode.starts))
    with tempfile.TemporaryDirectory(prefix="calmline-bench-") as tmp:
        big = datasets.fresh_copy(mode.calls, Path(tmp) / "big")
        calm, bare = launch.interleaved(
            _app(big, OFFSCREEN, **linger), _bare(OFFSCREEN, **linger), repetitions, warm_up=0
        )
    row.app = Figure.of([r.max_rss_mb for r in calm if r.max_rss_mb], "MB")
    row.floor = Figure.of([r.max_rss_mb for r in bare if r.max_rss_mb], "MB")
    difference = row.app.median - row.floor.median
    return row.judge(difference, 30.0, f"+{difference:.1f} MB")


def _worker(scenario: str, data_dir: Path, *options: str, env: dict[str, str]) -> dict[str, Any]:
    """The scenario's result, with ``close_s``: its Calmline's closing time in seconds."""
    program = launch.python_module(
        "tests.benchmarks.ui_worker",
        scenario,
        *options,
        "--data-dir",
        str(data_dir),
        env=env,
    )
    stdout = launch.run(program, probed=False).stdout
    result = ui_worker.result_of(stdout)
    if result is None:
        raise RuntimeError(f"the {scenario} scenario printed no result")
    if "error" in result:
        raise RuntimeError(str(result["error"]))
    result["close_s"] = ui_worker.close_seconds_of(stdout)
    return result


def step_key(row: Row, mode: Mode) -> Row:
    with tempfile.TemporaryDirectory(prefix="calmline-bench-") as tmp:
        result = _worker("step", Path(tmp) / "data", "--samples", str(mode.presses), env=OFFSCREEN)
    row.app = Figure.of(result["app_ms"], "ms")
    row.floor = Figure.of(result["floor_ms"], "ms")
    ratio = ratio_of(row.app, row.floor, use="p99")
    row.extra["steps"] = result["steps"]
    row.extra["by_step_arrived_at"] = {
        step: vars(Figure.of(samples, "ms")) for step, samples in result["by_step"].items()
    }
    text = f"p99 {row.app.p99:.2f} ms ({ratio:.1f}× floor p99)"
    accessibility = _step_key_with_screen_reader(mode)
    row.extra["accessibility"] = accessibility
    if "skipped" in accessibility:
        row.note = f"accessibility on/off not measured: {accessibility['skipped']}"
        return row.judge(row.app.p99, 4.0, text)
    off, on = accessibility["off"]["p99"], accessibility["on"]["p99"]
    bare_on = accessibility["floor on"]["p99"]
    text += (
        f"; Xvfb p99 {off:.2f} ms accessibility off, {on:.2f} ms on"
        f" (the floor's QLabel: {bare_on:.2f} ms on)"
    )
    return row.judge(max(row.app.p99, off, on), 4.0, text)


def _step_key_with_screen_reader(mode: Mode) -> dict[str, Any]:
    """The step key on an X server with no screen reader, then with one listening.

    "On" is Calmline on the real AT-SPI bus with Qt's bridge active and a
    listener registered for every event a screen reader hears (so the bridge
    sends them); "off" is the same desktop without the bridge. "floor off" and
    "floor on" are the floor's label changing its text in the same process: a
    reader listening slows even that, and says how much of the "on" figure is
    the listener's and the bus's work rather than Calmline's.
    """
    from tests.e2e import accessibility_bus

    lacking = accessibility_bus.missing()
    if lacking:
        return {"skipped": f"{lacking} missing"}
    figures: dict[str, Any] = {}
    with (
        tempfile.TemporaryDirectory(prefix="calmline-bench-") as tmp,
        accessibility_bus.private_desktop(Path(tmp)) as desktop,
    ):
        off_env = dict(desktop.env)
        del off_env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"]
        for name, env in (("off", off_env), ("on", desktop.env)):
            samples = str(mode.presses)
            with desktop.listening(0, 3600) if name == "on" else _nothing():
                result = _worker("step", Path(tmp) / name, "--samples", samples, env=env)
            if result["accessible"] != (name == "on"):
                raise RuntimeError(f"accessibility {name} asked, Qt says {result['accessible']}")
            figures[name] = vars(Figure.of(result["app_ms"], "ms"))
            figures[f"floor {name}"] = vars(Figure.of(result["floor_ms"], "ms"))
    return figures


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def card_search(row: Row, mode: Mode) -> Row:
    from desktop_app.paths import DataDir

    with tempfile.TemporaryDirectory(prefix="calmline-bench-") as tmp:
        data = DataDir(Path(tmp) / "data")
        datasets.write_card_playbooks(data.personal_playbooks, mode.cards)
        try:
            result = _worker(
                "card-search", data.root, "--samples", str(mode.presses), env=OFFSCREEN
            )
        except RuntimeError as exc:
            if "not a search field" in str(exc):
                row.note = f"card search is not in the window yet ({exc})"
                return row
            raise
    row.app = Figure.of(result["app_ms"], "ms")
    row.extra["hits"] = result["hits"]
    row.extra["by_query_length"] = {
        length: vars(Figure.of(samples, "ms")) for length, samples in result["by_length"].items()
    }
    return row.judge(row.app.p99, 16.0, f"p99 {row.app.p99:.1f} ms")


def _open_log(data_dir: Path) -> Any:
    from desktop_app.paths import DataDir
    from desktop_app.store.sqlite_log import SqliteCallLog

    return SqliteCallLog(DataDir(data_dir).call_log)


def history_search(row: Row, mode: Mode) -> Row:
    chosen = datasets.search_words(mode.calls)
    words = {"rare": chosen.rare, "common": chosen.common}
    alone: dict[str, list[float]] = {kind: [] for kind in words}
    hits: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="calmline-bench-") as tmp:
        data = datasets.fresh_copy(mode.calls, Path(tmp) / "data")
        log = _open_log(data)
        try:
            began = time.monotonic()
            for repetition in range(mode.queries):
                for kind, word in words.items():
                    t0 = time.perf_counter_ns()
                    found = log.search(word)
                    alone[kind].append((time.perf_counter_ns() - t0) / 1e6)
                    hits[kind] = len(found)
                if repetition >= 2 and time.monotonic() - began > mode.budget_s:
                    break
        finally:
            log.close()
        search_alone = Figure.of([v for values in alone.values() for v in values], "ms")
        row.extra["search_alone"] = {
            kind: {"word": words[kind], "hits": hits[kind], **vars(Figure.of(alone[kind], "ms"))}
            for kind in words
        }
        if not _has_module("desktop_app.ui.log_tools.history"):
            row.app = search_alone
            row.note = "the window has no history search yet: the log's search alone"
            return row.judge(search_alone.p99, 100.0, f"p99 {search_alone.p99:.1f} ms")
        typed = _worker(
            "history",
            data,
            "--samples",
            str(max(4, mode.presses // 6)),
            "--words",
            ",".join(words.values()),
            env=OFFSCREEN,
        )
    in_window = [v for values in typed["by_word"].values() for v in values]
    row.app = Figure.of(in_window, "ms")
    row.extra["in_window"] = {w: vars(Figure.of(v, "ms")) for w, v in typed["by_word"].items()}
    return row.judge(
        row.app.p99,
        100.0,
        f"p99 {row.app.p99:.0f} ms (the log's search alone: p99 {search_alone.p99:.1f} ms)",
    )


def _bare_csv_dump(rows: Iterable[list[str]], path: Path) -> None:
    """The floor: the export's own rows straight through csv.writer to a plain file."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)


def export_csv(row: Row, mode: Mode) -> Row:
    if not _has_module("desktop_app.core.export.csv_file"):
        row.note = "CSV export (desktop_app/core/export/csv_file.py) is not on main yet"
        return row
    from desktop_app.core.export.columns import COLUMNS, row_for
    from desktop_app.core.export.csv_file import write_csv_from_log

    calm_ms: list[float] = []
    bare_ms: list[float] = []
    built_ms: list[float] = []
    read_ms: list[float] = []
    with tempfile.TemporaryDirectory(prefix="calmline-bench-") as tmp:
        log = _open_log(datasets.fresh_copy(mode.calls, Path(tmp) / "data"))
        try:
            t0 = time.perf_counter_ns()
            # as a CSV export reads them: the timeline as the log saved it, no events
            calls = list(log.iter_calls_for_csv())
            read_ms.append((time.perf_counter_ns() - t0) / 1e6)
        finally:
            log.close()
        rows = [list(COLUMNS), *(row_for(call, saved=saved) for call, saved in calls)]
        target = Path(tmp) / "export.csv"
        began = time.monotonic()
        for repetition in range(mode.exports):
            # every writer starts from no file: truncating the last one costs too
            target.unlink(missing_ok=True)
            t0 = time.perf_counter_ns()
            written = write_csv_from_log(iter(calls), target)
            calm_ms.append((time.perf_counter_ns() - t0) / 1e6)
            if written != mode.calls:
                raise RuntimeError(f"write_csv_from_log wrote {written} of {mode.calls} calls")
            target.unlink()
            t0 = time.perf_counter_ns()
            _bare_csv_dump(rows, target)
            bare_ms.append((time.perf_counter_ns() - t0) / 1e6)
            # the same, building each row as it goes: what the export adds
            # beyond making its cells (streaming, atomic write, fsync)
            target.unlink()
            t0 = time.perf_counter_ns()
            _bare_csv_dump((row_for(call, saved=saved) for call, saved in calls), target)
            built_ms.append((time.perf_counter_ns() - t0) / 1e6)
            if repetition >= 1 and time.monotonic() - began > mode.budget_s:
                break
    row.app = Figure.of(calm_ms, "ms")
    row.floor = Figure.of(bare_ms, "ms")
    built = Figure.of(built_ms, "ms")
    row.extra["read_from_log_ms"] = read_ms[0]
    row.extra["bare_dump_building_rows"] = vars(built)
    row.note = f"reading the {mode.calls:,} calls from the log first: {read_ms[0]:.0f} ms more"
    ratio = ratio_of(row.app, row.floor)
    return row.judge(
        ratio, 1.5, f"{ratio:.2f}× ({ratio_of(row.app, built):.2f}× a dump building its rows)"
    )


def typing_autosave(row: Row, mode: Mode) -> Row:
    if not _has_module("desktop_app.ui.plumbing.autosave"):
        row.note = "autosave (desktop_app/ui/plumbing/autosave.py) is not on main yet"
        return row
    options = ("--interval-ms", str(mode.typing_interval_ms))
    on_ms: list[float] = []
    off_ms: list[float] = []
    saves = 0
    #: on-side keys (as indexes into on_ms) whose wait overlapped a draft save
    during: list[int] = []
    with tempfile.TemporaryDirectory(prefix="calmline-bench-") as tmp:
        # One short unmeasured process first, as the other rows warm up.
        warm_up = ("--samples", "20", "--blocks", "2", *options)
        _worker("typing", Path(tmp) / "warm-up", *warm_up, env=OFFSCREEN)
        for process in range(mode.typing_processes):
            # Both sides in every process, in blocks (on, off, off, on): two
            # processes of one side had differed more than the sides did (key
            # medians of 0.76 and 1.1 ms), and with one side per process the
            # p99 ratio went from 0.95 to 1.47 between full runs while none
            # of the keys at or over the p99 had waited during a save.
            measured = ("--samples", str(mode.typed_keys), "--blocks", str(mode.typing_blocks))
            data_dir = Path(tmp) / f"typing-{process}"
            result = _worker("typing", data_dir, *measured, *options, env=OFFSCREEN)
            if not result.get("autosavers"):
                row.note = "the window makes no Autosaver (autosave not wired in)"
                return row
            saves += int(result.get("saves_while_typing", 0))
            first = len(on_ms)  # this process's keys follow the earlier ones
            during.extend(first + i for i in result.get("during_saves", []))
            on_ms.extend(result["app_ms"])
            off_ms.extend(result["floor_ms"])
    row.app = Figure.of(on_ms, "ms")
    row.floor = Figure.of(off_ms, "ms")
    slow = [i for i, waited in enumerate(on_ms) if waited >= row.app.p99]
    slow_during = len(set(slow) & set(during))
    row.extra["drafts_saved_while_typing"] = saves
    row.extra["keys_during_saves"] = len(during)
    row.extra["keys_at_p99_or_over"] = len(slow)
    row.extra["keys_at_p99_or_over_during_saves"] = slow_during
    ratio = ratio_of(row.app, row.floor, use="p99")
    row.note = (
        f"{saves} drafts saved while typing; {len(during)}"
        f" {'key' if len(during) == 1 else 'keys'} waited during a save,"
        f" {slow_during} of the {len(slow)} at or over the p99"
    )
    return row.judge(ratio, 1.1, f"p99 {ratio:.2f}×")


@contextmanager
def _black_hole() -> Iterator[int]:
    """A loopback port that takes connections (the kernel's backlog) and never answers."""
    with socket.socket() as hole:
        hole.bind(("127.0.0.1", 0))
        hole.listen(64)
        yield int(hole.getsockname()[1])


def team_log_unreachable(row: Row, mode: Mode) -> Row:
    """The step key and typing, each with and without a team log whose server never answers."""
    sides: dict[str, dict[str, float]] = {}
    typing = (
        *("--samples", str(mode.typed_keys), "--blocks", str(mode.typing_blocks)),
        *("--interval-ms", str(mode.typing_interval_ms)),
    )
    with _black_hole() as port, tempfile.TemporaryDirectory(prefix="calmline-bench-") as tmp:
        team = f"host=127.0.0.1 port={port} dbname=x user=y connect_timeout=10"
        _worker("step", Path(tmp) / "warm-up", "--samples", "5", env=OFFSCREEN)
        for side, env in (
            ("without", OFFSCREEN),
            ("with", {**OFFSCREEN, "CALMLINE_TEAM_LOG": team}),
        ):
            step = _worker(
                "step", Path(tmp) / f"step-{side}", "--samples", str(mode.presses), env=env
            )
            typed = _worker("typing", Path(tmp) / f"typing-{side}", *typing, env=env)
            sides[side] = {
                "step_p99_ms": Figure.of(step["app_ms"], "ms").p99,
                "typing_p99_ms": Figure.of(typed["app_ms"], "ms").p99,
                "close_s": max(step["close_s"] or 0.0, typed["close_s"] or 0.0),
            }
    row.extra.update(sides)
    off, on = sides["without"], sides["with"]
    row.app = Figure.of([on["step_p99_ms"]], "ms")
    row.floor = Figure.of([off["step_p99_ms"]], "ms")
    row.note = (
        f"step p99 {on['step_p99_ms']:.2f} ms with, {off['step_p99_ms']:.2f} ms without;"
        f" typing p99 {on['typing_p99_ms']:.2f} ms with, {off['typing_p99_ms']:.2f} ms without;"
        f" closing {on['close_s']:.2f} s with, {off['close_s']:.2f} s without"
    )
    worst = max(on["step_p99_ms"] / off["step_p99_ms"], on["typing_p99_ms"] / off["typing_p99_ms"])
    return row.judge(worst, 1.25, f"p99 {worst:.2f}× without")


def _tree_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def bundle_size(row: Row, mode: Mode) -> Row:
    folders = [DIST / "calmline", DIST / "bare_window"]
    if skipped := _not_built(row, folders):
        return skipped
    calm, bare = (_tree_bytes(f) / 2**20 for f in folders)
    row.app = Figure.of([calm], "MiB")
    row.floor = Figure.of([bare], "MiB")
    ratio = calm / bare
    return row.judge(ratio, 1.15, f"{ratio:.3f}×")


@dataclass(frozen=True)
class RowSpec:
    """A row's name, what it measures (``{calls}``, ``{cards}``, ``{keys_per_s}`` filled
    in from the mode), its target, and the function that measures it."""

    title: str
    target: str
    measure: Callable[[Row, Mode], Row]

    def row(self, name: str, mode: Mode) -> Row:
        title = self.title.format(
            calls=mode.calls, cards=mode.cards, keys_per_s=1000 // mode.typing_interval_ms
        )
        return Row(name, title, self.target)


ROWS: dict[str, RowSpec] = {
    "cold-start-offscreen": RowSpec(
        "cold start to first painted window, offscreen: Calmline vs bare window",
        "median ratio ≤ 1.25",
        cold_start_offscreen,
    ),
    "cold-start-xvfb": RowSpec(
        "cold start to first painted window, X server (Xvfb): Calmline vs bare window",
        "median ratio ≤ 1.25",
        cold_start_xvfb,
    ),
    "cold-start-frozen": RowSpec(
        "cold start of the one-folder bundles to first pixels on an X server (Xvfb): "
        "Calmline vs bare window",
        "median ratio ≤ 1.25",
        cold_start_frozen,
    ),
    "start-big-log": RowSpec(
        "cold start with {calls:,} calls in the log vs an empty log, offscreen",
        "median ratio ≤ 1.05",
        start_with_big_log,
    ),
    "step-key": RowSpec(
        "next-step key (Alt+Right) to painted step, offscreen: Calmline vs bare QLabel change",
        "p99 ≤ 4 ms",
        step_key,
    ),
    "card-search": RowSpec(
        "card search (Ctrl+F): keystroke to painted results over {cards:,} cards, offscreen",
        "p99 ≤ 16 ms",
        card_search,
    ),
    "history-search": RowSpec(
        "history search over {calls:,} calls, a rare and a common word: keystroke to "
        "painted results in the history view, offscreen",
        "p99 ≤ 100 ms",
        history_search,
    ),
    "export-csv": RowSpec(
        "CSV export of {calls:,} calls (write_csv) vs a bare csv.writer dump of the same rows",
        "median ratio ≤ 1.5",
        export_csv,
    ),
    "typing-autosave": RowSpec(
        "typing in the notes at {keys_per_s} keys/s on average, key due to painted: "
        "autosave on vs off, offscreen",
        "p99 ratio ≤ 1.1",
        typing_autosave,
    ),
    "team-log-unreachable": RowSpec(
        "step key and typing with a team log whose server never answers vs no team log, offscreen",
        "p99 ratio ≤ 1.25",
        team_log_unreachable,
    ),
    "peak-memory": RowSpec(
        "peak memory (VmHWM) with {calls:,} calls in the log vs bare window, offscreen",
        "difference ≤ 30 MB",
        peak_memory,
    ),
    "bundle-size": RowSpec(
        "one-folder bundle size: Calmline vs the trimmed bare window",
        "ratio ≤ 1.15",
        bundle_size,
    ),
}
