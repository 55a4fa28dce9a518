"""Calmline: a keyboard-first companion window for calls with upset customers."""

__version__ = "0.1.0"
APP_NAME = "Calmline"
