"""Cue inventories per language (scoring/lexicons/<lang>.yaml), validated and compiled once."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from pydantic import Field, field_validator

from amiable.content import StrictModel, load_model
from scoring.acts import ACTS
from scoring.tagging.text import fold

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicons"


def _check_acts(value: dict[str, list[str]]) -> dict[str, list[str]]:
    unknown = sorted(set(value) - set(ACTS))
    if unknown:
        raise ValueError(f"unknown act name(s): {', '.join(unknown)}")
    return value


class QuestionCues(StrictModel):
    starters: list[str]  # sentence openers that ask even without a question mark
    anywhere: list[str]  # forms that ask wherever they occur (inversion, « est-ce que »)
    open_starters: list[str]  # openers of questions that invite the debtor to elaborate
    fillers: list[str]  # leading words skipped before looking at the opener
    not_question: list[str] = Field(default_factory=list)  # rhetorical or tag forms that do not ask anything


class ReflectionCues(StrictModel):
    stems: list[str]  # « si je comprends bien », "it sounds like"
    feelings: list[str]  # feeling words that make a debtor-focused statement a reflection
    debtor_focus: list[str]  # second-person markers
    blockers: list[str]  # advice, information, requests: "you" statements that are not reflections


class JargonCues(StrictModel):
    terms: list[str]
    explained_by: list[str]


class OfferCues(StrictModel):
    arrangements: list[str]  # concrete plan or forbearance, an offer on its own
    amounts: list[str]  # an amount schedule, an offer only with a proposal
    proposals: list[str]


class Lexicon(StrictModel):
    lang: str
    cues: dict[str, list[str]]
    blockers: dict[str, list[str]] = Field(default_factory=dict)
    negations: list[str]
    contrast: list[str]  # « mais »: cancels the empathy said before it in the same sentence
    question: QuestionCues
    reflection: ReflectionCues
    jargon: JargonCues
    offer: OfferCues
    summary_confirmations: list[str]
    stopwords: list[str]

    _validate_cues = field_validator("cues", "blockers")(_check_acts)


def _alternation(fragments: list[str], *, anchored: bool = False) -> re.Pattern[str] | None:
    if not fragments:
        return None
    body = "|".join(f"(?:{fold(f)})" for f in fragments)
    prefix = r"^(?:" if anchored else r"(?<![a-z0-9])(?:"
    return re.compile(prefix + body + r")(?![a-z0-9])")


class CompiledLexicon:
    """Regexes built once per language from a validated ``Lexicon``."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lang = lexicon.lang
        self.cues = {act: p for act, frags in lexicon.cues.items() if (p := _alternation(frags))}
        self.blockers = {act: p for act, frags in lexicon.blockers.items() if (p := _alternation(frags))}
        self.negation = _alternation(lexicon.negations)
        self.contrast = _alternation(lexicon.contrast)
        q = lexicon.question
        self.fillers = re.compile(r"^(?:(?:" + "|".join(fold(f) for f in q.fillers) + r")\b[ ,:]*)+")
        self.q_starters = _alternation(q.starters, anchored=True)
        self.q_anywhere = _alternation(q.anywhere)
        self.q_open = _alternation(q.open_starters, anchored=True)
        self.q_not = _alternation(q.not_question)
        r = lexicon.reflection
        self.r_stems = _alternation(r.stems)
        self.r_feelings = _alternation(r.feelings)
        self.r_focus = _alternation(r.debtor_focus)
        self.r_blockers = _alternation(r.blockers)
        self.jargon = _alternation(lexicon.jargon.terms)
        self.jargon_explained = _alternation(lexicon.jargon.explained_by)
        self.offer_arrangements = _alternation(lexicon.offer.arrangements)
        self.offer_amounts = _alternation(lexicon.offer.amounts)
        self.offer_proposals = _alternation(lexicon.offer.proposals)
        self.summary_confirmations = _alternation(lexicon.summary_confirmations)
        self.stopwords = frozenset(fold(w) for w in lexicon.stopwords)


def load_lexicon(lang: str, folder: Path = LEXICON_DIR) -> Lexicon:
    return load_model(folder / f"{lang}.yaml", Lexicon)


@cache
def compiled_lexicon(lang: str) -> CompiledLexicon:
    """The compiled cue inventory of ``lang``; built on first use, then reused."""
    return CompiledLexicon(load_lexicon(lang))
