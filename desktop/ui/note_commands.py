"""Undoable note changes (QUndoCommand): add, edit and delete, each written to the store at once.

After every do/undo, ``NotesContext.changed(note_id, note)`` gets the note as now stored
(``None`` once deleted) so the window can refresh what it shows. A database error is
reported through ``NotesContext.failed``: Qt calls redo/undo itself, so an exception
would only reach stderr.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from .. import store
from ..store import Note, NoteAnchor

EDIT_COMMAND_ID = 7001  # consecutive saves of one note merge into one undo step


@dataclass(frozen=True)
class NotesContext:
    connection: sqlite3.Connection
    changed: Callable[[int, Note | None], None]
    failed: Callable[[str], None]


def _describe(note: Note) -> str:
    if note.on_document:
        return "Note on the Document"
    quote = " ".join(note.anchor.quote.split())
    return f"Note on “{quote[:30]}…”" if len(quote) > 30 else f"Note on “{quote}”"


class _NoteCommand(QUndoCommand):
    def __init__(self, context: NotesContext, text: str) -> None:
        super().__init__(text)
        self.context = context

    def _run(self, action: Callable[[], tuple[int, Note | None]]) -> None:
        try:
            note_id, note = action()
        except (sqlite3.Error, KeyError) as error:
            self.context.failed(f"The note could not be saved: {error}")
            return
        self.context.changed(note_id, note)


class AddNoteCommand(_NoteCommand):
    def __init__(self, context: NotesContext, document_id: int, anchor: NoteAnchor) -> None:
        super().__init__(context, "Add Note")
        self._document_id, self._anchor = document_id, anchor
        self.note: Note | None = None

    def redo(self) -> None:
        self._run(self._add)

    def _add(self) -> tuple[int, Note]:
        connection = self.context.connection
        if self.note is None:
            self.note = store.add_note(connection, self._document_id, self._anchor, "")
            self.setText(f"Add {_describe(self.note)}")
        else:  # redo after undo: the same note, with the same id, comes back
            self.note = store.restore_note(connection, self.note)
        return self.note.id, self.note

    def undo(self) -> None:
        self._run(self._remove)

    def _remove(self) -> tuple[int, None]:
        assert self.note is not None
        self.note = store.get_note(self.context.connection, self.note.id)  # keep what was typed, for redo
        store.delete_note(self.context.connection, self.note.id)
        return self.note.id, None


class EditNoteCommand(_NoteCommand):
    def __init__(self, context: NotesContext, before: Note, body: str, tags: Iterable[str]) -> None:
        super().__init__(context, f"Edit {_describe(before)}")
        self.before, self.body, self.tags = before, body, tuple(tags)

    def id(self) -> int:  # noqa: A003 (Qt API)
        return EDIT_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, EditNoteCommand) or other.before.id != self.before.id:
            return False
        self.body, self.tags = other.body, other.tags
        return True

    def redo(self) -> None:
        self._run(lambda: self._save(self.body, self.tags))

    def undo(self) -> None:
        self._run(lambda: self._save(self.before.body, self.before.tags))

    def _save(self, body: str, tags: tuple[str, ...]) -> tuple[int, Note]:
        return self.before.id, store.update_note(self.context.connection, self.before.id, body, tags)


class DeleteNoteCommand(_NoteCommand):
    def __init__(self, context: NotesContext, note: Note) -> None:
        super().__init__(context, f"Delete {_describe(note)}")
        self.note = note

    def redo(self) -> None:
        self._run(self._delete)

    def _delete(self) -> tuple[int, None]:
        store.delete_note(self.context.connection, self.note.id)
        return self.note.id, None

    def undo(self) -> None:
        self._run(self._restore)

    def _restore(self) -> tuple[int, Note]:
        self.note = store.restore_note(self.context.connection, self.note)
        return self.note.id, self.note
