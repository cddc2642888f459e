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
    # 2: the reader's corrections to recognised entities, re-applied after every analysis.
    """
    CREATE TABLE entity_corrections (
        id            INTEGER PRIMARY KEY,
        document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind          TEXT NOT NULL CHECK (kind IN ('rename', 'relabel', 'merge', 'not_entity')),
        canonical     TEXT NOT NULL,
        label         TEXT NOT NULL,
        new_canonical TEXT NOT NULL DEFAULT '',
        new_label     TEXT NOT NULL DEFAULT '',
        start         INTEGER NOT NULL DEFAULT -1,
        end           INTEGER NOT NULL DEFAULT -1,
        created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX entity_corrections_by_document ON entity_corrections(document_id, id);
    """,
    # 3: notes that survive edits (anchor status), tags with colours, full-text search.
    """
    ALTER TABLE notes ADD COLUMN anchor_status TEXT NOT NULL DEFAULT 'exact'
        CHECK (anchor_status IN ('exact', 'fuzzy', 'orphaned'));
    CREATE TABLE tags (
        id     INTEGER PRIMARY KEY,
        name   TEXT NOT NULL UNIQUE COLLATE NOCASE,
        colour TEXT NOT NULL
    );
    CREATE TABLE note_tags (
        note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        tag_id  INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (note_id, tag_id)
    );
    CREATE INDEX note_tags_by_tag ON note_tags(tag_id);
    CREATE VIRTUAL TABLE notes_fts USING fts5(body, quote, tags, tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO notes_fts (rowid, body, quote, tags) SELECT id, body, quote, '' FROM notes;
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content = 'documents', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    """,
    # 4: the document library: where a document came from, its size, and where the reader left off.
    """
    ALTER TABLE documents ADD COLUMN source_url TEXT;
    ALTER TABLE documents ADD COLUMN published TEXT;
    ALTER TABLE documents ADD COLUMN encoding TEXT;
    ALTER TABLE documents ADD COLUMN word_count INTEGER;
    ALTER TABLE documents ADD COLUMN scroll_position INTEGER NOT NULL DEFAULT 0 CHECK (scroll_position >= 0);
    ALTER TABLE documents ADD COLUMN last_opened_at TEXT;
    CREATE INDEX documents_by_last_opened ON documents(last_opened_at);
    """,
    # 5: a deleted note leaves the search index however it goes (also by cascade with its document).
    """
    CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
        DELETE FROM notes_fts WHERE rowid = old.id;
    END;
    """,
    # 6: content-word shingles of every sentence, to find a passage again in other documents.
    """
    CREATE TABLE passage_shingles (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        shingle     INTEGER NOT NULL,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL
    );
    CREATE INDEX passage_shingles_by_shingle ON passage_shingles(shingle);
    CREATE INDEX passage_shingles_by_document ON passage_shingles(document_id);
    """,
)
