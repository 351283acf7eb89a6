"""Messages for the user as an English template plus parameters, translatable without Qt.

A service reports a problem as a template such as ``"The {label} '{value}' is not a date; …"``
with its parameters. The template is marked with :func:`QT_TRANSLATE_NOOP` — a plain function
here, so services never import Qt, but ``pyside6-lupdate`` recognises the call by its name and
extracts the string (see :func:`desktop_app.ui.i18n.lupdate_sources`). Parameters that are words
of the UI themselves (a field's label, a hint) are :class:`Term` values, translated when shown.

:func:`render` gives the English text (CLI, logs, ``FieldError.message``); the UI translates the
template and the terms and formats dates and numbers for its locale (``desktop_app.ui.messages``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop_app.services.formatting import format_value

VALIDATION = "Validation"
"""Translation context of the message templates."""
FIELDS = "Fields"
"""Translation context of field labels (shared with the labels of the forms)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


class Term:
    """A translatable word or phrase used as a parameter: a field label, a hint.

    A plain class with slots, compared by value (not a dataclass: the window's start imports
    this module and would otherwise load the dataclasses module for it)."""

    __slots__ = ("context", "source")

    def __init__(self, context: str, source: str) -> None:
        self.context = context
        self.source = source

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Term):
            return NotImplemented
        return (self.context, self.source) == (other.context, other.source)

    def __hash__(self) -> int:
        return hash((Term, self.context, self.source))

    def __repr__(self) -> str:
        return f"Term({self.context!r}, {self.source!r})"

    def __str__(self) -> str:
        return self.source


def show(value: Any) -> str:
    """A value as an English text shows it: dates ISO, times HH:MM, numbers exact with a minus
    sign (:func:`desktop_app.services.formatting.format_value`); a term as its source."""
    if isinstance(value, Term):
        return value.source
    if isinstance(value, tuple | list):
        return ", ".join(show(item) for item in value)
    return format_value(value, "en")


def render(template: str, params: Mapping[str, Any]) -> str:
    """The English text: ``template`` with every parameter shown by :func:`show`."""
    if not params:
        return template
    return template.format_map({name: show(value) for name, value in params.items()})
