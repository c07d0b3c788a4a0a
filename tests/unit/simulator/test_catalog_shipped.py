"""The content shipped with Amiable loads without a single problem."""

from __future__ import annotations

from simulator.catalog import clear_cache, default_roots, load_catalog, validate_paths


def test_shipped_and_user_content_is_valid() -> None:
    assert validate_paths([root.path for root in default_roots() if root.path.exists()]) == []


def test_the_default_scenario_of_make_run_is_in_the_catalogue() -> None:
    clear_cache()
    catalog = load_catalog()
    scenario = catalog.scenario("fr-oubli-facile")
    assert catalog.persona_for(scenario).id == scenario.persona
    assert all(path.is_file() for path in catalog.source_files(scenario.id))
