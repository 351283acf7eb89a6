"""What the start page says: section titles, the line of each entry, what to do when a section
is empty — in the user's language (context "StartPage")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.services import formatting
from desktop_app.services.start_page import Entry
from desktop_app.ui.i18n import enum_label, format_date, format_decimal, language
from desktop_app.ui.messages import field_label
from desktop_app.ui.records.nouns import noun

CONTEXT = "StartPage"

TITLES = {
    "current_mission": QT_TRANSLATE_NOOP("StartPage", "Current mission"),
    "next_mission": QT_TRANSLATE_NOOP("StartPage", "Next mission"),
    "today_log": QT_TRANSLATE_NOOP("StartPage", "Today's activity log"),
    "claims": QT_TRANSLATE_NOOP("StartPage", "Open travel-expense claims"),
    "upcoming": QT_TRANSLATE_NOOP("StartPage", "Missions and events of the next 30 days"),
    "overdue_activities": QT_TRANSLATE_NOOP("StartPage", "Overdue workplan activities"),
    "drafts": QT_TRANSLATE_NOOP("StartPage", "Draft revisions awaiting agreement"),
    "conflicts": QT_TRANSLATE_NOOP("StartPage", "Open conflicts"),
    "quiet_peers": QT_TRANSLATE_NOOP("StartPage", "Installations not heard from (14 days)"),
    "waiting_bundles": QT_TRANSLATE_NOOP("StartPage", "Bundles waiting"),
    "all_claims": QT_TRANSLATE_NOOP("StartPage", "Open claims of all experts by deadline"),
}

EMPTY = {
    "current_mission": QT_TRANSLATE_NOOP("StartPage", "No mission today."),
    "next_mission": QT_TRANSLATE_NOOP("StartPage", "No further mission planned."),
    "today_log": QT_TRANSLATE_NOOP("StartPage", "Nothing logged today yet."),
    "claims": QT_TRANSLATE_NOOP(
        "StartPage", "No open claim: every trip that ended has been claimed or is not due."
    ),
    "upcoming": QT_TRANSLATE_NOOP(
        "StartPage", "No mission or event in the next 30 days. Plan them under Missions and Events."
    ),
    "overdue_activities": QT_TRANSLATE_NOOP(
        "StartPage",
        "No overdue activity: every activity whose months have passed is done, "
        "postponed or cancelled.",
    ),
    "drafts": QT_TRANSLATE_NOOP(
        "StartPage", "No draft revision. A change to an agreed workplan starts one."
    ),
    "conflicts": QT_TRANSLATE_NOOP("StartPage", "No open conflict."),
    "quiet_peers": QT_TRANSLATE_NOOP(
        "StartPage", "Every installation has sent a bundle in the last 14 days."
    ),
    "waiting_bundles": QT_TRANSLATE_NOOP(
        "StartPage", "Nothing waiting: every installation has all changes."
    ),
    "all_claims": QT_TRANSLATE_NOOP(
        "StartPage", "No open claim: every expert's ended trips are claimed or lapsed."
    ),
}

NO_PEERS = {
    "quiet_peers": QT_TRANSLATE_NOOP(
        "StartPage", "No installation enrolled yet: invite a laptop or an office under Sync."
    ),
    "waiting_bundles": QT_TRANSLATE_NOOP(
        "StartPage", "Nothing to send: no installation enrolled yet."
    ),
}

ACTIONS = {
    "today_log": QT_TRANSLATE_NOOP("StartPage", "Log today's work"),
    "quiet_peers": QT_TRANSLATE_NOOP("StartPage", "Invite a laptop…"),
}
"""A button under a section's entries (or its empty text): the next step."""


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def title(key: str) -> str:
    return tr(TITLES[key])


def empty_text(key: str, has_peers: bool = True) -> str:
    if not has_peers and key in NO_PEERS:
        return tr(NO_PEERS[key])
    return tr(EMPTY[key])


def action_text(key: str) -> str | None:
    return tr(ACTIONS[key]) if key in ACTIONS else None


def _period(entry: Entry) -> str:
    start, end = format_date(entry.start), format_date(entry.end)
    return start if not end or end == start else f"{start} – {end}"


def _join(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def _days(days: int | None) -> str:
    if days is None:
        return ""
    if days == 0:
        return QCoreApplication.translate("StartPage", "today")
    if days == 1:
        return QCoreApplication.translate("StartPage", "tomorrow")
    if days > 0:
        return QCoreApplication.translate("StartPage", "in %1 days").replace("%1", str(days))
    return QCoreApplication.translate("StartPage", "%1 days ago").replace("%1", str(-days))


def _claim(entry: Entry, with_person: bool) -> str:
    days = entry.days or 0
    if entry.state == "overdue":
        left = QCoreApplication.translate("StartPage", "deadline passed %1 days ago").replace(
            "%1", str(-days)
        )
    elif days == 0:
        left = QCoreApplication.translate("StartPage", "last day today")
    else:
        left = QCoreApplication.translate("StartPage", "%1 days left").replace("%1", str(days))
    text = (
        QCoreApplication.translate("StartPage", "trip ended %1 · claim by %2")
        .replace("%1", format_date(entry.start))
        .replace("%2", format_date(entry.end))
    )
    return _join(entry.subtitle if with_person else "", text, left)


def detail(section: str, entry: Entry) -> str:
    """The second line of ``entry`` in ``section``."""
    if section in ("current_mission", "next_mission"):
        when = _days(entry.days) if section == "next_mission" else enum_label(entry.state)
        return _join(_period(entry), entry.subtitle, when)
    if section == "today_log":
        hours = QCoreApplication.translate("StartPage", "%1 h").replace(
            "%1", format_decimal(entry.amount)
        )
        return _join(hours, entry.subtitle)
    if section in ("claims", "all_claims"):  # an expert's own claims need no name
        return _claim(entry, with_person=section == "all_claims")
    if section == "upcoming":
        kind = (
            QCoreApplication.translate("StartPage", "Mission")
            if entry.table == "missions"
            else QCoreApplication.translate("StartPage", "Event")
        )
        when = (
            QCoreApplication.translate("StartPage", "under way")
            if entry.state == "running"
            else _days(entry.days)
        )
        return _join(kind, _period(entry), entry.subtitle, when)
    if section == "overdue_activities":
        month = formatting.format_month(entry.end, language()) if entry.end else ""
        return _join(
            entry.subtitle,
            QCoreApplication.translate("StartPage", "planned until %1").replace("%1", month),
        )
    if section == "drafts":
        revision = (
            QCoreApplication.translate("StartPage", "revision %1 (draft) of %2")
            .replace("%1", str(entry.number))
            .replace("%2", format_date(entry.start))
        )
        activities = QCoreApplication.translate("StartPage", "%1 activities").replace(
            "%1", str(entry.count or 0)
        )
        return _join(entry.subtitle, revision, activities)
    if section == "conflicts":
        kind = (
            QCoreApplication.translate("StartPage", "deleted meanwhile")
            if entry.state == "delete"
            else ""
        )
        return _join(
            QCoreApplication.translate("StartPage", "field: %1").replace(
                "%1", field_label(entry.subtitle)
            ),
            kind,
            QCoreApplication.translate("StartPage", "since %1").replace(
                "%1", format_date(entry.start)
            ),
        )
    if section == "quiet_peers":
        if entry.start is None:
            heard = QCoreApplication.translate("StartPage", "no bundle received yet")
        else:
            heard = (
                QCoreApplication.translate("StartPage", "last bundle %1 (%2 days ago)")
                .replace("%1", format_date(entry.start))
                .replace("%2", str(entry.days))
            )
        return _join(enum_label(entry.subtitle), heard)
    if section == "waiting_bundles":
        return _join(
            enum_label(entry.subtitle),
            QCoreApplication.translate("StartPage", "%1 changes to send").replace(
                "%1", str(entry.count or 0)
            )
            if entry.count
            else "",
            QCoreApplication.translate("StartPage", "%1 awaiting acknowledgement").replace(
                "%1", str(int(entry.amount or 0))
            )
            if entry.amount
            else "",
        )
    return entry.subtitle


def first_line(section: str, entry: Entry) -> str:
    if section == "conflicts":
        return noun(entry.title).capitalize()
    return entry.title


def more_text(count: int) -> str:
    return QCoreApplication.translate("StartPage", "… and %1 more").replace("%1", str(count))
