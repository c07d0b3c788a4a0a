"""Dialogue-act tagger: which acts (DESIGN §4) an agent utterance carries, in French or English.

Pure Python over precompiled cue regexes (scoring/lexicons/<lang>.yaml). Context-aware: a reflection is
a debtor-focused statement that restates what the debtor said in the turns before it, not advice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from scoring.acts import ACTS
from scoring.langdetect import detect_language
from scoring.tagging import french_acts
from scoring.tagging.fr_act_features import split_features
from scoring.tagging.fr_act_model import french_act_model
from scoring.tagging.lexicon import CompiledLexicon, compiled_lexicon
from scoring.tagging.live_lexicon import live_lexicon
from scoring.tagging.questions import question_kind
from scoring.tagging.reflection import CONTEXT_TURNS, debtor_asked, debtor_stems, echoes_figures, reflective
from scoring.tagging.spoken_fr import normalise_spoken
from scoring.tagging.text import fold, sentences
from scoring.tagging.utterance_features import utterance_features
from scoring.tagging.utterance_model import english_model
from scoring.transcript import Lang, TaggedTurn, Transcript, Turn

_CLAUSE_ACTS = (
    "greeting",
    "verification",
    "disclosure",
    "empathy",
    "affirmation",
    "summary",
    "autonomy",
    "positive_framing",
    "negative_framing",
    "threat",
    "commitment_request",
)
# Acts whose cue is void when a negation shortly precedes it (« aucune saisie », "we won't sue").
_NEGATABLE = frozenset({"threat", "positive_framing", "offer", "autonomy"})
_NEGATION_WINDOW = 28
# French negation is discontinuous (« je ne suis pas autorisé à vous accorder une remise »): a wider reach,
# stopped at sentence ends (« Aucun problème. Six fois 45 euros… » is not negated).
_NEGATION_WINDOW_FR = 40
_SENTENCE_BREAK_FR = re.compile(r"[,;:.!?]")
_NUMBER = re.compile(r"\d+")
_CLAUSE_BREAK = re.compile(r"[,;:]")
# A sentence doing one of these is not restating the debtor.
_CONFRONTING = frozenset({"negative_framing", "threat"})
_NOT_REFLECTIVE = frozenset({"negative_framing", "threat", "autonomy", "commitment_request", "disclosure"})


def _negated(lex: CompiledLexicon, sentence: str, start: int) -> bool:
    if lex.negation is None:
        return False
    if lex.lang == "fr":
        window = _SENTENCE_BREAK_FR.split(sentence[max(0, start - _NEGATION_WINDOW_FR) : start])[-1]
        return lex.negation.search(window) is not None
    window = sentence[max(0, start - _NEGATION_WINDOW) : start]
    window = _CLAUSE_BREAK.split(window)[-1]  # a negation does not reach across a comma
    return lex.negation.search(window) is not None


def _first_unnegated(
    lex: CompiledLexicon, pattern: re.Pattern[str] | None, sentence: str
) -> re.Match[str] | None:
    if pattern is None:
        return None
    for match in pattern.finditer(sentence):
        if not _negated(lex, sentence, match.start()):
            return match
    return None


def _clause_acts(lex: CompiledLexicon, sentence: str, after_contrast: bool) -> set[str]:
    found: set[str] = set()
    for act in _CLAUSE_ACTS:
        pattern = lex.cues.get(act)
        if pattern is None:
            continue
        match = _first_unnegated(lex, pattern, sentence) if act in _NEGATABLE else pattern.search(sentence)
        if match is None:
            continue
        blocker = lex.blockers.get(act)
        if blocker is not None and blocker.search(sentence):
            continue
        found.add(act)
    empathy = lex.cues.get("empathy")
    if "empathy" in found and lex.contrast is not None and empathy is not None:
        first = empathy.search(sentence)
        if first is not None and lex.contrast.search(sentence, first.end()):
            found -= {"empathy", "positive_framing"}
    if after_contrast:
        found -= {"empathy", "positive_framing"}
    return found


def _offer(lex: CompiledLexicon, folded: str) -> bool:
    if _first_unnegated(lex, lex.offer_arrangements, folded):
        return True
    return bool(lex.offer_amounts and lex.offer_amounts.search(folded)) and bool(
        _first_unnegated(lex, lex.offer_proposals, folded)
    )


def _summary(lex: CompiledLexicon, folded: str) -> bool:
    if lex.summary_confirmations is None or not lex.summary_confirmations.search(folded):
        return False
    return len(_NUMBER.findall(folded)) >= 2


def _apply_english_model(
    lex: CompiledLexicon,
    folded: str,
    context: Sequence[Turn],
    following: Sequence[Turn] | None,
    acts: set[str],
) -> None:
    """The English reflection/question/other decision comes from the shipped linear model when present."""
    model = english_model(reads_reply=following is not None)
    if model is None:
        return
    decision = model.predict(utterance_features(lex, folded, context, model.idf, following))
    if decision == "reflection":
        acts.add("reflection")
        return
    acts.discard("reflection")
    asks = acts & {"open_question", "closed_question"}
    if decision == "question" and not asks:
        body = lex.fillers.sub("", (sentences(folded) or [folded])[-1]).lstrip(" ,")
        acts.add("open_question" if lex.q_open is not None and lex.q_open.match(body) else "closed_question")
    elif decision == "other" and asks and "?" not in folded:
        acts -= asks


@dataclass(frozen=True)
class _Reading:
    """What one agent utterance carries whatever was said before it; only reflection depends on context."""

    folded: str
    live: CompiledLexicon  # the lexicon narrowed to this utterance
    acts: frozenset[str]
    # Sentences that restate the debtor if their words echo the debtor's: (sentence, is a question, holds an
    # amount schedule, which it may restate only when the debtor gave its figures).
    restatable: tuple[tuple[str, bool, bool], ...]
    # Whether a reflection found in one of them survives the later rules (blame or pressure voids it).
    reflection_kept: bool


def _read(lex: CompiledLexicon, text: str, lang: Lang) -> _Reading | None:
    folded = fold(text)
    if lang == "fr":
        folded = normalise_spoken(folded)
    if not folded:
        return None
    lex = live_lexicon(lex, folded)
    acts: set[str] = set()
    restatable: list[tuple[str, bool, bool]] = []
    previous_empathic = False
    for sentence in sentences(folded):
        is_question, is_open = question_kind(lex, sentence)
        starts_with_contrast = previous_empathic and lex.contrast is not None and lex.contrast.match(sentence)
        clause = _clause_acts(lex, sentence, bool(starts_with_contrast))
        if starts_with_contrast:
            acts.discard("empathy")
        previous_empathic = "empathy" in clause
        if "commitment_request" in clause and not is_question and "engag" not in sentence:
            clause.discard("commitment_request")
        acts |= clause
        if is_question:
            acts.add("open_question" if is_open else "closed_question")
        amounts = bool(lex.offer_amounts and lex.offer_amounts.search(sentence))
        if not clause & _NOT_REFLECTIVE and not _offer(lex, sentence) and (lang == "fr" or not amounts):
            restatable.append((sentence, is_question, amounts))
    # The rules below never read "reflection": a stand-in shows whether they would remove a real one.
    acts.add("reflection")
    if lang == "fr" and acts & _CONFRONTING:
        # A restatement or a "choice" wrapped in blame or pressure is neither listening nor autonomy.
        acts -= {"reflection", "autonomy"}
    if _offer(lex, folded):
        acts.add("offer")
    if "summary" not in acts and _summary(lex, folded):
        acts.add("summary")
    if lang == "fr":
        french_acts.refine(sentences(folded), folded, acts)
    explained = lex.jargon_explained is not None and lex.jargon_explained.search(folded)
    if lex.jargon is not None and lex.jargon.search(folded) and not explained:
        acts.add("jargon")
    kept = "reflection" in acts
    acts.discard("reflection")
    return _Reading(folded, lex, frozenset(acts), tuple(restatable), kept)


def _tag(
    lex: CompiledLexicon,
    reading: _Reading | None,
    lang: Lang,
    context: Sequence[Turn],
    said: set[str],
    following: Sequence[Turn] | None = None,
) -> tuple[str, ...]:
    if reading is None:
        return ()
    acts = set(reading.acts)
    live = reading.live
    informing = (
        lang == "fr"
        and debtor_asked(context)
        and not (live.r_feelings and live.r_feelings.search(reading.folded))
    )
    if reading.reflection_kept and any(
        reflective(live, s, is_question, said, lang, informing)
        for s, is_question, amounts in reading.restatable
        if not amounts or echoes_figures(s, said)
    ):
        acts.add("reflection")
    if lang == "en":
        # The narrowed lexicon gives the same features: a pattern left out cannot match this utterance.
        _apply_english_model(live, reading.folded, context, following, acts)
    elif lang == "fr" and (fr_model := french_act_model()) is not None:
        words, feats = split_features(reading.folded, acts, context)
        acts = fr_model.decide(acts, feats, words)
    return tuple(a for a in ACTS if a in acts)


def tag_utterance(
    text: str, lang: Lang, context: Sequence[Turn] = (), following: Sequence[Turn] | None = None
) -> tuple[str, ...]:
    """Acts of one agent utterance, in ACTS order; ``context`` holds the turns before it.

    ``following`` holds the turns after it when a whole transcript is read (empty at its end); None means a
    live call, where the debtor's answer is not known yet.
    """
    lex = compiled_lexicon(lang)
    reading = _read(lex, text, lang)
    said = debtor_stems(lex, context) if reading is not None and reading.restatable else set()
    return _tag(lex, reading, lang, context, said, following)


def tag_transcript(transcript: Transcript, lang: Lang | None = None) -> tuple[Lang, list[TaggedTurn]]:
    """Tag every turn (debtor turns get no acts); ``lang`` comes from the argument, the transcript or detection."""
    resolved: Lang = lang or transcript.lang or detect_language(" ".join(t.text for t in transcript.turns))
    lex = compiled_lexicon(resolved)
    # Within one transcript an agent line said twice is read once, and each debtor line is stemmed once.
    readings: dict[str, _Reading | None] = {}
    stems: dict[str, set[str]] = {}
    tagged = []
    for index, turn in enumerate(transcript.turns):
        acts: tuple[str, ...] = ()
        if turn.speaker == "agent":
            context = transcript.turns[max(0, index - CONTEXT_TURNS) : index]
            if turn.text not in readings:
                readings[turn.text] = _read(lex, turn.text, resolved)
            reading = readings[turn.text]
            said: set[str] = set()
            if reading is not None and reading.restatable:
                said = debtor_stems(lex, context, stems)
            following = transcript.turns[index + 1 : index + 2]
            acts = _tag(lex, reading, resolved, context, said, following)
        tagged.append(TaggedTurn(index=index, speaker=turn.speaker, text=turn.text, acts=acts))
    return resolved, tagged
