"""The services' field errors in the user's language.

A :class:`~desktop_app.services.errors.FieldError` carries an English template (context
"Validation") and its parameters (see :mod:`desktop_app.services.messages`). Here the template
and every :class:`~desktop_app.services.messages.Term` parameter (a field's label, a hint) are
translated with ``QCoreApplication.translate`` and values are formatted for the current locale:
dates 04.03.2026 and decimal commas in German, exactly the English ``.message`` in English.
Render again after a language switch (widgets keep the error, not the text).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.services.errors import ConcurrentEdit, FieldError, NotFound, ValidationError
from desktop_app.services.formatting import format_value
from desktop_app.services.messages import VALIDATION, Term, render
from desktop_app.services.validators.field_labels import label
from desktop_app.ui.i18n import language


def show_value(value: Any) -> str:
    """A parameter as the current language shows it (a term translated)."""
    if isinstance(value, Term):
        return QCoreApplication.translate(value.context, value.source)
    if isinstance(value, tuple | list):
        return ", ".join(show_value(item) for item in value)
    return format_value(value, language())


def field_error_text(error: FieldError) -> str:
    """One field error in the current language."""
    template = QCoreApplication.translate(VALIDATION, error.template)
    params = {name: show_value(value) for name, value in error.params.items()}
    try:
        return template.format_map(params) if params else template
    except (KeyError, IndexError, ValueError):  # a broken translation: the English text
        return render(error.template, error.params)


def field_label(field: str) -> str:
    """The translated name of ``field`` as messages use it ("end date", German "Enddatum")."""
    return show_value(label(field))


def error_text(error: ValidationError) -> str:
    """Every problem on its own line, each headed by the field's name (for a general label)."""
    return "\n".join(
        f"{field_label(problem.field)}: {field_error_text(problem)}" for problem in error.errors
    )


def exception_text(error: BaseException) -> str:
    """A failed write for a message label: validation errors and a record that vanished or
    changed meanwhile in the user's language, others as they are."""
    if isinstance(error, ValidationError):
        return error_text(error)
    if isinstance(error, NotFound):
        return QCoreApplication.translate(
            "Messages",
            "This record has been deleted meanwhile (for example by a sync import), so the "
            "change was not saved. Undo the deletion with Ctrl+Z if it was yours.",
        )
    if isinstance(error, ConcurrentEdit):
        return QCoreApplication.translate(
            "Messages",
            "Someone else changed this record at the same time, so your change was not saved "
            "yet. It is still in the form: press Save again to save it.",
        )
    return str(error)
