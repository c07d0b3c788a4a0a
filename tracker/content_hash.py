"""Content hashes that pin a scorecard to the exact persona, scenario and rule packs it was scored against."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Fingerprint:
    scenario_id: str
    content_hash: str
    rubric_hash: str


def hash_files(files: Iterable[tuple[str, Path]]) -> str:
    """SHA-256 over (id, bytes) pairs in id order: independent of paths on disk and listing order."""
    digest = hashlib.sha256()
    for identifier, path in sorted(files, key=lambda item: item[0]):
        data = Path(path).read_bytes()
        digest.update(identifier.encode("utf-8"))
        digest.update(b"\0")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def fingerprint(
    scenario_id: str, scenario_files: Iterable[tuple[str, Path]], rubric_files: Iterable[tuple[str, Path]]
) -> Fingerprint:
    return Fingerprint(scenario_id, hash_files(scenario_files), hash_files(rubric_files))


def files_by_name(paths: Iterable[Path]) -> list[tuple[str, Path]]:
    """Identify files by their name plus parent folder (``fr/scenario.yaml``), stable across machines."""
    return [(f"{Path(p).parent.name}/{Path(p).name}", Path(p)) for p in paths]
