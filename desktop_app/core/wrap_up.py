"""What a call still needs before it is saved: the playbook's required log-entry fields.

A playbook names the fields (``required`` in its content file); the window asks
for the missing ones when the agent saves, and ``calmline ctl save-call``
answers with their names. Kept here, without Qt, so both follow one rule.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.core.call import CallRecord

#: The log-entry fields, as ``set-field`` and a playbook's ``required`` name them.
LOG_FIELDS = (
    "name",
    "account",
    "phone",
    "category",
    "reason",
    "resolution",
    "outcome",
    "cause",
    "notes",
)

#: The customer's fields among ``LOG_FIELDS``: they live on the record's customer.
CUSTOMER_FIELDS = ("name", "account", "phone")


def field_value(record: CallRecord, name: str) -> str:
    """The value of the log-entry field ``name`` (one of ``LOG_FIELDS``) in ``record``."""
    holder: object = record.customer if name in CUSTOMER_FIELDS else record
    value = getattr(holder, name)
    assert isinstance(value, str), name
    return value


def missing_fields(record: CallRecord, required: Iterable[str]) -> tuple[str, ...]:
    """The ``required`` fields still empty in ``record``, in the order required."""
    return tuple(name for name in required if not field_value(record, name).strip())


def anything_typed(record: CallRecord) -> bool:
    """The agent typed or chose something for this call: a field, a note or a promise.

    Moving through the steps and copying cards is not typing: there is
    nothing to lose by starting afresh after them.
    """
    return bool(any(field_value(record, name).strip() for name in LOG_FIELDS) or record.commitments)
