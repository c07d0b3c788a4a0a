"""Speed of offer parsing and of loading the catalogue; prints JSON (medians, machine noted).

Run: .venv/bin/python -m bench.offers
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
from collections.abc import Callable

from bench.machine import describe
from bench.timing import median_ms
from scoring.offers import parse_offer
from simulator.catalog import clear_cache, load_catalog

SENTENCES = [
    ("fr", "Je peux mettre 50 euros dès vendredi puis 50 par mois, par virement."),
    ("fr", "Je vous propose de régler la totalité, soit 186,40 €, le 5 décembre par carte bancaire."),
    ("fr", "Bonjour Monsieur Martin, je vous appelle au sujet de votre dossier EH-2026-48213."),
    ("fr", "Je comprends, ce n'est pas facile en ce moment. Qu'est-ce qui serait possible pour vous ?"),
    ("en", "I can do 40 a month starting the 15th by direct debit."),
    ("en", "Could you pay the full balance of $186.40 by next Friday?"),
    ("en", "I hear you, that sounds like a really hard month."),
]


def _median_microseconds(call: Callable[[], object], repeat: int) -> float:
    return round(median_ms(call, repeat) * 1000, 1)


def main() -> None:
    today = dt.date(2026, 10, 28)
    per_sentence = {
        text[:40]: _median_microseconds(
            lambda lang=lang, text=text: parse_offer(text, lang, today, 186.40), 2000
        )
        for lang, text in SENTENCES
    }

    def cold_load() -> None:
        clear_cache()
        load_catalog()

    load_catalog()
    figures = {
        "machine": describe(),
        "parse_offer_median_us": per_sentence,
        "parse_offer_median_us_overall": statistics.median(per_sentence.values()),
        "load_catalog_cold_ms": round(_median_microseconds(cold_load, 20) / 1000, 2),
        "load_catalog_cached_ms": round(_median_microseconds(load_catalog, 200) / 1000, 3),
        "scenarios": len(load_catalog().scenarios),
        "personas": len(load_catalog().personas),
    }
    print(json.dumps(figures, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
