from scoring.facts import ScenarioFacts
from scoring.scorer import resolve_jurisdiction


def test_the_argument_wins_over_facts_and_language() -> None:
    assert resolve_jurisdiction("fr", ScenarioFacts(jurisdiction="uk"), "us") == "us"


def test_facts_that_state_a_jurisdiction_choose_the_rules() -> None:
    assert resolve_jurisdiction("en", ScenarioFacts(jurisdiction="uk"), None) == "uk"


def test_facts_that_leave_the_jurisdiction_out_let_the_language_choose() -> None:
    assert resolve_jurisdiction("en", ScenarioFacts(consumer=False), None) == "us"
    assert resolve_jurisdiction("fr", ScenarioFacts(consumer=False), None) == "fr"


def test_without_facts_the_language_chooses() -> None:
    assert resolve_jurisdiction("en", None, None) == "us"
