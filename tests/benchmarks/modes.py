"""How much each row measures: a full run, a quick look, or a smoke test of the harness."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mode:
    name: str
    #: calls in the "big log" rows (the targets are stated for 100,000)
    calls: int
    #: cold starts of each program (after one unmeasured warm-up each)
    starts: int
    warm_up: int
    #: key presses per side in the step and card-search rows
    presses: int
    #: the autosave row: keys per block, blocks per process (autosave on and
    #: off in turn), processes, and the average gap between keys
    typed_keys: int
    typing_blocks: int
    typing_processes: int
    typing_interval_ms: int
    #: repetitions of each history query and of each export
    queries: int
    exports: int
    #: cards in the generated playbook of the card-search row
    cards: int
    #: a row stops repeating once it has spent this long (it keeps at least 3 samples)
    budget_s: float


FULL = Mode("full", 100_000, 20, 1, 300, 300, 4, 3, 40, 20, 5, 10_000, 120.0)
QUICK = Mode("quick", 10_000, 5, 1, 60, 150, 4, 1, 40, 5, 2, 10_000, 20.0)
SMOKE = Mode("smoke", 500, 1, 0, 6, 10, 2, 1, 20, 1, 1, 200, 5.0)
