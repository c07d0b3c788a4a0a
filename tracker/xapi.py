"""xAPI 1.0.3 statements for finished and unfinished practice sessions (for an LMS or an LRS)."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

PASS_MARK = 75.0  # "Proficient": a session passes at 75 or more without a compliance blocker
HOMEPAGE_ENV = "AMIABLE_BASE_URL"
DEFAULT_HOMEPAGE = "http://localhost:8501"
ADL = "http://adlnet.gov/expapi/verbs/"
SIMULATION = "http://adlnet.gov/expapi/activities/simulation"
STATEMENT_NAMESPACE = uuid.UUID("6f1c7a8e-5a43-4f7e-9d3e-8b1d2f0c4a11")


@dataclass(frozen=True)
class ExportRow:
    session_id: int
    trainee: str
    trainee_name: str
    teams: str
    scenario_id: str
    title: str
    locale: str
    difficulty: str
    content_hash: str
    rubric_hash: str
    status: str
    started_at: datetime
    ended_at: datetime | None
    outcome: str | None
    objective_met: bool | None
    affordable_promise: bool | None
    compliance_blocker: bool
    assisted: bool
    turns: int
    overall: float | None
    active_listening: float | None
    positive_language: float | None
    negotiation: float | None
    compliance: float | None


def homepage() -> str:
    return os.environ.get(HOMEPAGE_ENV, DEFAULT_HOMEPAGE).rstrip("/")


def iso(moment: datetime) -> str:
    return (
        moment.replace(microsecond=(moment.microsecond // 1000) * 1000).isoformat(timespec="milliseconds")
        + "Z"
    )


def verb(row: ExportRow) -> str:
    if row.status != "finished":
        return "attempted"
    if row.overall is None:
        return "completed"
    return "passed" if passed(row) else "failed"


def passed(row: ExportRow) -> bool:
    return row.overall is not None and row.overall >= PASS_MARK and not row.compliance_blocker


def _duration(row: ExportRow) -> str | None:
    if row.ended_at is None:
        return None
    seconds = max((row.ended_at - row.started_at).total_seconds(), 0.0)
    return f"PT{seconds:.2f}S"


def statement(row: ExportRow, site: str | None = None) -> dict[str, Any]:
    site = site or homepage()
    action = verb(row)
    language = "fr-FR" if row.locale.startswith("fr") else "en-US"
    result: dict[str, Any] = {"completion": row.status == "finished"}
    if row.overall is not None:
        result["score"] = {"scaled": round(row.overall / 100.0, 4), "raw": row.overall, "min": 0, "max": 100}
        result["success"] = passed(row)
    duration = _duration(row)
    if duration:
        result["duration"] = duration
    return {
        "id": str(uuid.uuid5(STATEMENT_NAMESPACE, f"{site}/sessions/{row.session_id}/{action}")),
        "actor": {
            "objectType": "Agent",
            "name": row.trainee_name or row.trainee,
            "account": {"homePage": site, "name": row.trainee},
        },
        "verb": {"id": ADL + action, "display": {"en-US": action}},
        "object": {
            "objectType": "Activity",
            "id": f"{site}/scenarios/{row.scenario_id}",
            "definition": {"name": {language: row.title or row.scenario_id}, "type": SIMULATION},
        },
        "result": result,
        "context": {
            "platform": "Amiable",
            "language": language,
            "extensions": {
                f"{site}/xapi/session": row.session_id,
                f"{site}/xapi/content-hash": row.content_hash,
                f"{site}/xapi/rubric-hash": row.rubric_hash,
                f"{site}/xapi/outcome": row.outcome,
            },
        },
        "timestamp": iso(row.ended_at or row.started_at),
    }
