"""Shipped scenarios for the engine tests."""

from __future__ import annotations

import pytest

from simulator.catalog import Catalog, load_catalog


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture
def easy(catalog: Catalog):
    scenario = catalog.scenario("fr-oubli-facile")
    return scenario, catalog.persona_for(scenario)
