from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from tracker.xapi import ExportRow, statement

BASE = ExportRow(
    session_id=4, trainee="alice", trainee_name="Alice A.", teams="north", scenario_id="fr-oubli-facile",
    title="Oubli", locale="fr", difficulty="easy", content_hash="a", rubric_hash="b", status="finished",
    started_at=datetime(2026, 2, 1, 9, 0, 0), ended_at=datetime(2026, 2, 1, 9, 4, 30), outcome="agreement",
    objective_met=True, affordable_promise=True, compliance_blocker=False, assisted=False, turns=12,
    overall=82.0, active_listening=80.0, positive_language=90.0, negotiation=70.0, compliance=100.0,
)  # fmt: skip


@pytest.mark.parametrize(
    ("changes", "verb", "success"),
    [
        ({}, "passed", True),
        ({"overall": 60.0}, "failed", False),
        ({"compliance_blocker": True}, "failed", False),
        ({"overall": None}, "completed", None),
        ({"status": "in_progress", "ended_at": None, "overall": None}, "attempted", None),
    ],
)
def test_the_verb_and_success_follow_status_score_and_blockers(
    changes: dict, verb: str, success: bool | None
) -> None:
    made = statement(dataclasses.replace(BASE, **changes), "https://lms.example")
    assert made["verb"]["id"] == f"http://adlnet.gov/expapi/verbs/{verb}"
    assert made["result"].get("success") == success


def test_a_statement_names_the_learner_by_account_and_the_scenario_as_activity() -> None:
    made = statement(BASE, "https://lms.example")
    assert made["actor"] == {
        "objectType": "Agent",
        "name": "Alice A.",
        "account": {"homePage": "https://lms.example", "name": "alice"},
    }
    assert made["object"]["id"] == "https://lms.example/scenarios/fr-oubli-facile"
    assert made["object"]["definition"]["name"] == {"fr-FR": "Oubli"}
    assert made["result"]["score"]["scaled"] == 0.82 and made["result"]["duration"] == "PT270.00S"
    assert made["timestamp"] == "2026-02-01T09:04:30.000Z"


def test_the_statement_id_is_stable_so_a_second_import_does_not_duplicate() -> None:
    assert statement(BASE, "https://x")["id"] == statement(BASE, "https://x")["id"]
    assert (
        statement(BASE, "https://x")["id"]
        != statement(dataclasses.replace(BASE, session_id=5), "https://x")["id"]
    )
