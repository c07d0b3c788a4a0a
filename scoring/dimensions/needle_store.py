"""Needles worked out by earlier runs, kept in a file of the user's cache folder.

Reading the parse tree of every content regex is a large part of a scoring command's start-up, and its answer
only changes with the pattern or with the code that reads it. The file is named after the Python version and a
digest of that code, so a change of either starts a new file. Any problem reading or writing it only costs
time: the needles are worked out again.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from scoring.cache_file import cache_path, read_json, write_json

Needles = tuple[str, ...] | None
_PREFIX = "needles-"


class NeedleStore:
    """Pattern keys to their needles, loaded from ``path`` on first use and merged back by ``save``."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._known: dict[str, Needles] | None = None
        self._new: dict[str, Needles] = {}

    def _loaded(self) -> dict[str, Needles]:
        if self._known is None:
            self._known = _read(self.path) if self.path is not None else {}
        return self._known

    def __contains__(self, key: str) -> bool:
        return key in self._loaded()

    def __getitem__(self, key: str) -> Needles:
        return self._loaded()[key]

    def __setitem__(self, key: str, found: Needles) -> None:
        self._loaded()[key] = found
        self._new[key] = found

    def save(self) -> None:
        """Write the needles worked out since the last save, merged with what the file holds now."""
        if not self._new or self.path is None:
            return
        merged = {**_read(self.path), **self._new}
        stored = {key: None if v is None else list(v) for key, v in merged.items()}
        if write_json(self.path, stored, _PREFIX):
            self._new.clear()


def _read(path: Path) -> dict[str, Needles]:
    data = read_json(path)
    if not isinstance(data, dict):
        return {}
    return {
        key: None if value is None else tuple(value)
        for key, value in data.items()
        if value is None or (isinstance(value, list) and all(isinstance(s, str) and s for s in value))
    }


def store_path(code: Path) -> Path:
    """The file for the needles found by ``code`` under this Python, in the user's cache folder."""
    return cache_path(_PREFIX, hashlib.sha256(code.read_bytes() + sys.version.encode()).hexdigest()[:16])
