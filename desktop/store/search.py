"""Full-text search (SQLite FTS5) over notes (body, quote, tags) and documents (title, text).

The reader's words are turned into an FTS5 query by quoting each one as a prefix
term, so punctuation or FTS5 operators typed by the user can never be a syntax error.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from .notes import Note, get_note

SNIPPET_CHARS = 60
PASSAGES_PER_DOCUMENT = 20
DEFAULT_LIMIT = 200


@dataclass(frozen=True, slots=True)
class NoteHit:
    note: Note
    document_title: str


@dataclass(frozen=True, slots=True)
class DocumentHit:
    """A passage of a matching document; ``start:end`` is the matching word (0:0 if only the title matched)."""

    document_id: int
    title: str
    start: int
    end: int
    snippet: str


def _terms(query: str) -> list[str]:
    return re.findall(r"\w+", query)


def fts_query(query: str) -> str:
    """All the words of ``query``, each as a prefix: ``tax cut`` → ``"tax"* "cut"*``."""
    return " ".join(f'"{term}"*' for term in _terms(query))


def search_notes(
    connection: sqlite3.Connection, query: str, document_id: int | None = None, limit: int = DEFAULT_LIMIT
) -> list[NoteHit]:
    """Notes whose body, quote or tags contain every word of ``query``, best match first."""
    match = fts_query(query)
    if not match:
        return []
    rows = connection.execute(
        "SELECT notes.id, documents.title FROM notes_fts JOIN notes ON notes.id = notes_fts.rowid "
        "JOIN documents ON documents.id = notes.document_id "
        "WHERE notes_fts MATCH ? AND (? IS NULL OR notes.document_id = ?) ORDER BY notes_fts.rank LIMIT ?",
        (match, document_id, document_id, limit),
    ).fetchall()
    return [NoteHit(get_note(connection, row[0]), row[1]) for row in rows]


def search_documents(connection: sqlite3.Connection, query: str, limit: int = DEFAULT_LIMIT) -> list[DocumentHit]:
    """Passages of the documents containing every word of ``query``, best document first.

    FTS5 finds the documents; each gives up to ``PASSAGES_PER_DOCUMENT`` hits, one per
    word of its text that starts with a query term, in reading order.
    """
    match = fts_query(query)
    if not match:
        return []
    rows = connection.execute(
        "SELECT documents.id, documents.title, documents.text FROM documents_fts "
        "JOIN documents ON documents.id = documents_fts.rowid "
        "WHERE documents_fts MATCH ? ORDER BY documents_fts.rank LIMIT ?",
        (match, limit),
    ).fetchall()
    terms = _terms(query)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\w*", re.IGNORECASE)
    hits: list[DocumentHit] = []
    for document_id, title, text in rows:
        found = [(m.start(), m.end()) for _, m in zip(range(PASSAGES_PER_DOCUMENT), pattern.finditer(text))]
        for start, end in found or [(0, 0)]:  # no passage: the title matched, or accents differ
            hits.append(DocumentHit(document_id, title, start, end, _snippet(text, start, end)))
    return hits[:limit]


def _snippet(text: str, start: int, end: int) -> str:
    low, high = max(0, start - SNIPPET_CHARS), min(len(text), end + SNIPPET_CHARS)
    return ("…" if low else "") + " ".join(text[low:high].split()) + ("…" if high < len(text) else "")
