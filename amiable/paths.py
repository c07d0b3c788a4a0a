"""Where Amiable keeps its data: shipped content beside the code, user content and the database in a data folder."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

DATA_DIR_ENV = "AMIABLE_DATA_DIR"
CACHE_DIR_ENV = "AMIABLE_CACHE_DIR"


def data_dir() -> Path:
    """The user's data folder (``AMIABLE_DATA_DIR`` overrides the platform default)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("amiable", appauthor=False))


def cache_dir() -> Path:
    """Where work that can be redone is kept between runs (``AMIABLE_CACHE_DIR`` overrides the default)."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("amiable", appauthor=False))


def shipped_folder(package: str) -> Path:
    """Folder of a shipped content package (``personas`` or ``scenarios``)."""
    return Path(str(resources.files(package)))


def user_content_folder(kind: str) -> Path:
    """Folder where trainers drop their own YAML (``personas`` or ``scenarios``)."""
    return data_dir() / kind
