"""Torture tests: the real window killed again and again while other processes read its log."""
