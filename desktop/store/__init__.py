"""SQLite storage for documents and notes. No Qt here."""

from .database import (
    SCHEMA_VERSION,
    DamagedDatabaseError,
    database_file,
    open_database,
    open_or_recover,
    transaction,
)
from .documents import StoredDocument, get_document, save_document
from .documents import (
    DocumentSummary, count_notes, delete_document, list_documents, mark_opened, recent_documents, rename_document,
    set_scroll_position,
)
from .notes import (
    DOCUMENT_ANCHOR, Note, NoteAnchor, Tag, add_note, delete_note, get_note, list_notes, list_tags, make_anchor,
    restore_note, set_tag_colour, update_note,
)

__all__ = [
    "SCHEMA_VERSION", "DamagedDatabaseError", "database_file", "open_or_recover", "Note", "NoteAnchor", "StoredDocument", "add_note", "delete_note",
    "get_document", "list_notes", "make_anchor", "open_database", "save_document",
    "transaction", "update_note",
    "DOCUMENT_ANCHOR", "Tag", "get_note", "list_tags", "restore_note", "set_tag_colour",
    "DocumentSummary", "count_notes", "delete_document", "list_documents", "mark_opened", "recent_documents",
    "rename_document", "set_scroll_position",
]
