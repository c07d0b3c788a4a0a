"""Plain read-only results handed to the UI and the CLI (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    teams: tuple[str, ...] = ()


@dataclass(frozen=True)
class TeamView:
    id: int
    name: str
    manager: str | None
    members: tuple[str, ...]


@dataclass(frozen=True)
class TurnView:
    id: int
    index: int
    speaker: str
    text: str
    acts: list[Any] | None
    emotion: dict[str, Any] | None
    voice: str | None
    created_at: datetime


@dataclass(frozen=True)
class CommentView:
    id: int
    turn_id: int
    author: str
    text: str
    created_at: datetime


@dataclass(frozen=True)
class SessionView:
    id: int
    trainee: str
    scenario_id: str
    content_hash: str
    rubric_hash: str
    seed: int
    voice: str
    voice_model: str | None
    status: str
    started_at: datetime
    ended_at: datetime | None
    outcome: str | None
    agreement: dict[str, Any] | None
    scorecard: dict[str, Any] | None
    overall: float | None
    assisted: bool
    objective_met: bool | None
    compliance_blocker: bool
    affordable_promise: bool | None
    turn_count: int
    turns: tuple[TurnView, ...] = ()
    comments: tuple[CommentView, ...] = ()
    emotion_trace: list[Any] | None = None


@dataclass(frozen=True)
class AssignmentView:
    id: int
    scenario_id: str
    trainee: str | None
    team: str | None
    due_on: date | None
    status: str
    overdue: bool


@dataclass(frozen=True)
class ActionView:
    id: int
    mentoring_session_id: int
    mentee: str
    description: str
    owner: str
    due_on: date | None
    status: str
    overdue: bool


@dataclass(frozen=True)
class MentoringView:
    id: int
    mentor: str
    mentee: str
    held_on: date
    focus_skills: list[str]
    observations: str
    follow_up_on: date | None
    practice_session_ids: tuple[int, ...]
    actions: tuple[ActionView, ...] = field(default_factory=tuple)
