"""Tracker commands: ``demo-data``, ``export`` and ``users`` (account administration).

The person at the terminal owns the database file, so these commands run with administrator rights,
except ``export --as USER`` which limits the export to what that user may read.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cli.errors import CliError
from tracker.roles import ROLES

if TYPE_CHECKING:
    from tracker.unit_of_work import UnitOfWork

users_app = typer.Typer(
    help="Account administration: add, list, disable, enable, delete.", no_args_is_help=True
)


@contextlib.contextmanager
def _user_errors() -> Iterator[None]:
    from tracker.errors import TrackerError

    try:
        yield
    except TrackerError as error:
        raise CliError(str(error)) from None


def _unit_of_work() -> UnitOfWork:
    from sqlalchemy.exc import OperationalError

    from tracker.config import database_url, redacted
    from tracker.db import init_database
    from tracker.unit_of_work import UnitOfWork

    url = database_url()
    try:
        return UnitOfWork(init_database(url))
    except OperationalError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        raise CliError(f"cannot open the database {redacted(url)}: {reason}") from None


def _parse_date(value: str | None, option: str) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.combine(date.fromisoformat(value), datetime.min.time())
    except ValueError:
        raise CliError(f"invalid date for {option}: {value!r}; use YYYY-MM-DD") from None


def demo_data(
    password: Annotated[
        str | None,
        typer.Option(
            help="Password of every demo account (default: AMIABLE_DEMO_PASSWORD, else a generated one).",
            envvar="AMIABLE_DEMO_PASSWORD",
            show_envvar=True,
        ),
    ] = None,
    weeks: Annotated[int, typer.Option(min=1, max=52, help="Weeks of simulated practice.")] = 6,
    trainees: Annotated[
        int, typer.Option(min=2, max=200, help="Number of trainees (split in two teams).")
    ] = 8,
) -> None:
    """Fill the database with a demo organisation and a practice history played by the simulator."""
    from tracker import demo
    from tracker.errors import TrackerError

    uow = _unit_of_work()
    plan = demo.DemoPlan(trainees=trainees, weeks=weeks)
    try:
        result = demo.build(uow, plan, password=password, progress=_progress)
    except demo.DemoAlreadyPresent as error:
        print(f"amiable: {error}", file=sys.stderr)
        return
    except TrackerError as error:
        raise CliError(str(error)) from None
    print(file=sys.stderr)
    print(
        f"demo organisation created: {result.sessions} practice sessions, {result.mentoring} mentoring sessions"
    )
    for account in result.accounts:
        print(f"{account.username}\t{account.role}\t{' '.join(account.teams)}")
    if result.generated_password:
        print(f"password of every demo account: {result.password}")
    else:
        print("password of every demo account: the one you gave")


def _progress(done: int, total: int, label: str) -> None:
    print(f"\rplaying {done}/{total} {label[:60]:<60}", end="", file=sys.stderr, flush=True)


def export(
    fmt: Annotated[str, typer.Option("--format", help="csv or xapi (a JSON list of xAPI statements).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    team: Annotated[str | None, typer.Option(help="Only this team's trainees.")] = None,
    since: Annotated[
        str | None, typer.Option(help="Only sessions started on or after this date (YYYY-MM-DD).")
    ] = None,
    as_user: Annotated[str | None, typer.Option("--as", help="Export only what this user may read.")] = None,
) -> None:
    """Export practice sessions and scores for a spreadsheet, an LMS or an LRS."""
    from tracker.authz import OPERATOR
    from tracker.services import accounts
    from tracker.services import export as exporting

    if fmt not in exporting.FORMATS:
        raise CliError(f"unknown format {fmt!r}: choose csv or xapi")
    start = _parse_date(since, "--since")
    if not output.parent.exists():
        raise CliError(f"{output}: folder {output.parent} does not exist")
    uow = _unit_of_work()
    with _user_errors():
        actor = accounts.actor_for(uow, as_user) if as_user else OPERATOR
        rows = exporting.export_rows(uow, actor, team=team, since=start)
        content = exporting.render(rows, fmt)
    try:
        output.write_text(content, encoding="utf-8")
    except OSError as error:
        raise CliError(f"{output}: cannot write: {error.strerror}") from None
    print(f"{len(rows)} sessions exported", file=sys.stderr)
    print(output)


@users_app.command("add")
def users_add(
    username: Annotated[str, typer.Argument(help="Login name (lower-case letters, digits, '.', '_', '-').")],
    role: Annotated[str, typer.Option(help=f"One of: {', '.join(ROLES)}.")] = "trainee",
    team: Annotated[list[str] | None, typer.Option(help="Team to join (repeat for several).")] = None,
    display_name: Annotated[str, typer.Option(help="Name shown in the app.")] = "",
    password: Annotated[
        str,
        typer.Option(
            prompt=True,
            hide_input=True,
            confirmation_prompt=True,
            envvar="AMIABLE_NEW_PASSWORD",
            help="Asked when not given (or read from AMIABLE_NEW_PASSWORD).",
        ),
    ] = "",
) -> None:
    """Create an account."""
    from tracker.authz import OPERATOR
    from tracker.services import accounts

    uow = _unit_of_work()
    with _user_errors():
        user = accounts.create_user(uow, OPERATOR, username, password, role, display_name, teams=team or ())
    print(f"created {user.username} ({user.role}){' in ' + ', '.join(user.teams) if user.teams else ''}")


@users_app.command("list")
def users_list(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """List every account with its role, state and teams."""
    from tracker.authz import OPERATOR
    from tracker.services import accounts

    uow = _unit_of_work()
    with _user_errors():
        users = accounts.list_users(uow, OPERATOR)
    if as_json:
        keys = ("username", "display_name", "role", "active", "teams")
        print(json.dumps([{k: getattr(u, k) for k in keys} for u in users], ensure_ascii=False, indent=2))
        return
    for user in users:
        state = "active" if user.active else "disabled"
        print(f"{user.username}\t{user.role}\t{state}\t{','.join(user.teams)}")


@users_app.command("disable")
def users_disable(username: str) -> None:
    """Disable an account: it can no longer sign in; its history is kept."""
    _set_active(username, False)


@users_app.command("enable")
def users_enable(username: str) -> None:
    """Enable a disabled account again."""
    _set_active(username, True)


def _set_active(username: str, active: bool) -> None:
    from tracker.authz import OPERATOR
    from tracker.services import accounts

    uow = _unit_of_work()
    with _user_errors():
        user = accounts.set_active(uow, OPERATOR, username, active)
    print(f"{user.username} {'enabled' if user.active else 'disabled'}")


@users_app.command("delete")
def users_delete(username: str) -> None:
    """Delete an account that has no history (an account with history can only be disabled)."""
    from tracker.authz import OPERATOR
    from tracker.services import accounts

    uow = _unit_of_work()
    with _user_errors():
        accounts.delete_user(uow, OPERATOR, username)
    print(f"{username} deleted")


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("demo-data")(demo_data)
    app.command("export")(export)
    app.add_typer(users_app, name="users")
