"""The claim's own data in the expert's day: the trip's frame (start and end at home or office,
the business, BahnCard, submitted on) and the claimant's details for the claim form (personnel
number, address, bank account — kept on this installation and at HQ only)."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop_app.models import ClaimantProfile, TravelClaim
from desktop_app.services.errors import ConcurrentEdit, NotFound, ValidationError
from desktop_app.ui.context import AppContext
from desktop_app.ui.expert_day.form_base import (
    date_edit,
    datetime_edit,
    get_date,
    get_datetime,
    set_date,
    set_datetime,
)
from desktop_app.ui.expert_day.forms import Scope
from desktop_app.ui.field_form import FieldForm
from desktop_app.ui.messages import exception_text
from desktop_app.ui.record_commands import push_create, push_update

PROFILE_FIELDS = (
    "personnel_number",
    "official_title",
    "org_unit",
    "cost_centre",
    "street",
    "postal_code",
    "city",
    "iban",
    "bic",
    "account_holder",
)


class _Stamp(QWidget):
    """A date and time that may be left out (a check box in front)."""

    def __init__(self, with_time: bool = True) -> None:
        super().__init__()
        self.given = QCheckBox()
        self.given.setToolTip(self.tr("Tick to give this date (leave it unticked if not known)"))
        self.edit = datetime_edit() if with_time else date_edit()
        self.edit.setEnabled(False)
        self.given.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.given)
        row.addWidget(self.edit, 1)
        self.setFocusProxy(self.given)
        self.with_time = with_time

    def set(self, value: datetime | date | None, fallback: datetime) -> None:
        self.given.setChecked(value is not None)
        shown = value if value is not None else fallback
        if self.with_time:
            set_datetime(self.edit, shown)  # type: ignore[arg-type]
        else:
            set_date(self.edit, shown if isinstance(shown, date) else shown.date())

    def value(self) -> datetime | date | None:
        if not self.given.isChecked():
            return None
        return get_datetime(self.edit) if self.with_time else get_date(self.edit)


class ClaimSection(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.scope: Scope | None = None
        self.trip = FieldForm()
        self.start_place = self._place_combo()
        self.trip_start = _Stamp()
        self.trip.add_field(
            "trip_start_at", self.tr("&Start of the trip"), self.trip_start, self.start_place
        )
        self.end_place = self._place_combo()
        self.trip_end = _Stamp()
        self.trip.add_field(
            "trip_end_at", self.tr("&End of the trip"), self.trip_end, self.end_place
        )
        self.business_start = _Stamp()
        self.trip.add_field("business_start_at", self.tr("&Business began"), self.business_start)
        self.business_end = _Stamp()
        self.trip.add_field("business_end_at", self.tr("Business e&nded"), self.business_end)
        self.bahncard = self.trip.add_field("bahncard", self.tr("Bahn&Card"), QLineEdit())
        self.bahncard.setPlaceholderText(self.tr("e.g. BahnCard 50, 2nd class, paid by me"))
        self.submitted = _Stamp(with_time=False)
        self.trip.add_field("submitted_on", self.tr("Claim s&ubmitted on"), self.submitted)
        self.profile = FieldForm()
        labels = (
            self.tr("Personnel &number"),
            self.tr("Official &title"),
            self.tr("&Organisational unit"),
            self.tr("Cost c&entre"),
            self.tr("Street and &house number"),
            self.tr("&Postcode"),
            self.tr("&Town"),
            self.tr("&IBAN"),
            self.tr("BI&C"),
            self.tr("Account &holder"),
        )
        self.profile_edits = {
            name: self.profile.add_field(name, label, QLineEdit())
            for name, label in zip(PROFILE_FIELDS, labels, strict=True)
        }
        trip_box = QGroupBox(self.tr("The trip as the claim form asks for it"))
        QVBoxLayout(trip_box).addWidget(self.trip)
        profile_box = QGroupBox(
            self.tr("My data for the claim form (kept on this installation and at HQ only)")
        )
        QVBoxLayout(profile_box).addWidget(self.profile)
        self.save_button = QPushButton(self.tr("&Save claim data"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(trip_box)
        column.addWidget(profile_box)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        column.addLayout(row)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)
        self.form = self.trip  # the section's first form (Alt+number focuses it)
        self.setEnabled(False)

    def _place_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("at home"), True)
        combo.addItem(self.tr("at the office"), False)
        return combo

    # -- loading ---------------------------------------------------------------------------------

    def set_scope(self, scope: Scope | None) -> None:
        self.scope = scope
        self.setEnabled(scope is not None)
        self.status.clear()
        self.trip.clear_errors()
        self.profile.clear_errors()
        if scope is None:
            return
        with self.context.db.session() as session:
            frame = self._frame(session)
            profile = self._profile(session)
            morning = datetime.combine(scope.mission.start_date, time(8, 0))
            evening = datetime.combine(scope.mission.end_date, time(18, 0))
            self.start_place.setCurrentIndex(0 if frame is None or frame.start_at_home else 1)
            self.end_place.setCurrentIndex(0 if frame is None or frame.end_at_home else 1)
            self.trip_start.set(frame.trip_start_at if frame else None, morning)
            self.trip_end.set(frame.trip_end_at if frame else None, evening)
            self.business_start.set(frame.business_start_at if frame else None, morning)
            self.business_end.set(frame.business_end_at if frame else None, evening)
            self.bahncard.setText((frame.bahncard or "") if frame else "")
            self.submitted.set(frame.submitted_on if frame else None, evening)
            for name, edit in self.profile_edits.items():
                edit.setText((getattr(profile, name) or "") if profile is not None else "")

    def _frame(self, session: Any) -> TravelClaim | None:
        assert self.scope is not None
        return session.scalars(
            select(TravelClaim).where(
                TravelClaim.mission_id == self.scope.mission.id,
                TravelClaim.person_id == self.scope.person_id,
                TravelClaim.deleted_at.is_(None),
            )
        ).first()

    def _profile(self, session: Any) -> ClaimantProfile | None:
        assert self.scope is not None
        return session.scalars(
            select(ClaimantProfile).where(
                ClaimantProfile.person_id == self.scope.person_id,
                ClaimantProfile.deleted_at.is_(None),
            )
        ).first()

    # -- saving ----------------------------------------------------------------------------------

    def trip_values(self) -> dict[str, Any]:
        return {
            "start_at_home": bool(self.start_place.currentData()),
            "trip_start_at": self.trip_start.value(),
            "end_at_home": bool(self.end_place.currentData()),
            "trip_end_at": self.trip_end.value(),
            "business_start_at": self.business_start.value(),
            "business_end_at": self.business_end.value(),
            "bahncard": self.bahncard.text(),
            "submitted_on": self.submitted.value(),
        }

    def save(self) -> None:
        if self.scope is None:
            return
        self.trip.clear_errors()
        self.profile.clear_errors()
        trip = self.trip_values()
        profile = {name: edit.text() for name, edit in self.profile_edits.items()}
        with self.context.db.session() as session:
            frame, person = self._frame(session), self._profile(session)
            frame_id = frame.id if frame else None
            profile_id = person.id if person else None
        try:
            if frame_id:
                push_update(self.context, TravelClaim, frame_id, trip)
            else:
                push_create(
                    self.context,
                    TravelClaim,
                    {
                        **trip,
                        "mission_id": self.scope.mission.id,
                        "person_id": self.scope.person_id,
                    },
                )
        except ValidationError as exc:
            self.trip.show_errors(exc)
            return
        except (ConcurrentEdit, NotFound) as exc:
            self.trip.show_message("", exception_text(exc))
            return
        try:
            if profile_id:
                push_update(self.context, ClaimantProfile, profile_id, profile)
            elif any(profile.values()):
                push_create(
                    self.context, ClaimantProfile, {**profile, "person_id": self.scope.person_id}
                )
        except ValidationError as exc:
            self.profile.show_errors(exc)
            return
        except (ConcurrentEdit, NotFound) as exc:
            self.profile.show_message("", exception_text(exc))
            return
        self.status.setText(self.tr("Claim data saved."))
