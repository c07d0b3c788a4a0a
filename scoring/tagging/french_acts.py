"""Structural French rules applied after the cue lexicon, on text normalised by ``spoken_fr``.

The cue lexicon recognises phrasings; these rules recognise constructions, so that new wordings of the same
act are found:
- threat = a condition or deadline frame (« si … pas », « sinon », « dans ce cas », « d'ici X »,
  « jusqu'à X ») with a coercive consequence that is not negated; an ultimatum; pressure through third
  parties; innuendo. A consequence under negation is a reassurance (« la police n'intervient pas »);
- negative framing = reproach modality, imputed error, generalising dismissal, refusal of responsibility,
  sarcasm and moralising;
- offer = an agent-side arrangement or forbearance; the amount owed stated as a fact is disclosure.
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
    r"|plus rien faire|ira plus loin|passera a la vitesse|autre ton)\b"
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
# A consequence lifted rather than imposed: « les saisies sont suspendues ».
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

_NEGATIVE = re.compile(
    r"fallait\b|faut (?:assumer|etre (?:serieux|responsable|raisonnable|adulte)|arreter)"
    r"|vous (?:avez|aviez) (?:du|surement|certainement|probablement) (?:mal|pas bien|mal) \w+"
    r"|vous (?:avez|aurez) (?:mal|pas bien|de travers) (?:lu|compris|regarde|vu|entendu|calcule)"
    r"|vous vous etes (?:trompee?|emmelee?)|c'est (?:vous|votre) (?:erreur|faute)"
    r"|tout le monde(?<!arrive a tout le monde)(?<!pour tout le monde)(?<!comme tout le monde) (?:\w+ ){0,2}(?:dit|conteste|a|fait|perd|raconte|pretend|trouve|se plaint|croit|oublie|peut)\b"
    r"|(?:ce n'est|ca n'est|c'est|ca c'est) pas (?:mon|notre|de mon|de notre|a moi|a nous) ?(?:probleme|service|affaire|souci|ressort|role|boulot|travail|job|rayon|faute|de)"
    r"|(?:ca|cela) ne (?:me|nous) regarde pas|voyez (?:ca )?avec (?:eux|lui|elle|votre)"
    r"|(?:ce n'est|c'est|n'est) pas une (?:raison|excuse)|(?:ce n'est|c'est) pas en \w+ant\b"
    r"|si vous \w+iez\b[^.]{0,60}\b(?:aurait|aurions|auriez|serait|serions|seriez|aurais|serais)\b"
    r"|vous (?:pensez|croyez) (?:vraiment|serieusement|sincerement) que|vous vous (?:moquez|foutez|fichez) de"
    r"|vous vous prenez pour qui|pour qui vous (?:me |nous )?prenez"
    r"|(?:on|je|nous) (?:ne |n')?(?:va|vais|allons) pas y passer|(?:c'est|ce serait) (?:un peu |bien |trop )?(?:trop )?facile\b"
    r"|c'est (?:toujours|encore) (?:la faute|a cause)|c'est ce que vous (?:disiez|avez dit|m'aviez dit|dites) (?:deja|toujours|a chaque)"
    r"|c'est la \w+ fois que vous|vous etes (?:grande?|adulte|majeure?)s? maintenant|(?:ca|cela) ne compte pas\b"
    r"|faudra (?:ne )?pas venir (?:pleurer|vous plaindre)|, \w+ ou pas(?=[.!]|$)|si (?:ca|cela) vous (?:chante|amuse|fait plaisir)"
    r"|vous (?:devriez|auriez du) (?:toujours|quand meme|au moins)\b|quand on (?:emprunte|achete|signe|consomme)\b"
    r"|(?:le credit|la dette|le pret|le remboursement|nos factures|notre facture)(?:, (?:lui|elle),)? passe(?:nt)? avant"
)

_OPEN_ASK = re.compile(
    r"\b(?:vous )?(?:pouvez|pourriez|voudriez)(?:-vous)? (?:me |m')(?:en )?(?:dire|expliquer|raconter|decrire|parler) (?:un peu )?(?:plus|davantage|comment|pourquoi|ce qui|ce que|ce qu')"
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
    r"|report\w*|etal\w*|repart\w*|bloqu\w*|stopp\w*|arret\w*|retir\w*|supprim\w*|offr\w*|accord\w*)"
    r" (?:\w+ ){0,3}?(?:les |la |le |l'|vos |votre |ca |toutes les |tous les )?(?:relances?|appels?|frais|interets|penalites|majorations|agios"
    r"|echeances?|mensualites?|prelevements?|recouvrement|procedure|dossier|coupure|ligne|compteur|\d)"
)
_PROPOSAL = re.compile(
    r"\bce que (?:je|nous|on) (?:peux|pouvons|peut|pourrais|pourrions) (?:vous )?(?:proposer|faire|offrir|accorder)"
    r"|\bje (?:vous )?propose\b|\b(?:je|on|nous) (?:peux|peut|pouvons|pourrais|pourrait|pourrions) (?:tout a fait |tres bien )?(?:vous )?"
    r"(?!compter|demander|transmettre|verifier|voir|regarder|rappeler|savoir|dire|expliquer|envoyer|noter|avoir)\w+"
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
    r"|en souffrance|non reglee?s)|\bil (?:vous )?reste \d|\d+ ?(?:euros|€)? (?:en retard|impayes?|restants?|de retard|a rembourser)"
    r"|\b(?:vous (?:nous )?devez|le montant du|la somme due|votre (?:dette|solde|compte|retard|decouvert)) (?:\w+ ){0,3}?(?:moins )?\d"
)
_NUMERIC_HINT = re.compile(
    r"\d|\b(?:deux|trois|quatre|cinq|six)\b|\bvous (?:me )?(?:reglez|payez|versez|faites|mettez|envoyez|virez)\b"
)
_FORBEARANCE_HINT = re.compile(r"\b(?:je|on|nous) ")
_CONFIRM = re.compile(r"\bvous (?:me )?(?:le |la |l')?confirmez\b(?! (?:votre|vos) )")
_BREAK = re.compile(r"[,;:.!?]")


def _unnegated(pattern: re.Pattern[str], sentence: str, start: int = 0) -> bool:
    """Whether ``pattern`` occurs without a negation shortly before it (looking no further back than ``start``)."""
    for match in pattern.finditer(sentence, start):
        window = _BREAK.split(sentence[max(start, match.start() - 30) : match.start()])[-1]
        if not _NEGATED_BEFORE.search(window) and not _LIFTED_AFTER.match(sentence, match.end()):
            return True
    return False


_THREAT_HINT = re.compile(
    "|".join(p.pattern for p in (_FRAME, _ULTIMATUM, _THIRD_PARTY, _KNOW_WHERE, _REASSURING))
)


def _threat(sentence: str) -> bool:
    if _ULTIMATUM.search(sentence) or _KNOW_WHERE.search(sentence):
        return True
    if _INFORMING.search(sentence):
        return False
    frame = _FRAME.search(sentence)
    if frame is not None and _unnegated(_CONSEQUENCE, sentence, frame.end()):
        return True
    if _REASSURING.search(sentence):
        return False
    return bool(_THIRD_PARTY.search(sentence) and _unnegated(_PRESSURE_VERB, sentence))


def refine(sentences: Sequence[str], folded: str, acts: set[str]) -> None:
    """Add or correct acts of one French utterance from its constructions (in place)."""
    threat = False
    if _THREAT_HINT.search(folded):
        threat = any(_threat(sentence) for sentence in sentences)
        if not threat and _REASSURING.search(folded):
            acts.discard("threat")
    asks_closed = "pas" in folded and any(_CLOSED_ASK.search(sentence) for sentence in sentences)
    if asks_closed and "open_question" not in acts:
        acts.add("closed_question")
    negative = bool(_NEGATIVE.search(folded))
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
    arrangement = _unnegated(_FORBEARANCE, folded) or bool(_SPOKEN_DEAL.search(folded))
    arrangement = arrangement or bool(_MONEY.search(folded) and _PROPOSAL.search(folded))
    if threat and not arrangement:
        acts.discard("offer")  # « on bloque vos commandes » under a deadline is pressure, not forbearance
    elif arrangement:
        acts.add("offer")
    if _ARREARS.search(folded) and not (proposal or acts & {"summary", "closed_question", "open_question"}):
        acts -= {"offer", "reflection"}
        acts.add("disclosure")
    if _CONFIRM.search(folded) and _AMOUNT.search(folded) and "verification" not in acts:
        acts.add("commitment_request")
