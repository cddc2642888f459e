import sqlite3

import pytest

from desktop.errors import StoreError
from desktop.store import SCHEMA_VERSION, open_database, transaction
from desktop.store import database


def test_new_database_is_at_current_schema_version_with_wal_and_foreign_keys(tmp_path):
    connection = open_database(tmp_path / "notes.db")
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_database_from_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.db"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        open_database(path)
    assert path.read_bytes() == before


def test_file_that_is_not_a_database_gives_a_user_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError):
        open_database(path)
    assert path.read_bytes() == b"this is not sqlite at all" * 100


def test_upgrade_copies_the_old_file_aside_before_migrating(tmp_path, monkeypatch):
    path = tmp_path / "notes.db"
    open_database(path).close()
    extra = "CREATE TABLE added_later (id INTEGER PRIMARY KEY, name TEXT);"
    monkeypatch.setattr(database, "MIGRATIONS", database.MIGRATIONS + (extra,))
    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    connection = open_database(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    backup = tmp_path / f"notes.db.v{SCHEMA_VERSION}.bak"
    assert backup.exists()
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_failed_migration_leaves_the_previous_version_intact(tmp_path, monkeypatch):
    path = tmp_path / "notes.db"
    open_database(path).close()
    broken = "CREATE TABLE good (id INTEGER); THIS IS NOT SQL;"
    monkeypatch.setattr(database, "MIGRATIONS", database.MIGRATIONS + (broken,))
    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="left at schema"):
        open_database(path)
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "good" not in tables


def test_transaction_rolls_back_everything_on_error(tmp_path):
    connection = open_database(tmp_path / "notes.db")
    with pytest.raises(RuntimeError):
        with transaction(connection):
            connection.execute("INSERT INTO documents (title, text, sha256) VALUES ('a', 'b', 'c')")
            raise RuntimeError("interrupted")
    assert connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0


def test_damaged_database_is_moved_aside_and_a_fresh_one_started(tmp_path):
    from desktop.store import open_or_recover

    path = tmp_path / "notes.db"
    damaged = b"SQLite format 3\x00" + b"\xff" * 4000
    path.write_bytes(damaged)
    connection, message = open_or_recover(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    [kept] = tmp_path.glob("notes.db.damaged-*")
    assert kept.read_bytes() == damaged
    assert str(kept) in message


def test_healthy_database_opens_without_recovery(tmp_path):
    from desktop.store import open_or_recover

    open_database(tmp_path / "notes.db").close()
    _connection, message = open_or_recover(tmp_path / "notes.db")
    assert message is None


def test_a_locked_database_is_reported_not_moved_aside(tmp_path, monkeypatch):
    from desktop.store import open_or_recover

    path = tmp_path / "notes.db"
    open_database(path).close()
    holder = sqlite3.connect(path)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    with pytest.raises(StoreError, match="right now"):
        open_or_recover(path)
    holder.rollback()
    holder.close()
    assert not list(tmp_path.glob("*.damaged-*"))
    assert open_database(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_failed_commit_leaves_the_connection_usable(tmp_path):
    connection = open_database(tmp_path / "notes.db")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA defer_foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        with transaction(connection):
            connection.execute("PRAGMA defer_foreign_keys = ON")
            connection.execute(
                "INSERT INTO notes (document_id, start, end, quote) VALUES (999, 0, 1, 'x')"
            )
    assert not connection.in_transaction
    with transaction(connection):
        connection.execute("INSERT INTO documents (title, text, sha256) VALUES ('a', 'b', 'c')")
    assert connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1
