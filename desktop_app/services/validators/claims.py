"""The claim's own data: the claimant's personal details and the trip's frame."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.models import ClaimantProfile, Person, TravelClaim
from desktop_app.services.crud import register
from desktop_app.services.errors import FieldError
from desktop_app.services.messages import QT_TRANSLATE_NOOP
from desktop_app.services.validators._checks import Checks
from desktop_app.services.validators.travel import _mission_and_person

_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")


def iban_is_valid(text: str) -> bool:
    """ISO 13616: two letters, two check digits, the account; mod 97 of the rearranged number
    is 1."""
    compact = text.replace(" ", "").upper()
    if not _IBAN.fullmatch(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


@register(ClaimantProfile)
def validate_claimant_profile(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, ClaimantProfile, values, existing)
    check.required("person_id")
    check.live("person_id", Person)
    iban = check.value("iban")
    if iban and not iban_is_valid(iban):
        check.fail(
            "iban",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The IBAN '{value}' is not valid (its check digits do not match); copy it from "
                "your bank statement.",
            ),
            value=iban,
        )
    return check.errors


@register(TravelClaim)
def validate_travel_claim(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, TravelClaim, values, existing)
    _mission_and_person(check)
    check.required("start_at_home", "end_at_home")
    check.order("trip_start_at", "trip_end_at")
    check.order("business_start_at", "business_end_at")
    return check.errors
