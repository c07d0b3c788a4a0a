"""The one timing loop the benches share."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(call: Callable[[], object], repeat: int) -> float:
    """Median wall-clock milliseconds of ``call()`` over ``repeat`` runs, unrounded."""
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)
