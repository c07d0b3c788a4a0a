"""Session KPI columns (turn count, affordable promise) and the indexes the dashboards need.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

JsonType = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("practice_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("affordable_promise", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("turn_count", sa.Integer(), server_default="0", nullable=False))
        batch_op.create_index("ix_practice_sessions_status_started", ["status", "started_at"], unique=False)
        batch_op.create_index(
            "ix_practice_sessions_trainee_started", ["trainee_id", "started_at"], unique=False
        )
    with op.batch_alter_table("mentoring_actions", schema=None) as batch_op:
        batch_op.create_index("ix_mentoring_actions_status_due", ["status", "due_on"], unique=False)
    _backfill()


def _backfill() -> None:
    """Turn counts from the stored turns; affordability from the agreement recorded at the time."""
    op.execute(
        "UPDATE practice_sessions SET turn_count = "
        "(SELECT count(*) FROM turns WHERE turns.session_id = practice_sessions.id)"
    )
    sessions = sa.table(
        "practice_sessions",
        sa.column("id", sa.Integer),
        sa.column("agreement", JsonType),
        sa.column("affordable_promise", sa.Boolean),
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(sessions.c.id, sessions.c.agreement).where(sessions.c.agreement.is_not(None))
    )
    updates = [
        {"row_id": row.id, "affordable": bool(row.agreement["affordable"])}
        for row in rows
        if isinstance(row.agreement, dict) and "affordable" in row.agreement
    ]
    if updates:
        connection.execute(
            sessions.update()
            .where(sessions.c.id == sa.bindparam("row_id"))
            .values(affordable_promise=sa.bindparam("affordable")),
            updates,
        )


def downgrade() -> None:
    with op.batch_alter_table("mentoring_actions", schema=None) as batch_op:
        batch_op.drop_index("ix_mentoring_actions_status_due")
    with op.batch_alter_table("practice_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_practice_sessions_trainee_started")
        batch_op.drop_index("ix_practice_sessions_status_started")
        batch_op.drop_column("turn_count")
        batch_op.drop_column("affordable_promise")
