"""The one colour of each workplan status, Qt-free: the window and the Excel workplan use it.

Colours are ``RRGGBB`` hex without ``#`` (openpyxl's form); :func:`css` gives the window's form.
The window (``desktop_app.ui.styles``) colours the month grid, the status cells and the legend
with them, the Excel workplan (``desktop_app.exporters.workplan_cells``) its fills and legend, so
a user finds "done" in the same green on screen and on paper. All are light enough for black
text on them. Plain strings (the values of ``models.enums.ActivityStatus``, checked by a test):
the window imports this module at start-up without loading the models.
"""

from __future__ import annotations

STATUS_COLOURS: dict[str, str] = {
    "planned": "BCD4F6",
    "confirmed": "7FA9DE",
    "done": "7CC47F",
    "postponed": "F5C26B",
    "cancelled": "C4C4C4",
}
"""The colour of each ``ActivityStatus`` value, in the order of the legend."""

NO_STATUS_COLOUR = "FFFFFF"
"""A month or item without a status."""


def css(colour: str) -> str:
    """``"BCD4F6"`` → ``"#bcd4f6"`` (a style sheet's and ``QColor``'s form)."""
    return f"#{colour.lower()}"
