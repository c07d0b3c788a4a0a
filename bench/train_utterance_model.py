"""Fit the English reflection/question/other model on AnnoMI dev data and write its weights (JSON).

    .venv/bin/python -m bench.train_utterance_model [--cv]

``--cv`` prints the 5-fold-by-transcript cross-validated figures instead of writing the model.
"""

from __future__ import annotations

import json
import math
import os
import random
import sys
from collections import Counter
from collections.abc import Sequence

from bench.annomi import ANNOMI_DIR, act_class, gold_class, load_sessions, reflection_to_question
from bench.metrics import macro_f1, roc_auc
from scoring.tagger import _content_stems, _debtor_stems
from scoring.tagging.lexicon import compiled_lexicon
from scoring.tagging.text import fold
from scoring.tagging.utterance_model import CLASSES, MODEL_PATH, UtteranceModel, utterance_features
from scoring.transcript import Turn

L2 = float(os.environ.get("L2", "1e-3"))
EPOCHS = int(os.environ.get("EPOCHS", "6"))
RATE = float(os.environ.get("RATE", "0.3"))
MIN_SESSIONS = 3  # a word feature must occur in at least this many sessions


def session_examples(rows: list[dict[str, str]]) -> list[tuple[list[str], str]]:
    lex = compiled_lexicon("en")
    turns: list[Turn] = []
    examples = []
    for row in rows:
        speaker = "agent" if row["interlocutor"] == "therapist" else "debtor"
        if speaker == "agent":
            folded = fold(row["utterance_text"])
            feats = utterance_features(
                lex, folded, _debtor_stems(lex, turns[-4:]), _content_stems(lex, folded)
            )
            examples.append((feats, gold_class(row["main_therapist_behaviour"])))
        turns.append(Turn(speaker=speaker, text=row["utterance_text"]))
    return examples


def fit(sessions: dict[str, list[tuple[list[str], str]]], seed: int = 0) -> UtteranceModel:
    seen: Counter[str] = Counter()
    for examples in sessions.values():
        seen.update({f for feats, _ in examples for f in feats})
    keep = {
        f
        for f, n in seen.items()
        if n >= MIN_SESSIONS or not f.startswith(("w:", "b:", "w0", "w01", "lw", "end:"))
    }
    data = [([f for f in feats if f in keep], label) for ex in sessions.values() for feats, label in ex]
    weights: dict[str, dict[str, float]] = {}
    squared: dict[tuple[str, str], float] = {}
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(data)
        for feats, label in data:
            model = UtteranceModel(weights)
            probs = model.probabilities(feats)
            for cls in CLASSES:
                grad = probs[cls] - (1.0 if cls == label else 0.0)
                for feat in feats:
                    row = weights.setdefault(feat, dict.fromkeys(CLASSES, 0.0))
                    g = grad + L2 * row[cls]
                    key = (feat, cls)
                    squared[key] = squared.get(key, 0.0) + g * g
                    row[cls] -= RATE * g / math.sqrt(squared[key] + 1e-8)
    rounded = {f: {c: round(w, 4) for c, w in row.items()} for f, row in weights.items()}
    return UtteranceModel({f: r for f, r in rounded.items() if any(abs(w) > 1e-3 for w in r.values())})


def cross_validate(folds: int = 5) -> dict[str, object]:
    raw = load_sessions(ANNOMI_DIR / "dev-simple.csv")
    sessions = {sid: session_examples(rows) for sid, rows in raw.items()}
    ids = sorted(sessions, key=int)
    random.Random(7).shuffle(ids)
    gold: list[str] = []
    predicted: list[str] = []
    ratios: dict[str, float] = {}
    for k in range(folds):
        test = set(ids[k::folds])
        model = fit({s: ex for s, ex in sessions.items() if s not in test})
        for sid in test:
            classes = [model.predict(feats) for feats, _ in sessions[sid]]
            predicted += classes
            gold += [label for _, label in sessions[sid]]
            ratios[sid] = reflection_to_question(classes)
    f1, per_class = macro_f1(gold, predicted)
    high = [raw[s][0]["mi_quality"] == "high" for s in ratios]
    return {
        "folds": folds,
        "macro_f1": f1,
        "per_class_f1": per_class,
        "rq_auc": round(roc_auc(list(ratios.values()), high), 3),
    }


def main(argv: Sequence[str]) -> None:
    if "--cv" in argv:
        print(json.dumps(cross_validate(), indent=2))
        return
    raw = load_sessions(ANNOMI_DIR / "dev-simple.csv")
    model = fit({sid: session_examples(rows) for sid, rows in raw.items()})
    payload = {
        "about": "English reflection/question/other weights fitted on AnnoMI dev (bench/train_utterance_model.py)",
        "classes": list(CLASSES),
        "weights": model.weights,
    }
    MODEL_PATH.write_text(
        json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8"
    )
    print(json.dumps({"written": str(MODEL_PATH), "features": len(model.weights)}))


if __name__ == "__main__":
    _ = act_class  # the class mapping used at evaluation time
    main(sys.argv[1:])
