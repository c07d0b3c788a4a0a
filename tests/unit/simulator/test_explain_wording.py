from simulator.explain import describe_cause, describe_outcome
from simulator.state import Cause


def test_french_cause_wording_elides_the_article_before_a_vowel() -> None:
    cause = Cause(turn=3, emotion="anxiety", delta=0.2, trigger="threat", quote="Vous irez en prison.")
    assert "a fait monter l'anxiété de 0,20" in describe_cause(cause, "fr")


def test_outcomes_are_named_in_the_trainees_language() -> None:
    assert describe_outcome("hang_up", "fr") == "le débiteur a raccroché"
    assert describe_outcome("agreement", "en") == "agreement"
