"""Figures for the call window (never pass/fail): step change and card search timings.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_call_window.py

Step change: the command, the page switch and a full repaint of the window
(processing every event it causes, painting included), p50/p99 over many changes. Search: one
keystroke in the search field to painted results, over 10,000 cards.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def report(name: str, seconds: list[float]) -> None:
    ms = [s * 1000 for s in seconds]
    print(
        f"{name}: n={len(ms)} p50={statistics.median(ms):.2f} ms "
        f"p99={percentile(ms, 0.99):.2f} ms max={max(ms):.2f} ms"
    )


def main() -> None:
    from desktop_app.app import assemble
    from desktop_app.core.card_search import CardIndex
    from desktop_app.core.playbook import PhraseCard
    from desktop_app.paths import DataDir
    from desktop_app.ui.application import build_window, ensure_application, release_clipboard

    app = ensure_application()
    with tempfile.TemporaryDirectory() as tmp:
        parts = assemble(DataDir(Path(tmp) / "data"))
        window = build_window(parts)
        window.resize(400, 680)
        window.show()
        app.processEvents()
        steps = len(parts.playbook.steps)
        for number in range(1, steps + 1):  # warm up: every page shown once
            window.run_command(f"go-to-step {number}")
            app.processEvents()
        timings = []
        rng = random.Random(1)
        for change in range(600):
            if change % 40 == 0:  # a long call has a few dozen step changes, not hundreds
                window.run_command("new-call")
                app.processEvents()
            number = rng.randrange(1, steps + 1)
            started = time.perf_counter()
            window.run_command(f"go-to-step {number}")
            app.processEvents()  # layout requests and the repaint of what changed
            timings.append(time.perf_counter() - started)
        report("step change, command to painted window", timings)
        timings = []
        for _ in range(100):
            window.run_command("go-to-step 1")
            app.processEvents()
            window.run_command(f"go-to-step {steps}")
            app.processEvents()
            started = time.perf_counter()
            window.review_timer.timeout.emit()  # the drafted entry, rebuilt after the change
            app.processEvents()
            timings.append(time.perf_counter() - started)
        report("log step: drafted entry rebuilt and painted (the turn after)", timings)

        rng = random.Random(7)
        vocabulary = [f"word{n}" for n in range(2000)] + ["refund", "delivery", "invoice"]
        cards = [
            PhraseCard(
                f"c{n}",
                " ".join(rng.choices(vocabulary, k=4)),
                " ".join(rng.choices(vocabulary, k=30)),
                tuple(rng.choices(vocabulary, k=2)),
            )
            for n in range(10_000)
        ]
        started = time.perf_counter()
        index = CardIndex(("step", "Step", c) for c in cards)
        print(f"index of 10,000 cards built in {(time.perf_counter() - started) * 1000:.0f} ms")
        window.run_command("search-cards")
        window.search.set_index(index)
        app.processEvents()
        timings = []
        for query in [
            "r",
            "re",
            "ref",
            "refu",
            "refun",
            "refund",
            "refund inv",
            "refnud invoce",
        ] * 25:
            window.search.field.clear()
            started = time.perf_counter()
            window.search.field.setText(query)
            app.processEvents()
            timings.append(time.perf_counter() - started)
        report("card search over 10,000 cards, keystroke to painted results", timings)
        window.close()
        release_clipboard()
        parts.call_log.close()


if __name__ == "__main__":
    main()
