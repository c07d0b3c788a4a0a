"""Needles kept between runs: read back exactly, and any trouble with the file only costs time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from scoring.dimensions.needle_store import NeedleStore, store_path

REPO = Path(__file__).resolve().parents[3]


def test_needles_saved_by_one_run_are_read_by_the_next(tmp_path: Path) -> None:
    path = tmp_path / "needles.json"
    first = NeedleStore(path)
    first["0:vous devez"] = ("vous devez",)
    first["2:(?i)merci"] = None
    first.save()
    second = NeedleStore(path)
    assert "0:vous devez" in second and second["0:vous devez"] == ("vous devez",)
    assert "2:(?i)merci" in second and second["2:(?i)merci"] is None
    assert "0:autre" not in second


def test_a_damaged_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    path = tmp_path / "needles.json"
    path.write_text('{"0:vous": ["vous"', encoding="utf-8")
    store = NeedleStore(path)
    assert "0:vous" not in store
    store["0:vous"] = ("vous",)
    store.save()
    assert json.loads(path.read_text(encoding="utf-8")) == {"0:vous": ["vous"]}


def test_entries_of_the_wrong_shape_are_not_trusted(tmp_path: Path) -> None:
    path = tmp_path / "needles.json"
    path.write_text(json.dumps({"0:a": [""], "0:b": [3], "0:c": "c", "0:d": ["d"]}), encoding="utf-8")
    store = NeedleStore(path)
    assert [key for key in ("0:a", "0:b", "0:c", "0:d") if key in store] == ["0:d"]


def test_saving_keeps_what_another_run_wrote_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "needles.json"
    mine, theirs = NeedleStore(path), NeedleStore(path)
    mine["0:a"] = ("a",)
    theirs["0:b"] = ("b",)
    theirs.save()
    mine.save()
    merged = NeedleStore(path)
    assert "0:a" in merged and "0:b" in merged


def test_a_folder_that_cannot_be_written_only_costs_time(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    store = NeedleStore(blocker / "needles.json")
    store["0:a"] = ("a",)
    store.save()  # no error: the needles are simply worked out again next time
    assert store["0:a"] == ("a",)


def test_changed_code_gets_a_file_of_its_own(tmp_path: Path) -> None:
    one, two = tmp_path / "one.py", tmp_path / "two.py"
    one.write_text("A = 1\n", encoding="utf-8")
    two.write_text("A = 2\n", encoding="utf-8")
    assert store_path(one) != store_path(two)
    assert store_path(one).parent == Path(os.environ["AMIABLE_CACHE_DIR"])


def test_a_second_scoring_run_reads_the_needles_of_the_first_and_scores_the_same(tmp_path: Path) -> None:
    transcript = tmp_path / "call.txt"
    transcript.write_text(
        "Agent: Bonjour, je vous propose 50 euros par mois.\nDébiteur: D'accord.\n", encoding="utf-8"
    )
    env = {**os.environ, "AMIABLE_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-c", "from cli.main import run; run()", "score", str(transcript)]
    first = subprocess.run(command, capture_output=True, text=True, env=env, cwd=REPO, check=True)
    [saved] = (tmp_path / "cache").glob("needles-*.json")
    assert len(json.loads(saved.read_text(encoding="utf-8"))) > 100
    second = subprocess.run(command, capture_output=True, text=True, env=env, cwd=REPO, check=True)
    assert second.stdout == first.stdout
