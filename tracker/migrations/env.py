"""Alembic environment: the engine given by the code, else DATABASE_URL / the default SQLite file."""

from __future__ import annotations

from alembic import context

from tracker.models import Base

target_metadata = Base.metadata
config = context.config


def _engine():
    engine = config.attributes.get("engine")
    if engine is not None:
        return engine, False
    from tracker.db import make_engine

    return make_engine(config.get_main_option("sqlalchemy.url") or None), True


def run_migrations_offline() -> None:
    from tracker.config import database_url

    context.configure(
        url=config.get_main_option("sqlalchemy.url") or database_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine, owned = _engine()
    try:
        with engine.connect() as connection:
            context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
            with context.begin_transaction():
                context.run_migrations()
            connection.commit()
    finally:
        if owned:
            engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
