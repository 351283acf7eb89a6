"""Validators for every syncable model, registered with :func:`desktop_app.services.crud.register`.

Importing this package registers them all; :mod:`desktop_app.services.crud` does so on first use.
One module per aggregate, each validator a short list of calls to the shared checks in
:mod:`._checks`. Every message names the problem, shows the offending value and says how to fix it.
"""

from desktop_app.services.validators import (
    activities,
    claims,
    parties,
    partnership,
    reference_data,
    reports,
    travel,
    workplan,
)

__all__ = [
    "activities",
    "claims",
    "parties",
    "partnership",
    "reference_data",
    "reports",
    "travel",
    "workplan",
]
