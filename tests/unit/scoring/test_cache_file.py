"""Cache files: written whole, older versions' files removed, and any trouble only costs time."""

from __future__ import annotations

from pathlib import Path

import pytest

from scoring.cache_file import read_json, write_json


def test_writing_a_file_removes_the_ones_older_versions_left_under_its_prefix(tmp_path: Path) -> None:
    old, other = tmp_path / "needles-old.json", tmp_path / "hyphenation-fr-old.json"
    old.write_text("{}", encoding="utf-8")
    other.write_text("{}", encoding="utf-8")
    new = tmp_path / "needles-new.json"
    assert write_json(new, {"0:a": ["a"]}, "needles-")
    assert read_json(new) == {"0:a": ["a"]}
    assert not old.exists() and other.exists()


def test_a_damaged_or_missing_file_reads_as_nothing(tmp_path: Path) -> None:
    damaged = tmp_path / "needles-x.json"
    damaged.write_text('{"0:a": [', encoding="utf-8")
    assert read_json(damaged) is None
    assert read_json(tmp_path / "missing.json") is None


def test_a_value_that_cannot_be_written_leaves_no_half_file(tmp_path: Path) -> None:
    path = tmp_path / "needles-x.json"
    path.write_text('{"kept": true}', encoding="utf-8")
    with pytest.raises(TypeError):
        write_json(path, {"bad": object()}, "needles-")
    assert read_json(path) == {"kept": True}
    assert list(tmp_path.glob("*.tmp")) == []


def test_a_folder_that_cannot_be_written_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert not write_json(blocker / "cache" / "needles-x.json", {}, "needles-")
