"""Whether a sentence asks a question, and whether the question is open (it invites a story or a view).

A question is found without « ? » too (« est-ce que », inversion, « dites-moi »). In French an open form
(« qu'est-ce qui », « comment ») is closed when it ends on a short list of answers: MITI counts a choice
between given answers as a closed question.
"""

from __future__ import annotations

import re

from scoring.tagging.lexicon import CompiledLexicon

_CHOICE_FR = re.compile(r"(?:[\w'-]+ ){0,2}([\w'-]+) ou (?:bien )?(?:[\w'-]+ ?){1,4}\??")
_WHERE_FR = frozenset(
    {"jour", "moment", "fois", "cas", "la", "periode", "mois", "semaine", "annee", "endroit"}
)
_CLAUSE_SUBJECT_FR = re.compile(r"(?<![\w'])(?:je|j'|tu|t'|il|elle|on|nous|vous|ils|elles|c'|ca)(?![\w'])")


def question_kind(lex: CompiledLexicon, sentence: str) -> tuple[bool, bool]:
    """(is a question, is an open question) for one sentence."""
    body = lex.fillers.sub("", sentence).lstrip(" ,")
    asks = sentence.rstrip(" \"')").endswith("?")
    if not asks:
        asks = bool(
            (lex.q_starters and lex.q_starters.match(body))
            or (lex.q_anywhere and lex.q_anywhere.search(sentence))
        )
    if asks and lex.q_not is not None and lex.q_not.search(sentence) and not sentence.endswith("?"):
        asks = False
    is_open = asks and lex.q_open is not None and lex.q_open.match(body) is not None
    if (
        asks
        and lex.lang == "fr"
        and not is_open
        and lex.q_open is not None
        and not (lex.q_starters and lex.q_starters.match(body))
    ):
        # « Et en dehors du loyer, qu'est-ce que… »: the open form may follow a lead-in clause.
        is_open = any(lex.q_open.match(part.strip()) for part in body.split(",")[1:])
    if is_open and lex.lang == "fr" and _offers_a_choice(body):
        is_open = False
    return asks, is_open


def _offers_a_choice(body: str) -> bool:
    """« Qu'est-ce qui vous arrange, le 5 ou le 10 ? »: an open form closed by a short list of answers (not a
    clause of its own: « qu'est-ce qui se passe, t'as oublié ou c'est plus compliqué ? » stays open)."""
    if "," not in body:
        return False
    last = body.rsplit(",", 1)[1].strip()
    choice = _CHOICE_FR.fullmatch(last)
    return (
        choice is not None
        and choice.group(1) not in _WHERE_FR  # accents are folded: « le jour où » reads « le jour ou »
        and not _CLAUSE_SUBJECT_FR.search(last)
    )
