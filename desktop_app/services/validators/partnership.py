"""The partnership aggregate: partnership, topics, themes, institutions, experts, contributions."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.models import (
    Contribution,
    ExpertAssignment,
    Institution,
    Partnership,
    PartnershipInstitution,
    PartnershipTheme,
    PartnershipTopic,
    Person,
)
from desktop_app.models.enums import (
    AssignmentRole,
    ContributionKind,
    CrossCuttingTheme,
    Phase,
    Programme,
)
from desktop_app.services.crud import register
from desktop_app.services.errors import FieldError
from desktop_app.services.messages import QT_TRANSLATE_NOOP
from desktop_app.services.validators._checks import Checks, describe

CODE = re.compile(r"[A-Z0-9_./-]+")
HOME_COUNTRY = "DE"


@register(Partnership)
def validate_partnership(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, Partnership, values, existing)
    check.required("code", "title", "programme", "phase", "partner_country", "currency")
    _check_code(check)
    check.one_of("programme", Programme)
    check.one_of("phase", Phase)
    check.country("partner_country")
    if check.value("partner_country") == HOME_COUNTRY:
        check.fail(
            "partner_country",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The partner country cannot be Germany (DE); enter the country of the partner "
                "authority.",
            ),
        )
    check.order("start_date", "end_date")
    check.non_negative(
        "budget", hint=QT_TRANSLATE_NOOP("Validation", "enter the budget as a positive amount")
    )
    check.currency("currency")
    check.live("german_lead_institution_id", Institution)
    check.live("partner_institution_id", Institution)
    check.live("coordinator_id", Person)
    return check.errors


def _check_code(check: Checks) -> None:
    """Capital letters, digits and - _ / . only; unique among all partnerships, deleted or not."""
    code = check.value("code")
    if code is None:
        return
    if not CODE.fullmatch(code):
        if CODE.fullmatch(code.upper()):
            check.fail(
                "code",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The code '{value}' contains characters that are not allowed; enter '{upper}'.",
                ),
                value=code,
                upper=code.upper(),
            )
        else:
            check.fail(
                "code",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The code '{value}' contains characters that are not allowed; use only "
                    "capital letters A-Z, digits and the characters - _ / .",
                ),
                value=code,
            )
        return
    other = check.duplicate("code", include_deleted=True)
    if other is None:
        return
    if other.deleted_at is not None:
        check.fail(
            "code",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The code '{value}' belongs to the deleted partnership '{other}'; restore that "
                "partnership or choose another code (codes are never reused).",
            ),
            value=code,
            other=other.title,
        )
    else:
        check.fail(
            "code",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The code '{value}' is already used by the partnership '{other}'; choose "
                "another code.",
            ),
            value=code,
            other=other.title,
        )


@register(PartnershipTopic)
def validate_partnership_topic(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, PartnershipTopic, values, existing)
    check.required("partnership_id", "topic")
    check.live("partnership_id", Partnership)
    if check.duplicate("partnership_id", "topic") is not None:
        check.fail(
            "topic",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The topic '{value}' is already recorded for this partnership; "
                "choose another topic.",
            ),
            value=check.value("topic"),
        )
    return check.errors


@register(PartnershipTheme)
def validate_partnership_theme(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, PartnershipTheme, values, existing)
    check.required("partnership_id", "theme")
    check.one_of("theme", CrossCuttingTheme)
    check.live("partnership_id", Partnership)
    theme, number = check.value("theme"), check.value("sdg_number")
    if theme == CrossCuttingTheme.SDG:
        check.required("sdg_number")
        check.in_range(
            "sdg_number",
            1,
            17,
            hint=QT_TRANSLATE_NOOP("Validation", "enter the number of one of the 17 SDGs"),
        )
    elif number is not None:
        check.fail(
            "sdg_number",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The SDG number {value} only belongs to the theme 'sdg', not to '{theme}'; "
                "clear the number or choose the theme 'sdg'.",
            ),
            value=number,
            theme=theme,
        )
    return check.errors


@register(PartnershipInstitution)
def validate_partnership_institution(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, PartnershipInstitution, values, existing)
    check.required("partnership_id", "institution_id")
    check.live("partnership_id", Partnership)
    check.live("institution_id", Institution)
    return check.errors


@register(ExpertAssignment)
def validate_expert_assignment(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, ExpertAssignment, values, existing)
    check.required("partnership_id", "person_id", "role")
    check.one_of("role", AssignmentRole)
    check.live("partnership_id", Partnership)
    person = check.live("person_id", Person)
    other = check.duplicate("person_id", "partnership_id")
    if other is not None:
        check.fail(
            "person_id",
            QT_TRANSLATE_NOOP(
                "Validation",
                "{who} is already assigned to this partnership (as {role}); edit that "
                "assignment instead of adding a second one.",
            ),
            who=describe(person) if person is not None else check.value("person_id"),
            role=other.role,
        )
    check.order("start_date", "end_date")
    return check.errors


@register(Contribution)
def validate_contribution(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, Contribution, values, existing)
    check.required("partnership_id", "institution_id", "kind", "currency")
    check.one_of("kind", ContributionKind)
    check.non_negative("quantity", "value")
    check.currency("currency")
    check.in_range(
        "year",
        1990,
        2100,
        hint=QT_TRANSLATE_NOOP("Validation", "enter the four-digit year of the contribution"),
    )
    check.live("partnership_id", Partnership)
    check.live("institution_id", Institution)
    return check.errors
