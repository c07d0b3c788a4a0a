"""The skilled agent: the method of the reference material, step by step, adapting to what it hears.

Identify self and creditor, verify the right party, disclose the amount with reference and letter date,
explore with open questions, reflect and empathise, react to what surfaces (dispute, bereavement, illness,
over-indebtedness, no time to talk), explore capacity, make a tailored offer within what was heard, then a
SMART promise (amount, date, method), a recap and thanks.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from scoring.facts import AgreementFacts
from scoring.offers import OfferTerms
from simulator.objective import agreement_problems
from simulator.policies.base import AgentFile, ScriptedAgent
from simulator.policies.echo import echo
from simulator.policies.reading import accepting, counter_in, figures_in, slot_in, topics

PAYMENT_KINDS = frozenset({"promise_to_pay", "full_payment"})
VULNERABILITY_TOPICS = ("bereavement", "health", "over_indebted")
TOPIC_QUESTION = {"bereavement": "condolences", "health": "health", "over_indebted": "other_debts"}
CHARGED = frozenset({"hostile", "refusal", "stall", "busy", "dispute", *VULNERABILITY_TOPICS})
OFFERING = frozenset(
    {"full_ask", "propose", "suggest", "when_how"}
)  # our last words put figures on the table
COMPLAINT = re.compile(r"réclamation|\bcomplaint")
GRIEVANCE = re.compile(r"\b(panne|coupure|outage)\b")


class SkilledAgent(ScriptedAgent):
    name = "skilled"

    def __init__(self, file: AgentFile, seed: int) -> None:
        super().__init__(file, seed)
        self.step = 0
        self.explored = 0
        self.asked_topics: set[str] = set()
        self.dispute_asked = False
        self.dispute_explained = False
        self.vulnerable_seen = False
        self.money_asks = 0
        self.full_asks = 0
        self.proposal: OfferTerms | None = None
        self.done = False
        self.last_ask: str | None = None
        self.asked_step = 0
        self.asked_in_row = 0
        self.suggestions = 0
        self.complaint_logged = False
        self.heard_texts: list[str] = []

    def next_message(self, debtor_text: str) -> str | None:
        if self.done:
            return None
        self.step += 1
        self.heard_texts.append(debtor_text)
        heard = topics(debtor_text)
        if self.step == 1:
            return self.say("open")
        if "who" in heard and self.step <= 3:
            return self.say("who") + " " + self.say("open").split(". ", 1)[-1]
        if self.step == 2:
            return self.say("disclose")
        kind = self.file.objective_kind
        if kind == "callback_agreed":
            return self._callback(debtor_text)
        if "dispute" in heard or self.dispute_asked:
            reply = self._dispute(debtor_text, kind)
            if reply is not None:
                return reply
        for topic in VULNERABILITY_TOPICS:
            if topic in heard:
                self.vulnerable_seen = True
                if topic not in self.asked_topics:
                    self.asked_topics.add(topic)
                    return self._listen(debtor_text) + " " + self.say(TOPIC_QUESTION[topic])
        if kind == "vulnerability_pause":
            return self._pause(debtor_text)
        if "business" in heard and "business" not in self.asked_topics:
            self.asked_topics.add("business")
            return self._listen(debtor_text) + " " + self.say("business")
        if kind == "dispute_logged":
            if self.explored >= 2:
                self.dispute_asked = True
                return self.say("dispute_details")
            return self._explore(debtor_text)
        return self._payment(debtor_text, heard)

    # -- listening -------------------------------------------------------------------------------
    def _listen(self, debtor_text: str) -> str:
        restated = echo(debtor_text, self.file.lang)
        angry = "hostile" in topics(debtor_text)
        first = (
            self.say("reflect", echo=restated) if restated else self.say("feel_angry" if angry else "feel")
        )
        return f"{first} {self.say('empathy')}"

    def _explore(self, debtor_text: str) -> str:
        self.explored += 1
        self._asked("explore")
        return f"{self._listen(debtor_text)} {self.say('explore')}"

    # -- objective kinds -----------------------------------------------------------------------
    def _callback(self, debtor_text: str) -> str:
        slot = slot_in(debtor_text)
        if slot is not None:
            self.done = True
            return self.say("callback_confirm", slot=slot)
        if self.step >= 5:
            return self.say("callback_offer")
        return f"{self._listen(debtor_text)} {self.say('callback_ask')}"

    def _dispute(self, debtor_text: str, kind: str) -> str | None:
        if kind == "dispute_logged":
            if not self.dispute_asked:
                self.dispute_asked = True
                return self.say("dispute_details")
            self.done = True
            return self.say("dispute_log")
        if not self.dispute_explained:
            self.dispute_explained = True
            return self.say("dispute_explain")
        return None

    def _pause(self, debtor_text: str) -> str:
        if self.vulnerable_seen or self.explored >= 3:
            self.done = True
            return f"{self._listen(debtor_text).split('. ')[-1]} {self.say('pause')}"
        return self._explore(debtor_text)

    # -- money ------------------------------------------------------------------------------------
    def _payment(self, debtor_text: str, heard: set[str]) -> str:
        file = self.file
        complaint = self._complaint(debtor_text)
        counter = counter_in(debtor_text, file)
        opening = re.split(r"(?<=[.!?…])\s", debtor_text.strip(), maxsplit=1)[0]
        said_yes = ("agreement" in topics(opening) or accepting(debtor_text)) and not {
            "refusal",
            "stall",
            "busy",
        } & heard
        restated = figures_in(debtor_text, file) if self._offered_last() else None
        if restated is not None and counter is None:
            counter = restated  # figures in an answer to ours: a yes to them, or their own version
            said_yes = said_yes or (self.proposal is not None and _same_amount(restated, self.proposal))
        if counter is not None and self.proposal is not None and _same_amount(counter, self.proposal):
            counter = _filled(counter, self.proposal)  # « d'accord, par chèque » keeps our date
        if counter is not None and self._acceptable(counter):
            self.done = True
            agreed = self._dated(counter, keep_date=True)
            key = "recap" if said_yes else "accept_counter"
            return complaint + self.say(key, offer=file.offer_words(agreed))
        if self.proposal is not None and counter is None and "when_how" in heard:
            self._asked("when_how")
            return complaint + self.say("when_how", offer=file.offer_words(self._dated(self.proposal)))
        if self.proposal is not None and counter is None and said_yes and self._offered_last():
            self.done = True
            return complaint + self.say("recap", offer=file.offer_words(self.proposal))
        if counter is not None:
            return complaint + self._answer_counter(counter)
        if complaint:
            return (
                complaint + self.say("explore")
                if self.explored < 2
                else complaint + self._ask_money(debtor_text)
            )
        if self.explored < self._exploring_needed(heard):
            return self._explore(debtor_text)
        return self._ask_money(debtor_text)

    def _exploring_needed(self, heard: set[str]) -> int:
        """Open questions before money: more for an angry debtor, one when a calm debtor has told what happened."""
        if "hostile" in heard:
            return 5
        calm = not (CHARGED & topics(" ".join(self.heard_texts[-2:])))
        told = any(echo(text, self.file.lang) for text in self.heard_texts[-2:])
        return 1 if calm and told else 2

    def _ask_money(self, debtor_text: str) -> str:
        """Full payment, then capacity, then a concrete suggestion: never the same question thrice in a row."""
        repeats = self.asked_in_row if self.asked_step == self.step - 1 else 0
        if (
            self.file.objective_kind == "full_payment"
            and self.full_asks < 2
            and not (self.last_ask == "full_ask" and repeats >= 2)
        ):
            return self._ask_full(debtor_text)
        if self.last_ask == "capacity" and repeats >= 2:
            return self._suggest(debtor_text)
        if self.file.objective_kind == "full_payment" and self.full_asks < 3 and self.last_ask == "suggest":
            return self._ask_full(debtor_text)
        self.money_asks += 1
        self._asked("capacity")
        lead = self._acknowledge(debtor_text, topics(debtor_text))
        if self.money_asks > 1:
            return f"{lead}{self.say('reassure')} {self.say('capacity')}"
        return f"{lead}{self.say('capacity')}"

    def _asked(self, key: str) -> None:
        in_row = key == self.last_ask and self.asked_step == self.step - 1
        self.asked_in_row = self.asked_in_row + 1 if in_row else 1
        self.last_ask, self.asked_step = key, self.step

    def _offered_last(self) -> bool:
        """Our previous message put figures on the table (so a bare yes answers them)."""
        return self.last_ask in OFFERING and self.asked_step == self.step - 1

    def _suggest(self, debtor_text: str) -> str:
        """A concrete plan of our own when asking again would only repeat the question."""
        file = self.file
        self._asked("suggest")
        self.suggestions += 1
        first = file.today + dt.timedelta(days=min(7, self._max_days()))
        if file.objective_kind == "full_payment":
            parts = min(1 + self.suggestions, 4)
            terms = OfferTerms(
                monthly=_cents_up(file.balance / parts), instalments=parts, first_date=first, method="card"
            )
        else:
            parts = (3, 6, 10)[min(self.suggestions, 3) - 1]
            terms = OfferTerms(monthly=_round_up(file.balance / parts), first_date=first, method="transfer")
        self.proposal = terms
        lead = self._acknowledge(debtor_text, topics(debtor_text))
        return f"{lead}{self.say('suggest', offer=file.offer_words(terms))}"

    def _complaint(self, debtor_text: str) -> str:
        """Log a grievance the debtor asks to have recorded (once), naming what it is about."""
        if self.complaint_logged or not COMPLAINT.search(debtor_text.lower()):
            return ""
        self.complaint_logged = True
        about = ""
        if topic := GRIEVANCE.search(" ".join(self.heard_texts).lower()):
            about = (" concernant la " if self.file.lang == "fr" else " about the ") + topic.group(0)
        return self.say("complaint", about=about) + " "

    def _acknowledge(self, debtor_text: str, heard: set[str]) -> str:
        """A short reflection before any money talk when the debtor just said something of substance."""
        restated = echo(debtor_text, self.file.lang)
        if restated is None and "hostile" not in heard:
            return ""
        return self._listen(debtor_text) + " "

    def _ask_full(self, debtor_text: str) -> str:
        self.full_asks += 1
        self._asked("full_ask")
        file = self.file
        self.proposal = OfferTerms(
            total=file.balance, first_date=file.today, method="card", full_balance=True
        )
        today_words = "aujourd'hui" if file.lang == "fr" else "today"
        method = "par carte bancaire" if file.lang == "fr" else "by card"
        ask = self.say("full_ask", method=method, date=today_words)
        lead = self._acknowledge(debtor_text, topics(debtor_text))
        if self.full_asks == 1:
            return f"{lead}{ask}"
        return f"{lead}{self.say('benefit')} {ask}"

    def _max_days(self) -> int:
        objective = self.file.objective
        return objective.max_days_to_first_payment if objective is not None else 31

    def _dated(self, terms: OfferTerms, keep_date: bool = False) -> OfferTerms:
        file = self.file
        first = terms.first_date
        latest = file.today + dt.timedelta(days=7)
        if first is None or (first > latest and not keep_date):
            first = latest
        return OfferTerms(
            total=terms.total if terms.monthly is None else None,
            monthly=terms.monthly,
            instalments=terms.instalments,
            first_date=first,
            method=terms.method or ("transfer" if terms.monthly is not None else "card"),
        )

    def _acceptable(self, counter: OfferTerms) -> bool:
        """Whether the debtor's own figures meet what the objective asks (the criteria in the brief)."""
        objective = self.file.objective
        if objective is None or self.file.objective_kind not in PAYMENT_KINDS:
            return False
        if counter.monthly is None and counter.total is None:
            return False
        dated = self._dated(counter, keep_date=True)
        facts = AgreementFacts(
            total=dated.total,
            monthly=dated.monthly,
            instalments=dated.instalments,
            first_date=dated.first_date,
            method=dated.method,
        )
        return not agreement_problems(objective, facts, self.file.balance, self.file.today)

    def _answer_counter(self, counter: OfferTerms) -> str:
        file = self.file
        is_plan = counter.monthly is not None
        if file.objective_kind == "full_payment" and is_plan and self.full_asks < 3:
            return self._ask_full("")
        self.proposal = self._dated(counter)
        self._asked("propose")
        return self.say("propose", offer=file.offer_words(self.proposal))


def _same_amount(a: OfferTerms, b: OfferTerms) -> bool:
    if a.monthly is not None or b.monthly is not None:
        return a.monthly is not None and b.monthly is not None and abs(a.monthly - b.monthly) < 0.5
    return a.total is not None and b.total is not None and abs(a.total - b.total) < 0.5


def _filled(terms: OfferTerms, proposal: OfferTerms) -> OfferTerms:
    return OfferTerms(
        total=terms.total,
        monthly=terms.monthly,
        instalments=terms.instalments or proposal.instalments,
        first_date=terms.first_date or proposal.first_date,
        method=terms.method or proposal.method,
        full_balance=terms.full_balance,
    )


def _round_up(amount: float, step: float = 5.0) -> float:
    return max(step, step * math.ceil(amount / step))


def _cents_up(amount: float) -> float:
    return math.ceil(amount * 100) / 100
