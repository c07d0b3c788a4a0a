"""What the debtor notices in the trainee's words beyond dialogue acts: lexical cues, French and English.

Each cue is one compiled pattern per language, matched on lower-cased text with straight apostrophes.
"""

from __future__ import annotations

import re
from typing import Final

_DAYS = (
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|après-demain"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow"
)

_PATTERNS: Final[dict[str, dict[str, str]]] = {
    "understand_but": {
        "fr": r"\bje (vous )?compren[ds]\b[^.?!]{0,60}?\bmais\b|\bj'entends bien\b[^.?!]{0,40}?\bmais\b"
        r"|\bcertes\b[^.?!]{0,40}?\bmais\b",
        "en": r"\bi (do )?understand\b[^.?!]{0,60}?\bbut\b|\bi hear you\b[^.?!]{0,40}?\bbut\b"
        r"|\bi get (it|that)\b[^.?!]{0,40}?\bbut\b",
    },
    "fees_mentioned": {
        "fr": r"\bfrais\b|\bpénalités?\b|\bmajorations?\b|\bintérêts de retard\b|\bindemnités?\b",
        "en": r"\bfees?\b|\bpenalt(y|ies)\b|\blate charges?\b|\bsurcharges?\b|\binterest charges?\b",
    },
    "third_party_threat": {
        "fr": r"\b(votre|vos) (employeur|patron|voisins?|famille|proches|collègues)\b",
        "en": r"\byour (employer|boss|neighbou?rs?|family|relatives|colleagues)\b",
    },
    "boilerplate": {
        "fr": r"prenons (bonne )?note de votre|procédure standard|conformément à nos procédures"
        r"|nous vous remercions de votre compréhension|votre appel est important",
        "en": r"we value your feedback|standard procedure|in line with our (policy|procedures)"
        r"|thank you for your understanding|your call is important",
    },
    "dispute_dismissed": {
        "fr": r"tout le monde (me )?dit ça|(ce n'est|c'est) pas mon problème|payez d'abord|ça ne change rien"
        r"|peu importe|je n'y peux rien|c'est votre problème",
        "en": r"everyone says that|not my problem|pay first|doesn't change anything|does not change anything"
        r"|doesn't matter|whatever you say|that's your problem",
    },
    "dispute_log": {
        "fr": r"\b(je|j')\s?(note|enregistre|consigne|transmets?)\b[^.?!]{0,30}\bcontestation"
        r"|\b(je|nous) (suspends?|suspendons|gèle|gelons)\b[^.?!]{0,30}\b(dossier|recouvrement|relances?)"
        r"|\b(mets|mettons|place|plaçons) (le|votre) dossier en (attente|suspens)",
        "en": r"\b(log|record|register|note)\b[^.?!]{0,20}\bdispute"
        r"|\b(put|place|placing|putting) (the|your) account on hold|\bsuspend\w* (the )?collection",
    },
    "dispute_ack": {
        "fr": r"\bcontestation\b|\bje (vais )?vérifie?r?\b|\bvérification\b|\bvous contestez\b",
        "en": r"\bdispute\b|\bi('ll| will) (check|verify|look into)\b|\bverif(y|ication)\b",
    },
    "dispute_explained": {
        "fr": r"\b(j'ai|nous avons) (bien )?vérifié\b|\baprès vérification\b|\bconcernait\b|\bcorrespond(ait)? à\b",
        "en": r"\bi('ve| have) (now )?checked\b|\bafter checking\b|\bthat payment (was|went)\b|\brelated to\b",
    },
    "pause": {
        "fr": r"\bpause\b|\bsuspendre (les relances|le recouvrement|le dossier)|\bsuspension\b"
        r"|\bmettre (le dossier|les relances|votre dossier) en (attente|suspens)|\bgeler\b|\bsans relance",
        "en": r"\bpaus(e|ed|ing)\b|\bon hold\b|\bbreathing space\b|\b(hold|stop|suspend)\w* (the )?(collection|calls|reminders)",
    },
    "callback": {
        "fr": r"\brappel(er|le|lerai|lerons|lez)?\b|\brecontact\w*|\bvous joindre\b|\bse reparler\b",
        "en": r"\bcall (you )?back\b|\bcall you\b|\bspeak again\b|\bring you\b|\bget back to you\b",
    },
    "time_of_day": {
        "fr": r"\b\d{1,2}\s?h(\s?\d{2})?\b|\b\d{1,2}:\d{2}\b|\bmidi\b|\bmatin\b|\baprès-midi\b|\bsoir\b",
        "en": r"\b\d{1,2}(:\d{2})?\s?(am|pm)\b|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmorning\b|\bafternoon\b|\bevening\b",
    },
    "day": {"fr": rf"\b({_DAYS})\b", "en": rf"\b({_DAYS})\b"},
    "capacity_question": {
        "fr": r"combien (pourriez|pouvez|pourrez|pourriez-vous|pouvez-vous)|quel montant|vos revenus"
        r"|vos charges|votre budget|reste à vivre|vous paraîtrait (tenable|possible|réaliste)"
        r"|qu'est-ce qui (serait|vous semble) (tenable|possible|réaliste)|chaque mois, combien"
        r"|(vous )?propos(eriez|ez)(-vous)? quoi|qu'est-ce que vous (me )?(proposez|proposeriez)|que proposez-vous"
        r"|qu'est-ce que vous pourriez (faire|payer|mettre)",
        "en": r"how much (could|can|would) you|what amount|your income|your (essential )?(bills|expenses|outgoings)"
        r"|your budget|what could you (afford|manage)|manage each month|afford each month"
        r"|what (would|do|can|could) you (suggest|propose|offer)|what can you do|what could you do",
    },
    "closing": {
        "fr": r"\bau revoir\b|\bbonne (journée|soirée|fin de journée|après-midi)\b",
        "en": r"\bgood ?bye\b|\bhave a (good|nice|great|lovely) (day|evening|afternoon)\b|\bbye\b",
    },
    # An explicit acceptance of what is on the table; a passing « bien » or « d'accord, je comprends » is not.
    "agree": {
        "fr": r"\bd'accord (pour|avec (ça|cela|vous|votre)|sur)\b|\bc'est d'accord\b|\b(je suis|on est|nous sommes)"
        r" d'accord\b|\bça me va\b|\bça (nous )?convient\b|\bça marche\b|\bc'est parfait\b|\bparfait[,.!]? (on|c'est"
        r"|je|nous|alors)\b|\bva pour\b|\bc'est entendu\b|\bon fait comme ça\b|\bmarché conclu\b|\bj'accepte\b"
        r"|\bnous acceptons\b|\bon part (là-dessus|sur (ça|cela|votre|vos|ces))\b|\bc'est (bon|ok) pour (moi|nous)\b"
        r"|\bje valide\b|\bd'accord, (on|je note|c'est noté|allons-y)\b|\bok pour\b",
        "en": r"\bthat works\b|\bworks for (me|us)\b|\bsounds good\b|\bagreed\b|\b(it's|that's) a deal\b|\bdeal[.!]"
        r"|\blet's (do|go with) (that|it|this|your)\b|\bok(ay)?,? let's\b|\bi accept\b|\bwe accept\b"
        r"|\b(that's|that is) (fine|perfect|great)\b|\bfine by (me|us)\b|\bperfect,? (let's|we|i)\b"
        r"|\bgo with (that|your)\b|\bok(ay)? for\b|\bthat'll do\b",
    },
    # A bare yes: the whole (short) reply is an assent.
    "short_yes": {
        "fr": r"^\W*(oui|ok|okay|d'accord|parfait|très bien|entendu|ça marche|c'est bon|volontiers|bien sûr"
        r"|tout à fait|exactement)\b[\w' ,.!-]{0,25}$",
        "en": r"^\W*(yes|yeah|yep|ok|okay|sure|fine|great|perfect|agreed|alright|all right|of course|exactly)\b"
        r"[\w' ,.!-]{0,25}$",
    },
    # A loose acknowledgement: enough to take up a callback time the debtor suggested.
    "ack": {
        "fr": r"\bd'accord\b|\bça marche\b|\bentendu\b|\bc'est noté\b|\bparfait\b|\btrès bien\b|\bok\b|\bva pour\b",
        "en": r"\bok(ay)?\b|\bagreed\b|\bdeal\b|\bthat works\b|\bsounds good\b|\bperfect\b|\bfine\b|\bgreat\b",
    },
    # The trainee sums up what was agreed (a recap carries figures to be checked against the deal).
    "recap": {
        "fr": r"\bje (vous )?récapitule\b|\brécapitulons\b|\bpour (résumer|récapituler)\b|\b(nous avons|on a) (donc )?"
        r"convenu\b|\bc'est convenu\b|\bcomme convenu\b|\bon est (donc )?d'accord sur\b|\bnous sommes (donc )?d'accord sur\b"
        r"|\bje confirme\b|\bje note donc\b|\bdonc on part sur\b|\bce qui est convenu\b",
        "en": r"\bto recap\b|\blet me recap\b|\bto sum up\b|\bso we('ve| have)? agreed\b|\bwe('ve| have)? agreed\b"
        r"|\bjust to confirm\b|\bto confirm\b|\bas agreed\b|\bi('ll| will)? confirm\b|\bso that's\b",
    },
    # The trainee turns the debtor's words round (« si je comprends bien… »): figures in it are theirs, not an offer.
    "reflection_lead": {
        "fr": r"^\W*(donc,? |alors,? )?(si je (vous )?(comprends|suis) bien|si je vous ai bien compris|vous me dites que"
        r"|vous dites que|d'après ce que vous me dites|ce que j'entends|vous voulez dire que|j'entends que|vous voulez bien)",
        "en": r"^\W*(so,? )?(if i understand|if i've got (this|that|you) right|what i'm hearing|what i hear|you're saying"
        r"|you are saying|you said|it sounds like|you mean|you'd be willing|you would be willing|so you)",
    },
    # « Calmez-vous », « empruntez à votre famille »: dismissive advice that no tone of voice turns into empathy.
    "calm_down_order": {
        "fr": r"\bcalmez-vous\b|\bdu calme\b|\bon se calme\b|\brestez calme\b|\bcalmez vous\b"
        r"|\bemprunte[rz]?\b[^.?!]{0,30}\b(famille|proches|amis|parents)\b|\bdemandez à (votre famille|vos proches|vos parents)"
        r"|\bvendez (votre|vos)\b",
        "en": r"\bcalm down\b|\bsettle down\b|\bcalm yourself\b|\bno need to (shout|get angry)\b"
        r"|\bborrow\w* (it |the money |some money )?from (your )?(family|friends|parents|relatives)"
        r"|\bask your (family|parents|friends) (for|to)\b|\bsell your (car|furniture|things)\b",
    },
    "complaint_log": {
        "fr": r"\b(j'|je |nous )(vous )?(enregistre|note|transmet|transmets|consigne|fais remonter|remonte|ouvre)\w*\b"
        r"[^.?!]{0,40}\bréclamation|\bréclamation\b[^.?!]{0,30}\b(enregistrée|transmise|notée|remontée|ouverte)",
        "en": r"\b(i|we)('ll| will)? (log|record|register|note|raise|file|pass|open|escalate)\w*\b[^.?!]{0,40}\bcomplaint"
        r"|\bcomplaint\b[^.?!]{0,30}\b(logged|recorded|registered|raised|passed on|escalated|opened)",
    },
    "injection": {
        "fr": r"ignore[zs]? (tes|vos|les|toutes? les) (instructions|consignes|règles)|tu es (maintenant|désormais)"
        r"|oublie (tes|tout|toutes)|\bprompt\b|en tant qu'(ia|intelligence)|joue (le rôle|un autre)"
        r"|mode développeur|tu n'es (plus|pas) (un|une) débit",
        "en": r"ignore (all |your |the |any )?(previous |prior )?(instructions|rules)|you are now|system prompt"
        r"|\bprompt\b|as an ai\b|pretend (to be|you are)|developer mode|stop (the )?role.?play|you're now",
    },
    "payment_ask": {
        "fr": r"\b(vous devez|il (vous )?faut|vous pouvez|vous pourriez|pourriez-vous|pouvez-vous|je vous propose"
        r"|on peut|on pourrait|nous pouvons|vous allez|je vous demande|merci de)\b[^.?!]{0,60}?"
        r"\b(pay|régl|vers|mett|rembours|sold|virement|carte)",
        "en": r"\b(you (must|need to|have to|can|could|will|should)|can you|could you|would you|i suggest|we can|let's"
        r"|i('d| would) like you to|please)\b[^.?!]{0,60}?\b(pay|settle|clear|put|transfer)",
    },
    "threat_words": {
        "fr": r"\btribunal\b|\bhuissier\b|\bsaisie\b|\bpoursuites?\b|\bcontentieux\b|\bprison\b|\bplainte\b",
        "en": r"\bcourt\b|\bbailiffs?\b|\bsue\b|\blawsuit\b|\bseize\b|\bgarnish\w*|\bprison\b|\blegal action\b",
    },
}

CUES: Final[dict[str, dict[str, re.Pattern[str]]]] = {
    name: {lang: re.compile(pattern) for lang, pattern in by_lang.items()}
    for name, by_lang in _PATTERNS.items()
}


def normalise(text: str) -> str:
    """Lower-case with straight apostrophes and hyphens, the form every cue is written for."""
    return text.lower().replace("’", "'").replace("‑", "-")


def find(cue: str, text: str, lang: str) -> re.Match[str] | None:
    """The first match of ``cue`` in already-normalised ``text``."""
    return CUES[cue][lang if lang in ("fr", "en") else "fr"].search(text)


def sentence_around(text: str, start: int, limit: int = 140) -> str:
    """The sentence of ``text`` that holds position ``start``, shortened for a quote."""
    left = max(text.rfind(mark, 0, start) for mark in ".?!\n")
    ends = [i for i in (text.find(mark, start) for mark in ".?!\n") if i != -1]
    right = min(ends) + 1 if ends else len(text)
    sentence = text[left + 1 : right].strip()
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"
