"""Documents the user has opened, keyed by the SHA-256 of their text."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass

from .database import transaction


@dataclass(frozen=True, slots=True)
class StoredDocument:
    id: int
    title: str
    text: str
    source_path: str | None


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def save_document(
    connection: sqlite3.Connection, title: str, text: str, source_path: str | None = None
) -> StoredDocument:
    """Store ``text`` unless the same text is already stored; either way return its row.

    Keying on the text means reopening a file, or pasting the same article again,
    brings back the notes made on it.
    """
    digest = _digest(text)
    with transaction(connection):
        row = connection.execute("SELECT id FROM documents WHERE sha256 = ?", (digest,)).fetchone()
        if row is None:
            document_id = connection.execute(
                "INSERT INTO documents (title, source_path, text, sha256) VALUES (?, ?, ?, ?)",
                (title, source_path, text, digest),
            ).lastrowid
        else:
            document_id = row["id"]
    document = get_document(connection, document_id)
    assert document is not None
    return document


def get_document(connection: sqlite3.Connection, document_id: int) -> StoredDocument | None:
    row = connection.execute(
        "SELECT id, title, text, source_path FROM documents WHERE id = ?", (document_id,)
    ).fetchone()
    return None if row is None else StoredDocument(row["id"], row["title"], row["text"], row["source_path"])
