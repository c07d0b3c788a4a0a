from __future__ import annotations

from pathlib import Path

import pytest

from tracker.config import database_url, normalise_url, redacted


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql://u:p@h:5432/db", "postgresql+psycopg://u:p@h:5432/db"),
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:///x.db", "sqlite:///x.db"),
    ],
)
def test_postgresql_urls_use_the_psycopg_3_driver(given: str, expected: str) -> None:
    assert normalise_url(given) == expected


def test_without_database_url_the_sqlite_file_lives_in_the_data_folder(_isolated_data_dir: Path) -> None:
    assert database_url() == f"sqlite:///{_isolated_data_dir / 'amiable.sqlite3'}"


def test_database_url_from_the_environment_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://team@db.example/amiable")
    assert database_url() == "postgresql+psycopg://team@db.example/amiable"


def test_a_password_in_the_url_is_hidden_in_messages() -> None:
    assert "s3cret" not in redacted("postgresql+psycopg://u:s3cret@h/db")
