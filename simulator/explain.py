"""Emotion changes put into words for the debrief: « votre 3e réponse a fait monter la colère de 0,20 : menace »."""

from __future__ import annotations

from collections.abc import Iterable

from simulator.state import Cause, Snapshot

EMOTION_WORDS = {
    "fr": {
        "anger": "colère",
        "anxiety": "anxiété",
        "shame": "honte",
        "trust": "confiance",
        "cooperation": "coopération",
    },
    "en": {
        "anger": "anger",
        "anxiety": "anxiety",
        "shame": "shame",
        "trust": "trust",
        "cooperation": "cooperation",
    },
}
OUTCOME_WORDS: dict[str, tuple[str, str]] = {
    "agreement": ("accord trouvé", "agreement"),
    "refusal": ("refus", "refusal"),
    "hang_up": ("le débiteur a raccroché", "the debtor hung up"),
    "dispute_logged": ("contestation enregistrée", "dispute logged"),
    "paused": ("dossier mis en pause", "account paused"),
    "callback_agreed": ("rappel convenu", "callback agreed"),
    "no_agreement": ("pas d'accord", "no agreement"),
}
TRIGGER_WORDS: dict[str, tuple[str, str]] = {
    "greeting": ("salutation", "greeting"),
    "verification": ("vérification d'identité", "identity check"),
    "disclosure": ("annonce de la dette", "disclosure of the debt"),
    "open_question": ("question ouverte", "open question"),
    "closed_question": ("question fermée", "closed question"),
    "reflection": ("reformulation", "reflection"),
    "empathy": ("empathie", "empathy"),
    "affirmation": ("valorisation", "affirmation"),
    "summary": ("récapitulatif", "summary"),
    "autonomy": ("respect de son choix", "respect for their choice"),
    "positive_framing": ("formulation positive", "positive framing"),
    "negative_framing": ("reproche ou formulation négative", "blame or negative framing"),
    "threat": ("menace ou pression par les conséquences", "threat or pressure by consequences"),
    "jargon": ("jargon non expliqué", "unexplained jargon"),
    "offer": ("proposition", "offer"),
    "commitment_request": ("demande d'engagement", "request for commitment"),
    "offer_affordable": ("proposition à sa portée", "an offer within their means"),
    "offer_above_capacity": ("proposition au-delà de ses moyens", "an offer beyond their means"),
    "full_balance_demand": ("exigence de la totalité", "demand for the full balance"),
    "ignored_disclosure": ("confidence ignorée", "a disclosure ignored"),
    "fix_it_trap": (
        "solution proposée avant d'accueillir l'émotion",
        "a solution before acknowledging the emotion",
    ),
    "understand_but": ("« je comprends, mais… »", '"I understand, but…"'),
    "repeated_pressure": ("pression répétée", "repeated pressure"),
    "fees_mentioned": ("évocation de frais", "mention of fees"),
    "third_party_threat": ("menace d'impliquer des tiers", "threat to involve third parties"),
    "dispute_acknowledged": ("contestation prise en compte", "dispute acknowledged"),
    "dispute_dismissed": ("contestation balayée", "dispute brushed aside"),
    "pause_offered": ("pause proposée", "pause offered"),
    "complaint_logged": ("réclamation enregistrée", "complaint logged"),
    "boilerplate": ("formule toute faite", "boilerplate wording"),
}
_BARS = 5


def ordinal(n: int, lang: str) -> str:
    if lang == "fr":
        return "1re" if n == 1 else f"{n}e"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def describe_outcome(outcome: str, lang: str) -> str:
    words = OUTCOME_WORDS.get(outcome, (outcome, outcome))
    return words[0] if lang == "fr" else words[1]


def _with_article_fr(word: str) -> str:
    return f"l'{word}" if word[:1] in "aeéèêiouh" else f"la {word}"


def describe_cause(cause: Cause, lang: str) -> str:
    fr = lang == "fr"
    emotion = EMOTION_WORDS["fr" if fr else "en"].get(cause.emotion, cause.emotion)
    trigger = TRIGGER_WORDS.get(cause.trigger, (cause.trigger, cause.trigger))[0 if fr else 1]
    amount = f"{abs(cause.delta):.2f}"
    if fr:
        verb = "a fait monter" if cause.delta > 0 else "a fait baisser"
        return f"Votre {ordinal(cause.turn, 'fr')} réponse {verb} {_with_article_fr(emotion)} de {amount.replace('.', ',')} : {trigger} (« {cause.quote} »)"
    verb = "raised" if cause.delta > 0 else "lowered"
    return f'Your {ordinal(cause.turn, "en")} reply {verb} {emotion} by {amount}: {trigger} ("{cause.quote}")'


def notable_causes(causes: Iterable[Cause], limit: int = 8, threshold: float = 0.05) -> list[Cause]:
    """The biggest moves, in call order."""
    big = [c for c in causes if abs(c.delta) >= threshold]
    keep = sorted(big, key=lambda c: abs(c.delta), reverse=True)[:limit]
    return sorted(keep, key=lambda c: (c.turn, -abs(c.delta)))


def emotion_bar(state: Snapshot, lang: str) -> str:
    """``colère ▓▓░░░  confiance ▓▓▓░░ …``"""
    words = EMOTION_WORDS["fr" if lang == "fr" else "en"]
    parts = []
    for emotion in ("anger", "anxiety", "shame", "trust", "cooperation"):
        filled = round(getattr(state, emotion) * _BARS)
        parts.append(f"{words[emotion]} {'▓' * filled}{'░' * (_BARS - filled)}")
    return "  ".join(parts)
