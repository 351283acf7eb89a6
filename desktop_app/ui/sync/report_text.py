"""The Sync view's words for what an export or an import did, in the window's language.

The sync layer reports in English for the command line and the logs (``BundleReport.summary``,
``str(ExportSummary)``); a refused bundle carries a code (docs/sync-format.md §10–11). The window
words the same facts from their parts here; a code it does not know shows the sync layer's own
sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.sync.export import ExportSummary
from desktop_app.sync.report import RANK, BundleReport
from desktop_app.ui.i18n import label_of

CONTEXT = "SyncReport"

REJECTIONS = {
    "unreadable": QT_TRANSLATE_NOOP("SyncReport", "the file cannot be read"),
    "not_a_bundle": QT_TRANSLATE_NOOP("SyncReport", "the file is not a PartnerDesk sync bundle"),
    "encrypted": QT_TRANSLATE_NOOP(
        "SyncReport", "the bundle is encrypted and this version cannot decrypt it"
    ),
    "unsigned": QT_TRANSLATE_NOOP("SyncReport", "the bundle carries no signature"),
    "damaged": QT_TRANSLATE_NOOP(
        "SyncReport", "the bundle is damaged (cut short or altered on the way)"
    ),
    "unsafe_path": QT_TRANSLATE_NOOP(
        "SyncReport", "the bundle contains a file with an unsafe name"
    ),
    "member_count": QT_TRANSLATE_NOOP(
        "SyncReport", "the bundle holds other files than its list names"
    ),
    "member_size": QT_TRANSLATE_NOOP(
        "SyncReport", "a file in the bundle has another size than its list names"
    ),
    "unsupported": QT_TRANSLATE_NOOP(
        "SyncReport", "the bundle was not written by PartnerDesk or was altered"
    ),
    "wrong_receiver": QT_TRANSLATE_NOOP(
        "SyncReport", "the bundle is meant for another installation"
    ),
    "unknown_sender": QT_TRANSLATE_NOOP(
        "SyncReport", "the sender is not known here (its laptop was never enrolled)"
    ),
    "not_enrolled": QT_TRANSLATE_NOOP(
        "SyncReport", "the sender's enrolment request has not been accepted yet"
    ),
    "revoked_sender": QT_TRANSLATE_NOOP("SyncReport", "the sender's access has been revoked"),
    "bad_signature": QT_TRANSLATE_NOOP(
        "SyncReport", "the signature does not match the sender's key"
    ),
    "own_bundle": QT_TRANSLATE_NOOP("SyncReport", "this installation wrote the bundle itself"),
    "newer_format": QT_TRANSLATE_NOOP(
        "SyncReport", "a newer PartnerDesk wrote the bundle: update PartnerDesk to import it"
    ),
    "older_format": QT_TRANSLATE_NOOP(
        "SyncReport",
        "an older PartnerDesk wrote the bundle: update PartnerDesk on the sending installation; "
        "its next bundle carries these changes again",
    ),
    "newer_schema": QT_TRANSLATE_NOOP(
        "SyncReport", "a newer PartnerDesk wrote the bundle: update PartnerDesk to import it"
    ),
    "integrity": QT_TRANSLATE_NOOP(
        "SyncReport",
        "integrity alarm: a change arrived with other content than before under the same id",
    ),
    "inconsistent": QT_TRANSLATE_NOOP(
        "SyncReport", "the bundle cannot be applied to this database"
    ),
    "cannot_store": QT_TRANSLATE_NOOP(
        "SyncReport", "its attachment files could not be stored: free some disk space and try again"
    ),
}
"""Why a whole bundle was refused, by its code; nothing was imported."""

OUTCOMES = {
    "applied": QT_TRANSLATE_NOOP("SyncReport", "%1 applied"),
    "duplicate": QT_TRANSLATE_NOOP("SyncReport", "%1 already here"),
    "conflict": QT_TRANSLATE_NOOP("SyncReport", "%1 conflicts"),
    "rejected": QT_TRANSLATE_NOOP("SyncReport", "%1 refused"),
}


def rejection_text(report: BundleReport) -> str:
    """Why the bundle was refused, in the window's language (its own sentence for an unknown
    code)."""
    return label_of(CONTEXT, REJECTIONS, report.code, report.message)


def import_text(report: BundleReport) -> str:
    """One line about one bundle: what was (or would be) applied, or why it was refused."""
    if report.status == "rejected":
        return (
            QCoreApplication.translate("SyncReport", "%1: refused, nothing imported: %2")
            .replace("%1", report.file)
            .replace("%2", rejection_text(report))
        )
    counts = report.counts
    parts = [
        label_of(CONTEXT, OUTCOMES, k).replace("%1", str(counts[k])) for k in RANK if counts[k]
    ]
    verb = {
        "preview": QCoreApplication.translate("SyncReport", "would apply"),
        "already_applied": QCoreApplication.translate("SyncReport", "already applied"),
    }.get(report.status, QCoreApplication.translate("SyncReport", "applied"))
    return (
        QCoreApplication.translate("SyncReport", "%1: %2 (bundle %3 from %4): %5")
        .replace("%1", report.file)
        .replace("%2", verb)
        .replace("%3", str(report.sequence or "?"))
        .replace("%4", report.sender_name or report.sender or "?")
        .replace(
            "%5",
            ", ".join(parts) if parts else QCoreApplication.translate("SyncReport", "no changes"),
        )
    )


def export_text(summary: ExportSummary) -> str:
    return (
        QCoreApplication.translate(
            "SyncReport", "Wrote bundle %1 for %2 to %3: %4 changes, %5 attachments."
        )
        .replace("%1", str(summary.sequence))
        .replace("%2", summary.peer)
        .replace("%3", str(summary.file))
        .replace("%4", str(summary.changes))
        .replace("%5", str(summary.attachments))
    )
