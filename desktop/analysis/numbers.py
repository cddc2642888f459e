"""Numeric claims (placeholder until the recogniser lands)."""
from __future__ import annotations
from collections.abc import Sequence
from .model import NumericClaim, Sentence

def find_numeric_claims(text: str, sentences: Sequence[Sentence]) -> tuple[NumericClaim, ...]:
    return ()
