"""Named features of one English agent utterance, read by the reflection/question/other model.

The tagger's own cues (reflective stems, advice, question forms), words and word pairs, how the utterance
opens and ends, directive and confronting phrasing, and the context: whether the debtor spoke just before,
how much of what they said is restated (shared content words and TF-IDF cosine, with document frequencies
stored in the model file), how the agent's own previous turn read (advice comes in runs: a "you…" sentence
right after advice is usually more advice, not a reflection) and, when a whole transcript is read, how the
debtor answered (a reflection is typically confirmed and built on — "yeah, and…" — where advice meets
"I know, but…"; in a live call the answer is not known yet, and a separate model is used).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

from scoring.tagging.lexicon import CompiledLexicon
from scoring.tagging.text import bucket, fold, sentences, stem, tokens
from scoring.transcript import Turn

_CONTEXT_TURNS = 4  # the turns before the utterance that the model sees (as the tagger passes them)
_DEBTOR_TURNS = 3  # how far back restated content is looked for
# Directive or opinion phrasing: the speaker's agenda, not a restatement of the debtor's.
_DIRECTIVE = re.compile(
    r"\b(?:i (?:really )?(?:need|want) you|you (?:need|have|got) to|you(?:'ve| have) got to"
    r"|you (?:should|must|can't)|it's (?:really |very )?important|i'm (?:pretty |really |very )?"
    r"(?:concerned|worried)|i (?:think|believe|recommend|suggest|would|'d)|this is (?:not|really|very)"
    r"|not okay|there's no|let's|come on|why don't you|did you know|is that clear)\b"
)
# Telling the debtor who they are or what will happen to them: confrontation dressed as a "you…" statement.
_CONFRONT = re.compile(
    r"\b(?:you need|you have to|you(?:'re| are) not (?:just|even|going)|you don't even|you're (?:a|the|one of)"
    r"|there(?:'s| are) (?:other|no)|you can just|make sure|you(?:'ll| will) (?:have|need|be)"
    r"|if you (?:keep|don't|continue)|you won't|you're never|you're gonna|you're going to have"
    r"|that's (?:not|the problem)|but you)\b"
)


def _cosine(mine: Mapping[str, float], norm: float, theirs: Mapping[str, float]) -> float:
    other = math.sqrt(sum(v * v for v in theirs.values()))
    if not norm or not other:
        return 0.0
    return sum(v * theirs.get(w, 0.0) for w, v in mine.items()) / (norm * other)


class IdfTable:
    """Inverse document frequencies of word stems, for the TF-IDF cosine between an utterance and the debtor's."""

    def __init__(self, idf: Mapping[str, float], unseen: float) -> None:
        self.idf = idf
        self.unseen = unseen
        self._vectors: dict[str, dict[str, float]] = {}

    def vector(self, words: Sequence[str], stopwords: frozenset[str]) -> dict[str, float]:
        counts: dict[str, int] = {}
        for word in words:
            if word not in stopwords:
                key = stem(word)
                counts[key] = counts.get(key, 0) + 1
        return {w: c * self.idf.get(w, self.unseen) for w, c in counts.items()}

    def _debtor_vector(self, folded: str, stopwords: frozenset[str]) -> dict[str, float]:
        # Cached: each debtor turn is read again by the next few agent turns.
        vec = self._vectors.get(folded)
        if vec is None:
            if len(self._vectors) >= 4096:
                self._vectors.clear()
            vec = self._vectors[folded] = self.vector(tokens(folded), stopwords)
        return vec

    def cosines(
        self, words: Sequence[str], debtor: Sequence[str], stopwords: frozenset[str]
    ) -> tuple[float, float]:
        """Cosine of an utterance's words with the debtor's last (folded) turn and with their turns together."""
        mine = self.vector(words, stopwords)
        norm = math.sqrt(sum(v * v for v in mine.values()))
        theirs = [self._debtor_vector(t, stopwords) for t in debtor]
        together: dict[str, float] = {}
        for vec in theirs:
            for w, v in vec.items():
                together[w] = together.get(w, 0.0) + v
        return _cosine(mine, norm, theirs[-1]), _cosine(mine, norm, together)

    @classmethod
    def fitted(cls, texts: Sequence[str]) -> IdfTable:
        """Smoothed IDF over folded texts (one document each), as stored in the model file."""
        df: dict[str, int] = {}
        for text in texts:
            for key in {stem(w) for w in tokens(text)}:
                df[key] = df.get(key, 0) + 1
        n = len(texts)
        return cls({w: round(math.log((n + 1) / (c + 1)) + 1, 3) for w, c in df.items()}, math.log(n + 1) + 1)


@lru_cache(maxsize=4096)
def _content_of(folded: str, stopwords: frozenset[str]) -> frozenset[str]:
    # Cached: each debtor turn is read again by the next few agent turns.
    return frozenset(stem(w) for w in tokens(folded) if (len(w) > 2 or w.isdigit()) and w not in stopwords)


def _content(lex: CompiledLexicon, folded: str) -> frozenset[str]:
    return _content_of(folded, lex.stopwords)


def _context_features(
    lex: CompiledLexicon,
    folded: str,
    words: Sequence[str],
    context: Sequence[Turn],
    feats: dict[str, float],
    idf: IdfTable | None,
) -> None:
    context = context[-_CONTEXT_TURNS:]
    previous = context[-1] if context else None
    feats["prev:" + (previous.speaker if previous else "none")] = 1.0
    if previous is not None and previous.speaker == "debtor":
        said = tokens(fold(previous.text))
        feats[f"plen:{bucket(len(said), (1, 3, 8, 20, 40))}"] = 1.0
        if "?" in previous.text:
            feats["prev_asks"] = 1.0
        for word in set(said[:3]):
            feats[f"pw0:{word}"] = 1.0
    debtor = [fold(t.text) for t in context if t.speaker == "debtor"][-_DEBTOR_TURNS:]
    content = _content(lex, folded)
    restated = frozenset().union(*(_content(lex, t) for t in debtor))
    overlap = len(content & restated)
    feats[f"overlap:{bucket(overlap, (0, 1, 2, 4))}"] = 1.0
    if content:
        feats[f"overlap_share:{bucket(int(10 * overlap / len(content)), (0, 2, 4, 7))}"] = 1.0
        feats["overlap_ratio"] = overlap / len(content)
        if debtor:
            feats["overlap_last_ratio"] = len(content & _content(lex, debtor[-1])) / len(content)
    if debtor and idf is not None:
        feats["cos_last"], together = idf.cosines(words, debtor, lex.stopwords)
        feats["cos_all"] = together
        feats[f"cosb:{bucket(int(10 * together), (0, 1, 2, 4))}"] = 1.0
    _previous_agent_features(lex, context, feats)


def _previous_agent_features(lex: CompiledLexicon, context: Sequence[Turn], feats: dict[str, float]) -> None:
    mine = [t for t in context if t.speaker == "agent"]
    if not mine:
        feats["pa:none"] = 1.0
        return
    said = fold(mine[-1].text)
    words = tokens(said)
    feats[f"pa:len:{bucket(len(words), (3, 12, 40))}"] = 1.0
    if words:
        feats[f"pa:w0:{words[0]}"] = 1.0
    if _DIRECTIVE.search(said):
        feats["pa:adv"] = 1.0
    if "?" in said:
        feats["pa:q"] = 1.0
    if context[-1].speaker == "agent":
        feats["pa:consecutive"] = 1.0


def _reply_features(following: Sequence[Turn], feats: dict[str, float]) -> None:
    reply = following[0] if following else None
    if reply is None or reply.speaker != "debtor":
        feats["nx:none"] = 1.0
        return
    said = fold(reply.text)
    words = tokens(said)
    feats["nx:debtor"] = 1.0
    feats[f"nx:len:{bucket(len(words), (1, 3, 8, 20, 40))}"] = 1.0
    for word in set(words[:2]):
        feats[f"nx:w0:{word}"] = 1.0
    if "?" in said:
        feats["nx:q"] = 1.0
    if " but " in f" {said} ":
        feats["nx:but"] = 1.0


def utterance_features(
    lex: CompiledLexicon,
    folded: str,
    context: Sequence[Turn],
    idf: IdfTable | None,
    following: Sequence[Turn] | None = None,
) -> dict[str, float]:
    """Named features (mostly 1.0) of one folded agent utterance; ``context`` holds the turns before it.

    ``following`` holds the turns after it when a whole transcript is read (empty at its end) and is None
    in a live call, where the answer is not known yet: no reply features then.
    """
    parts = sentences(folded) or [folded]
    words = tokens(folded)
    feats: dict[str, float] = {
        "bias": 1.0,
        f"len:{bucket(len(words), (1, 3, 6, 12, 25, 50))}": 1.0,
        f"nsent:{bucket(len(parts), (1, 2, 4))}": 1.0,
    }
    last = parts[-1]
    body_last = lex.fillers.sub("", last).lstrip(" ,")
    checks = {
        "ends_q": last.rstrip(" \"')-").endswith("?"),
        "any_q": "?" in folded,
        "q_start_last": bool(lex.q_starters and lex.q_starters.match(body_last)),
        "q_open_last": bool(lex.q_open and lex.q_open.match(body_last)),
        "q_tag": bool(lex.q_anywhere and lex.q_anywhere.search(last)),
        "stem": bool(lex.r_stems and lex.r_stems.search(folded)),
        "stem_last": bool(lex.r_stems and lex.r_stems.search(last)),
        "feeling": bool(lex.r_feelings and lex.r_feelings.search(folded)),
        "advice": bool(lex.r_blockers and lex.r_blockers.search(folded)),
        "first_person_start": body_last[:2] in ("i ", "i'", "we") or body_last.startswith("let "),
    }
    feats.update((name, 1.0) for name, on in checks.items() if on)
    feats.update((f"act:{act}", 1.0) for act, pattern in lex.cues.items() if pattern.search(folded))
    first = tokens(lex.fillers.sub("", parts[0]).lstrip(" ,"))
    if first:
        feats[f"w0:{first[0]}"] = 1.0
        feats[f"w01:{' '.join(first[:2])}"] = 1.0
    last_tokens = tokens(body_last)
    if last_tokens:
        feats[f"lw0:{last_tokens[0]}"] = 1.0
        feats[f"lw01:{' '.join(last_tokens[:2])}"] = 1.0
        feats[f"end:{last_tokens[-1]}"] = 1.0
    feats.update((f"w:{w}", 1.0) for w in words)
    feats.update((f"b:{a} {b}", 1.0) for a, b in pairwise(words))
    directives = confronting = 0
    for part in parts:
        opener = tokens(lex.fillers.sub("", part).lstrip(" ,")[:30])
        if opener:
            feats[f"sw:{opener[0]}"] = 1.0
        directives += _DIRECTIVE.search(part) is not None
        confronting += _CONFRONT.search(part) is not None
    if directives:
        feats[f"adv:{bucket(directives, (1, 2))}"] = 1.0
    if confronting:
        feats[f"conf:{bucket(confronting, (1, 2))}"] = 1.0
    _context_features(lex, folded, words, context, feats, idf)
    if following is not None:
        _reply_features(following, feats)
    return feats
