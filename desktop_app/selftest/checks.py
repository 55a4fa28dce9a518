"""How a self-test check fails: one message naming what did not hold."""

from __future__ import annotations


class SelfTestError(Exception):
    pass


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SelfTestError(what)
