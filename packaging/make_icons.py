"""Render Calmline's icon files from the hand-drawn SVG in resources/icons/.

    .venv/bin/python packaging/make_icons.py      # after `bootstrap.py package`

Writes, and the results are committed:

- resources/icons/calmline-<N>.png for N in SIZES (the window icon and the
  Linux hicolor theme), drawn with Qt's own SVG renderer;
- packaging/windows/calmline.ico and packaging/macos/calmline.icns, which
  PyInstaller puts into calmline.exe and Calmline.app (Pillow).

Sizes up to SMALL_LIMIT come from calmline-small.svg, the same picture with a
thicker, simpler wave that stays readable at 16 and 24 pixels.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_LIMIT = 24
ICO = ROOT / "packaging" / "windows" / "calmline.ico"
ICNS = ROOT / "packaging" / "macos" / "calmline.icns"


def render_pngs() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written = []
    for size in SIZES:
        source = ICONS / ("calmline-small.svg" if size <= SMALL_LIMIT else "calmline.svg")
        renderer = QSvgRenderer(str(source))
        if not renderer.isValid():
            raise SystemExit(f"{source}: Qt cannot read this SVG")
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = ICONS / f"calmline-{size}.png"
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    return written


def write_ico_and_icns() -> list[Path]:
    from PIL import Image

    largest = Image.open(ICONS / f"calmline-{SIZES[-1]}.png")
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    # Windows picks the nearest size itself; give it every one we drew by hand
    # at the small end rather than a shrunken 512.
    frames = [Image.open(ICONS / f"calmline-{size}.png") for size in SIZES if size <= 256]
    frames[-1].save(ICO, format="ICO", append_images=frames[:-1], sizes=[f.size for f in frames])
    # ICNS takes the hand-drawn small sizes too where it has a slot for them.
    largest.save(
        ICNS,
        format="ICNS",
        append_images=[Image.open(ICONS / f"calmline-{size}.png") for size in SIZES[:-1]],
    )
    return [ICO, ICNS]


def main() -> int:
    for path in [*render_pngs(), *write_ico_and_icns()]:
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
