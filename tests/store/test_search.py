"""Full-text search over notes and documents (FTS5), kept in step with every write."""

from desktop.store import add_note, delete_note, make_anchor, open_database, save_document, transaction, update_note
from desktop.store.search import fts_query, search_documents, search_notes

TEXT = "The harbour authority voted to close the northern pier. Café owners fear an empty summer."


def _library(tmp_path):
    connection = open_database(tmp_path / "notes.db")
    document = save_document(connection, "Harbour story", TEXT)
    other = save_document(connection, "Budget story", "The council approved the budget on Monday.")
    return connection, document, other


def test_user_input_never_becomes_fts_syntax():
    assert fts_query('pier" OR (NEAR') == '"pier"* "OR"* "NEAR"*'
    assert fts_query("  ...  ") == ""


def test_notes_are_found_by_body_quote_and_tag_and_follow_edits(tmp_path):
    connection, document, other = _library(tmp_path)
    pier = add_note(connection, document.id, make_anchor(TEXT, 4, 22), "Who sits on it?", tags=["governance"])
    add_note(connection, other.id, make_anchor(other.text, 4, 11), "Check the vote count")
    assert [h.note.id for h in search_notes(connection, "sits")] == [pier.id]
    assert [h.note.id for h in search_notes(connection, "harbour auth")] == [pier.id]  # quote, prefixes
    assert [h.note.id for h in search_notes(connection, "govern")] == [pier.id]  # tag
    assert search_notes(connection, "vote", document_id=document.id) == []
    update_note(connection, pier.id, "Members are appointed")
    assert search_notes(connection, "sits") == []
    assert [h.document_title for h in search_notes(connection, "appointed")] == ["Harbour story"]
    delete_note(connection, pier.id)
    assert search_notes(connection, "appointed") == []


def test_documents_are_found_with_the_position_of_the_first_match(tmp_path):
    connection, document, _other = _library(tmp_path)
    [hit] = search_documents(connection, "northern")
    assert hit.document_id == document.id
    assert TEXT[hit.start:hit.end] == "northern"
    assert "northern pier" in hit.snippet
    assert [h.title for h in search_documents(connection, "cafe")] == ["Harbour story"]  # accents ignored
    assert search_documents(connection, "submarine") == []


def test_every_passage_of_a_document_is_a_hit_in_reading_order(tmp_path):
    connection, _document, other = _library(tmp_path)
    hits = search_documents(connection, "the")
    council = [h for h in hits if h.document_id == other.id]
    assert [other.text[h.start:h.end] for h in council] == ["The", "the"]
    assert council[0].start < council[1].start


def test_deleting_a_document_removes_its_notes_from_the_index(tmp_path):
    connection, document, _other = _library(tmp_path)
    add_note(connection, document.id, make_anchor(TEXT, 4, 22), "unique-word-xyzzy")
    with transaction(connection):
        connection.execute("DELETE FROM documents WHERE id = ?", (document.id,))
    assert search_notes(connection, "xyzzy") == []
    assert connection.execute("SELECT COUNT(*) FROM notes_fts").fetchone()[0] == 0
