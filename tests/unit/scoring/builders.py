"""Explicit tagged calls for scorer tests (no tagger involved)."""

from __future__ import annotations

from scoring.transcript import TaggedTurn


def call(*turns: tuple[str, str] | tuple[str, str, tuple[str, ...]]) -> list[TaggedTurn]:
    """``("a", text, acts)`` for the agent, ``("d", text)`` for the debtor, indexed in order."""
    tagged = []
    for index, turn in enumerate(turns):
        speaker = "agent" if turn[0] == "a" else "debtor"
        acts = turn[2] if len(turn) > 2 and speaker == "agent" else ()  # type: ignore[misc]
        tagged.append(TaggedTurn(index=index, speaker=speaker, text=turn[1], acts=tuple(acts)))
    return tagged


OPENING = (
    (
        "a",
        "Bonjour, je m'appelle Julie, de la société Recouvra, service de recouvrement amiable. Je parle bien à Monsieur Martin ?",
        ("greeting", "verification"),
    ),
    ("d", "Oui, c'est moi."),
    (
        "a",
        "Je vous appelle pour le compte de Volta Énergie, au sujet d'une facture de 450 euros.",
        ("disclosure",),
    ),
)


def agent_line(text: str, *acts: str) -> tuple[str, str, tuple[str, ...]]:
    return ("a", text, tuple(acts))
