from __future__ import annotations

from datetime import datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from tracker.db import init_database, make_engine
from tracker.migrate import current_revision, downgrade, head_revision, upgrade
from tracker.models import Base

PREVIOUS = "0001"


def test_upgrading_from_the_previous_revision_keeps_the_data_and_fills_the_new_columns(
    database_url: str,
) -> None:
    engine = make_engine(database_url)
    upgrade(engine, PREVIOUS)
    started = datetime(2026, 1, 5, 9, 30)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO users (id, username, display_name, role, password_hash, active, created_at) "
                "VALUES (1, 'alice', 'Alice', 'trainee', 'x', :yes, :at)"
            ),
            {"yes": True, "at": started},
        )
        connection.execute(
            text(
                "INSERT INTO scenario_versions (id, scenario_id, content_hash, rubric_hash, title, locale, "
                "difficulty, created_at) VALUES (1, 'fr-oubli-facile', 'a', 'b', 'Oubli', 'fr', 'easy', :at)"
            ),
            {"at": started},
        )
        connection.execute(
            text(
                "INSERT INTO practice_sessions (id, trainee_id, scenario_version_id, seed, voice, status, "
                "started_at, outcome, agreement, score_overall, assisted, compliance_blocker) VALUES "
                "(1, 1, 1, 3, 'scripted', 'finished', :at, 'agreement', :agreement, 81.5, :no, :no)"
            ),
            {"at": started, "agreement": '{"amount": 40, "affordable": true}', "no": False},
        )
        for index, speaker in enumerate(["agent", "debtor", "agent"]):
            connection.execute(
                text(
                    'INSERT INTO turns (session_id, "index", speaker, text, created_at) '
                    "VALUES (1, :i, :speaker, :text, :at)"
                ),
                {"i": index, "speaker": speaker, "text": f"réplique {index}", "at": started},
            )

    upgrade(engine)

    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        session = connection.execute(
            text(
                "SELECT score_overall, outcome, turn_count, affordable_promise, started_at FROM practice_sessions"
            )
        ).one()
        texts = connection.execute(text('SELECT text FROM turns ORDER BY "index"')).scalars().all()
        username = connection.execute(text("SELECT username FROM users")).scalar_one()
    assert (session[0], session[1], session[2], bool(session[3])) == (81.5, "agreement", 3, True)
    assert texts == ["réplique 0", "réplique 1", "réplique 2"] and username == "alice"
    engine.dispose()


def test_the_models_match_the_migrated_schema(database_url: str) -> None:
    engine = init_database(database_url)
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    engine.dispose()


def test_migrating_twice_is_harmless_and_downgrading_to_base_empties_the_schema(database_url: str) -> None:
    engine = init_database(database_url)
    engine.dispose()
    engine = init_database(database_url)
    assert current_revision(engine) == head_revision()
    downgrade(engine, "base")
    with engine.connect() as connection:
        tables = set(connection.dialect.get_table_names(connection)) - {"alembic_version"}
    assert tables == set()
    engine.dispose()


def test_the_sqlite_connection_uses_wal_foreign_keys_and_a_busy_timeout(tmp_path) -> None:
    engine = init_database(f"sqlite:///{tmp_path / 'deep' / 'folder' / 'db.sqlite3'}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    engine.dispose()


def test_the_default_database_is_created_in_the_data_folder_on_first_start(_isolated_data_dir) -> None:
    engine = init_database()
    assert (_isolated_data_dir / "amiable.sqlite3").exists()
    assert current_revision(engine) == head_revision()
    engine.dispose()


@pytest.mark.parametrize("table", ["practice_sessions", "turns", "mentoring_actions"])
def test_foreign_keys_are_enforced(database_url: str, table: str) -> None:
    from sqlalchemy.exc import IntegrityError

    engine = init_database(database_url)
    statements = {
        "practice_sessions": "INSERT INTO practice_sessions (trainee_id, scenario_version_id, seed, voice, status, "
        "started_at, assisted, compliance_blocker, turn_count) VALUES (99, 99, 0, 'scripted', 'x', :at, :no, :no, 0)",
        "turns": "INSERT INTO turns (session_id, \"index\", speaker, text, created_at) VALUES (99, 0, 'agent', 'x', :at)",
        "mentoring_actions": "INSERT INTO mentoring_actions (mentoring_session_id, description, owner_id, status) "
        "VALUES (99, 'x', 99, 'open')",
    }
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(text(statements[table]), {"at": datetime(2026, 1, 1), "no": False})
    engine.dispose()
