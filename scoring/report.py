"""A readable text debrief of a scorecard, in French or English (``amiable score --format text``, ``amiable play``)."""

from __future__ import annotations

from scoring.scorecard import Scorecard
from scoring.transcript import Lang

_TEXT: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Bilan de l'appel",
        "overall": "Note globale",
        "capped": "plafonnée à 40 : manquement bloquant",
        "active_listening": "Écoute active",
        "positive_language": "Langage positif",
        "negotiation": "Négociation",
        "compliance": "Conformité",
        "violations": "Manquements",
        "none": "aucun",
        "strengths": "Points forts",
        "suggestions": "Mieux dire",
        "turn": "tour",
        "instead": "Au lieu de",
        "try": "Essayez",
        "why": "Pourquoi",
        "metrics": "Mesures",
        "rq": "Reflets / questions",
        "cr": "Reflets complexes",
        "talk": "Part de parole",
        "readability": "Lisibilité (Flesch)",
        "jurisdiction": "Référentiel",
        "blocker": "bloquant",
        "required": "obligatoire manquant",
        "bad": "mauvaise pratique",
    },
    "en": {
        "title": "Call debrief",
        "overall": "Overall",
        "capped": "capped at 40: blocking breach",
        "active_listening": "Active listening",
        "positive_language": "Positive language",
        "negotiation": "Negotiation",
        "compliance": "Compliance",
        "violations": "Breaches",
        "none": "none",
        "strengths": "Strengths",
        "suggestions": "Say it better",
        "turn": "turn",
        "instead": "Instead of",
        "try": "Try",
        "why": "Why",
        "metrics": "Measures",
        "rq": "Reflections / questions",
        "cr": "Complex reflections",
        "talk": "Talk share",
        "readability": "Readability (Flesch)",
        "jurisdiction": "Rules",
        "blocker": "blocker",
        "required": "required item missing",
        "bad": "poor practice",
    },
}
_STRENGTH_LIMIT = 5


def _bar(value: float) -> str:
    filled = round(value / 10)
    return "█" * filled + "░" * (10 - filled)


def _fmt(value: object, percent: bool = False) -> str:
    if value is None:
        return "—"
    if percent and isinstance(value, float | int):
        return f"{value:.0%}"
    return f"{value}"


def render_text(card: Scorecard, lang: Lang) -> str:
    t = _TEXT[lang]
    lines = [
        f"{t['title']} — {t['overall']} : {card.overall:.0f}/100"
        if lang == "fr"
        else f"{t['title']} — {t['overall']}: {card.overall:.0f}/100"
    ]
    if card.capped:
        lines.append(f"  ({t['capped']})")
    lines.append("")
    for name, value in card.dimensions.model_dump().items():
        lines.append(f"  {t[name]:<20} {_bar(value)} {value:5.1f}")
    lines.append(f"  {t['jurisdiction']}: {card.jurisdiction}")
    lines.append("")
    lines.append(f"{t['violations']}:")
    if not card.violations:
        lines.append(f"  {t['none']}")
    for v in card.violations:
        where = f"{t['turn']} {v.turn}"
        lines.append(
            f"  [{t[v.severity]}] {v.title or v.rule} ({where})" + (f" — « {v.quote} »" if v.quote else "")
        )
    strengths = [e for e in card.evidence if _is_strength(e.note, e.criterion)]
    if strengths:
        lines.append("")
        lines.append(f"{t['strengths']}:")
        for e in strengths[:_STRENGTH_LIMIT]:
            lines.append(f"  {t['turn']} {e.turn}: {e.note} — « {e.quote} »")
    lines.append("")
    lines.append(f"{t['suggestions']}:")
    if not card.suggestions:
        lines.append(f"  {t['none']}")
    for s in card.suggestions:
        lines.append(f"  {t['turn']} {s.turn}")
        lines.append(f"    {t['instead']}: « {s.original} »")
        lines.append(f"    {t['try']}: « {s.better} »")
        lines.append(f"    {t['why']}: {s.why}")
    m = card.metrics
    lines.append("")
    lines.append(f"{t['metrics']}:")
    lines.append(
        f"  {t['rq']}: {_fmt(m.get('reflection_to_question'))}   {t['cr']}: {_fmt(m.get('complex_reflection_share'), True)}"
    )
    lines.append(
        f"  {t['talk']}: {_fmt(m.get('talk_share'), True)}   {t['readability']}: {_fmt(m.get(f'readability_{card.lang}'))}"
    )
    return "\n".join(lines) + "\n"


_STRENGTH_CRITERIA = {
    "pause",
    "empathy_to_emotion",
    "explore_before_proposing",
    "summaries",
    "recap",
    "real_constraint_uncovered",
    "explored_ability_to_pay",
    "top_down",
}


def _is_strength(note: str, criterion: str | None) -> bool:
    if criterion in _STRENGTH_CRITERIA:
        return not any(
            word in note for word in ("avant d'accueillir", "before acknowledging", "plusieurs", "several")
        )
    return note.startswith(("bonne pratique", "good practice", "reflet complexe", "complex reflection"))
