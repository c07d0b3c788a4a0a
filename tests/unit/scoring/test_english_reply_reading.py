"""The English model reads the debtor's answer when a whole transcript is tagged, and only then."""

from __future__ import annotations

from scoring.tagger import tag_utterance
from scoring.tagging.lexicon import compiled_lexicon
from scoring.tagging.text import fold
from scoring.tagging.utterance_features import utterance_features
from scoring.tagging.utterance_model import CLASSES, MODEL_PATHS, english_model
from scoring.transcript import Turn

BEFORE = [Turn(speaker="debtor", text="I lost my job in March and the bills keep piling up.")]
AGENT = "So since you lost your job, the bills have been piling up."


def _features(following: list[Turn] | None) -> dict[str, float]:
    return utterance_features(compiled_lexicon("en"), fold(AGENT), BEFORE, None, following)


def test_both_shipped_english_models_load_and_decide_the_three_classes() -> None:
    for reads_reply, path in ((True, MODEL_PATHS["transcript"]), (False, MODEL_PATHS["live"])):
        model = english_model(reads_reply=reads_reply)
        assert path.is_file() and model is not None
        assert set(CLASSES) <= set(model.classes) | {"other"}


def test_a_live_turn_has_no_reply_features() -> None:
    assert not any(name.startswith("nx:") for name in _features(None))


def test_the_debtor_answer_becomes_features_when_the_transcript_is_known() -> None:
    feats = _features([Turn(speaker="debtor", text="Yeah, exactly, and my landlord is on my back too.")])
    assert feats["nx:debtor"] == 1.0
    assert feats["nx:w0:yeah"] == 1.0


def test_the_last_agent_turn_of_a_transcript_is_marked_as_unanswered() -> None:
    assert _features([])["nx:none"] == 1.0
    assert _features([Turn(speaker="agent", text="Are you still there?")])["nx:none"] == 1.0


def test_a_clear_restatement_is_a_reflection_live_and_in_a_transcript() -> None:
    reply = [Turn(speaker="debtor", text="Yeah, that's it, it's been really hard.")]
    assert "reflection" in tag_utterance(AGENT, "en", BEFORE)
    assert "reflection" in tag_utterance(AGENT, "en", BEFORE, reply)
