"""The load script's short version: agents save while the server restarts twice."""

from __future__ import annotations

import pytest

from tests.benchmarks.team_load import run_load
from tests.pg_cluster import skip_or_fail_without_postgres

pytestmark = pytest.mark.slow


def test_agents_saving_through_two_restarts_lose_and_double_nothing() -> None:
    skip_or_fail_without_postgres()
    result = run_load(agents=6, calls=40, restarts=2, every=0.05)
    assert (result.lost, result.duplicated, result.agents_failed) == (0, 0, 0), result.lines()
    assert result.on_server == 6 * 40
