"""SQLAlchemy models of the tracker (the schema at the latest migration)."""

from tracker.models.accounts import Team, TeamMember, User
from tracker.models.base import Base, utcnow
from tracker.models.mentoring import MentoringAction, MentoringLink, MentoringSession
from tracker.models.practice import (
    DIMENSIONS,
    Assignment,
    PracticeSession,
    ScenarioVersion,
    Turn,
    TurnComment,
)
from tracker.roles import ROLES

__all__ = [
    "DIMENSIONS",
    "ROLES",
    "Assignment",
    "Base",
    "MentoringAction",
    "MentoringLink",
    "MentoringSession",
    "PracticeSession",
    "ScenarioVersion",
    "Team",
    "TeamMember",
    "Turn",
    "TurnComment",
    "User",
    "utcnow",
]
