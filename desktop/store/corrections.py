"""The reader's corrections to recognised entities, kept per document.

Stored as the analysis layer's ``Correction`` values in the order they were
made; the window re-applies them (``entities.apply_corrections``) after every
analysis, so they survive re-analysis and reopening the document.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..analysis.entities import Correction
from .database import transaction

_FIELDS = "kind, canonical, label, new_canonical, new_label, start, end"


@dataclass(frozen=True, slots=True)
class StoredCorrection:
    id: int
    document_id: int
    correction: Correction
    created_at: str


def add_correction(connection: sqlite3.Connection, document_id: int, correction: Correction) -> StoredCorrection:
    c = correction
    with transaction(connection):
        correction_id = connection.execute(
            f"INSERT INTO entity_corrections (document_id, {_FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (document_id, c.kind, c.canonical, c.label, c.new_canonical, c.new_label, c.start, c.end),
        ).lastrowid
    row = connection.execute("SELECT * FROM entity_corrections WHERE id = ?", (correction_id,)).fetchone()
    return _from_row(row)


def list_corrections(connection: sqlite3.Connection, document_id: int) -> list[StoredCorrection]:
    """The document's corrections, oldest first (the order they must be applied in)."""
    rows = connection.execute(
        "SELECT * FROM entity_corrections WHERE document_id = ? ORDER BY id", (document_id,)
    ).fetchall()
    return [_from_row(row) for row in rows]


def delete_correction(connection: sqlite3.Connection, correction_id: int) -> None:
    with transaction(connection):
        connection.execute("DELETE FROM entity_corrections WHERE id = ?", (correction_id,))


def _from_row(row: sqlite3.Row) -> StoredCorrection:
    correction = Correction(*(row[name] for name in _FIELDS.split(", ")))
    return StoredCorrection(row["id"], row["document_id"], correction, row["created_at"])
