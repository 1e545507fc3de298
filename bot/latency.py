"""p50 and p99 of timing samples, the way every `make bench` table reports them."""

from __future__ import annotations

import statistics
from collections.abc import Sequence


def percentiles_ms(samples: Sequence[float]) -> tuple[float, float]:
    """Median and 99th percentile (nearest rank) of samples in seconds, in milliseconds."""
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[round(0.99 * (len(ordered) - 1))] * 1000
