"""The conversation engine: one simulated call between a trainee and a scripted debtor.

    call = Conversation.start(scenario, persona, seed=3)
    call.opening()                       # the debtor picks up
    turn = call.respond("Bonjour, …")    # DebtorTurn: text, intent, state, causes, ended
    call.outcome()                       # scoring.facts.OutcomeFacts
    Conversation.replay(scenario, persona, seed=3, messages=[…])  # the same call rebuilt from stored messages

Same scenario, seed and trainee messages give the same conversation (one ``random.Random`` per call).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from scoring.facts import AgreementFacts, OutcomeFacts
from scoring.offers import format_amount, format_date, method_words, parse_amounts, parse_method, parse_offer
from scoring.tagger import tag_utterance
from scoring.transcript import Transcript, Turn
from simulator import behaviour, objective
from simulator.deal import Deal
from simulator.hearing import CallMemory, hear, offer_part
from simulator.input_text import clean_message, notice
from simulator.models import Persona, Scenario
from simulator.negotiation import Truth, next_payday
from simulator.situation import Reply, Situation
from simulator.state import Cause, EmotionalState, Snapshot
from simulator.voices import LineRequest, ScriptedVoice, Voice, load_library


class DebtorTurn(BaseModel):
    """The debtor's reply to one trainee message (or an engine notice when ``counted`` is False)."""

    model_config = ConfigDict(frozen=True)

    turn: int  # trainee reply number it answers (0: the debtor picks up)
    text: str
    intent: str
    state: Snapshot
    causes: tuple[Cause, ...] = ()
    ended: bool = False
    notice: str | None = None
    counted: bool = True
    voice: str = "scripted"


class TraceEntry(BaseModel):
    model_config = ConfigDict(frozen=True)

    turn: int
    anger: float
    anxiety: float
    shame: float
    trust: float
    cooperation: float
    hang_up_risk: float
    causes: tuple[Cause, ...] = ()


class Conversation:
    def __init__(
        self, scenario: Scenario, persona: Persona, seed: int, today: dt.date | None, voice: Voice | None
    ) -> None:
        self.scenario, self.persona, self.seed = scenario, persona, seed
        self.lang = scenario.locale
        self.today = today or scenario.today or dt.date.today()
        self.rng = random.Random(seed)
        self.voice: Voice = voice or ScriptedVoice(persona, load_library(self.lang), self.rng)
        self.truth = Truth.of(persona, scenario.difficulty)
        self.state = EmotionalState.for_persona(persona, scenario.difficulty)
        self.deal = Deal()
        self.memory = CallMemory()
        self.turns: list[Turn] = []
        self.trainee_messages: list[str] = []
        self.trace: list[TraceEntry] = [self._trace_entry(0, ())]
        self.turn = 0
        self.ended = False
        self._opening: DebtorTurn | None = None
        self._slots = self._base_slots()

    @classmethod
    def start(
        cls,
        scenario: Scenario,
        persona: Persona,
        seed: int = 0,
        today: dt.date | None = None,
        voice: Voice | None = None,
    ) -> Conversation:
        return cls(scenario, persona, seed, today, voice)

    @classmethod
    def replay(
        cls,
        scenario: Scenario,
        persona: Persona,
        seed: int,
        messages: Iterable[str],
        today: dt.date | None = None,
    ) -> Conversation:
        """Rebuild a call from the trainee messages stored so far (e.g. after a browser refresh)."""
        call = cls.start(scenario, persona, seed, today)
        call.opening()
        for message in messages:
            if call.ended:
                break
            call.respond(message)
        return call

    def _base_slots(self) -> dict[str, str]:
        debt, lang, truth = self.persona.debt, self.lang, self.truth
        return {
            "name": self.persona.name,
            "creditor": debt.creditor,
            "balance": format_amount(debt.amount, debt.currency, lang),
            "reference": debt.reference,
            "capacity": format_amount(truth.capacity, debt.currency, lang),
            "method": method_words(truth.preferred_method, lang),
            "date": format_date(next_payday(truth, self.today), lang, self.today),
        }

    def opening(self) -> DebtorTurn:
        """The debtor picks up the phone (said once; later calls return the same turn)."""
        if self._opening is None:
            text = self._speak(Reply("answer_call"))
            self._opening = DebtorTurn(turn=0, text=text, intent="answer_call", state=self.state.snapshot())
        return self._opening

    def respond(self, text: str) -> DebtorTurn:
        """The debtor's reply to one trainee message. Never raises on any text."""
        self.opening()
        if self.ended:
            return self._notice("ended")
        message, truncated = clean_message(text)
        if not message:
            return self._notice("empty")
        self.turn += 1
        self.trainee_messages.append(message)
        context = self.turns[-4:]
        self.turns.append(Turn(speaker="agent", text=message))
        causes: list[Cause] = []
        heard = hear(
            message,
            self.lang,
            self._acts(message, context),
            self._terms(message),
            self.truth,
            self.today,
            self.memory,
        )
        for trigger, quote, weight in heard.triggers:
            causes.extend(self.state.apply(trigger, self.turn, quote, weight))
        for fact in self.persona.hidden_facts:
            if any(cue.lower() in heard.norm for cue in fact.cues):
                self.memory.covered.add(fact.id)
        situation = Situation(
            self.persona, self.truth, self.lang, self.today, self.turn, heard, self.state, self.deal, self.rng,
            self.memory.last_intent, self.memory.last_mood, frozenset(self.memory.covered),
        )  # fmt: skip
        reply = behaviour.decide(situation)
        reply_text = self._speak(reply)
        if reply.intent == "accept" and self.deal.agreement is not None:
            self._hold_to_words(reply_text)
        self._remember(reply, heard)
        self.state.end_turn(self.turn)
        ended = reply.ended
        if not ended and self.turn >= self.scenario.max_turns:
            ended = True
            if self.deal.agreement is None:
                self.deal.settle("refusal" if self.deal.last_refused else "no_agreement", self.turn)
        self.ended = ended
        self.trace.append(self._trace_entry(self.turn, causes))
        limit = notice("max_turns", self.lang) if ended and not reply.ended else None
        note = notice("truncated", self.lang) if truncated else limit
        return DebtorTurn(
            turn=self.turn, text=reply_text, intent=reply.intent, state=self.state.snapshot(),
            causes=tuple(causes), ended=ended, notice=note, voice=self.voice.name,
        )  # fmt: skip

    def _hold_to_words(self, said: str) -> None:
        """A debtor who says « je fais un chèque » while accepting has agreed to pay by cheque."""
        try:
            method = parse_method(said, self.lang)
        except Exception:
            return
        agreement = self.deal.agreement
        if agreement is not None and method is not None and method != agreement.method:
            self.deal.agreement = agreement.model_copy(update={"method": method})

    def _acts(self, message: str, context: list[Turn]) -> tuple[str, ...]:
        try:
            return tuple(tag_utterance(message, self.lang, context))
        except Exception:  # the debtor must keep talking whatever the tagger does with odd text
            return ()

    def _terms(self, message: str):
        try:
            terms = parse_offer(offer_part(message, self.lang), self.lang, self.today, self.truth.balance)
        except Exception:
            return None
        if terms is None or terms.is_empty():
            return None
        amount = terms.monthly if terms.monthly is not None else terms.total
        concrete = terms.method is not None or terms.full_balance
        if (
            amount is not None
            and not concrete
            and self.memory.last_intent != "counter_offer"
            and self._debtor_said(amount)
        ):
            return None  # the debtor's own figures restated ("you get 1,380 a month") are not an offer
        return terms

    def _debtor_said(self, amount: float) -> bool:
        last = next((t.text for t in reversed(self.turns[:-1]) if t.speaker == "debtor"), "")
        try:
            return any(abs(amount - said) < 0.5 for said in parse_amounts(last, self.lang))
        except Exception:
            return False

    def _speak(self, reply: Reply) -> str:
        request = LineRequest(
            intent=reply.intent, variant=reply.variant, mood=reply.mood, own_lines=reply.own_lines,
            follow=reply.follow, slots={**self._slots, **reply.slots},
        )  # fmt: skip
        text = self.voice.speak(request)
        self.turns.append(Turn(speaker="debtor", text=text))
        return text

    def _remember(self, reply: Reply, heard: object) -> None:
        memory = self.memory
        memory.last_intent = reply.intent
        memory.last_fact = None
        if reply.intent == "disclose" and self.deal.revealed:
            fact_id = self.deal.revealed[-1]
            memory.last_fact = next(f for f in self.persona.hidden_facts if f.id == fact_id)
        memory.last_pressure = "pressure" in getattr(heard, "flags", set())
        snap = self.state.snapshot()
        memory.last_dominant = snap.dominant()
        level, mood = max((snap.anger, "anger"), (snap.anxiety, "anxiety"), (snap.shame, "shame"))
        memory.last_mood = mood if level >= 0.3 else None
        memory.dispute_stated = self.deal.dispute_stated

    def _notice(self, kind: str) -> DebtorTurn:
        return DebtorTurn(
            turn=self.turn, text="", intent="none", state=self.state.snapshot(), ended=self.ended,
            notice=notice(kind, self.lang), counted=False,
        )  # fmt: skip

    def _trace_entry(self, turn: int, causes: Iterable[Cause]) -> TraceEntry:
        snap = self.state.snapshot()
        return TraceEntry(turn=turn, **snap.model_dump(), causes=tuple(causes))

    @property
    def agreement(self) -> AgreementFacts | None:
        return self.deal.agreement

    @property
    def causes(self) -> list[Cause]:
        return list(self.state.causes)

    def outcome(self) -> OutcomeFacts:
        outcome = self.deal.current_outcome()
        met = objective.objective_met(
            self.scenario.objective,
            outcome,
            self.deal.agreement,
            self.truth.balance,
            self.today,
            self.deal.revealed,
        )
        agreement = self.deal.agreement if outcome == "agreement" else None
        return OutcomeFacts(
            outcome=outcome, objective_met=met, agreement=agreement, disclosed_facts=tuple(self.deal.revealed)
        )

    def transcript(self) -> Transcript:
        return Transcript(lang=self.lang, scenario=self.scenario.id, turns=list(self.turns))
