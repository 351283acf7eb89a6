"""Export buttons for the partnership detail, offered only when the documents feature has them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton

if TYPE_CHECKING:
    from desktop_app.ui.partnership_detail.view import PartnershipDetail


def export_buttons(detail: PartnershipDetail) -> list[QPushButton]:
    """No buttons until ``desktop_app/ui/documents/ops.py`` provides export functions."""
    try:
        from desktop_app.ui.documents import ops  # noqa: F401
    except ImportError:
        return []
    return []
