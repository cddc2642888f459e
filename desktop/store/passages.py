"""The library's passage index: which documents share sentences with this one.

Each sentence is stored as the hashes of its content-word bigrams
(``analysis.repeats.sentence_fingerprints``). Finding this document's passages
elsewhere is one indexed join, never a comparison with every stored document.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from .database import transaction

# A candidate must share this many bigrams; verification decides whether it is a repeat.
MIN_SHARED_SHINGLES = 3
MAX_CANDIDATES = 300


@dataclass(frozen=True, slots=True)
class PassageCandidate:
    """A sentence of this document (``start``/``end``) and one of another document sharing words."""

    start: int
    end: int
    other_document_id: int
    other_title: str
    other_start: int
    other_end: int
    shared: int


def index_passages(
    connection: sqlite3.Connection, document_id: int, fingerprints: Sequence[tuple[int, int, int]]
) -> None:
    """Replace the stored fingerprints of ``document_id`` with ``fingerprints``."""
    with transaction(connection):
        connection.execute("DELETE FROM passage_shingles WHERE document_id = ?", (document_id,))
        connection.executemany(
            "INSERT INTO passage_shingles (document_id, shingle, start, end) VALUES (?, ?, ?, ?)",
            ((document_id, shingle, start, end) for shingle, start, end in fingerprints),
        )


def candidates_elsewhere(
    connection: sqlite3.Connection, document_id: int, fingerprints: Sequence[tuple[int, int, int]]
) -> list[PassageCandidate]:
    """Sentences of other documents sharing at least ``MIN_SHARED_SHINGLES`` bigrams with one of ours."""
    connection.execute("CREATE TEMP TABLE IF NOT EXISTS probe (shingle INTEGER, start INTEGER, end INTEGER)")
    connection.execute("DELETE FROM probe")
    connection.executemany("INSERT INTO probe VALUES (?, ?, ?)", fingerprints)
    rows = connection.execute(
        """
        SELECT probe.start, probe.end, s.document_id, d.title, s.start AS other_start,
               s.end AS other_end, COUNT(*) AS shared
        FROM probe
        JOIN passage_shingles AS s ON s.shingle = probe.shingle AND s.document_id != ?
        JOIN documents AS d ON d.id = s.document_id
        GROUP BY probe.start, s.document_id, s.start
        HAVING shared >= ?
        ORDER BY shared DESC
        LIMIT ?
        """,
        (document_id, MIN_SHARED_SHINGLES, MAX_CANDIDATES),
    ).fetchall()
    connection.execute("DELETE FROM probe")
    return [PassageCandidate(r["start"], r["end"], r["document_id"], r["title"], r["other_start"],
                             r["other_end"], r["shared"]) for r in rows]
