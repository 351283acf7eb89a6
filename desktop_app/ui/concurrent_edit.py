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
"""

from __future__ import annotations

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


def who_and_when(context: AppContext, error: ConcurrentEdit) -> str:
    """ "Koordination Berlin changed it on 03.12.2026 at 10:42." in the user's language."""
    with context.db.session() as session:
        name = node_name(session, error.changed_by)
        here = is_this_node(session, error.changed_by)
    when = format_datetime(from_utc(error.changed_at)) if error.changed_at else ""
    if here:
        who = QCoreApplication.translate(
            "ConcurrentEdit", "this installation (another window, an import or a command)"
        )
    elif name:
        who = name
    else:
        who = QCoreApplication.translate("ConcurrentEdit", "another installation")
    if when:
        return (
            QCoreApplication.translate("ConcurrentEdit", "It was changed by %1 at %2.")
            .replace("%1", who)
            .replace("%2", when)
        )
    return QCoreApplication.translate("ConcurrentEdit", "It was changed by %1.").replace("%1", who)


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
