"""Plain-Python heart of Calmline: playbooks, the call session, commands, exports.

Nothing under this package imports Qt (enforced by import-linter).
"""
