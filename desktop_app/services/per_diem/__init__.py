"""Per-diem (Tagegeld) and lodging calculation for travel abroad and at home.

The default rule set ``FEDERAL_RULES`` is the federal law (BRKG / ARV / ARVVwV) as data in
``resources/per_diem_rules/federal.json``; a Land's rules are another file (``BAVARIA_RULES``).
The result is a line-by-line breakdown (day, country, rate, percentage, deductions, amount) in
which each line names the rules it applied (:class:`Explanation`: code, parameters, source).

All money is ``decimal.Decimal`` rounded to the cent with ``ROUND_HALF_UP``; floats are rejected.
All datetimes are naive local times of the place concerned. See ``docs/per-diem.md``.
"""

from desktop_app.services.per_diem.calculator import calculate_per_diem
from desktop_app.services.per_diem.explain import Explanation, english, english_note
from desktop_app.services.per_diem.inputs import Leg, MealsProvided, Night
from desktop_app.services.per_diem.money import CENT, ZERO, PerDiemError, money
from desktop_app.services.per_diem.places import ELSEWHERE
from desktop_app.services.per_diem.rates import (
    HQ,
    OFFICIAL,
    ORIGINS,
    SAMPLE,
    Rate,
    RateChoice,
    RateTable,
    TableEdition,
)
from desktop_app.services.per_diem.results import LodgingLine, PerDiemLine, PerDiemResult
from desktop_app.services.per_diem.rules import (
    BAVARIA_RULES,
    FEDERAL_RULES,
    ForeignEdition,
    HourStep,
    RuleSet,
    claim_deadline,
    load_rule_set,
)

__all__ = [
    "BAVARIA_RULES",
    "CENT",
    "ELSEWHERE",
    "FEDERAL_RULES",
    "HQ",
    "OFFICIAL",
    "ORIGINS",
    "SAMPLE",
    "ZERO",
    "Explanation",
    "ForeignEdition",
    "HourStep",
    "Leg",
    "LodgingLine",
    "MealsProvided",
    "Night",
    "PerDiemError",
    "PerDiemLine",
    "PerDiemResult",
    "Rate",
    "RateChoice",
    "RateTable",
    "RuleSet",
    "TableEdition",
    "calculate_per_diem",
    "claim_deadline",
    "english",
    "english_note",
    "load_rule_set",
    "money",
]
