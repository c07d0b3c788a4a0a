"""`amiable scenarios list|validate`: what can be played, and whether authored content is sound."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from amiable.content import ContentError
from amiable.paths import user_content_folder
from cli.errors import CliError


def _user_folder_help() -> str:
    return (
        f"Trainers add content by dropping YAML files in {user_content_folder('scenarios')} "
        f"and {user_content_folder('personas')} (set AMIABLE_DATA_DIR to move them)."
    )


scenarios_app = typer.Typer(
    help="List the scenarios and check personas/scenarios written in YAML.",
    no_args_is_help=True,
)


LOCALES = ("fr", "en")


@scenarios_app.command("list", epilog="Your own scenarios: $AMIABLE_DATA_DIR/scenarios/ (see the footer).")
def list_scenarios(
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list instead of a table.")] = False,
    locale: Annotated[str | None, typer.Option("--locale", help="Only this language: fr or en.")] = None,
) -> None:
    """List shipped and user scenarios (id, locale, difficulty, persona, title)."""
    if locale is not None and locale not in LOCALES:
        raise CliError(f"--locale: '{locale}' is not one of {', '.join(LOCALES)}")
    try:
        from simulator.catalog import load_catalog

        catalog = load_catalog()
    except ContentError as error:
        raise CliError(
            "\n".join([*error.problems, "fix these files (`amiable scenarios validate`)"])
        ) from None
    rows = [
        {
            "id": scenario.id,
            "locale": scenario.locale,
            "difficulty": scenario.difficulty,
            "persona": scenario.persona,
            "title": scenario.title,
        }
        for scenario in catalog.scenarios
        if locale is None or scenario.locale == locale
    ]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    typer.echo(_table(rows))
    typer.echo("")
    typer.echo(_user_folder_help())


def _table(rows: list[dict[str, str]]) -> str:
    columns = ["id", "locale", "difficulty", "persona", "title"]
    if not rows:
        return "no scenario"
    widths = {column: max(len(column), *(len(row[column]) for row in rows)) for column in columns}
    lines = ["  ".join(column.ljust(widths[column]) for column in columns).rstrip()]
    lines += ["  ".join(row[column].ljust(widths[column]) for column in columns).rstrip() for row in rows]
    return "\n".join(lines)


@scenarios_app.command("validate")
def validate_content(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or folders to check (default: shipped content and your user folders)."),
    ] = None,
) -> None:
    """Check personas and scenarios; one `file: field: message` line per problem, exit 1 if any."""
    from simulator.catalog import counts, default_roots, validate_paths

    targets = list(paths) if paths else [root.path for root in default_roots() if root.path.exists()]
    problems = validate_paths(targets)
    if problems:
        for line in problems:
            typer.echo(line)
        raise CliError(f"{len(problems)} problem(s) found")
    personas, scenarios = counts(targets)
    typer.echo(f"{personas} personas, {scenarios} scenarios: all valid")


def register(app: typer.Typer) -> None:
    """Add `amiable scenarios …` to ``app``."""
    scenarios_app.info.epilog = _user_folder_help()
    app.add_typer(scenarios_app, name="scenarios")
