"""``amiable score``: rubric scorecards for one or many transcripts."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cli.errors import CliError, print_error

if TYPE_CHECKING:
    from scoring.facts import ScenarioFacts
    from scoring.scorecard import Scorecard


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
    facts_file: Annotated[
        Path | None,
        typer.Option(
            "--facts",
            help="YAML or JSON file of facts known about every call, e.g. 'consumer: false' for business debtors.",
        ),
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
    _FACTS_CACHE.clear()  # scenario facts are read afresh by each command
    if scenario and facts_file:
        raise CliError("--scenario and --facts both give the calls' facts: use one of them", exit_code=2)
    fixed_facts = _facts(scenario, _FACTS_CACHE, "--scenario") if scenario else None
    if facts_file is not None:
        fixed_facts = _facts_from_file(facts_file)
    job = _Job(
        lang.value if lang else None,
        jurisdiction.value if jurisdiction else None,
        fixed_facts,
        output_format is FormatOption.text,
    )

    items: list[str] = []  # one JSON text or text report per file, in order
    failed = 0
    for path, outcome in zip(paths, _outcomes(job, paths), strict=True):
        if isinstance(outcome, _Failure):
            if not as_list:
                raise CliError(outcome.message) from None
            print_error(outcome.message)
            failed += 1
            if job.text:
                items.append(f"== {path} ==\n{outcome.message}\n")
            else:
                items.append(_json({"file": path, "error": outcome.problem}))
            continue
        items.append(f"== {path} ==\n{outcome}" if job.text and as_list else outcome)

    if job.text:
        sys.stdout.write("\n".join(items))
    else:
        sys.stdout.write((_json_list(items) if as_list else items[0]) + "\n")
    if failed:
        raise CliError(f"{failed} of {len(paths)} file(s) could not be scored")


# From about this many files, worker processes pay off their start-up (a fork each, plus compiling the
# content of a language the first file did not use).
POOL_MIN_FILES = 12
_CHUNKS_PER_WORKER = 4
_FACTS_CACHE: dict[str, ScenarioFacts] = {}


@dataclass(frozen=True)
class _Job:
    lang: str | None
    jurisdiction: str | None
    fixed_facts: ScenarioFacts | None
    text: bool


@dataclass(frozen=True)
class _Failure:
    message: str  # "FILE: problem", as printed
    problem: str  # what the JSON list records for the file


class _Unexpected:
    """A worker met an error that is not about the file: the parent scores that file again to raise it."""


def _outcomes(job: _Job, paths: list[str]) -> Iterator[str | _Failure]:
    """Each file's JSON text or report (or its failure), in order; several worker processes when it pays."""
    workers = min(os.cpu_count() or 1, len(paths) // max(1, POOL_MIN_FILES // 2) or 1)
    if len(paths) < POOL_MIN_FILES or workers < 2 or "-" in paths:  # stdin is read by this process
        for path in paths:
            yield _outcome(job, path)
        return
    # The first file is scored here: the content it loads and compiles is then shared by the forked workers.
    yield _outcome(job, paths[0])
    rest = paths[1:]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context(
        "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    )
    chunksize = max(1, -(-len(rest) // (workers * _CHUNKS_PER_WORKER)))
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_ignore_interrupts)
    try:
        for path, outcome in zip(
            rest, pool.map(_pooled_outcome, [job] * len(rest), rest, chunksize=chunksize), strict=True
        ):
            yield _outcome(job, path) if isinstance(outcome, _Unexpected) else outcome
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _ignore_interrupts() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to report


def _pooled_outcome(job: _Job, path: str) -> str | _Failure | _Unexpected:
    try:
        return _outcome(job, path)
    except Exception:  # reproduced in the parent, with its usual message, by scoring the file again there
        return _Unexpected()


def _outcome(job: _Job, path: str) -> str | _Failure:
    from scoring.transcript_io import TranscriptError

    try:
        card = _score_one(path, job.lang, job.jurisdiction, job.fixed_facts, _FACTS_CACHE)
    except (TranscriptError, _FileError) as error:
        return _Failure(str(error), getattr(error, "problem", str(error)))
    if job.text:
        from scoring.report import render_text

        return render_text(card, card.lang)
    return card.to_json_text()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _json_list(items: list[str]) -> str:
    """``json.dumps(list, indent=2)`` from the items' own indented texts (JSON strings hold no raw newline)."""
    if not items:
        return "[]"
    return "[\n  " + ",\n  ".join(item.replace("\n", "\n  ") for item in items) + "\n]"


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


def _facts_from_file(path: Path) -> ScenarioFacts:
    """Facts a quality team knows about all its calls; a field left out keeps its default."""
    from amiable.content import ContentError, load_model
    from scoring.facts import ScenarioFacts

    try:
        return load_model(path, ScenarioFacts)
    except ContentError as error:
        raise CliError(f"--facts {error.problems[0]}", exit_code=2) from None


def _score_one(
    path: str,
    lang: str | None,
    jurisdiction: str | None,
    fixed_facts: ScenarioFacts | None,
    cache: dict[str, ScenarioFacts],
) -> Scorecard:
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
    return score_transcript(transcript, lang=lang, facts=facts, jurisdiction=jurisdiction)  # type: ignore[arg-type]
