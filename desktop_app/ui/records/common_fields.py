"""Form fields that several record forms share, written once.

Missions, events, study trips and workplans each belong to a partnership, carry a title and
(most) a period and a workplan activity; their specs take these instead of spelling them out.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.ui.records.refs import PARTNERSHIP, WORKPLAN_ITEM
from desktop_app.ui.records.spec import Field

PARTNERSHIP_FIELD = Field(
    "partnership_id",
    QT_TRANSLATE_NOOP("Fields", "Partnership"),
    "ref",
    ref=PARTNERSHIP,
    required=True,
)
TITLE_FIELD = Field("title", QT_TRANSLATE_NOOP("Fields", "Title"), required=True)
WORKPLAN_ITEM_FIELD = Field(
    "workplan_item_key", QT_TRANSLATE_NOOP("Fields", "Workplan activity"), "ref", ref=WORKPLAN_ITEM
)
"""The workplan activity a mission, event or study trip carries out (optional)."""
START_FIELD = Field("start_date", QT_TRANSLATE_NOOP("Fields", "Start"), "date", required=True)
END_FIELD = Field("end_date", QT_TRANSLATE_NOOP("Fields", "End"), "date", required=True)
"""The period of a mission, event or study trip (both required)."""
