from __future__ import annotations

import pytest

from scoring.langdetect import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bonjour madame, je vous appelle au sujet de votre facture.", "fr"),
        ("Qu'est-ce qui vous inquiète le plus ?", "fr"),
        ("Hello, I'm calling about your account balance.", "en"),
        ("So you feel like nobody listens to you.", "en"),
        ("", "fr"),
        ("12345", "fr"),
        ("Très bien", "fr"),
    ],
)
def test_language_is_detected_with_french_as_the_default(text: str, lang: str) -> None:
    assert detect_language(text) == lang
