"""Dialogue-act tagger: utterance tables (FR and EN), context-aware reflections, transcripts."""

from __future__ import annotations

import pytest

from scoring.acts import ACTS
from scoring.tagger import tag_transcript, tag_utterance
from scoring.transcript import Transcript, Turn


def debtor(text: str) -> list[Turn]:
    return [Turn(speaker="debtor", text=text)]


FRENCH = [
    # (debtor said, agent says, expected acts, forbidden acts)
    (
        "Je ne paierai pas.",
        "Si vous ne payez pas, cela pourrait avoir des conséquences juridiques.",
        {"threat"},
        {"positive_framing"},
    ),
    (
        "Je verrai.",
        "Trouvons une solution ensemble pour régler cette situation de manière avantageuse pour vous.",
        {"positive_framing"},
        {"threat"},
    ),
    (
        "C'est dur.",
        "Je comprends que cette situation est difficile, voyons comment nous pouvons la surmonter ensemble.",
        {"empathy", "positive_framing"},
        {"negative_framing"},
    ),
    (
        "J'ai perdu mon travail.",
        "Je comprends, mais vous devez payer quand même.",
        set(),
        {"empathy", "positive_framing"},
    ),
    ("Vous allez me poursuivre ?", "Nous voulons éviter toute procédure.", set(), {"threat"}),
    ("Je vais en prison ?", "Non, personne ne va en prison pour une dette.", set(), {"threat"}),
    ("Je m'en fiche.", "Nous allons prévenir votre employeur.", {"threat"}, {"positive_framing"}),
    ("Vous êtes qui ?", "Je suis huissier, je passe demain.", {"threat"}, {"disclosure"}),
    (
        "Je n'ai pas payé.",
        "Pourriez-vous m'expliquer ce qui s'est passé",
        {"open_question"},
        {"closed_question"},
    ),
    ("Oui.", "Est-ce que vous avez reçu notre courrier", {"closed_question"}, {"open_question"}),
    ("Oui.", "Préférez-vous payer par virement ou par chèque ?", {"closed_question"}, {"open_question"}),
    ("D'accord.", "Qu'est-ce qui vous arrange, le 5 ou le 10 ?", {"closed_question"}, {"open_question"}),
    ("Oui.", "Comment vous aviez payé, la dernière fois, virement ou chèque ?", {"closed_question"}, set()),
    ("Oui.", "Qu'est-ce qui se passe, t'as oublié ou c'est plus compliqué ?", {"open_question"}, set()),
    ("Non.", "Comment ça s'est passé, le jour où la livraison était prévue ?", {"open_question"}, set()),
    ("Oui.", "Comment il s'appelle, votre conseiller à la banque ?", {"closed_question"}, {"open_question"}),
    ("Bof.", "Qu'est-ce que vous avez comme revenus, à peu près ?", {"closed_question"}, {"open_question"}),
    ("Bof.", "Qu'est-ce que vous avez comme grosses dépenses chaque mois ?", {"open_question"}, set()),
    (
        "J'ai peur de perdre mon logement.",
        "Vous avez peur de perdre votre logement.",
        {"reflection"},
        {"negative_framing"},
    ),
    ("J'ai peur de perdre mon logement.", "Vous devriez vendre votre voiture.", set(), {"reflection"}),
    ("J'ai oublié.", "Vous auriez dû nous prévenir.", {"negative_framing"}, {"reflection", "empathy"}),
    ("J'ai déjà payé.", "Tout le monde dit ça.", {"negative_framing"}, {"empathy"}),
    (
        "Je ne peux pas tout payer.",
        "Je vous propose 50 euros par mois pendant six mois.",
        {"offer", "positive_framing"},
        {"threat"},
    ),
    ("D'accord.", "On fixe la date au 5 ?", {"commitment_request", "closed_question"}, {"open_question"}),
    ("Je ne comprends pas.", "Le juge a rendu une injonction de payer.", {"jargon"}, set()),
    (
        "C'est quoi ?",
        "Une injonction de payer, c'est-à-dire une décision du juge qui ordonne le paiement.",
        set(),
        {"jargon"},
    ),
    ("Je réfléchis.", "C'est vous qui décidez.", {"autonomy"}, {"threat"}),
    ("J'ai mis de côté 100 euros.", "Bravo, c'est un vrai effort.", {"affirmation"}, {"negative_framing"}),
    (
        "Allô ?",
        "Bonjour, vous êtes bien Monsieur Martin ?",
        {"greeting", "verification", "closed_question"},
        {"disclosure"},
    ),
]

ENGLISH = [
    (
        "I lost my job last month.",
        "It sounds like losing your job has put you under a lot of pressure.",
        {"reflection"},
        {"negative_framing"},
    ),
    ("I can't pay.", "If you don't pay, we will take you to court.", {"threat"}, {"positive_framing"}),
    ("I'm stressed.", "I understand, but you still have to pay.", set(), {"empathy", "positive_framing"}),
    ("I can't pay it all.", "We can set up a payment plan of $50 a month.", {"offer"}, {"threat"}),
    ("Okay.", "Could you tell me what happened", {"open_question"}, {"closed_question"}),
    ("Yes.", "Do you have a bank account?", {"closed_question"}, {"open_question"}),
    ("I forgot.", "You should have called us.", {"negative_framing"}, {"empathy"}),
    ("I need time to think.", "It's entirely your decision.", {"autonomy"}, {"threat"}),
]


@pytest.mark.parametrize(("said", "text", "expected", "forbidden"), FRENCH)
def test_french_utterances_carry_their_acts(
    said: str, text: str, expected: set[str], forbidden: set[str]
) -> None:
    acts = set(tag_utterance(text, "fr", debtor(said)))
    assert expected <= acts, acts
    assert not acts & forbidden, acts


@pytest.mark.parametrize(("said", "text", "expected", "forbidden"), ENGLISH)
def test_english_utterances_carry_their_acts(
    said: str, text: str, expected: set[str], forbidden: set[str]
) -> None:
    acts = set(tag_utterance(text, "en", debtor(said)))
    assert expected <= acts, acts
    assert not acts & forbidden, acts


def test_a_restatement_is_a_reflection_only_when_the_debtor_said_it() -> None:
    text = "Avec la naissance du bébé, votre budget a beaucoup changé."
    assert "reflection" in tag_utterance(
        text, "fr", debtor("Depuis la naissance du bébé, mon budget a changé.")
    )
    assert "reflection" not in tag_utterance(text, "fr", debtor("Allô ?"))


def test_acts_come_in_the_contract_order_without_duplicates() -> None:
    acts = tag_utterance(
        "Bonjour, je suis désolé. Comment allez-vous ? Je vous propose 20 euros par mois.", "fr"
    )
    assert list(acts) == [a for a in ACTS if a in acts]
    assert len(set(acts)) == len(acts)


def test_accents_and_curly_apostrophes_do_not_change_the_acts() -> None:
    assert tag_utterance("Qu’est-ce qui vous inquiète ?", "fr") == tag_utterance(
        "qu'est-ce qui vous inquiete ?", "fr"
    )


def test_empty_and_odd_texts_tag_without_error() -> None:
    assert tag_utterance("", "fr") == ()
    assert isinstance(tag_utterance("??? !!! ...", "en"), tuple)
    assert isinstance(tag_utterance("mot " * 5000, "fr"), tuple)


def test_a_transcript_tags_agent_turns_and_leaves_debtor_turns_empty() -> None:
    transcript = Transcript(
        turns=[
            Turn(speaker="agent", text="Bonjour, comment allez-vous ?"),
            Turn(speaker="debtor", text="Mal, j'ai perdu mon emploi."),
            Turn(speaker="agent", text="Vous avez perdu votre emploi, c'est une période difficile."),
        ]
    )
    lang, tagged = tag_transcript(transcript)
    assert lang == "fr"
    assert [t.index for t in tagged] == [0, 1, 2]
    assert tagged[1].acts == ()
    assert "open_question" in tagged[0].acts
    assert "reflection" in tagged[2].acts


def test_the_language_argument_wins_over_the_transcript_and_detection() -> None:
    transcript = Transcript(lang="fr", turns=[Turn(speaker="agent", text="Hello there")])
    assert tag_transcript(transcript)[0] == "fr"
    assert tag_transcript(transcript, "en")[0] == "en"
    assert (
        tag_transcript(Transcript(turns=[Turn(speaker="agent", text="How are you doing today?")]))[0] == "en"
    )
