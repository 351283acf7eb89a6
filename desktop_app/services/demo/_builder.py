"""The shared state of one demo load: the session, what was created, and small date helpers."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from desktop_app.models import Syncable
from desktop_app.services import crud
from desktop_app.services.reference import is_country

M = TypeVar("M", bound=Syncable)

DEMO_NAMESPACE = uuid.UUID("6f1c1d1e-3a5b-4c1e-9a57-2d0e5b7f4a10")
"""Namespace of the workplan item keys, so two demo loads give the same keys."""

KOSOVO_ACCEPTED = is_country("XK")
"""Kosovo has no ISO 3166-1 code. The EU and the German federal administration use the
user-assigned code "XK", but pycountry (and so ``reference.is_country`` and the validators) does
not know it."""

KOSOVO = "XK" if KOSOVO_ACCEPTED else "AL"
"""The country code recorded for Kosovo. "XK" as soon as ``reference.is_country`` accepts it;
until then the least wrong code the validators accept: "AL" (Albania, the neighbouring country
with similar per-diem rates) — a placeholder, never "RS". Texts (names, notes, places) always say
Kosovo, so the placeholder is visible as such."""


def item_key(partnership_code: str, activity_number: str) -> str:
    """The stable key of a workplan activity, the same in every revision and every demo load."""
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{partnership_code}:{activity_number}"))


def month(year: int, number: int) -> date:
    """The first day of a month, as workplan items store planned months."""
    return date(year, number, 1)


@dataclass
class DemoBuilder:
    """Creates records through ``crud.create`` and remembers them by a short demo key."""

    session: Session
    counts: Counter[str] = field(default_factory=Counter)
    institutions: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    partnerships: dict[str, str] = field(default_factory=dict)
    missions: dict[str, str] = field(default_factory=dict)
    attachments: dict[str, str] = field(default_factory=dict)

    def make(self, model: type[M], **values: Any) -> M:
        """Create one record through the validated write path and count it per table."""
        record = crud.create(self.session, model, **values)
        self.counts[model.__tablename__] += 1
        return record

    def institution(self, key: str) -> str:
        return self.institutions[key]

    def person(self, key: str) -> str:
        return self.people[key]

    def partnership(self, code: str) -> str:
        return self.partnerships[code]

    def mission(self, key: str) -> str:
        return self.missions[key]
