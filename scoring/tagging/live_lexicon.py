"""A lexicon narrowed to the patterns that can match somewhere in one utterance.

Every cue pattern gets the literal pre-filter of ``scoring.dimensions.prefilter``: a pattern none of whose
needles occurs in the folded utterance cannot match it, nor any sentence, clause or window cut from it. The
narrowed lexicon holds None (or no dict entry) for such a pattern, which the tagger already reads as "no
match": the answers stay the same and most searches are skipped.
"""

from __future__ import annotations

from functools import cache

from scoring.dimensions.prefilter import NeedleIndex, Prefiltered
from scoring.tagging.lexicon import CompiledLexicon

# Lexicon attributes holding one pattern.
SINGLE_PATTERNS = (
    "negation",
    "contrast",
    "q_starters",
    "q_anywhere",
    "q_open",
    "q_not",
    "r_stems",
    "r_feelings",
    "r_focus",
    "r_blockers",
    "jargon",
    "jargon_explained",
    "offer_arrangements",
    "offer_amounts",
    "offer_proposals",
    "summary_confirmations",
)
_Key = tuple[str, str]  # ("cues" | "blockers" | "single", act or attribute name)


class _CueFilters:
    def __init__(self, lex: CompiledLexicon) -> None:
        patterns: dict[_Key, Prefiltered] = {}
        for act, pattern in lex.cues.items():
            patterns["cues", act] = Prefiltered.of(pattern)
        for act, pattern in lex.blockers.items():
            patterns["blockers", act] = Prefiltered.of(pattern)
        for name in SINGLE_PATTERNS:
            if (pattern := getattr(lex, name)) is not None:
                patterns["single", name] = Prefiltered.of(pattern)
        self.index = NeedleIndex(patterns)
        self.singles = tuple(key[1] for key in patterns if key[0] == "single")


@cache
def _cue_filters(lex: CompiledLexicon) -> _CueFilters:
    return _CueFilters(lex)


def live_lexicon(lex: CompiledLexicon, folded: str) -> CompiledLexicon:
    """``lex`` without the patterns that cannot match anywhere in ``folded``."""
    filters = _cue_filters(lex)
    live_keys = filters.index.possible(folded)
    live = object.__new__(CompiledLexicon)
    live.__dict__.update(lex.__dict__)
    live.cues = {act: p for act, p in lex.cues.items() if ("cues", act) in live_keys}
    live.blockers = {act: p for act, p in lex.blockers.items() if ("blockers", act) in live_keys}
    for name in filters.singles:
        if ("single", name) not in live_keys:
            setattr(live, name, None)
    return live
