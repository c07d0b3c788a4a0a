"""Debtor voices: the scripted voice (default, offline) behind a small ``Voice`` protocol."""

from simulator.voices.base import LineRequest, Voice
from simulator.voices.library import LineLibrary, load_library
from simulator.voices.scripted import ScriptedVoice

__all__ = ["LineLibrary", "LineRequest", "ScriptedVoice", "Voice", "load_library"]
