"""The calculator's inputs: travel legs, meals provided, nights. Datetimes are naive local times."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from desktop_app.services.per_diem.money import PerDiemError, country_code, to_decimal


@dataclass(frozen=True)
class Leg:
    """One travel leg.

    ``border_crossing_at`` is the local time at which the arrival country is reached (by air:
    the landing time); when None, ``arrival_at`` is used. ``rate_place`` is the row of the rate
    table chosen for the arrival place ("Sydney"; ``"*"`` for the rest of the country, "im
    Übrigen"); None lets the calculator match ``arrival_place`` against the table's city rows.
    """

    departure_at: datetime
    departure_place: str
    departure_country: str
    arrival_at: datetime
    arrival_place: str
    arrival_country: str
    border_crossing_at: datetime | None = None
    mode: str = "air"
    rate_place: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "departure_country", country_code(self.departure_country))
        object.__setattr__(self, "arrival_country", country_code(self.arrival_country))

    @property
    def reached_at(self) -> datetime:
        """Local time at which the arrival country is reached."""
        return self.border_crossing_at if self.border_crossing_at is not None else self.arrival_at


@dataclass(frozen=True)
class MealsProvided:
    """Meals provided free of charge on a day (also when included in ticket or hotel price);
    ``canteen_lunch``: lunch taken (and paid) in a canteen (ARVVwV Art. 2 Abs. 1)."""

    day: date
    breakfast: bool = False
    lunch: bool = False
    dinner: bool = False
    canteen_lunch: bool = False


@dataclass(frozen=True)
class Night:
    """The night starting on the evening of ``day``; ``cost_eur`` is required with a receipt."""

    day: date
    with_receipt: bool
    cost_eur: Decimal | None = None

    def __post_init__(self) -> None:
        if self.cost_eur is not None:
            cost = to_decimal(self.cost_eur, "Night.cost_eur")
            if cost < 0:
                raise PerDiemError(
                    f"Lodging cost for the night of {self.day.isoformat()} "
                    f"must not be negative ({cost})."
                )
            object.__setattr__(self, "cost_eur", cost)
