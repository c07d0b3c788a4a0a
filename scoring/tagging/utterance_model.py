"""A small linear model (weights in a JSON data file) deciding reflection / question / other for English.

Features are the tagger's own cues (reflective stems, advice, question forms, overlap with what the debtor
said) plus a few words; the model runs in pure Python: a dictionary look-up and a sum per class.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import cache
from itertools import pairwise
from pathlib import Path

from scoring.tagging.lexicon import CompiledLexicon
from scoring.tagging.text import sentences, tokens

MODEL_PATH = Path(__file__).resolve().parent / "en_utterance_model.json"
CLASSES = ("reflection", "question", "other")


def _bucket(value: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


def utterance_features(lex: CompiledLexicon, folded: str, said: set[str], content: set[str]) -> list[str]:
    """Named binary features of one folded utterance; ``said``/``content`` are content stems."""
    parts = sentences(folded) or [folded]
    words = tokens(folded)
    feats = [
        "bias",
        f"len:{_bucket(len(words), (1, 3, 6, 12, 25, 50))}",
        f"nsent:{_bucket(len(parts), (1, 2, 4))}",
    ]
    overlap = len(content & said)
    feats.append(f"overlap:{_bucket(overlap, (0, 1, 2, 4))}")
    if content:
        feats.append(f"overlap_share:{_bucket(int(10 * overlap / len(content)), (0, 2, 4, 7))}")
    last = parts[-1]
    body_last = lex.fillers.sub("", last).lstrip(" ,")
    checks = {
        "ends_q": last.rstrip(" \"')").endswith("?"),
        "any_q": "?" in folded,
        "q_start_last": bool(lex.q_starters and lex.q_starters.match(body_last)),
        "q_open_last": bool(lex.q_open and lex.q_open.match(body_last)),
        "q_tag": bool(lex.q_anywhere and lex.q_anywhere.search(last)),
        "stem": bool(lex.r_stems and lex.r_stems.search(folded)),
        "stem_last": bool(lex.r_stems and lex.r_stems.search(last)),
        "feeling": bool(lex.r_feelings and lex.r_feelings.search(folded)),
        "focus": bool(lex.r_focus and lex.r_focus.search(folded)),
        "focus_last": bool(lex.r_focus and lex.r_focus.search(last)),
        "advice": bool(lex.r_blockers and lex.r_blockers.search(folded)),
        "first_person_start": body_last[:2] in ("i ", "i'", "we") or body_last.startswith("let "),
    }
    feats += [name for name, on in checks.items() if on]
    for act, pattern in lex.cues.items():
        if pattern.search(folded):
            feats.append(f"act:{act}")
    first = tokens(lex.fillers.sub("", parts[0]).lstrip(" ,"))
    last_tokens = tokens(body_last)
    if first:
        feats.append(f"w0:{first[0]}")
        feats.append(f"w01:{' '.join(first[:2])}")
    if last_tokens:
        feats.append(f"lw0:{last_tokens[0]}")
        feats.append(f"lw01:{' '.join(last_tokens[:2])}")
        feats.append(f"end:{last_tokens[-1]}")
    feats += [f"w:{w}" for w in set(words)]
    feats += [f"b:{a} {b}" for a, b in set(pairwise(words))]
    if said:
        feats.append("after_debtor")
    return feats


class UtteranceModel:
    def __init__(self, weights: dict[str, dict[str, float]]) -> None:
        self.weights = weights

    def scores(self, feats: Sequence[str]) -> dict[str, float]:
        totals = dict.fromkeys(CLASSES, 0.0)
        for feat in feats:
            row = self.weights.get(feat)
            if row:
                for cls, weight in row.items():
                    totals[cls] += weight
        return totals

    def probabilities(self, feats: Sequence[str]) -> dict[str, float]:
        scores = self.scores(feats)
        top = max(scores.values())
        exp = {c: math.exp(s - top) for c, s in scores.items()}
        total = sum(exp.values())
        return {c: v / total for c, v in exp.items()}

    def predict(self, feats: Sequence[str]) -> str:
        scores = self.scores(feats)
        return max(CLASSES, key=lambda c: scores[c])


@cache
def english_model() -> UtteranceModel | None:
    if not MODEL_PATH.is_file():
        return None
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return UtteranceModel(data["weights"])
