"""AnnoMI (English counselling, expert labels): utterance-level 3-class F1 and session-level R:Q AUC."""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.metrics import macro_f1, roc_auc
from scoring.transcript import Turn

ANNOMI_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "annomi"
Tagger = Callable[[str, Sequence[Turn]], tuple[str, ...]]


def load_sessions(path: Path) -> dict[str, list[dict[str, str]]]:
    sessions: dict[str, list[dict[str, str]]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            sessions[row["transcript_id"]].append(row)
    for rows in sessions.values():
        rows.sort(key=lambda r: int(r["utterance_id"]))
    return dict(sessions)


def act_class(acts: Sequence[str]) -> str:
    if "reflection" in acts:
        return "reflection"
    if "open_question" in acts or "closed_question" in acts:
        return "question"
    return "other"


def gold_class(label: str) -> str:
    return label if label in ("reflection", "question") else "other"


def reflection_to_question(classes: Sequence[str]) -> float:
    reflections = sum(1 for c in classes if c == "reflection")
    questions = sum(1 for c in classes if c == "question")
    return reflections / max(questions, 1)


def evaluate_annomi(sessions: dict[str, list[dict[str, str]]], tagger: Tagger) -> dict[str, object]:
    gold: list[str] = []
    predicted: list[str] = []
    ratios: list[float] = []
    high: list[bool] = []
    for rows in sessions.values():
        turns: list[Turn] = []
        session_classes: list[str] = []
        for row in rows:
            speaker = "agent" if row["interlocutor"] == "therapist" else "debtor"
            if speaker == "agent":
                cls = act_class(tagger(row["utterance_text"], turns[-4:]))
                session_classes.append(cls)
                predicted.append(cls)
                gold.append(gold_class(row["main_therapist_behaviour"]))
            turns.append(Turn(speaker=speaker, text=row["utterance_text"]))
        ratios.append(reflection_to_question(session_classes))
        high.append(rows[0]["mi_quality"] == "high")
    f1, per_class = macro_f1(gold, predicted)
    return {
        "sessions": len(sessions),
        "therapist_utterances": len(gold),
        "macro_f1": f1,
        "per_class_f1": per_class,
        "rq_auc": round(roc_auc(ratios, high), 3),
    }
