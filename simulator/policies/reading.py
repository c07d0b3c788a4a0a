"""How a scripted agent reads the debtor's reply: topics it must react to, yes/no, figures on the table."""

from __future__ import annotations

import re

from scoring.offers import OfferTerms, parse_offer
from simulator.policies.base import AgentFile

_TOPICS: dict[str, str] = {
    "bereavement": r"décéd|décès|\bmort\b|deuil|enterrement|obsèques|veuve|veuf|passed away|\bdied\b|death|funeral"
    r"|widow|my late|probate|estate",
    "health": r"malad|hôpital|hospital|traitement|chimio|santé|dépression|opér|\bsick\b|\bill\b|illness|treatment"
    r"|health|cancer|arrêt maladie|diagnos",
    "over_indebted": r"autres (dettes|crédits|créanciers)|tout le monde (me réclame|m'appelle)|plusieurs crédits"
    r"|banque de france|surendett|other (debts|creditors|loans)|debt advi|bankrupt|everyone (wants|is chasing)",
    "dispute": r"déjà payé|conteste|erreur|jamais (reçu|été installé|livré)|pas ma dette|pas dû|pas due|résili"
    r"|already paid|dispute|mistake|never (received|delivered|installed)|not my debt|isn't owed|not owed|insurance",
    "business": r"trésorerie|mes clients|chantier|entreprise|salariés|cash flow|my clients|my business|payroll",
    "busy": r"pas le temps|pas le moment|rappel|au travail|plus tard|occupé|pressé|not a good time|call (me )?back"
    r"|at work|later|busy|in a rush|no time",
    "who": r"vous êtes qui|qui êtes-vous|de la part de qui|qui est à l'appareil|who (is this|are you)|who am i",
    "when_how": r"\bquand\b|quelle date|par quel moyen|comment je|comment, concrètement|fait comment|on fait quoi"
    r"|vous me proposez|when do i|what date|which way|how does it work|what do we do|what are you suggesting"
    r"|how do we",
    "refusal": r"\bnon\b|impossible|pas possible|je ne peux pas|je n'ai pas|jamais|c'est non|\bno\b|can't|cannot"
    r"|no way|won't|don't have",
    "agreement": r"d'accord|ça me va|on fait comme ça|parfait|très bien|ça marche|je peux faire|\bok\b|agreed"
    r"|works for me|that works|let's (just )?do|(that's|it's) fine|fine by me|\bdeal\b|i can do|alright|\bsure\b|\byes\b|\byeah\b|\byep\b|\boui\b"
    r"|bien sûr|pas de problème|no problem|c'est bon|ça ira|on fait comme ça|entendu",
    "stall": r"réfléchir|je verrai|je vais voir|plus tard|pas maintenant|regarder mes comptes|un peu de temps"
    r"|think about it|we'll see|i'll see|not now|later|give me (a bit of )?time|check my accounts|off the top",
    "hostile": r"requin|foutez|arnaque|voleur|marre|insupportable|dingue|honte|n'importe quoi|escroc|harcel|\?!"
    r"|shark|scam|ridiculous|a joke|sick of|fed up|rip-off|outrageous|harass|crooks|unbelievable",
    "slot": r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|tomorrow)\b[^.?!]{0,30}?(\d{1,2}\s?h|\d{1,2}(:\d{2})?\s?(am|pm)|midi|noon|matin"
    r"|morning|après-midi|afternoon|soir|evening)",
}
TOPICS = {name: re.compile(pattern) for name, pattern in _TOPICS.items()}


def topics(text: str) -> set[str]:
    lowered = text.lower().replace("’", "'")
    return {name for name, pattern in TOPICS.items() if pattern.search(lowered)}


def slot_in(text: str) -> str | None:
    match = TOPICS["slot"].search(text.lower())
    return match.group(0) if match else None


_ACCEPTING = re.compile(
    r"^\W*(fine|ok|okay|sure|right)\b|^\W*(bon|ok|d'accord)[.,]|d'accord (pour|sur)|ça me va|on fait comme ça|marché conclu|ça marche|c'est (bien )?ça|c'est noté|je note"
    r"|that works|works for me|let's do|it's a deal|\bdeal\b|agreed|that's (right|fine)|sounds good|noted"
)
_PROPOSING = re.compile(
    r"je veux bien|marché conclu|ma proposition|my offer|here's what|on fait comme ça|je (peux|pourrais|pourrai|pourrai[st])\b|je (vous )?propose|i('ll| can| could)? offer|ce que je peux|possible pour moi|je peux (le )?tenir|\bmettre\b|à la rigueur"
    r"|au mieux|d'accord pour|ça me va|\bi (can|could|'ll|will|can do|could do)\b|what i can|at best|works for me"
    r"|agreed|i could manage|i can manage|that i can|i('d| would) be willing|i could do|i can do|it's a deal|\bdeal\b"
    r"|let's do"
)


def accepting(text: str) -> bool:
    """The debtor says yes to figures on the table (« d'accord pour… », « marché conclu », "that works")."""
    return bool(_ACCEPTING.search(text.lower().replace("’", "'")))


def figures_in(text: str, file: AgentFile) -> OfferTerms | None:
    """Payment figures in the debtor's words, whoever proposed them."""
    try:
        terms = parse_offer(text, file.lang, file.today, file.balance)  # type: ignore[arg-type]
    except Exception:
        return None
    if terms is None or (terms.monthly is None and terms.total is None):
        return None
    return terms


def counter_in(text: str, file: AgentFile) -> OfferTerms | None:
    """The figures the debtor put forward themselves, if any (a budget told or the balance repeated is not one)."""
    if not _PROPOSING.search(text.lower().replace("’", "'")):
        return None
    terms = figures_in(text, file)
    if terms is None:
        return None
    if terms.monthly is None and terms.total is not None and abs(terms.total - file.balance) < 0.5:
        return terms if terms.first_date is not None else None
    return terms
