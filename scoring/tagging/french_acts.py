"""Structural French rules applied after the cue lexicon, on text normalised by ``spoken_fr``.

The cue lexicon recognises phrasings; these rules recognise constructions, so that new wordings of the same
act are found:
- threat: see ``french_pressure`` (condition or deadline + consequence, imminence, ultimatum, third parties);
- negative framing: see ``french_reproach`` (reproach, dismissal, refusal of responsibility, sarcasm);
- open questions asking for an account (« vous pouvez m'en dire plus », « il vous a dit quoi », « vous en
  êtes où »), negative-conditional closed questions without « ? »;
- offer = an agent-side arrangement or forbearance; the amount owed stated as a fact is disclosure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scoring.tagging.french_pressure import threat_reading, unnegated
from scoring.tagging.french_reproach import reproaches

_OPEN_ASK = re.compile(
    r"\b(?:vous )?(?:pouvez|pourriez|voudriez)(?:-vous)? (?:me |m')(?:en )?(?:dire|expliquer|raconter|decrire|parler) (?:un peu )?(?:plus|davantage|comment|pourquoi|ce qui|ce que|ce qu')"
    r"|\b(?:dit|conseille|propose|explique|raconte|fait|passe) quoi\b(?! comme| que)|\ben (?:est|etes|sont) ou\b|\bou en (?:est|etes|sont)\b"
    r"|\bdites-m'en (?:plus|davantage|un peu)|\b(?:je|j') ?(?:veux|voudrais|voulais|cherche a|essaie de|aimerais) (?:juste |simplement |bien |mieux )?comprendre (?:ce qui|ce que|ce qu'|comment|pourquoi|ou)"
)
# Negative-conditional questions without « ? »: « vous auriez pas un job à côté », « vos parents ne pourraient pas… ».
_CLOSED_ASK = re.compile(
    r"^(?:et )?(?:vous|(?:vos|votre) \w+) (?:ne |n')?(?:auriez|pourriez|pourraient|pourrait|voudriez|connaitriez) pas (?!du |pu )"
    r"|\bou pas$"
)

_EMPATHY = re.compile(
    r"\bprenez (?:tout )?(?:votre temps|le temps qu'il (?:vous )?faut|le temps necessaire)"
    r"|\b(?:ca|cela) a l'air (?:vraiment |tres |si |tellement )?(?:\w+ant|dur|difficile|lourd|penible|complique|epuis\w*|eprouv\w*)"
    r"|\bc'est (?:vraiment |tellement |tres |si )?(?:rageant|frustrant|decourageant|epuisant|stressant|angoissant|enervant|revoltant|usant|injuste)\b"
    r"|\bje vous rassure\b|\bvous pouvez (?:souffler|respirer|etre rassure)"
)
_AUTONOMY = re.compile(
    r"\bprenez le temps (?:d'y reflechir|de reflechir|d'en parler|d'en discuter)|\bsi vous (?:le )?voulez\b|\bquand vous (?:voulez|voudrez|pouvez)\b"
)

_AMOUNT = re.compile(r"\d")
_FORBEARANCE = re.compile(
    r"\b(?:je|on|nous) (?:vous )?(?:(?:peux|peut|pouvons|vais|va|allons|pourrais|pourrait|pourrions) (?:tout a fait |tres bien )?(?:vous )?)?"
    r"(?:limit\w*|ramen\w*|baiss\w*|redui\w*|descend\w*|remet\w*|reactiv\w*|retabli\w*|annul\w*|suspend\w*|gel\w*|decal\w*"
    r"|report\w*|etal\w*|repart\w*|bloqu\w*|stopp\w*|arret\w*|retir\w*|supprim\w*|offr\w*|accord\w*|enlev\w*|efface\w*|exoner\w*|abandonn\w*)"
    r" (?:\w+ ){0,3}?(?:les |la |le |l'|vos |votre |ca |toutes les |tous les )?(?:relances?|appels?|frais|interets|penalites|majorations|agios"
    r"|echeances?|mensualites?|prelevements?|recouvrement|procedure|dossier|coupure|ligne|compteur|\d)"
)
_PROPOSAL = re.compile(
    r"\bce que (?:je|nous|on) (?:peux|pouvons|peut|pourrais|pourrions) (?:vous )?(?:proposer|faire|offrir|accorder)"
    r"|\bje (?:vous )?propose\b|\b(?:je|on|nous) (?:peux|peut|pouvons|pourrais|pourrait|pourrions) (?:tout a fait |tres bien )?(?:vous )?"
    r"(?!compter|demander|transmettre|verifier|voir|regarder|rappeler|savoir|dire|expliquer|envoyer|noter|avoir|parler|joindre|passer)\w+"
    r"|\bc'est bon pour vous|\b(?:ca|cela) vous (?:va|irait|convient|conviendrait|dit)\b"
)
_MONEY = re.compile(
    r"\d+ ?(?:euros|eur|€|%|par mois|fois)|\d+ (?:mensualites|versements|echeances)|\bfois \d"
)
_SPOKEN_DEAL = re.compile(
    r"\bvous (?:me )?(?:reglez|payez|versez|faites|mettez|envoyez|virez)\b[^.]{0,40}\d[^.]{0,80}\bet (?:je|on|nous)\b"
    r"|\bsi vous (?:me )?(?:faites|reglez|payez|versez|mettez|envoyez|virez)\b[^.]{0,50}\d"
)
_ARREARS = re.compile(
    r"\b(?:\d+|deux|trois|quatre|cinq|six) (?:mensualites|echeances|loyers|mois|factures|prelevements) (?:de retard|en retard|impayee?s"
    r"|en souffrance|non reglee?s)|\b(?:\d+|deux|trois|quatre|cinq|six) (?:mensualites|echeances|factures|loyers|prelevements)(?: de [\d ,]+ ?(?:euros|€)?)? (?:qui (?:n'ont pas ete|ne sont pas)|restee?s? (?:impayee|en attente))|\bil (?:vous )?reste \d|\d+ ?(?:euros|€)? (?:en retard|impayes?|restants?|de retard|a rembourser)"
    r"|\b(?:vous (?:nous )?devez|le montant du|la somme due|votre (?:dette|solde|compte|retard|decouvert)) (?:\w+ ){0,3}?(?:moins )?\d"
)
_NUMERIC_HINT = re.compile(
    r"\d|\b(?:deux|trois|quatre|cinq|six)\b|\bvous (?:me )?(?:reglez|payez|versez|faites|mettez|envoyez|virez)\b"
)
_FORBEARANCE_HINT = re.compile(r"\b(?:je|on|nous) ")
_CONFIRM = re.compile(r"\bvous (?:me )?(?:le |la |l')?confirmez\b(?! (?:votre|vos) )")


def refine(sentences: Sequence[str], folded: str, acts: set[str]) -> None:
    """Add or correct acts of one French utterance from its constructions (in place)."""
    threat, reassured = threat_reading(sentences, folded)
    if reassured:
        acts.discard("threat")
    asks_closed = "pas" in folded and any(_CLOSED_ASK.search(sentence) for sentence in sentences)
    if asks_closed and "open_question" not in acts:
        acts.add("closed_question")
    negative = reproaches(folded)
    if threat:
        acts.add("threat")
    if negative:
        acts.add("negative_framing")
    if _OPEN_ASK.search(folded):
        acts.discard("closed_question")
        acts.add("open_question")
    if _EMPATHY.search(folded):
        acts.add("empathy")
    if not threat and _AUTONOMY.search(folded):
        acts.add("autonomy")
    _refine_offer(folded, acts, threat)
    if threat or negative:
        acts -= {"empathy", "reflection", "autonomy"}


def _refine_offer(folded: str, acts: set[str], threat: bool) -> None:
    if not _NUMERIC_HINT.search(folded) and not _FORBEARANCE_HINT.search(folded):
        if threat:
            acts.discard("offer")
        return
    proposal = bool(_PROPOSAL.search(folded) or _SPOKEN_DEAL.search(folded))
    arrangement = unnegated(_FORBEARANCE, folded) or bool(_SPOKEN_DEAL.search(folded))
    arrangement = arrangement or bool(_MONEY.search(folded) and _PROPOSAL.search(folded))
    if threat and not arrangement:
        acts.discard("offer")  # « on bloque vos commandes » under a deadline is pressure, not forbearance
    elif arrangement:
        acts.add("offer")
    if _ARREARS.search(folded) and not (
        proposal or arrangement or acts & {"summary", "closed_question", "open_question"}
    ):
        acts -= {"offer", "reflection"}
        acts.add("disclosure")
    if _CONFIRM.search(folded) and _AMOUNT.search(folded) and "verification" not in acts:
        acts.add("commitment_request")
