"""The application icon (``resources/icons/``: the SVG source and PNG sizes from 16 to 256 px)."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from desktop_app.resources import resource_path

ICONS_DIR = resource_path("icons")  # the package desktop_app.resources (resources/icons)
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """PartnerDesk's icon for windows, the task bar and the About box."""
    icon = QIcon()
    for size in PNG_SIZES:
        path = ICONS_DIR / f"partnerdesk-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    svg = ICONS_DIR / "partnerdesk.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


def app_pixmap(size: int = 64) -> QPixmap:
    return app_icon().pixmap(size, size)
