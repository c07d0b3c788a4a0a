"""Trainee text made safe for the engine: control characters stripped, very long messages cut, and the
notices the trainee sees when a message is empty, cut, or comes after the call ended."""

from __future__ import annotations

import re
import unicodedata

MAX_CHARS = 2000
_SPACES = re.compile(r"\s+")
_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})

NOTICES: dict[str, dict[str, str]] = {
    "empty": {
        "fr": "Tapez un message pour répondre au débiteur.",
        "en": "Type a message to answer the debtor.",
    },
    "truncated": {
        "fr": f"Message très long : seuls les {MAX_CHARS} premiers caractères ont été pris en compte.",
        "en": f"Very long message: only the first {MAX_CHARS} characters were taken into account.",
    },
    "ended": {
        "fr": "L'appel est terminé.",
        "en": "The call has ended.",
    },
    "max_turns": {
        "fr": "Nombre maximal de répliques atteint : l'appel se termine.",
        "en": "Maximum number of replies reached: the call ends.",
    },
}


def notice(kind: str, lang: str) -> str:
    return NOTICES[kind]["en" if lang == "en" else "fr"]


def clean_message(text: str) -> tuple[str, bool]:
    """(the message without control characters and extra spaces, whether it was cut to ``MAX_CHARS``)."""
    if not isinstance(text, str):
        text = str(text)
    truncated = len(text) > MAX_CHARS * 4
    if truncated:  # bound the work before scanning characters
        text = text[: MAX_CHARS * 4]
    kept = "".join(
        " " if ch in "\t\r\n\v\f" else ch
        for ch in text
        if ch in "\t\r\n\v\f" or unicodedata.category(ch) not in _DROP_CATEGORIES
    )
    message = _SPACES.sub(" ", kept).strip()
    if len(message) > MAX_CHARS:
        cut = message[:MAX_CHARS]
        space = cut.rfind(" ")
        message = (cut[:space] if space > MAX_CHARS * 0.8 else cut).rstrip() + " …"
        truncated = True
    return message, truncated
