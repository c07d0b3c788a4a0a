from __future__ import annotations

from pathlib import Path

import pytest

from amiable.content import ContentError
from simulator.models.vocabulary import INTENTS
from simulator.voices.library import LINES_DIR, load_library, read_library


@pytest.mark.parametrize("locale", ["fr", "en"])
def test_the_shipped_line_libraries_cover_every_intent(locale: str) -> None:
    library = load_library(locale)
    assert set(INTENTS) <= {key.split(".")[0] for key in library.lines}


def test_an_unknown_slot_in_a_line_is_a_content_error(tmp_path: Path) -> None:
    source = (LINES_DIR / "fr.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "fr.yaml"
    bad.write_text(source.replace('"Allô ?"', '"Allô {amount_text} ?"', 1), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        read_library(bad)
    assert "amount_text" in str(error.value) and "lines.answer_call" in str(error.value)
