"""Speed of the rubric scorer: `amiable score FOLDER` as a whole process, and one scorecard in-process.

Generates 40-turn FR/EN collection calls into a temporary folder and prints JSON medians with the machine
noted, for two corpora: the first repeats ten agent lines per language (the figure quoted since the start),
the second (``varied_lines``) fills every line afresh, as real exports are; the scorer's per-line caches help
the first far more. Usage: ``.venv/bin/python -m bench.score [--transcripts 200] [--runs 3]``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.machine import describe
from bench.varied_calls import varied_transcript

FR_AGENT = [
    "Bonjour, je m'appelle Julie, du cabinet Amiable Recouvrement. Je parle bien à Monsieur Martin ?",
    "Je vous appelle en recouvrement amiable pour le compte de Volta Énergie, au sujet d'un solde de {amount} euros.",
    "Pouvez-vous m'expliquer ce qui s'est passé pour ce paiement ?",
    "Je comprends que cette situation est difficile, voyons comment nous pouvons la surmonter ensemble.",
    "Si je comprends bien, vos revenus ont baissé et vous êtes inquiet pour la suite.",
    "Quelles sont vos charges essentielles chaque mois ?",
    "Pourriez-vous régler la totalité en une fois ?",
    "Je vous propose {monthly} euros par mois par prélèvement le 5, ou deux versements.",
    "Vous devez régler cette somme rapidement.",
    "Je récapitule : {monthly} euros par mois par prélèvement le 5. Je vous envoie un récapitulatif écrit.",
]
FR_DEBTOR = [
    "Oui, c'est moi.",
    "J'ai perdu mon emploi, je suis vraiment inquiet.",
    "Je touche le chômage, 1100 euros.",
    "Le loyer, l'électricité, la cantine des enfants.",
    "Non, impossible en une fois.",
    "D'accord, ça me va.",
    "Je ne sais pas trop.",
    "C'est compliqué en ce moment.",
]
EN_AGENT = [
    "Hello, my name is Sam calling from Acme Recovery. Am I speaking with Jane Smith?",
    "This is an attempt to collect a debt and any information obtained will be used for that purpose.",
    "I'm calling on behalf of Volta Energy about a balance of ${amount}.",
    "Could you tell me what happened with this payment?",
    "It sounds like things have been really stressful since you lost your job.",
    "What are your essential bills each month?",
    "Could you clear the full balance in one payment?",
    "I can offer ${monthly} a month by direct debit on the 5th, or two payments.",
    "You have to pay this quickly.",
    "To recap: ${monthly} a month by direct debit on the 5th. I'll email you a written summary.",
]
EN_DEBTOR = [
    "Yes, speaking.",
    "I lost my job and I'm really worried.",
    "I get about 1,100 a month.",
    "Rent, power, school meals.",
    "No, I can't do that.",
    "Okay, that works.",
    "I'm not sure.",
    "It's hard right now.",
]


def make_transcript(rng: random.Random, lang: str, turns: int = 40) -> dict:
    agent, debtor = (FR_AGENT, FR_DEBTOR) if lang == "fr" else (EN_AGENT, EN_DEBTOR)
    amount, monthly = rng.choice([320, 450, 780, 1250]), rng.choice([40, 60, 80, 120])
    lines = []
    for i in range(turns):
        if i % 2 == 0:
            lines.append(
                {
                    "speaker": "agent",
                    "text": agent[(i // 2) % len(agent)].format(amount=amount, monthly=monthly),
                }
            )
        else:
            lines.append({"speaker": "debtor", "text": rng.choice(debtor)})
    return {"lang": lang, "turns": lines}


def _children_cpu() -> float:
    """CPU seconds used so far by finished child processes (and their own children: the workers)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _measure(transcripts: list[dict], runs: int, command: list[str]) -> dict[str, float]:
    """``amiable score FOLDER`` as a whole process (median of ``runs``), then one scorecard in-process."""
    with tempfile.TemporaryDirectory() as folder:
        for i, data in enumerate(transcripts):
            Path(folder, f"call_{i:04d}.json").write_text(
                json.dumps(data, ensure_ascii=False), encoding="utf-8"
            )
        wall, cpu = [], []
        for _ in range(runs):
            before = _children_cpu()
            start = time.perf_counter()
            subprocess.run([*command, "score", folder], check=True, stdout=subprocess.DEVNULL)
            wall.append(time.perf_counter() - start)
            cpu.append(_children_cpu() - before)

    from scoring.scorer import score_transcript
    from scoring.transcript import Transcript

    parsed = [Transcript.model_validate(t) for t in transcripts[:40]]
    score_transcript(parsed[0])  # load content once, as a long-running process would
    per_card = []
    for transcript in parsed:
        start = time.perf_counter()
        score_transcript(transcript)
        per_card.append((time.perf_counter() - start) * 1000)
    median_wall = statistics.median(wall)
    agent_lines = [t["text"] for data in transcripts for t in data["turns"] if t["speaker"] == "agent"]
    return {
        "cli_whole_process_seconds_median": round(median_wall, 3),
        "cli_transcripts_per_second": round(len(transcripts) / median_wall, 1),
        "cli_cpu_seconds_median": round(statistics.median(cpu), 3),
        "in_process_ms_per_scorecard_median": round(statistics.median(per_card), 2),
        "distinct_agent_lines_share": round(len(set(agent_lines)) / max(1, len(agent_lines)), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--transcripts", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(7)
    languages = ["fr" if i % 2 == 0 else "en" for i in range(args.transcripts)]
    repeated = [make_transcript(rng, lang) for lang in languages]
    varied = [varied_transcript(rng, lang) for lang in languages]
    amiable = Path(sys.executable).with_name("amiable")
    command = (
        [str(amiable)] if amiable.exists() else [sys.executable, "-c", "from cli.main import run; run()"]
    )
    print(
        json.dumps(
            {
                "machine": describe(),
                "transcripts": args.transcripts,
                "turns_per_transcript": 40,
                # Ten agent lines per language, said again and again: the per-line caches answer most turns.
                **_measure(repeated, args.runs, command),
                # Every line filled afresh (bench/varied_calls.py), closer to real exports.
                "varied_lines": _measure(varied, args.runs, command),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
