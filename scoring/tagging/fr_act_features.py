"""Named features of one French agent utterance, read by the per-act linear model (fr_act_model.py).

Words and word pairs of the folded utterance, character n-grams (3 to 5) within its words, how it opens and
ends, a few cue families (reassurance, negation, advice or information addressed to the debtor, the agent's own
actions), the acts the cue rules found in it, and a little context: who spoke just before, whether the debtor
asked a question, and how many of the debtor's content words the utterance, and its most echoing sentence,
take up.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

from scoring.offers import amounts_and_offer
from scoring.tagging.text import bucket, fold, sentences, stem, tokens
from scoring.transcript import Turn

_NGRAMS = (3, 4, 5)
# Features read from the words themselves: the word, its character n-grams and the word pairs. A long turn holds
# many of them, and their weights add up; an act may weigh them by a power of the number of distinct words.
WORD_LEVEL_PREFIXES = ("w:", "c:", "b:")


def word_scale(distinct_words: int, power: float) -> float:
    """The weight of each word-level feature in a turn of ``distinct_words`` distinct words."""
    return max(1, distinct_words) ** -power if power else 1.0


# Cue families read on the folded, spoken-normalised utterance: each fires one feature ``cue:<name>``.
_CUES = {
    # « ce n'est pas grave », « ne vous inquiétez pas », « aucun souci »: the opposite of a reproach.
    "reassure": re.compile(
        r"\b(?:pas (?:si |bien |tres )?grave|ne vous (?:en )?(?:inquietez|faites) pas|ne t'inquiete pas"
        r"|(?:aucun|pas de) (?:souci|soucis|probleme|problemes)|rassurez[- ]vous|ca arrive a tout le monde"
        r"|ce n'est pas de votre faute|c'est normal|c'est comprehensible)\b"
    ),
    "negation": re.compile(r"\b(?:ne|n')\s?\w+(?: \w+)? (?:pas|jamais|plus|rien|aucun|aucune)\b"),
    # Advice or information about what the debtor can do or will get: not a restatement of what they said.
    "advice": re.compile(
        r"\b(?:vous (?:devriez|devez|pouvez|pourriez|pourrez|recevrez|aurez|serez|allez (?:recevoir|pouvoir|avoir))"
        r"|il (?:faut|faudrait|faudra)|je vous (?:conseille|invite|recommande))\b"
    ),
    "self_action": re.compile(
        r"\b(?:je vais|je vous (?:envoie|renvoie|explique|rappelle|propose)|on va|nous allons)\b"
    ),
    "you_feel": re.compile(
        r"\b(?:vous (?:sentez|semblez|avez l'air|avez peur|etes (?:inquiet|inquiete|epuise|epuisee))"
        r"|si je comprends bien|si je vous suis|vous me dites|ce que j'entends)\b"
    ),
}
_STOPWORDS = frozenset(
    [
        "a",
        "au",
        "aux",
        "avec",
        "c'est",
        "ca",
        "ce",
        "ces",
        "cet",
        "cette",
        "d'un",
        "d'une",
        "dans",
        "de",
        "des",
        "du",
        "elle",
        "en",
        "est",
        "et",
        "il",
        "ils",
        "je",
        "j'ai",
        "la",
        "le",
        "les",
        "leur",
        "lui",
        "ma",
        "mais",
        "me",
        "mes",
        "moi",
        "mon",
        "ne",
        "nous",
        "on",
        "ou",
        "par",
        "pas",
        "pour",
        "qu'il",
        "que",
        "qui",
        "sa",
        "se",
        "ses",
        "si",
        "son",
        "sur",
        "ta",
        "te",
        "tes",
        "toi",
        "ton",
        "tu",
        "un",
        "une",
        "vos",
        "votre",
        "vous",
        "y",
        "oui",
        "non",
        "bon",
        "bah",
        "ben",
        "euh",
        "alors",
        "donc",
        "bien",
        "tres",
        "plus",
        "aussi",
        "tout",
    ]
)


@lru_cache(maxsize=4096)
def _content(folded: str) -> frozenset[str]:
    return frozenset(stem(w) for w in tokens(folded) if len(w) > 2 and w not in _STOPWORDS)


@lru_cache(maxsize=8192)
def word_features(word: str) -> tuple[str, ...]:
    """The features of one word: itself and its character n-grams (the model caches their summed weights)."""
    padded = f"<{word}>"
    grams = dict.fromkeys(f"c:{padded[i : i + n]}" for n in _NGRAMS for i in range(len(padded) - n + 1))
    return (f"w:{word}", *grams)


@lru_cache(maxsize=2048)
def text_features(folded: str) -> tuple[frozenset[str], tuple[tuple[str, float], ...]]:
    """The distinct words of the utterance and its other features read from it alone (cached per line)."""
    words = tokens(folded)
    parts = sentences(folded) or [folded]
    feats: dict[str, float] = {"bias": 1.0, f"len:{bucket(len(words), (3, 6, 12, 25, 50))}": 1.0}
    if folded.rstrip(" \"')").endswith("?"):
        feats["q_end"] = 1.0
    if "?" in folded:
        feats["q_any"] = 1.0
    if words:
        feats[f"w0:{words[0]}"] = 1.0
        feats[f"end:{words[-1]}"] = 1.0
    last = tokens(parts[-1])
    if last:
        feats[f"lw0:{last[0]}"] = 1.0
    feats.update((f"b:{a} {b}", 1.0) for a, b in pairwise(words))
    feats.update((f"cue:{name}", 1.0) for name, pattern in _CUES.items() if pattern.search(folded))
    _plan_features(folded, feats)
    return frozenset(words), tuple(feats.items())


# Any fixed day: only the plan's shape is read (how much per month, in how many payments, by what means).
_SOME_DAY = dt.date(2026, 1, 1)


def _plan_features(folded: str, feats: dict[str, float]) -> None:
    """The shape of a payment plan, read by the offer parser: an amount alone is as often the debt itself."""
    amounts, terms = amounts_and_offer(folded, "fr", _SOME_DAY)
    feats[f"amounts:{bucket(len(amounts), (0, 1, 2))}"] = 1.0
    if terms is None:
        return
    for name, present in (
        ("monthly", terms.monthly is not None),
        ("instalments", terms.instalments is not None),
        ("method", terms.method is not None),
        ("dated", terms.first_date is not None),
    ):
        if present:
            feats[f"plan:{name}"] = 1.0


def split_features(
    folded: str, rule_acts: Iterable[str], context: Sequence[Turn]
) -> tuple[frozenset[str], dict[str, float]]:
    """The utterance's distinct words (each standing for its ``word_features``) and all its other features."""
    words, rest = text_features(folded)
    feats = dict(rest)
    feats.update((f"r:{act}", 1.0) for act in rule_acts)
    previous = context[-1] if context else None
    feats[f"prev:{previous.speaker if previous else 'none'}"] = 1.0
    if previous is None or previous.speaker != "debtor":
        return words, feats
    said = fold(previous.text)
    if said.rstrip(" \"')").endswith("?"):
        feats["prev_asks"] = 1.0
    mine = _content(folded)
    shared = len(mine & _content(said))
    feats[f"overlap:{bucket(shared, (0, 1, 2, 4))}"] = 1.0
    if mine:
        feats["overlap_ratio"] = shared / len(mine)
    theirs = _content(said)
    if theirs:
        feats["covered_ratio"] = shared / len(theirs)
    _sentence_overlap(folded, theirs, feats)
    return words, feats


def _sentence_overlap(folded: str, theirs: frozenset[str], feats: dict[str, float]) -> None:
    """How closely the most echoing sentence takes up the debtor's words: in a long turn that restates, then
    asks or offers, the whole-turn ratios are diluted by the sentences that follow."""
    parts = sentences(folded)
    if len(parts) < 2 or not theirs:
        return
    best, where = 0.0, 0
    for index, part in enumerate(parts):
        mine = _content(part)
        if mine and (ratio := len(mine & theirs) / len(mine)) > best:
            best, where = ratio, index
    if best:
        feats["sentence_overlap_ratio"] = best
        feats[f"echo_sentence:{'first' if where == 0 else 'later'}"] = 1.0


def act_features(folded: str, rule_acts: Iterable[str], context: Sequence[Turn]) -> dict[str, float]:
    """All features of one folded agent utterance, by name: ``rule_acts`` are the cue rules' acts for it."""
    words, feats = split_features(folded, rule_acts, context)
    for word in sorted(words):
        for name in word_features(word):  # an n-gram counts once per distinct word holding it
            feats[name] = feats.get(name, 0.0) + 1.0
    return feats
