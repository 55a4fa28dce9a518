"""``python -m desktop_app``, the ``calmline`` script and the frozen bundle start here."""

from __future__ import annotations

import sys


def main() -> int:
    from desktop_app.cli import main as cli_main

    try:
        code = cli_main(sys.argv[1:])
        sys.stdout.flush()  # a closed pipe shows here, not at exit after the last line
    except BrokenPipeError:
        return _reader_gone()
    return code


def _reader_gone() -> int:
    """``calmline log search ... | head``: the reader has what it wanted, so no
    traceback. Whatever is still buffered goes nowhere, so Python's own flush at
    exit does not fail again."""
    import os

    from desktop_app.exit_codes import OUTPUT_CLOSED

    nowhere = os.open(os.devnull, os.O_WRONLY)
    os.dup2(nowhere, sys.stdout.fileno())
    os.close(nowhere)
    return OUTPUT_CLOSED


if __name__ == "__main__":
    sys.exit(main())
