"""Read transcripts in the three formats of DESIGN §2 (JSON, CSV, plain text), with one-line errors."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scoring.transcript import Speaker, Transcript, Turn

SUFFIXES = (".json", ".csv", ".txt")

_AGENT_NAMES = ("agent", "conseiller", "conseillère", "collector", "trainee")
_DEBTOR_NAMES = ("débiteur", "débitrice", "debtor", "client", "cliente", "customer")
# Tab and newline survive; every other control character is dropped.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


SPEAKER_ALIASES: dict[str, Speaker] = {_fold(n): "agent" for n in _AGENT_NAMES} | {
    _fold(n): "debtor" for n in _DEBTOR_NAMES
}


class TranscriptError(Exception):
    """A transcript cannot be read; ``str()`` is one line, ``FILE: problem``."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}".replace("\n", " "))


def speaker_of(name: object) -> Speaker | None:
    """The canonical speaker for a name or alias (case and accents ignored), else None."""
    if not isinstance(name, str):
        return None
    return SPEAKER_ALIASES.get(_fold(name))


def clean_text(text: str) -> str:
    return _CONTROL.sub("", text).strip()


def _decode(data: bytes, source: str) -> str:
    if b"\x00" in data:
        raise TranscriptError(source, "binary data, not a transcript")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TranscriptError(source, f"not UTF-8 text (byte {exc.start})") from None
    if not text.strip():
        raise TranscriptError(source, "empty file")
    return text


def _turn(speaker: object, text: object, source: str, where: str) -> Turn:
    canonical = speaker_of(speaker)
    if canonical is None:
        raise TranscriptError(source, f"{where}: unknown speaker {speaker!r} (expected agent or debtor)")
    if not isinstance(text, str):
        raise TranscriptError(source, f"{where}: text must be a string")
    return Turn(speaker=canonical, text=clean_text(text))


def _parse_json(text: str, source: str) -> Transcript:
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TranscriptError(source, f"line {exc.lineno}: malformed JSON ({exc.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("turns"), list):
        raise TranscriptError(source, 'wrong shape: expected an object with a "turns" list')
    lang = data.get("lang")
    if lang is not None and lang not in ("fr", "en"):
        raise TranscriptError(source, f'"lang" must be "fr" or "en", not {lang!r}')
    scenario = data.get("scenario")
    if scenario is not None and not isinstance(scenario, str):
        raise TranscriptError(source, '"scenario" must be a string')
    turns = []
    for i, item in enumerate(data["turns"]):
        if not isinstance(item, dict) or "speaker" not in item or "text" not in item:
            raise TranscriptError(source, f'turn {i}: expected an object with "speaker" and "text"')
        turns.append(_turn(item["speaker"], item["text"], source, f"turn {i}"))
    return Transcript(lang=lang, scenario=scenario, turns=turns)


def _parse_csv(text: str, source: str) -> Transcript:
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as exc:
        raise TranscriptError(source, f"malformed CSV ({exc})") from None
    header = [h.strip().lower() for h in rows[0]]
    if "speaker" not in header or "text" not in header:
        raise TranscriptError(source, "line 1: CSV header must contain speaker and text columns")
    s_col, t_col = header.index("speaker"), header.index("text")
    turns = []
    for line_no, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(s_col, t_col):
            raise TranscriptError(source, f"line {line_no}: missing speaker or text column")
        turns.append(_turn(row[s_col], row[t_col], source, f"line {line_no}"))
    return Transcript(turns=turns)


def _parse_txt(text: str, source: str) -> Transcript:
    turns = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        name, sep, said = line.partition(":")
        if not sep or speaker_of(name) is None:
            raise TranscriptError(
                source, f"line {line_no}: no known speaker (expected 'Agent: …' or 'Débiteur: …')"
            )
        turns.append(_turn(name, said, source, f"line {line_no}"))
    return Transcript(turns=turns)


_PARSERS = {".json": _parse_json, ".csv": _parse_csv, ".txt": _parse_txt}


def parse_transcript(data: bytes, source: str, suffix: str) -> Transcript:
    """Parse raw bytes in the format named by ``suffix`` (``.json``, ``.csv`` or ``.txt``)."""
    parser = _PARSERS.get(suffix.lower())
    if parser is None:
        raise TranscriptError(
            source, f"unsupported file type {suffix or '(none)'!r}; use .json, .csv or .txt"
        )
    transcript = parser(_decode(data, source), source)
    if not transcript.turns:
        raise TranscriptError(source, "no turns in transcript")
    return transcript


def read_transcript(path: str | Path) -> Transcript:
    """Read one transcript; ``'-'`` reads JSON from stdin. Raises ``TranscriptError``."""
    if str(path) == "-":
        return parse_transcript(sys.stdin.buffer.read(), "<stdin>", ".json")
    file = Path(path)
    source = str(path)
    if file.is_dir():
        raise TranscriptError(source, "is a folder, not a transcript file")
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise TranscriptError(source, "file not found") from None
    except OSError as exc:
        raise TranscriptError(source, f"cannot read ({exc.strerror})") from None
    return parse_transcript(data, source, file.suffix)


def expand_paths(paths: Sequence[str]) -> list[str]:
    """Folders expand to their .json/.csv/.txt files (sorted); other paths are kept as given."""
    expanded: list[str] = []
    for path in paths:
        folder = Path(path)
        if path != "-" and folder.is_dir():
            found = sorted(str(p) for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not found:
                raise TranscriptError(path, "folder holds no .json, .csv or .txt transcript")
            expanded.extend(found)
        else:
            expanded.append(path)
    return expanded
