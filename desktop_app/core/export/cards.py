"""The exports' card-number guard, by the name the export modules use.

The rule lives in ``core.card_mask`` so the call log can check text against
it at save time (see ``core.saved_text``) without importing the exports.
"""

from __future__ import annotations

from desktop_app.core.card_mask import CARD_MASK, luhn_ok, mask_card_numbers

__all__ = ["CARD_MASK", "luhn_ok", "mask_card_numbers"]
