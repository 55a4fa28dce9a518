"""False positives of card-number redaction, never pass/fail.

    python -m tests.benchmarks.bench_redaction [--samples N] [--seed S]

Generates look-alikes of card numbers (phone numbers, local phone numbers,
dates, order and ticket ids, 13-19 digit runs failing the Luhn check; the
same generators as ``tests/unit/test_redaction.py``), puts each in a
sentence and counts how many the call log's redaction (``core.redaction``)
and the export's guard (``core.card_mask``) would mask. Prints the count and
rate per kind and in all. The export guard spares nothing on purpose (ids
glued to a prefix and phone numbers are masked there if they pass Luhn), so
its figure is shown for information.
"""

from __future__ import annotations

import argparse
import random
import time

from desktop_app.core.card_mask import mask_card_numbers
from desktop_app.core.redaction import redact_text
from tests.card_samples import LOOK_ALIKES


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20260515)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    kinds = list(LOOK_ALIKES)
    tried = dict.fromkeys(kinds, 0)
    masked_by_log = dict.fromkeys(kinds, 0)
    masked_by_export = dict.fromkeys(kinds, 0)
    start = time.perf_counter()
    for _ in range(args.samples):
        kind = rng.choice(kinds)
        text = f"Customer said {LOOK_ALIKES[kind](rng)} twice."
        tried[kind] += 1
        masked_by_log[kind] += redact_text(text).text != text
        masked_by_export[kind] += mask_card_numbers(text) != text
    seconds = time.perf_counter() - start
    print(f"{args.samples} look-alikes of card numbers (seed {args.seed})")
    header = ("kind", "tried", "log masks", "rate", "export masks", "rate")
    print("{:<24} {:>7} {:>10} {:>8} {:>13} {:>8}".format(*header))
    for kind in kinds:
        print(row(kind, tried[kind], masked_by_log[kind], masked_by_export[kind]))
    print(row("all", args.samples, sum(masked_by_log.values()), sum(masked_by_export.values())))
    print(f"both checks of every sample: {seconds:.2f} s")


def row(kind: str, tried: int, by_log: int, by_export: int) -> str:
    return (
        f"{kind:<24} {tried:>7} {by_log:>10} {by_log / max(tried, 1):>8.2%}"
        f" {by_export:>13} {by_export / max(tried, 1):>8.2%}"
    )


if __name__ == "__main__":
    main()
