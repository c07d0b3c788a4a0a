"""`amiable scenarios list|validate` as a trainer uses them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from tests.unit.simulator.catalog_samples import persona, scenario, stand_in_shipped_content, write

runner = CliRunner()


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return stand_in_shipped_content(tmp_path / "shipped", monkeypatch)


def test_list_json_includes_a_scenario_dropped_in_the_user_folder(
    shipped: Path, _isolated_data_dir: Path
) -> None:
    write(_isolated_data_dir / "personas" / "p.yaml", persona(id="en-p", locale="en"))
    write(
        _isolated_data_dir / "scenarios" / "s.yaml",
        scenario(id="en-mine", locale="en", persona="en-p", title="Mine"),
    )
    result = runner.invoke(app, ["scenarios", "list", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [
        {
            "id": "fr-test-scenario",
            "locale": "fr",
            "difficulty": "easy",
            "persona": "fr-test-persona",
            "title": "Un scénario de test",
        },
        {"id": "en-mine", "locale": "en", "difficulty": "easy", "persona": "en-p", "title": "Mine"},
    ]
    assert "scénario" in result.stdout  # not escaped


def test_list_filters_by_locale(shipped: Path, _isolated_data_dir: Path) -> None:
    write(_isolated_data_dir / "personas" / "p.yaml", persona(id="en-p", locale="en"))
    write(_isolated_data_dir / "scenarios" / "s.yaml", scenario(id="en-mine", locale="en", persona="en-p"))
    result = runner.invoke(app, ["scenarios", "list", "--json", "--locale", "en"])
    assert [row["id"] for row in json.loads(result.stdout)] == ["en-mine"]


def test_list_table_shows_the_columns_and_where_to_drop_new_files(
    shipped: Path, _isolated_data_dir: Path
) -> None:
    result = runner.invoke(app, ["scenarios", "list"])
    assert result.exit_code == 0
    header, row = result.stdout.splitlines()[:2]
    assert header.split() == ["id", "locale", "difficulty", "persona", "title"]
    assert row.split()[:4] == ["fr-test-scenario", "fr", "easy", "fr-test-persona"]
    assert str(_isolated_data_dir / "scenarios") in result.stdout


def test_validate_without_paths_checks_shipped_and_user_content(
    shipped: Path, _isolated_data_dir: Path
) -> None:
    write(_isolated_data_dir / "scenarios" / "s.yaml", scenario(id="fr-mine"))
    result = runner.invoke(app, ["scenarios", "validate"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "1 personas, 2 scenarios: all valid"


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({k: v for k, v in scenario().items() if k != "title"}, "title: missing required field"),
        (scenario(max_turns="many"), "max_turns: Input should be a valid integer"),
        (scenario(mood="happy"), "mood: unknown key"),
        (scenario(persona="fr-ghost"), "persona: unknown persona 'fr-ghost'"),
        ("id: fr-x\ntitle: [broken\nbrief: x\n", "line 3: "),
    ],
)
def test_validate_prints_one_line_per_problem_and_fails(
    shipped: Path, tmp_path: Path, document: dict[str, object] | str, expected: str
) -> None:
    path = write(
        tmp_path / "mine" / "scenarios" / "new.yaml",
        document if isinstance(document, str) else {**document, "id": "fr-new"},
    )
    result = runner.invoke(app, ["scenarios", "validate", str(tmp_path / "mine")])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        line for line in result.stdout.splitlines() if line.startswith(f"{path}: ")
    ]
    assert any(line.startswith(f"{path}: {expected}") for line in result.stdout.splitlines()), result.stdout


def test_validate_a_good_file(shipped: Path, tmp_path: Path) -> None:
    path = write(tmp_path / "new.yaml", scenario(id="fr-new"))
    result = runner.invoke(app, ["scenarios", "validate", str(path)])
    assert result.exit_code == 0
    assert result.stdout.strip() == "0 personas, 1 scenarios: all valid"


def test_list_refuses_an_unknown_locale(shipped: Path) -> None:
    result = runner.invoke(app, ["scenarios", "list", "--locale", "de"])
    assert result.exit_code == 1
    assert str(result.exception) == "--locale: 'de' is not one of fr, en"


def test_list_names_the_broken_file_instead_of_listing(shipped: Path, _isolated_data_dir: Path) -> None:
    path = write(_isolated_data_dir / "scenarios" / "s.yaml", scenario(id="fr-ghost", persona="nobody"))
    result = runner.invoke(app, ["scenarios", "list"])
    assert result.exit_code == 1
    assert str(result.exception).splitlines()[0] == f"{path}: persona: unknown persona 'nobody'"
