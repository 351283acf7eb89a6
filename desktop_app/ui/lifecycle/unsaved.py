"""Quitting never loses what was typed: unsaved form input is saved, discarded or kept open.

The Quit menu and SIGINT/SIGTERM (``MainWindow.request_close``) and the window's close button
(a spontaneous ``closeEvent``) call :func:`settle_unsaved_forms`; a ``close()`` from code does
not ask. When a form holds input
that is not saved, the user chooses: save it (each form validates as on its Save button; a form
that refuses is shown with its messages and the window stays open), discard it, or cancel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QTabWidget, QWidget

from desktop_app.ui.records.form import RecordForm

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
log = logging.getLogger(__name__)


def unsaved_forms(window: QWidget) -> list[RecordForm]:
    """The forms of the window that hold input not saved yet."""
    return [form for form in window.findChildren(RecordForm) if form.has_unsaved_input()]


def ask_what_to_do(window: QWidget, count: int) -> str:
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Unsaved", "PartnerDesk – unsaved changes"))
    box.setText(
        QCoreApplication.translate(
            "Unsaved", "%1 form(s) hold changes that are not saved yet. Save them before quitting?"
        ).replace("%1", str(count))
    )
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
    window: MainWindow, ask: Callable[[QWidget, int], str] | None = None
) -> bool:
    """True when the window may close: nothing unsaved, or saved, or discarded by choice."""
    forms = unsaved_forms(window)
    if not forms:
        return True
    choice = (ask or ask_what_to_do)(window, len(forms))
    if choice == CANCEL:
        return False
    if choice == DISCARD:
        log.info("quit: unsaved input of %d form(s) discarded by the user", len(forms))
        return True
    refused = [form for form in forms if not form.save()]
    if refused:
        _show_refused(window, refused[0])
        log.info("quit cancelled: %d form(s) could not be saved", len(refused))
        return False
    log.info("quit: unsaved input of %d form(s) saved", len(forms))
    return True


def _show_refused(window: MainWindow, form: RecordForm) -> None:
    for key, widget in window.built.items():
        if widget.isAncestorOf(form):
            window.show_view(key)
            break
    reveal(form)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Unsaved", "PartnerDesk – unsaved changes"),
        QCoreApplication.translate(
            "Unsaved",
            "Some changes cannot be saved as they are; the messages are shown at the fields. "
            "Correct them and quit again, or quit and choose Discard.",
        ),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("unsavedRefused")
    box.open()
