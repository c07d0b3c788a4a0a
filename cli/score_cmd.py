"""``amiable score``: rubric scorecards for one or many transcripts."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cli.errors import CliError, print_error

if TYPE_CHECKING:
    from scoring.facts import ScenarioFacts


class LangOption(StrEnum):
    fr = "fr"
    en = "en"


class JurisdictionOption(StrEnum):
    fr = "fr"
    us = "us"
    uk = "uk"


class FormatOption(StrEnum):
    json = "json"
    text = "text"


HELP = """Score transcripts on active listening, positive language, negotiation and compliance.

FILE is a .json, .csv or .txt transcript, '-' for JSON on stdin, or a folder (its transcripts, sorted).
One file prints one scorecard; several files (or a folder) print a JSON list in the same order.
A file that cannot be read or scored gets one line on stderr and, in the list, {"file": ..., "error": ...}
in its place; the other files are still scored and the exit status is 1 at the end.
"""


def register(app: typer.Typer) -> None:
    """Add ``score`` to ``app``."""
    app.command("score", help=HELP)(score)


def score(
    files: Annotated[
        list[str], typer.Argument(metavar="FILE...", help="Transcripts or folders ('-' = JSON on stdin).")
    ],
    lang: Annotated[
        LangOption | None, typer.Option("--lang", help="Language of the transcripts (default: detected).")
    ] = None,
    scenario: Annotated[
        str | None, typer.Option("--scenario", help="Scenario id whose hidden facts to judge against.")
    ] = None,
    jurisdiction: Annotated[
        JurisdictionOption | None,
        typer.Option(
            "--jurisdiction",
            help="Compliance rules (default: scenario's, else fr for French, us for English).",
        ),
    ] = None,
    output_format: Annotated[
        FormatOption, typer.Option("--format", help="json (default) or a readable text report.")
    ] = FormatOption.json,
) -> None:
    from scoring.transcript_io import TranscriptError, expand_paths

    try:
        paths = expand_paths(files)
    except TranscriptError as error:
        raise CliError(str(error)) from None
    as_list = len(paths) > 1 or any(Path(f).is_dir() for f in files if f != "-")
    facts_cache: dict[str, ScenarioFacts] = {}
    fixed_facts = _facts(scenario, facts_cache, "--scenario") if scenario else None

    results: list[dict[str, Any]] = []
    reports: list[str] = []
    failed = 0
    for path in paths:
        try:
            card = _score_one(path, lang, jurisdiction, fixed_facts, facts_cache)
        except (TranscriptError, _FileError) as error:
            if not as_list:
                raise CliError(str(error)) from None
            print_error(str(error))
            results.append({"file": path, "error": getattr(error, "problem", str(error))})
            reports.append(f"== {path} ==\n{error}\n")
            failed += 1
            continue
        results.append(card.to_json_dict())
        if output_format is FormatOption.text:
            from scoring.report import render_text

            report = render_text(card, card.lang)
            reports.append(f"== {path} ==\n{report}" if as_list else report)

    if output_format is FormatOption.text:
        sys.stdout.write("\n".join(reports))
    else:
        payload: Any = results if as_list else results[0]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    if failed:
        raise CliError(f"{failed} of {len(paths)} file(s) could not be scored")


class _FileError(Exception):
    def __init__(self, source: str, problem: str) -> None:
        self.problem = problem
        super().__init__(f"{source}: {problem}")


def _facts(scenario_id: str, cache: dict[str, ScenarioFacts], where: str) -> ScenarioFacts:
    if scenario_id in cache:
        return cache[scenario_id]
    from amiable.content import ContentError

    try:
        from simulator.facts import scenario_facts
    except ImportError:
        raise CliError(f"{where}: the scenario catalogue is not available") from None
    try:
        facts = scenario_facts(scenario_id)
    except (KeyError, ContentError) as error:
        message = str(error).strip("'\"") or f"unknown scenario {scenario_id!r}"
        raise CliError(f"{where}: {message}") from None
    cache[scenario_id] = facts
    return facts


def _score_one(
    path: str,
    lang: LangOption | None,
    jurisdiction: JurisdictionOption | None,
    fixed_facts: ScenarioFacts | None,
    cache: dict[str, ScenarioFacts],
):  # type: ignore[no-untyped-def]
    from scoring.scorer import score_transcript
    from scoring.transcript_io import read_transcript

    transcript = read_transcript(path)
    if not transcript.turns:
        raise _FileError(path, "no turns to score")
    facts = fixed_facts
    if facts is None and transcript.scenario:
        try:
            facts = _facts(transcript.scenario, cache, path)
        except CliError as error:
            raise _FileError(path, str(error).split(": ", 1)[-1]) from None
    return score_transcript(
        transcript,
        lang=lang.value if lang else None,
        facts=facts,
        jurisdiction=jurisdiction.value if jurisdiction else None,
    )
