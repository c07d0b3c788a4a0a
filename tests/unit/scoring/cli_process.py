"""The command line run as a user runs it: a separate process, its output and exit status captured."""

from __future__ import annotations

import subprocess
import sys


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from cli.main import run; run()", *args],
        capture_output=True,
        text=True,
        check=False,
    )
