"""What the debtor does next, given what they heard, how they feel and where the call stands.

Rules are ordered: breaking off (hang-up, final refusal), closing, identity, dispute, pause, callback,
disclosure of a hidden fact, money, reaction to pressure, calming, then small talk. The first that applies
decides the intent; the voice words it.
"""

from __future__ import annotations

from simulator import cues, negotiation
from simulator.bargaining import bargain, recap_mismatch
from simulator.hearing import Heard
from simulator.models import HiddenFact
from simulator.situation import Reply, Situation

PAUSE_OVERLAYS = frozenset({"hardship", "over_indebted", "vulnerable", "bereaved", "anxious_ashamed"})
HARMFUL = frozenset(
    {"threat", "negative_framing", "repeated_pressure", "third_party_threat", "dispute_dismissed", "fees_mentioned",
     "ignored_disclosure", "fix_it_trap", "understand_but", "offer_above_capacity", "boilerplate"}
)  # fmt: skip
SLOTS_BY_LANG = {
    "fr": (
        "jeudi vers 18 h",
        "demain matin vers 10 h",
        "lundi à midi",
        "vendredi en fin d'après-midi, vers 17 h",
    ),
    "en": (
        "Thursday around 6pm",
        "tomorrow morning around 10am",
        "Monday at noon",
        "Friday late afternoon, 5pm",
    ),
}


def decide(s: Situation) -> Reply:
    rules = (
        _break_off,
        _confused,
        _identity,
        _dispute,
        _pause,
        _callback,
        _closing,
        _complaint,
        _reveal,
        bargain,
    )
    for rule in rules:
        reply = rule(s)
        if reply is not None:
            return reply
    return _react(s)


def _break_off(s: Situation) -> Reply | None:
    risk, hurt = s.state.hang_up_risk, bool(HARMFUL & s.heard.trigger_names)
    threshold = 0.78 + s.rng.uniform(-0.04, 0.04)
    if s.state.avoidant and s.turn >= 8:
        threshold -= 0.08
    if risk >= threshold and (hurt or risk >= 0.92 or s.state.avoidant):
        s.deal.settle("hang_up", s.turn)
        return Reply("hang_up", ended=True)
    if s.deal.refusals >= 3 and s.state["cooperation"] < 0.2 and s.deal.agreement is None:
        s.deal.settle("refusal", s.turn)
        return Reply("refuse", "final", ended=True)
    return None


def _closing(s: Situation) -> Reply | None:
    if not s.heard.has("closing") or s.heard.has("callback_slot"):
        return None
    counter, heard, deal = s.deal.pending_counter, s.heard, s.deal
    if deal.agreement is not None and (mismatch := recap_mismatch(s, deal.agreement)) is not None:
        return mismatch  # no hanging up on a wrong recap
    other_figures = (
        counter is not None and heard.terms is not None and negotiation.differs(counter, heard.terms)
    )
    if (
        deal.agreement is None
        and counter is not None
        and not other_figures
        and (heard.has("agree") or _recaps(heard))
    ):
        deal.agree(negotiation.completed(counter, heard.terms), s.turn)  # "so we agreed on your figures"
    if deal.agreement is None and heard.reading is not None and heard.reading.amount is not None:
        reply = bargain(s)  # an offer made while saying goodbye is answered, not waved through
        if reply is not None and reply.intent == "accept" and reply.variant is None:
            reply.ended = True
        if reply is not None:
            return reply
    if deal.agreement is not None:
        return Reply("thank_close", ended=True)
    deal.settle("refusal" if deal.last_refused else "no_agreement", s.turn)
    return Reply("thank_close", "no_deal", ended=True)


def _recaps(heard: Heard) -> bool:
    return heard.has("recap") or "summary" in heard.acts


def _confused(s: Situation) -> Reply | None:
    if s.heard.has("injection"):
        return Reply("ask_clarification", "injection")
    return None


def _identity(s: Situation) -> Reply | None:
    deal, acts = s.deal, s.heard.acts
    if "disclosure" in acts or "greeting" in acts:
        deal.knows_caller = True
    surname = s.persona.name.split()[-1].lower()
    asks_for_them = "verification" in acts or (surname in s.heard.norm and s.heard.has("question"))
    if not deal.verified and asks_for_them:
        deal.verified = True
        return Reply("confirm_identity")
    if s.turn == 1 and not deal.knows_caller:
        return Reply("ask_who")
    return None


def _dispute(s: Situation) -> Reply | None:
    dispute, deal, heard = s.persona.dispute, s.deal, s.heard
    if dispute is None or deal.dispute_resolved:
        return None
    if deal.dispute_stated and heard.has("dispute_log"):
        deal.settle("dispute_logged", s.turn)
        return Reply("accept", "dispute", ended=True)
    if deal.dispute_stated and heard.has("dispute_explained") and not dispute.founded:
        if s.state["trust"] >= 0.35 and s.state["anger"] < 0.6:
            deal.dispute_resolved = True
            return Reply("accept", "explained")
        return Reply("dispute", "again")
    if not deal.dispute_stated and ((deal.knows_caller and s.turn >= 2) or heard.terms is not None):
        deal.dispute_stated = True
        return Reply("dispute", dispute.kind, follow=dispute.details)
    money_talk = heard.terms is not None or bool({"commitment_request", "offer"} & set(heard.acts))
    if deal.dispute_stated and (money_talk or heard.has("capacity_question")):
        return Reply("dispute", "again", follow=dispute.details)
    return None


def _pause(s: Situation) -> Reply | None:
    heard, persona = s.heard, s.persona
    if s.deal.agreement is not None or not (heard.has("pause") or heard.has("dispute_log")):
        return None
    needs = persona.vulnerability is not None or bool(PAUSE_OVERLAYS & set(persona.segment.overlays))
    if needs and s.state["anger"] < 0.7:
        s.deal.settle("paused", s.turn)
        return Reply("accept", "pause", ended=True)
    return None


def _callback(s: Situation) -> Reply | None:
    heard, deal = s.heard, s.deal
    if deal.agreement is not None or not heard.has("callback"):
        if deal.proposed_slot and heard.has("ack") and heard.terms is None:
            deal.settle("callback_agreed", s.turn)
            return Reply("accept", "callback", slots={"date": deal.proposed_slot}, ended=True)
        return None
    if s.state["trust"] < 0.25 or s.state["anger"] >= 0.65:
        return Reply("stall", "busy")
    if heard.has("callback_slot"):
        match = cues.find("day", heard.norm, s.lang)
        moment = cues.sentence_around(heard.text, match.start()) if match else ""
        slot = _slot_words(heard.norm, s.lang) or moment
        deal.settle("callback_agreed", s.turn)
        return Reply("accept", "callback", slots={"date": slot}, ended=True)
    if heard.has("question"):
        deal.proposed_slot = s.rng.choice(SLOTS_BY_LANG[s.lang])
        return Reply("stall", "slot", slots={"date": deal.proposed_slot})
    return None


def _slot_words(norm: str, lang: str) -> str:
    day = cues.find("day", norm, lang)
    hour = cues.find("time_of_day", norm, lang)
    if not day or not hour:
        return ""
    joiner = " à " if lang == "fr" and hour.group(0)[0].isdigit() else " "
    return f"{day.group(0)}{joiner}{hour.group(0)}"


def reveal_ready(fact: HiddenFact, heard: Heard, trust: float) -> bool:
    rule, acts = fact.reveal, heard.acts
    return (
        (rule.after_open_question and "open_question" in acts)
        or (rule.after_empathy and "empathy" in acts and "understand_but" not in heard.trigger_names)
        or (rule.after_reflection and "reflection" in acts)
        or (rule.min_trust is not None and trust >= rule.min_trust and _invites(heard))
        or (
            bool(rule.asked_about)
            and heard.has("question")
            and any(stem in heard.norm for stem in rule.asked_about)
        )
    )


def _complaint(s: Situation) -> Reply | None:
    """A grievance taken down: the debtor says so, unless the same reply also talks money (answered first)."""
    heard, deal = s.heard, s.deal
    if not heard.has("complaint_log") or deal.complaint_logged:
        return None
    deal.complaint_logged = True
    money = heard.terms is not None or heard.has("capacity_question") or "commitment_request" in heard.acts
    if money:
        return None
    return Reply("calm_down", "complaint_doubt" if s.state["anger"] >= 0.75 else "complaint")


def _invites(heard: Heard) -> bool:
    """Trust lets a debtor confide, but only when the reply leaves room for it (not after a bare « oui »)."""
    return heard.has("question") or bool(
        {"reflection", "empathy", "affirmation", "summary"} & set(heard.acts)
    )


def _reveal(s: Situation) -> Reply | None:
    if s.turn < 2 or s.state["anger"] >= 0.6 or "threat" in s.heard.trigger_names:
        return None
    if s.heard.reading is not None and s.heard.reading.amount is not None:
        return None  # an offer on the table is answered first
    for fact in s.persona.hidden_facts:
        if fact.id in s.deal.revealed or (not fact.constraint and fact.id in s.covered):
            continue  # no asking for what the trainee already offered
        if reveal_ready(fact, s.heard, s.state["trust"]):
            s.deal.revealed.append(fact.id)
            return Reply("disclose", own_lines=fact.text)
    return None


def _react(s: Situation) -> Reply:
    heard, state, deal = s.heard, s.state, s.deal
    names = heard.trigger_names
    if {"threat", "third_party_threat", "repeated_pressure", "negative_framing", "dispute_dismissed"} & names:
        objection = _objection(s, ("on_pressure",))
        if objection is not None and state["anger"] < 0.6:
            return objection
        mood = state.snapshot().dominant() or "anger"
        return Reply("vent", mood=mood)
    if {"empathy", "reflection"} & set(heard.acts) and s.last_mood is not None and _was_upset(s):
        return _calm_down(s)
    if "jargon" in heard.acts:
        return Reply("ask_clarification")
    if deal.knows_caller and (objection := _objection(s, ("early", "any"))) is not None:
        return objection
    mood = state.snapshot().dominant()
    if mood is not None and s.last_intent != "vent":
        return Reply("vent", mood=mood)
    disputing = s.persona.dispute is not None and deal.dispute_stated and not deal.dispute_resolved
    if disputing and s.last_intent != "dispute":
        return Reply("dispute", "again", follow=s.persona.dispute.details if s.persona.dispute else ())
    if "disclosure" in heard.acts and s.last_intent not in ("acknowledge_debt",) and not disputing:
        return Reply("acknowledge_debt")
    if "open_question" in heard.acts and not disputing:
        if state.avoidant:
            return Reply("stall")
        return Reply("stall", "guarded") if state["trust"] < 0.3 else Reply("acknowledge_debt")
    if "summary" in heard.acts and deal.agreement is not None:
        return Reply("confirm_recap", slots={"offer": s.words(deal.agreement)})
    if _said_all(s):
        return Reply("thank_close", "wrap", ended=True)
    return Reply("small_answer")


def _said_all(s: Situation) -> bool:
    """Once the deal is settled the debtor does not stay on the line for small talk."""
    agreement, since = s.deal.agreement, s.turn - (s.deal.agreement_turn or s.turn)
    if agreement is None or agreement.first_date is None or agreement.method is None:
        return False
    return since >= 4 or (since >= 2 and not s.heard.has("question"))


def _calm_down(s: Situation) -> Reply:
    """Calming words that fit the feeling that was there: no « je m'énerve » from someone who was only anxious."""
    mood = s.last_mood
    if mood is None:
        return Reply("calm_down")
    baseline = s.persona.emotion
    usual = max((baseline.anger, "anger"), (baseline.anxiety, "anxiety"), (baseline.shame, "shame"))[1]
    own = s.persona.voice.get("calm_down", ()) if usual == mood else ()
    return Reply("calm_down", mood, own_lines=tuple(own))


def _was_upset(s: Situation) -> bool:
    """Calming down only makes sense after a show of feeling, not after a calm disclosure."""
    if s.last_intent in ("vent", "refuse", "object", "dispute", "stall"):
        return True
    feelings = s.state.snapshot()
    return s.last_intent == "disclose" and max(feelings.anger, feelings.anxiety, feelings.shame) >= 0.4


def _objection(s: Situation, moments: tuple[str, ...]) -> Reply | None:
    for objection in s.persona.objections:
        if objection.when in moments and objection.id not in s.deal.objections_used:
            s.deal.objections_used.add(objection.id)
            return Reply("object", own_lines=objection.lines)
    return None
