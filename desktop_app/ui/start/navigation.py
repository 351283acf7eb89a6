"""Where a start-page entry leads: the view that shows its record best.

An expert's mission or log entry opens My missions at that mission (an open claim at its Claim
tab); a coordinator's or HQ's open claim opens the mission; a workplan activity or a
draft revision opens the partnership's overview at that revision; a peer or a conflict opens the
Sync view at its row; everything else opens like a search result (``MainWindow.open_record``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop_app.ui.i18n import label_tr
from desktop_app.ui.views import OVERVIEW

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


def open_entry(window: MainWindow, section: str, entry: Any) -> bool:
    table = entry.table
    keys = {e.key for e in window.entries}
    if table in ("sync_peers", "sync_conflicts"):
        if "sync" not in keys:
            return False
        sync: Any = window.show_view("sync")
        return bool(sync.select_row(table, entry.record_id))
    if table in ("workplan_items", "workplan_revisions"):
        return open_workplan(window, entry)
    if (
        table in ("missions", "activity_log_entries")
        and window.context.role() == "expert"
        and "my_missions" in keys
    ):
        day: Any = window.show_view("my_missions")
        mission = entry.record_id if table == "missions" else entry.parent_id
        person = entry.parent_id if section in ("claims", "all_claims") else None
        day.show_mission(mission, person)
        if table == "activity_log_entries":
            day.focus_section(day.activity)
        elif person is not None:  # an open claim: its trip and submission in the Claim tab
            day.focus_section(day.claim)
        return True
    return window.open_record(table, entry.record_id, entry.parent_id)


def open_workplan(window: MainWindow, entry: Any) -> bool:
    """The partnership's overview, at the revision (and the activity) of the entry."""
    from desktop_app.models import WorkplanItem

    view: Any = window.show_view("partnerships")
    if entry.parent_id is None or not view.select_record(entry.parent_id):
        return False
    overview = label_tr("Views", OVERVIEW)
    for index in range(view.details.count()):
        if view.details.tabText(index) == overview:
            view.details.setCurrentIndex(index)
    holder = view.details.currentWidget()
    detail = holder.widget() if hasattr(holder, "widget") else None
    workplan = getattr(detail, "workplan", None)
    if workplan is None:
        return True
    revision_id, item_id = entry.record_id, None
    if entry.table == "workplan_items":
        with window.context.db.session() as session:
            item = session.get(WorkplanItem, entry.record_id)
            revision_id, item_id = (item.revision_id, item.id) if item else (None, None)
    if revision_id is not None:
        workplan.show_revision(revision_id)
    if item_id is not None:
        workplan.select_item(item_id)
    return True
