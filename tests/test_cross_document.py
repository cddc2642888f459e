"""A passage copied into another library document is found; shared formulas are not."""

from desktop.analysis.tokens import sentences
from desktop.cross_document import find_repeats_elsewhere
from desktop.store import open_database, save_document

PRESS_RELEASE = ("The regional water authority will invest 240 million euros in new pipes over the next "
                 "five years, its chairwoman Ilse Brandt announced on Monday.")
STORY_A = (f"Residents of Lindau have waited years for repairs. {PRESS_RELEASE} "
           "The spokesperson did not immediately respond to a request for comment.")
STORY_B = ("A second story about the same plan. The regional water authority will invest 240 million "
           "euros in new pipes over the coming five years, chairwoman Ilse Brandt said on Monday. "
           "The mayor did not immediately respond to a request for comment.")
UNRELATED = ("The football club signed a new goalkeeper on Friday. "
             "The coach did not immediately respond to a request for comment.")


def index(connection, title, text):
    document = save_document(connection, title, text)
    return document, find_repeats_elsewhere(connection, document.id, text, sentences(text))


def test_reworded_press_release_is_found_in_another_document(tmp_path):
    connection = open_database(tmp_path / "library.db")
    first, found_before = index(connection, "Story A", STORY_A)
    assert found_before == []  # nothing else in the library yet
    index(connection, "Unrelated", UNRELATED)
    second, found = index(connection, "Story B", STORY_B)
    assert len(found) == 1
    [repeat] = found
    assert repeat.document_id == first.id and repeat.title == "Story A"
    assert STORY_B[repeat.start:repeat.end].startswith("The regional water authority")
    assert STORY_A[repeat.other_start:repeat.other_end] == PRESS_RELEASE
    assert repeat.kind == "near" and 0.7 <= repeat.similarity < 1


def test_reopening_a_document_replaces_its_index_instead_of_duplicating_it(tmp_path):
    connection = open_database(tmp_path / "library.db")
    index(connection, "Story A", STORY_A)
    document, _ = index(connection, "Story B", STORY_B)
    rows = connection.execute("SELECT COUNT(*) FROM passage_shingles WHERE document_id = ?", (document.id,))
    count = rows.fetchone()[0]
    _, again = index(connection, "Story B", STORY_B)
    rows = connection.execute("SELECT COUNT(*) FROM passage_shingles WHERE document_id = ?", (document.id,))
    assert rows.fetchone()[0] == count and len(again) == 1


def test_a_cancelled_search_stops_before_verifying_candidates(tmp_path):
    connection = open_database(tmp_path / "library.db")
    index(connection, "Story A", STORY_A)
    document = save_document(connection, "Story B", STORY_B)
    assert find_repeats_elsewhere(connection, document.id, STORY_B, sentences(STORY_B), lambda: True) == []
    assert len(find_repeats_elsewhere(connection, document.id, STORY_B, sentences(STORY_B))) == 1
