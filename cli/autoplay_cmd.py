"""`amiable autoplay`: scripted agents (skilled, pushy, passive) play scenarios; prints the runs as JSON."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from cli.errors import CliError


def autoplay(
    scenario_ids: Annotated[list[str] | None, typer.Argument(help="Scenario ids (or --all).")] = None,
    all_scenarios: Annotated[bool, typer.Option("--all", help="Play every scenario.")] = False,
    policy: Annotated[str, typer.Option("--policy", help="skilled | pushy | passive")] = "skilled",
    seeds: Annotated[int | None, typer.Option("--seeds", help="Run seeds 0…N-1.", min=1)] = None,
    seed: Annotated[int, typer.Option("--seed", help="The seed of a single run.")] = 0,
) -> None:
    """Let a scripted agent play scenarios and print each run as JSON (one object, or a list)."""
    from simulator.autoplay import play
    from simulator.catalog import load_catalog
    from simulator.policies import POLICIES

    if policy not in POLICIES:
        raise CliError(f"--policy: '{policy}' is not one of {', '.join(POLICIES)}")
    if bool(scenario_ids) == all_scenarios:
        raise CliError("give scenario ids or --all (not both)")
    catalog = load_catalog()
    ids = [s.id for s in catalog.scenarios] if all_scenarios else list(scenario_ids or [])
    for scenario_id in ids:
        catalog.scenario(scenario_id)  # unknown ids fail before any run
    seed_list = list(range(seeds)) if seeds is not None else [seed]
    total = len(ids) * len(seed_list)
    runs = []
    for scenario_id in ids:
        for run_seed in seed_list:
            if total > 1:
                print(
                    f"autoplay {len(runs) + 1}/{total}: {scenario_id} seed {run_seed}",
                    file=sys.stderr,
                    flush=True,
                )
            runs.append(play(scenario_id, policy, run_seed, catalog=catalog).model_dump(mode="json"))
    payload = runs[0] if total == 1 else runs
    typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("autoplay")(autoplay)
