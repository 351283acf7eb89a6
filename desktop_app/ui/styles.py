"""Every style sheet of the window in one place: colours and text sizes are chosen here only.

Widgets take a constant from here (``label.setStyleSheet(ERROR_STYLE)``) instead of writing their
own; a change of the error colour or the heading size is then one line.
"""

from __future__ import annotations

from desktop_app.services.status_colours import NO_STATUS_COLOUR as _NO_STATUS
from desktop_app.services.status_colours import STATUS_COLOURS as _STATUS
from desktop_app.services.status_colours import css

ERROR_COLOUR = "#b00020"
ERROR_STYLE = f"color: {ERROR_COLOUR};"
"""A message about a field or a failed action."""
WARNING_COLOUR = "#8a5a00"
"""Something due soon: not wrong yet."""
ALERT_STYLE = f"color: {ERROR_COLOUR}; font-weight: bold;"
"""A warning that needs someone to act (a peer's clock is wrong)."""
QUIET_STYLE = "color: palette(placeholder-text);"
"""A note in place of something missing (no PDF without LibreOffice)."""
FINGERPRINT_STYLE = "font-family: monospace; font-size: 14pt; font-weight: 600;"
"""A key's fingerprint read aloud to compare it (enrolment)."""
ENTRY_STATE_COLOURS = {"overdue": ERROR_COLOUR, "due_soon": WARNING_COLOUR, "never": ERROR_COLOUR}
"""The colour of an overview entry's second line by its state."""

HEADING_STYLE = "font-size: 14pt; font-weight: 600;"
"""The heading of a form: the record's name or "New partnership"."""

SECTION_HEADING_STYLE = "font-size: 13pt; font-weight: 600;"
TITLE_STYLE = "font-size: 22pt; font-weight: 600;"

HINT_STYLE = "color: palette(mid); padding: 6px;"
"""A quiet hint: an empty list, what to do next."""

READ_ONLY_STYLE = (
    "background: #fff4ce; color: #4d3b00; border: 1px solid #e5cf7a; border-radius: 3px;"
    " padding: 6px;"
)
"""The banner of a read-only form that says why it cannot be changed."""

CONFLICT_STYLE = (
    "background: #fde7e9; color: #5c0011; border: 1px solid #f1aeb5; border-radius: 3px;"
    " padding: 6px;"
)
"""The banner of a form whose record was changed elsewhere while it was being edited."""

CARD_STYLE = (
    "QFrame#welcomeCard { background: palette(base); border: 1px solid palette(mid);"
    " border-radius: 8px; }"
)
START_CARD_STYLE = (
    "QFrame#startCard { background: palette(base); border: 1px solid palette(midlight);"
    " border-radius: 6px; }"
)
"""A section of the overview."""

STEP_CURRENT_STYLE = (
    "QPushButton { background: #1f5fa8; color: white; font-weight: bold; "
    "border: 1px solid #174a84; border-radius: 4px; padding: 4px 8px; }"
)
STEP_DONE_STYLE = (
    "QPushButton { background: #dbe7f5; color: #1f3b5c; border: 1px solid #b6cbe4; "
    "border-radius: 4px; padding: 4px 8px; }"
)
STEP_LATER_STYLE = (
    "QPushButton { background: palette(button); color: palette(button-text); "
    "border: 1px solid palette(mid); border-radius: 4px; padding: 4px 8px; }"
)

NAVIGATION_STYLE = "QListWidget#navigation::item { padding: 7px 10px; }"


STATUS_COLOURS: dict[str, str] = {status: css(colour) for status, colour in _STATUS.items()}
"""The window's colour of each workplan status (``ActivityStatus`` values): month grid, status
cells and legend. The same colours as the Excel workplan's, from the one Qt-free definition
(:mod:`desktop_app.services.status_colours`)."""
NO_STATUS_COLOUR = css(_NO_STATUS)


def swatch_style(colour: str) -> str:
    """A coloured label in a legend (workplan status)."""
    return f"background: {colour}; padding: 2px 8px; border-radius: 3px;"


SECTION_TAB_STYLE = (
    "QToolButton { padding: 3px 9px; border: 1px solid palette(mid); border-radius: 3px;"
    " background: palette(button); }"
    " QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border-color: palette(highlight); }"
)
"""The section titles of a record's detail area (:class:`ui.section_tabs.SectionTabs`)."""
