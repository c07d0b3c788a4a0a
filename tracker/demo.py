"""A demo organisation whose practice history is actually played by the simulator's autoplay policies.

Each trainee has a starting level and a learning rate: week after week the chance that they play like the
"skilled" policy grows, otherwise they fall back on their habit ("passive" or "pushy"). Scores, outcomes
and agreements therefore come from real conversations scored by the real scorer, not from random numbers.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from tracker.authz import OPERATOR
from tracker.errors import InvalidInput, TrackerError
from tracker.models import utcnow
from tracker.services import accounts, assignments, mentoring, practice, progress
from tracker.unit_of_work import UnitOfWork
from tracker.views import UserView

TEAMS = ("nord", "sud")
WEAK_HABITS = ("passive", "pushy")


class DemoAlreadyPresent(InvalidInput):
    """The demo accounts exist already: running again changes nothing."""


class Player(Protocol):
    def __call__(self, scenario_id: str, policy: str, seed: int) -> Any: ...


@dataclass(frozen=True)
class ScenarioInfo:
    id: str
    locale: str
    difficulty: str
    title: str


@dataclass(frozen=True)
class DemoPlan:
    trainees: int = 8
    trainers: int = 2
    managers: int = 2
    weeks: int = 6
    sessions_per_week: int = 2
    seed: int = 2026


@dataclass
class DemoResult:
    accounts: list[UserView] = field(default_factory=list)
    sessions: int = 0
    mentoring: int = 0
    password: str = ""
    generated_password: bool = False


@dataclass(frozen=True)
class Learner:
    username: str
    user_id: int
    team: str
    trainer: str
    start: float  # probability of playing skilled in week 0
    rate: float  # added each week
    habit: str


def _default_player() -> Player:
    try:
        from simulator.autoplay import play
    except ImportError as error:
        raise TrackerError(
            f"demo-data needs the simulator's autoplay, which is unavailable here ({error})"
        ) from None
    return play


def _default_scenarios() -> list[ScenarioInfo]:
    from simulator.catalog import load_catalog

    return [ScenarioInfo(s.id, s.locale, s.difficulty, s.title) for s in load_catalog().scenarios]


def _field(run: Any, name: str) -> Any:
    value = run.get(name) if isinstance(run, dict) else getattr(run, name, None)
    return _plain(value)


def _plain(value: Any) -> Any:
    """JSON-ready data from pydantic models (and lists of them) as the autoplay returns them."""
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def build(
    uow: UnitOfWork,
    plan: DemoPlan,
    *,
    password: str | None = None,
    player: Player | None = None,
    scenarios: Sequence[ScenarioInfo] | None = None,
    fingerprint: Callable[[str], Any] | None = None,
    progress: Callable[[int, int, str], None] = lambda done, total, label: None,
    today: date | None = None,
) -> DemoResult:
    with uow:
        if uow.users.by_username("admin") is not None:
            raise DemoAlreadyPresent(
                "the demo organisation is already in this database (user 'admin' exists); nothing changed"
            )
    result = DemoResult(password=password or _generated_password(), generated_password=password is None)
    player = player or _default_player()
    scenarios = list(scenarios if scenarios is not None else _default_scenarios())
    if not scenarios:
        raise TrackerError("no scenario to play: the catalogue is empty")
    if fingerprint is None:
        from tracker.scenario_versions import current_fingerprint as fingerprint
    learners = _organisation(uow, plan, result)
    versions = {
        s.id: practice.register_scenario_version(
            uow, OPERATOR, fingerprint(s.id), title=s.title, locale=s.locale, difficulty=s.difficulty
        )
        for s in scenarios
    }
    rng = random.Random(plan.seed)
    today = today or utcnow().date()
    first_day = today - timedelta(weeks=plan.weeks)
    total = plan.weeks * plan.sessions_per_week * len(learners)
    for week in range(plan.weeks):
        for learner in learners:
            for slot in range(plan.sessions_per_week):
                skilled = rng.random() < min(0.95, learner.start + learner.rate * week)
                policy = "skilled" if skilled else learner.habit
                scenario = _pick(rng, scenarios, week, plan.weeks)
                day = first_day + timedelta(weeks=week, days=1 + 2 * slot + rng.randint(0, 1))
                at = datetime.combine(day, datetime.min.time()) + timedelta(hours=9 + rng.randint(0, 7))
                progress(result.sessions + 1, total, f"{learner.username} · {scenario.id} · {policy}")
                run = player(scenario.id, policy, rng.randint(0, 10_000))
                _record(uow, learner, versions[scenario.id], run, at)
                result.sessions += 1
        if week in (1, 3) or (plan.weeks < 4 and week == plan.weeks - 1):
            result.mentoring += _mentor_everyone(
                uow, learners, first_day + timedelta(weeks=week, days=5), today
            )
    _assign(uow, scenarios, today)
    return result


def _generated_password() -> str:
    return "Demo-" + secrets.token_urlsafe(9)


def _organisation(uow: UnitOfWork, plan: DemoPlan, result: DemoResult) -> list[Learner]:
    def add(username: str, role: str, teams: Sequence[str] = ()) -> UserView:
        user = accounts.create_user(uow, OPERATOR, username, result.password, role, teams=teams)
        result.accounts.append(user)
        return user

    add("admin", "admin")
    managers = [add(f"manager{i + 1}", "manager") for i in range(plan.managers)]
    for i, team in enumerate(TEAMS):
        accounts.create_team(uow, OPERATOR, team, manager=managers[i % len(managers)].username)
    trainers = [add(f"trainer{i + 1}", "trainer", [TEAMS[i % 2]]) for i in range(plan.trainers)]
    rng = random.Random(plan.seed + 1)
    learners = []
    for i in range(plan.trainees):
        team = TEAMS[i % 2]
        user = add(f"trainee{i + 1}", "trainee", [team])
        trainer = next((t.username for t in trainers if team in t.teams), trainers[0].username)
        learners.append(
            Learner(
                username=user.username,
                user_id=user.id,
                team=team,
                trainer=trainer,
                start=rng.uniform(0.05, 0.35),
                rate=rng.uniform(0.02, 0.16),
                habit=WEAK_HABITS[i % 2],
            )
        )
    return learners


def _pick(rng: random.Random, scenarios: Sequence[ScenarioInfo], week: int, weeks: int) -> ScenarioInfo:
    """Easy scenarios first, harder ones as the weeks pass; French scenarios more often."""
    order = {"easy": 0, "medium": 1, "hard": 2}
    ceiling = 0 if week < weeks / 3 else 1 if week < 2 * weeks / 3 else 2
    pool = [s for s in scenarios if order.get(s.difficulty, 1) <= ceiling] or list(scenarios)
    weights = [3 if s.locale == "fr" else 1 for s in pool]
    return rng.choices(pool, weights=weights)[0]


def _record(uow: UnitOfWork, learner: Learner, version_id: int, run: Any, at: datetime) -> None:
    session_id = practice.start_session(
        uow,
        OPERATOR,
        version_id,
        seed=int(_field(run, "seed") or 0),
        trainee_id=learner.user_id,
        started_at=at,
    )
    trace = list(_field(run, "emotion_trace") or [])
    # A trace point's "turn" counts the agent's replies so far: the debtor's answer to reply k shows point k.
    by_turn = {point.get("turn"): point for point in trace if isinstance(point, dict)}
    agent_turns = 0
    moment = at
    for turn in _field(run, "transcript") or []:
        speaker, text = turn.get("speaker"), turn.get("text")
        agent_turns += speaker == "agent"
        emotion = by_turn.get(agent_turns) if speaker == "debtor" else None
        moment += timedelta(seconds=20 if speaker == "debtor" else 35)
        practice.append_turn(
            uow, OPERATOR, session_id, speaker, text, emotion=emotion, voice=turn.get("voice"), at=moment
        )
    scorecard = _field(run, "scorecard")
    agreement = _field(run, "agreement")
    practice.finish_session(
        uow,
        OPERATOR,
        session_id,
        outcome=str(_field(run, "outcome") or "unknown"),
        scorecard=scorecard,
        agreement=agreement,
        objective_met=_field(run, "objective_met"),
        emotion_trace=trace,
        ended_at=moment + timedelta(seconds=30),
    )


def _mentor_everyone(uow: UnitOfWork, learners: Sequence[Learner], held_on: date, today: date) -> int:
    for learner in learners:
        trend = progress.skill_trend(uow, OPERATOR, learner.username)
        dims = sorted((v, k) for k, v in trend.proficiency.items() if k != "overall" and v is not None)
        focus = [name for _, name in dims[:2]]
        recent = [p.session_id for p in trend.points[-2:]]
        overall = trend.proficiency.get("overall")
        observations = (
            f"Niveau pondéré récent : {overall if overall is not None else '—'} ({trend.tiers.get('overall') or '—'}). "
            f"Axes de travail : {', '.join(focus) or '—'}."
        )
        actions = [
            mentoring.ActionInput(f"Rejouer un scénario en travaillant : {focus[0] if focus else 'écoute'}",
                                  learner.username, held_on + timedelta(days=7)),
            mentoring.ActionInput("Écouter et commenter deux appels de référence", learner.trainer,
                                  held_on + timedelta(days=10)),
        ]  # fmt: skip
        view = mentoring.record_mentoring(
            uow,
            OPERATOR,
            mentee=learner.username,
            mentor=learner.trainer,
            held_on=held_on,
            focus_skills=focus,
            observations=observations,
            practice_session_ids=recent,
            actions=actions,
            follow_up_on=held_on + timedelta(days=14),
        )
        if held_on + timedelta(days=14) < today:
            mentoring.set_action_status(uow, OPERATOR, view.actions[1].id, "done")
    return len(learners)


def _assign(uow: UnitOfWork, scenarios: Sequence[ScenarioInfo], today: date) -> None:
    hardest = [s for s in scenarios if s.difficulty == "hard"] or list(scenarios)
    for i, team in enumerate(TEAMS):
        assignments.assign_scenario(
            uow,
            OPERATOR,
            hardest[i % len(hardest)].id,
            team=team,
            due_on=today + timedelta(days=7 * (i + 1) - 10),
        )
