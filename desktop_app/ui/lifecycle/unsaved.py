"""Quitting never loses what was typed: unsaved form input is saved, discarded or kept open.

The Quit menu and SIGINT/SIGTERM (``MainWindow.request_close``) and the window's close button
(a spontaneous ``closeEvent``) call :func:`settle_unsaved_forms`; a ``close()`` from code does
not ask. A restore from a backup, which replaces the database under every form, asks the same
(``ui/restore.py``). When a form holds input that is not saved, the user chooses: save it (each
form validates as on its Save button; a form that refuses is shown with its messages and the
window stays open), discard it, or cancel. The forms are the records' forms and the sections of
the expert's day (``ui/expert_day/section.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QTabWidget, QWidget

from desktop_app.ui.records.form import RecordForm

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
QUIT, RESTORE = "quit", "restore"
"""What the window is about to do when it asks (the question and the messages say it)."""
log = logging.getLogger(__name__)


def unsaved_forms(window: QWidget) -> list[Any]:
    """The forms of the window (records' forms, the expert's day's sections) that hold input
    not saved yet."""
    from desktop_app.ui.expert_day.section import EntrySection

    holders: list[Any] = [*window.findChildren(RecordForm), *window.findChildren(EntrySection)]
    return [holder for holder in holders if holder.has_unsaved_input()]


def ask_what_to_do(window: QWidget, count: int) -> str:
    """Before quitting: save, discard or cancel."""
    question = QCoreApplication.translate(
        "Unsaved", "%1 form(s) hold changes that are not saved yet. Save them before quitting?"
    )
    return _ask(window, question.replace("%1", str(count)))


def ask_before_restore(window: QWidget, count: int) -> str:
    """Before a backup replaces the database: save (into the database that is kept beside the
    restored one), discard or cancel."""
    question = QCoreApplication.translate(
        "Unsaved",
        "%1 form(s) hold changes that are not saved yet. Save them before the backup is "
        "restored? The current database, with what is saved now, is kept beside it.",
    )
    return _ask(window, question.replace("%1", str(count)))


def _ask(window: QWidget, question: str) -> str:
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Unsaved", "PartnerDesk – unsaved changes"))
    box.setText(question)
    save = box.addButton(QMessageBox.StandardButton.Save)
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else CANCEL


def reveal(widget: QWidget) -> None:
    """Bring ``widget`` into view: every stacked page and tab above it becomes the current one."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and parent.indexOf(child) >= 0:
            parent.setCurrentWidget(child)
        if isinstance(parent, QTabWidget) and parent.indexOf(child) >= 0:
            parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def settle_unsaved_forms(
    window: MainWindow, ask: Callable[[QWidget, int], str] | None = None, before: str = QUIT
) -> bool:
    """True when the window may go on (quit, or restore a backup: ``before``): nothing
    unsaved, or saved, or discarded by choice."""
    forms = unsaved_forms(window)
    if not forms:
        return True
    default = ask_before_restore if before == RESTORE else ask_what_to_do
    choice = (ask or default)(window, len(forms))
    if choice == CANCEL:
        return False
    if choice == DISCARD:
        log.info("%s: unsaved input of %d form(s) discarded by the user", before, len(forms))
        return True
    refused = [form for form in forms if not form.save()]
    if refused:
        _show_refused(window, refused[0], before)
        log.info("%s cancelled: %d form(s) could not be saved", before, len(refused))
        return False
    log.info("%s: unsaved input of %d form(s) saved", before, len(forms))
    return True


def _show_refused(window: MainWindow, form: QWidget, before: str) -> None:
    for key, widget in window.built.items():
        if widget.isAncestorOf(form):
            window.show_view(key)
            break
    reveal(form)
    if before == RESTORE:
        text = QCoreApplication.translate(
            "Unsaved",
            "Some changes cannot be saved as they are; the messages are shown at the fields. "
            "Correct them and restore again, or restore and choose Discard.",
        )
    else:
        text = QCoreApplication.translate(
            "Unsaved",
            "Some changes cannot be saved as they are; the messages are shown at the fields. "
            "Correct them and quit again, or quit and choose Discard.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Unsaved", "PartnerDesk – unsaved changes"),
        text,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("unsavedRefused")
    box.open()
