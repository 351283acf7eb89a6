"""What the window shows read-only for this installation's role, and what it says instead.

The rules are the services' (:mod:`desktop_app.services.permissions`, which also refuse the
write); here they become a reason above the form and an empty list's hint that says what to do
next. Texts are translated when shown (contexts "Validation" for the reasons, "Roles" for the
hints), so a language switch retells them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.services.permissions import view_refusal

Text = Callable[[], str]

EXPERT_MISSIONS = QT_TRANSLATE_NOOP(
    "Roles",
    "Missions are planned by the coordinator and arrive with the coordinator's bundles. Log "
    "your days, travel and expenses and write your mission report under My missions.",
)
EXPERT_EMPTY = QT_TRANSLATE_NOOP(
    "Roles",
    "Nothing here yet: these records arrive with the bundle from your coordinator. Import it "
    "under Sync (“Import bundles…”).",
)
COORDINATOR_RATES_EMPTY = QT_TRANSLATE_NOOP(
    "Roles",
    "No per-diem rates yet: HQ sends them with its bundles. Import HQ's bundle under Sync.",
)


def _tr(context: str, text: str) -> Text:
    return lambda: QCoreApplication.translate(context, text)


def read_only_reason(role: str | None, table: str) -> Text | None:
    """Why ``role`` sees the records of ``table`` read-only (translated when called)."""
    if role == "expert" and table == "missions":
        return _tr("Roles", EXPERT_MISSIONS)
    template = view_refusal(role, table)
    return _tr("Validation", template) if template is not None else None


def empty_hint(role: str | None, table: str) -> Text | None:
    """What an empty read-only list tells the user to do next."""
    if role == "expert":
        return _tr("Roles", EXPERT_EMPTY)
    if role == "coordinator" and table == "per_diem_rates":
        return _tr("Roles", COORDINATOR_RATES_EMPTY)
    return None
