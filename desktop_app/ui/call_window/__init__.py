"""The call window: rail, step pages, cards, notes, keys and the screen's effects."""
