import pytest

from desktop.store import (
    add_note, delete_note, list_notes, make_anchor, open_database, save_document, update_note,
)
from desktop.store.notes import CONTEXT_CHARS

TEXT = "A" * 50 + " The quoted sentence. " + "B" * 50


def test_anchor_keeps_quote_position_and_context_each_side():
    start = TEXT.index("The quoted")
    end = start + len("The quoted sentence.")
    anchor = make_anchor(TEXT, start, end)
    assert anchor.quote == "The quoted sentence."
    assert anchor.prefix == TEXT[start - CONTEXT_CHARS:start]
    assert anchor.suffix == TEXT[end:end + CONTEXT_CHARS]


def test_anchor_outside_the_text_is_rejected():
    with pytest.raises(ValueError):
        make_anchor("short", 2, 10)


def test_note_survives_closing_and_reopening_the_database(tmp_path):
    path = tmp_path / "notes.db"
    connection = open_database(path)
    document = save_document(connection, "Article", TEXT)
    add_note(connection, document.id, make_anchor(TEXT, 51, 71), "Check this claim")
    connection.close()

    reopened = open_database(path)
    again = save_document(reopened, "Article", TEXT)
    assert again.id == document.id
    [note] = list_notes(reopened, again.id)
    assert note.body == "Check this claim"
    assert note.anchor.quote == TEXT[51:71]


def test_edit_and_delete_change_only_the_target_note(tmp_path):
    connection = open_database(tmp_path / "notes.db")
    document = save_document(connection, "Article", TEXT)
    first = add_note(connection, document.id, make_anchor(TEXT, 0, 5), "first")
    second = add_note(connection, document.id, make_anchor(TEXT, 10, 15), "second")
    update_note(connection, first.id, "first, edited")
    delete_note(connection, second.id)
    assert [n.body for n in list_notes(connection, document.id)] == ["first, edited"]


def test_same_text_is_stored_once_and_different_text_separately(tmp_path):
    connection = open_database(tmp_path / "notes.db")
    a = save_document(connection, "A", "one text")
    b = save_document(connection, "A again", "one text")
    c = save_document(connection, "C", "another text")
    assert a.id == b.id != c.id
