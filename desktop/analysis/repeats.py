"""Repeated passages (placeholder until the detector lands)."""
from __future__ import annotations
from collections.abc import Sequence
from .model import RepeatedPassage, Sentence

def find_repeats(text: str, sentences: Sequence[Sentence]) -> tuple[RepeatedPassage, ...]:
    return ()
