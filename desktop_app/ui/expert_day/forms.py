"""The five entry forms of the expert's day; field names are the model's column names."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from desktop_app.models.enums import ExpenseCategory, TravelMode
from desktop_app.services.errors import FieldError, ValidationError
from desktop_app.services.expert_day import MissionChoice, default_day
from desktop_app.services.per_diem.places import ELSEWHERE, names_no_city
from desktop_app.ui.expert_day.form_base import (
    code_edit,
    date_edit,
    datetime_edit,
    get_date,
    get_datetime,
    set_date,
    set_datetime,
)
from desktop_app.ui.expert_day.receipt import ReceiptDropMixin, ReceiptField, StoreReceipt
from desktop_app.ui.field_form import FieldForm
from desktop_app.ui.i18n import format_date, format_plain, parse_decimal

CONTEXT = "ExpertDay"

TRAVEL_MODES: dict[str, str] = {
    TravelMode.AIR: QT_TRANSLATE_NOOP("ExpertDay", "Air"),
    TravelMode.RAIL: QT_TRANSLATE_NOOP("ExpertDay", "Rail"),
    TravelMode.CAR: QT_TRANSLATE_NOOP("ExpertDay", "Car"),
    TravelMode.BUS: QT_TRANSLATE_NOOP("ExpertDay", "Bus"),
    TravelMode.SHIP: QT_TRANSLATE_NOOP("ExpertDay", "Ship"),
    TravelMode.OTHER: QT_TRANSLATE_NOOP("ExpertDay", "Other"),
}

EXPENSE_CATEGORIES: dict[str, str] = {
    ExpenseCategory.TRANSPORT: QT_TRANSLATE_NOOP("ExpertDay", "Transport"),
    ExpenseCategory.LOCAL_TRANSPORT: QT_TRANSLATE_NOOP("ExpertDay", "Local transport"),
    ExpenseCategory.LODGING: QT_TRANSLATE_NOOP("ExpertDay", "Lodging"),
    ExpenseCategory.VISA: QT_TRANSLATE_NOOP("ExpertDay", "Visa"),
    ExpenseCategory.COMMUNICATION: QT_TRANSLATE_NOOP("ExpertDay", "Communication"),
    ExpenseCategory.MATERIAL: QT_TRANSLATE_NOOP("ExpertDay", "Material"),
    ExpenseCategory.TIP: QT_TRANSLATE_NOOP("ExpertDay", "Tip"),
    ExpenseCategory.OTHER: QT_TRANSLATE_NOOP("ExpertDay", "Other"),
}


PAID_BY: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("ExpertDay", "not stated"),
    "office": QT_TRANSLATE_NOOP("ExpertDay", "the office (booked for me)"),
    "traveller": QT_TRANSLATE_NOOP("ExpertDay", "me"),
}

AUTOMATIC = ""
"""``rate_place`` choice: matched from the arrival place (None in the record)."""


def vocabulary_label(vocabulary: dict[str, str], value: str | None) -> str:
    """The translated label of a stored value (the value itself when unknown)."""
    if value is None:
        return ""
    source = vocabulary.get(value)
    return QCoreApplication.translate(CONTEXT, source) if source else value


def _fill_combo(combo: QComboBox, vocabulary: dict[str, str]) -> None:
    for value in vocabulary:
        combo.addItem(vocabulary_label(vocabulary, value), str(value))


def _select(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


@dataclass(frozen=True)
class Scope:
    """Which mission and person the forms write for, and where today's date comes from."""

    mission: MissionChoice
    person_id: str
    today: Callable[[], date]

    @property
    def day(self) -> date:
        return default_day(self.mission.start_date, self.mission.end_date, self.today())


class EntryForm(FieldForm):
    """A form for one kind of entry: fresh defaults, values to write, a record to edit."""

    def reset(self, scope: Scope) -> None:
        raise NotImplementedError

    def load(self, record: Any) -> None:
        raise NotImplementedError

    def match_existing(self, records: Sequence[Any], values: dict[str, Any]) -> str | None:
        """The id of a record that a new entry should change instead (None: create one)."""
        return None

    def follow_up(self, scope: Scope, records: Sequence[Any]) -> None:
        """Suggest values for the next entry from the existing ones (after :meth:`reset`)."""

    def check(self, values: dict[str, Any]) -> None:
        """Raise :class:`ValidationError` for what only the form can tell (default: nothing)."""


class ActivityForm(EntryForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = self.add_field("day", self.tr("&Date"), date_edit())
        self.hours = self.add_field("hours", self.tr("&Hours"), QLineEdit())
        self.hours.setPlaceholderText(self.tr("e.g. 7.5"))
        self.description = self.add_field("description", self.tr("&What was done"), QLineEdit())
        self.with_whom = self.add_field("with_whom", self.tr("W&ith whom"), QLineEdit())
        self.outputs = self.add_field("outputs", self.tr("&Outputs"), QLineEdit())

    def reset(self, scope: Scope) -> None:
        set_date(self.day, scope.day)
        for edit in (self.hours, self.description, self.with_whom, self.outputs):
            edit.clear()

    def values(self) -> dict[str, Any]:
        return {
            "day": get_date(self.day),
            "hours": parse_decimal(self.hours.text()),
            "description": self.description.text(),
            "with_whom": self.with_whom.text(),
            "outputs": self.outputs.text(),
        }

    def load(self, record: Any) -> None:
        set_date(self.day, record.day)
        self.hours.setText(format_plain(record.hours))
        self.description.setText(record.description or "")
        self.with_whom.setText(record.with_whom or "")
        self.outputs.setText(record.outputs or "")


class TravelLegForm(EntryForm):
    """A travel leg. Where the arrival country has city rows in the per-diem table, the form
    offers them ("Rate place"): automatic matches the arrival place; when that is ambiguous the
    calculation asks for a choice here."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        cities: Callable[[str, date], list[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._cities = cities or (lambda _country, _day: [])
        self.departure_at = self.add_field("departure_at", self.tr("&Departure"), datetime_edit())
        self.departure_place = self.add_field(
            "departure_place", self.tr("Depa&rture place"), QLineEdit()
        )
        self.departure_country = self.add_field(
            "departure_country", self.tr("Departure &country"), code_edit(2, "DE")
        )
        self.arrival_at = self.add_field(
            "arrival_at", self.tr("&Arrival"), datetime_edit(), column=1
        )
        self.arrival_place = self.add_field(
            "arrival_place", self.tr("Arrival p&lace"), QLineEdit(), column=1
        )
        self.arrival_country = self.add_field(
            "arrival_country", self.tr("Arrival c&ountry"), code_edit(2), column=1
        )
        self.has_border = QCheckBox(self.tr("La&nding / border crossing"))
        self.border_crossing_at = datetime_edit()
        self.border_crossing_at.setEnabled(False)
        self.has_border.toggled.connect(self._toggle_border)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_border)
        row.addWidget(self.border_crossing_at, 1)
        holder.setFocusProxy(self.has_border)
        self.add_field("border_crossing_at", self.tr("Reached country at"), holder, column=1)
        self.mode = self.add_field("mode", self.tr("Mod&e"), QComboBox())
        _fill_combo(self.mode, TRAVEL_MODES)
        self.travel_class = self.add_field("travel_class", self.tr("Cla&ss"), QLineEdit())
        self.cost = self.add_field("cost", self.tr("Cos&t"), QLineEdit())
        self.currency = self.add_field("currency", self.tr("C&urrency"), code_edit(3, "EUR"))
        self.paid_by = self.add_field("paid_by", self.tr("Ticket &paid by"), QComboBox(), column=1)
        _fill_combo(self.paid_by, PAID_BY)
        self.rate_place = self.add_field(
            "rate_place", self.tr("Rate pla&ce"), QComboBox(), column=1
        )
        self.arrival_country.textChanged.connect(lambda _text: self.fill_rate_places())
        self.arrival_at.dateTimeChanged.connect(lambda _value: self.fill_rate_places())
        self.fill_rate_places()

    def fill_rate_places(self, keep: str | None = None) -> None:
        """Offer the city rows of the arrival country (and the rest of the country)."""
        current = keep if keep is not None else self.rate_place.currentData()
        arrival = get_datetime(self.arrival_at)
        country = self.arrival_country.text().strip().upper()
        cities = self._cities(country, arrival.date()) if len(country) == 2 else []
        self.rate_place.blockSignals(True)
        self.rate_place.clear()
        self.rate_place.addItem(self.tr("automatic (from the arrival place)"), AUTOMATIC)
        if cities:
            self.rate_place.addItem(self.tr("rest of the country"), ELSEWHERE)
            for city in cities:
                self.rate_place.addItem(city, city)
        index = self.rate_place.findData(current)
        self.rate_place.setCurrentIndex(max(index, 0))
        self.rate_place.setEnabled(bool(cities))
        self.rate_place.blockSignals(False)

    def check(self, values: dict[str, Any]) -> None:
        """Where the arrival country has city rows and the arrival place names no city (empty,
        or only the country), the rate place is ambiguous: ask for it (ARV § 4 Abs. 4)."""
        if values.get("rate_place"):
            return
        country = str(values.get("arrival_country") or "").strip().upper()
        arrival = values.get("arrival_at")
        if len(country) != 2 or not isinstance(arrival, datetime):
            return
        cities = self._cities(country, arrival.date())
        if cities and names_no_city(str(values.get("arrival_place") or ""), country):
            raise ValidationError(
                [
                    FieldError(
                        "rate_place",
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "The per-diem table has city rows for {country} ({cities}): enter "
                            "the arrival place or choose the rate place (a city or the rest of "
                            "the country).",
                        ),
                        {"country": country, "cities": ", ".join(cities)},
                    )
                ]
            )

    def _toggle_border(self, checked: bool) -> None:
        self.border_crossing_at.setEnabled(checked)
        if checked:
            self.border_crossing_at.setDateTime(self.arrival_at.dateTime())

    def reset(self, scope: Scope) -> None:
        """The outbound leg: on the mission's first day, from Germany to the destination."""
        start = datetime.combine(scope.mission.start_date, time(8, 0))
        set_datetime(self.departure_at, start)
        set_datetime(self.arrival_at, start.replace(hour=12))
        self.departure_place.clear()
        self.departure_country.setText("DE")
        self.arrival_place.setText(scope.mission.destination_city or "")
        self.arrival_country.setText(scope.mission.destination_country or "")
        self.has_border.setChecked(False)
        set_datetime(self.border_crossing_at, start.replace(hour=12))
        _select(self.mode, TravelMode.AIR)
        self.travel_class.clear()
        self.cost.clear()
        self.currency.setText("EUR")
        _select(self.paid_by, "")
        self.fill_rate_places(AUTOMATIC)

    def follow_up(self, scope: Scope, records: Sequence[Any]) -> None:
        """The next leg starts where the last one arrived; from the destination it heads home."""
        if not records:
            return
        first = min(records, key=lambda r: r.departure_at)
        last = max(records, key=lambda r: r.arrival_at)
        if len(records) > 1 and last.arrival_country == first.departure_country:
            return  # back home: the trip is complete, a new leg starts from the defaults
        self.departure_place.setText(last.arrival_place or "")
        self.departure_country.setText(last.arrival_country or "")
        at_destination = last.arrival_country == scope.mission.destination_country
        if at_destination:
            self.arrival_place.setText(first.departure_place or "")
            self.arrival_country.setText(first.departure_country or "")
        connection = last.arrival_at + timedelta(hours=1)  # never before the last arrival
        if at_destination:  # the return leg: on the mission's last day
            start = max(datetime.combine(scope.mission.end_date, time(12, 0)), connection)
        else:
            start = connection
        set_datetime(self.departure_at, start)
        set_datetime(self.arrival_at, start + timedelta(hours=3))
        set_datetime(self.border_crossing_at, start + timedelta(hours=3))

    def values(self) -> dict[str, Any]:
        border = get_datetime(self.border_crossing_at) if self.has_border.isChecked() else None
        return {
            "departure_at": get_datetime(self.departure_at),
            "departure_place": self.departure_place.text(),
            "departure_country": self.departure_country.text(),
            "arrival_at": get_datetime(self.arrival_at),
            "arrival_place": self.arrival_place.text(),
            "arrival_country": self.arrival_country.text(),
            "border_crossing_at": border,
            "mode": self.mode.currentData(),
            "travel_class": self.travel_class.text(),
            "cost": parse_decimal(self.cost.text()),
            "currency": self.currency.text(),
            "paid_by": self.paid_by.currentData() or None,
            "rate_place": self.rate_place.currentData() or None,
        }

    def load(self, record: Any) -> None:
        set_datetime(self.departure_at, record.departure_at)
        self.departure_place.setText(record.departure_place or "")
        self.departure_country.setText(record.departure_country or "")
        set_datetime(self.arrival_at, record.arrival_at)
        self.arrival_place.setText(record.arrival_place or "")
        self.arrival_country.setText(record.arrival_country or "")
        self.has_border.setChecked(record.border_crossing_at is not None)
        if record.border_crossing_at is not None:
            set_datetime(self.border_crossing_at, record.border_crossing_at)
        _select(self.mode, record.mode)
        self.travel_class.setText(record.travel_class or "")
        self.cost.setText(format_plain(record.cost))
        self.currency.setText(record.currency or "EUR")
        _select(self.paid_by, record.paid_by or "")
        self.fill_rate_places(record.rate_place or AUTOMATIC)


class MealsForm(EntryForm):
    """Meals provided on a day; a second entry for the same day changes the first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = self.add_field("day", self.tr("&Date"), date_edit())
        self.breakfast = self.add_field("breakfast", self.tr("&Breakfast provided"), QCheckBox())
        self.lunch = self.add_field("lunch", self.tr("&Lunch provided"), QCheckBox())
        self.dinner = self.add_field("dinner", self.tr("D&inner provided"), QCheckBox())
        self.canteen_lunch = self.add_field(
            "canteen_lunch", self.tr("Lunch in a &canteen (paid)"), QCheckBox()
        )

    def reset(self, scope: Scope) -> None:
        set_date(self.day, scope.day)
        for box in (self.breakfast, self.lunch, self.dinner, self.canteen_lunch):
            box.setChecked(False)

    def values(self) -> dict[str, Any]:
        return {
            "day": get_date(self.day),
            "breakfast": self.breakfast.isChecked(),
            "lunch": self.lunch.isChecked(),
            "dinner": self.dinner.isChecked(),
            "canteen_lunch": self.canteen_lunch.isChecked(),
        }

    def load(self, record: Any) -> None:
        set_date(self.day, record.day)
        self.breakfast.setChecked(bool(record.breakfast))
        self.lunch.setChecked(bool(record.lunch))
        self.dinner.setChecked(bool(record.dinner))
        self.canteen_lunch.setChecked(bool(record.canteen_lunch))

    def match_existing(self, records: Sequence[Any], values: dict[str, Any]) -> str | None:
        return next((r.id for r in records if r.day == values["day"]), None)


def _exchange_rate(text: str, currency: str) -> Decimal | str | None:
    rate = parse_decimal(text)
    if rate is None and currency.strip().upper() == "EUR":
        return Decimal(1)
    return rate


class _ReceiptForm(ReceiptDropMixin, EntryForm):
    def _add_receipt(self, store: StoreReceipt) -> None:
        self.receipt = ReceiptField(store)
        self.receipt.failed.connect(lambda text: self.show_message("attachment_id", text))
        self.receipt.changed.connect(lambda: self.show_message("attachment_id", ""))
        self.add_field("attachment_id", self.tr("&Receipt"), self.receipt)
        self.setAcceptDrops(True)

    def _load_receipt(self, record: Any, filename: str | None) -> None:
        self.receipt.set_attachment(record.attachment_id, filename)


NightsOf = Callable[[Scope], list[date]]
"""The nights of the scope's trip (see :func:`desktop_app.services.expert_day.trip_nights`)."""


class NightForm(_ReceiptForm):
    """A night of the trip, chosen from the nights it has (the first one not yet recorded is
    offered), with or without a receipt."""

    def __init__(
        self, store: StoreReceipt, nights_of: NightsOf | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.nights_of = nights_of
        self.day = self.add_field("day", self.tr("&Night of"), QComboBox())
        self.with_receipt = self.add_field("with_receipt", self.tr("&With receipt"), QCheckBox())
        self.amount = self.add_field("amount", self.tr("&Amount"), QLineEdit())
        self.currency = self.add_field("currency", self.tr("C&urrency"), code_edit(3, "EUR"))
        self.exchange_rate = self.add_field(
            "exchange_rate", self.tr("&Exchange rate (EUR per unit)"), QLineEdit()
        )
        self._add_receipt(store)
        self.with_receipt.toggled.connect(self.amount.setEnabled)

    def night_label(self, day: date) -> str:
        """ "16.11.2026 → 17.11.2026": the evening and the morning of a night."""
        return f"{format_date(day)} → {format_date(day + timedelta(days=1))}"

    def offer_nights(self, nights: Sequence[date], recorded: Sequence[date] = ()) -> None:
        """Offer ``nights``; those already recorded are marked."""
        self.day.clear()
        done = set(recorded)
        for night in nights:
            label = self.night_label(night)
            if night in done:
                label = self.tr("%1 (recorded)").replace("%1", label)
            self.day.addItem(label, night)

    def select_night(self, day: date) -> None:
        days = [self.day.itemData(i) for i in range(self.day.count())]
        index = days.index(day) if day in days else -1  # findData does not match a date
        if index < 0:  # a night no longer in the trip (its legs changed): still shown
            self.day.addItem(self.night_label(day), day)
            index = self.day.count() - 1
        self.day.setCurrentIndex(index)

    def reset(self, scope: Scope) -> None:
        nights = self.nights_of(scope) if self.nights_of else []
        self.offer_nights(nights)
        if nights:
            self.select_night(min(max(scope.day, nights[0]), nights[-1]))
        self.with_receipt.setChecked(True)
        self.amount.setEnabled(True)
        self.amount.clear()
        self.currency.setText("EUR")
        self.exchange_rate.setText("1")
        self.receipt.clear()

    def follow_up(self, scope: Scope, records: Sequence[Any]) -> None:
        """Offer the first night of the trip that is not recorded yet."""
        recorded = [r.day for r in records]
        nights = [self.day.itemData(i) for i in range(self.day.count())]
        self.offer_nights(nights, recorded)
        open_nights = [n for n in nights if n not in set(recorded)]
        if open_nights:
            self.select_night(open_nights[0])

    def values(self) -> dict[str, Any]:
        with_receipt = self.with_receipt.isChecked()
        return {
            "day": self.day.currentData(),
            "with_receipt": with_receipt,
            "amount": parse_decimal(self.amount.text()) if with_receipt else None,
            "currency": self.currency.text(),
            "exchange_rate": _exchange_rate(self.exchange_rate.text(), self.currency.text()),
            "attachment_id": self.receipt.attachment_id,
        }

    def load(self, record: Any, filename: str | None = None) -> None:
        self.select_night(record.day)
        self.with_receipt.setChecked(bool(record.with_receipt))
        self.amount.setEnabled(bool(record.with_receipt))
        self.amount.setText(format_plain(record.amount))
        self.currency.setText(record.currency or "EUR")
        self.exchange_rate.setText(format_plain(record.exchange_rate))
        self._load_receipt(record, filename)


class ExpenseForm(_ReceiptForm):
    """An expense with its receipt; drop an image or PDF anywhere on the form to attach it."""

    def __init__(self, store: StoreReceipt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = self.add_field("day", self.tr("&Date"), date_edit())
        self.category = self.add_field("category", self.tr("&Category"), QComboBox())
        _fill_combo(self.category, EXPENSE_CATEGORIES)
        self.description = self.add_field("description", self.tr("De&scription"), QLineEdit())
        self.amount = self.add_field("amount", self.tr("&Amount"), QLineEdit())
        self.currency = self.add_field("currency", self.tr("C&urrency"), code_edit(3, "EUR"))
        self.exchange_rate = self.add_field(
            "exchange_rate", self.tr("&Exchange rate (EUR per unit)"), QLineEdit()
        )
        self.paid_by = self.add_field("paid_by", self.tr("&Paid by"), QComboBox())
        self.paid_by.addItem(self.tr("me"), "traveller")
        self.paid_by.addItem(self.tr("the office (booked for me)"), "office")
        self._add_receipt(store)

    def reset(self, scope: Scope) -> None:
        set_date(self.day, scope.day)
        _select(self.paid_by, "traveller")
        _select(self.category, ExpenseCategory.LOCAL_TRANSPORT)
        self.description.clear()
        self.amount.clear()
        self.currency.setText("EUR")
        self.exchange_rate.setText("1")
        self.receipt.clear()

    def values(self) -> dict[str, Any]:
        return {
            "day": get_date(self.day),
            "category": self.category.currentData(),
            "description": self.description.text(),
            "amount": parse_decimal(self.amount.text()),
            "currency": self.currency.text(),
            "exchange_rate": _exchange_rate(self.exchange_rate.text(), self.currency.text()),
            "attachment_id": self.receipt.attachment_id,
            "paid_by": self.paid_by.currentData(),
        }

    def load(self, record: Any, filename: str | None = None) -> None:
        set_date(self.day, record.day)
        _select(self.paid_by, record.paid_by or "traveller")
        _select(self.category, record.category)
        self.description.setText(record.description or "")
        self.amount.setText(format_plain(record.amount))
        self.currency.setText(record.currency or "EUR")
        self.exchange_rate.setText(format_plain(record.exchange_rate))
        self._load_receipt(record, filename)
