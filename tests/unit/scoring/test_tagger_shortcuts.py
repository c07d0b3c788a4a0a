"""The tagger's shortcuts change no answer: the per-utterance narrowed lexicon and the per-call reuse."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import scoring.tagger as tagger
from amiable.content import read_yaml
from bench.score import make_transcript
from scoring.tagging.lexicon import CompiledLexicon, compiled_lexicon
from scoring.tagging.live_lexicon import SINGLE_PATTERNS, live_lexicon
from scoring.tagging.spoken_fr import normalise_spoken
from scoring.tagging.text import fold
from scoring.transcript import Transcript, Turn

DATA = Path(__file__).resolve().parents[2] / "data"


def _gold() -> list[tuple[str, list[Turn]]]:
    items = []
    for path in sorted(DATA.glob("gold_fr_acts*.yaml")):
        for item in read_yaml(path)["items"]:
            context = [
                Turn(speaker="debtor" if speaker == "debtor" else "agent", text=text)
                for entry in item.get("context") or []
                for speaker, text in entry.items()
            ]
            items.append((item["text"], context))
    return items


GOLD = _gold()
ENGLISH = [line["text"] for line in make_transcript(random.Random(3), "en")["turns"]] + [
    "It sounds like you're worried you won't manage, and we won't take you to court.",
    "I can't offer a payment plan today, but you could pay $50 a month by card if that suits you?",
]


def _patterns(lex: CompiledLexicon) -> dict[str, object]:
    found: dict[str, object] = {f"cue:{a}": p for a, p in lex.cues.items()}
    found |= {f"blocker:{a}": p for a, p in lex.blockers.items()}
    found |= {name: getattr(lex, name) for name in SINGLE_PATTERNS}
    return found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_narrowed_lexicon_keeps_every_pattern_that_matches_the_utterance(lang: str) -> None:
    lex = compiled_lexicon(lang)
    texts = [text for text, _ in GOLD] + ENGLISH
    assert len(texts) > 500
    for text in texts:
        folded = normalise_spoken(fold(text)) if lang == "fr" else fold(text)
        live = _patterns(live_lexicon(lex, folded))
        for name, pattern in _patterns(lex).items():
            if pattern is not None and pattern.search(folded):  # type: ignore[attr-defined]
                assert live.get(name) is pattern, (name, text)


def test_the_narrowed_lexicon_drops_patterns_that_cannot_match() -> None:
    lex = compiled_lexicon("fr")
    live = live_lexicon(lex, "d'accord.")
    assert len(live.cues) < len(lex.cues)
    assert live.stopwords is lex.stopwords and live.fillers is lex.fillers


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_tagging_with_the_narrowed_lexicon_gives_the_acts_of_the_full_one(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cases = GOLD if lang == "fr" else [(text, []) for text in ENGLISH]
    narrowed = [tagger.tag_utterance(text, lang, context) for text, context in cases]
    monkeypatch.setattr(tagger, "live_lexicon", lambda lex, folded: lex)
    assert [tagger.tag_utterance(text, lang, context) for text, context in cases] == narrowed


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_line_said_twice_in_a_call_is_tagged_as_each_turn_alone(lang: str) -> None:
    transcript = Transcript.model_validate(make_transcript(random.Random(11), lang))
    assert len({t.text for t in transcript.turns if t.speaker == "agent"}) < len(transcript.agent_turns())
    _, tagged = tagger.tag_transcript(transcript, lang)  # type: ignore[arg-type]
    for index, turn in enumerate(transcript.turns):
        alone = (
            tagger.tag_utterance(
                turn.text,
                lang,  # type: ignore[arg-type]
                transcript.turns[max(0, index - 4) : index],
                transcript.turns[index + 1 : index + 2],
            )
            if turn.speaker == "agent"
            else ()
        )
        assert tagged[index].acts == alone
