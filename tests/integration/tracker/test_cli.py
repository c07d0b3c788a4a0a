from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

from cli.main import run
from tests.integration.tracker.autoplay_double import play_double
from tracker import demo


@pytest.fixture
def amiable(database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run the ``amiable`` command in-process on the test database; returns (exit code, stdout, stderr)."""
    monkeypatch.setenv("DATABASE_URL", database_url)

    def invoke(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "argv", ["amiable", *args])
        code = 0
        try:
            run()
        except SystemExit as done:
            code = int(done.code or 0)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture
def demo_org(amiable, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(demo, "_default_player", lambda: play_double)
    code, out, err = amiable("demo-data", "--password", "Demo-pass-2026", "--weeks", "4", "--trainees", "4")
    assert code == 0, err
    return out, err


def test_users_add_list_disable_round_trip(amiable, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMIABLE_NEW_PASSWORD", "Recouvrement-7")
    assert amiable("users", "add", "dana", "--role", "manager")[0] == 0
    code, out, _ = amiable("users", "disable", "dana")
    assert code == 0 and "dana disabled" in out
    code, out, _ = amiable("users", "list", "--json")
    assert json.loads(out) == [
        {"username": "dana", "display_name": "dana", "role": "manager", "active": False, "teams": []}
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["users", "add", "erin", "--password", "weakpass"], "at least 10 characters"),
        (["users", "add", "erin", "--password", "Strong-pass-1", "--team", "west"], "unknown team 'west'"),
        (["users", "add", "erin", "--password", "Strong-pass-1", "--role", "boss"], "unknown role"),
        (["users", "disable", "nobody"], "unknown user 'nobody'"),
        (["export", "--format", "csv", "--output", "out.csv"], "no practice sessions to export"),
        (["export", "--format", "pdf", "--output", "out.csv"], "unknown format"),
        (
            ["export", "--format", "csv", "--since", "2026-13-01", "--output", "out.csv"],
            "invalid date for --since",
        ),
    ],
)
def test_bad_input_gives_one_clear_line_and_a_non_zero_exit(amiable, args: list[str], message: str) -> None:
    code, _, err = amiable(*args)
    assert code != 0 and message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert amiable("users", "list")[1] == ""  # nothing was created


def test_demo_data_plays_a_history_and_prints_the_accounts(demo_org, amiable) -> None:
    out, err = demo_org
    assert "playing 32/32" in err
    for name in ("admin", "manager1", "trainer1", "trainee1", "trainee4"):
        assert f"\n{name}\t" in "\n" + out
    assert "Demo-pass-2026" not in out


def test_re_running_demo_data_changes_nothing_and_says_so(demo_org, amiable) -> None:
    code, _, err = amiable("demo-data", "--password", "Demo-pass-2026")
    assert code == 0 and "already in this database" in err, err


def test_the_demo_trainees_improve_over_the_weeks(demo_org, amiable, tmp_path: Path) -> None:
    output = tmp_path / "sessions.csv"
    assert amiable("export", "--format", "csv", "--output", str(output))[0] == 0
    rows = list(csv.DictReader(output.open(encoding="utf-8")))
    assert len(rows) == 32 and all(r["status"] == "finished" for r in rows)
    first, last = rows[: len(rows) // 2], rows[len(rows) // 2 :]
    mean = lambda part: sum(float(r["overall"]) for r in part) / len(part)  # noqa: E731
    assert mean(last) > mean(first)


def test_export_writes_xapi_for_one_team_and_prints_the_file(demo_org, amiable, tmp_path: Path) -> None:
    output = tmp_path / "statements.json"
    code, out, _ = amiable("export", "--format", "xapi", "--team", "nord", "--output", str(output))
    assert code == 0 and out.strip() == str(output)
    statements = json.loads(output.read_text(encoding="utf-8"))
    assert len(statements) == 16
    assert {s["actor"]["account"]["name"] for s in statements} == {"trainee1", "trainee3"}
    assert all(0.0 <= s["result"]["score"]["scaled"] <= 1.0 for s in statements)


def test_export_as_a_trainer_outside_the_team_is_refused(demo_org, amiable, tmp_path: Path) -> None:
    code, _, err = amiable(
        "export", "--format", "csv", "--team", "nord", "--as", "trainer2", "-o", str(tmp_path / "x")
    )
    assert code == 1 and "does not follow this team" in err
    assert not (tmp_path / "x").exists()
