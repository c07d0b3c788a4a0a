"""The catalogue: shipped content, then the user's folders, then extra folders, with every problem reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from amiable.content import ContentError
from simulator.catalog import UnknownScenario, load_catalog, validate_paths
from tests.unit.simulator.catalog_samples import persona, scenario, stand_in_shipped_content, write


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Stand-in shipped content (one persona, one scenario), so these tests don't depend on the real files."""
    return stand_in_shipped_content(tmp_path / "shipped", monkeypatch)


@pytest.fixture
def user(_isolated_data_dir: Path) -> Path:
    return _isolated_data_dir


def problems_of(extra: list[Path] | None = None) -> list[str]:
    with pytest.raises(ContentError) as raised:
        load_catalog(extra or [])
    return raised.value.problems


def test_shipped_content_loads_with_its_source_files(shipped: Path) -> None:
    catalog = load_catalog()
    assert [s.id for s in catalog.scenarios] == ["fr-test-scenario"]
    assert catalog.persona_for(catalog.scenario("fr-test-scenario")).name == "Alice Test"
    assert catalog.source_files("fr-test-scenario") == [
        shipped / "personas" / "fr" / "persona.yaml",
        shipped / "scenarios" / "fr" / "scenario.yaml",
    ]


def test_a_scenario_dropped_in_the_user_folder_is_played_against_a_shipped_persona(
    shipped: Path, user: Path
) -> None:
    write(user / "scenarios" / "mine.yaml", scenario(id="fr-mine", difficulty="hard"))
    catalog = load_catalog()
    assert [s.id for s in catalog.scenarios] == ["fr-test-scenario", "fr-mine"]
    assert catalog.source_files("fr-mine")[1] == user / "scenarios" / "mine.yaml"


def test_a_file_dropped_after_a_first_load_is_picked_up(shipped: Path, user: Path) -> None:
    first = load_catalog()
    assert load_catalog() is first  # cached while nothing changes
    write(user / "scenarios" / "later.yaml", scenario(id="fr-later"))
    assert "fr-later" in [s.id for s in load_catalog().scenarios]


def test_an_unknown_scenario_names_the_id_and_close_matches(shipped: Path) -> None:
    with pytest.raises(UnknownScenario) as raised:
        load_catalog().scenario("fr-test-scenari")
    assert str(raised.value) == "unknown scenario 'fr-test-scenari' (did you mean: fr-test-scenario?)"
    assert isinstance(raised.value, ContentError)


def test_an_unknown_scenario_without_close_matches_points_at_the_list(shipped: Path) -> None:
    with pytest.raises(UnknownScenario, match="see `amiable scenarios list`"):
        load_catalog().scenario("zzz")


def test_a_scenario_whose_persona_is_missing_is_reported(shipped: Path, user: Path) -> None:
    path = write(user / "scenarios" / "orphan.yaml", scenario(id="fr-orphan", persona="nobody"))
    assert problems_of() == [f"{path}: persona: unknown persona 'nobody'"]


def test_user_content_cannot_take_a_shipped_id(shipped: Path, user: Path) -> None:
    path = write(user / "scenarios" / "copy.yaml", scenario())
    [problem] = problems_of()
    assert problem.startswith(f"{path}: id: duplicate scenario id 'fr-test-scenario', already defined in ")
    assert "shipped content cannot be replaced" in problem


def test_a_locale_mismatch_between_scenario_and_persona_is_reported(shipped: Path, user: Path) -> None:
    path = write(user / "scenarios" / "en.yaml", scenario(id="en-mismatch", locale="en"))
    assert problems_of() == [f"{path}: locale: scenario is 'en' but persona 'fr-test-persona' is 'fr'"]


def test_a_locale_contradicting_its_folder_is_reported(shipped: Path, user: Path) -> None:
    path = write(user / "personas" / "en" / "p.yaml", persona(id="fr-other"))
    assert problems_of() == [f"{path}: locale: 'fr' but the file sits in a 'en/' folder"]


@pytest.mark.parametrize(
    ("changes", "field", "slot"),
    [
        ({"voice": {"accept": ["D'accord pour {foo}."]}}, "voice.accept[0]", "{foo}"),
        ({"mood_lines": {"shame": ["Ok", "Je dois {amount_text}"]}}, "mood_lines.shame[1]", "{amount_text}"),
        (
            {"hidden_facts": [{"id": "x", "text": ["Chez {bank}"], "reveal": {}}]},
            "hidden_facts[0].text[0]",
            "{bank}",
        ),
        ({"objections": [{"id": "o", "lines": ["{}"]}]}, "objections[0].lines[0]", "{}"),
    ],
)
def test_unknown_slots_in_lines_are_content_errors(
    shipped: Path, user: Path, changes: dict[str, object], field: str, slot: str
) -> None:
    path = write(user / "personas" / "p.yaml", persona(id="fr-slots", **changes))
    [problem] = problems_of()
    assert problem.startswith(f"{path}: {field}: unknown slot {slot}")


def test_every_allowed_slot_is_accepted(shipped: Path, user: Path) -> None:
    line = "{name} {creditor} {balance} {reference} {offer} {counter} {capacity} {date} {method}"
    write(user / "personas" / "p.yaml", persona(id="fr-slots", voice={"accept": [line]}))
    assert "fr-slots" in load_catalog().personas


def test_a_stray_brace_is_reported(shipped: Path, user: Path) -> None:
    path = write(user / "personas" / "p.yaml", persona(id="fr-brace", voice={"accept": ["oui }"]}))
    [problem] = problems_of()
    assert problem.startswith(f"{path}: voice.accept[0]: malformed placeholder")


def test_every_problem_of_every_file_is_collected(shipped: Path, user: Path) -> None:
    bad_persona = write(user / "personas" / "bad.yaml", persona(id="fr-bad", age="old", colour="red"))
    syntax = write(user / "scenarios" / "syntax.yaml", "id: x\ntitle: [unclosed\n")
    missing = write(
        user / "scenarios" / "missing.yaml", {k: v for k, v in scenario(id="fr-m").items() if k != "brief"}
    )
    problems = problems_of()
    assert (
        f"{bad_persona}: age: Input should be a valid integer, unable to parse string as an integer"
        in problems
    )
    assert f"{bad_persona}: colour: unknown key" in problems
    assert any(p.startswith(f"{syntax}: line 3:") for p in problems)
    assert f"{missing}: brief: missing required field" in problems
    assert len(problems) == 4


def test_must_uncover_names_a_hidden_fact_of_the_persona(shipped: Path, user: Path) -> None:
    objective = {"kind": "promise_to_pay", "description": "x", "must_uncover": ["new_bank", "lottery"]}
    path = write(user / "scenarios" / "s.yaml", scenario(id="fr-uncover", objective=objective))
    assert problems_of() == [
        f"{path}: objective.must_uncover[1]: persona 'fr-test-persona' has no hidden fact 'lottery'"
    ]


def test_extra_folders_are_sorted_by_their_keys(shipped: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra"
    write(extra / "a.yaml", persona(id="en-extra", locale="en"))
    write(
        extra / "b.yaml",
        scenario(id="en-extra-scenario", locale="en", persona="en-extra", difficulty="medium"),
    )
    catalog = load_catalog([extra])
    assert [s.id for s in catalog.scenarios] == ["fr-test-scenario", "en-extra-scenario"]
    assert catalog.personas["en-extra"].locale == "en"


def test_french_scenarios_come_first_then_by_difficulty(shipped: Path, user: Path) -> None:
    write(user / "personas" / "en.yaml", persona(id="en-p", locale="en"))
    write(user / "scenarios" / "a.yaml", scenario(id="en-a", locale="en", persona="en-p"))
    write(user / "scenarios" / "b.yaml", scenario(id="fr-b", difficulty="medium"))
    write(user / "scenarios" / "c.yaml", scenario(id="fr-a", difficulty="hard"))
    assert [s.id for s in load_catalog().scenarios] == ["fr-test-scenario", "fr-b", "fr-a", "en-a"]


def test_validate_paths_reports_a_file_that_is_neither_persona_nor_scenario(
    shipped: Path, tmp_path: Path
) -> None:
    path = write(tmp_path / "loose" / "notes.yaml", {"hello": "world"})
    assert validate_paths([path]) == [
        f"{path}: (top level): neither a persona (debt:, finances:, segment:) nor a scenario "
        "(persona:, objective:, brief:)"
    ]


def test_validate_paths_reports_a_scenario_filed_with_the_personas(shipped: Path, tmp_path: Path) -> None:
    path = write(tmp_path / "personas" / "s.yaml", scenario(id="fr-misfiled"))
    assert validate_paths([tmp_path]) == [
        f"{path}: (top level): this looks like a scenario but sits in a personas folder"
    ]


def test_validate_paths_accepts_a_scenario_on_a_shipped_persona(shipped: Path, tmp_path: Path) -> None:
    path = write(tmp_path / "new.yaml", scenario(id="fr-new"))
    assert validate_paths([path]) == []


def test_validate_paths_checks_ids_against_installed_content(shipped: Path, tmp_path: Path) -> None:
    path = write(tmp_path / "dup.yaml", scenario())
    [problem] = validate_paths([path])
    assert problem.startswith(f"{path}: id: duplicate scenario id 'fr-test-scenario'")


def test_validate_paths_only_reports_the_files_asked_about(shipped: Path, user: Path, tmp_path: Path) -> None:
    write(user / "scenarios" / "broken.yaml", "id: [\n")
    good = write(tmp_path / "good.yaml", scenario(id="fr-good"))
    assert validate_paths([good]) == []


def test_validate_paths_names_a_missing_path(shipped: Path, tmp_path: Path) -> None:
    assert validate_paths([tmp_path / "nope.yaml"]) == [f"{tmp_path / 'nope.yaml'}: file not found"]
