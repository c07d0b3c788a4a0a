"""The literal pre-filters never rule out a text that the regex matches, and the needle scan is exact."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.compliance.engine import load_pack
from scoring.dimensions.prefilter import NeedleIndex, Prefiltered, needles
from scoring.phrasebook import normalise, phrasebook
from scoring.tagging.lexicon import compiled_lexicon
from scoring.tagging.text import fold

PAIRS = Path(__file__).resolve().parents[2] / "data" / "pairs"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("vous devez", ("vous devez",)),
        (r"\bsaisies?\b", ("saisie",)),
        ("vous (?:allez|risquez de) regretter", ("vous allez regretter", "vous risquez de regretter")),
        (r"dans (?:une|deux|\d+) semaines?", (" semaine",)),
        (r"\bpf+\b", ("pf",)),
        ("[ée]chéance", ("échéance", "echéance")),
        (r"(?<![a-z])merci(?![a-z])", ("merci",)),
    ],
)
def test_needles_are_the_literals_every_match_contains(pattern: str, expected: tuple[str, ...]) -> None:
    assert set(needles(pattern) or ()) == set(expected)


@pytest.mark.parametrize("pattern", ["(?i)merci", "(?i:merci)|bonjour", r"\d+", "a?", "x|.*"])
def test_no_needles_when_a_match_may_hold_no_known_literal(pattern: str) -> None:
    assert needles(pattern) is None


def _content_regexes() -> list[re.Pattern[str]]:
    found: list[re.Pattern[str]] = []
    for lang in ("fr", "en"):
        book = phrasebook(lang)
        found += [re.compile("|".join(f"(?:{p})" for p in c.patterns)) for c in book.categories.values()]
        lex = compiled_lexicon(lang)
        found += [v for v in vars(lex).values() if isinstance(v, re.Pattern)]
        found += [*lex.cues.values(), *lex.blockers.values()]
    for pack in ("all", "fr", "us", "uk"):
        for rule in load_pack(pack):
            found += [p for p in (*rule.patterns.values(), *rule.unless.values()) if p is not None]
    return found


def _texts() -> list[str]:
    lines = [
        line.partition(":")[2]
        for path in sorted(PAIRS.glob("*/*.txt"))
        for line in path.read_text().splitlines()
    ]
    return sorted({form(line) for line in lines for form in (normalise, fold, str.lower)})


def test_no_content_regex_is_ruled_out_on_a_text_it_matches() -> None:
    texts = _texts()
    matched = 0
    for regex in _content_regexes():
        gate = Prefiltered.of(regex)
        for text in texts:
            if regex.search(text) is not None:
                matched += 1
                assert gate.possible(text), (regex.pattern[:80], text)
    assert matched > 1000  # the corpus exercises the patterns


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_a_string_generated_from_a_category_pattern_passes_its_filter(data: st.DataObject) -> None:
    book = phrasebook(data.draw(st.sampled_from(["fr", "en"])))
    category = data.draw(st.sampled_from(sorted(book.categories)))
    pattern = data.draw(st.sampled_from(book.categories[category].patterns))
    try:
        text = data.draw(st.from_regex(pattern))
    except Exception:  # a construct the generator does not support (e.g. lookbehind)
        return
    if re.search(pattern, text):
        assert Prefiltered.of(re.compile(pattern)).possible(text)


_WORDS = ["je", "je peux", "je peux faire", "vous", "vous devez", "devez", "?", "ez", "pas de", "de"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_WORDS, " ", "x", "e", "j"]), max_size=12).map("".join))
def test_the_needle_index_finds_exactly_the_needles_in_the_text(text: str) -> None:
    # One filter per word, keyed and needled by itself: the keys let through are the words the text holds.
    index = NeedleIndex({w: Prefiltered(re.compile(re.escape(w)), (w,)) for w in _WORDS})
    assert index.possible(text) == {w for w in _WORDS if w in text}


def test_the_context_finds_exactly_the_phrasebook_hits_of_every_turn() -> None:
    from scoring.dimensions.context import _category_index

    for lang in ("fr", "en"):
        book = phrasebook(lang)
        index = _category_index(book)
        for text in _texts():
            norm = normalise(text)
            assert book.hits(norm, index.possible(norm)) == book.hits(norm), norm


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_WORDS, " ", "x", "e", "j"]), max_size=12).map("".join))
def test_the_needle_index_keeps_every_pattern_that_can_match(text: str) -> None:
    patterns = {
        p: Prefiltered.of(re.compile(p))
        for p in ("je peux( faire)?", "vous devez", "de|ez", "x+", "(?i)merci")
    }
    possible = NeedleIndex(patterns).possible(text)
    assert {p for p in patterns if re.search(p, text)} <= possible
    assert "(?i)merci" in possible  # no needles: always possible
