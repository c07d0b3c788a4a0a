"""Accuracy measures of the rubric scorer, registered in ``bench.accuracy.MEASURES``.

- ``tydip_fr_positive_language``: TyDiP-fr politeness, ROC AUC of ``dimensions.positive_language`` on the dev set,
  with the 5-fold cross-validated estimate of ``bench.tydip_cv`` (the one tuned scale chosen on four folds,
  measured on the fifth).
- ``annomi_active_listening``: AnnoMI sessions, ROC AUC of ``dimensions.active_listening`` (high vs low quality).
- ``pairs_ordering``: share of hand-written transcript pairs ordered right on their named dimension.
Each returns a JSON-ready dict, or None when its data is missing (the convention of ``bench.accuracy``).
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench.metrics import roc_auc

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
PAIRS = ROOT / "tests" / "data" / "pairs"


def tydip_scores(path: Path | None = None) -> tuple[list[float], list[bool]]:
    from scoring.scorer import score_tagged
    from scoring.transcript import TaggedTurn

    path = path or BENCHMARKS / "tydip-fr" / "dev.csv"
    scores, labels = [], []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            turn = TaggedTurn(index=0, speaker="agent", text=row["sentence"])
            scores.append(score_tagged("fr", [turn]).dimensions.positive_language)
            labels.append(float(row["score"]) > 0)
    return scores, labels


def tydip_fr_positive_language() -> dict[str, Any] | None:
    path = BENCHMARKS / "tydip-fr" / "dev.csv"
    if not path.exists():
        return None
    from bench.tydip_cv import cross_validate

    scores, labels = tydip_scores(path)
    cv = cross_validate(path)
    return {
        "auc": round(roc_auc(scores, labels), 3),
        "cv_mean_heldout_auc": cv["cv_mean_heldout_auc"],
        "cv_min_heldout_auc": cv["cv_min_heldout_auc"],
        "sentences": len(labels),
        "target": 0.80,
    }


def annomi_sessions(path: Path | None = None) -> list[tuple[str, bool, Any]]:
    """(transcript id, high quality?, scorecard) per AnnoMI session, therapist = agent, client = debtor."""
    from scoring.scorer import score_transcript
    from scoring.transcript import Transcript, Turn

    path = path or BENCHMARKS / "annomi" / "dev-simple.csv"
    sessions: dict[str, list[Turn]] = defaultdict(list)
    quality: dict[str, bool] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            speaker = "agent" if row["interlocutor"] == "therapist" else "debtor"
            text = row["utterance_text"].strip()
            if text:
                sessions[row["transcript_id"]].append(Turn(speaker=speaker, text=text))  # type: ignore[arg-type]
            quality[row["transcript_id"]] = row["mi_quality"] == "high"
    return [
        (tid, quality[tid], score_transcript(Transcript(lang="en", turns=turns), lang="en"))
        for tid, turns in sorted(
            sessions.items(), key=lambda item: int(item[0]) if item[0].isdigit() else item[0]
        )
    ]


def annomi_active_listening() -> dict[str, Any] | None:
    path = BENCHMARKS / "annomi" / "dev-simple.csv"
    if not path.exists():
        return None
    sessions = annomi_sessions(path)
    labels = [high for _, high, _ in sessions]
    listening = [card.dimensions.active_listening for _, _, card in sessions]
    rq = [card.metrics.get("reflection_to_question") or 0.0 for _, _, card in sessions]
    return {
        "active_listening_auc": round(roc_auc(listening, labels), 3),
        "reflection_to_question_auc": round(roc_auc(rq, labels), 3),
        "sessions": len(sessions),
        "high": sum(labels),
        "target": 0.85,
    }


def pair_results(folder: Path = PAIRS) -> list[dict[str, Any]]:
    from scoring.facts import ScenarioFacts
    from scoring.scorer import score_transcript
    from scoring.transcript_io import read_transcript

    results = []
    for pair in sorted(p for p in folder.iterdir() if p.is_dir()):
        meta = json.loads((pair / "pair.json").read_text(encoding="utf-8"))
        facts = ScenarioFacts(**meta["facts"]) if "facts" in meta else None
        scores = {}
        for side in ("better", "worse"):
            card = score_transcript(read_transcript(pair / f"{side}.txt"), lang="fr", facts=facts)
            scores[side] = getattr(card.dimensions, meta["dimension"])
        results.append(
            {
                "pair": pair.name,
                "dimension": meta["dimension"],
                **scores,
                "ordered": scores["better"] > scores["worse"],
            }
        )
    return results


def pairs_ordering() -> dict[str, Any] | None:
    results = pair_results()
    return {
        "pairs": len(results),
        "ordered": sum(r["ordered"] for r in results),
        "misordered": [r["pair"] for r in results if not r["ordered"]],
    }


MEASURES = {
    "tydip_fr_positive_language": tydip_fr_positive_language,
    "annomi_active_listening": annomi_active_listening,
    "pairs_ordering": pairs_ordering,
}
