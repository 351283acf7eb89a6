"""Institutions and people."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.models import Institution, Person
from desktop_app.models.enums import Gender, InstitutionKind, InstitutionSide, PersonRole
from desktop_app.services.crud import register
from desktop_app.services.errors import FieldError
from desktop_app.services.messages import QT_TRANSLATE_NOOP
from desktop_app.services.validators._checks import Checks

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


@register(Institution)
def validate_institution(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, Institution, values, existing)
    check.required("name", "side", "kind", "country")
    check.one_of("side", InstitutionSide)
    check.one_of("kind", InstitutionKind)
    check.country("country")
    return check.errors


@register(Person)
def validate_person(session: Session, values: dict[str, Any], existing: Any) -> list[FieldError]:
    check = Checks(session, Person, values, existing)
    check.required("first_name", "last_name", "role", "gender")
    check.one_of("role", PersonRole)
    check.one_of("gender", Gender)
    email = check.value("email")
    if email is not None and not EMAIL.fullmatch(email):
        check.fail(
            "email",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The e-mail address '{value}' does not look like an address; "
                "enter it in the form name@example.org.",
            ),
            value=email,
        )
    check.live("institution_id", Institution)
    return check.errors
