"""Hybrid logical clock (HLC): wall-clock milliseconds with a logical counter, packed in one int.

A timestamp is ``(milliseconds since 1970 UTC) << 16 | counter``. ``tick`` returns a value
greater than both the wall clock and every timestamp seen so far; ``observe`` folds in a remote
timestamp so the next local tick is later than it. Timestamps therefore respect causality
(an edit made after seeing another has a larger clock) while staying close to real time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime

COUNTER_BITS = 16
EPOCH = datetime(1970, 1, 1)


def wall_millis(moment: datetime) -> int:
    """Milliseconds since 1970 for a naive-UTC (or aware) datetime."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return int((moment - EPOCH).total_seconds() * 1000)


def hlc_to_datetime(hlc: int) -> datetime:
    """The wall-clock part of an HLC as naive UTC datetime (for display and ``modified_at``)."""
    from datetime import timedelta

    return EPOCH + timedelta(milliseconds=hlc >> COUNTER_BITS)


class HybridClock:
    """A thread-safe HLC driven by an injectable wall clock (naive UTC datetimes)."""

    def __init__(self, wall: Callable[[], datetime], last: int = 0) -> None:
        self._wall = wall
        self._last = last
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        return self._last

    def tick(self, moment: datetime | None = None) -> int:
        """A new timestamp for a local event at ``moment`` (default: the wall clock now)."""
        with self._lock:
            physical = wall_millis(moment or self._wall()) << COUNTER_BITS
            self._last = max(physical, self._last + 1)
            return self._last

    def observe(self, remote: int) -> None:
        """Fold in a timestamp received from another node."""
        with self._lock:
            self._last = max(self._last, remote)
