from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.integration.tracker.conftest import Org, play
from tracker.errors import NotFound, PermissionDenied
from tracker.services import kpis, progress


def test_history_lists_a_trainees_sessions_newest_first(org: Org) -> None:
    first = play(org, org.alice, 60.0)
    second = play(org, org.alice, 70.0)
    rows = progress.history(org.uow, org.alice, "alice")
    assert [r.session_id for r in rows] == [second, first]
    assert rows[0].overall == 70.0 and rows[0].scenario_id == "fr-oubli-facile" and rows[0].turn_count == 2


def test_the_trend_weights_recent_sessions_most_and_names_the_tier(org: Org) -> None:
    for score in (40.0, 80.0, 95.0):
        play(org, org.alice, score, negotiation=score - 20)

    trend = progress.skill_trend(org.uow, org.trainer1, "alice")

    assert [p.overall for p in trend.points] == [40.0, 80.0, 95.0]
    expected = round((95 + 0.8 * 80 + 0.64 * 40) / (1 + 0.8 + 0.64), 1)
    assert trend.proficiency["overall"] == expected
    assert trend.tiers["overall"] == "proficient"
    assert trend.tiers["negotiation"] == "developing"


def test_the_team_heatmap_has_one_row_per_trainee_even_without_sessions(org: Org) -> None:
    play(org, org.alice, 80.0, compliance=100.0)
    play(org, org.alice, 60.0, compliance=90.0)

    rows = {r.trainee: r for r in progress.team_heatmap(org.uow, org.manager1, "north")}

    assert set(rows) == {"alice", "bob"}
    assert rows["alice"].sessions == 2 and rows["alice"].overall == 70.0
    assert rows["alice"].scores["compliance"] == 95.0 and rows["alice"].tiers["compliance"] == "excellent"
    assert rows["bob"].sessions == 0 and rows["bob"].overall is None


def test_the_heatmap_respects_the_since_date(org: Org) -> None:
    play(org, org.alice, 80.0)
    later = datetime.now() + timedelta(days=1)
    assert progress.team_heatmap(org.uow, org.trainer1, "north", since=later)[0].sessions == 0


def test_the_cohort_comparison_sets_the_followed_teams_side_by_side(org: Org) -> None:
    play(org, org.alice, 80.0)
    play(org, org.bob, 60.0, objective_met=False)
    play(org, org.carol, 90.0)

    everyone = {r.team: r for r in progress.cohort_comparison(org.uow, org.admin)}
    mine = progress.cohort_comparison(org.uow, org.manager1)

    assert everyone["north"].overall == 70.0 and everyone["north"].trainees == 2
    assert everyone["north"].objective_met_rate == 0.5 and everyone["south"].sessions == 1
    assert [r.team for r in mine] == ["north"]


def test_kpis_give_rates_per_trainee_and_for_the_team(org: Org) -> None:
    play(org, org.alice, 80.0, turns=4)
    play(org, org.alice, 30.0, turns=2, objective_met=False, affordable=None, blocker=True)
    play(org, org.bob, 70.0, turns=6, affordable=False)
    play(org, org.carol, 90.0)

    report = kpis.simulation_kpis(org.uow, org.trainer1, team="north")

    assert report.total.name == "north" and report.total.sessions == 3
    assert report.total.objective_met_rate == round(2 / 3, 3)
    assert report.total.affordable_promise_rate == round(1 / 3, 3)
    assert report.total.compliance_blocker_rate == round(1 / 3, 3)
    assert report.total.mean_turns == 4.0
    alice = report.trainees[0]
    assert (alice.name, alice.sessions, alice.objective_met_rate, alice.mean_turns) == ("alice", 2, 0.5, 3.0)


def test_a_trainee_gets_only_their_own_kpis(org: Org) -> None:
    play(org, org.alice, 80.0)
    play(org, org.bob, 70.0)
    report = kpis.simulation_kpis(org.uow, org.bob)
    assert [r.name for r in report.trainees] == ["bob"] and report.total.sessions == 1


def test_scenario_statistics_put_the_hardest_scenario_first(org: Org) -> None:
    play(org, org.alice, 80.0)
    play(org, org.bob, 90.0)
    play(org, org.alice, 40.0, version_id=org.hard_version_id, objective_met=False)
    play(org, org.carol, 10.0, version_id=org.hard_version_id)

    stats = kpis.scenario_difficulty(org.uow, org.trainer1)

    assert [s.scenario_id for s in stats] == ["en-dispute-hard", "fr-oubli-facile"]
    assert stats[0].sessions == 1 and stats[0].mean_overall == 40.0  # carol is not in trainer1's team
    assert (
        stats[1].mean_overall == 85.0
        and stats[1].sd_overall == 5.0
        and stats[1].declared_difficulty == "easy"
    )
    assert kpis.scenario_difficulty(org.uow, org.admin)[0].sessions == 2


def test_a_trainee_cannot_read_another_trainees_progress(org: Org) -> None:
    play(org, org.alice, 80.0)
    with pytest.raises(PermissionDenied):
        progress.history(org.uow, org.bob, "alice")
    with pytest.raises(PermissionDenied):
        progress.skill_trend(org.uow, org.bob, "alice")
    with pytest.raises(PermissionDenied):
        progress.team_heatmap(org.uow, org.bob, "north")
    with pytest.raises(PermissionDenied):
        progress.cohort_comparison(org.uow, org.bob)
    with pytest.raises(PermissionDenied):
        kpis.simulation_kpis(org.uow, org.bob, team="north")
    with pytest.raises(PermissionDenied):
        kpis.scenario_difficulty(org.uow, org.bob)


def test_staff_outside_the_team_are_refused(org: Org) -> None:
    play(org, org.alice, 80.0)
    for staff in (org.trainer2, org.manager2):
        with pytest.raises(PermissionDenied):
            progress.history(org.uow, staff, "alice")
        with pytest.raises(PermissionDenied):
            progress.skill_trend(org.uow, staff, "alice")
        with pytest.raises(PermissionDenied):
            progress.team_heatmap(org.uow, staff, "north")
        with pytest.raises(PermissionDenied):
            kpis.simulation_kpis(org.uow, staff, team="north")
    assert kpis.simulation_kpis(org.uow, org.manager2).total.sessions == 0


def test_an_unknown_team_is_reported(org: Org) -> None:
    with pytest.raises(NotFound, match="unknown team"):
        progress.team_heatmap(org.uow, org.admin, "west")
