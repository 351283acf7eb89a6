"""Errors that services raise for the user to read: each names the field and the problem."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str

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
    """Somebody else changed the record since it was read (shared office database)."""
