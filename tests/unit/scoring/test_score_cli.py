from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from tests.unit.scoring.cli_process import run_cli

GOOD = """Agent: Bonjour, je m'appelle Julie, de la société Recouvra, recouvrement amiable. Je parle bien à Monsieur Martin ?
Débiteur: Oui, c'est moi.
Agent: Si vous ne payez pas, cela pourrait avoir des conséquences juridiques.
"""


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Bob: bonjour\n", encoding="utf-8")
    (tmp_path / "c.json").write_text(
        json.dumps({"lang": "fr", "turns": [{"speaker": "agent", "text": "Bonjour Madame."}]}),
        encoding="utf-8",
    )
    return tmp_path


def test_one_file_prints_one_scorecard(folder: Path) -> None:
    result = CliRunner().invoke(app, ["score", str(folder / "a.txt")])
    assert result.exit_code == 0, result.output
    card = json.loads(result.stdout)
    assert set(card["dimensions"]) == {"active_listening", "positive_language", "negotiation", "compliance"}
    assert any("Trouvons une solution ensemble" in s["better"] for s in card["suggestions"])


def test_a_folder_with_a_bad_file_keeps_positions_reports_it_and_exits_1(folder: Path) -> None:
    result = run_cli("score", str(folder))
    assert result.returncode == 1
    cards = json.loads(result.stdout)
    assert [("error" in c) for c in cards] == [False, True, False]
    assert cards[1]["file"].endswith("b.txt")
    assert "b.txt: line 1" in result.stderr
    assert "Traceback" not in result.stderr


def test_text_format_prints_a_readable_report(folder: Path) -> None:
    result = CliRunner().invoke(app, ["score", str(folder / "a.txt"), "--format", "text"])
    assert result.exit_code == 0
    assert "Note globale" in result.stdout and "Essayez" in result.stdout


def test_jurisdiction_option_selects_the_rule_pack(folder: Path) -> None:
    result = CliRunner().invoke(app, ["score", str(folder / "a.txt"), "--jurisdiction", "uk"])
    assert json.loads(result.stdout)["jurisdiction"] == "uk"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("speaker.txt", b"Agent: bonjour\nBob: salut\n", "line 2"),
        ("latin1.txt", "Agent: créance\n".encode("latin-1"), "UTF-8"),
        ("broken.json", b'{"turns": [', "JSON"),
        ("binary.json", b"\x00\x01\x02", "binary"),
    ],
)
def test_bad_input_is_one_clear_line_and_a_non_zero_exit(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = run_cli("score", str(path))
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and message.lower() in lines[0].lower(), result.stderr


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = run_cli("score", str(tmp_path / "nope.json"))
    assert result.returncode == 1 and "nope.json" in result.stderr and "Traceback" not in result.stderr


def test_an_unknown_scenario_is_a_clear_error(folder: Path) -> None:
    result = run_cli("score", str(folder / "a.txt"), "--scenario", "no-such-scenario")
    assert result.returncode == 1 and "no-such-scenario" in result.stderr and "Traceback" not in result.stderr
