"""Property: any workplan exported and read back unedited reports no change."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from workplan_files import make_workplan

from desktop_app.exporters.workplan_import import preview_import
from desktop_app.exporters.workplan_xlsx import export_workplan
from desktop_app.models import WorkplanItem, WorkplanRevision, new_id
from desktop_app.models.enums import ActivityFormat, ActivityStatus, ActivityType
from desktop_app.persistence.database import Database

TEXT = st.text(
    alphabet=st.characters(
        codec="utf-8",
        exclude_categories=("Cs",),
    ),
    max_size=60,
)
"""Any text, with control characters, leading "=", "+", "-", "@", umlauts and emoji."""
OPTIONAL_TEXT = st.none() | TEXT


@st.composite
def items(draw: st.DrawFn) -> list[dict[str, Any]]:
    count = draw(st.integers(min_value=0, max_value=6))
    result = []
    for index in range(count):
        start = draw(st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)))
        end = start + timedelta(days=draw(st.integers(min_value=0, max_value=900)))
        result.append(
            {
                "item_key": new_id(),
                "activity_number": f"{index + 1}.{draw(st.integers(1, 20))}",
                "title": draw(TEXT.filter(lambda t: t.strip() != "")) + "x",
                "component": draw(OPTIONAL_TEXT),
                "result": draw(OPTIONAL_TEXT),
                "indicator": draw(OPTIONAL_TEXT),
                "baseline": draw(OPTIONAL_TEXT),
                "target": draw(OPTIONAL_TEXT),
                "actual": draw(OPTIONAL_TEXT),
                "activity_type": draw(st.sampled_from(list(ActivityType))).value,
                "place": draw(OPTIONAL_TEXT),
                "format": draw(st.sampled_from(list(ActivityFormat))).value,
                "planned_start": start,
                "planned_end": end,
                "responsible_german": draw(OPTIONAL_TEXT),
                "responsible_partner": draw(OPTIONAL_TEXT),
                "experts_planned": draw(OPTIONAL_TEXT),
                "expert_days_planned": draw(st.none() | st.integers(0, 10_000)),
                "participants_planned": draw(st.none() | st.integers(0, 10_000)),
                "budget_line": draw(st.none() | TEXT.map(lambda t: t[:50])),
                "planned_cost": draw(
                    st.none()
                    | st.decimals(
                        min_value=0,
                        max_value=Decimal("99999999.99"),
                        places=2,
                        allow_nan=False,
                        allow_infinity=False,
                    )
                ),
                "status": draw(st.sampled_from(list(ActivityStatus))).value,
                "change_reason": draw(OPTIONAL_TEXT),
            }
        )
    return result


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(drawn=items(), language=st.sampled_from(["de", "en", "fr"]))
def test_any_workplan_reads_back_unchanged(
    db: Database, tmp_path: Path, drawn: list[dict[str, Any]], language: str
) -> None:
    with db.session() as session:
        existing = session.query(WorkplanRevision).first()
        if existing is None:
            partnership_id, workplan_id, revision_id = make_workplan(session, drawn)
        else:  # the same database for every example: a fresh revision each time
            workplan_id = existing.workplan_id
            number = session.query(WorkplanRevision).count() + 1
            revision = WorkplanRevision(
                workplan_id=workplan_id, number=number, status="agreed",
                revision_date=date(2026, 1, 1),
            )  # fmt: skip
            session.add(revision)
            session.flush()
            for values in drawn:
                session.add(WorkplanItem(revision_id=revision.id, **values))
            for older in session.query(WorkplanRevision).filter(
                WorkplanRevision.id != revision.id
            ):
                older.status = "superseded"
            revision_id = revision.id
        from desktop_app.models import Workplan

        partnership_id = session.get(Workplan, workplan_id).partnership_id
    path = tmp_path / f"wp-{revision_id}.xlsx"
    with db.session() as session:
        export_workplan(session, workplan_id, path, revision_id=revision_id, language=language)
    with db.session() as session:
        preview = preview_import(session, partnership_id, path)
    assert preview.file.revision_id == revision_id
    assert preview.is_empty, (preview.diff, preview.conflicts)
