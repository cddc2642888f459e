"""Word-level comparison of two passages of one text, for showing what changed in a repeat.

In a repeated quote, wording drift can change meaning, so the reader sees every
word that differs, and numbers or names that differ are called out separately.
The alignment itself is the one the repeat detector scores with (``word_diff``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Span
from .repeats import DiffWord, word_diff

EQUAL, DELETED, INSERTED, MOVED = "equal", "delete", "insert", "moved"


@dataclass(frozen=True, slots=True)
class ComparedWord:
    text: str
    start: int
    end: int
    status: str  # EQUAL, DELETED (only in a), INSERTED (only in b) or MOVED (in both, elsewhere)
    significant: bool  # a number or a name


@dataclass(frozen=True, slots=True)
class PassageComparison:
    a_words: tuple[ComparedWord, ...]
    b_words: tuple[ComparedWord, ...]

    def changed_spans(self) -> list[Span]:
        """Spans, in both passages, of every word that is not kept in place."""
        return [Span(w.start, w.end) for w in self.a_words + self.b_words if w.status != EQUAL]

    def notable_differences(self) -> list[str]:
        """Numbers and names present in one passage only ("Russian", "10,000")."""
        return [
            w.text for w in self.a_words + self.b_words
            if w.significant and w.status in (DELETED, INSERTED)
        ]


def _shifted(words: list[DiffWord], offset: int) -> tuple[ComparedWord, ...]:
    return tuple(ComparedWord(w.text, w.start + offset, w.end + offset, w.op, w.significant) for w in words)


def compare_passages(text: str, a: Span, b: Span) -> PassageComparison:
    """Align the words of ``text[a]`` and ``text[b]``; offsets are into ``text``."""
    a_words, b_words = word_diff(text[a.start:a.end], text[b.start:b.end])
    return PassageComparison(_shifted(a_words, a.start), _shifted(b_words, b.start))
