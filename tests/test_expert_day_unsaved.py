"""Typed entries of the expert's day are never dropped without a word (review of round 2): not
by quitting, not by a reload of the same mission, not by new suggested nights, not by choosing
another mission, editing another entry or changing the language."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from test_expert_day import context, mission, view

from desktop_app.models import ActivityLogEntry, Mission, MissionExpert, TravelLeg
from desktop_app.services import crud, permissions
from desktop_app.ui.context import AppContext
from desktop_app.ui.expert_day import ExpertDayView
from desktop_app.ui.lifecycle import unsaved

__all__ = ["context", "mission", "view"]


def _activities(context: AppContext, mission_id: object) -> list[tuple[Decimal, str]]:
    with context.db.session() as session:
        rows = crud.list_records(session, ActivityLogEntry, mission_id=mission_id)
        return sorted((r.hours, r.description) for r in rows)


def _type_activity(view: ExpertDayView, hours: str, text: str) -> None:
    view.activity.form.hours.setText(hours)
    view.activity.form.description.setText(text)


@pytest.fixture
def second_mission(context: AppContext, mission: dict[str, object]) -> str:
    """Another mission of the same expert, later in the year."""
    with context.db.session() as session, permissions.as_received(session):
        first = crud.get(session, Mission, str(mission["id"]))
        start = first.end_date + timedelta(days=30)
        record = crud.create(
            session,
            Mission,
            partnership_id=first.partnership_id,
            title="Second mission Budva",
            kind="short_term",
            status="approved",
            destination_city="Budva",
            destination_country="ME",
            start_date=start,
            end_date=start + timedelta(days=3),
        )
        crud.create(
            session, MissionExpert, mission_id=record.id, person_id=str(mission["person_id"])
        )
        return record.id


def test_a_typed_activity_counts_as_unsaved_and_quitting_can_save_it(
    view: ExpertDayView, context, mission
) -> None:
    assert unsaved.unsaved_forms(view) == []
    _type_activity(view, "2", "Interview with the agency")
    assert unsaved.unsaved_forms(view) == [view.activity]
    assert unsaved.settle_unsaved_forms(view, ask=lambda _w, _n: unsaved.SAVE)  # type: ignore[arg-type]
    assert _activities(context, mission["id"]) == [(Decimal("2.00"), "Interview with the agency")]
    assert unsaved.unsaved_forms(view) == []


def test_quitting_with_a_typed_activity_that_cannot_be_saved_stays(
    view: ExpertDayView, context, mission, monkeypatch
) -> None:
    monkeypatch.setattr(unsaved, "_show_refused", lambda *_args: None)
    _type_activity(view, "30", "Too long a day")
    assert not unsaved.settle_unsaved_forms(view, ask=lambda _w, _n: unsaved.SAVE)  # type: ignore[arg-type]
    assert view.activity.form.description.text() == "Too long a day"
    assert _activities(context, mission["id"]) == []


def test_a_reload_of_the_same_mission_keeps_the_typed_entry(view: ExpertDayView) -> None:
    _type_activity(view, "3", "Typed, not saved")
    view.reload_missions()  # what an import of new missions does
    assert view.activity.form.description.text() == "Typed, not saved"
    assert view.activity.form.hours.text() == "3"
    assert view.activity.has_unsaved_input()


def test_new_travel_legs_do_not_replace_a_typed_night(
    view: ExpertDayView, context, mission
) -> None:
    nights = view.nights
    nights.form.amount.setText("85")
    with context.db.session() as session:  # a leg recorded meanwhile (another section, an import)
        start = datetime.combine(mission["start"], time(7))  # type: ignore[arg-type]
        crud.create(
            session,
            TravelLeg,
            mission_id=mission["id"],
            person_id=mission["person_id"],
            departure_at=start,
            departure_place="Berlin",
            departure_country="DE",
            arrival_at=start + timedelta(hours=3),
            arrival_place="Podgorica",
            arrival_country="ME",
            mode="air",
        )
    nights.refresh_defaults()
    assert nights.form.amount.text() == "85"


def test_another_mission_saves_the_typed_entry_in_the_mission_it_was_typed_for(
    view: ExpertDayView, context, mission, second_mission
) -> None:
    view.reload_missions()
    _type_activity(view, "1,5", "Typed for the first mission")
    view.mission_combo.setCurrentIndex(view.mission_combo.findData(second_mission))
    assert _activities(context, mission["id"]) == [(Decimal("1.50"), "Typed for the first mission")]
    assert _activities(context, second_mission) == []
    assert view.activity.scope is not None and view.activity.scope.mission.id == second_mission
    assert view.activity.form.description.text() == ""


def test_another_mission_is_refused_while_the_typed_entry_cannot_be_saved(
    view: ExpertDayView, context, mission, second_mission
) -> None:
    view.reload_missions()
    _type_activity(view, "30", "Too long a day")
    view.mission_combo.setCurrentIndex(view.mission_combo.findData(second_mission))
    assert view.mission_combo.currentData() == mission["id"]
    assert view.activity.scope is not None and view.activity.scope.mission.id == mission["id"]
    assert view.activity.form.description.text() == "Too long a day"
    assert view.tabs.currentWidget() is view.activity
    assert _activities(context, mission["id"]) == [] == _activities(context, second_mission)


def test_editing_another_entry_saves_the_typed_one_first(
    view: ExpertDayView, context, mission
) -> None:
    section = view.activity
    _type_activity(view, "4", "Saved entry")
    section.form.submitted.emit()
    _type_activity(view, "2", "Typed entry")
    section.select_id(section.table_model.record(0).id)
    section.edit_selected()
    assert _activities(context, mission["id"]) == [
        (Decimal("2.00"), "Typed entry"),
        (Decimal("4.00"), "Saved entry"),
    ]
    assert section.editing_id is not None


def test_a_language_change_saves_the_typed_entry_before_rebuilding(
    view: ExpertDayView, context, mission
) -> None:
    _type_activity(view, "2", "Typed before the language changed")
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert _activities(context, mission["id"]) == [
        (Decimal("2.00"), "Typed before the language changed")
    ]


def test_a_language_change_keeps_an_entry_that_cannot_be_saved(view: ExpertDayView) -> None:
    _type_activity(view, "30", "Too long a day")
    old_body = view.body
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.body is old_body
    assert view.activity.form.description.text() == "Too long a day"
