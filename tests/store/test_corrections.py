import sqlite3

import pytest

from desktop.analysis.entities import MERGE, NOT_ENTITY, RENAME, Correction
from desktop.store import open_database, save_document
from desktop.store.corrections import add_correction, delete_correction, list_corrections

RENAMED = Correction(RENAME, "Trump", "PERSON", new_canonical="Donald Trump")
MERGED = Correction(MERGE, "Kremlin", "ORG", "Russia", "PLACE")
ONE_MENTION = Correction(NOT_ENTITY, "Said", "PERSON", start=10, end=14)


def test_corrections_come_back_in_order_after_reopening(tmp_path):
    path = tmp_path / "notes.db"
    connection = open_database(path)
    document = save_document(connection, "Article", "Some text.")
    for correction in (RENAMED, MERGED, ONE_MENTION):
        add_correction(connection, document.id, correction)
    connection.close()
    connection = open_database(path)
    stored = list_corrections(connection, document.id)
    assert [s.correction for s in stored] == [RENAMED, MERGED, ONE_MENTION]
    assert all(s.document_id == document.id and s.created_at for s in stored)


def test_corrections_belong_to_one_document_and_can_be_removed(tmp_path):
    connection = open_database(tmp_path / "notes.db")
    first = save_document(connection, "One", "First text.")
    second = save_document(connection, "Two", "Second text.")
    kept = add_correction(connection, first.id, RENAMED)
    removed = add_correction(connection, first.id, MERGED)
    add_correction(connection, second.id, ONE_MENTION)
    delete_correction(connection, removed.id)
    assert list_corrections(connection, first.id) == [kept]
    assert [s.correction for s in list_corrections(connection, second.id)] == [ONE_MENTION]


def test_an_unknown_kind_is_refused_by_the_schema(tmp_path):
    connection = open_database(tmp_path / "notes.db")
    document = save_document(connection, "One", "First text.")
    with pytest.raises(sqlite3.IntegrityError):
        add_correction(connection, document.id, Correction("guess", "X", "ORG"))
    assert list_corrections(connection, document.id) == []
