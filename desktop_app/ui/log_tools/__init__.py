"""The log tools: history, follow-ups, the complaints report, exports, repeat callers."""
