"""The coordinator's texts of a progress report (Twinning interim quarterly report, section 2)."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.models import Partnership, ProgressReportText
from desktop_app.services.crud import register
from desktop_app.services.errors import FieldError
from desktop_app.services.messages import QT_TRANSLATE_NOOP
from desktop_app.services.validators._checks import Checks

SECTIONS = ("summary", "deviations", "next_quarter", "risks")
"""Assessment of progress, reasons of deviations, plan for the next quarter, risks and
mitigation: the parts of section 2 of the Twinning interim quarterly report a coordinator writes."""
PERIOD = re.compile(r"^(\d{4}-Q[1-4]|final)$")


@register(ProgressReportText)
def validate_progress_report_text(
    session: Session, values: dict[str, Any], existing: Any
) -> list[FieldError]:
    check = Checks(session, ProgressReportText, values, existing)
    check.required("partnership_id", "period", "section", "text")
    period = check.value("period")
    if period is not None and not PERIOD.match(str(period)):
        check.fail(
            "period",
            QT_TRANSLATE_NOOP(
                "Validation",
                "'{value}' is not a report period; write the quarter as 2026-Q1, or final for "
                "the final report.",
            ),
            value=period,
        )
    section = check.value("section")
    if section is not None and section not in SECTIONS:
        check.fail(
            "section",
            QT_TRANSLATE_NOOP(
                "Validation",
                "'{value}' is not a section of the progress report; use one of {choices}.",
            ),
            value=section,
            choices=", ".join(SECTIONS),
        )
    check.live("partnership_id", Partnership)
    return check.errors
