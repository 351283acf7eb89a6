"""A record changed elsewhere while it was being edited: say who and when, let the user choose.

Forms pass the version they loaded when they save (``push_update(expected_version=…)``). When the
record was changed meanwhile — by another process on the same data, a sync import, a spreadsheet
import — the save raises :class:`~desktop_app.services.errors.ConcurrentEdit` and nothing is
written. :func:`ask_reload_or_overwrite` then names the installation and the time of that change
and offers:

- **Reload**: show the record as it is now (the typed changes are dropped);
- **Overwrite**: write the typed changes over it (the other change to the same fields is lost,
  to other fields it stays);
- **Cancel**: keep the typed changes in the form and decide later.

When the record was *deleted* meanwhile (an import, another window, an undo),
:func:`ask_when_deleted` offers to save the form's input as a new record, to discard it, or to
keep it in the form.

Undo and redo check the same way (``ui/record_commands.py``): a record changed or deleted
elsewhere after the step is not written; :func:`refused_step_text` says why, by whom and when.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.services.errors import ConcurrentEdit
from desktop_app.services.formatting import from_utc
from desktop_app.services.record_history import is_this_node, node_name
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import format_datetime

Choice = Literal["reload", "overwrite", "cancel"]
DeletedChoice = Literal["recreate", "discard", "cancel"]


def _who(context: AppContext, node_id: str | None) -> str:
    """The installation that made a change, as "changed by …" names it."""
    with context.db.session() as session:
        name = node_name(session, node_id)
        here = is_this_node(session, node_id)
    if here:
        return QCoreApplication.translate(
            "ConcurrentEdit", "this installation (another window, an import or a command)"
        )
    if name:
        return name
    return QCoreApplication.translate("ConcurrentEdit", "another installation")


def _when(changed_at: datetime | None) -> str:
    return format_datetime(from_utc(changed_at)) if changed_at else ""


def who_and_when(context: AppContext, error: ConcurrentEdit) -> str:
    """ "Koordination Berlin changed it on 03.12.2026 at 10:42." in the user's language."""
    who = _who(context, error.changed_by)
    when = _when(error.changed_at)
    if when:
        return (
            QCoreApplication.translate("ConcurrentEdit", "It was changed by %1 at %2.")
            .replace("%1", who)
            .replace("%2", when)
        )
    return QCoreApplication.translate("ConcurrentEdit", "It was changed by %1.").replace("%1", who)


def refused_step_text(
    context: AppContext,
    record: str,
    *,
    redo: bool,
    deleted: bool,
    changed_by: str | None,
    changed_at: datetime | None,
) -> str:
    """Why an undo (or a redo) was not done: ``record`` was changed (or deleted) by whom and when
    after the step, what stays, what to do; the step has left the undo history."""
    by = _who(context, changed_by)
    when = _when(changed_at)
    if when:
        by = QCoreApplication.translate("ConcurrentEdit", "%1 at %2").replace("%1", by)
        by = by.replace("%2", when)
    if redo and deleted:
        text = QCoreApplication.translate(
            "ConcurrentEdit",
            "Redo is not possible: “%1” was deleted by %2 after your undo. Nothing was redone.",
        )
    elif redo:
        text = QCoreApplication.translate(
            "ConcurrentEdit",
            "Redo is not possible: “%1” was changed by %2 after your undo, and redoing would "
            "overwrite that change. Nothing was redone; make your change again by hand if "
            "needed.",
        )
    elif deleted:
        text = QCoreApplication.translate(
            "ConcurrentEdit",
            "Undo is not possible: “%1” was deleted by %2 after your change. Nothing was undone.",
        )
    else:
        text = QCoreApplication.translate(
            "ConcurrentEdit",
            "Undo is not possible: “%1” was changed by %2 after your change, and undoing would "
            "overwrite that change. Nothing was undone; the record stays as it is now, correct "
            "it by hand if needed.",
        )
    return (
        text.replace("%2", by).replace("%1", record)
        + " "
        + QCoreApplication.translate(
            "ConcurrentEdit", "This step has been removed from the undo history."
        )
    )


def invalid_step_text(record: str, reason: str, *, redo: bool) -> str:
    """Why an undo (or a redo) of ``record`` was refused by the rules, not by a newer change:
    ``reason`` is the rule's message; the step has left the undo history."""
    if redo:
        text = QCoreApplication.translate(
            "ConcurrentEdit", "Redo is not possible for “%1”: %2 Nothing was redone."
        )
    else:
        text = QCoreApplication.translate(
            "ConcurrentEdit", "Undo is not possible for “%1”: %2 Nothing was undone."
        )
    return (
        text.replace("%2", reason.rstrip(".") + ".").replace("%1", record)
        + " "
        + QCoreApplication.translate(
            "ConcurrentEdit", "This step has been removed from the undo history."
        )
    )


def conflict_text(context: AppContext, error: ConcurrentEdit, record: str) -> str:
    """The whole question: which record, who changed it when, what the choices do."""
    return (
        QCoreApplication.translate(
            "ConcurrentEdit",
            "“%1” was changed since you opened it, so your changes are not saved yet.",
        ).replace("%1", record)
        + " "
        + who_and_when(context, error)
        + "\n\n"
        + QCoreApplication.translate(
            "ConcurrentEdit",
            "Reload shows the record as it is now and drops your changes. Overwrite saves your "
            "changes over it. Cancel keeps your changes in the form.",
        )
    )


def ask_reload_or_overwrite(
    parent: QWidget, context: AppContext, error: ConcurrentEdit, record: str
) -> Choice:
    """Ask in a message box; returns the choice ("cancel" when the box is closed)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ConcurrentEdit", "Changed meanwhile"))
    box.setText(conflict_text(context, error, record))
    reload_button = box.addButton(
        QCoreApplication.translate("ConcurrentEdit", "&Reload"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    overwrite_button = box.addButton(
        QCoreApplication.translate("ConcurrentEdit", "&Overwrite"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is reload_button:
        return "reload"
    if clicked is overwrite_button:
        return "overwrite"
    return "cancel"


def ask_when_deleted(parent: QWidget, record: str) -> DeletedChoice:
    """The record being edited no longer exists: save the input as a new one, discard it, or
    keep it in the form ("cancel", also when the box is closed)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ConcurrentEdit", "Deleted meanwhile"))
    box.setText(
        QCoreApplication.translate(
            "ConcurrentEdit",
            "“%1” was deleted since you opened it (by an import, another window or an undo), so "
            "your changes cannot be saved to it.\n\nSave as new adds what the form holds as a new "
            "record. Discard drops your changes. Cancel keeps them in the form.",
        ).replace("%1", record)
    )
    recreate = box.addButton(
        QCoreApplication.translate("ConcurrentEdit", "Save as &new"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is recreate:
        return "recreate"
    if clicked is discard:
        return "discard"
    return "cancel"
