"""`amiable tag` through the installed console script: output shape, several files, bad files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

AMIABLE = Path(sys.executable).parent / "amiable"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    if not AMIABLE.exists():
        pytest.skip(f"console script not installed at {AMIABLE}")
    return subprocess.run(
        [str(AMIABLE), "tag", *args], capture_output=True, text=True, input=stdin, timeout=60
    )


@pytest.fixture
def transcript(tmp_path: Path) -> Path:
    path = tmp_path / "call.txt"
    path.write_text(
        "Conseiller: Bonjour, je suis bien avec Madame Laurent ?\nDébitrice: Oui, j'ai perdu mon emploi.\n"
        "Conseiller: Je suis désolé. Qu'est-ce qui a changé pour vous ?\n",
        encoding="utf-8",
    )
    return path


def test_one_file_prints_the_agent_turns_with_their_index(transcript: Path) -> None:
    result = run(str(transcript))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert [t["index"] for t in out["turns"]] == [0, 2]
    assert all(t["speaker"] == "agent" for t in out["turns"])
    assert "open_question" in out["turns"][1]["acts"] and "empathy" in out["turns"][1]["acts"]
    assert "désolé" in result.stdout  # not escaped


def test_several_files_print_a_list_in_order(transcript: Path, tmp_path: Path) -> None:
    other = tmp_path / "b.json"
    other.write_text(
        json.dumps({"lang": "en", "turns": [{"speaker": "agent", "text": "How are you?"}]}), encoding="utf-8"
    )
    out = json.loads(run(str(other), str(transcript)).stdout)
    assert isinstance(out, list) and len(out) == 2
    assert out[0]["turns"][0]["text"] == "How are you?"


def test_a_bad_file_among_many_is_reported_and_the_others_still_tagged(
    transcript: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("Robot: bip\n", encoding="utf-8")
    result = run(str(transcript), str(bad))
    assert result.returncode != 0
    assert len(json.loads(result.stdout)) == 1
    assert f"{bad}: line 1" in result.stderr
    assert "Traceback" not in result.stderr


def test_one_bad_file_exits_non_zero_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "empty.json"
    bad.write_text("", encoding="utf-8")
    result = run(str(bad))
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [f"amiable: {bad}: empty file"]


def test_stdin_and_lang_option(tmp_path: Path) -> None:
    result = run(
        "-", "--lang", "en", stdin=json.dumps({"turns": [{"speaker": "agent", "text": "So you feel stuck."}]})
    )
    assert result.returncode == 0, result.stderr
    assert "reflection" in json.loads(result.stdout)["turns"][0]["acts"]


def test_help_explains_partial_failures() -> None:
    result = run("--help")
    assert "exits with status 1" in " ".join(result.stdout.split())
