"""JSON files of work the scorer can redo, kept in the user's cache folder between runs.

A file is named after what it was computed from (a digest), so a new version writes a new file; writing one
removes the files an older version left under the same prefix. Any trouble reading or writing only costs time:
the caller works the answer out again.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


def cache_path(prefix: str, digest: str) -> Path:
    """``<cache folder>/<prefix><digest>.json``."""
    from amiable.paths import cache_dir

    return cache_dir() / f"{prefix}{digest}.json"


def read_json(path: Path) -> Any | None:
    """The file's JSON value, or None when it is missing, unreadable or damaged."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(path: Path, value: Any, prefix: str) -> bool:
    """Write ``value`` atomically (a concurrent reader sees the old or the new file, never half of one), then
    remove the other ``prefix*.json`` files; False when the folder cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return False
    written = False
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(value, out)
        os.replace(temporary, path)
        written = True
        for stale in path.parent.glob(f"{prefix}*.json"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        return written
    finally:
        if not written:
            Path(temporary).unlink(missing_ok=True)
    return True
