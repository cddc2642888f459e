"""Long documents open without freezing the window: the text reaches the view in pieces, a long
text is stored off the GUI thread, and panels fill a slice at a time — with the same results."""

import sqlite3

import pytest
from PySide6.QtWidgets import QApplication

from desktop import store
from desktop.analysis import Entity, Mention
from desktop.importing import LoadedDocument
from desktop.ui import article_view, library_controller
from desktop.ui.article_view import ArticleView
from desktop.ui.offsets import OffsetMap

from .conftest import ANALYSIS_TIMEOUT_MS, open_and_wait

LINES = [f"Line {n}: the mayor 😀 of Lindau met the harbour board, officials said." for n in range(60)]
TEXT = "\n".join(LINES) + "\n"


@pytest.fixture
def small_pieces(monkeypatch):
    monkeypatch.setattr(article_view, "PIECE_CHARS", 200)


@pytest.fixture
def saved_in_background(monkeypatch):
    """Every text counts as long: each save goes through the worker."""
    monkeypatch.setattr(library_controller, "BACKGROUND_SAVE_CHARS", 0)


def test_a_long_text_reaches_the_view_in_pieces_and_then_calls_back(qtbot, small_pieces):
    view = ArticleView()
    qtbot.addWidget(view)
    loaded = []
    view.set_text(TEXT)
    view.after_loading(lambda: loaded.append(view.toPlainText()))
    assert view.loading and len(view.toPlainText()) < len(OffsetMap.display_text(TEXT, True))
    qtbot.waitUntil(lambda: not view.loading)
    assert loaded == [OffsetMap.display_text(TEXT, True)]  # paragraph gaps, emoji and all, once


def test_a_position_in_the_part_not_yet_loaded_is_selected_exactly(qtbot, small_pieces):
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_text(TEXT)
    start = TEXT.index("Line 55")
    end = TEXT.index("\n", start)
    view.select_span(start, end)  # loads the rest first
    assert not view.loading
    assert view.textCursor().selectedText() == TEXT[start:end]
    assert view.selected_span() == (start, end)
    view.copy()
    assert QApplication.clipboard().text() == TEXT[start:end]


def test_a_new_text_drops_the_callbacks_of_the_one_still_loading(qtbot, small_pieces):
    view = ArticleView()
    qtbot.addWidget(view)
    called = []
    view.set_text(TEXT)
    view.after_loading(lambda: called.append("first"))
    view.set_text("A short one.")
    qtbot.wait(50)
    assert called == [] and view.toPlainText() == "A short one."


def test_a_long_document_is_stored_off_the_gui_thread_then_shown(qtbot, make_window, saved_in_background):
    window = make_window()
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_document(LoadedDocument("Harbour", TEXT))
        assert window.document is None  # shown once it is stored
    assert window.document.title == "Harbour" and window.view.text == TEXT
    assert store.get_document(window._connection, window.document.id).text == TEXT
    assert window.library.panel.visible_titles() == ["Harbour"]


def test_only_the_last_of_quickly_opened_documents_is_shown(qtbot, make_window, saved_in_background):
    window = make_window()
    window.open_document(LoadedDocument("First", TEXT))
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS) as blocker:
        window.open_document(LoadedDocument("Second", "Joe Biden spoke in Ohio."))
    qtbot.wait(200)
    assert window.document.title == "Second" and blocker.args[0].text == "Joe Biden spoke in Ohio."


def test_a_failed_background_save_is_reported_and_the_open_document_stays(
        qtbot, make_window, monkeypatch, saved_in_background):
    window = make_window()
    open_and_wait(qtbot, window, LoadedDocument("Kept", "Joe Biden spoke in Ohio."))
    kept = window.document
    saving = library_controller.save_loaded

    def locked(connection, loaded):
        if loaded.title == "Broken":
            raise sqlite3.OperationalError("database is locked")
        return saving(connection, loaded)

    monkeypatch.setattr(library_controller, "save_loaded", locked)
    shown = []
    monkeypatch.setattr(window, "show_error", shown.append)
    window.open_document(LoadedDocument("Broken", TEXT))
    qtbot.waitUntil(lambda: bool(shown), timeout=ANALYSIS_TIMEOUT_MS)
    assert shown == ["Could not save the document in the library: database is locked"]
    assert window.document == kept and window.view.text == kept.text


def test_a_passage_of_a_document_stored_in_the_background_is_shown_once_it_opens(
        qtbot, make_window, saved_in_background, small_pieces):
    window = make_window()
    other = store.save_document(window._connection, "Lindau", TEXT)
    open_and_wait(qtbot, window, LoadedDocument("Kept", "Joe Biden spoke in Ohio."))
    start = TEXT.index("Line 58")
    window.open_passage(other.id, start, start + 7)
    qtbot.waitUntil(lambda: window.document.id == other.id and window.view.textCursor().selectedText() == "Line 58",
                    timeout=ANALYSIS_TIMEOUT_MS)


def entity(name: str, label: str = "PERSON") -> Entity:
    return Entity(name, label, (Mention(name, 0, len(name), label),))


def test_an_entity_list_filled_in_slices_gives_way_to_a_newer_one(qtbot, make_window):
    panel = make_window().entities_panel
    filling = panel.fill_entities([entity(f"Person {n}") for n in range(50)])
    for _ in range(10):
        next(filling)
    panel.set_entities([entity("Angela Merkel")])
    for _ in filling:  # what the old fill still had to add is dropped
        pass
    names = [panel.tree.topLevelItem(g).child(c).text(0) for g in range(panel.tree.topLevelItemCount())
             for c in range(panel.tree.topLevelItem(g).childCount())]
    assert names == ["Angela Merkel"]
