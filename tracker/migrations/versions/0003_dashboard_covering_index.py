"""A covering index for the dashboard aggregates, so they read the index instead of wide session rows.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = [
    "trainee_id",
    "status",
    "started_at",
    "scenario_version_id",
    "score_overall",
    "score_active_listening",
    "score_positive_language",
    "score_negotiation",
    "score_compliance",
    "objective_met",
    "affordable_promise",
    "compliance_blocker",
    "turn_count",
]


def upgrade() -> None:
    with op.batch_alter_table("practice_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_practice_sessions_dashboard", COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("practice_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_practice_sessions_dashboard")
