"""Attributions (placeholder until the detector lands)."""
from __future__ import annotations
from collections.abc import Sequence
from .model import Attribution, Entity, Sentence

def find_attributions(text: str, sentences: Sequence[Sentence], entities: Sequence[Entity]) -> tuple[Attribution, ...]:
    return ()
