"""One clear line on stderr and a non-zero exit: how every command reports bad input."""

from __future__ import annotations

import sys
from typing import NoReturn


class CliError(Exception):
    """A user-facing failure; ``str(error)`` is the whole message."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def fail(message: str, exit_code: int = 1) -> NoReturn:
    raise CliError(message, exit_code)


def print_error(message: str) -> None:
    for line in message.splitlines() or [message]:
        print(f"amiable: {line}" if not line.startswith("amiable:") else line, file=sys.stderr)
