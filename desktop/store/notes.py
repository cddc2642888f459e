"""The reader's notes, each anchored to a passage of one document.

An anchor keeps the position, the quoted text and some context either side (as
W3C Web Annotation's TextPositionSelector and TextQuoteSelector do), so a note
can be re-attached if the document's text changes later.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .database import transaction

CONTEXT_CHARS = 32


@dataclass(frozen=True, slots=True)
class NoteAnchor:
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    document_id: int
    anchor: NoteAnchor
    body: str
    created_at: str
    updated_at: str


def make_anchor(text: str, start: int, end: int) -> NoteAnchor:
    """Anchor for ``text[start:end]`` with up to ``CONTEXT_CHARS`` of context each side."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}:{end} is outside a text of {len(text)} characters")
    return NoteAnchor(
        start=start,
        end=end,
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS):start],
        suffix=text[end:end + CONTEXT_CHARS],
    )


def add_note(connection: sqlite3.Connection, document_id: int, anchor: NoteAnchor, body: str) -> Note:
    with transaction(connection):
        note_id = connection.execute(
            "INSERT INTO notes (document_id, start, end, quote, prefix, suffix, body) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (document_id, anchor.start, anchor.end, anchor.quote, anchor.prefix, anchor.suffix, body),
        ).lastrowid
    return _get_note(connection, note_id)


def update_note(connection: sqlite3.Connection, note_id: int, body: str) -> Note:
    with transaction(connection):
        connection.execute(
            "UPDATE notes SET body = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
            "WHERE id = ?",
            (body, note_id),
        )
    return _get_note(connection, note_id)


def delete_note(connection: sqlite3.Connection, note_id: int) -> None:
    with transaction(connection):
        connection.execute("DELETE FROM notes WHERE id = ?", (note_id,))


def list_notes(connection: sqlite3.Connection, document_id: int) -> list[Note]:
    rows = connection.execute(
        "SELECT * FROM notes WHERE document_id = ? ORDER BY start, id", (document_id,)
    ).fetchall()
    return [_note_from_row(row) for row in rows]


def _get_note(connection: sqlite3.Connection, note_id: int) -> Note:
    row = connection.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        raise KeyError(note_id)
    return _note_from_row(row)


def _note_from_row(row: sqlite3.Row) -> Note:
    anchor = NoteAnchor(row["start"], row["end"], row["quote"], row["prefix"], row["suffix"])
    return Note(row["id"], row["document_id"], anchor, row["body"], row["created_at"], row["updated_at"])
