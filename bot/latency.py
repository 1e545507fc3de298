"""p50 and p99 of timing samples, the way every `make bench` table reports them."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


def percentiles_ms(samples: Sequence[float]) -> tuple[float, float]:
    """Median and 99th percentile (nearest rank) of samples in seconds, in milliseconds."""
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[round(0.99 * (len(ordered) - 1))] * 1000


BENCH_TODAY = date(2026, 11, 25)
"""The date every bench asks on, so runs compare (the golden questions' dates assume it)."""


@dataclass(frozen=True)
class Row:
    """One line of a `make bench` table: what was measured, at what size, p50 and p99, a note."""

    name: str
    size: str
    p50_ms: float
    p99_ms: float
    note: str = ""
