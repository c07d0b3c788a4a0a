import pytest

from simulator.policies.echo import echo


@pytest.mark.parametrize(
    ("debtor", "reflection"),
    [
        ("Je paie quand je peux.", "vous payez quand vous pouvez"),
        ("J'envoie un chèque chaque mois.", "vous envoyez un chèque chaque mois"),
        ("Je travaille de nuit maintenant.", "vous travaillez de nuit maintenant"),
        ("J'ai perdu mon travail cet été.", "vous avez perdu votre travail cet été"),
    ],
)
def test_the_skilled_agent_turns_the_debtors_words_to_the_second_person(debtor: str, reflection: str) -> None:
    assert echo(debtor, "fr") == reflection
