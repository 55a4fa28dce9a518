"""Screenshots of the log tools: the repeat-caller banner, History, Follow-ups, the report.

    python docs/screenshots/take_tool_screenshots.py OUT_DIR [--dark] [--size 380x600]

Fills a temporary log with realistic calls (one of them an earlier call from
the customer who rings now), starts a call with her phone number as the
phone program's hook would, and saves one PNG per view.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--size", default="380x600")
    args = parser.parse_args()

    from desktop_app.app import assemble
    from desktop_app.core.call import Commitment, Customer
    from desktop_app.paths import DataDir
    from desktop_app.ui.application import build_window, ensure_application, release_clipboard
    from desktop_app.ui.log_tools.team_tools import team_tools
    from docs.screenshots.take_screenshots import dark_palette
    from tests.synthetic import sample_call, synthetic_calls

    app = ensure_application()
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(dark_palette())
    theme = "dark" if args.dark else "light"
    args.out.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp:
        parts = assemble(DataDir(Path(tmp) / "data"))
        log = parts.call_log
        for record in synthetic_calls(400, seed=8, start=now - timedelta(weeks=12), weeks=12):
            log.save(record)
        earlier = sample_call(id="dana-earlier")
        earlier.started_at = now - timedelta(days=6, hours=3)
        earlier.ended_at = earlier.started_at + timedelta(minutes=9)
        earlier.customer = Customer("Dana Reyes", "T-20931", "+1 555 123 4567")
        earlier.commitments = [
            Commitment("Refund the duplicate charge", "Billing", now - timedelta(days=1)),
            Commitment("Call back once the refund is through", "Sam", now + timedelta(hours=2)),
        ]
        log.save(earlier)

        window = build_window(parts)
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width, height)
        window.move(20, 20)
        window.show()
        tools = team_tools(window)

        def settle() -> None:
            for _ in range(5):
                app.processEvents()

        window.run_command("new-call --phone +15551234567")
        window.run_command("set-mood 2")
        settle()
        window.grab().save(str(args.out / f"{theme}-repeat-caller.png"))
        window.run_command("repeat-caller")  # its key unfolds the detail
        settle()
        window.grab().save(str(args.out / f"{theme}-repeat-caller-detail.png"))
        window.run_command("repeat-caller")
        # A promise falls due during the call.
        tools.notifier.fell_due.emit(log.follow_ups()[-1:])
        window.toast.hide()
        settle()
        window.grab().save(str(args.out / f"{theme}-follow-up-due.png"))

        for command, name, prepare in (
            ("history", "history", lambda: tools.history and tools.history.query.setText("")),
            ("follow-ups", "follow-ups", lambda: None),
            ("complaints-report", "report", lambda: None),
        ):
            window.run_command(command)
            prepare()
            settle()
            dialog = tools.dialogs[name]
            dialog.grab().save(str(args.out / f"{theme}-{name}.png"))
            dialog.close()
        window.run_command("export-calls")
        settle()
        assert tools.export_dialog is not None
        tools.export_dialog.grab().save(str(args.out / f"{theme}-export.png"))
        tools.export_dialog.close()
        window.close()
        release_clipboard()
        log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
