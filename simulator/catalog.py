"""The catalogue of personas and scenarios: shipped content, then the user's folder, then extra folders.

Content is found in three places, in this order:
1. the shipped ``personas`` and ``scenarios`` packages;
2. the user folders ``amiable.paths.user_content_folder("personas" | "scenarios")``, where a trainer drops
   a YAML file to add content without touching code;
3. any ``extra_dirs`` given by the caller.

Ids are global: a user or extra file may not reuse an id already defined (shipped content is never silently
replaced — the duplicate is reported and the author picks another id).

A file's kind comes from its folder (a ``personas/`` or ``scenarios/`` folder on its path, nearest first);
outside such folders it comes from its keys (``persona:``/``objective:``/``brief:`` make a scenario,
``debt:``/``finances:``/``segment:`` a persona).

Every problem across all files is collected and raised together as one ``ContentError``.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from amiable.content import ContentError, read_yaml, validate, yaml_files
from amiable.paths import shipped_folder, user_content_folder
from simulator.catalog_checks import duplicate_problem, first_lines, persona_problems, scenario_problems
from simulator.models import Persona, Scenario

Kind = Literal["persona", "scenario"]
KINDS: tuple[Kind, ...] = ("persona", "scenario")
_FOLDER_KIND: dict[str, Kind] = {"personas": "persona", "scenarios": "scenario"}
_SCENARIO_KEYS = frozenset({"persona", "objective", "brief"})
_PERSONA_KEYS = frozenset({"debt", "finances", "segment"})
_DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}


class UnknownScenario(ContentError):
    """A scenario id that the catalogue does not hold."""

    def __init__(self, scenario_id: str, suggestions: Sequence[str]) -> None:
        self.scenario_id = scenario_id
        self.suggestions = tuple(suggestions)
        hint = (
            f"did you mean: {', '.join(self.suggestions)}?"
            if self.suggestions
            else "see `amiable scenarios list`"
        )
        super().__init__([f"unknown scenario '{scenario_id}' ({hint})"])


class Catalog:
    """Valid personas and scenarios, with the files they came from."""

    def __init__(
        self, scenarios: list[Scenario], personas: dict[str, Persona], files: dict[tuple[Kind, str], Path]
    ) -> None:
        self.scenarios = scenarios
        self.personas = personas
        self._files = files
        self._by_id = {scenario.id: scenario for scenario in scenarios}

    def scenario(self, scenario_id: str) -> Scenario:
        try:
            return self._by_id[scenario_id]
        except KeyError:
            close = difflib.get_close_matches(scenario_id, list(self._by_id), n=3, cutoff=0.5)
            raise UnknownScenario(scenario_id, close) from None

    def persona_for(self, scenario: Scenario) -> Persona:
        return self.personas[scenario.persona]

    def source_files(self, scenario_id: str) -> list[Path]:
        """The persona and scenario YAML files behind a scenario (to hash the exact content played)."""
        scenario = self.scenario(scenario_id)
        return [self._files[("persona", scenario.persona)], self._files[("scenario", scenario_id)]]

    def file_of(self, kind: Kind, item_id: str) -> Path:
        return self._files[(kind, item_id)]


@dataclass(frozen=True)
class Root:
    """A file or folder to read; ``kind`` is known for the shipped and user folders."""

    path: Path
    kind: Kind | None = None
    shipped: bool = False


@dataclass
class _Item:
    kind: Kind
    model: Persona | Scenario
    path: Path
    shipped: bool


@dataclass
class _Report:
    items: list[_Item] = field(default_factory=list)
    # Problems attributed to the file they are about, so a validation can keep only the files it was asked about.
    problems: list[tuple[Path, str]] = field(default_factory=list)

    def add(self, path: Path, lines: Sequence[str]) -> None:
        self.problems.extend((path, line) for line in lines)


def default_roots() -> tuple[Root, ...]:
    """Shipped folders, then the user's folders."""
    return (
        Root(shipped_folder("personas"), "persona", shipped=True),
        Root(shipped_folder("scenarios"), "scenario", shipped=True),
        Root(user_content_folder("personas"), "persona"),
        Root(user_content_folder("scenarios"), "scenario"),
    )


def load_catalog(extra_dirs: Sequence[Path] = ()) -> Catalog:
    """All valid content; raises ``ContentError`` listing every problem of every file."""
    roots = default_roots() + tuple(Root(Path(folder)) for folder in extra_dirs)
    return _load_cached(roots, _fingerprint(roots))


def clear_cache() -> None:
    _load_cached.cache_clear()


def validate_paths(paths: Sequence[Path]) -> list[str]:
    """Problems of the given files/folders as ``file: field: message`` lines (empty: all valid).

    Scenarios may point at personas outside ``paths`` (shipped or user content), and ids are checked against
    that content too.
    """
    asked = [Root(Path(path)) for path in paths]
    missing = [f"{root.path}: file not found" for root in asked if not root.path.exists()]
    asked_files = {file.resolve() for root in asked for file in _files_of(root)}
    report = _read(default_roots() + tuple(asked))
    _cross_check(report)
    problems = [line for path, line in report.problems if path.resolve() in asked_files]
    return missing + first_lines(problems)


def counts(paths: Sequence[Path]) -> tuple[int, int]:
    """Number of personas and scenarios the given files/folders define (valid or not yet)."""
    report = _read(tuple(Root(Path(path)) for path in paths))
    found = [item.kind for item in report.items]
    return found.count("persona"), found.count("scenario")


@functools.lru_cache(maxsize=16)
def _load_cached(roots: tuple[Root, ...], _fingerprint: tuple[Any, ...]) -> Catalog:
    report = _read(roots)
    _cross_check(report)
    if report.problems:
        raise ContentError(first_lines(line for _path, line in report.problems))
    personas = {item.model.id: item.model for item in report.items if isinstance(item.model, Persona)}
    scenarios = [item.model for item in report.items if isinstance(item.model, Scenario)]
    scenarios.sort(key=lambda s: (s.locale != "fr", _DIFFICULTY_ORDER[s.difficulty], s.id))
    files = {(item.kind, item.model.id): item.path for item in report.items}
    return Catalog(scenarios, personas, files)


def _fingerprint(roots: Sequence[Root]) -> tuple[Any, ...]:
    """Names, sizes and times of every content file, so a file dropped or edited is picked up."""
    stamp = []
    for root in roots:
        for path in _files_of(root):
            stat = path.stat()
            stamp.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(stamp)


def _files_of(root: Root) -> list[Path]:
    if root.path.is_file():
        return [root.path]
    return list(yaml_files(root.path))


def _read(roots: Sequence[Root]) -> _Report:
    report = _Report()
    seen: set[Path] = set()
    for root in roots:
        for path in _files_of(root):
            if path.resolve() in seen:  # a folder given twice, or a user folder inside another root
                continue
            seen.add(path.resolve())
            _read_file(report, root, path)
    return report


def _read_file(report: _Report, root: Root, path: Path) -> None:
    source = str(path)
    try:
        data = read_yaml(path)
    except ContentError as error:
        report.add(path, error.problems)
        return
    kind = root.kind or _kind_from_folder(path)
    keys_kind = _kind_from_keys(data)
    if kind is None:
        kind = keys_kind
    elif keys_kind is not None and keys_kind != kind:
        report.add(
            path, [f"{source}: (top level): this looks like a {keys_kind} but sits in a {kind}s folder"]
        )
        return
    if kind is None:
        report.add(
            path,
            [
                f"{source}: (top level): neither a persona (debt:, finances:, segment:) nor a scenario "
                "(persona:, objective:, brief:)"
            ],
        )
        return
    model_type = Persona if kind == "persona" else Scenario
    try:
        model = validate(data, model_type, source)
    except ContentError as error:
        report.add(path, error.problems)
        return
    if isinstance(model, Persona):
        report.add(path, persona_problems(source, model, path))
    report.items.append(_Item(kind, model, path, root.shipped))


def _kind_from_folder(path: Path) -> Kind | None:
    for folder in path.parents:
        if folder.name in _FOLDER_KIND:
            return _FOLDER_KIND[folder.name]
    return None


def _kind_from_keys(data: Any) -> Kind | None:
    if not isinstance(data, dict):
        return None
    keys = set(data)
    looks_scenario, looks_persona = bool(keys & _SCENARIO_KEYS), bool(keys & _PERSONA_KEYS)
    if looks_scenario == looks_persona:
        return None
    return "scenario" if looks_scenario else "persona"


def _cross_check(report: _Report) -> None:
    """Duplicate ids, then each scenario against its persona; duplicates are dropped from the items."""
    first: dict[tuple[Kind, str], _Item] = {}
    kept: list[_Item] = []
    for item in report.items:
        key = (item.kind, item.model.id)
        if key in first:
            earlier = first[key]
            report.add(
                item.path, [duplicate_problem(item.kind, key[1], item.path, earlier.path, earlier.shipped)]
            )
            continue
        first[key] = item
        kept.append(item)
    report.items = kept
    personas = {item.model.id: item.model for item in kept if isinstance(item.model, Persona)}
    for item in kept:
        if isinstance(item.model, Scenario):
            report.add(item.path, scenario_problems(str(item.path), item.model, item.path, personas))
