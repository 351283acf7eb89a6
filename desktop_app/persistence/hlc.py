"""Hybrid logical clock (HLC): wall-clock milliseconds with a logical counter, packed in one int.

A timestamp is ``(milliseconds since 1970 UTC) << 16 | counter``. ``tick`` returns a value
greater than both the wall clock and every timestamp seen so far; ``observe`` folds in a remote
timestamp so the next local tick is later than it. Timestamps therefore respect causality
(an edit made after seeing another has a larger clock) while staying close to real time.

Remote clocks are not trusted (DESIGN.md §5.11): a timestamp must lie in ``1 … MAX_HLC`` (the
64-bit signed integer SQLite stores) or the bundle is damaged, and a change whose clock lies
more than the allowed drift ahead of the receiver's wall clock is refused (sync's importer).
``observe`` never moves the clock beyond ``wall + drift`` either, so one bad value cannot push
every later local edit into the future.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

COUNTER_BITS = 16
EPOCH = datetime(1970, 1, 1)
MAX_HLC = 2**63 - 1
"""The largest timestamp of the format (a signed 64-bit integer)."""
DEFAULT_DRIFT = timedelta(minutes=10)
"""How far a remote clock may be ahead of ours (``clock_drift_minutes`` in preferences.json)."""


def in_range(value: object) -> bool:
    """Whether ``value`` is a timestamp of the format: an int in ``1 … MAX_HLC``."""
    return type(value) is int and 0 < value <= MAX_HLC


def hlc_of(moment: datetime) -> int:
    """The smallest timestamp at ``moment`` (counter 0)."""
    return wall_millis(moment) << COUNTER_BITS


def wall_millis(moment: datetime) -> int:
    """Milliseconds since 1970 for a naive-UTC (or aware) datetime."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return int((moment - EPOCH).total_seconds() * 1000)


def hlc_to_datetime(hlc: int) -> datetime:
    """The wall-clock part of an HLC as naive UTC datetime (for display and ``modified_at``);
    clamped to the years datetime can hold."""
    try:
        return EPOCH + timedelta(milliseconds=hlc >> COUNTER_BITS)
    except OverflowError:
        return datetime.max if hlc > 0 else EPOCH


class HybridClock:
    """A thread-safe HLC driven by an injectable wall clock (naive UTC datetimes)."""

    def __init__(
        self, wall: Callable[[], datetime], last: int = 0, drift: timedelta = DEFAULT_DRIFT
    ) -> None:
        self._wall = wall
        self._last = last
        self.drift = drift
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
        """Fold in a timestamp received from another node; never beyond the wall clock plus
        the allowed drift (a later value counts as that limit)."""
        limit = hlc_of(self._wall() + self.drift) | ((1 << COUNTER_BITS) - 1)
        with self._lock:
            self._last = max(self._last, min(remote, limit))

    def follow(self, held: int) -> None:
        """Make the next tick later than ``held``, a timestamp this node already holds (the
        value a local edit replaces, accepted under the drift rule when it arrived)."""
        with self._lock:
            self._last = max(self._last, held)
