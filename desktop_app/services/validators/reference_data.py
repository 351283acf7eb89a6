"""Reference data: per-diem rates and attachments."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.models import Attachment, PerDiemRate
from desktop_app.services.crud import register
from desktop_app.services.errors import FieldError
from desktop_app.services.validators._checks import Checks, show

SHA256 = re.compile(r"[0-9a-f]{64}")


@register(PerDiemRate)
def validate_per_diem_rate(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, PerDiemRate, values, existing)
    check.required("country", "valid_from", "daily_allowance", "lodging_cap", "is_sample")
    check.country("country")
    check.non_negative("daily_allowance", "lodging_cap", hint="enter the amount from the table")
    # The database keeps (country, valid_from) unique over deleted rates too.
    other = check.duplicate("country", "valid_from", include_deleted=True)
    if other is not None:
        fix = (
            "restore the deleted rate and edit it"
            if other.deleted_at is not None
            else "edit that rate"
        )
        check.fail(
            "valid_from",
            f"A rate for {check.value('country')} valid from {show(check.value('valid_from'))} "
            f"already exists; {fix} instead of adding another.",
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
            f"The SHA-256 checksum '{digest}' is not 64 lower-case hexadecimal digits; add the "
            "file through the attachment store, which computes it.",
        )
    elif check.duplicate("sha256", include_deleted=True) is not None:
        check.fail(
            "sha256",
            f"A file with the checksum '{digest}' is already stored; use that attachment "
            "instead of adding the same content again.",
        )
    check.non_negative("size", hint="enter the file size in bytes")
    return check.errors
