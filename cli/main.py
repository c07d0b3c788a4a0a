"""Entry point of the ``amiable`` console script."""

from __future__ import annotations

import sys

import typer

from amiable.content import ContentError
from cli import autoplay_cmd, play_cmd, scenarios_cmd, score_cmd, tag_cmd, tracker_cmds
from cli.errors import CliError, print_error

app = typer.Typer(
    name="amiable",
    help="Amiable: role-play training for debt-collection agents (simulated debtors, scoring, progress).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (tag_cmd, score_cmd, play_cmd, autoplay_cmd, scenarios_cmd, tracker_cmds):
    module.register(app)


def run() -> None:
    """Run the CLI, turning every known failure into one line on stderr and a non-zero exit.

    Usage errors (a missing argument, an unknown option or command, a bad value) get one line too, with the
    exit status 2, instead of typer's framed usage block.
    """
    try:
        status = app(standalone_mode=False)
    except CliError as error:
        print_error(str(error))
        sys.exit(error.exit_code)
    except ContentError as error:
        print_error(str(error))
        sys.exit(1)
    except typer.Abort:
        print_error("aborted")
        sys.exit(1)
    except KeyboardInterrupt:
        status = 130
    except Exception as error:
        usage = usage_error(error)
        if usage is None:
            raise
        message, exit_code = usage
        if message:  # empty when a group is called with nothing to do: its help is already printed
            print_error(message)
        sys.exit(exit_code)
    if status == 130:
        print_error("interrupted")
    if isinstance(status, int) and not isinstance(status, bool) and status:
        sys.exit(status)


def usage_error(error: Exception) -> tuple[str, int] | None:
    """The one-line message and exit status of a command-line usage error (an empty message when ``amiable``
    is called alone and has printed its help), None for any other exception.

    Read by duck typing: typer raises click's ``ClickException`` family, from click itself or from the copy
    it bundles, depending on its version.
    """
    format_message = getattr(error, "format_message", None)
    exit_code = getattr(error, "exit_code", None)
    if not callable(format_message) or not isinstance(exit_code, int):
        return None
    message = " ".join(str(format_message()).split())
    if not message:
        return "", exit_code
    context = getattr(error, "ctx", None)
    command = getattr(context, "command_path", None) or "amiable"
    return f"{message.rstrip('.')}. See '{command} --help'.", exit_code


if __name__ == "__main__":
    run()
