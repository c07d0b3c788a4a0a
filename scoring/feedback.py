"""Better phrasings for weak turns, from the curated rewrite libraries ``scoring/rewrites/{fr,en}.yaml``.

Every weak turn found by a dimension (an :class:`Issue`) gets at most one suggestion: the most serious issue
of that turn, rewritten with the conversation's own facts (balance, agreed amount, the debtor's words).
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from amiable.content import ContentError, StrictModel, load_model
from scoring.dimensions.context import Context, Issue, quote
from scoring.scorecard import Suggestion
from scoring.transcript import Lang

FOLDER = Path(__file__).resolve().parent / "rewrites"

# Most serious first: a turn with a threat and an injunction gets the threat's rewrite.
PRIORITY = (
    "insult",
    "false_authority",
    "fees",
    "third_party",
    "threat",
    "borrow",
    "ultimatum",
    "blame",
    "dismissal",
    "understand_but",
    "solution_before_empathy",
    "impolite",
    "cannot",
    "injunction",
    "jargon",
    "boilerplate",
    "dispute",
    "unprompted_discount",
    "verify_first",
    "offer_before_exploring",
    "closed_question",
    "missed_emotion",
    "stacked_questions",
    "vague_promise",
    "missing_recap",
    "identify_self",
    "amicable_status",
    "state_amount",
    "mini_miranda",
    "signpost",
)


class Rewrite(StrictModel):
    pattern: str
    match: str | None = None
    better: list[str]
    why: str
    source: str | None = None


class RewriteFile(StrictModel):
    lang: Lang
    rewrites: list[Rewrite]


@dataclass(frozen=True)
class _Compiled:
    rewrite: Rewrite
    match: re.Pattern[str] | None
    slots: tuple[frozenset[str], ...]


@lru_cache(maxsize=2)
def library(lang: Lang) -> tuple[_Compiled, ...]:
    path = FOLDER / f"{lang}.yaml"
    data = load_model(path, RewriteFile)
    compiled = []
    for i, rewrite in enumerate(data.rewrites):
        if rewrite.pattern not in PRIORITY:
            raise ContentError([f"{path}: rewrites[{i}].pattern: unknown pattern {rewrite.pattern!r}"])
        try:
            match = re.compile(rewrite.match) if rewrite.match else None
        except re.error as exc:
            raise ContentError([f"{path}: rewrites[{i}].match: invalid pattern ({exc})"]) from None
        slots = tuple(frozenset(f for _, f, _, _ in string.Formatter().parse(t) if f) for t in rewrite.better)
        compiled.append(_Compiled(rewrite, match, slots))
    return tuple(compiled)


def files() -> list[Path]:
    return sorted(FOLDER.glob("*.yaml"))


def suggestions(ctx: Context, issues: Sequence[Issue], amount: float | None = None) -> list[Suggestion]:
    by_turn: dict[int, Issue] = {}
    for issue in issues:
        current = by_turn.get(issue.turn)
        if current is None or _rank(issue.pattern) < _rank(current.pattern):
            by_turn[issue.turn] = issue
    views = {t.index: t for t in ctx.turns}
    found = []
    given: set[str] = set()
    for turn_index in sorted(by_turn):
        issue = by_turn[turn_index]
        view = views.get(turn_index)
        if view is None:
            continue
        made = _suggest(ctx, issue, view, amount)
        # The same advice twice teaches nothing new: the first turn that needs it carries it.
        if made is not None and made.better not in given:
            given.add(made.better)
            found.append(made)
    return found


def _rank(pattern: str) -> int:
    return PRIORITY.index(pattern) if pattern in PRIORITY else len(PRIORITY)


def _suggest(ctx: Context, issue: Issue, view, amount: float | None) -> Suggestion | None:  # type: ignore[no-untyped-def]
    slots = _slots(ctx, issue, view, amount)
    for entry in library(ctx.lang):
        rewrite = entry.rewrite
        if rewrite.pattern != issue.pattern or (entry.match and not entry.match.search(view.norm)):
            continue
        for template, needed in zip(rewrite.better, entry.slots, strict=True):
            if needed <= slots.keys():
                return Suggestion(
                    turn=view.index,
                    original=quote(view.text, 300),
                    better=template.format_map(slots),
                    why=rewrite.why,
                    pattern=issue.pattern,
                )
    return None


def _money(value: float, ctx: Context) -> str:
    """« 247,80 € » / "$247.80": the same money format as everywhere else in the product."""
    from scoring.offers import format_amount

    currency = ctx.facts.currency if ctx.facts else ("EUR" if ctx.lang == "fr" else "USD")
    if ctx.facts is None and ctx.jurisdiction == "uk":
        currency = "GBP"
    return format_amount(value, currency, ctx.lang)


_CLAUSE = re.compile(r"[.!?;…]")


def _slots(ctx: Context, issue: Issue, view, amount: float | None) -> dict[str, str]:  # type: ignore[no-untyped-def]
    slots: dict[str, str] = {}
    if ctx.facts and ctx.facts.balance is not None:
        slots["balance"] = _money(ctx.facts.balance, ctx)
    if amount is not None:
        slots["amount"] = _money(amount, ctx)
    if issue.detail and issue.pattern in ("solution_before_empathy", "missed_emotion"):
        words = _CLAUSE.split(issue.detail.strip())[0].strip().strip(",")
        reflected = _second_person(words, ctx.lang) if 3 <= len(words.split()) <= 16 else None
        if reflected:
            slots["debtor_words"] = reflected
    hit = next((h for h in getattr(view, "hits", ()) if h.category == issue.pattern), None)
    if hit is not None:
        slots["matched"] = hit.match
    return slots


_FR_PERSON = [
    (r"\bj'ai\b", "vous avez"),
    (r"\bje suis\b", "vous êtes"),
    (r"\bje ne\b", "vous ne"),
    (r"\bje n'", "vous n'"),
    (r"\bj'", "vous "),
    (r"\bje\b", "vous"),
    (r"\bmon\b", "votre"),
    (r"\bma\b", "votre"),
    (r"\bmes\b", "vos"),
    (r"\bme\b", "vous"),
    (r"\bm'", "vous "),
    (r"\bmoi\b", "vous"),
]
_EN_PERSON = [
    (r"\bI'm\b", "you're"),
    (r"\bI am\b", "you are"),
    (r"\bI've\b", "you've"),
    (r"\bI was\b", "you were"),
    (r"\bI\b", "you"),
    (r"\bmy\b", "your"),
    (r"\bme\b", "you"),
    (r"\bmyself\b", "yourself"),
]


_FR_UNSAFE = re.compile(r"\bje (?!suis\b)|\bj'(?!ai\b)", re.IGNORECASE)


def _second_person(words: str, lang: Lang) -> str | None:
    """Turn the debtor's own words into a reflection ("j'ai perdu mon emploi" → "vous avez perdu votre emploi");
    None when the verb would need a conjugation this simple swap cannot do."""
    if lang == "fr" and _FR_UNSAFE.search(words.replace("’", "'")):
        return None
    words = words.replace("’", "'")
    text = words[0].lower() + words[1:] if words and not words.startswith("I ") else words
    for pattern, repl in _FR_PERSON if lang == "fr" else _EN_PERSON:
        text = re.sub(pattern, repl, text, flags=re.IGNORECASE if lang == "fr" else 0)
    return text
