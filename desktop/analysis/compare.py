"""Word-level comparison of two passages: what was kept, dropped, added or moved.

In a repeated quote, wording drift can change meaning, so the reader sees every
word that differs, and numbers or names that differ are called out separately.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from .model import Span, Token
from .tokens import word_tokens

EQUAL, DELETED, INSERTED, MOVED = "equal", "deleted", "inserted", "moved"


@dataclass(frozen=True, slots=True)
class ComparedWord:
    text: str
    start: int
    end: int
    status: str  # EQUAL, DELETED (only in a), INSERTED (only in b) or MOVED (in both, elsewhere)


@dataclass(frozen=True, slots=True)
class PassageComparison:
    a_words: tuple[ComparedWord, ...]
    b_words: tuple[ComparedWord, ...]

    def changed_spans(self) -> list[Span]:
        """Spans, in both passages, of every word that is not kept in place."""
        return [Span(w.start, w.end) for w in self.a_words + self.b_words if w.status != EQUAL]

    def notable_differences(self) -> list[str]:
        """Numbers and capitalised words present in one passage only ("Russian", "10,000")."""
        def notable(words: tuple[ComparedWord, ...], status: str) -> list[str]:
            return [w.text for w in words if w.status == status and _is_notable(w.text)]

        return notable(self.a_words, DELETED) + notable(self.b_words, INSERTED)


def _is_notable(word: str) -> bool:
    return any(ch.isdigit() for ch in word) or word[:1].isupper()


def _key(token: Token) -> str:
    return token.text.lower().replace("’", "'")


def compare_passages(text: str, a: Span, b: Span) -> PassageComparison:
    """Align the words of ``text[a]`` and ``text[b]``; offsets are into ``text``."""
    a_tokens = word_tokens(text[a.start:a.end], a.start)
    b_tokens = word_tokens(text[b.start:b.end], b.start)
    a_keys = [_key(t) for t in a_tokens]
    b_keys = [_key(t) for t in b_tokens]
    a_status = [DELETED] * len(a_tokens)
    b_status = [INSERTED] * len(b_tokens)
    for block in SequenceMatcher(None, a_keys, b_keys, autojunk=False).get_matching_blocks():
        for offset in range(block.size):
            a_status[block.a + offset] = EQUAL
            b_status[block.b + offset] = EQUAL
    # A word dropped in one place and added in another was moved, not changed.
    dropped = Counter(k for k, s in zip(a_keys, a_status) if s == DELETED)
    added = Counter(k for k, s in zip(b_keys, b_status) if s == INSERTED)
    movable = dropped & added
    for keys, status, old in ((a_keys, a_status, DELETED), (b_keys, b_status, INSERTED)):
        budget = Counter(movable)
        for index, key in enumerate(keys):
            if status[index] == old and budget[key] > 0:
                status[index] = MOVED
                budget[key] -= 1
    return PassageComparison(
        tuple(ComparedWord(t.text, t.start, t.end, s) for t, s in zip(a_tokens, a_status)),
        tuple(ComparedWord(t.text, t.start, t.end, s) for t, s in zip(b_tokens, b_status)),
    )
