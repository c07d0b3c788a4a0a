"""Spoken French brought to the written forms the cues are written in, on folded text.

Two regularities of the oral register carry most of the variation between speakers:
- the addressee in « tu » (« t'as », « tu payes », « ton dossier ») is turned into « vous » (« vous avez »,
  « vous payez », « votre dossier »), so every cue about the debtor works in both registers;
- negation without « ne » (« si vous payez pas », « il y a pas de honte », « personne va ») gets its « ne »
  back, so negated conditions and reassurances read as they would in writing.
"""

from __future__ import annotations

import re

# Subject forms of « tu » that cannot be mapped word by word (irregular verbs, elisions).
_TU_FORMS = {
    "t'as": "vous avez",
    "t'es": "vous etes",
    "t'etais": "vous etiez",
    "t'avais": "vous aviez",
    "t'aurais": "vous auriez",
    "t'auras": "vous aurez",
    "tu as": "vous avez",
    "tu es": "vous etes",
    "tu peux": "vous pouvez",
    "tu pourrais": "vous pourriez",
    "tu veux": "vous voulez",
    "tu voudrais": "vous voudriez",
    "tu dois": "vous devez",
    "tu devrais": "vous devriez",
    "tu vas": "vous allez",
    "tu sais": "vous savez",
    "tu fais": "vous faites",
    "tu dis": "vous dites",
    "tu vois": "vous voyez",
    "tu prends": "vous prenez",
    "tu crois": "vous croyez",
    "tu penses": "vous pensez",
    "tu aurais": "vous auriez",
    "tu etais": "vous etiez",
    "tu avais": "vous aviez",
    "dis-moi": "dites-moi",
    "dis-m'en": "dites-m'en",
    "te": "vous",
    "toi": "vous",
    "ton": "votre",
    "ta": "votre",
    "tes": "vos",
}
_TU_FIXED = re.compile(
    r"(?<![a-z0-9'-])(?:"
    + "|".join(sorted((re.escape(k) for k in _TU_FORMS), key=len, reverse=True))
    + r")(?![a-z0-9'])"
)
# « tu touches » → « vous touchez », « tu t'engages » → « vous vous engagez »: first-group endings.
_TU_VERB = re.compile(
    r"(?<![a-z0-9'-])tu ((?:ne |n')?(?:(?:vous|le|la|les|lui|leur|y|en|me) |l'|m'|t')*)([a-z]+?)(es|e|s)?\b"
)
# Imperatives in « tu » at the head of a clause: « prends ton temps », « écoute, … ».
_TU_IMPERATIVES = {
    "t'inquiete pas": "ne vous inquietez pas",
    "t'inquiete": "ne vous inquietez pas",
    "t'en fais pas": "ne vous en faites pas",
    "prends": "prenez",
    "fais": "faites",
    "ecoute": "ecoutez",
    "regarde": "regardez",
    "dis": "dites",
    "attends": "attendez",
    "rappelle": "rappelez",
    "envoie": "envoyez",
}
_TU_IMPERATIVE = re.compile(r"(^|[,;.!?] |et |mais )(" + "|".join(_TU_IMPERATIVES) + r")\b")
# « t'a fait », « je t'ai dit »: « t' » left after the subject forms is an object clitic.
_TU_OBJECT = re.compile(r"(?<![a-z0-9])t'(?=[a-z])")
_IMPERATIVE_E = re.compile(r"(?<![a-z0-9'-])([a-z]+e)-(moi|nous|le|la|les)\b")

# « plus loin », « plus de 50 euros » compare rather than negate.
_NEGATORS = (
    r"(?:pas|jamais|rien|aucun|aucune|personne|guere|nulle part"
    r"|plus(?! (?:loin|tard|tot|vite|que|cher|haut|bas|fort|souvent|rapidement|de \d|d'un|d'une)))"
)
_SUBJECT = r"(?:je|j'|il|elle|on|nous|vous|ils|elles|ca|cela|personne|rien|ce|c')"
_CLITICS = r"(?:(?:me|m'|te|se|s'|le|la|les|l'|lui|leur|vous|nous|y|en) ?)*"
# « vous payez pas » → « vous ne payez pas »; « j'ai pas » → « je n'ai pas »; « il y a pas » → « il n'y a pas ».
_SPOKEN_NEGATION = re.compile(
    r"(?<![a-z0-9'])(?<!ne )(?<!n')("
    + _SUBJECT
    + r") ?(?!ne |n')("
    + _CLITICS
    + r")([a-z][a-z'-]*) ("
    + _NEGATORS
    + r")\b"
)
_THERE_IS_NOT = re.compile(r"(?<![a-z'])(il )?y a (pas|plus|jamais|rien|aucun|aucune)\b")
_ELIDED_SUBJECT = {"j'": "je", "c'": "ce"}
_VOWEL = frozenset("aeiouyh")
# « personne va vous arrêter », « rien va changer »: a negative pronoun subject without « ne ».
_NEGATIVE_SUBJECT = re.compile(
    r"(?<![a-z0-9'])(personne|rien|aucun|aucune)(?: \w+)? (?!ne |n')("
    + _CLITICS
    + r")(va|vont|peut|doit|sera|est|viendra|ira|intervient)\b"
)
_NOT_VERBS = frozenset({"ne", "n", "que", "qui", "de", "pas", "plus", "si", "et", "ou"})


_TU_HINT = re.compile(r"\bt(?:u|e|oi|on|a|es)\b|\bt'|\w-moi\b|\bdis\b|\bprends\b|\bfais\b|\becoute\b")
_NEGATION_HINT = re.compile(r"\b(?:pas|plus|jamais|rien|aucune?|personne|guere)\b")


def _tu_fixed(match: re.Match[str]) -> str:
    return _TU_FORMS[match.group(0)]


_IRREGULAR = {
    "fais": "faites",
    "dis": "dites",
    "peux": "pouvez",
    "veux": "voulez",
    "dois": "devez",
    "vas": "allez",
    "sais": "savez",
    "vois": "voyez",
    "prends": "prenez",
    "crois": "croyez",
    "as": "avez",
    "es": "etes",
    "mets": "mettez",
    "envoies": "envoyez",
    "paies": "payez",
    "rends": "rendez",
    "viens": "venez",
}


def _tu_verb(match: re.Match[str]) -> str:
    clitics, root, ending = match.group(1), match.group(2), match.group(3) or ""
    clitics = clitics.replace("t'", "vous ")
    if root + ending in _IRREGULAR:
        return f"vous {clitics}{_IRREGULAR[root + ending]}"
    if ending in ("es", "e"):
        return f"vous {clitics}{root}ez"
    return f"vous {clitics}{root}{ending}"


def _with_ne(clitics: str, verb: str) -> str:
    return ("n'" if (clitics or verb)[:1] in _VOWEL else "ne ") + clitics + verb


def _restore_ne(match: re.Match[str]) -> str:
    subject, clitics, verb, negator = match.groups()
    if verb in _NOT_VERBS or (subject in ("personne", "rien") and verb in ("de", "a")):
        return match.group(0)
    subject = _ELIDED_SUBJECT.get(subject, subject)
    if subject == "ce" and verb == "est":
        return f"ce n'est {negator}"
    return f"{subject} {_with_ne(clitics, verb)} {negator}"


def _negative_subject(match: re.Match[str]) -> str:
    head = match.group(0)[: match.start(2) - match.start(0)]
    return f"{head}{_with_ne(match.group(2), match.group(3))}"


def normalise_spoken(folded: str) -> str:
    """Folded French with « tu » forms as « vous » and spoken negations given their « ne »."""
    text = folded
    if _TU_HINT.search(text):
        text = _TU_IMPERATIVE.sub(lambda m: m.group(1) + _TU_IMPERATIVES[m.group(2)], text)
        text = _TU_VERB.sub(_tu_verb, _TU_FIXED.sub(_tu_fixed, text))
        text = _TU_OBJECT.sub("vous ", text)
        text = _IMPERATIVE_E.sub(r"\1z-\2", text)
    if not _NEGATION_HINT.search(text):
        return text
    text = _THERE_IS_NOT.sub(r"il n'y a \2", text)
    text = _SPOKEN_NEGATION.sub(_restore_ne, text)
    return _NEGATIVE_SUBJECT.sub(_negative_subject, text)
