"""A reader's entity correction as an undoable command, so Ctrl+Z undoes it like a note change."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..analysis.entities import Correction
from ..store import corrections as entity_corrections


class CorrectEntityCommand(QUndoCommand):
    """Redo stores the correction, undo deletes it; ``shown`` redraws the entities after either.

    ``shown`` gets the correction after a redo and None after an undo.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        document_id: int,
        correction: Correction,
        shown: Callable[[Correction | None], None],
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(correction.describe())
        self._connection, self._document_id, self.correction = connection, document_id, correction
        self._shown, self._failed = shown, failed
        self.stored_id: int | None = None

    def redo(self) -> None:
        try:
            stored = entity_corrections.add_correction(self._connection, self._document_id, self.correction)
        except sqlite3.Error as error:
            self.setObsolete(True)
            self._failed(f"The correction could not be saved: {error}")
            return
        self.stored_id = stored.id
        self._shown(self.correction)

    def undo(self) -> None:
        if self.stored_id is None:
            return
        try:
            entity_corrections.delete_correction(self._connection, self.stored_id)
        except sqlite3.Error as error:
            self._failed(f"The correction could not be undone: {error}")
            return
        self.stored_id = None
        self._shown(None)
