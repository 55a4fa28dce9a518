"""The call log: where finished and in-progress calls are kept. Plain Python."""
