"""Shared fixtures for every test tier."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"

# Set before any test module imports the scorer, which finds its cache folder when first imported; the
# command-line runs the tests start inherit it too.
_CACHE = tempfile.mkdtemp(prefix="amiable-cache-")
os.environ["AMIABLE_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real user data folder from a test."""
    folder = tmp_path_factory.mktemp("amiable-data")
    monkeypatch.setenv("AMIABLE_DATA_DIR", str(folder))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return folder
