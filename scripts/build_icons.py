"""Render the application icon (resources/icons/partnerdesk.svg) to the PNG sizes beside it.

    python scripts/build_icons.py

Desktop environments and installers take the PNGs (16 to 256 px); the window loads the SVG and
the PNGs through ``desktop_app.ui.icons.app_icon``. Run again after changing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = ICONS / "partnerdesk.svg"
    for size in SIZES:
        target = ICONS / f"partnerdesk-{size}.png"
        if not render(svg, size).save(str(target)):
            raise SystemExit(f"could not write {target}")
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
