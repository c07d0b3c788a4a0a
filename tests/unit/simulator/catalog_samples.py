"""Small valid persona and scenario documents, written as YAML where a test needs them."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

PERSONA: dict[str, Any] = {
    "id": "fr-test-persona",
    "locale": "fr",
    "name": "Alice Test",
    "segment": {"ability": "able", "willingness": "willing", "overlays": ["forgetful"]},
    "background": "Salariée, a oublié une facture.",
    "debt": {
        "creditor": "Énergie Test",
        "kind": "energy",
        "amount": 120.0,
        "currency": "EUR",
        "reference": "ET-2026-00001",
        "due_date": "2026-09-20",
        "days_past_due": 30,
        "payment_history": "Toujours à l'heure.",
    },
    "finances": {
        "monthly_income": 2000,
        "essential_expenses": 1500,
        "monthly_capacity": 200,
        "lump_sum_now": 120,
    },
    "hidden_facts": [
        {
            "id": "new_bank",
            "text": ["J'ai changé de banque."],
            "reveal": {"after_open_question": True},
            "cues": ["banque", "compte"],
        },
        {
            "id": "holiday",
            "text": ["J'étais en vacances."],
            "reveal": {"min_trust": 0.5},
            "cues": ["vacances"],
            "constraint": False,
        },
    ],
    "emotion": {"anger": 0.1, "anxiety": 0.2, "shame": 0.3, "trust": 0.5, "cooperation": 0.7},
    "voice": {"accept": ["D'accord pour {offer}."]},
}

SCENARIO: dict[str, Any] = {
    "id": "fr-test-scenario",
    "locale": "fr",
    "persona": "fr-test-persona",
    "title": "Un scénario de test",
    "brief": "Appelez Mme Test.",
    "difficulty": "easy",
    "objective": {"kind": "full_payment", "description": "Le solde réglé sous 7 jours."},
}


def persona(**changes: Any) -> dict[str, Any]:
    return {**copy.deepcopy(PERSONA), **changes}


def scenario(**changes: Any) -> dict[str, Any]:
    return {**copy.deepcopy(SCENARIO), **changes}


def write(path: Path, document: dict[str, Any] | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = (
        document
        if isinstance(document, str)
        else yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    )
    path.write_text(text, encoding="utf-8")
    return path


def stand_in_shipped_content(root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Replace the shipped content with one persona and one scenario under ``root``."""
    from simulator import catalog

    write(root / "personas" / "fr" / "persona.yaml", persona())
    write(root / "scenarios" / "fr" / "scenario.yaml", scenario())
    monkeypatch.setattr(catalog, "shipped_folder", lambda package: root / package)
    catalog.clear_cache()
    return root
