"""``calmline --self-test``: one whole call in a real window, then autosave and restore."""

from desktop_app.selftest.whole_call import run_self_test

__all__ = ["run_self_test"]
