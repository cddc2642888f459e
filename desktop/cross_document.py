"""Passages of one document that appear in other documents of the library.

Candidates come from the stored shingle index (``store.passages``); each is then
verified with the same comparison the in-document repeat detector uses, so a
shared formula ("did not immediately respond to a request for comment") is not
reported, and a changed figure is.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .analysis import Sentence
from .analysis.repeats import match_sentences, sentence_fingerprints
from .analysis.tokens import word_tokens
from .store import get_document
from .store.passages import candidates_elsewhere, index_passages


@dataclass(frozen=True, slots=True)
class RepeatElsewhere:
    """``text[start:end]`` of this document repeats a passage of another library document."""

    start: int
    end: int
    document_id: int
    title: str
    other_start: int
    other_end: int
    similarity: float
    kind: str


def _sentence(text: str, start: int, end: int) -> Sentence:
    return Sentence(start, end, text[start:end], 0, word_tokens(text[start:end], start))


def find_repeats_elsewhere(
    connection: sqlite3.Connection, document_id: int, text: str, sentences: Sequence[Sentence],
    cancelled: Callable[[], bool] = lambda: False,
) -> list[RepeatElsewhere]:
    """Index this document's sentences, then find and verify their repeats in other documents.

    Stops early (with what it has) once ``cancelled()`` is true: a search for a document the
    reader has already left must not keep competing with the window for the interpreter.
    """
    fingerprints = sentence_fingerprints(sentences)
    index_passages(connection, document_id, fingerprints)
    ours = {s.start: s for s in sentences}
    other_texts: dict[int, str] = {}
    best: dict[tuple[int, int], RepeatElsewhere] = {}
    for candidate in candidates_elsewhere(connection, document_id, fingerprints):
        if cancelled():
            break
        if candidate.other_document_id not in other_texts:
            other = get_document(connection, candidate.other_document_id)
            other_texts[candidate.other_document_id] = other.text if other else ""
        other_text = other_texts[candidate.other_document_id]
        sentence = ours.get(candidate.start)
        if sentence is None or candidate.other_end > len(other_text):
            continue
        verdict = match_sentences(sentence, _sentence(other_text, candidate.other_start, candidate.other_end))
        if verdict is None:
            continue
        kind, similarity = verdict
        key = (candidate.start, candidate.other_document_id)
        if key not in best or similarity > best[key].similarity:
            best[key] = RepeatElsewhere(candidate.start, candidate.end, candidate.other_document_id,
                                        candidate.other_title, candidate.other_start, candidate.other_end,
                                        similarity, kind)
    return sorted(best.values(), key=lambda r: (r.start, -r.similarity))
