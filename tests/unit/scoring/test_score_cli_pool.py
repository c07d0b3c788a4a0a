"""Scoring many files in worker processes prints exactly what scoring them one by one prints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bench.score import make_transcript
from cli import score_cmd
from cli.main import app


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    import random

    rng = random.Random(3)
    for i in range(14):
        data = make_transcript(rng, "fr" if i % 3 else "en", turns=8)
        (tmp_path / f"call_{i:02d}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "call_05.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "call_09.txt").write_text("Bob: bonjour\n", encoding="utf-8")
    return tmp_path


def _run(monkeypatch: pytest.MonkeyPatch, min_files: int, *args: str):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(score_cmd, "POOL_MIN_FILES", min_files)
    return CliRunner().invoke(app, ["score", *args])


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_worker_processes_give_the_same_output_errors_and_exit_status(
    monkeypatch: pytest.MonkeyPatch, folder: Path, fmt: str
) -> None:
    one_by_one = _run(monkeypatch, 10**6, str(folder), "--format", fmt)
    pooled = _run(monkeypatch, 4, str(folder), "--format", fmt)
    assert pooled.exit_code == one_by_one.exit_code == 1
    assert pooled.stdout == one_by_one.stdout
    assert pooled.stderr == one_by_one.stderr
    assert str(pooled.exception) == str(one_by_one.exception) == "2 of 15 file(s) could not be scored"
    assert "call_05.json: line 1" in pooled.stderr and "call_09.txt: line 1" in pooled.stderr


def test_the_pooled_list_keeps_each_file_in_its_place(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    cards = json.loads(_run(monkeypatch, 4, str(folder)).stdout)
    assert len(cards) == 15
    assert [("error" in c) for c in cards] == [i in (5, 10) for i in range(15)]
    assert cards[5]["file"].endswith("call_05.json") and cards[10]["file"].endswith("call_09.txt")
    assert {c["lang"] for c in cards if "lang" in c} == {"fr", "en"}
