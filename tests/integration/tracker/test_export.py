from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta

import pytest

from tests.integration.tracker.conftest import Org, play
from tracker.errors import InvalidInput, NotFound, PermissionDenied
from tracker.services import export, practice


def test_the_csv_has_one_line_per_session_with_scores_and_hashes(org: Org) -> None:
    play(org, org.alice, 80.0, negotiation=70.0)
    practice.start_session(org.uow, org.carol, org.hard_version_id)

    rows = list(csv.DictReader(io.StringIO(export.to_csv(export.export_rows(org.uow, org.admin)))))

    assert [(r["trainee"], r["status"], r["teams"]) for r in rows] == [
        ("alice", "finished", "north"),
        ("carol", "in_progress", "south"),
    ]
    assert rows[0]["overall"] == "80.0" and rows[0]["negotiation"] == "70.0"
    assert rows[0]["content_hash"] == "a" * 64 and rows[0]["turns"] == "2"


def test_xapi_statements_carry_actor_verb_object_scaled_score_and_timestamp(org: Org) -> None:
    play(org, org.alice, 80.0)
    play(org, org.bob, 40.0, version_id=org.hard_version_id)
    practice.start_session(org.uow, org.alice, org.version_id)

    statements = json.loads(export.to_xapi(export.export_rows(org.uow, org.manager1, team="north")))

    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in statements]
    assert verbs == ["passed", "failed", "attempted"]
    first = statements[0]
    assert first["actor"]["account"]["name"] == "alice" and first["actor"]["account"]["homePage"].startswith(
        "http"
    )
    assert first["object"]["id"].endswith("/scenarios/fr-oubli-facile")
    assert first["result"]["score"]["scaled"] == 0.8 and first["result"]["success"] is True
    assert datetime.fromisoformat(first["timestamp"].replace("Z", "+00:00"))
    assert "score" not in statements[2]["result"]


def test_the_export_is_limited_to_what_the_actor_may_read(org: Org) -> None:
    play(org, org.alice, 80.0)
    play(org, org.carol, 70.0)
    assert [r.trainee for r in export.export_rows(org.uow, org.trainer2)] == ["carol"]
    assert [r.trainee for r in export.export_rows(org.uow, org.alice)] == ["alice"]
    with pytest.raises(PermissionDenied):
        export.export_rows(org.uow, org.trainer2, team="north")
    with pytest.raises(InvalidInput, match="no practice sessions"):
        export.export_rows(org.uow, org.bob)


def test_an_export_with_no_data_or_an_unknown_team_says_so(org: Org) -> None:
    with pytest.raises(InvalidInput, match="no practice sessions to export for team 'north'"):
        export.export_rows(org.uow, org.admin, team="north")
    play(org, org.alice, 80.0)
    tomorrow = datetime.now() + timedelta(days=1)
    with pytest.raises(InvalidInput, match="since"):
        export.export_rows(org.uow, org.admin, since=tomorrow)
    with pytest.raises(NotFound):
        export.export_rows(org.uow, org.admin, team="west")
