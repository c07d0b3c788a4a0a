"""Which database the tracker uses: ``DATABASE_URL`` when set, else a SQLite file in the data folder."""

from __future__ import annotations

import os

from amiable.paths import data_dir

DATABASE_URL_ENV = "DATABASE_URL"
SQLITE_FILENAME = "amiable.sqlite3"


def normalise_url(url: str) -> str:
    """Use the psycopg 3 driver for plain PostgreSQL URLs (``postgres://`` and ``postgresql://``)."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def default_sqlite_url() -> str:
    folder = data_dir()
    return f"sqlite:///{folder / SQLITE_FILENAME}"


def database_url() -> str:
    """The configured database URL, normalised; secrets stay in the environment, never in files."""
    configured = os.environ.get(DATABASE_URL_ENV, "").strip()
    return normalise_url(configured) if configured else default_sqlite_url()


def redacted(url: str) -> str:
    """The URL with any password hidden, for messages and logs."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
