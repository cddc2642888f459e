"""Opening the database: pragmas, integrity check, versioned migrations.

The schema version lives in ``PRAGMA user_version``. A database written by a
newer Close Reader is refused untouched; an older one is copied aside before
its first migration, so an upgrade can never cost the user their notes.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from .migrations import MIGRATIONS

SCHEMA_VERSION = len(MIGRATIONS)
BUSY_TIMEOUT_MS = 5000  # how long a write waits for another window or app instance


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run the block in one write transaction: all of it is saved, or none of it."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException:
        # Also when COMMIT itself failed: a transaction left open would refuse every later write.
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


class DamagedDatabaseError(StoreError):
    """The file fails SQLite's integrity check or is not a database at all."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"The notes database {path} is damaged or not a database ({detail}).")
        self.path = path


def database_file(connection: sqlite3.Connection) -> str:
    """The file behind ``connection`` ("" for an in-memory database), for workers that open their own."""
    return connection.execute("PRAGMA database_list").fetchone()["file"]


def open_or_recover(path: str | Path) -> tuple[sqlite3.Connection, str | None]:
    """Open ``path``; if it is damaged, move it aside and start a fresh database.

    Returns the connection and, after a recovery, a message telling the user
    where the damaged file now is. The damaged file is never overwritten or
    deleted: it may still hold notes that a specialist can rescue.
    """
    path = Path(path)
    try:
        return open_database(path), None
    except DamagedDatabaseError:
        try:
            kept = set_aside(path)
        except OSError as error:
            raise StoreError(f"The notes database {path} is damaged and could not be moved aside: "
                             f"{error.strerror or error}.") from None
    return open_database(path), (
        f"The notes database was damaged and could not be opened. It was moved to {kept} "
        "and a new, empty database was started."
    )


def set_aside(path: Path) -> Path:
    """Rename ``path`` (and its WAL/SHM files) to ``<name>.damaged-<timestamp>``."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    return target


def open_database(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at ``path``.

    Raises ``StoreError`` with a message for the user if the file is not a
    usable Close Reader database.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, isolation_level=None)
    except (OSError, sqlite3.Error) as error:
        raise StoreError(f"Cannot open the notes database {path}: {error}.") from None
    try:
        _configure(connection, path)
        version = _checked_version(connection, path)
        # Only now may the file change: WAL mode rewrites the header.
        connection.execute("PRAGMA journal_mode = WAL")
        _migrate(connection, path, version)
    except sqlite3.OperationalError as error:
        # Locked by another program, read-only, disk full: the file may be fine, so never move it.
        connection.close()
        raise StoreError(f"Cannot use the notes database {path} right now: {error}.") from None
    except sqlite3.DatabaseError as error:  # "file is not a database", "database disk image is malformed"
        connection.close()
        raise DamagedDatabaseError(path, str(error)) from None
    except StoreError:
        connection.close()
        raise
    return connection


def _configure(connection: sqlite3.Connection, path: Path) -> None:
    connection.row_factory = sqlite3.Row
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA foreign_keys = ON")
    status = connection.execute("PRAGMA quick_check").fetchone()[0]
    if status != "ok":
        raise DamagedDatabaseError(path, status)
    connection.execute("PRAGMA synchronous = NORMAL")


def _checked_version(connection: sqlite3.Connection, path: Path) -> int:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"The notes database {path} was written by a newer version of Close Reader "
            f"(schema {version}, this version knows {SCHEMA_VERSION}); it was left untouched."
        )
    return version


def _migrate(connection: sqlite3.Connection, path: Path, version: int) -> None:
    if version == SCHEMA_VERSION:
        return
    if version > 0:
        backup = path.with_name(f"{path.name}.v{version}.bak")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(path, backup)
    for number in range(version + 1, SCHEMA_VERSION + 1):
        try:
            with transaction(connection):
                for statement in _statements(MIGRATIONS[number - 1]):
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {number}")
        except sqlite3.Error as error:
            raise StoreError(
                f"Could not upgrade the notes database {path} to schema {number} ({error}); "
                f"it was left at schema {number - 1}."
            ) from None


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into statements (``executescript`` would commit mid-transaction)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()
