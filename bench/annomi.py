"""AnnoMI (English counselling, expert labels): utterance-level 3-class F1 and session-level R:Q AUC.

.venv/bin/python -m bench.annomi    # in-sample figures and English tagging speed (JSON)
"""

from __future__ import annotations

import csv
import json
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.machine import describe
from bench.metrics import macro_f1, roc_auc
from scoring.transcript import Turn

ANNOMI_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "annomi"
# text, the turns before it, the turns after it (as when a whole transcript is read) -> acts
Tagger = Callable[[str, Sequence[Turn], Sequence[Turn]], tuple[str, ...]]


def load_sessions(path: Path) -> dict[str, list[dict[str, str]]]:
    sessions: dict[str, list[dict[str, str]]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            sessions[row["transcript_id"]].append(row)
    for rows in sessions.values():
        rows.sort(key=lambda r: int(r["utterance_id"]))
    return dict(sessions)


def session_turns(rows: list[dict[str, str]]) -> list[Turn]:
    """A session as turns: therapist = agent, client = debtor."""
    return [
        Turn(speaker="agent" if row["interlocutor"] == "therapist" else "debtor", text=row["utterance_text"])
        for row in rows
    ]


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
        turns = session_turns(rows)
        session_classes: list[str] = []
        for index, (row, turn) in enumerate(zip(rows, turns, strict=True)):
            if turn.speaker == "agent":
                cls = act_class(
                    tagger(turn.text, turns[max(0, index - 4) : index], turns[index + 1 : index + 2])
                )
                session_classes.append(cls)
                predicted.append(cls)
                gold.append(gold_class(row["main_therapist_behaviour"]))
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


def tagging_speed(sessions: dict[str, list[dict[str, str]]], tagger: Tagger, runs: int = 5) -> dict[str, Any]:
    """Median ms per therapist utterance, over all of them and over collection-length ones (≤ 40 words)."""
    samples: list[tuple[str, list[Turn], list[Turn]]] = []
    for rows in sessions.values():
        turns = session_turns(rows)
        samples.extend(
            (turn.text, turns[max(0, index - 4) : index], turns[index + 1 : index + 2])
            for index, turn in enumerate(turns)
            if turn.speaker == "agent"
        )
    short = [s for s in samples if len(s[0].split()) <= 40]
    result: dict[str, Any] = {}
    for name, batch in (("all", samples), ("up_to_40_words", short)):
        tagger(*batch[0])
        timings = []
        for _ in range(runs):
            start = time.perf_counter()
            for text, context, following in batch:
                tagger(text, context, following)
            timings.append((time.perf_counter() - start) / len(batch) * 1000)
        result[name] = {
            "utterances": len(batch),
            "median_ms_per_utterance": round(statistics.median(timings), 4),
        }
    return result


def main() -> None:
    from scoring.tagger import tag_utterance

    sessions = load_sessions(ANNOMI_DIR / "dev-simple.csv")
    tagger: Tagger = lambda text, context, following: tag_utterance(text, "en", context, following)  # noqa: E731
    report = {
        "machine": describe(),
        "in_sample": evaluate_annomi(sessions, tagger),
        "speed_en": tagging_speed(sessions, tagger),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
