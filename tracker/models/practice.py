"""Practice: scenario versions, sessions, turns as they happen, trainer comments and assignments."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from tracker.models.base import Base, utcnow

DIMENSIONS = ("active_listening", "positive_language", "negotiation", "compliance")


class ScenarioVersion(Base):
    """Exactly what a session was played and scored against: content hashes of the YAML and rule packs."""

    __tablename__ = "scenario_versions"
    __table_args__ = (
        UniqueConstraint("scenario_id", "content_hash", "rubric_hash", name="uq_scenario_versions_identity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scenario_id: Mapped[str] = mapped_column(String(128), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    rubric_hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(255), default="")
    locale: Mapped[str] = mapped_column(String(8), default="")
    difficulty: Mapped[str] = mapped_column(String(16), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PracticeSession(Base):
    __tablename__ = "practice_sessions"
    __table_args__ = (
        Index("ix_practice_sessions_trainee_started", "trainee_id", "started_at"),
        Index("ix_practice_sessions_status_started", "status", "started_at"),
        # Covers every column the dashboard aggregates read (revision 0003).
        Index(
            "ix_practice_sessions_dashboard",
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
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    scenario_version_id: Mapped[int] = mapped_column(ForeignKey("scenario_versions.id"), index=True)
    seed: Mapped[int] = mapped_column(Integer, default=0)
    voice: Mapped[str] = mapped_column(String(16), default="scripted")
    voice_model: Mapped[str | None] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16), default="in_progress")
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(32))
    agreement: Mapped[dict[str, Any] | None]
    emotion_trace: Mapped[list[Any] | None]
    scorecard: Mapped[dict[str, Any] | None]
    score_overall: Mapped[float | None] = mapped_column(Float)
    score_active_listening: Mapped[float | None] = mapped_column(Float)
    score_positive_language: Mapped[float | None] = mapped_column(Float)
    score_negotiation: Mapped[float | None] = mapped_column(Float)
    score_compliance: Mapped[float | None] = mapped_column(Float)
    assisted: Mapped[bool] = mapped_column(Boolean, default=False)
    objective_met: Mapped[bool | None] = mapped_column(Boolean)
    compliance_blocker: Mapped[bool] = mapped_column(Boolean, default=False)
    affordable_promise: Mapped[bool | None] = mapped_column(Boolean)
    turn_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Turn(Base):
    __tablename__ = "turns"
    __table_args__ = (
        UniqueConstraint("session_id", "index", name="uq_turns_position"),
        CheckConstraint("speaker IN ('agent', 'debtor')", name="speaker"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("practice_sessions.id", ondelete="CASCADE"))
    index: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    acts: Mapped[list[Any] | None]
    emotion: Mapped[dict[str, Any] | None]
    voice: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class TurnComment(Base):
    __tablename__ = "turn_comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    turn_id: Mapped[int] = mapped_column(ForeignKey("turns.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Assignment(Base):
    """A scenario to practise, given to one trainee or to a whole team."""

    __tablename__ = "assignments"
    __table_args__ = (
        CheckConstraint("(trainee_id IS NULL) <> (team_id IS NULL)", name="one_target"),
        CheckConstraint("status IN ('open', 'done', 'cancelled')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scenario_id: Mapped[str] = mapped_column(String(128))
    trainee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)
    assigned_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    due_on: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
