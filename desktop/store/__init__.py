"""SQLite storage for documents and notes. No Qt here."""

from .database import SCHEMA_VERSION, DamagedDatabaseError, open_database, open_or_recover, transaction
from .documents import StoredDocument, get_document, save_document
from .notes import Note, NoteAnchor, add_note, delete_note, list_notes, make_anchor, update_note

__all__ = [
    "SCHEMA_VERSION", "DamagedDatabaseError", "open_or_recover", "Note", "NoteAnchor", "StoredDocument", "add_note", "delete_note",
    "get_document", "list_notes", "make_anchor", "open_database", "save_document",
    "transaction", "update_note",
]
