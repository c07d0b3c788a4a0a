from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from cli.main import app

RUN_KEYS = {"scenario", "seed", "policy", "objective_met", "outcome", "agreement", "turns", "transcript", "scorecard",
            "emotion_trace"}  # fmt: skip


def test_play_runs_without_a_terminal_and_ends_with_the_debrief() -> None:
    lines = (
        "Bonjour, recouvrement amiable pour Énergie Horizon. Suis-je bien avec M. Julien Martin ?\n\n/quit\n"
    )
    result = CliRunner().invoke(app, ["play", "fr-oubli-facile", "--seed", "1"], input=lines)
    assert result.exit_code == 0, result.output
    assert "Débiteur" in result.output and "colère" in result.output and "Bilan" in result.output


def test_play_ends_gracefully_at_end_of_input() -> None:
    result = CliRunner().invoke(app, ["play", "fr-oubli-facile", "--lang-ui", "en"], input="Hello?\n")
    assert result.exit_code == 0, result.output
    assert "Call ended" in result.output


def test_an_unknown_scenario_is_one_clear_line_and_exit_1() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cli.main", "play", "fr-oubli-facil"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "unknown scenario 'fr-oubli-facil'" in done.stderr
    assert "fr-oubli-facile" in done.stderr


def test_autoplay_prints_one_run_in_the_design_shape() -> None:
    result = CliRunner().invoke(app, ["autoplay", "fr-oubli-facile", "--policy", "skilled", "--seed", "2"])
    assert result.exit_code == 0, result.output
    run = json.loads(result.stdout)
    assert set(run) == RUN_KEYS and run["seed"] == 2 and run["policy"] == "skilled"
    assert {t["voice"] for t in run["transcript"]} == {"scripted"}
    assert set(run["emotion_trace"][0]) == {"turn", "anger", "anxiety", "shame", "trust", "cooperation",
                                            "hang_up_risk", "causes"}  # fmt: skip
    assert "overall" in run["scorecard"]


def test_autoplay_with_several_seeds_prints_a_list() -> None:
    result = CliRunner().invoke(app, ["autoplay", "fr-oubli-facile", "--policy", "pushy", "--seeds", "2"])
    assert result.exit_code == 0, result.output
    runs = json.loads(result.stdout)
    assert [r["seed"] for r in runs] == [0, 1]
