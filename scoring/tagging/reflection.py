"""Reflection: whether an agent sentence restates what the debtor said, rather than advising, informing or asking.

A reflection is debtor-focused and echoes the debtor's previous turns: their words (crude stems), their
figures, or a feeling. Constructions that speak for the agent are not reflections, whatever words they echo:
- the agent's own actions or intentions (« je vous envoie… », « et je réactive la ligne »);
- answers to a question the debtor just asked (« Et je peux garder ma ligne ? » — « Oui, vous réglez 30 euros
  aujourd'hui… »): they inform, unless they name the debtor's feeling or use a reflective stem;
- figures the debtor never gave (an amount proposed by the agent is an offer, not a restatement).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scoring.tagging.lexicon import CompiledLexicon
from scoring.tagging.text import fold, stem, tokens
from scoring.transcript import Turn

CONTEXT_TURNS = 4
_FIRST_PERSON_START = {
    "fr": re.compile(r"^(?:je|j'|nous|on|moi)\b"),
    "en": re.compile(r"^(?:i|i'm|i'll|i'd|i've|we|we're|we'll|let me|let's)\b"),
}
# A clause later in the sentence whose subject is the agent (« …, et je réactive la ligne »); verbs of
# perception or understanding introduce the debtor's content instead (« …, je comprends que ça vous agace »).
_AGENT_CLAUSE_FR = re.compile(
    r"(?:(?:, |\bet |\bmais |\bpuis )(?:je |j'|nous )|\bce que (?:je |j'|nous |on ))(?:vous |le |la |les |l'|y |en |lui )*+"
    r"(?!compren|imagin|entend|vois\b|sens\b|le compren|l'entend|ai l'impression|ai le sentiment)"
)
_AGENT_HINT = re.compile(r"\b(?:je|j'|nous|on)\b")
# « …, c'est ça ? », « …, non ? »: a check tag turns a restatement into a question without changing what it does.
_CHECK_TAG = re.compile(
    r",? (?:c'est (?:bien )?(?:ca|cela)|non|hein|pas vrai|n'est-ce pas|c'est bien ce que vous dites) ?\?$"
)
# « D'accord, donc avec le changement de banque… »: a « donc » lead-in repeating the debtor's words restates them.
_RESTATING_LEAD = {
    "fr": re.compile(
        r"^(?:(?:d'accord|ok|bon|alors|oui|tres bien|ah)[ ,]+)*(?:donc|du coup|en fait|bref)\b[ ,]*"
    )
}
# « Du coup l'embrayage, ça a mangé tout le budget »: a topic taken from the debtor, then taken up by a pronoun.
_TAKEN_UP = re.compile(r"^(?:ca|cela|c'|ce|il|elle|ils|elles) ")
_NUMBER = re.compile(r"\d+")


def content_stems(lex: CompiledLexicon, folded: str) -> set[str]:
    return {stem(w) for w in tokens(folded) if (len(w) > 2 or w.isdigit()) and w not in lex.stopwords}


def debtor_stems(
    lex: CompiledLexicon, context: Sequence[Turn], known: dict[str, set[str]] | None = None
) -> set[str]:
    found: set[str] = set()
    for turn in context[-CONTEXT_TURNS:]:
        if turn.speaker == "debtor":
            if known is None:
                found |= content_stems(lex, fold(turn.text))
                continue
            if turn.text not in known:
                known[turn.text] = content_stems(lex, fold(turn.text))
            found |= known[turn.text]
    return found


def debtor_asked(context: Sequence[Turn]) -> bool:
    """Whether the turn just before the agent's is the debtor ending on a question."""
    if not context or context[-1].speaker != "debtor":
        return False
    return context[-1].text.rstrip(" \"')»”\n").endswith("?")


def echoes_figures(sentence: str, said: set[str]) -> bool:
    """Whether every figure of ``sentence`` is one the debtor gave (so the sentence may restate it)."""
    return all(stem(n) in said for n in _NUMBER.findall(sentence))


def reflective(
    lex: CompiledLexicon, sentence: str, is_question: bool, said: set[str], lang: str, informing: bool = False
) -> bool:
    """Whether one sentence restates the debtor's content or feeling (rather than advising or asking);
    ``informing``: the utterance answers a question the debtor just asked and names no feeling."""
    if is_question and lang == "fr" and lex.q_open is not None and lex.q_open.match(sentence):
        return False  # « Comment vous vous sentez ? » asks about the feeling rather than restating it
    if lex.r_stems is not None and lex.r_stems.search(sentence):
        return True
    body = lex.fillers.sub("", sentence).lstrip(" ,")
    if is_question and lang == "fr" and _CHECK_TAG.search(sentence):
        sentence = _CHECK_TAG.sub("", sentence)
        body = lex.fillers.sub("", sentence).lstrip(" ,")
        is_question = False
    if is_question:
        # « Avec 150 euros de reste à vivre, quel montant… ? »: a restating lead-in before the question.
        lead, comma, _ = body.partition(",")
        if (
            not comma
            or lead.startswith("si ")
            or (lex.q_open and lex.q_open.match(lead))
            or (lex.q_starters and lex.q_starters.match(lead))
        ):
            return False
        return len(content_stems(lex, lead) & said) >= 2
    if _FIRST_PERSON_START[lang].match(body):
        return False
    if lang == "fr" and _AGENT_HINT.search(body) and _AGENT_CLAUSE_FR.search(body):
        return False
    if lex.r_blockers is not None and lex.r_blockers.search(sentence):
        return False
    words = tokens(body)
    if len(words) < 3:
        return False
    feeling = lex.r_feelings is not None and lex.r_feelings.search(body) is not None
    if informing and not feeling:
        return False  # an answer to the debtor's question informs
    if lang == "fr" and not echoes_figures(body, said):
        return False  # figures the debtor never gave are the agent's
    overlap = len(content_stems(lex, body) & said)
    focused = lex.r_focus is not None and lex.r_focus.search(body) is not None
    restating = _RESTATING_LEAD.get(lang)
    lead = restating.match(sentence) if restating is not None else None
    paraphrase = lead is not None and (overlap >= 2 or _topic_taken_up(lex, sentence[lead.end() :], said))
    return (focused and (feeling or overlap >= 1)) or paraphrase


def _topic_taken_up(lex: CompiledLexicon, rest: str, said: set[str]) -> bool:
    topic, comma, comment = rest.partition(", ")
    return bool(comma) and _TAKEN_UP.match(comment) is not None and bool(content_stems(lex, topic) & said)
