"""Ordered schema migrations; migration N brings ``PRAGMA user_version`` from N-1 to N.

Append new migrations at the end; never edit one that has shipped.
"""

MIGRATIONS: tuple[str, ...] = (
    # 1: documents and the notes anchored to them.
    """
    CREATE TABLE documents (
        id          INTEGER PRIMARY KEY,
        title       TEXT NOT NULL,
        source_path TEXT,
        text        TEXT NOT NULL,
        sha256      TEXT NOT NULL UNIQUE,
        added_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE notes (
        id             INTEGER PRIMARY KEY,
        document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start          INTEGER NOT NULL CHECK (start >= 0),
        end            INTEGER NOT NULL CHECK (end >= start),
        quote          TEXT NOT NULL,
        prefix         TEXT NOT NULL DEFAULT '',
        suffix         TEXT NOT NULL DEFAULT '',
        body           TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX notes_by_document ON notes(document_id, start);
    """,
)
