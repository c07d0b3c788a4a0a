"""Reading transcripts in JSON, CSV and plain text, and the one-line errors on bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from scoring.transcript_io import TranscriptError, expand_paths, read_transcript


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_json_transcript_keeps_lang_scenario_and_turns(tmp_path: Path) -> None:
    data = {
        "lang": "fr",
        "scenario": "s1",
        "turns": [{"speaker": "agent", "text": "Bonjour"}, {"speaker": "Débiteur", "text": "Oui ?"}],
    }
    t = read_transcript(write(tmp_path, "a.json", json.dumps(data)))
    assert (t.lang, t.scenario) == ("fr", "s1")
    assert [x.speaker for x in t.turns] == ["agent", "debtor"]


def test_csv_with_extra_columns_and_aliases(tmp_path: Path) -> None:
    t = read_transcript(
        write(tmp_path, "a.csv", 'time,speaker,text\n1,Conseillère,Bonjour\n2,customer,"Oui, c\'est moi"\n')
    )
    assert [(x.speaker, x.text) for x in t.turns] == [("agent", "Bonjour"), ("debtor", "Oui, c'est moi")]


def test_txt_accepts_the_design_names_in_any_case_and_skips_blank_lines(tmp_path: Path) -> None:
    text = "CONSEILLER: Bonjour\n\ndébitrice: Oui ?\nTrainee: Merci : à bientôt\nClient: Au revoir\n"
    t = read_transcript(write(tmp_path, "a.txt", text))
    assert [x.speaker for x in t.turns] == ["agent", "debtor", "agent", "debtor"]
    assert t.turns[2].text == "Merci : à bientôt"


def test_a_utf8_bom_is_accepted(tmp_path: Path) -> None:
    t = read_transcript(write(tmp_path, "a.txt", "\ufeffAgent: Bonjour\n".encode()))
    assert t.turns[0].text == "Bonjour"


def test_control_characters_are_stripped_and_long_texts_survive(tmp_path: Path) -> None:
    long = "mot " * 20000
    t = read_transcript(
        write(
            tmp_path,
            "a.json",
            json.dumps({"turns": [{"speaker": "agent", "text": "Bon\x07jour\tà\nvous " + long}]}),
        )
    )
    assert t.turns[0].text.startswith("Bonjour\tà\nvous")


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.json", "", "empty file"),
        ("blank.txt", "  \n\n", "empty file"),
        ("speaker.txt", "Agent: Bonjour\nBob: salut\n", "line 2"),
        ("speaker.json", '{"turns": [{"speaker": "robot", "text": "x"}]}', "turn 0: unknown speaker"),
        ("speaker.csv", "speaker,text\nagent,ok\nrobot,x\n", "line 3: unknown speaker"),
        ("latin1.txt", "Agent: r\xe9sum\xe9\n".encode("latin-1"), "not UTF-8"),
        ("broken.json", '{"turns": [', "malformed JSON"),
        ("shape.json", "[1, 2]", "wrong shape"),
        ("header.csv", "who,what\nagent,x\n", "header"),
        ("broken.csv", 'speaker,text\nagent,"unterminated\n', "malformed CSV"),
        ("binary.json", b"\x00\x01\x02PK", "binary"),
        ("notes.docx", "Agent: x", "unsupported file type"),
    ],
)
def test_bad_input_gives_one_line_naming_the_file(
    tmp_path: Path, name: str, content: str | bytes, problem: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(TranscriptError) as caught:
        read_transcript(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert problem in message
    assert "\n" not in message


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(TranscriptError, match="file not found"):
        read_transcript(tmp_path / "nope.json")


def test_dash_reads_json_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    payload = json.dumps({"turns": [{"speaker": "agent", "text": "Hello"}]}).encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(payload)))
    assert read_transcript("-").turns[0].text == "Hello"


def test_folders_expand_to_their_sorted_transcripts(tmp_path: Path) -> None:
    for name in ("b.txt", "a.json", "c.csv", "notes.md"):
        write(tmp_path, name, "x")
    assert expand_paths([str(tmp_path), "other.json"]) == [
        str(tmp_path / n) for n in ("a.json", "b.txt", "c.csv")
    ] + ["other.json"]


def test_a_folder_without_transcripts_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(TranscriptError, match=r"no \.json"):
        expand_paths([str(tmp_path)])
