"""The scripted voice: persona lines first, then the locale's library; never the same words twice in a call."""

from __future__ import annotations

import random
import re
from string import Formatter

from simulator.models import Persona
from simulator.voices.base import LineRequest
from simulator.voices.library import LineLibrary

_FORMATTER = Formatter()
# « je ne suis pas [fier|fière] » : the masculine, feminine and (optional) neutral forms of a word.
_GENDERED = re.compile(r"\[([^\[\]|]*)\|([^\[\]|]*)(?:\|([^\[\]|]*))?\]")


NEEDED_SLOT = {
    "counter_offer": "counter",
    "confirm_recap.mismatch": "offer",
    "confirm_recap.already": "offer",
}


def inflect(line: str, gender: str) -> str:
    """The line with every ``[m|f]`` or ``[m|f|x]`` choice made for the speaker's gender."""
    if "[" not in line:
        return line

    def pick(match: re.Match[str]) -> str:
        masculine, feminine, neutral = match.group(1), match.group(2), match.group(3)
        if gender == "f":
            return feminine
        if gender == "x" and neutral is not None:
            return neutral
        return masculine

    return _GENDERED.sub(pick, line)


def render(line: str, slots: dict[str, str]) -> str | None:
    """The line with its slots filled; None if it needs a slot that has no value now."""
    try:
        names = [name for _, name, _, _ in _FORMATTER.parse(line) if name is not None]
        if any(not slots.get(name) for name in names):
            return None
        return line.format_map(slots)
    except (KeyError, ValueError, IndexError, AttributeError):
        return None


class ScriptedVoice:
    name = "scripted"

    def __init__(self, persona: Persona, library: LineLibrary, rng: random.Random) -> None:
        self.persona = persona
        self.library = library
        self.rng = rng
        self.used: set[str] = set()

    def _pools(self, request: LineRequest) -> list[tuple[str, ...]]:
        """Candidate lines, most specific first."""
        if request.own_lines:
            return [request.own_lines, self.library.lines.get(request.key, ())]
        pools: list[tuple[str, ...]] = []
        if request.mood and request.intent == "vent":
            pools.append(self.persona.mood_lines.get(request.mood, ()))  # type: ignore[arg-type]
            pools.append(self.library.moods.get(request.mood, ()))  # type: ignore[arg-type]
        if request.variant is None:
            pools.append(self.persona.voice.get(request.intent, ()))  # type: ignore[arg-type]
        pools.append(self.library.lines.get(request.key, ()))
        if request.variant is not None:
            pools.append(self.library.lines.get(request.intent, ()))
        return pools

    def speak(self, request: LineRequest) -> str:
        text = self._main(request)
        follow = [
            t for t in (render(line, request.slots) for line in request.follow) if t and t not in self.used
        ]
        if follow:
            text = f"{text} {self._keep(self.rng.choice(follow))}"
        return text

    def _main(self, request: LineRequest) -> str:
        fallback: list[str] = []
        needed = NEEDED_SLOT.get(request.key)
        for pool in self._pools(request):
            if needed:  # a counter-offer states figures; a correction states the deal
                pool = tuple(line for line in pool if "{" + needed + "}" in line)
            rendered = [text for text in (render(line, request.slots) for line in pool) if text]
            fresh = [text for text in rendered if text not in self.used]
            if fresh:
                return self._keep(self.rng.choice(fresh))
            fallback.extend(rendered)
        if not fallback:
            fallback = [
                text
                for text in (render(line, request.slots) for line in self.library.lines["small_answer"])
                if text
            ]
        base = self.rng.choice(fallback)
        openers = list(self.library.openers)
        self.rng.shuffle(openers)
        for opener in openers:
            varied = opener + base[0].lower() + base[1:] if base[:1].isupper() else opener + base
            if varied not in self.used:
                return self._keep(varied)
        return self._keep(base)

    def _keep(self, text: str) -> str:
        self.used.add(text)
        return inflect(text, self.persona.gender)
