"""Fit the English reflection/question/other model on AnnoMI dev data and write its weights (JSON).

    .venv/bin/python -m bench.train_utterance_model [--cv]

``--cv`` prints the 5-fold-by-transcript cross-validated figures instead of writing the model; the held-out
sessions are tagged by the pure-Python runtime model (``UtteranceModel``), exactly as the tagger does.
Fitting needs the training extras (``pip install -e '.[train]'``: scikit-learn, numpy); the shipped model
and the tagger do not.

Choices made by grouped cross-validation on the dev part: four fitted classes (therapist input apart from
other, merged at prediction), low-quality sessions weighted ×4 (they hold the "you…" advice that a model
trained mostly on good sessions takes for reflections), and a reflection offset that favours precision.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Sequence
from typing import Any

from bench.annomi import ANNOMI_DIR, gold_class, load_sessions, reflection_to_question
from bench.metrics import macro_f1, roc_auc
from scoring.tagging.lexicon import compiled_lexicon
from scoring.tagging.text import fold
from scoring.tagging.utterance_model import MODEL_PATH, UtteranceModel, utterance_features
from scoring.transcript import Turn

C = 0.1  # inverse L2 strength
LOW_QUALITY_WEIGHT = 4.0
OFFSETS = {"reflection": -0.5}  # added to the reflection score: fewer, surer reflections
MIN_UTTERANCES = 2  # a feature must occur in at least this many training utterances
ABOUT = "English reflection/question/other weights fitted on AnnoMI dev (bench/train_utterance_model.py)"

Example = tuple[dict[str, float], str]  # features, fitted class (AnnoMI behaviour, therapist_input kept)


def session_examples(rows: list[dict[str, str]]) -> list[Example]:
    lex = compiled_lexicon("en")
    turns: list[Turn] = []
    examples = []
    for row in rows:
        speaker = "agent" if row["interlocutor"] == "therapist" else "debtor"
        if speaker == "agent":
            feats = utterance_features(lex, fold(row["utterance_text"]), turns[-4:])
            behaviour = row["main_therapist_behaviour"]
            examples.append((feats, behaviour if behaviour == "therapist_input" else gold_class(behaviour)))
        turns.append(Turn(speaker=speaker, text=row["utterance_text"]))
    return examples


def fit(sessions: dict[str, list[Example]], low_quality: set[str]) -> UtteranceModel:
    try:
        import numpy as np
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise SystemExit(f"fitting needs the training extras: pip install -e '.[train]' ({error})") from error
    seen: Counter[str] = Counter(name for ex in sessions.values() for feats, _ in ex for name in feats)
    names = sorted(n for n, count in seen.items() if count >= MIN_UTTERANCES)
    column = {n: i for i, n in enumerate(names)}
    rows, cols, values, labels, weights = [], [], [], [], []
    for sid, examples in sessions.items():
        for feats, label in examples:
            for name, value in feats.items():
                if name in column:
                    rows.append(len(labels))
                    cols.append(column[name])
                    values.append(value)
            labels.append(label)
            weights.append(LOW_QUALITY_WEIGHT if sid in low_quality else 1.0)
    matrix = csr_matrix((values, (rows, cols)), shape=(len(labels), len(names)))
    clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    clf.fit(matrix, np.array(labels), sample_weight=np.array(weights))
    classes = [str(c) for c in clf.classes_]
    table = {}
    for j, name in enumerate(names):
        row = [round(float(w), 4) for w in clf.coef_[:, j]]
        if any(abs(w) >= 1e-3 for w in row):
            table[name] = row
    return UtteranceModel(classes, [float(b) for b in clf.intercept_], table, OFFSETS)


def cross_validate(folds: int = 5) -> dict[str, Any]:
    raw = load_sessions(ANNOMI_DIR / "dev-simple.csv")
    sessions = {sid: session_examples(rows) for sid, rows in raw.items()}
    low = {sid for sid, rows in raw.items() if rows[0]["mi_quality"] == "low"}
    ids = sorted(sessions, key=int)
    random.Random(7).shuffle(ids)
    gold: list[str] = []
    predicted: list[str] = []
    ratios: dict[str, float] = {}
    for k in range(folds):
        test = set(ids[k::folds])
        model = fit({s: ex for s, ex in sessions.items() if s not in test}, low)
        for sid in test:
            classes = [model.predict(feats) for feats, _ in sessions[sid]]
            predicted += classes
            gold += [gold_class(label) for _, label in sessions[sid]]
            ratios[sid] = reflection_to_question(classes)
    f1, per_class = macro_f1(gold, predicted)
    return {
        "folds": f"{folds}, grouped by transcript",
        "macro_f1": f1,
        "per_class_f1": per_class,
        "rq_auc": round(roc_auc(list(ratios.values()), [s not in low for s in ratios]), 3),
    }


def main(argv: Sequence[str]) -> None:
    if "--cv" in argv:
        print(json.dumps(cross_validate(), indent=2))
        return
    raw = load_sessions(ANNOMI_DIR / "dev-simple.csv")
    low = {sid for sid, rows in raw.items() if rows[0]["mi_quality"] == "low"}
    model = fit({sid: session_examples(rows) for sid, rows in raw.items()}, low)
    MODEL_PATH.write_text(
        json.dumps(model.to_json(ABOUT, OFFSETS), ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    print(json.dumps({"written": str(MODEL_PATH), "features": len(model.weights)}))


if __name__ == "__main__":
    main(sys.argv[1:])
