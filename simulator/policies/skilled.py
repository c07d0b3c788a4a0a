"""The skilled agent: the method of the reference material, step by step, adapting to what it hears.

Identify self and creditor, verify the right party, disclose the amount with reference and letter date,
explore with open questions, reflect and empathise, react to what surfaces (dispute, bereavement, illness,
over-indebtedness, no time to talk), explore capacity, make a tailored offer within what was heard, then a
SMART promise (amount, date, method), a recap and thanks.
"""

from __future__ import annotations

import datetime as dt
import re

from scoring.offers import OfferTerms
from simulator.policies.base import AgentFile, ScriptedAgent
from simulator.policies.echo import echo
from simulator.policies.reading import counter_in, slot_in, topics

PAYMENT_KINDS = frozenset({"promise_to_pay", "full_payment"})
VULNERABILITY_TOPICS = ("bereavement", "health", "over_indebted")
TOPIC_QUESTION = {"bereavement": "condolences", "health": "health", "over_indebted": "other_debts"}


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

    def next_message(self, debtor_text: str) -> str | None:
        if self.done:
            return None
        self.step += 1
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
        first = self.say("reflect", echo=restated) if restated else self.say("feel")
        return f"{first} {self.say('empathy')}"

    def _explore(self, debtor_text: str) -> str:
        self.explored += 1
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
        counter = counter_in(debtor_text, file)
        echoed = counter is not None and self.proposal is not None and _same_amount(counter, self.proposal)
        if echoed:
            counter = None  # the debtor repeats our figures back: that is a yes
            heard = heard | {"agreement"}
        if self.proposal is not None and counter is None and "when_how" in heard:
            return self.say("when_how", offer=file.offer_words(self._dated(self.proposal)))
        opening = re.split(r"(?<=[.!?…])\s", debtor_text.strip(), maxsplit=1)[0]
        said_yes = "agreement" in topics(opening) and not {"refusal", "stall", "busy"} & heard
        if self.proposal is not None and counter is None and said_yes:
            self.done = True
            return self.say("recap", offer=file.offer_words(self.proposal))
        if counter is not None:
            return self._answer_counter(counter)
        if self.explored < 2 or ("hostile" in heard and self.explored < 5):
            return self._explore(debtor_text)
        if file.objective_kind == "full_payment" and self.full_asks < 3:
            return self._ask_full(debtor_text)
        self.money_asks += 1
        lead = self._acknowledge(debtor_text, heard)
        if self.money_asks > 1:
            return f"{lead}{self.say('reassure')} {self.say('capacity')}"
        return f"{lead}{self.say('capacity')}"

    def _acknowledge(self, debtor_text: str, heard: set[str]) -> str:
        """A short reflection before any money talk when the debtor just said something of substance."""
        restated = echo(debtor_text, self.file.lang)
        if restated is None and "hostile" not in heard:
            return ""
        return self._listen(debtor_text) + " "

    def _ask_full(self, debtor_text: str) -> str:
        self.full_asks += 1
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

    def _dated(self, terms: OfferTerms) -> OfferTerms:
        file = self.file
        first = terms.first_date
        latest = file.today + dt.timedelta(days=7)
        if first is None or first > latest:
            first = latest
        return OfferTerms(
            total=terms.total if terms.monthly is None else None,
            monthly=terms.monthly,
            instalments=terms.instalments,
            first_date=first,
            method=terms.method or ("transfer" if terms.monthly is not None else "card"),
        )

    def _answer_counter(self, counter: OfferTerms) -> str:
        file = self.file
        is_plan = counter.monthly is not None
        if file.objective_kind == "full_payment" and is_plan and self.full_asks < 3:
            return self._ask_full("")
        self.proposal = self._dated(counter)
        return self.say("propose", offer=file.offer_words(self.proposal))


def _same_amount(a: OfferTerms, b: OfferTerms) -> bool:
    if a.monthly is not None or b.monthly is not None:
        return a.monthly is not None and b.monthly is not None and abs(a.monthly - b.monthly) < 0.5
    return a.total is not None and b.total is not None and abs(a.total - b.total) < 0.5
