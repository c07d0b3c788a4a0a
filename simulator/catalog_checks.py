"""Checks that span more than one field or file: voice slots, persona links, ids, locales.

Each check returns ``file: field: message`` lines; an empty list means the content is sound.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from string import Formatter

from simulator.models import Persona, Scenario

# Placeholders a line may use (the voice fills them); anything else is a typo the author must see.
ALLOWED_SLOTS: frozenset[str] = frozenset(
    {"name", "creditor", "balance", "reference", "offer", "counter", "capacity", "date", "method"}
)
LOCALES: frozenset[str] = frozenset({"fr", "en"})


def slot_problems(source: str, field: str, line: str) -> list[str]:
    """Unknown or malformed ``{slot}`` placeholders of one line."""
    try:
        parsed = list(Formatter().parse(line))
    except ValueError as error:
        return [f"{source}: {field}: malformed placeholder ({error}); write {{{{ and }}}} for literal braces"]
    problems = []
    for _literal, name, _spec, _conversion in parsed:
        if name is None:
            continue
        if name == "" or name not in ALLOWED_SLOTS:
            allowed = ", ".join("{" + slot + "}" for slot in sorted(ALLOWED_SLOTS))
            problems.append(f"{source}: {field}: unknown slot {{{name}}} (allowed: {allowed})")
    return problems


def _persona_lines(persona: Persona) -> Iterator[tuple[str, str]]:
    """Every author-written line of a persona that the voice may fill, with its field path."""
    for intent, lines in persona.voice.items():
        for index, line in enumerate(lines):
            yield f"voice.{intent}[{index}]", line
    for emotion, lines in persona.mood_lines.items():
        for index, line in enumerate(lines):
            yield f"mood_lines.{emotion}[{index}]", line
    for fact_index, fact in enumerate(persona.hidden_facts):
        for index, line in enumerate(fact.text):
            yield f"hidden_facts[{fact_index}].text[{index}]", line
    for objection_index, objection in enumerate(persona.objections):
        for index, line in enumerate(objection.lines):
            yield f"objections[{objection_index}].lines[{index}]", line
    if persona.dispute is not None:
        for index, line in enumerate(persona.dispute.details):
            yield f"dispute.details[{index}]", line


def persona_problems(source: str, persona: Persona, path: Path) -> list[str]:
    """Slot typos in a persona's lines and a locale that contradicts its folder."""
    problems: list[str] = []
    for field, line in _persona_lines(persona):
        problems.extend(slot_problems(source, field, line))
    problems.extend(_folder_locale_problems(source, persona.locale, path))
    return problems


def scenario_problems(source: str, scenario: Scenario, path: Path, personas: dict[str, Persona]) -> list[str]:
    """A scenario's links to its persona: existence, locale, and the hidden facts it asks to uncover."""
    problems = _folder_locale_problems(source, scenario.locale, path)
    persona = personas.get(scenario.persona)
    if persona is None:
        problems.append(f"{source}: persona: unknown persona '{scenario.persona}'")
        return problems
    if persona.locale != scenario.locale:
        problems.append(
            f"{source}: locale: scenario is '{scenario.locale}' but persona '{persona.id}' is '{persona.locale}'"
        )
    fact_ids = {fact.id for fact in persona.hidden_facts}
    for index, fact_id in enumerate(scenario.objective.must_uncover):
        if fact_id not in fact_ids:
            problems.append(
                f"{source}: objective.must_uncover[{index}]: "
                f"persona '{persona.id}' has no hidden fact '{fact_id}'"
            )
    return problems


def _folder_locale_problems(source: str, locale: str, path: Path) -> list[str]:
    folder = path.parent.name
    if folder in LOCALES and folder != locale:
        return [f"{source}: locale: '{locale}' but the file sits in a '{folder}/' folder"]
    return []


def duplicate_problem(kind: str, item_id: str, path: Path, first: Path, first_is_shipped: bool) -> str:
    """The message for an id defined twice; user content may not silently replace shipped content."""
    hint = " (shipped content cannot be replaced: give yours another id)" if first_is_shipped else ""
    return f"{path}: id: duplicate {kind} id '{item_id}', already defined in {first}{hint}"


def first_lines(problems: Iterable[str]) -> list[str]:
    """Problems without repeats, in their first-seen order."""
    return list(dict.fromkeys(problems))
