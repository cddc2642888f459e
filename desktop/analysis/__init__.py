"""Pure-Python text analysis: text in, dataclasses of character spans out. No Qt here."""

from .model import (
    DATE,
    ENTITY_LABELS,
    GROUP,
    ORG,
    PERSON,
    PLACE,
    Analysis,
    Attribution,
    ClaimLink,
    Entity,
    Mention,
    NumericClaim,
    Quote,
    RepeatedPassage,
    Sentence,
    Span,
    Token,
)
from .pipeline import AnalysisCancelled, analyze

__all__ = [
    "DATE", "ENTITY_LABELS", "GROUP", "ORG", "PERSON", "PLACE", "Analysis", "AnalysisCancelled", "Attribution",
    "ClaimLink", "Entity", "Mention", "NumericClaim", "Quote", "RepeatedPassage", "Sentence", "Span", "Token", "analyze",
]
