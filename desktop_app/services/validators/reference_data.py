"""Reference data: per-diem rates and attachments."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.models import Attachment, PerDiemRate, PerDiemTable
from desktop_app.models.enums import RateOrigin
from desktop_app.services.crud import register
from desktop_app.services.errors import FieldError
from desktop_app.services.messages import QT_TRANSLATE_NOOP
from desktop_app.services.validators._checks import Checks

SHA256 = re.compile(r"[0-9a-f]{64}")


@register(PerDiemRate)
def validate_per_diem_rate(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, PerDiemRate, values, existing)
    if existing is None:
        values.setdefault("city", "")
        values.setdefault("is_sample", values.get("origin") == RateOrigin.SAMPLE)
    check = Checks(session, PerDiemRate, values, existing)
    # lodging_cap may be empty: column 3 not verified yet (docs/per-diem.md, "Rate tables")
    check.required("country", "valid_from", "daily_allowance", "is_sample")
    check.country("country")
    check.one_of("origin", RateOrigin)
    check.non_negative(
        "daily_allowance",
        "lodging_cap",
        hint=QT_TRANSLATE_NOOP("Validation", "enter the amount from the table"),
    )
    # The database keeps (country, city, valid_from) unique over deleted rates too.
    other = check.duplicate("country", "city", "valid_from", include_deleted=True)
    if other is not None:
        check.fail(
            "valid_from",
            QT_TRANSLATE_NOOP(
                "Validation",
                "A deleted rate for {country} valid from {day} holds this date; add the rate "
                "as a new one instead (it takes the deleted rate's place).",
            )
            if other.deleted_at is not None
            else QT_TRANSLATE_NOOP(
                "Validation",
                "A rate for {country} valid from {day} already exists; edit that rate instead "
                "of adding another.",
            ),
            country=check.value("country"),
            day=check.value("valid_from"),
        )
    return check.errors


@register(PerDiemTable)
def validate_per_diem_table(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, PerDiemTable, values, existing)
    check.required("valid_from", "title", "complete")
    check.non_negative(
        "expected_rows", hint=QT_TRANSLATE_NOOP("Validation", "enter the number of table rows")
    )
    other = check.duplicate("valid_from", include_deleted=True)
    if other is not None:
        check.fail(
            "valid_from",
            QT_TRANSLATE_NOOP(
                "Validation",
                "A rate table valid from {day} is already recorded; import into that table.",
            ),
            day=check.value("valid_from"),
        )
    return check.errors


@register(Attachment)
def validate_attachment(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, Attachment, values, existing)
    check.required("sha256", "filename", "media_type", "size")
    digest = check.value("sha256")
    if digest is not None and not SHA256.fullmatch(digest):
        check.fail(
            "sha256",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The SHA-256 checksum '{value}' is not 64 lower-case hexadecimal digits; add "
                "the file through the attachment store, which computes it.",
            ),
            value=digest,
        )
    elif check.duplicate("sha256", include_deleted=True) is not None:
        check.fail(
            "sha256",
            QT_TRANSLATE_NOOP(
                "Validation",
                "A file with the checksum '{value}' is already stored; use that attachment "
                "instead of adding the same content again.",
            ),
            value=digest,
        )
    check.non_negative("size", hint=QT_TRANSLATE_NOOP("Validation", "enter the file size in bytes"))
    return check.errors
