"""Screenshots of the call window at each step, in light and dark.

    python docs/screenshots/take_screenshots.py OUT_DIR [--dark] [--size 400x680]
    python docs/screenshots/take_screenshots.py docs/screenshots --sizes 380x600,1000x700,...
    python docs/screenshots/take_screenshots.py docs/screenshots --language es --size 1000x700

Runs the real window (on whatever display Qt finds: Xvfb, a desktop, or
offscreen), drives a sample call by commands and saves one PNG per step;
with ``--sizes``, the Acknowledge step at each size instead, as
``call-window-<width>x<height>.png``, with two notices up (folded into one line);
with ``--language``, the Acknowledge step with the window and the playbook in
that language (``language`` and ``playbook_language`` in the settings), as
``call-window-<language>.png``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette

if TYPE_CHECKING:
    from desktop_app.desk.parts import Parts
    from desktop_app.ui.call_window.main_window import MainWindow


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1f2124",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#26292d",
        QPalette.ColorRole.AlternateBase: "#2d3035",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#2d3035",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#4f8cc9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9097a0",
        QPalette.ColorRole.Light: "#3a3e44",
        QPalette.ColorRole.Midlight: "#3a3e44",
        QPalette.ColorRole.Mid: "#555b63",
        QPalette.ColorRole.Dark: "#151719",
        QPalette.ColorRole.ToolTipBase: "#2d3035",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


#: the sample call's category, reason and notes as an agent would type them, by language
NOTES = {
    "en": ("billing", "Charged twice for the March invoice",
           "Second call this week. Was promised a refund last Tuesday."),
    "es": ("facturación", "Cobro doble en la factura de marzo",
           "Segunda llamada esta semana. Le prometieron un reembolso el martes."),
    "el": ("χρεώσεις", "Διπλή χρέωση στον λογαριασμό Μαρτίου",
           "Δεύτερη κλήση αυτή την εβδομάδα. Του υποσχέθηκαν επιστροφή την Τρίτη."),
}  # fmt: skip


def close(window: MainWindow, parts: Parts) -> int:
    from desktop_app.ui.application import release_clipboard

    window.close()
    release_clipboard()
    parts.call_log.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--size", default="400x680")
    parser.add_argument("--only", type=int, default=0, help="stop after this many steps")
    parser.add_argument("--sizes", default="", help="comma-separated sizes: one shot at each")
    parser.add_argument(
        "--language", choices=sorted(NOTES), help="window and playbook language: one shot"
    )
    args = parser.parse_args()

    from desktop_app.app import assemble
    from desktop_app.paths import DataDir
    from desktop_app.ui.application import build_window, ensure_application

    app = ensure_application()
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(dark_palette())
    with tempfile.TemporaryDirectory() as tmp:
        data = DataDir(Path(tmp) / "data").create()
        if args.language:
            chosen = {"language": args.language, "playbook_language": args.language}
            data.settings.write_text(json.dumps(chosen), encoding="utf-8")
        parts = assemble(data)
        window = build_window(parts)
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width, height)
        window.move(20, 20)
        window.show()
        from desktop_app.core.clock import FakeClock

        clock = FakeClock()
        window.desk.clock = clock
        run = window.run_command
        run("new-call --name 'Dana Reyes' --phone +15551234567 --account T-20931")
        run("set-mood 2")
        category, reason, notes = NOTES[args.language or "en"]
        run(f"set-field category '{category}'")
        run(f"set-field reason '{reason}'")
        run(f"set-field notes '{notes}'")
        args.out.mkdir(parents=True, exist_ok=True)
        if args.language:
            run("next-step")
            run("use-card 1")
            window.toast.hide()
            for _ in range(10):
                app.processEvents()
            window.grab().save(str(args.out / f"call-window-{args.language}.png"))
            return close(window, parts)
        if args.sizes:
            run("next-step")
            run("use-card 1")
            window.toast.hide()
            for name, text in (
                ("disk", "Not written to disk: /home/dana/.local/share/calmline (disk full)"),
                ("content", "Content reloaded with 1 mistake: acknowledge.yaml, line 12"),
            ):
                window.add_bar(name).show_message(text, "warning")
            for size in args.sizes.split(","):
                width, height = (int(v) for v in size.split("x"))
                window.resize(width, height)
                for _ in range(10):
                    app.processEvents()
                window.grab().save(str(args.out / f"call-window-{width}x{height}.png"))
            return close(window, parts)
        theme = "dark" if args.dark else "light"
        steps = parts.playbook.steps
        for index, step in enumerate(steps):
            if index == 3:
                run("set-field resolution 'Refund the duplicate charge today'")
                run("set-field outcome resolved")
                run("add-commitment 'Refund duplicate charge' --due '2026-01-06 17:00'")
                run("mood-calmer")
            if index == 1:
                run("use-card 1")
            clock.advance(47)
            window.clock_timer.timeout.emit()
            if index != 1:
                window.toast.hide()
            for _ in range(5):
                app.processEvents()
            shot = window.grab()
            shot.save(str(args.out / f"{theme}-{index + 1}-{step.id}.png"))
            if args.only and index + 1 >= args.only:
                break
            run("next-step")
        run("open-situation 1")
        window.toast.hide()
        app.processEvents()
        window.grab().save(str(args.out / f"{theme}-situation.png"))
        run("dismiss")
        run("search-cards")
        window.search.field.setText("frustratd")
        app.processEvents()
        window.grab().save(str(args.out / f"{theme}-search.png"))
        return close(window, parts)


if __name__ == "__main__":
    sys.exit(main())
