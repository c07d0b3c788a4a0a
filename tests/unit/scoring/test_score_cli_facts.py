"""`amiable score --facts FILE`: facts a quality team knows about all its calls."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.unit.scoring.cli_process import run_cli

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "score_samples"
# The agent adds the 40 € recovery indemnity to a company's invoice.
B2B_CALL = SAMPLES / "fr_b2b_indemnity.txt"


def _rules(card: dict) -> set[str]:
    return {v["rule"] for v in card["violations"]}


@pytest.fixture()
def business(tmp_path: Path) -> Path:
    path = tmp_path / "b2b.yaml"
    path.write_text("consumer: false\n", encoding="utf-8")
    return path


def test_without_facts_a_recovery_fee_counts_as_charged_to_a_consumer() -> None:
    card = json.loads(run_cli("score", str(B2B_CALL)).stdout)
    assert "fr.consumer_fees" in _rules(card)
    assert card["overall"] <= 40


def test_a_facts_file_saying_the_debtors_are_businesses_lifts_the_consumer_fee_blocker(
    business: Path,
) -> None:
    result = run_cli("score", str(B2B_CALL), "--facts", str(business))
    assert result.returncode == 0, result.stderr
    card = json.loads(result.stdout)
    assert "fr.consumer_fees" not in _rules(card)
    assert card["overall"] > 40


def test_facts_reach_every_file_of_a_folder_scored_by_workers(business: Path, tmp_path: Path) -> None:
    calls = tmp_path / "calls"
    calls.mkdir()
    for n in range(13):  # enough files for the worker pool
        shutil.copy(B2B_CALL, calls / f"call_{n:02d}.txt")
    result = run_cli("score", str(calls), "--facts", str(business))
    assert result.returncode == 0, result.stderr
    assert all("fr.consumer_fees" not in _rules(card) for card in json.loads(result.stdout))


def test_facts_that_do_not_name_a_jurisdiction_leave_the_language_to_choose_the_rules(business: Path) -> None:
    card = json.loads(run_cli("score", str(SAMPLES / "en_third_party.txt"), "--facts", str(business)).stdout)
    assert card["jurisdiction"] == "us"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("consumr: false\n", "consumr: unknown key"),
        ("consumer: maybe\n", "consumer: Input should be a valid boolean"),
        ("consumer: [\n", "line"),
    ],
)
def test_a_bad_facts_file_is_one_line_naming_file_and_field(
    tmp_path: Path, content: str, expected: str
) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text(content, encoding="utf-8")
    result = run_cli("score", str(B2B_CALL), "--facts", str(path))
    assert result.returncode == 2
    assert str(path) in result.stderr and expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_scenario_and_facts_file_together_are_refused(business: Path) -> None:
    result = run_cli("score", str(B2B_CALL), "--facts", str(business), "--scenario", "fr-oubli-facile")
    assert result.returncode == 2 and "--scenario" in result.stderr and "--facts" in result.stderr
