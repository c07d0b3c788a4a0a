"""Compliance rule packs (YAML per jurisdiction) and the engine that checks a call against them."""
