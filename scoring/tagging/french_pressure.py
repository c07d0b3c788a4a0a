"""Threat in French: pressure by consequences, read from constructions rather than phrasings.

Matched on folded text normalised by ``spoken_fr``. A threat is
- a condition or deadline frame (« si … pas », « sinon », « à défaut », « d'ici X », « jusqu'à X ») followed by
  a coercive consequence that is not negated or lifted;
- a coercive consequence made imminent (« la coupure est programmée pour mardi », « une saisie dès le mois
  prochain », « ça va aller très vite »), or enforcement aimed at the debtor's income or accounts;
- an ultimatum; pressure through third parties; innuendo (« on sait où vous travaillez »).
A consequence under negation is a reassurance (« la police n'intervient pas »), and truthful information
about the next steps of the process is not a threat.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_DAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|la fin|fin \w+|le \d+|\d+|\w+ jours|\w+ semaines?)"
_FRAME = re.compile(
    r"\bsi\b[^.;!?]{0,60}?\b(?:pas|plus|rien|jamais|aucun|aucune)\b"
    r"|\bsi (?:vous|on) (?:refusez|continuez|persistez|contestez|insistez|le prenez)"
    r"|\bsinon\b|\ba defaut\b|\bfaute de\b|\bdans ce cas\b|\bsans (?:paiement|reglement|versement|accord|reponse|nouvelles|rien)"
    r"|\bd'ici\b|\bavant "
    + _DAY
    + r"|\bjusqu'(?:a|au) |\bpasse ce delai|\bapres (?:ca|cela|quoi|cette date|ce delai)"
    r"|\ba un moment\b|\bdes (?:demain|lundi|mardi|mercredi|jeudi|vendredi|la semaine|ce soir)|\bsous (?:\w+ )?(?:jours|huitaine|quinzaine)"
)
_CONSEQUENCE = re.compile(
    r"\b(?:contentieux|huissiers?|commissaire de justice|tribunal|juge|justice|avocats?|poursuites?|procedures?"
    r"|saisi(?:e|es|r|t|ra|ront)?|coupure|coupe|coupons|couper|couperons|coupera|resili\w+|expuls\w+|fichier|fiche(?:e|s)?|banque de france"
    r"|recouvrement judiciaire|decheance|exigibles?|injonction|recuperer|recuperera|bloqu\w+ (?:vos|votre|les) (?:commandes|comptes?|livraisons)"
    r"|police|prison|gendarmes?|plainte|frais (?:de procedure|supplementaires|de recouvrement|d'huissier)"
    r"|plus rien faire|ira plus loin|passera a la vitesse|autre ton|(?:cabinet|societe|agence) de recouvrement"
    r"|penalites|majorations|a votre charge|a vos frais|assign\w+|(?:se )?retourn\w+ contre)\b"
)
# A consequence made imminent: scheduled, starting from a near date, or promised to come fast.
_IMMINENT = re.compile(
    r"\b(?:programmee?s?|prevue?s?|planifiee?s?|fixee?s?) (?:pour|le|des|a partir)\b"
    r"|\b(?:des|a partir de?|d'ici) (?:le |la |l')?(?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|semaine|mois|fin)\w*"
    r"|\b(?:va|vont|ira|iront|peut|peuvent|pourrait) (?:aller )?(?:tres |assez |bien )?(?:vite|rapidement)\b|\bsous peu\b|\bincessamment\b"
)
# Enforcement aimed at the debtor's income or accounts (« peut prélever directement sur votre salaire »).
_ON_ASSETS = re.compile(
    r"\b(?:peut|peuvent|pourra|pourront|pourrait|va|vont) (?:[a-z]+ )?(?:prelever|ponctionner|bloquer|retenir|saisir)"
    r" (?:[a-z]+ ){0,2}?(?:sur )?(?:votre|vos) (?:salaire|paie|comptes?|allocations|pension|retraite|biens|vehicule|voiture)"
)
_ULTIMATUM = re.compile(
    r"\bvous avez jusqu'(?:a|au)\b|\bpas un jour de plus\b|\bdernier(?:e)? (?:delai|chance|avertissement|rappel)\b"
    r"|\bje vous aurai (?:prevenue?|averti)|\bvous (?:aurez|etes) (?:ete )?(?:prevenue?|averti)"
    r"|\bje dis (?:ca|cela),? je (?:ne )?dis rien\b|\bfaudra (?:pas|ne pas|ne) ?(?:pas )?venir (?:pleurer|vous plaindre|vous etonner)"
    r"|\b(?:on|nous) (?:va|allons|viendra|viendrons|viendrait) (?:venir (?:recuperer|saisir|chercher|frapper)|recuperer|saisir)"
)
_THIRD_PARTY = re.compile(
    r"\b(?:votre|vos|le|la|les|ses) (?:employeur|patron|parents?|pere|mere|famille|mari|femme|epouse|conjointe?|fils|fille"
    r"|enfants|voisins|proches|clients|collegues|caution|cautions|garant|entourage|frere|soeur)\b"
)
_TP = _THIRD_PARTY.pattern
# The agent acting on a third party, or the third party about to learn of the debt.
_PRESSURE_VERB = re.compile(
    r"\b(?:prevenir|previen\w*|appeler|appellera\w*|appelle|contacter|contactera\w*|informer|informera\w*|ecrire a"
    r"|mettre au courant) (?:\w+ ){0,2}?"
    + _TP
    + r"|"
    + _TP
    + r"(?: \w+){0,4} (?:pourrait|pourra|va|risque de|risquerait de) (?:recevoir|etre (?:contacte|informe|prevenu|appele)|apprendre|savoir)"
    r"|\b(?:on|nous|je) (?:l'|le |la |les |lui |leur )(?:appell\w+|previen\w+|contact\w+|inform\w+)"
    r"|\b(?:on|nous) (?:sait|savons|connait|connaissons) (?:ou|qui|que)\b"
)
_KNOW_WHERE = re.compile(
    r"\b(?:on|nous) (?:sait|savons|connait|connaissons) (?:ou vous|qui sont vos|votre adresse|votre employeur)"
)
_NEGATED_BEFORE = re.compile(r"\b(?:ne|n'|pas|jamais|aucune?|personne ne|rien ne|eviter|sans|ni)\b|\bn'\w")
# A consequence lifted rather than imposed, by a verb before it (« on suspend toutes les procédures »).
_LIFTED_BEFORE = re.compile(r"\b(?:suspend|stopp|annul|gel|arret|lev|evit)\w*\b")
# After a frame, the agent lifting measures (« dans ce cas on suspend toutes nos démarches »).
_LIFTING = re.compile(r"\b(?:suspend|stopp|annul|gel)\w*\b")
_LIFTED_AFTER = re.compile(
    r"[^.;]{0,60}\b(?:suspendu\w*|arrete\w*|annule\w*|levee?s?|evite\w*|stoppe\w*|gele\w*)\b"
)
_ENFORCER = r"(?:police|prison|gendarmes?|huissiers?|commissaire de justice|saisies?|expulsions?|coupures?|tribunal|juge)"
_REASSURING = re.compile(
    r"\b" + _ENFORCER + r"\b[^,.;]{0,30}\b(?:n'|ne )\w+(?: \w+)? (?:pas|jamais|personne|rien)\b"
    r"|\b(?:police|prison|gendarmes?)\b[^,.;]{0,25}\b(?:pas|jamais)\b|\bpersonne ne (?:va|viendra|peut) "
    r"|\b(?:n'|ne )\w+(?: \w+){0,2} (?:rien|pas|jamais|aucune?|personne)\b[^,.;]{0,25}\b(?:prison|police|gendarmes?)\b"
    r"|\b(?:on|nous) (?:n'|ne )(?:expulse|coupe|saisit|envoie|arrete)\w* (?:\w+ )?(?:personne|pas|jamais|rien)\b"
)
# Truthful information about next steps: the creditor's possibility, the debtor's rights.
_INFORMING = re.compile(
    r"\ble creancier (?:qui )?(?:peut|pourra|pourrait|decidera|decide)|\bvous pourrez (?:y )?(?:faire valoir|vous defendre|contester)"
    r"|\bon n'en est pas (?:du tout )?la"
)

_BREAK = re.compile(r"[,;:.!?]")


def unnegated(pattern: re.Pattern[str], sentence: str, start: int = 0) -> bool:
    """Whether ``pattern`` occurs without a negation shortly before it (looking no further back than ``start``)."""
    for match in pattern.finditer(sentence, start):
        window = _BREAK.split(sentence[max(start, match.start() - 30) : match.start()])[-1]
        if _NEGATED_BEFORE.search(window) or _LIFTED_BEFORE.search(window):
            continue
        if not _LIFTED_AFTER.match(sentence, match.end()):
            return True
    return False


_THREAT_HINT = re.compile(
    "|".join(
        p.pattern for p in (_FRAME, _ULTIMATUM, _THIRD_PARTY, _KNOW_WHERE, _REASSURING, _IMMINENT, _ON_ASSETS)
    )
)


def _threat(sentence: str) -> bool:
    if _ULTIMATUM.search(sentence) or _KNOW_WHERE.search(sentence):
        return True
    if _INFORMING.search(sentence):
        return False
    frame = _FRAME.search(sentence)
    lifted = frame is not None and _LIFTING.search(sentence, frame.end()) is not None
    if frame is not None and not lifted and unnegated(_CONSEQUENCE, sentence, frame.end()):
        return True
    if _IMMINENT.search(sentence) and unnegated(_CONSEQUENCE, sentence):
        return True
    if _REASSURING.search(sentence):
        return False
    if unnegated(_ON_ASSETS, sentence):
        return True
    return bool(_THIRD_PARTY.search(sentence) and unnegated(_PRESSURE_VERB, sentence))


def threat_reading(sentences: Sequence[str], folded: str) -> tuple[bool, bool]:
    """(a sentence threatens, the utterance reassures instead) for one folded, normalised French utterance."""
    if not _THREAT_HINT.search(folded):
        return False, False
    threat = any(_threat(sentence) for sentence in sentences)
    return threat, not threat and _REASSURING.search(folded) is not None
