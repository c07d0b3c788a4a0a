"""Practice sessions: start, append turns as they happen, resume, finish with the scorecard, comment."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tracker import authz
from tracker.authz import Actor
from tracker.content_hash import Fingerprint
from tracker.errors import InvalidInput, NotFound, PermissionDenied
from tracker.models import DIMENSIONS, PracticeSession, ScenarioVersion, Turn, TurnComment, utcnow
from tracker.unit_of_work import UnitOfWork
from tracker.views import CommentView, SessionView, TurnView

SPEAKERS = ("agent", "debtor")
VOICES = ("scripted", "llm")


def register_scenario_version(
    uow: UnitOfWork, actor: Actor, fp: Fingerprint, *, title: str = "", locale: str = "", difficulty: str = ""
) -> int:
    """The id of the version matching these content hashes, created on first sight."""
    with uow:
        authz.current(uow, actor)
        version = uow.practice.find_version(fp.scenario_id, fp.content_hash, fp.rubric_hash)
        if version is None:
            version = ScenarioVersion(
                scenario_id=fp.scenario_id,
                content_hash=fp.content_hash,
                rubric_hash=fp.rubric_hash,
                title=title,
                locale=locale,
                difficulty=difficulty,
            )
            uow.practice.add(version)
            uow.commit()
        return version.id


def _backdating(actor: Actor, at: datetime | None) -> datetime:
    if at is not None and not actor.is_admin:
        raise PermissionDenied("only an administrator may record a past date")
    return at or utcnow()


def _own_session(uow: UnitOfWork, actor: Actor, session_id: int, *, lock: bool = False) -> PracticeSession:
    record = uow.practice.get(session_id, for_update=lock)
    if record is None:
        raise NotFound(f"no practice session {session_id}")
    if not actor.is_admin and record.trainee_id != actor.id:
        raise PermissionDenied(f"{actor.username} may not change another trainee's session")
    return record


def start_session(
    uow: UnitOfWork,
    actor: Actor,
    scenario_version_id: int,
    *,
    seed: int = 0,
    voice: str = "scripted",
    voice_model: str | None = None,
    trainee_id: int | None = None,
    started_at: datetime | None = None,
) -> int:
    with uow:
        actor = authz.current(uow, actor)
        trainee_id = actor.id if trainee_id is None else trainee_id
        if trainee_id != actor.id and not actor.is_admin:
            raise PermissionDenied(f"{actor.username} may only start their own practice sessions")
        if voice not in VOICES:
            raise InvalidInput(f"unknown voice {voice!r}: choose one of {', '.join(VOICES)}")
        if uow.practice.get_version(scenario_version_id) is None:
            raise NotFound(f"no scenario version {scenario_version_id}")
        if trainee_id is None or uow.users.get(trainee_id) is None:
            raise NotFound("a practice session needs an existing trainee")
        record = PracticeSession(
            trainee_id=trainee_id,
            scenario_version_id=scenario_version_id,
            seed=seed,
            voice=voice,
            voice_model=voice_model,
            status="in_progress",
            started_at=_backdating(actor, started_at),
            turn_count=0,
        )
        uow.practice.add(record)
        uow.commit()
        return record.id


def append_turn(
    uow: UnitOfWork,
    actor: Actor,
    session_id: int,
    speaker: str,
    text: str,
    *,
    acts: list[str] | None = None,
    emotion: dict[str, Any] | None = None,
    voice: str | None = None,
    at: datetime | None = None,
) -> TurnView:
    """Store one turn and commit at once, so a crash or a page refresh loses nothing."""
    if speaker not in SPEAKERS:
        raise InvalidInput(f"unknown speaker {speaker!r}: use 'agent' or 'debtor'")
    with uow:
        actor = authz.current(uow, actor)
        record = _own_session(uow, actor, session_id)
        if record.status != "in_progress":
            raise InvalidInput(f"practice session {session_id} is finished; start a new one")
        turn = Turn(
            session_id=session_id,
            index=uow.practice.claim_turn_index(session_id),
            speaker=speaker,
            text=text,
            acts=acts,
            emotion=emotion,
            voice=voice,
            created_at=_backdating(actor, at),
        )
        uow.practice.add(turn)
        uow.commit()
        return _turn_view(turn)


def mark_assisted(uow: UnitOfWork, actor: Actor, session_id: int) -> None:
    """The trainee used a hint: the session stays, flagged as assisted."""
    with uow:
        _own_session(uow, authz.current(uow, actor), session_id).assisted = True
        uow.commit()


def finish_session(
    uow: UnitOfWork,
    actor: Actor,
    session_id: int,
    *,
    outcome: str,
    scorecard: dict[str, Any] | None,
    agreement: dict[str, Any] | None = None,
    objective_met: bool | None = None,
    emotion_trace: list[Any] | None = None,
    affordable_promise: bool | None = None,
    ended_at: datetime | None = None,
) -> SessionView:
    """Store the outcome and the scorecard that the engine and the scorer computed."""
    with uow:
        actor = authz.current(uow, actor)
        record = _own_session(uow, actor, session_id, lock=True)
        if record.status != "in_progress":
            raise InvalidInput(f"practice session {session_id} is already finished")
        record.status = "finished"
        record.ended_at = _backdating(actor, ended_at)
        record.outcome = outcome
        record.agreement = agreement
        record.objective_met = objective_met
        record.emotion_trace = emotion_trace
        if affordable_promise is None and isinstance(agreement, dict) and "affordable" in agreement:
            affordable_promise = bool(agreement["affordable"])
        record.affordable_promise = affordable_promise
        _store_scorecard(record, scorecard)
        uow.commit()
        return session_view(uow, record, with_turns=False)


def _store_scorecard(record: PracticeSession, scorecard: dict[str, Any] | None) -> None:
    record.scorecard = scorecard
    if not scorecard:
        return
    record.score_overall = _score(scorecard.get("overall"))
    dimensions = scorecard.get("dimensions") or {}
    for name in DIMENSIONS:
        setattr(record, f"score_{name}", _score(dimensions.get(name)))
    violations = scorecard.get("violations") or []
    record.compliance_blocker = any(v.get("severity") == "blocker" for v in violations if isinstance(v, dict))


def _score(value: Any) -> float | None:
    if value is None:
        return None
    score = float(value)
    if not 0.0 <= score <= 100.0:
        raise InvalidInput(f"score {score} is outside 0-100")
    return score


def get_session(uow: UnitOfWork, actor: Actor, session_id: int) -> SessionView:
    """A session with its turns and trainer comments, for its trainee, their trainers and managers."""
    with uow:
        actor = authz.current(uow, actor)
        record = uow.practice.get(session_id)
        if record is None:
            raise NotFound(f"no practice session {session_id}")
        authz.require_trainee(uow, actor, record.trainee_id)
        return session_view(uow, record, with_turns=True)


def resume_session(uow: UnitOfWork, actor: Actor) -> SessionView | None:
    """The actor's latest unfinished session with every turn stored so far, or None."""
    with uow:
        actor = authz.current(uow, actor)
        if actor.id is None:
            return None
        unfinished = uow.practice.unfinished(actor.id)
        return session_view(uow, unfinished[0], with_turns=True) if unfinished else None


def comment_on_turn(uow: UnitOfWork, actor: Actor, turn_id: int, text: str) -> CommentView:
    with uow:
        actor = authz.current(uow, actor)
        authz.require_role(actor, "trainer", "manager", "admin")
        turn = uow.practice.get_turn(turn_id)
        if turn is None:
            raise NotFound(f"no turn {turn_id}")
        record = uow.practice.get(turn.session_id)
        assert record is not None
        authz.require_trainee(uow, actor, record.trainee_id)
        if not text.strip():
            raise InvalidInput("a comment cannot be empty")
        comment = TurnComment(turn_id=turn_id, author_id=actor.id, text=text)
        uow.practice.add(comment)
        uow.commit()
        return CommentView(comment.id, turn_id, actor.username, text, comment.created_at)


def _turn_view(turn: Turn) -> TurnView:
    return TurnView(
        turn.id, turn.index, turn.speaker, turn.text, turn.acts, turn.emotion, turn.voice, turn.created_at
    )


def session_view(uow: UnitOfWork, record: PracticeSession, *, with_turns: bool) -> SessionView:
    version = uow.practice.get_version(record.scenario_version_id)
    trainee = uow.users.get(record.trainee_id)
    assert version is not None and trainee is not None
    turns = tuple(_turn_view(t) for t in uow.practice.turns(record.id)) if with_turns else ()
    comments: tuple[CommentView, ...] = ()
    if with_turns:
        authors = {}
        for c in uow.practice.comments(record.id):
            author = authors.get(c.author_id) or uow.users.get(c.author_id)
            authors[c.author_id] = author
            comments += (
                CommentView(c.id, c.turn_id, author.username if author else "?", c.text, c.created_at),
            )
    return SessionView(
        id=record.id,
        trainee=trainee.username,
        scenario_id=version.scenario_id,
        content_hash=version.content_hash,
        rubric_hash=version.rubric_hash,
        seed=record.seed,
        voice=record.voice,
        voice_model=record.voice_model,
        status=record.status,
        started_at=record.started_at,
        ended_at=record.ended_at,
        outcome=record.outcome,
        agreement=record.agreement,
        scorecard=record.scorecard,
        overall=record.score_overall,
        assisted=record.assisted,
        objective_met=record.objective_met,
        compliance_blocker=record.compliance_blocker,
        affordable_promise=record.affordable_promise,
        turn_count=record.turn_count,
        turns=turns,
        comments=comments,
        emotion_trace=record.emotion_trace,
    )
