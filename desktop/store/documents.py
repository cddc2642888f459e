"""Documents the user has opened, keyed by the SHA-256 of their text."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass

from .database import transaction
from .notes import reanchor_notes


@dataclass(frozen=True, slots=True)
class StoredDocument:
    id: int
    title: str
    text: str
    source_path: str | None
    source_url: str | None = None
    published: str | None = None  # ISO date, when the file says when it was published
    encoding: str | None = None  # how a text file was decoded
    word_count: int = 0
    scroll_position: int = 0  # code-point offset of the first character the reader last saw
    added_at: str = ""
    last_opened_at: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One row of the library: everything but the text."""

    id: int
    title: str
    source: str  # the web address it came from, else the file it was read from, else ""
    added_at: str
    last_opened_at: str | None
    published: str | None
    word_count: int
    note_count: int


def count_words(text: str) -> int:
    return len(text.split())


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


REVISION_OVERLAP = 0.5  # share of the shorter text's word 4-grams found in the other


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = text.lower().split()
    return set(zip(words, words[1:], words[2:], words[3:])) or {tuple(words)}


def is_revision(old: str, new: str) -> bool:
    """Is ``new`` an edited version of ``old`` rather than another text saved under the same name?

    A reused file name ("download.html") must not overwrite an earlier article and
    orphan its notes; a corrected or re-imported article should keep them.
    """
    a, b = _shingles(old), _shingles(new)
    return len(a & b) >= REVISION_OVERLAP * min(len(a), len(b))


def save_document(
    connection: sqlite3.Connection, title: str, text: str, source_path: str | None = None, *,
    source_url: str | None = None, published: str | None = None, encoding: str | None = None,
) -> StoredDocument:
    """Store ``text`` unless the same text is already stored; either way return its row.

    Keying on the text means reopening a file, or pasting the same article again,
    brings back the notes made on it. A file opened again with edited text replaces
    the text of the document it was before, and its notes are re-anchored to the new
    text; a different text under the same file name becomes a document of its own.
    """
    digest = _digest(text)
    with transaction(connection):
        row = connection.execute("SELECT id FROM documents WHERE sha256 = ?", (digest,)).fetchone()
        earlier = None if row is not None or source_path is None else connection.execute(
            "SELECT id, text FROM documents WHERE source_path = ? ORDER BY id DESC LIMIT 1", (source_path,)
        ).fetchone()
        if earlier is not None and is_revision(earlier["text"], text):
            # The same file, changed since: keep one document and carry its notes over to the new text.
            document_id = earlier["id"]
            connection.execute("UPDATE documents SET text = ?, sha256 = ?, word_count = ? WHERE id = ?",
                               (text, digest, count_words(text), document_id))
            reanchor_notes(connection, document_id, earlier["text"], text)
        elif row is None:
            document_id = connection.execute(
                "INSERT INTO documents (title, source_path, text, sha256, source_url, published, encoding, "
                "word_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (title, source_path, text, digest, source_url, published, encoding, count_words(text)),
            ).lastrowid
        else:
            document_id = row["id"]
        # Metadata a later import found (the same text saved as a web page, say) fills in what is missing.
        connection.execute(
            "UPDATE documents SET source_url = COALESCE(source_url, ?), published = COALESCE(published, ?), "
            "encoding = COALESCE(encoding, ?) WHERE id = ?",
            (source_url, published, encoding, document_id),
        )
    document = get_document(connection, document_id)
    assert document is not None
    return document


def get_document(connection: sqlite3.Connection, document_id: int) -> StoredDocument | None:
    row = connection.execute(
        "SELECT id, title, text, source_path, source_url, published, encoding, word_count, scroll_position, "
        "added_at, last_opened_at FROM documents WHERE id = ?", (document_id,)
    ).fetchone()
    if row is None:
        return None
    word_count = row["word_count"] if row["word_count"] is not None else count_words(row["text"])
    return StoredDocument(
        row["id"], row["title"], row["text"], row["source_path"], row["source_url"], row["published"],
        row["encoding"], word_count, row["scroll_position"], row["added_at"], row["last_opened_at"],
    )


def list_documents(connection: sqlite3.Connection) -> list[DocumentSummary]:
    """Every document with its note count, most recently opened first."""
    _fill_missing_word_counts(connection)
    rows = connection.execute(
        "SELECT d.id, d.title, COALESCE(d.source_url, d.source_path, '') AS source, d.added_at, "
        "d.last_opened_at, d.published, d.word_count, "
        "(SELECT COUNT(*) FROM notes WHERE notes.document_id = d.id) AS note_count "
        "FROM documents AS d ORDER BY COALESCE(d.last_opened_at, d.added_at) DESC, d.id DESC"
    ).fetchall()
    return [DocumentSummary(r["id"], r["title"], r["source"], r["added_at"], r["last_opened_at"], r["published"],
                            r["word_count"], r["note_count"]) for r in rows]


def recent_documents(connection: sqlite3.Connection, limit: int = 10) -> list[DocumentSummary]:
    """The documents opened most recently (never-opened ones are not "recent")."""
    return [d for d in list_documents(connection) if d.last_opened_at][:limit]


def mark_opened(connection: sqlite3.Connection, document_id: int) -> None:
    with transaction(connection):
        connection.execute(
            "UPDATE documents SET last_opened_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
            (document_id,),
        )


def rename_document(connection: sqlite3.Connection, document_id: int, title: str) -> None:
    title = " ".join(title.split())
    if not title:
        raise ValueError("a document's title cannot be empty")
    with transaction(connection):
        connection.execute("UPDATE documents SET title = ? WHERE id = ?", (title, document_id))


def count_notes(connection: sqlite3.Connection, document_id: int) -> int:
    return connection.execute("SELECT COUNT(*) FROM notes WHERE document_id = ?", (document_id,)).fetchone()[0]


def delete_document(connection: sqlite3.Connection, document_id: int) -> int:
    """Delete a document and (by cascade) its notes and corrections; return how many notes went."""
    with transaction(connection):
        notes = count_notes(connection, document_id)
        # The notes' search index is kept by hand (notes.py), so it does not follow the cascade.
        connection.execute("DELETE FROM notes_fts WHERE rowid IN (SELECT id FROM notes WHERE document_id = ?)",
                           (document_id,))
        connection.execute("DELETE FROM documents WHERE id = ?", (document_id,))
    return notes


def set_scroll_position(connection: sqlite3.Connection, document_id: int, offset: int) -> None:
    with transaction(connection):
        connection.execute("UPDATE documents SET scroll_position = ? WHERE id = ?", (max(0, offset), document_id))


def _fill_missing_word_counts(connection: sqlite3.Connection) -> None:
    """Documents stored before the library existed get their word count once."""
    missing = connection.execute("SELECT id, text FROM documents WHERE word_count IS NULL").fetchall()
    if missing:
        with transaction(connection):
            connection.executemany("UPDATE documents SET word_count = ? WHERE id = ?",
                                   [(count_words(row["text"]), row["id"]) for row in missing])
