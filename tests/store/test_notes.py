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


def test_tags_get_a_colour_each_and_are_shared_case_insensitively(tmp_path):
    from desktop.store import list_tags, set_tag_colour

    connection = open_database(tmp_path / "notes.db")
    document = save_document(connection, "Article", TEXT)
    note = add_note(connection, document.id, make_anchor(TEXT, 0, 5), "x", tags=["claim", "check", "claim"])
    assert note.tags == ("check", "claim")
    add_note(connection, document.id, make_anchor(TEXT, 6, 9), "y", tags=["Claim"])
    tags = list_tags(connection)
    assert [t.name for t in tags] == ["check", "claim"]
    assert tags[0].colour != tags[1].colour
    set_tag_colour(connection, "claim", "#123456")
    assert {t.name: t.colour for t in list_tags(connection)}["claim"] == "#123456"
    assert update_note(connection, note.id, "x", tags=["source"]).tags == ("source",)


def test_note_on_the_whole_document_comes_first(tmp_path):
    from desktop.store import DOCUMENT_ANCHOR

    connection = open_database(tmp_path / "notes.db")
    document = save_document(connection, "Article", TEXT)
    add_note(connection, document.id, make_anchor(TEXT, 0, 5), "passage")
    add_note(connection, document.id, DOCUMENT_ANCHOR, "overall")
    first, second = list_notes(connection, document.id)
    assert first.on_document and first.body == "overall"
    assert not second.on_document


def test_deleted_note_is_restored_with_its_id_times_and_tags(tmp_path):
    from desktop.store import restore_note

    connection = open_database(tmp_path / "notes.db")
    document = save_document(connection, "Article", TEXT)
    note = add_note(connection, document.id, make_anchor(TEXT, 0, 5), "keep me", tags=["a"])
    delete_note(connection, note.id)
    assert list_notes(connection, document.id) == []
    assert restore_note(connection, note) == note


def test_reimported_file_with_changed_text_keeps_one_document_and_reanchors_notes(tmp_path):
    connection = open_database(tmp_path / "notes.db")
    old = "Intro paragraph.\n\nThe mayor promised a new bridge by 2027.\n\nThe end of the story is here."
    new = "A new intro.\n\nThe mayor promised a new bridge by 2028.\n\nThe end of the story is here."
    document = save_document(connection, "Story", old, "/data/story.txt")
    quote = "The mayor promised a new bridge by 2027."
    kept = add_note(connection, document.id, make_anchor(old, old.index(quote), old.index(quote) + len(quote)), "when?")
    tail = add_note(connection, document.id, make_anchor(old, old.index("end"), old.index("end") + 3), "tail")
    gone = add_note(connection, document.id, make_anchor(old, 0, len("Intro paragraph.")), "gone")
    again = save_document(connection, "Story", new, "/data/story.txt")
    assert again.id == document.id and again.text == new
    notes = {n.id: n for n in list_notes(connection, document.id)}
    assert notes[kept.id].status == "fuzzy"
    assert notes[kept.id].anchor.quote == "The mayor promised a new bridge by 2028."
    assert notes[tail.id].status == "exact" and new[notes[tail.id].anchor.start:].startswith("end")
    assert notes[gone.id].status == "orphaned" and notes[gone.id].anchor.quote == "Intro paragraph."


def test_a_different_article_under_a_reused_file_name_does_not_replace_the_first(tmp_path):
    connection = open_database(tmp_path / "notes.db")
    first_text = "The harbour board approved a plan on Tuesday to dredge the northern channel. " * 3
    first = save_document(connection, "download", first_text, "/tmp/download.html")
    add_note(connection, first.id, make_anchor(first_text, 4, 17), "harbour note")
    other = save_document(connection, "download", "A football club signed a goalkeeper on Friday night.",
                          "/tmp/download.html")
    assert other.id != first.id
    [note] = list_notes(connection, first.id)
    assert note.anchor.quote == "harbour board" and note.body == "harbour note"


def test_an_edited_version_of_the_same_file_keeps_its_document_and_notes(tmp_path):
    connection = open_database(tmp_path / "notes.db")
    text = "The harbour board approved a plan on Tuesday to dredge the northern channel before winter. " * 3
    first = save_document(connection, "harbour", text, "/tmp/harbour.txt")
    add_note(connection, first.id, make_anchor(text, 4, 17), "harbour note")
    edited = text.replace("before winter", "before the autumn storms", 1)
    again = save_document(connection, "harbour", edited, "/tmp/harbour.txt")
    assert again.id == first.id and again.text == edited
    [note] = list_notes(connection, first.id)
    assert note.anchor.quote == "harbour board"
