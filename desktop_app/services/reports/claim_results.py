"""Per diems and lodging of many claims at once, each computed only once for the same inputs.

The per-diem calculator applies the BRKG/ARV rules day by day (a ten-day trip is some twenty
lines with their explanations); doing that for every claim of a large office at every export
costs more than writing the whole workbook. So the reports keep each result in the local table
``report_claim_results`` under a *fingerprint*: a SHA-256 over

- the claim's calculator inputs exactly as stored (every column the calculator reads of its
  live travel legs, meals provided and nights, as the database holds them),
- the whole per-diem rate table (rates, official tables, the tables shipped with PartnerDesk),
- the rule set (every parameter of :class:`desktop_app.services.per_diem.RuleSet`),
- the source of the calculator and of the code that reads its inputs and rates.

Any change to any of them gives another fingerprint, so a stored result is only ever read for
the very inputs it was computed from; the amounts are those the calculator gives (tests compare
every claim with :func:`desktop_app.services.mission_claims.per_diem_for_mission`). Rows hold no
record id or name, are never synced, and are pruned after :data:`KEEP_DAYS`. If the results
cannot be stored (a locked or full disk), the report is still complete: the claims are computed
again next time.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, cast

from sqlalchemy import String, Table, delete, select, type_coerce
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop_app.models import PerDiemRate, PerDiemTable, ReportClaimResult
from desktop_app.services import per_diem
from desktop_app.services.per_diem import FEDERAL_RULES, PerDiemError, RuleSet

log = logging.getLogger(__name__)

FORMAT = b"partnerdesk-claim-results-1"
KEEP_DAYS = 180
"""Stored results not computed again for this long are removed (inputs long changed)."""
CHUNK = 500
"""Fingerprints per ``IN (…)`` when reading stored results."""

Result = tuple[Decimal, Decimal, str | None]
"""(per diems, lodging, why not computable or None)."""


def raw(column: Any) -> Any:
    """A column read as the database holds it (no conversion), for fingerprints."""
    return type_coerce(column, String)


def _datetime(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _date(value: Any) -> date:
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


@dataclass
class ClaimInputs:
    """One claim's live legs, meals and nights as stored: tuples of the raw column values in
    the order of ``claims._LEG``, ``_MEALS`` and ``_NIGHT``."""

    legs: list[tuple[Any, ...]]
    meals: list[tuple[Any, ...]]
    nights: list[tuple[Any, ...]]

    def signature(self) -> str:
        """The inputs as one text (``repr`` quotes every value): rows sorted, parts apart."""
        parts = (self.legs, self.meals, self.nights)
        return "\x1e".join(repr(sorted(map(repr, part))) for part in parts)

    def calculator_inputs(
        self,
    ) -> tuple[list[per_diem.Leg], list[per_diem.MealsProvided], list[per_diem.Night]]:
        """Converted as :func:`desktop_app.services.mission_claims.calculator_inputs` does."""
        legs = [
            per_diem.Leg(
                departure_at=_datetime(dep_at),  # type: ignore[arg-type]
                departure_place=dep_place,
                departure_country=dep_country,
                arrival_at=_datetime(arr_at),  # type: ignore[arg-type]
                arrival_place=arr_place,
                arrival_country=arr_country,
                border_crossing_at=_datetime(crossing),
                mode=mode,
                rate_place=rate_place,
            )
            for (
                dep_at,
                dep_place,
                dep_country,
                arr_at,
                arr_place,
                arr_country,
                crossing,
                mode,
                rate_place,
            ) in self.legs
        ]
        meals = [
            per_diem.MealsProvided(
                day=_date(day),
                breakfast=bool(int(breakfast)),
                lunch=bool(int(lunch)),
                dinner=bool(int(dinner)),
                canteen_lunch=bool(int(canteen or 0)),
            )
            for day, breakfast, lunch, dinner, canteen in self.meals
        ]
        nights = []
        for day, with_receipt, amount, rate in self.nights:
            cost = None
            if amount is not None:
                factor = Decimal(str(rate)) if rate is not None else Decimal(1)
                cost = per_diem.money(Decimal(str(amount)) * factor)
            nights.append(
                per_diem.Night(day=_date(day), with_receipt=bool(int(with_receipt)), cost_eur=cost)
            )
        return legs, meals, nights


_CODE = (
    "services/per_diem",
    "services/mission_claims.py",
    "services/rate_tables/shipped.py",
    "services/reports/claim_results.py",
)


@cache
def code_fingerprint() -> bytes:
    """SHA-256 of the calculator's source and of the code reading its inputs and rates (a new
    version of either never reads results of the old); the version number where there is no
    source to read."""
    import desktop_app

    root = Path(desktop_app.__file__).parent
    digest = hashlib.sha256(FORMAT)
    try:
        for name in _CODE:
            path = root / name
            files = sorted(path.glob("*.py")) if path.is_dir() else [path]
            for file in files:
                digest.update(file.name.encode())
                digest.update(file.read_bytes())
    except OSError:
        digest.update(f"version {getattr(desktop_app, '__version__', '')}".encode())
    return digest.digest()


def rates_fingerprint(session: Session) -> bytes:
    """SHA-256 of every live rate and official table as stored, and the shipped tables."""
    from desktop_app.services.rate_tables.shipped import shipped_tables

    digest = hashlib.sha256()
    rates = session.execute(
        select(
            *(
                raw(c)
                for c in (
                    PerDiemRate.country,
                    PerDiemRate.city,
                    PerDiemRate.valid_from,
                    PerDiemRate.daily_allowance,
                    PerDiemRate.lodging_cap,
                    PerDiemRate.origin,
                    PerDiemRate.is_sample,
                    PerDiemRate.source,
                )
            )
        ).where(PerDiemRate.deleted_at.is_(None))
    )
    digest.update("\x1f".join(sorted(map(repr, rates))).encode())
    tables = session.execute(
        select(
            raw(PerDiemTable.valid_from),
            raw(PerDiemTable.title),
            raw(PerDiemTable.reference),
            raw(PerDiemTable.complete),
        ).where(PerDiemTable.deleted_at.is_(None))
    )
    digest.update(b"\x1e" + "\x1f".join(sorted(map(repr, tables))).encode())
    digest.update(b"\x1e" + repr(shipped_tables()).encode())
    return digest.digest()


class ClaimResults:
    """Per diems and lodging for many claims: stored results for known inputs, the calculator
    (and storing its result) for the others."""

    def __init__(
        self,
        session: Session,
        rules: RuleSet = FEDERAL_RULES,
        *,
        store: bool = True,
        today: date | None = None,
    ) -> None:
        self.session = session
        self.rules = rules
        self.store = store
        self.today = today or date.today()
        self.computed = 0
        """How many claims the calculator computed in the last :meth:`compute`."""

    def _known(self, fingerprints: Iterable[str]) -> dict[str, Result]:
        found: dict[str, Result] = {}
        wanted = sorted(set(fingerprints))
        table = ReportClaimResult
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            for fingerprint, allowance, lodging, problem in self.session.execute(
                select(table.fingerprint, table.per_diem, table.lodging, table.problem).where(
                    table.fingerprint.in_(chunk)
                )
            ):
                found[fingerprint] = (Decimal(allowance), Decimal(lodging), problem)
        return found

    def _keep(self, new: Mapping[str, Result]) -> None:
        if not new:
            return
        bind = self.session.get_bind()
        insert: Callable[[Table], Any]
        if bind.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        rows = [
            {
                "fingerprint": fingerprint,
                "per_diem": str(allowance),
                "lodging": str(lodging),
                "problem": problem,
                "computed_on": self.today,
            }
            for fingerprint, (allowance, lodging, problem) in new.items()
        ]
        table = cast(Table, ReportClaimResult.__table__)
        try:
            with self.session.begin_nested():
                self.session.execute(insert(table).on_conflict_do_nothing(), rows)
                self.session.execute(
                    delete(table).where(
                        table.c.computed_on < self.today - timedelta(days=KEEP_DAYS)
                    )
                )
        except DBAPIError as exc:  # locked, read-only or full: computed again next time
            log.warning("Per-diem results not kept for the next report: %s", exc)

    def compute(
        self,
        signatures: Mapping[tuple[str, str], str],
        load: Callable[[set[tuple[str, str]]], Mapping[tuple[str, str], ClaimInputs]],
    ) -> dict[tuple[str, str], Result]:
        """The result of every claim (by (mission id, person id)): ``signatures`` are their
        inputs as stored, one text each; ``load`` reads the inputs of the claims to compute."""
        if not signatures:
            self.computed = 0
            return {}
        context = hashlib.sha256(
            code_fingerprint() + repr(self.rules).encode() + rates_fingerprint(self.session)
        ).digest()
        fingerprints = {
            key: hashlib.sha256(context + text.encode()).hexdigest()
            for key, text in signatures.items()
        }
        known = self._known(fingerprints.values())
        missing = {key: fp for key, fp in fingerprints.items() if fp not in known}
        new: dict[str, Result] = {}
        if missing:
            from desktop_app.services.mission_claims import rate_table

            rates = rate_table(self.session)
            inputs = load(set(missing))
            for key, fingerprint in missing.items():
                if fingerprint in new:
                    continue
                legs, meals, nights = inputs[key].calculator_inputs()
                try:
                    result = per_diem.calculate_per_diem(
                        legs, meals, nights, rates=rates, rules=self.rules
                    )
                    new[fingerprint] = (
                        result.allowance_total,
                        result.lodging_total,
                        result.incomplete_reason() or None,  # a lodging cap not in the table
                    )
                except PerDiemError as exc:
                    new[fingerprint] = (Decimal("0.00"), Decimal("0.00"), str(exc))
            if self.store:
                self._keep(new)
        self.computed = len(new)
        known.update(new)
        return {key: known[fp] for key, fp in fingerprints.items()}
