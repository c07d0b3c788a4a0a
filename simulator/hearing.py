"""What the debtor hears in one trainee reply: triggers (with the words that caused them) and plain cues.

The trainee's dialogue acts come from the scoring tagger; on top of them the debtor notices content: an
offer they cannot keep, « je comprends, mais », a solution pushed before a strong emotion was acknowledged
(the fix-it trap), a disclosure left unanswered, pressure repeated, fees, third parties, boilerplate.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from simulator import cues
from simulator.models import HiddenFact
from simulator.negotiation import Reading, Terms, Truth, read_offer

LISTENING_ACTS = frozenset({"reflection", "empathy", "summary", "affirmation"})
EMOTIONAL_INTENTS = frozenset({"vent", "disclose", "dispute", "object", "refuse"})
FLAG_CUES = (
    "dispute_log",
    "dispute_ack",
    "dispute_explained",
    "pause",
    "callback",
    "capacity_question",
    "closing",
    "agree",
    "ack",
    "recap",
    "complaint_log",
    "injection",
)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_JOINT = {"fr": re.compile(r"\b(on|nous)\b"), "en": re.compile(r"\b(we|let's|let us)\b")}


@dataclass
class CallMemory:
    """What the debtor remembers of the call so far (updated by the engine after each reply)."""

    last_intent: str | None = None
    last_fact: HiddenFact | None = None
    last_pressure: bool = False
    last_dominant: str | None = None
    dispute_stated: bool = False
    acknowledged: bool = True  # the trainee has acknowledged the debtor's last strong emotion
    last_mood: str | None = None  # strongest of anger, anxiety, shame when it was felt (≥ 0.3)
    covered: set[str] = field(default_factory=set)  # hidden facts the trainee already answered unasked


@dataclass
class Heard:
    text: str
    norm: str
    acts: tuple[str, ...]
    triggers: list[tuple[str, str, float]] = field(default_factory=list)  # (trigger, quote, weight)
    flags: set[str] = field(default_factory=set)
    terms: Terms | None = None
    reading: Reading | None = None

    def has(self, name: str) -> bool:
        return name in self.flags or name in self.acts

    @property
    def trigger_names(self) -> set[str]:
        return {name for name, _, _ in self.triggers}


def offer_part(text: str, lang: str) -> str:
    """The message without the sentences that only turn the debtor's words round (« si je comprends bien, vous
    voulez bien régler en deux fois »): figures echoed back are the debtor's, not the trainee's offer. A
    restatement in the first person plural (« si je comprends bien, on part sur… ») stays: that is a proposal."""
    kept = []
    for sentence in _SENTENCE_END.split(text):
        norm = cues.normalise(sentence)
        if cues.find("reflection_lead", norm, lang) and not _JOINT["en" if lang == "en" else "fr"].search(
            norm
        ):
            continue
        kept.append(sentence)
    return " ".join(kept)


def _quote(text: str, norm: str, cue: str, lang: str) -> str | None:
    match = cues.find(cue, norm, lang)
    if match is None:
        return None
    source = text if len(text) == len(norm) else norm
    return cues.sentence_around(source, match.start())


def hear(
    text: str,
    lang: str,
    acts: tuple[str, ...],
    terms: Terms | None,
    truth: Truth,
    today: dt.date,
    memory: CallMemory,
) -> Heard:
    norm = cues.normalise(text)
    asks_payment = {"offer", "commitment_request"} & set(acts) or cues.find("payment_ask", norm, lang)
    concrete = terms is not None and terms.method is not None
    agreeing = cues.find("agree", norm, lang) or cues.find("recap", norm, lang)
    if terms is not None and not asks_payment and not concrete and not agreeing:
        terms = None  # figures quoted from the file (the balance, the letter's date) are not an offer
    heard = Heard(text=text, norm=norm, acts=acts, terms=terms)
    whole = cues.sentence_around(text, 0, limit=140) if text else ""
    if "?" in text or "open_question" in acts or "closed_question" in acts:
        heard.flags.add("question")
    for cue in FLAG_CUES:
        if cues.find(cue, norm, lang):
            heard.flags.add(cue)
    if cues.find("short_yes", norm.strip(), lang):
        heard.flags.update({"agree", "ack"})
    if "agree" in heard.flags:
        heard.flags.add("ack")
    if (
        cues.find("callback", norm, lang)
        and cues.find("time_of_day", norm, lang)
        and cues.find("day", norm, lang)
    ):
        heard.flags.add("callback_slot")
    add = heard.triggers.append
    understand_but = _quote(text, norm, "understand_but", lang)
    calm_order = _quote(text, norm, "calm_down_order", lang)
    if calm_order:
        heard.acts = acts = tuple(act for act in acts if act not in ("empathy", "reflection"))
        add(("negative_framing", calm_order, 1.0))
    for act in acts:
        if act == "empathy" and understand_but:
            continue  # the "but" cancels the empathy before it
        add((act, whole, 1.0))
    if understand_but:
        add(("understand_but", understand_but, 1.0))
    for cue in ("fees_mentioned", "boilerplate", "dispute_dismissed"):
        quote = _quote(text, norm, cue, lang)
        if quote and (cue != "dispute_dismissed" or memory.dispute_stated):
            add((cue, quote, 1.0))
    third_party = _quote(text, norm, "third_party_threat", lang)
    if third_party and ("threat" in acts or cues.find("threat_words", norm, lang)):
        add(("third_party_threat", third_party, 1.0))
    leverage = "negative_framing" in acts or "commitment_request" in acts
    if "threat" not in acts and leverage and (threat_quote := _quote(text, norm, "threat_words", lang)):
        add(("threat", threat_quote, 0.6))  # consequences used as leverage
    if memory.dispute_stated and (heard.has("dispute_log") or heard.has("dispute_ack")):
        add(("dispute_acknowledged", whole, 1.0))
    if heard.has("complaint_log"):
        add(("complaint_logged", _quote(text, norm, "complaint_log", lang) or whole, 1.0))
    if heard.has("pause"):
        add(("pause_offered", _quote(text, norm, "pause", lang) or whole, 1.0))
    _hear_offer(heard, truth, today, whole)
    _hear_listening_failures(heard, memory, whole)
    return heard


_DIGIT = re.compile(r"\d")


def _hear_offer(heard: Heard, truth: Truth, today: dt.date, whole: str) -> None:
    terms = heard.terms
    if terms is None:
        return
    # Quote the sentence that holds the figures, not the turn's first sentence (often a greeting or reflection).
    figures = _DIGIT.search(heard.text)
    whole = cues.sentence_around(heard.text, figures.start()) if figures else whole
    heard.reading = reading = read_offer(terms, truth, today)
    if reading.affordable is True:
        heard.triggers.append(("offer_affordable", whole, 1.0))
    elif reading.affordable is False:
        heard.triggers.append(("offer_above_capacity", whole, 1.0))
    if terms.full_balance or (not reading.plan and reading.amount and reading.amount >= truth.balance - 0.5):
        can_pay = truth.lump_sum >= truth.balance - 0.5
        heard.triggers.append(("full_balance_demand", whole, 0.3 if can_pay else 1.0))
        heard.flags.add("full_balance")


def emotional_turn(intent: str | None, dominant: str | None) -> bool:
    """A debtor turn that calls for acknowledgement before any solution."""
    if intent in ("counter_offer", "accept", "confirm_recap", "confirm_identity"):
        return False
    return intent in EMOTIONAL_INTENTS or dominant in ("anger", "shame")


def _hear_listening_failures(heard: Heard, memory: CallMemory, whole: str) -> None:
    names = heard.trigger_names
    listened = (bool(LISTENING_ACTS & set(heard.acts)) and "understand_but" not in names) or bool(
        {"dispute_acknowledged", "pause_offered"} & names
    )
    pushes = bool({"offer", "commitment_request"} & set(heard.acts)) or heard.terms is not None
    fact = memory.last_fact
    if fact is not None and fact.constraint and not listened:
        took_in = any(cue.lower() in heard.norm for cue in fact.cues)
        if not took_in:
            heard.triggers.append(("ignored_disclosure", whole, 1.0))
    if emotional_turn(memory.last_intent, memory.last_dominant):
        memory.acknowledged = False
    if listened:
        memory.acknowledged = True
    elif pushes and not memory.acknowledged:
        heard.triggers.append(("fix_it_trap", whole, 1.0))
    pressure = bool({"threat", "third_party_threat"} & names) or (
        "full_balance" in heard.flags and memory.last_intent in ("refuse", "counter_offer", "stall", "vent")
    )
    if pressure and memory.last_pressure:
        heard.triggers.append(("repeated_pressure", whole, 1.0))
    heard.flags.discard("pressure")
    if pressure:
        heard.flags.add("pressure")
