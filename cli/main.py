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

    Typer's standalone mode already reports usage errors (exit 2) and honours ``typer.Exit``.
    """
    try:
        app()
    except CliError as error:
        print_error(str(error))
        sys.exit(error.exit_code)
    except ContentError as error:
        print_error(str(error))
        sys.exit(1)
    except KeyboardInterrupt:
        print_error("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    run()
