"""Fingerprints of the shipped content: the scenario's own files and the scorer's rule packs."""

from __future__ import annotations

from pathlib import Path

from tracker.content_hash import Fingerprint, files_by_name, fingerprint


def scenario_files(scenario_id: str) -> list[tuple[str, Path]]:
    from simulator.catalog import load_catalog

    return files_by_name(load_catalog().source_files(scenario_id))


def rubric_files() -> list[tuple[str, Path]]:
    """The scorer's content files; every YAML file of the scoring package when it does not list them."""
    import scoring

    listed = getattr(scoring, "content_files", None)
    root = Path(scoring.__file__).resolve().parent
    paths = [Path(p) for p in listed()] if callable(listed) else sorted(root.rglob("*.y*ml"))
    identified = []
    for path in paths:
        try:
            name = path.resolve().relative_to(root).as_posix()
        except ValueError:
            name = f"{path.parent.name}/{path.name}"
        identified.append((name, path))
    return identified


def current_fingerprint(scenario_id: str) -> Fingerprint:
    return fingerprint(scenario_id, scenario_files(scenario_id), rubric_files())
