"""What every dimension reads: the tagged turns, their normalised text and phrase hits, and the known facts."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING

from scoring.dimensions.prefilter import NeedleIndex, prefiltered
from scoring.facts import Dimension, Jurisdiction, OutcomeFacts, ScenarioFacts
from scoring.phrasebook import Hit, Phrasebook, normalise, phrasebook
from scoring.scorecard import Evidence, SubScore
from scoring.transcript import Lang, TaggedTurn

if TYPE_CHECKING:
    from scoring.offers import OfferTerms

QUOTE_LIMIT = 160
_QUESTION_ACTS = frozenset({"open_question", "closed_question"})
# Relative dates in the text are resolved against a fixed day so that the same transcript always scores the same.
REFERENCE_DAY = dt.date(2025, 1, 6)
# Pressure and blame: a turn carrying one of these is never counted as listening, whatever else it says.
PRESSURE_ACTS = frozenset({"threat", "negative_framing"})
PRESSURE_CATEGORIES = ("threat", "ultimatum", "blame", "dismissal", "insult", "understand_but")
_MONEY_HINT = re.compile(r"\d|€|\$|£|euro|dollar|pound|livre")


@dataclass(frozen=True)
class TurnView:
    index: int
    speaker: str
    text: str
    norm: str
    acts: frozenset[str]
    hits: tuple[Hit, ...] = ()
    by_category: dict[str, Hit] = field(init=False, repr=False, compare=False)
    is_question: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_category: dict[str, Hit] = {}
        for h in self.hits:
            by_category.setdefault(h.category, h)
        object.__setattr__(self, "by_category", by_category)
        object.__setattr__(self, "is_question", bool(self.acts & _QUESTION_ACTS))

    def hit(self, category: str) -> Hit | None:
        return self.by_category.get(category)

    @property
    def pressure(self) -> bool:
        """Threat, blame, dismissal or a cancelled « je comprends, mais »: not listening, whatever else it says."""
        return bool(self.acts & PRESSURE_ACTS) or any(c in self.by_category for c in PRESSURE_CATEGORIES)


@dataclass
class Context:
    lang: Lang
    turns: list[TurnView]
    facts: ScenarioFacts | None
    outcome: OutcomeFacts | None
    jurisdiction: Jurisdiction
    book: Phrasebook
    agent: list[TurnView] = field(init=False, repr=False)
    debtor: list[TurnView] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.agent = [t for t in self.turns if t.speaker == "agent"]
        self.debtor = [t for t in self.turns if t.speaker == "debtor"]

    def next_agent(self, position: int) -> TurnView | None:
        """First agent turn after list position ``position``."""
        return next((t for t in self.turns[position + 1 :] if t.speaker == "agent"), None)

    def previous_debtor(self, turn: TurnView) -> TurnView | None:
        earlier = [t for t in self.turns if t.speaker == "debtor" and t.index < turn.index]
        return earlier[-1] if earlier else None

    def terms(self, turn: TurnView) -> OfferTerms | None:
        """Payment terms said in a turn (amounts, date, method), parsed once per turn."""
        cache = self._terms  # by text: a line said twice in the call is parsed once
        if turn.text not in cache:
            found = None
            if _MONEY_HINT.search(turn.norm) or self.book.has(turn.norm, "method"):
                from scoring.offers import parse_offer

                balance = self.facts.balance if self.facts else None
                found = parse_offer(turn.text, self.lang, REFERENCE_DAY, balance)
            cache[turn.text] = found
        return cache[turn.text]

    @cached_property
    def _terms(self) -> dict[str, OfferTerms | None]:
        return {}

    @cached_property
    def offers(self) -> list[TurnView]:
        """Agent turns that propose a payment arrangement: tagged ``offer``, or read from the words when the
        tagger missed it — an instalment amount, or an amount with a date or a method put as a proposal."""
        return [
            t
            for t in self.agent
            if ("offer" in t.acts and not (t is self.pause and self.terms(t) is None))
            or self._reads_as_offer(t)
        ]

    @cached_property
    def pause(self) -> TurnView | None:
        """The agent turn that puts collection on hold (bereavement, illness, crisis): forbearance, not a
        payment proposal, so the promise-to-pay items do not apply after it."""
        return next((t for t in self.agent if self.book.has(t.norm, "pause")), None)

    def _reads_as_offer(self, turn: TurnView) -> bool:
        if turn.pressure or "summary" in turn.acts or self.book.has(turn.norm, "recap"):
            return False
        terms = self.terms(turn)
        if terms is None or (terms.total is None and terms.monthly is None):
            return False
        if terms.monthly is not None or (terms.instalments or 0) > 1:
            return True
        proposed = "?" in turn.text or self.book.has(turn.norm, "proposal")
        return proposed and (terms.first_date is not None or terms.method is not None)

    @cached_property
    def wrong_party(self) -> TurnView | None:
        """The debtor-side turn saying the person on the line is not the debtor (and never corrected):
        nothing about the debt may be said to them, so the disclosure items no longer apply."""
        first = next((t for t in self.debtor[:3] if self.book.has(t.norm, "wrong_party")), None)
        if first is None:
            return None
        later = [t for t in self.debtor if t.index > first.index]
        return None if any(self.book.has(t.norm, "right_party") for t in later) else first


def build_context(
    lang: Lang,
    turns: Sequence[TaggedTurn],
    facts: ScenarioFacts | None,
    outcome: OutcomeFacts | None,
    jurisdiction: Jurisdiction,
) -> Context:
    book = phrasebook(lang)
    index = _category_index(book)
    views = []
    # A line said twice in the call (« D'accord. », a repeated proposal) is normalised and searched once.
    read: dict[tuple[str, str], tuple[str, tuple[Hit, ...]]] = {}
    for turn in turns:
        key = (turn.speaker, turn.text)
        if key not in read:
            norm = normalise(turn.text)
            hits = tuple(book.hits(norm, index.possible(norm))) if turn.speaker == "agent" else ()
            read[key] = norm, hits
        norm, hits = read[key]
        views.append(TurnView(turn.index, turn.speaker, turn.text, norm, frozenset(turn.acts), hits))
    return Context(lang, views, facts, outcome, jurisdiction, book)


@cache
def _category_index(book: Phrasebook) -> NeedleIndex[str]:
    """Which of the phrasebook's categories can match a turn, found in one pass over the turn."""
    return NeedleIndex({name: prefiltered(regex) for name, regex in book.category_regexes.items()})


def quote(text: str, limit: int = QUOTE_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Issue:
    """A weak turn the debrief should offer a better phrasing for."""

    turn: int
    pattern: str
    detail: str = ""


@dataclass
class DimensionResult:
    dimension: Dimension
    subscores: list[SubScore]
    evidence: list[Evidence] = field(default_factory=list)
    metrics: dict[str, float | int | str | None] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    score: float = 0.0


NEUTRAL = 50.0


def combine(subscores: Sequence[SubScore]) -> float:
    """Weighted mean of the sub-scores that apply; a neutral 50 when none does (nothing to judge)."""
    applicable = [s for s in subscores if s.score is not None and s.weight > 0]
    total = sum(s.weight for s in applicable)
    if not total:
        return NEUTRAL
    return round(sum(s.score * s.weight for s in applicable) / total, 1)  # type: ignore[operator]


def ramp(value: float, points: Sequence[tuple[float, float]]) -> float:
    """Piecewise-linear map through (value, score) points, flat beyond the ends."""
    if value <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if value <= x1:
            return round(y0 + (y1 - y0) * (value - x0) / (x1 - x0), 1)
    return points[-1][1]


def word_count(text: str) -> int:
    return len(text.split())


def tr(lang: Lang, fr: str, en: str) -> str:
    """Product text in the transcript's language."""
    return fr if lang == "fr" else en
