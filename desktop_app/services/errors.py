"""Errors that services raise for the user to read: each names the field and the problem."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_app.services.messages import render


@dataclass(frozen=True)
class FieldError:
    """A problem with one field: an English ``template`` and its ``params``.

    The template is marked for translation (see :mod:`desktop_app.services.messages`); the UI
    shows it in the user's language, :attr:`message` is the English text.
    """

    field: str
    template: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict, hash=False)

    @property
    def message(self) -> str:
        return render(self.template, self.params)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    """One or more field values are invalid; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))

    def for_field(self, field: str) -> list[str]:
        return [e.message for e in self.errors if e.field == field]


class NotFound(LookupError):
    """The record does not exist, or has been deleted."""


class ConcurrentEdit(RuntimeError):
    """Somebody else changed the record since it was read (another process, a sync import).

    ``version`` is the record's version now, ``changed_at`` (UTC) and ``changed_by`` (a node id)
    say when and where it was last changed; the window names the node and lets the user reload
    or overwrite (passing ``version`` as the new expected version).
    """

    def __init__(
        self,
        message: str,
        *,
        version: int | None = None,
        changed_at: datetime | None = None,
        changed_by: str | None = None,
    ) -> None:
        super().__init__(message)
        self.version = version
        self.changed_at = changed_at
        self.changed_by = changed_by
