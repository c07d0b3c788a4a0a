"""French or English? A stop-word vote, cheap enough to run on every utterance."""

from __future__ import annotations

import re
from typing import Literal

_WORD = re.compile(r"[a-zàâäçéèêëîïôöùûüÿœæ']+")


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_FR = _words(
    """le la les un une des du de et est sont je tu il elle nous vous ils elles ne pas plus que qui quoi
    dans pour par sur avec sans mais ou donc car ce cette ces mon ma mes votre vos notre nos leur leurs
    son sa ses au aux oui non merci bonjour bonsoir suis êtes avez avons ai été était comme très bien
    moi toi lui eux y en on si alors aussi tout tous toute rien chez madame monsieur euros payer
    c'est j'ai n'est qu'il d'accord l'on s'il aujourd'hui"""
)
_EN = _words(
    """the an and is are was were be been i you he she we they it not no yes that this these those what
    which who how why when where do does did have has had will would can could should my your our their
    his her its to of in on at for with without but or so if then just very really okay ok thanks hello
    hi sorry me him them about from there here i'm you're it's don't can't that's i've we're"""
)
_ACCENTED = re.compile(r"[àâçéèêëîïôùûœ]")


def detect_language(text: str) -> Literal["fr", "en"]:
    """``"fr"`` or ``"en"`` for a whole transcript or one utterance; French when unsure."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    fr = sum(1 for w in words if w in _FR)
    en = sum(1 for w in words if w in _EN)
    fr += len(_ACCENTED.findall(text.lower())) * 0.5
    return "en" if en > fr else "fr"
