"""Calmline's benchmarks: every figure measured against its floor in the same run.

Run from the top of the repository with the project's virtual environment::

    .venv/bin/python -m tests.benchmarks [--quick | --smoke] [--json PATH] [--only ROW ...]

Benchmarks are never part of the pass/fail test run and never fail on a time:
a figure that misses its target is marked in the table, and the command still
exits 0. See docs/performance.md for what each row means.
"""
