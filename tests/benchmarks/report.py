"""The table printed at the end of a run, the machine it ran on, and the JSON file."""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.benchmarks.modes import Mode
from tests.benchmarks.stats import Row

VERDICTS = {"ok": "ok", "miss": "**MISSED**", "pending": "pending", "skipped": "skipped"}


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _xvfb_version() -> str:
    if shutil.which("Xvfb") is None:
        return "no Xvfb"
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "xvfb"],
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.TimeoutExpired):
        return "Xvfb"
    return f"Xvfb {out.stdout.strip()}" if out.returncode == 0 else "Xvfb"


def machine() -> dict[str, Any]:
    import PySide6
    from PySide6.QtCore import qVersion

    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "xvfb": _xvfb_version(),
    }


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def table(rows: list[Row]) -> str:
    lines = [
        "| row | Calmline median / p99 | floor median / p99 | compared | target | result |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        if row.status in ("ok", "miss"):
            result = VERDICTS[row.status]
        else:
            result = f"{row.status}: {row.note}" if row.note else row.status
        if row.status in ("ok", "miss") and row.note:
            result += f" ({row.note})"
        lines.append(
            "| "
            + " | ".join(
                _cell(c)
                for c in (
                    row.id,
                    row.app.text() if row.app else "–",
                    row.floor.text() if row.floor else "–",
                    row.value_text or "–",
                    row.target,
                    result,
                )
            )
            + " |"
        )
    return "\n".join(lines)


def machine_line(info: dict[str, Any], mode: Mode) -> str:
    return (
        f"{info['cpu']}, {info['cores']} cores, {info['system']}, Python {info['python']}, "
        f"PySide6 {info['pyside6']} (Qt {info['qt']}), {info['xvfb']}; mode {mode.name}"
    )


def write_json(path: Path, rows: list[Row], info: dict[str, Any], mode: Mode) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "format": 1,
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "mode": vars(mode),
        "machine": info,
        "command": [Path(sys.executable).name, *sys.argv],
        "rows": [row.as_dict() for row in rows],
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
