"""What every bench notes about the machine it ran on, with a fixed reference workload.

Machines of the same kind (same core count, same CPU name) have been seen to differ by a factor of two or more
in single-thread speed from one day to the next. ``reference_workload_ms`` times the same pure-Python work
every time, so figures from two machines can be compared: divide each by its machine's reference time.
"""

from __future__ import annotations

import os
import platform
from pathlib import Path
from typing import Any

from bench.timing import median_ms

_REFERENCE_WORDS = ("solde", "échéance", "versement", "prélèvement", "acompte", "relance", "créance")


def _reference_work() -> int:
    """String, dict and integer work of the kind the scorer does, always the same."""
    seen: dict[str, int] = {}
    total = 0
    for i in range(200_000):
        word = _REFERENCE_WORDS[i % len(_REFERENCE_WORDS)]
        key = f"{word}-{i % 97}"
        seen[key] = seen.get(key, 0) + len(word)
        total += i * 3 % 7
    return total + len(seen)


def reference_workload_ms(repeats: int = 5) -> float:
    """Median milliseconds of the reference work over ``repeats`` runs."""
    return round(median_ms(_reference_work, repeats), 1)


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def describe() -> dict[str, Any]:
    """The machine as every bench reports it: CPU, cores, Python, how busy it was, and its reference time."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {
        "platform": platform.platform(),
        "cpu": cpu_name(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        # Other work on the machine slows the wall-clock figures: note how busy it was.
        "load_average_1min_before": None if load is None else round(load, 2),
        "reference_workload_ms": reference_workload_ms(),
    }
