from __future__ import annotations

from pathlib import Path

from tracker.content_hash import files_by_name, fingerprint, hash_files


def _write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


def test_the_hash_ignores_listing_order_and_location_on_disk(tmp_path: Path) -> None:
    a = _write(tmp_path / "one", "fr/persona.yaml", "name: Léa\n")
    b = _write(tmp_path / "one", "fr/scenario.yaml", "id: x\n")
    c = _write(tmp_path / "two", "fr/persona.yaml", "name: Léa\n")
    d = _write(tmp_path / "two", "fr/scenario.yaml", "id: x\n")
    assert hash_files(files_by_name([a, b])) == hash_files(files_by_name([d, c]))


def test_changing_one_byte_or_one_name_changes_the_hash(tmp_path: Path) -> None:
    a = _write(tmp_path, "fr/persona.yaml", "name: Léa\n")
    before = hash_files([("persona", a)])
    assert hash_files([("persona2", a)]) != before
    a.write_text("name: Lea\n", encoding="utf-8")
    assert hash_files([("persona", a)]) != before


def test_a_fingerprint_separates_scenario_content_from_the_rubric(tmp_path: Path) -> None:
    scenario = _write(tmp_path, "scenario.yaml", "id: x\n")
    rules = _write(tmp_path, "rules.yaml", "rules: []\n")
    fp = fingerprint("x", [("scenario", scenario)], [("rules", rules)])
    assert fp.scenario_id == "x" and fp.content_hash != fp.rubric_hash and len(fp.content_hash) == 64
