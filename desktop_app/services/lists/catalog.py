"""The lists the command line shows, by name: the window's top-level lists and the activity log.

``partnerdesk list NAME`` and the window read the same :class:`~.spec.ListSpec` through the same
:class:`~.query.ListQuery`, so they show the same rows in the same order.
"""

from __future__ import annotations

import importlib

from desktop_app.services.lists.spec import ListSpec

LISTS: dict[str, tuple[str, str]] = {
    "partnerships": ("partnerships", "PARTNERSHIPS"),
    "workplans": ("workplans", "WORKPLANS"),
    "missions": ("missions", "MISSIONS"),
    "activity_log": ("missions", "ACTIVITY_LOG"),
    "events": ("events", "EVENTS"),
    "study_trips": ("study_trips", "STUDY_TRIPS"),
    "people": ("people", "PEOPLE"),
    "institutions": ("people", "INSTITUTIONS"),
    "per_diem_rates": ("per_diem_rates", "PER_DIEM_RATES"),
}
"""Name on the command line → (module of ``desktop_app.services.lists``, attribute)."""


def list_spec(name: str) -> ListSpec:
    """The list called ``name`` (a key of :data:`LISTS`)."""
    module, attribute = LISTS[name]
    spec: ListSpec = getattr(
        importlib.import_module(f"desktop_app.services.lists.{module}"), attribute
    )
    return spec
