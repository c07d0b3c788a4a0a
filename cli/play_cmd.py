"""`amiable play SCENARIO_ID`: role-play a call in the terminal, then read the debrief."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from cli.errors import CliError

if TYPE_CHECKING:
    from simulator.engine import Conversation

TEXT = {
    "fr": {
        "brief": "Votre mission",
        "objective": "Objectif",
        "how": "Tapez vos répliques (Entrée pour envoyer). /quit pour raccrocher.",
        "debtor": "Débiteur",
        "you": "Vous",
        "ended": "— Fin de l'appel —",
        "outcome": "Issue",
        "met": "Objectif atteint",
        "yes": "oui",
        "no": "non",
        "causes": "Ce qui a fait bouger le débiteur",
    },
    "en": {
        "brief": "Your brief",
        "objective": "Objective",
        "how": "Type your replies (Enter to send). /quit to hang up.",
        "debtor": "Debtor",
        "you": "You",
        "ended": "— Call ended —",
        "outcome": "Outcome",
        "met": "Objective met",
        "yes": "yes",
        "no": "no",
        "causes": "What moved the debtor",
    },
}


def play(
    scenario_id: Annotated[str, typer.Argument(help="Scenario id (see `amiable scenarios list`).")],
    seed: Annotated[int, typer.Option("--seed", help="Seed: same seed and messages, same conversation.")] = 0,
    lang_ui: Annotated[
        str | None, typer.Option("--lang-ui", help="Language of the interface: fr or en.")
    ] = None,
) -> None:
    """Role-play a call with a simulated debtor in the terminal, then read the debrief."""
    from simulator.catalog import load_catalog

    if lang_ui is not None and lang_ui not in TEXT:
        raise CliError(f"--lang-ui: '{lang_ui}' is not one of fr, en")
    catalog = load_catalog()
    scenario = catalog.scenario(scenario_id)
    persona = catalog.persona_for(scenario)
    ui = TEXT[lang_ui or scenario.locale]
    from simulator.engine import Conversation
    from simulator.explain import emotion_bar

    call = Conversation.start(scenario, persona, seed=seed)
    typer.echo(
        f"{scenario.title}\n\n{ui['brief']} : {scenario.brief}\n{ui['objective']} : {scenario.objective.description}"
    )
    typer.echo(f"\n{ui['how']}\n")
    typer.echo(f"{ui['debtor']} : {call.opening().text}")
    while not call.ended:
        interactive = sys.stdin.isatty()
        if interactive:
            typer.echo(f"{ui['you']} > ", nl=False)
        line = sys.stdin.readline()
        if not interactive and line.strip():
            typer.echo(f"{ui['you']} > {line.strip()}")
        if not line or line.strip() == "/quit":
            if not line:
                typer.echo("")
            break
        turn = call.respond(line.rstrip("\n"))
        if turn.notice:
            typer.echo(f"  ({turn.notice})")
        if not turn.counted:
            continue
        typer.echo(f"{ui['debtor']} : {turn.text}")
        typer.echo(f"  {emotion_bar(turn.state, scenario.locale if lang_ui is None else lang_ui)}")
    typer.echo(f"\n{ui['ended']}\n")
    _debrief(call, lang_ui or scenario.locale, ui)


def _debrief(call: Conversation, lang: str, ui: dict[str, str]) -> None:
    from scoring.report import render_text
    from scoring.scorer import score_transcript
    from simulator.explain import describe_cause, describe_outcome, notable_causes
    from simulator.facts import facts_for

    outcome = call.outcome()
    typer.echo(
        f"{ui['outcome']} : {describe_outcome(outcome.outcome, lang)} — {ui['met']} : {ui['yes'] if outcome.objective_met else ui['no']}"
    )
    if call.turn:
        card = score_transcript(
            call.transcript(),
            lang=call.lang,
            facts=facts_for(call.scenario, call.persona),
            outcome=outcome,
            jurisdiction=call.scenario.jurisdiction,
        )
        typer.echo("\n" + render_text(card, lang))  # type: ignore[arg-type]
    causes = notable_causes(call.causes)
    if causes:
        typer.echo(f"\n{ui['causes']} :")
        for cause in causes:
            typer.echo(f"  - {describe_cause(cause, lang)}")


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("play")(play)
