"""Tracker benchmark: bulk-load a large practice history, then time the dashboard queries and turn appends.

    .venv/bin/python bench/tracker.py                      # 1,000 trainees x 100 sessions x 20 turns
    .venv/bin/python bench/tracker.py --trainees 50 --sessions 20 --databases sqlite   # quick run

Prints JSON: medians in milliseconds per query and database, load times, machine.
PostgreSQL runs in a throw-away schema of ``--postgres-url`` and is skipped when no server answers.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Engine, create_engine, insert, text

from bench.machine import describe
from bench.timing import median_ms
from tracker.authz import Actor
from tracker.db import init_database
from tracker.models import (
    MentoringAction,
    MentoringSession,
    PracticeSession,
    ScenarioVersion,
    Team,
    TeamMember,
    Turn,
    User,
)
from tracker.passwords import hash_password
from tracker.services import kpis, mentoring, practice, progress
from tracker.unit_of_work import UnitOfWork

TEAM_SIZE = 50
PHRASES = [
    "Bonjour, je vous appelle au sujet de votre facture.",
    "Je comprends que ce mois-ci soit difficile pour vous.",
    "Qu'est-ce qui vous permettrait de régler cette somme ?",
    "Je ne peux pas payer tout de suite.",
    "Si je résume : 50 euros le 15, par virement, c'est bien cela ?",
    "Vous m'appelez encore pour ça ?",
]
ACTS = [["greeting", "disclosure"], ["empathy", "reflection"], ["open_question"], None, ["summary"], None]


def scorecard(level: float, dims: dict[str, float], rng: random.Random) -> dict[str, Any]:
    """A scorecard of realistic size (~2 KB: evidence and suggestions quoting the conversation)."""
    names = ("active_listening", "positive_language", "negotiation", "compliance")
    return {
        "overall": round(level, 1),
        "dimensions": {n: round(v, 1) for n, v in zip(names, dims.values(), strict=True)},
        "violations": [],
        "evidence": [
            {"dimension": names[k % 4], "turn": 2 * k, "quote": PHRASES[k % 6], "note": "reflection"}
            for k in range(6)
        ],
        "suggestions": [
            {
                "turn": 2 * k + 1,
                "original": PHRASES[(k + 3) % 6],
                "better": PHRASES[(k + 1) % 6],
                "why": "x" * 80,
            }
            for k in range(4)
        ],
        "metrics": {"reflection_to_question": round(rng.uniform(0.5, 2.5), 2), "talk_share": 0.55},
    }


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def load(engine: Engine, trainees: int, sessions: int, turns: int, seed: int = 7) -> dict[str, Any]:
    """Bulk insert with Core executemany, batch by batch; returns counts and timings."""
    rng = random.Random(seed)
    started = time.perf_counter()
    password = hash_password("Bench-password-1")
    teams = max(1, trainees // TEAM_SIZE)
    now = datetime(2026, 6, 30, 12)
    users = [{"id": 1, "username": "admin", "display_name": "admin", "role": "admin"}]
    for t in range(teams):
        users.append({"id": 2 + 3 * t, "username": f"manager{t + 1}", "display_name": "", "role": "manager"})
        users.append(
            {"id": 3 + 3 * t, "username": f"trainer{2 * t + 1}", "display_name": "", "role": "trainer"}
        )
        users.append(
            {"id": 4 + 3 * t, "username": f"trainer{2 * t + 2}", "display_name": "", "role": "trainer"}
        )
    first_trainee = 2 + 3 * teams
    for i in range(trainees):
        users.append(
            {"id": first_trainee + i, "username": f"trainee{i + 1}", "display_name": "", "role": "trainee"}
        )
    for user in users:
        user |= {"password_hash": password, "active": True, "created_at": now - timedelta(days=400)}
    with engine.begin() as connection:
        connection.execute(insert(User), users)
        connection.execute(
            insert(Team),
            [
                {"id": t + 1, "name": f"team{t + 1}", "manager_id": 2 + 3 * t, "created_at": now}
                for t in range(teams)
            ],
        )
        members = [{"team_id": t + 1, "user_id": uid} for t in range(teams) for uid in (3 + 3 * t, 4 + 3 * t)]
        members += [{"team_id": i % teams + 1, "user_id": first_trainee + i} for i in range(trainees)]
        connection.execute(insert(TeamMember), members)
        versions = [
            {"id": v + 1, "scenario_id": f"scenario-{v + 1}", "content_hash": f"{v:064x}", "rubric_hash": "0" * 64,
             "title": f"Scenario {v + 1}", "locale": "fr" if v < 8 else "en",
             "difficulty": ("easy", "medium", "hard")[v % 3], "created_at": now}
            for v in range(11)
        ]  # fmt: skip
        connection.execute(insert(ScenarioVersion), versions)
    session_id = 0
    turn_rows = 0
    batch_trainees = max(1, 50_000 // max(sessions * turns, 1))
    for offset in range(0, trainees, batch_trainees):
        session_batch, turn_batch = [], []
        for i in range(offset, min(trainees, offset + batch_trainees)):
            base, slope = rng.uniform(35, 65), rng.uniform(0.05, 0.4)
            for s in range(sessions):
                session_id += 1
                at = now - timedelta(days=365 * (sessions - s) / sessions, hours=rng.randint(0, 8))
                level = min(100.0, max(0.0, base + slope * s + rng.gauss(0, 8)))
                dims = {d: min(100.0, max(0.0, level + rng.gauss(0, 6))) for d in ("al", "pl", "ne", "co")}
                blocker = rng.random() < 0.05
                session_batch.append(
                    {"id": session_id, "trainee_id": first_trainee + i, "scenario_version_id": rng.randint(1, 11),
                     "seed": s, "voice": "scripted", "voice_model": None, "status": "finished", "started_at": at,
                     "ended_at": at + timedelta(minutes=6), "outcome": "agreement" if level > 55 else "refusal",
                     "agreement": {"amount": 50, "affordable": level > 60} if level > 55 else None,
                     "emotion_trace": None, "scorecard": scorecard(level, dims, rng),
                     "score_overall": min(level, 40.0) if blocker else level, "score_active_listening": dims["al"],
                     "score_positive_language": dims["pl"], "score_negotiation": dims["ne"],
                     "score_compliance": 30.0 if blocker else dims["co"], "assisted": rng.random() < 0.1,
                     "objective_met": level > 55, "compliance_blocker": blocker,
                     "affordable_promise": level > 60, "turn_count": turns}
                )  # fmt: skip
                for k in range(turns):
                    turn_batch.append(
                        {"session_id": session_id, "index": k, "speaker": "agent" if k % 2 == 0 else "debtor",
                         "text": PHRASES[(k + s) % len(PHRASES)], "acts": ACTS[k % len(ACTS)],
                         "emotion": {"anger": 0.3} if k % 2 else None, "voice": "scripted",
                         "created_at": at + timedelta(seconds=15 * k)}
                    )  # fmt: skip
        with engine.begin() as connection:
            connection.execute(insert(PracticeSession), session_batch)
            if turn_batch:
                connection.execute(insert(Turn), turn_batch)
        turn_rows += len(turn_batch)
        log(f"loaded {session_id:,} sessions, {turn_rows:,} turns ({time.perf_counter() - started:.0f} s)")
    with engine.begin() as connection:
        held = now.date() - timedelta(days=20)
        records = [
            {"id": i + 1, "mentor_id": 3 + 3 * (i % teams), "mentee_id": first_trainee + i, "held_on": held,
             "focus_skills": ["negotiation"], "observations": "", "follow_up_on": None, "created_at": now}
            for i in range(trainees)
        ]  # fmt: skip
        connection.execute(insert(MentoringSession), records)
        actions = [
            {"mentoring_session_id": i + 1, "description": f"Action {k}", "owner_id": first_trainee + i,
             "due_on": held + timedelta(days=7 * k + rng.randint(0, 20)), "status": "open" if k else "done",
             "completed_at": None}
            for i in range(trainees) for k in range(3)
        ]  # fmt: skip
        connection.execute(insert(MentoringAction), actions)
        if engine.dialect.name == "postgresql":
            for table in ("users", "teams", "scenario_versions", "practice_sessions", "mentoring_sessions"):
                connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
                    )
                )
        connection.execute(text("ANALYZE"))
    return {
        "sessions": session_id,
        "turns": turn_rows,
        "teams": teams,
        "load_seconds": round(time.perf_counter() - started, 1),
        "today": (now.date() + timedelta(days=1)).isoformat(),
    }


def warm_median_ms(call: Callable[[], Any], repeat: int) -> float:
    call()  # warm-up: connection pool, statement cache
    return round(median_ms(call, repeat), 2)


def dashboards(engine: Engine, facts: dict[str, Any], repeat: int) -> dict[str, float]:
    uow = UnitOfWork(engine)
    admin = Actor(1, "admin", "admin")
    manager = Actor(2, "manager1", "manager")
    today = date.fromisoformat(facts["today"])
    trainee = "trainee1"
    return {
        "history_ms": warm_median_ms(lambda: progress.history(uow, manager, trainee), repeat),
        "trainee_trend_ms": warm_median_ms(lambda: progress.skill_trend(uow, manager, trainee), repeat),
        "team_heatmap_ms": warm_median_ms(lambda: progress.team_heatmap(uow, manager, "team1"), repeat),
        "cohort_comparison_all_teams_ms": warm_median_ms(
            lambda: progress.cohort_comparison(uow, admin), repeat
        ),
        "kpis_team_ms": warm_median_ms(lambda: kpis.simulation_kpis(uow, manager, team="team1"), repeat),
        "kpis_all_trainees_ms": warm_median_ms(lambda: kpis.simulation_kpis(uow, admin), repeat),
        "scenario_difficulty_all_ms": warm_median_ms(lambda: kpis.scenario_difficulty(uow, admin), repeat),
        "overdue_actions_ms": warm_median_ms(
            lambda: mentoring.actions_due(uow, manager, today=today), repeat
        ),
    }


def append_turns(engine: Engine, facts: dict[str, Any], count: int) -> float:
    uow = UnitOfWork(engine)
    with uow:
        trainee = uow.users.by_username("trainee1")
        assert trainee is not None
        actor = Actor(trainee.id, trainee.username, trainee.role)
    session_id = practice.start_session(uow, actor, 1, seed=1)
    timings = []
    for k in range(count):
        start = time.perf_counter()
        practice.append_turn(uow, actor, session_id, "agent" if k % 2 == 0 else "debtor", PHRASES[k % 6])
        timings.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(timings), 2)


def run_one(name: str, url: str, args: argparse.Namespace) -> dict[str, Any]:
    log(f"{name}: creating and loading the database")
    engine = init_database(url)
    facts = load(engine, args.trainees, args.sessions, args.turns)
    result = {**facts, "queries": dashboards(engine, facts, args.repeat)}
    result["append_turn_ms"] = append_turns(engine, facts, args.appends)
    engine.dispose()
    return result


def postgres(args: argparse.Namespace) -> tuple[str, Callable[[], None]] | None:
    admin = create_engine(args.postgres_url, connect_args={"connect_timeout": 3})
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as error:  # no server: the PostgreSQL part is skipped, with the reason
        log(f"postgresql skipped: {type(error).__name__}")
        return None

    def drop() -> None:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return f"{args.postgres_url}?options=-csearch_path%3D{schema}", drop


def machine() -> dict[str, Any]:
    return {**describe(), "sqlite": sqlite3.sqlite_version}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainees", type=int, default=1000)
    parser.add_argument("--sessions", type=int, default=100, help="sessions per trainee")
    parser.add_argument("--turns", type=int, default=20, help="turns per session")
    parser.add_argument("--repeat", type=int, default=21, help="timed runs per query")
    parser.add_argument("--appends", type=int, default=300, help="timed turn appends")
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get(
            "AMIABLE_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
        ),
    )
    args = parser.parse_args()
    report: dict[str, Any] = {
        "size": {
            "trainees": args.trainees,
            "sessions_per_trainee": args.sessions,
            "turns_per_session": args.turns,
        },
        "machine": machine(),
        "results": {},
    }
    wanted = args.databases.split(",")
    if "sqlite" in wanted:
        with tempfile.TemporaryDirectory() as folder:
            report["results"]["sqlite"] = run_one("sqlite", f"sqlite:///{folder}/bench.sqlite3", args)
    if "postgresql" in wanted:
        target = postgres(args)
        if target is None:
            report["results"]["postgresql"] = "skipped: no server answered"
        else:
            url, drop = target
            try:
                report["results"]["postgresql"] = run_one("postgresql", url, args)
            finally:
                drop()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
