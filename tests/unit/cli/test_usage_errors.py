"""Usage errors through the installed console script: one line on stderr, exit status 2, no framed block."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import usage_error

AMIABLE = Path(sys.executable).parent / "amiable"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    if not AMIABLE.exists():
        pytest.skip(f"console script not installed at {AMIABLE}")
    return subprocess.run([str(AMIABLE), *args], capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("score",), "Missing argument 'FILE...'. See 'amiable score --help'."),
        (("score", "--lang", "xx", "call.txt"), "Invalid value for '--lang'"),
        (("score", "--nope", "call.txt"), "No such option: --nope. See 'amiable score --help'."),
        (("nosuch",), "No such command 'nosuch'. See 'amiable --help'."),
    ],
)
def test_a_usage_error_is_one_line_on_stderr_with_exit_status_2(args: tuple[str, ...], said: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("amiable: ") and said in lines[0]


def test_amiable_alone_prints_its_help_and_exits_with_status_2() -> None:
    result = run()
    assert result.returncode == 2
    assert "Usage: amiable" in result.stdout + result.stderr
    assert "score" in result.stdout + result.stderr


def test_help_still_exits_cleanly() -> None:
    result = run("score", "--help")
    assert result.returncode == 0
    assert "Usage: amiable score" in result.stdout


def test_other_exceptions_are_not_taken_for_usage_errors() -> None:
    assert usage_error(ValueError("boom")) is None
