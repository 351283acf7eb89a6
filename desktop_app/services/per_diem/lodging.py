"""Lodging of one night: at home (BRKG § 7), abroad with receipt up to column 3 of the table
(ARV § 3 Abs. 1 Satz 1), abroad without receipt at the flat amount of the table's year (ARVVwV
Art. 2), and the longer-stay and in-transit rules.

A table row whose column 3 is not verified yet (``Rate.lodging_cap`` None) is never paid blindly:
a night with receipt there (or a flat amount that is a share of column 3) becomes a line marked
``cap_missing`` with amount 0.00 that says what to do (HQ imports the official table); the result
then reports itself incomplete. A night without receipt under the 2026 table (30 euros flat,
ARVVwV of 22.10.2025 Art. 2 Abs. 2) does not need column 3 and is paid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.services.per_diem.explain import Explanation
from desktop_app.services.per_diem.inputs import Night
from desktop_app.services.per_diem.money import ZERO, money, percent_of
from desktop_app.services.per_diem.results import LodgingLine

if TYPE_CHECKING:
    from desktop_app.services.per_diem.calculator import _Calculator


def _domestic(calc: _Calculator, night: Night, country: str, place: str) -> LodgingLine:
    rules, trip = calc.rules, calc.trip
    day = night.day
    cost = money(night.cost_eur) if night.cost_eur is not None else None
    _before, stop, _today = trip.by_day[day]
    stay = trip.stay_day(day, stop.key)
    long_stay = stay is not None and stay[0] > rules.long_stay_after_days
    notes: list[Explanation] = []
    if night.with_receipt:
        assert cost is not None
        cap = None if rules.domestic_lodging_cap is None else money(rules.domestic_lodging_cap)
        if cap is None or cost <= cap:
            notes.append(calc.explain("lodging.domestic_at_cost", country=country))
            amount = cost
        else:
            notes.append(
                calc.explain("lodging.domestic_capped", country=country, cost=cost, cap=cap)
            )
            amount = cap
        return LodgingLine(day, country, True, cost, cap, amount, None, tuple(notes), "", place)
    if long_stay and rules.long_stay_no_lodging_flat:
        assert stay is not None
        notes.append(calc.explain("lodging.long_stay_no_flat", day=stay[0]))
        return LodgingLine(day, country, False, cost, None, ZERO, None, tuple(notes), "", place)
    flat = money(rules.lodging_flat_without_receipt)
    notes.append(calc.explain("lodging.domestic_flat", country=country, amount=flat))
    return LodgingLine(day, country, False, cost, None, flat, None, tuple(notes), "", place)


def night_line(calc: _Calculator, night: Night) -> LodgingLine:
    """The lodging line of ``night`` with the rules applied."""
    rules, trip = calc.rules, calc.trip
    day = night.day
    _before, stop, _today = trip.by_day[day]
    country, place = stop.country, stop.place
    cost = money(night.cost_eur) if night.cost_eur is not None else None
    stay = trip.stay_day(day, stop.key)
    long_stay = stay is not None and stay[0] > rules.long_stay_after_days
    notes: list[Explanation] = []
    in_transit = day in trip.long_flight or day in trip.on_the_way
    if not night.with_receipt and in_transit:
        notes.append(calc.explain("lodging.in_transit"))
        return LodgingLine(day, country, False, cost, None, ZERO, None, tuple(notes), "", place)
    if country == rules.home_country:
        return _domestic(calc, night, country, place)

    choice = calc.rates.lookup(country, day, place=place, rate_place=stop.rate_place)
    rate = choice.rate
    fallback_from = country if rate.country != country else None
    notes.extend(calc.rate_notes(choice))

    def line(with_receipt: bool, cap: object, amount: object, missing: bool = False) -> LodgingLine:
        return LodgingLine(
            day,
            country,
            with_receipt,
            cost,
            cap,  # type: ignore[arg-type]
            amount,  # type: ignore[arg-type]
            fallback_from,
            tuple(notes),
            rate.city,
            place,
            cap_missing=missing,
        )

    def missing_cap() -> LodgingLine:
        table = calc.rates.table_start(day)
        notes.append(
            calc.explain(
                "lodging.cap_missing",
                country=rate.country,
                valid_from=table if table is not None else rate.valid_from,
            )
        )
        return line(night.with_receipt, None, ZERO, missing=True)

    edition = rules.edition(day)
    needs_cap = night.with_receipt or (
        edition.lodging_flat_percent is not None
        and not (long_stay and rules.long_stay_no_lodging_flat)
    )
    if needs_cap and rate.lodging_cap is None:
        return missing_cap()
    cap = money(rate.lodging_cap) if rate.lodging_cap is not None else None
    if cap is not None and long_stay and rules.long_stay_lodging_percent != 100:
        assert stay is not None
        cap = percent_of(cap, rules.long_stay_lodging_percent)
        notes.append(
            calc.explain(
                "lodging.long_stay_reduced", day=stay[0], percent=rules.long_stay_lodging_percent
            )
        )
    if night.with_receipt:
        assert cost is not None and cap is not None
        if cost > cap:
            notes.append(calc.explain("lodging.receipt_capped", cost=cost, cap=cap))
            return line(True, cap, cap)
        notes.append(calc.explain("lodging.receipt_at_cost", cap=cap))
        return line(True, cap, cost)
    if long_stay and rules.long_stay_no_lodging_flat:
        assert stay is not None
        notes.append(calc.explain("lodging.long_stay_no_flat", day=stay[0]))
        return line(False, None, ZERO)
    maximum = money(edition.lodging_flat_max)
    if edition.lodging_flat_percent is None:
        amount = maximum
        if long_stay and rules.long_stay_lodging_percent != 100:
            amount = percent_of(amount, rules.long_stay_lodging_percent)
            if cap is None:  # the reduction's note was not added with a cap
                assert stay is not None
                notes.append(
                    calc.explain(
                        "lodging.long_stay_reduced",
                        day=stay[0],
                        percent=rules.long_stay_lodging_percent,
                    )
                )
        notes.append(Explanation("lodging.foreign_flat", {"amount": amount}, edition.source))
        return line(False, None, amount)
    assert cap is not None
    amount = min(percent_of(cap, edition.lodging_flat_percent), maximum)
    notes.append(
        Explanation(
            "lodging.foreign_flat_share",
            {"percent": edition.lodging_flat_percent, "cap": cap, "max": maximum},
            edition.source,
        )
    )
    return line(False, None, amount)
