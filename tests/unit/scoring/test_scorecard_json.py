"""A scorecard's JSON text is exactly what ``json.dumps(..., ensure_ascii=False, indent=2)`` writes."""

from __future__ import annotations

import json
import math

import pytest

from scoring.scorecard import Dimensions, Evidence, Scorecard, SubScore, Suggestion, Violation
from scoring.scorer import score_tagged
from tests.unit.scoring.builders import OPENING, agent_line, call


def _card() -> Scorecard:
    turns = call(
        *OPENING,
        ("d", "J'ai perdu mon emploi,\tje suis « inquiet »\net \\ perdu."),
        agent_line("Vous devez payer 450 € aujourd'hui ! Sinon l'huissier passera.", "threat"),
        ("d", "Je ne peux pas."),
        agent_line("Je vous propose 60 euros par mois, par prélèvement le 5.", "offer"),
    )
    return score_tagged("fr", turns)


def _standard(card: Scorecard) -> str:
    return json.dumps(card.to_json_dict(), ensure_ascii=False, indent=2)


def test_the_json_text_of_a_card_is_the_standard_one() -> None:
    card = _card()
    assert card.to_json_text() == _standard(card)


def _with(value: float, where: str) -> Scorecard:
    data = _card().model_dump()
    if where == "overall":
        data["overall"] = value
    elif where == "dimensions":
        data["dimensions"]["negotiation"] = value
    elif where == "weights":
        data["weights"]["compliance"] = value
    elif where == "metrics":
        data["metrics"]["talk_share"] = value
    elif where == "subscore score":
        data["subscores"]["negotiation"][0]["score"] = value
    else:
        data["subscores"]["negotiation"][0]["weight"] = value
    return Scorecard.model_validate(data)


PLACES = ["overall", "dimensions", "weights", "metrics", "subscore score", "subscore weight"]


@pytest.mark.parametrize("where", PLACES)
@pytest.mark.parametrize("value", [1e-05, 3.3e-07, 1e16, 2.5e20, math.inf, -math.inf, math.nan])
def test_floats_python_writes_in_exponent_form_or_not_finite_give_the_same_text(
    value: float, where: str
) -> None:
    card = _with(value, where)
    assert card.to_json_text() == _standard(card)


def test_the_fast_writer_alone_would_differ_on_such_floats() -> None:
    card = _with(1e-05, "metrics")
    assert card.model_dump_json(indent=2) != _standard(card)


def test_every_float_field_of_a_scorecard_is_checked_before_the_fast_path() -> None:
    float_fields = {
        (model.__name__, name)
        for model in (Scorecard, Dimensions, SubScore, Violation, Evidence, Suggestion)
        for name, field in model.model_fields.items()
        if "float" in str(field.annotation)
    }
    assert float_fields == {
        ("Scorecard", "overall"),
        ("Scorecard", "metrics"),
        ("Scorecard", "weights"),
        ("Dimensions", "active_listening"),
        ("Dimensions", "positive_language"),
        ("Dimensions", "negotiation"),
        ("Dimensions", "compliance"),
        ("SubScore", "score"),
        ("SubScore", "weight"),
    }, "a new float field must be added to scoring.scorecard._plain_floats"
