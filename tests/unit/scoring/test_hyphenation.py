"""Hyphenation points: pyphen's own answers, whether the patterns were parsed now or read back from the cache."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyphen
import pytest

from scoring.hyphenation import hyphenator

DATA = Path(__file__).resolve().parents[2] / "data"


def _words() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(DATA.glob("gold_fr_acts*.yaml"))[:3])
    text += " İstanbul straße œuvre porte-monnaie aujourd'hui reimbursement unaffordable arrears"
    return sorted(set(re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text)))


@pytest.mark.parametrize("lang", ["fr_FR", "en_US"])
def test_the_points_are_pyphens_own(lang: str) -> None:
    ours, theirs = hyphenator(lang), pyphen.Pyphen(lang=lang)
    words = _words()
    assert len(words) > 1000
    assert [ours.positions(w) for w in words] == [theirs.positions(w) for w in words]


def _kept(cache: Path, lang: str) -> Path:
    [path] = cache.glob(f"hyphenation-{lang}-*.json")
    return path


def test_patterns_read_back_from_the_cache_give_the_same_points(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AMIABLE_CACHE_DIR", str(tmp_path))
    parsed = hyphenator("en_US")
    assert _kept(tmp_path, "en_US").stat().st_size > 100_000
    read_back = hyphenator("en_US")
    for word in ("unaffordable", "reimbursement", "installments", "hyphenation"):
        assert read_back.positions(word) == parsed.positions(word)


@pytest.mark.parametrize("content", ['{"ab": [1, [2', '["ab"]', '{"ab": [1]}', '{"ab": ["1", [2]]}'])
def test_a_damaged_or_misshapen_cache_file_is_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    monkeypatch.setenv("AMIABLE_CACHE_DIR", str(tmp_path))
    hyphenator("fr_FR")
    kept = _kept(tmp_path, "fr_FR")
    kept.write_text(content, encoding="utf-8")
    assert hyphenator("fr_FR").positions("recouvrement") == pyphen.Pyphen(lang="fr_FR").positions(
        "recouvrement"
    )
    assert isinstance(json.loads(kept.read_text(encoding="utf-8")), dict)  # written again, whole


def test_a_cache_folder_that_cannot_be_written_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("AMIABLE_CACHE_DIR", str(blocker / "cache"))
    assert hyphenator("fr_FR").positions("recouvrement") == pyphen.Pyphen(lang="fr_FR").positions(
        "recouvrement"
    )
