"""The reader's notes, each anchored to a passage of one document (or to the whole document).

An anchor keeps the position, the quoted text and some context either side (as
W3C Web Annotation's TextPositionSelector and TextQuoteSelector do), so a note
can be re-attached if the document's text changes later (see ``anchoring``).
Every change also refreshes the note's row in the ``notes_fts`` search index
(a deletion, even by cascade, is removed from it by a trigger).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .anchoring import EXACT, ORPHANED, reattach
from .database import transaction

CONTEXT_CHARS = 32

# Okabe–Ito colours (colour-blind safe), handed to new tags in turn.
TAG_PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000")


@dataclass(frozen=True, slots=True)
class NoteAnchor:
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


DOCUMENT_ANCHOR = NoteAnchor(0, 0, "", "", "")  # a note on the whole document quotes nothing


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    document_id: int
    anchor: NoteAnchor
    body: str
    created_at: str
    updated_at: str
    tags: tuple[str, ...] = ()
    status: str = EXACT  # EXACT, FUZZY (passage reworded since) or ORPHANED (passage gone)

    @property
    def on_document(self) -> bool:
        return not self.anchor.quote

    @property
    def orphaned(self) -> bool:
        return self.status == ORPHANED


@dataclass(frozen=True, slots=True)
class Tag:
    name: str
    colour: str


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


def add_note(
    connection: sqlite3.Connection, document_id: int, anchor: NoteAnchor, body: str, tags: Iterable[str] = ()
) -> Note:
    with transaction(connection):
        note_id = connection.execute(
            "INSERT INTO notes (document_id, start, end, quote, prefix, suffix, body) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (document_id, anchor.start, anchor.end, anchor.quote, anchor.prefix, anchor.suffix, body),
        ).lastrowid
        _set_tags(connection, note_id, tags)
        _reindex(connection, note_id)
    return get_note(connection, note_id)


def restore_note(connection: sqlite3.Connection, note: Note) -> Note:
    """Put a deleted note back exactly as it was (same id and times): what undoing a delete needs."""
    a = note.anchor
    with transaction(connection):
        connection.execute(
            "INSERT INTO notes (id, document_id, start, end, quote, prefix, suffix, body, created_at, "
            "updated_at, anchor_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (note.id, note.document_id, a.start, a.end, a.quote, a.prefix, a.suffix, note.body,
             note.created_at, note.updated_at, note.status),
        )
        _set_tags(connection, note.id, note.tags)
        _reindex(connection, note.id)
    return get_note(connection, note.id)


def update_note(
    connection: sqlite3.Connection, note_id: int, body: str, tags: Iterable[str] | None = None
) -> Note:
    """Save a new body (and, if given, a new set of tags); the edited time is refreshed."""
    with transaction(connection):
        connection.execute(
            "UPDATE notes SET body = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
            "WHERE id = ?",
            (body, note_id),
        )
        if tags is not None:
            _set_tags(connection, note_id, tags)
        _reindex(connection, note_id)
    return get_note(connection, note_id)


def delete_note(connection: sqlite3.Connection, note_id: int) -> None:
    with transaction(connection):
        connection.execute("DELETE FROM notes WHERE id = ?", (note_id,))  # a trigger drops its index row


def list_notes(connection: sqlite3.Connection, document_id: int | None = None) -> list[Note]:
    """The document's notes in reading order (notes on the whole document first); all notes if None."""
    where, arguments = ("WHERE document_id = ?", (document_id,)) if document_id is not None else ("", ())
    rows = connection.execute(
        f"SELECT * FROM notes {where} ORDER BY document_id, quote != '', start, id", arguments
    ).fetchall()
    tags = _tags_by_note(connection, [row["id"] for row in rows])
    return [_note_from_row(row, tags.get(row["id"], ())) for row in rows]


def get_note(connection: sqlite3.Connection, note_id: int) -> Note:
    row = connection.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        raise KeyError(note_id)
    return _note_from_row(row, _tags_by_note(connection, [note_id]).get(note_id, ()))


def list_tags(connection: sqlite3.Connection) -> list[Tag]:
    rows = connection.execute("SELECT name, colour FROM tags ORDER BY name COLLATE NOCASE").fetchall()
    return [Tag(row["name"], row["colour"]) for row in rows]


def set_tag_colour(connection: sqlite3.Connection, name: str, colour: str) -> None:
    with transaction(connection):
        _tag_id(connection, name)
        connection.execute("UPDATE tags SET colour = ? WHERE name = ?", (colour, name.strip()))


def reanchor_notes(connection: sqlite3.Connection, document_id: int, old_text: str, new_text: str) -> Counter:
    """Re-attach every note of the document to ``new_text``; return how many landed exact/fuzzy/orphaned.

    Call inside the transaction that replaces the text. A fuzzy match takes the new
    passage as its quote; an orphaned note keeps its old quote and context, so a
    later version of the text can still re-attach it.
    """
    counts: Counter = Counter()
    for note in list_notes(connection, document_id):
        if note.on_document:
            continue
        placed = reattach(note.anchor, new_text, len(old_text))
        counts[placed.status] += 1
        if placed.status == ORPHANED:
            anchor = NoteAnchor(placed.start, placed.start, note.anchor.quote, note.anchor.prefix, note.anchor.suffix)
        else:
            anchor = make_anchor(new_text, placed.start, placed.end)
        connection.execute(
            "UPDATE notes SET start = ?, end = ?, quote = ?, prefix = ?, suffix = ?, anchor_status = ? WHERE id = ?",
            (anchor.start, anchor.end, anchor.quote, anchor.prefix, anchor.suffix, placed.status, note.id),
        )
        _reindex(connection, note.id)
    return counts


def _set_tags(connection: sqlite3.Connection, note_id: int, tags: Iterable[str]) -> None:
    connection.execute("DELETE FROM note_tags WHERE note_id = ?", (note_id,))
    for name in dict.fromkeys(t.strip() for t in tags if t.strip()):
        connection.execute("INSERT OR IGNORE INTO note_tags (note_id, tag_id) VALUES (?, ?)",
                           (note_id, _tag_id(connection, name)))


def _tag_id(connection: sqlite3.Connection, name: str) -> int:
    name = name.strip()
    row = connection.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
    if row is not None:
        return row["id"]
    count = connection.execute("SELECT COUNT(*) FROM tags").fetchone()[0]
    return connection.execute("INSERT INTO tags (name, colour) VALUES (?, ?)",
                              (name, TAG_PALETTE[count % len(TAG_PALETTE)])).lastrowid


def _tags_by_note(connection: sqlite3.Connection, note_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Tag names per note, alphabetical; one query whether for one note or a whole list."""
    query = "SELECT note_tags.note_id, tags.name FROM note_tags JOIN tags ON tags.id = note_tags.tag_id"
    order = " ORDER BY tags.name COLLATE NOCASE"
    if len(note_ids) == 1:
        rows = connection.execute(query + " WHERE note_tags.note_id = ?" + order, note_ids)
    else:
        rows = connection.execute(query + order)
    wanted = set(note_ids)
    found: dict[int, list[str]] = {}
    for note_id, name in rows:
        if note_id in wanted:
            found.setdefault(note_id, []).append(name)
    return {note_id: tuple(names) for note_id, names in found.items()}


def _reindex(connection: sqlite3.Connection, note_id: int) -> None:
    """Refresh the note's search-index row (body, quote and tags) inside the caller's transaction."""
    connection.execute("DELETE FROM notes_fts WHERE rowid = ?", (note_id,))
    connection.execute(
        "INSERT INTO notes_fts (rowid, body, quote, tags) "
        "SELECT notes.id, notes.body, notes.quote, COALESCE(GROUP_CONCAT(tags.name, ' '), '') FROM notes "
        "LEFT JOIN note_tags ON note_tags.note_id = notes.id LEFT JOIN tags ON tags.id = note_tags.tag_id "
        "WHERE notes.id = ? GROUP BY notes.id",
        (note_id,),
    )


def _note_from_row(row: sqlite3.Row, tags: tuple[str, ...]) -> Note:
    anchor = NoteAnchor(row["start"], row["end"], row["quote"], row["prefix"], row["suffix"])
    return Note(row["id"], row["document_id"], anchor, row["body"], row["created_at"], row["updated_at"],
                tags, row["anchor_status"])
