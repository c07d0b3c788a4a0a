"""Negative framing in French: the constructions of blame, reproach, dismissal and sarcasm.

Matched on folded text normalised by ``spoken_fr`` (« tu » read as « vous », spoken negation given its
« ne »). Each family is a kind of phrasing, not a list of sentences:
- reproach modality and imputed error or negligence addressed to the debtor (« fallait », « vous auriez dû »,
  « vous avez mal lu », « vous avez signé sans lire », a counterfactual « vous auriez répondu, je n'aurais pas… »);
- generalising dismissal and stereotypes (« tout le monde dit ça », « c'est toujours pareil avec… »);
- refusal of responsibility and agent-centred priorities (« ce n'est pas mon problème », « ce n'est pas à mon
  client de… », « ce qui m'intéresse, c'est… », « je ne vais pas passer la journée… »);
- the debt put above the hardship (« la dette passe avant », « la facture n'attend pas », « il faudra payer
  quand même »), moralising injunctions (« faut arrêter de… ») and guilt-tripping (« vous n'allez quand même
  pas… »);
- sarcasm and condescension (« ils seront ravis d'apprendre… », « recevable, recevable… », « c'est pourtant
  pas compliqué », « je vous l'ai déjà expliqué deux fois »), imputed bad faith (« pour gagner du temps »).
"""

from __future__ import annotations

from scoring.tagging.families import Families

_DEBT = r"(?:le credit|la dette|le pret|le remboursement|nos factures|notre facture|la facture|le loyer|les dettes|une dette)"
_PARTICIPLE = r"\w+(?:e|es|ee|ees|i|is|u|us|it)"
_FAMILIES = (
    # Reproach modality, imputed error and negligence.
    r"fallait\b|(?:il )?(?:faut|faudrait|faudra) (?:peut-etre |quand meme |surtout |aussi )?(?:assumer|etre (?:serieux|responsable|raisonnable|adulte)|arreter|apprendre a|cesser de)",
    r"vous (?:avez|aviez) (?:du|surement|certainement|probablement) (?:mal|pas bien|mal) \w+",
    r"vous (?:avez|aurez) (?:mal|pas bien|de travers) (?:lu|compris|regarde|vu|entendu|calcule)",
    r"vous vous etes (?:trompee?|emmelee?)|c'est (?:vous|votre) (?:erreur|faute)",
    r"vous (?:devriez|auriez du) (?:toujours|quand meme|au moins)\b|vous auriez mieux fait|vous (?:n')?(?:aviez|avez|aurez|auriez) qu'a\b",
    r"vous (?:avez|aviez) (?:\w+ )?"
    + _PARTICIPLE
    + r" sans (?:lire|reflechir|regarder|verifier|compter|vous renseigner|faire attention)",
    r"vous (?:n')?auriez (?:pas )?"
    + _PARTICIPLE
    + r"\b[^.?]{0,60}\b(?:je|j'|on|nous) (?:ne |n'|n'en |n'y )?(?:aurais|aurait|aurions|serais|serait|serions)\b",
    r"si vous \w+iez\b[^.]{0,60}\b(?:aurait|aurions|auriez|serait|serions|seriez|aurais|serais)\b",
    r"quand on (?:emprunte|achete|signe|consomme)\b|c'est (?:votre|ta) (?:gestion|responsabilite|erreur|souci)\b",
    # Generalising dismissal and stereotypes.
    r"tout le monde(?<!arrive a tout le monde)(?<!pour tout le monde)(?<!comme tout le monde) (?:\w+ ){0,2}(?:dit|conteste|a|fait|perd|raconte|pretend|trouve|se plaint|croit|oublie|peut)\b",
    r"c'est (?:toujours|encore) (?:la faute|a cause|pareil|la meme (?:chose|histoire|chanson)|le meme (?:refrain|discours|cinema))",
    r"c'est ce que vous (?:disiez|avez dit|m'aviez dit|dites) (?:deja|toujours|a chaque)",
    r"c'est la (?!premiere|derniere|seule)\w+ fois que vous|vous etes (?:grande?|adulte|majeure?)s? maintenant",
    r"(?:apres|ensuite|et puis) vous (?:pleurez|venez pleurer|vous plaignez|venez vous plaindre)",
    # Refusal of responsibility, agent-centred priorities, impatience.
    r"(?:ce n'est|ca n'est|c'est|ca c'est) pas (?:mon|notre|de mon|de notre|a moi|a nous) ?(?:probleme|service|affaire|souci|ressort|role|boulot|travail|job|rayon|faute|de)",
    r"(?:ce n'est|ca n'est) pas (?:le|un) (?:probleme|souci|affaire|role) (?:de|du) (?:mon|notre|la|le) (?:client|creancier|societe|entreprise|service|banque|proprietaire|bailleur)",
    r"(?:ce n'est|ca n'est) pas a (?:mon|notre|la|le|l') ?(?:client|creancier|societe|entreprise|banque|proprietaire|bailleur) (?:de|d')",
    r"(?:ca|cela) ne (?:me|nous) regarde pas|voyez (?:ca )?avec (?:eux|lui|elle|votre)",
    r"je (?:n'ai|n'avons) pas a (?:rentrer|entrer|savoir|connaitre|ecouter|juger)",
    r"ce qui (?:m'|nous )(?:interesse|importe),? (?:moi,? )?c'est (?:les \d|le (?:paiement|reglement|montant|solde)|la (?:dette|somme|facture)|l'argent|\d|que vous (?:payiez|regliez))",
    r"(?:on|je|nous) (?:ne |n')?(?:va|vais|allons) pas (?:y )?passer (?:la journee|des heures|la nuit|l'apres-midi|\w+ heures|\w+ ans|la-dessus)",
    r"(?:on|je|nous) (?:ne |n')?(?:va|vais|allons) pas y passer|je ne fais que mon (?:travail|boulot|job)",
    r"je ne peux rien (?:vous )?(?:promettre|garantir)",
    # The debt above the hardship; moralising; guilt-tripping.
    _DEBT + r"(?:, (?:lui|elle),)? passe(?:nt)? avant",
    _DEBT + r"(?:,? (?:elle|il|lui))?,? (?:n'attend|ne va pas attendre|n'attendra|n'attendent) (?:pas|plus)",
    r"(?:faudra|faut|faudrait|devrez|devez|allez devoir) (?:la |le |les |l')?(?:payer|regler|rembourser) quand meme",
    r"vous (?:ne |n')?(?:allez|irez|pouvez) quand meme pas|faudra (?:ne )?pas venir (?:pleurer|vous plaindre)",
    r"(?:ce n'est|c'est|n'est) pas une (?:raison|excuse)|(?:ce n'est|c'est) pas en \w+ant\b",
    # Sarcasm, condescension, imputed bad faith.
    r"vous (?:pensez|croyez) (?:vraiment|serieusement|sincerement) que|vous vous (?:moquez|foutez|fichez) de",
    r"vous vous prenez pour qui|pour qui vous (?:me |nous )?prenez",
    r"(?:c'est|ce serait) (?:un peu |bien |trop )?(?:trop )?facile\b|(?:ca|cela) ne compte pas\b",
    r", \w+ ou pas(?=[.!]|$)|si (?:ca|cela) vous (?:chante|amuse|fait plaisir)",
    r"(?:seront|sera|serait|seraient) (?:surement |certainement |sans doute |bien )?(?:ravi|content|heureu|fier)\w* (?:d'apprendre|de savoir)",
    r"^(?:\w+ )?(?!merci|attend|ecout|pardon|allo|doucement|parfait|super)(?P<echo>[a-z]{5,})(?:,|\.\.\.|…)+ (?P=echo)\b",
    r"(?:ce n'est|c'est) pourtant pas|deja (?:dit|explique|repete) (?:deux|trois|plusieurs|cent|mille|\d+) fois",
    r"(?:voulez|cherchez|essayez)(?: juste| encore| seulement)? (?:a |de )?gagner du temps|histoire de gagner du temps",
)
NEGATIVE = Families(_FAMILIES)


def reproaches(folded: str) -> bool:
    """Whether a folded, normalised French utterance carries negative framing by construction."""
    return NEGATIVE.search(folded)
