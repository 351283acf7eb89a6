"""What a record is called: the heading of a new one and the names in a delete question.

Keyed by :attr:`EntitySpec.key` (the form's heading "New partnership") and by table name (the
records that refer to one being deleted: "3 missions"). Strings are ``QT_TRANSLATE_NOOP`` in the
context "Records", in the glossary's words (docs/glossary.md).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.ui.i18n import label_of

CONTEXT = "Records"

NEW_HEADINGS: dict[str, str] = {
    "partnerships": QT_TRANSLATE_NOOP("Records", "New partnership"),
    "partnership_topics": QT_TRANSLATE_NOOP("Records", "New core topic"),
    "partnership_themes": QT_TRANSLATE_NOOP("Records", "New cross-cutting theme"),
    "expert_assignments": QT_TRANSLATE_NOOP("Records", "New expert assignment"),
    "partnership_institutions": QT_TRANSLATE_NOOP("Records", "New further institution"),
    "contributions": QT_TRANSLATE_NOOP("Records", "New contribution"),
    "workplans": QT_TRANSLATE_NOOP("Records", "New workplan"),
    "workplan_revisions": QT_TRANSLATE_NOOP("Records", "New workplan revision"),
    "workplan_items": QT_TRANSLATE_NOOP("Records", "New workplan activity"),
    "missions": QT_TRANSLATE_NOOP("Records", "New mission"),
    "mission_experts": QT_TRANSLATE_NOOP("Records", "New expert on the mission"),
    "activity_log_entries": QT_TRANSLATE_NOOP("Records", "New activity log entry"),
    "events": QT_TRANSLATE_NOOP("Records", "New event"),
    "event_participations": QT_TRANSLATE_NOOP("Records", "New participant"),
    "study_trips": QT_TRANSLATE_NOOP("Records", "New study trip"),
    "delegation_members": QT_TRANSLATE_NOOP("Records", "New delegation member"),
    "agenda_items": QT_TRANSLATE_NOOP("Records", "New agenda item"),
    "people": QT_TRANSLATE_NOOP("Records", "New person"),
    "institutions": QT_TRANSLATE_NOOP("Records", "New institution"),
    "per_diem_rates": QT_TRANSLATE_NOOP("Records", "New per-diem rate"),
}

NOUNS: dict[str, str] = {
    "partnerships": QT_TRANSLATE_NOOP("Records", "partnership"),
    "partnership_topics": QT_TRANSLATE_NOOP("Records", "core topic"),
    "partnership_themes": QT_TRANSLATE_NOOP("Records", "cross-cutting theme"),
    "expert_assignments": QT_TRANSLATE_NOOP("Records", "expert assignment"),
    "partnership_institutions": QT_TRANSLATE_NOOP("Records", "further institution"),
    "contributions": QT_TRANSLATE_NOOP("Records", "contribution"),
    "workplans": QT_TRANSLATE_NOOP("Records", "workplan"),
    "workplan_revisions": QT_TRANSLATE_NOOP("Records", "workplan revision"),
    "workplan_items": QT_TRANSLATE_NOOP("Records", "workplan activity"),
    "missions": QT_TRANSLATE_NOOP("Records", "mission"),
    "mission_experts": QT_TRANSLATE_NOOP("Records", "expert on the mission"),
    "activity_log_entries": QT_TRANSLATE_NOOP("Records", "activity log entry"),
    "events": QT_TRANSLATE_NOOP("Records", "event"),
    "event_participations": QT_TRANSLATE_NOOP("Records", "participant"),
    "study_trips": QT_TRANSLATE_NOOP("Records", "study trip"),
    "delegation_members": QT_TRANSLATE_NOOP("Records", "delegation member"),
    "agenda_items": QT_TRANSLATE_NOOP("Records", "agenda item"),
    "people": QT_TRANSLATE_NOOP("Records", "person"),
    "institutions": QT_TRANSLATE_NOOP("Records", "institution"),
    "per_diem_rates": QT_TRANSLATE_NOOP("Records", "per-diem rate"),
}

TABLE_PLURALS: dict[str, str] = {
    "partnerships": QT_TRANSLATE_NOOP("Records", "partnerships"),
    "partnership_topics": QT_TRANSLATE_NOOP("Records", "core topics"),
    "partnership_themes": QT_TRANSLATE_NOOP("Records", "cross-cutting themes"),
    "expert_assignments": QT_TRANSLATE_NOOP("Records", "expert assignments"),
    "partnership_institutions": QT_TRANSLATE_NOOP("Records", "further institutions"),
    "contributions": QT_TRANSLATE_NOOP("Records", "contributions"),
    "workplans": QT_TRANSLATE_NOOP("Records", "workplans"),
    "workplan_revisions": QT_TRANSLATE_NOOP("Records", "workplan revisions"),
    "workplan_items": QT_TRANSLATE_NOOP("Records", "workplan activities"),
    "missions": QT_TRANSLATE_NOOP("Records", "missions"),
    "mission_experts": QT_TRANSLATE_NOOP("Records", "experts on missions"),
    "activity_log_entries": QT_TRANSLATE_NOOP("Records", "activity log entries"),
    "events": QT_TRANSLATE_NOOP("Records", "events"),
    "event_participations": QT_TRANSLATE_NOOP("Records", "participants"),
    "study_trips": QT_TRANSLATE_NOOP("Records", "study trips"),
    "delegation_members": QT_TRANSLATE_NOOP("Records", "delegation members"),
    "agenda_items": QT_TRANSLATE_NOOP("Records", "agenda items"),
    "people": QT_TRANSLATE_NOOP("Records", "people"),
    "institutions": QT_TRANSLATE_NOOP("Records", "institutions"),
    "per_diem_rates": QT_TRANSLATE_NOOP("Records", "per-diem rates"),
    "travel_legs": QT_TRANSLATE_NOOP("Records", "travel legs"),
    "meals_provided": QT_TRANSLATE_NOOP("Records", "meal entries"),
    "nights": QT_TRANSLATE_NOOP("Records", "nights"),
    "expenses": QT_TRANSLATE_NOOP("Records", "expenses"),
    "advances": QT_TRANSLATE_NOOP("Records", "advances"),
    "attachments": QT_TRANSLATE_NOOP("Records", "attachments"),
}


def new_heading(key: str) -> str:
    """The heading of the form of a new record of ``key`` ("New partnership")."""
    fallback = QCoreApplication.translate("Records", "New record")
    return label_of(CONTEXT, NEW_HEADINGS, key, fallback)


def noun(key: str) -> str:
    """What one record of ``key`` is called ("partnership")."""
    return label_of(CONTEXT, NOUNS, key, QCoreApplication.translate("Records", "record"))


def table_plural(table: str) -> str:
    return label_of(CONTEXT, TABLE_PLURALS, table)
