"""Key-press measurements on the real Calmline, started as a user starts it.

``python -m tests.benchmarks.ui_worker SCENARIO --data-dir DIR [--samples N] [-- CALMLINE ARGS]``
starts Calmline on the data dir ``DIR`` through its own entry point (never
on the user's own data: the scenarios start calls, type notes and leave
drafts); when the app hands control to the event loop
(``QApplication.exec``), the scenario runs instead of the user, in that
same loop, then prints one ``BENCH_RESULT {json}`` line and
lets the app shut down as usual. The floor widgets a scenario compares with
live in the same process, and the two are measured in turn (A B A B ...).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6 import QtWidgets
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.benchmarks import latency

MARKER = "BENCH_RESULT"
#: the line saying how long Calmline took to close after its window did (seconds)
CLOSED_MARKER = "BENCH_CLOSED"
MS = 1e-6

Scenario = Callable[[QApplication, argparse.Namespace], dict[str, Any]]


def main_window(app: QApplication) -> QMainWindow:
    for widget in app.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    raise RuntimeError("Calmline showed no main window")


def activate(window: QWidget) -> None:
    window.activateWindow()
    if not QTest.qWaitForWindowActive(window, 2000):
        raise RuntimeError(f"{window.windowTitle()!r} never became the active window")


class _StepLabel(QLabel):
    """Changes its text on every key it is sent."""

    TEXTS = ("Listen", "Acknowledge", "Ask", "Resolve", "Recap", "Log")

    def __init__(self) -> None:
        super().__init__(self.TEXTS[0])
        self._index = 0

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._index = (self._index + 1) % len(self.TEXTS)
        self.setText(self.TEXTS[self._index])


class BareStepWindow(QMainWindow):
    """The floor for a step change: a key sent to one QLabel changes its text.

    The key goes straight to the label (no shortcut), so Calmline's window
    keeps the focus and whatever Calmline shows cannot swallow it.
    """

    #: a plain letter: a binding may not take one, so no shortcut of Calmline's
    #: active window claims it before it reaches the label
    KEY = Qt.Key.Key_X

    def __init__(self) -> None:
        super().__init__()
        self.label = _StepLabel()
        self.setCentralWidget(self.label)
        self.resize(380, 600)


def first_step(counter: latency.PaintCounter) -> None:
    """Alt+1, untimed (it paints nothing when the first step is already shown)."""
    QTest.keyClick(
        latency.key_target(counter.window), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier
    )
    latency.settle(counter)


def new_call(counter: latency.PaintCounter) -> None:
    """Ctrl+N, untimed: each pass through the steps is a call of its own, as at work
    (one call stepping through hundreds of steps would grow its timeline, and the
    drafted log entry that shows it, far past any real call)."""
    QTest.keyClick(
        latency.key_target(counter.window), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    latency.settle(counter, 20)


def step_shown(window: QWidget) -> str:
    """The step's title as the window shows it (not the window's title: that stays
    "Calmline" while a screen reader listens)."""
    title = window.findChild(QWidget, "stepTitle")
    text = getattr(title, "text", None)
    if not callable(text):
        raise RuntimeError("Calmline's window shows no step title")
    return str(text())


def count_steps(counter: latency.PaintCounter) -> int:
    """Steps reachable with Alt+Right from step 1, told apart by the title shown."""
    window = counter.window
    first_step(counter)
    titles = [step_shown(window)]
    for _ in range(30):
        try:
            latency.press(counter, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        except latency.NoPaintError:
            break
        latency.settle(counter)
        if step_shown(window) in titles:
            break
        titles.append(step_shown(window))
    first_step(counter)
    if len(titles) < 2:
        raise RuntimeError(f"Alt+Right did not change the step (title stayed {titles[0]!r})")
    return len(titles)


def step_scenario(app: QApplication, args: argparse.Namespace) -> dict[str, Any]:
    window = main_window(app)
    bare = BareStepWindow()
    bare.show()
    QTest.qWaitForWindowExposed(bare)
    activate(window)
    calm, floor = latency.watch(window), latency.watch(bare)
    latency.settle(calm, 50)
    steps = count_steps(calm)
    app_ns: list[int] = []
    bare_ns: list[int] = []
    #: by the step arrived at, "2" to the last (to see which step is slow)
    by_step: dict[str, list[float]] = {}
    while len(app_ns) < args.samples:
        new_call(calm)
        first_step(calm)
        for arrived in range(2, steps + 1):
            latency.settle(calm)
            app_ns.append(latency.press(calm, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier))
            by_step.setdefault(str(arrived), []).append(app_ns[-1] * MS)
            latency.settle(floor)
            bare_ns.append(latency.press(floor, BareStepWindow.KEY, target=bare.label))
    return {
        "app_ms": [v * MS for v in app_ns],
        "floor_ms": [v * MS for v in bare_ns],
        "steps": steps,
        "by_step": by_step,
        # whether a screen reader's bridge was attached to this window
        "accessible": bool(QAccessible.isActive()),
    }


def notes_editor(window: QWidget) -> QWidget:
    editors: list[QWidget] = [
        *window.findChildren(QPlainTextEdit),
        *window.findChildren(QTextEdit),
    ]
    visible = [e for e in editors if e.isVisible() and not getattr(e, "isReadOnly", bool)()]
    for editor in visible:
        if "note" in editor.accessibleName().lower():
            return editor
    if visible:
        return visible[0]
    raise RuntimeError("no notes editor in the window")


TYPED = "customer says the refund never arrived and the invoice is wrong again. "


class AutosaveSwitch:
    """Turns Calmline's autosave off and on, and counts its saves, from outside the app.

    Off: ``Autosaver.mark_changed`` does nothing, so no save is scheduled.
    ``on`` can change while the app runs (``typing_scenario`` types in blocks,
    on and off in turn). Every Autosaver the app makes is remembered and its
    ``saved`` signal counted, so the result says how many drafts were written
    while typing (and whether the window autosaves at all). Each save's span,
    from taking the snapshot on the window's thread to the ``saved`` signal
    back from the writer, is kept in ``spans_ns`` (see ``during_saves``).
    """

    def __init__(self, on: bool) -> None:
        self.on = on
        self.savers: list[Any] = []
        self.saves = 0
        self.spans_ns: list[tuple[int, int]] = []
        self._began_ns: int | None = None

    def install(self) -> None:
        from desktop_app.ui.plumbing import autosave

        switch = self
        original_init = autosave.Autosaver.__init__
        original_mark_changed = autosave.Autosaver.mark_changed
        original_save_now = autosave.Autosaver.save_now

        def remembering_init(saver: Any, *args: Any, **kwargs: Any) -> None:
            original_init(saver, *args, **kwargs)
            switch.savers.append(saver)
            saver.saved.connect(switch._count)

        def mark_changed_when_on(saver: Any, *args: Any) -> None:
            if switch.on:
                original_mark_changed(saver, *args)

        def timed_save_now(saver: Any) -> None:
            began = time.perf_counter_ns()
            original_save_now(saver)
            if saver.writing and switch._began_ns is None:
                switch._began_ns = began

        autosave.Autosaver.__init__ = remembering_init  # type: ignore[method-assign]
        autosave.Autosaver.mark_changed = mark_changed_when_on  # type: ignore[method-assign]
        autosave.Autosaver.save_now = timed_save_now  # type: ignore[method-assign]

    @property
    def writing(self) -> bool:
        """A draft is on its way to disk."""
        return any(saver.writing for saver in self.savers)

    def _count(self) -> None:
        self.saves += 1
        if self._began_ns is not None:
            self.spans_ns.append((self._began_ns, time.perf_counter_ns()))
            self._began_ns = None


def during_saves(keys: list[tuple[int, int]], spans_ns: list[tuple[int, int]]) -> list[int]:
    """Which of ``keys`` (due time, latency) overlapped a draft save's span.

    A key counts when its wait, from when it was due to its paint, shares any
    moment with a save: the only keys autosave could have slowed.
    """
    return [
        i
        for i, (due, waited) in enumerate(keys)
        if any(began <= due + waited and due <= ended for began, ended in spans_ns)
    ]


def key_gaps_ns(count: int, mean_ms: int) -> list[int]:
    """The gaps between ``count`` typed keys: ``mean_ms`` on average, each drawn
    between half and one and a half times that, the same in every process.

    Not a fixed gap: 40 ms divides the window's one-second clock tick and the
    text cursor's half-second blink, so every key of a process fell at the
    same moment of both, and a process whose keys happened to meet a tick
    had some 30 slow keys where another had none, whichever side it was on.
    """
    rng = random.Random(8)
    return [round(mean_ms * 1_000_000 * rng.uniform(0.5, 1.5)) for _ in range(count)]


def _type_block(counter: latency.PaintCounter, count: int, mean_ms: int) -> list[tuple[int, int]]:
    """Type ``count`` keys at the row's pace: (when each was due, how long it waited)."""
    due = time.perf_counter_ns() + 20_000_000
    keys: list[tuple[int, int]] = []
    for i, gap_ns in enumerate(key_gaps_ns(count, mean_ms)):
        due += gap_ns
        latency.wait_until(due)
        keys.append((due, latency.type_char(counter, TYPED[i % len(TYPED)], due_ns=due)))
    return keys


def _let_autosave_finish(switch: AutosaveSwitch) -> None:
    """Wait, typing nothing, past autosave's quiet time and until its write is done.

    The draft of what was typed is then saved and no save is due, so nothing
    autosave does lands on the next block's keys.
    """
    quiet_ms = max((saver.quiet_ms for saver in switch.savers), default=0)
    latency.pause(quiet_ms + 200)
    while switch.writing:
        latency.pause(10)


def typing_scenario(app: QApplication, args: argparse.Namespace) -> dict[str, Any]:
    """Typing into the notes at an even average pace; each key timed from when it was due.

    The keys come in ``--blocks`` blocks of ``--samples`` keys each, autosave
    on and off in turn (on, off, off, on, ...), in one process and one
    editor, so whatever differs from one process to the next is the same for
    both sides. Between blocks nothing is typed until autosave is done. The
    on-blocks' keys are ``app_ms``, the off-blocks' ``floor_ms``.
    """
    window = main_window(app)
    activate(window)
    counter = latency.watch(window)
    editor = notes_editor(window)
    editor.setFocus()
    latency.settle(counter, 50)
    switch: AutosaveSwitch = args.autosave_switch
    on: list[tuple[int, int]] = []
    off: list[tuple[int, int]] = []
    #: when each on-block was typed, from its first key due to its last painted
    typed_ns: list[tuple[int, int]] = []
    for block in range(args.blocks):
        switch.on = block % 4 in (0, 3)
        keys = _type_block(counter, args.samples, args.interval_ms)
        if switch.on:
            on.extend(keys)
            typed_ns.append((keys[0][0], keys[-1][0] + keys[-1][1]))
        else:
            off.extend(keys)
        _let_autosave_finish(switch)
    latency.settle(counter, 50)
    return {
        "app_ms": [waited * MS for _, waited in on],
        "floor_ms": [waited * MS for _, waited in off],
        "autosavers": len(switch.savers),
        "saves": switch.saves,
        # the saves that began while keys were typed (not those between blocks)
        "saves_while_typing": sum(
            any(first <= began <= last for first, last in typed_ns) for began, _ in switch.spans_ns
        ),
        "during_saves": during_saves(on, switch.spans_ns),
    }


def search_results_view(field: QWidget) -> QAbstractItemView:
    """The list showing a search field's results: the nearest one around the field."""
    parent = field.parentWidget()
    while parent is not None:
        views = [v for v in parent.findChildren(QAbstractItemView) if v.isVisible()]
        if views:
            return views[0]
        parent = parent.parentWidget()
    raise RuntimeError("the search field has no result list near it")


#: words the generated cards are made of (see datasets.CARD_WORDS), and one typo
QUERIES = ("refund", "courier", "zephyr", "techincian", "marigold", "supervisor", "lantern")


def card_search_scenario(app: QApplication, args: argparse.Namespace) -> dict[str, Any]:
    """Ctrl+F, then each keystroke of a word timed until the result list is painted."""
    window = main_window(app)
    activate(window)
    whole = latency.watch(window)
    latency.settle(whole, 50)
    QTest.keyClick(latency.key_target(window), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    latency.settle(whole, 50)
    field = QApplication.focusWidget()
    if not isinstance(field, QLineEdit):
        raise RuntimeError(f"Ctrl+F put the cursor in {type(field).__name__}, not a search field")
    view = search_results_view(field)
    results = latency.watch(window, only=view.viewport())
    samples: list[int] = []
    found: dict[str, int] = {}
    #: by the length of the query typed so far (one letter matches the most)
    by_length: dict[str, list[float]] = {}
    while len(samples) < args.samples:
        for word in QUERIES:
            field.clear()
            latency.settle(whole)
            for length, char in enumerate(word, start=1):
                samples.append(latency.type_char(results, char, target=field))
                by_length.setdefault(str(length), []).append(samples[-1] * MS)
            model = view.model()
            found[word] = model.rowCount() if model is not None else 0
            if len(samples) >= args.samples:
                break
    if not any(found.values()):
        raise RuntimeError(f"no card for {sorted(found)}: the generated cards were not loaded")
    return {"app_ms": [v * MS for v in samples], "hits": found, "by_length": by_length}


def history_scenario(app: QApplication, args: argparse.Namespace) -> dict[str, Any]:
    """The window's history search over this data dir's log: each keystroke of a word
    timed until the result list is painted (after any delay the widget waits)."""
    import tempfile

    from desktop_app.desk.effects import RecordedEffects
    from desktop_app.store.sqlite_log import SqliteCallLog
    from desktop_app.ui.log_tools.history import HistoryWidget
    from desktop_app.ui.log_tools.tool_setup import ToolSetup

    main_window(app)  # Calmline is up, holding its log
    log = SqliteCallLog(Path(args.data_dir) / "calls.sqlite3")
    exports = tempfile.TemporaryDirectory(prefix="calmline-bench-exports-")
    history = HistoryWidget(ToolSetup(log, RecordedEffects(), Path(exports.name)))
    history.resize(380, 600)
    history.show()
    QTest.qWaitForWindowExposed(history)
    activate(history)
    whole = latency.watch(history)
    results = latency.watch(history, only=history.results.viewport())
    samples: dict[str, list[float]] = {}
    try:
        while sum(len(v) for v in samples.values()) < args.samples:
            for word in args.words.split(","):
                history.query.clear()
                latency.settle(whole, 400)  # the search the clearing started
                for char in word:
                    elapsed = latency.type_char(results, char, target=history.query)
                    samples.setdefault(word, []).append(elapsed * MS)
    finally:
        history.close()
        log.close()
        exports.cleanup()
    return {"by_word": samples}


SCENARIOS: dict[str, Scenario] = {
    "history": history_scenario,
    "card-search": card_search_scenario,
    "step": step_scenario,
    "typing": typing_scenario,
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.ui_worker")
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    parser.add_argument("--samples", type=int, default=100)
    parser.add_argument("--interval-ms", type=int, default=60)
    parser.add_argument("--blocks", type=int, default=4, help="blocks of keys, on and off (typing)")
    parser.add_argument("--words", default="refund", help="comma-separated words (history)")
    parser.add_argument(
        "--data-dir", required=True, help="the data dir Calmline runs on (a scratch one)"
    )
    return parser


def main() -> int:
    argv = sys.argv[1:]
    split = argv.index("--") if "--" in argv else len(argv)
    args = _parser().parse_args(argv[:split])
    calmline_args = ["--data-dir", args.data_dir, *argv[split + 1 :]]
    scenario = SCENARIOS[args.scenario]
    #: when the window was closed (monotonic seconds), set by exec below
    closing = [0.0]

    class ScenarioApplication(QtWidgets.QApplication):
        def exec(self) -> int:  # type: ignore[override]
            try:
                result = scenario(self, args)
            except Exception as exc:
                traceback.print_exc()
                result = {"error": f"{type(exc).__name__}: {exc}"}
            print(f"{MARKER} {json.dumps(result)}", flush=True)
            # the app shuts down as after a user closed its window
            closing[0] = time.monotonic()
            QApplication.closeAllWindows()
            return 0

    QtWidgets.QApplication = ScenarioApplication  # type: ignore[misc]
    args.autosave_switch = None
    if args.scenario == "typing":
        args.autosave_switch = AutosaveSwitch(on=True)
        args.autosave_switch.install()
    from desktop_app.cli import main as calmline_main

    status = calmline_main(calmline_args)
    if closing[0]:  # the log closed, its team log's worker stopped: what a user waits for
        print(f"{CLOSED_MARKER} {time.monotonic() - closing[0]:.3f}", flush=True)
    return status


def close_seconds_of(stdout: str) -> float | None:
    """How long the worker's Calmline took from its window closing to the end of main."""
    for line in stdout.splitlines():
        if line.startswith(CLOSED_MARKER + " "):
            return float(line[len(CLOSED_MARKER) + 1 :])
    return None


def result_of(stdout: str) -> dict[str, Any] | None:
    for line in stdout.splitlines():
        if line.startswith(MARKER + " "):
            parsed: dict[str, Any] = json.loads(line[len(MARKER) + 1 :])
            return parsed
    return None


if __name__ == "__main__":
    sys.exit(main())
