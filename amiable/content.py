"""The one loader for YAML content (personas, scenarios, lexicons, rules, rewrites).

Every problem surfaces as a ``ContentError`` whose message reads ``file: field: message``
(or ``file: line N: message`` for YAML syntax errors), so authors can fix files without reading code.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

try:  # the C loader is several times faster; fall back when libyaml is absent
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on the platform build
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

ModelT = TypeVar("ModelT", bound=BaseModel)


class StrictModel(BaseModel):
    """Base for every content model: unknown keys are errors, not silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ContentError(Exception):
    """A content file is unreadable or invalid. ``problems`` holds one ``file: field: message`` per line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


def _field_path(loc: Iterable[int | str]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        else:
            parts.append(("." if parts else "") + str(item))
    return "".join(parts) or "(top level)"


def describe_validation_error(source: str, error: ValidationError) -> list[str]:
    """Turn a pydantic error into ``source: field: message`` lines."""
    lines = []
    for problem in error.errors():
        message = problem["msg"]
        if problem["type"] == "extra_forbidden":
            message = "unknown key"
        elif problem["type"] == "missing":
            message = "missing required field"
        lines.append(f"{source}: {_field_path(problem['loc'])}: {message}")
    return lines


def read_yaml(path: Path) -> Any:
    """Parse one YAML file, naming the file (and line) on any failure."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError([f"{path}: file not found"]) from None
    except UnicodeDecodeError:
        raise ContentError([f"{path}: not UTF-8 text"]) from None
    except OSError as exc:
        raise ContentError([f"{path}: cannot read ({exc.strerror})"]) from None
    try:
        return yaml.load(text, Loader=_SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}" if mark is not None else "(unknown line)"
        raise ContentError([f"{path}: {where}: {exc.problem or 'invalid YAML'}"]) from None
    except yaml.YAMLError as exc:
        raise ContentError([f"{path}: (top level): invalid YAML ({exc})"]) from None


def validate(data: Any, model: type[ModelT], source: str) -> ModelT:
    """Validate already-parsed data against ``model``; ``source`` names it in errors."""
    if data is None:
        raise ContentError([f"{source}: (top level): file is empty"])
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ContentError(describe_validation_error(source, exc)) from None


def load_model(path: Path, model: type[ModelT]) -> ModelT:
    """Read and validate one YAML file."""
    return validate(read_yaml(path), model, str(path))


def yaml_files(folder: Path) -> Iterator[Path]:
    """YAML files of a folder and its sub-folders, in a stable order."""
    if not folder.is_dir():
        return iter(())
    return iter(sorted(p for p in folder.rglob("*") if p.suffix in {".yaml", ".yml"} and p.is_file()))
