"""``amiable tag FILE… [--lang fr|en]``: the dialogue acts of every agent turn, as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from cli.errors import CliError, print_error
from scoring.transcript_io import TranscriptError, expand_paths, read_transcript

HELP = """Tag every agent turn of one or more transcripts with dialogue acts (JSON on stdout).

FILE is a .json, .csv or .txt transcript, a folder (its transcript files, sorted) or '-' (JSON on stdin).
One file prints {"turns": [{"index", "speaker", "text", "acts"}, …]} with one entry per agent turn
(index = position in the transcript); several files print a JSON list of those objects, in order.

A file that cannot be read is reported on stderr (one line naming the file) and left out of the list;
the other files are still tagged, and the command exits with status 1 at the end.
"""


def tag_file(path: str, lang: str | None) -> dict[str, Any]:
    from scoring.tagger import tag_transcript

    transcript = read_transcript(path)
    _, tagged = tag_transcript(transcript, lang)  # type: ignore[arg-type]
    return {
        "turns": [
            {"index": t.index, "speaker": t.speaker, "text": t.text, "acts": list(t.acts)}
            for t in tagged
            if t.speaker == "agent"
        ]
    }


def tag(
    files: Annotated[
        list[str], typer.Argument(metavar="FILE…", help="Transcript files, folders, or '-' for stdin.")
    ],
    lang: Annotated[
        str | None, typer.Option("--lang", help="fr or en (default: the transcript's, else detected).")
    ] = None,
) -> None:
    if lang is not None and lang not in ("fr", "en"):
        raise CliError(f"--lang must be fr or en, not {lang!r}")
    try:
        paths = expand_paths(files)
    except TranscriptError as error:
        raise CliError(str(error)) from None
    single = (len(files) == 1 and files[0] != "-" and not Path(files[0]).is_dir()) or files == ["-"]
    results: list[dict[str, Any]] = []
    failed = 0
    for path in paths:
        try:
            results.append(tag_file(path, lang))
        except TranscriptError as error:
            if single:
                raise CliError(str(error)) from None
            print_error(str(error))
            failed += 1
    output: Any = results[0] if single else results
    typer.echo(json.dumps(output, ensure_ascii=False, indent=2))
    if failed:
        raise CliError(f"{failed} of {len(paths)} files could not be tagged")


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("tag", help=HELP)(tag)
