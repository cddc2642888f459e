"""Notes as the reader uses them: undo/redo, tags, whole-document notes, search, export, orphans."""

import json

from PySide6.QtWidgets import QFileDialog

from desktop import store
from desktop.importing import LoadedDocument

from .conftest import open_and_wait

TEXT = ("The harbour authority voted on Tuesday to close the northern pier for repairs.\n\n"
        "Fishing crews say the decision came too late, and mooring fees at Westfield are higher.")
OTHER = "The council approved the budget on Monday after a long debate about ferries."


def _window_on(qtbot, make_window, text=TEXT, title="Harbour", path=None):
    window = make_window()
    open_and_wait(qtbot, window, LoadedDocument(title, text, path))
    return window


def _add_note(qtbot, window, quote, body="", text=TEXT):
    start = text.index(quote)
    window.view.select_span(start, start + len(quote))
    window.add_note_action.trigger()
    if body:
        qtbot.keyClicks(window.notes_panel.editor, body)
        window.notes_panel.flush()


def _bodies(window):
    return [n.body for n in store.list_notes(window._connection, window.document.id)]


def test_add_edit_and_delete_are_undone_and_redone(qtbot, make_window):
    window = _window_on(qtbot, make_window)
    _add_note(qtbot, window, "close the northern pier", "first words")
    assert _bodies(window) == ["first words"]
    window.notes_panel.delete_button.click()
    assert _bodies(window) == []

    window.undo_action.trigger()  # the delete
    assert _bodies(window) == ["first words"]
    assert window.notes_panel.list.count() == 1
    window.undo_action.trigger()  # the edit
    assert _bodies(window) == [""]
    assert window.notes_panel.editor.toPlainText() == ""
    window.undo_action.trigger()  # the add
    assert _bodies(window) == [] and window.notes_panel.list.count() == 0

    for _ in range(3):
        window.redo_action.trigger()
    assert _bodies(window) == []  # added, edited, deleted again
    window.undo_action.trigger()
    assert _bodies(window) == ["first words"]


def test_typing_in_pauses_is_one_undo_step_and_undo_keys_are_ctrl_z(qtbot, make_window):
    window = _window_on(qtbot, make_window)
    _add_note(qtbot, window, "mooring fees", "one")
    qtbot.keyClicks(window.notes_panel.editor, " two")
    window.notes_panel.flush()
    assert _bodies(window) == ["one two"]
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.redo_action.shortcut().toString() == "Ctrl+Shift+Z"
    window.undo_action.trigger()
    assert _bodies(window) == [""]


def test_tags_are_saved_completed_and_coloured(qtbot, make_window):
    window = _window_on(qtbot, make_window)
    _add_note(qtbot, window, "close the northern pier", "why?")
    qtbot.keyClicks(window.notes_panel.tags_edit, "claim, follow up")
    window.notes_panel.flush()
    [note] = store.list_notes(window._connection, window.document.id)
    assert note.tags == ("claim", "follow up")
    _add_note(qtbot, window, "mooring fees")
    completer = window.notes_panel.tags_edit.completer()
    assert completer.model().stringList() == ["claim", "follow up"]
    qtbot.keyClicks(window.notes_panel.tags_edit, "urgent, cl")
    assert completer.currentCompletion() == "urgent, claim, "  # the tags typed before are kept
    assert "#claim" in window.notes_panel.list.item(0).text()


def test_note_on_the_whole_document_shows_times_and_survives_closing(qtbot, make_window):
    window = _window_on(qtbot, make_window)
    window.add_document_note_action.trigger()
    qtbot.keyClicks(window.notes_panel.editor, "One-sided: no council voice.")
    assert window.notes_panel.times_label.text().startswith("Created ")
    window.close()  # the pending edit is saved on close
    reopened = _window_on(qtbot, make_window)
    [note] = store.list_notes(reopened._connection, reopened.document.id)
    assert note.on_document and note.body == "One-sided: no council voice."
    assert reopened.notes_panel.list.item(0).text().startswith("On the whole document")


def test_search_box_filters_the_notes_list(qtbot, make_window):
    window = _window_on(qtbot, make_window)
    _add_note(qtbot, window, "close the northern pier", "ask about timing")
    _add_note(qtbot, window, "mooring fees", "compare prices")
    [pier, fees] = store.list_notes(window._connection, window.document.id)
    qtbot.keyClicks(window.notes_panel.search, "prices")
    assert window.notes_panel.visible_note_ids() == [fees.id]
    window.notes_panel.search.clear()
    assert window.notes_panel.visible_note_ids() == [pier.id, fees.id]


def test_library_search_opens_the_other_document_at_the_passage(qtbot, make_window):
    window = _window_on(qtbot, make_window, OTHER, "Council")
    _add_note(qtbot, window, "approved the budget", "unanimous?", text=OTHER)
    council_id = window.document.id
    open_and_wait(qtbot, window, LoadedDocument("Harbour", TEXT))
    window.search_action.trigger()
    dialog = window.search_dialog
    assert dialog.isVisible()
    dialog.query.setText("unanimous")
    dialog.run_search()
    assert dialog.results.topLevelItemCount() == 1
    dialog._on_activated(dialog.results.topLevelItem(0))
    assert window.document.id == council_id
    assert window.view.textCursor().selectedText() == "approved the budget"
    dialog.query.setText("ferries")
    dialog.run_search()
    dialog._on_activated(dialog.results.topLevelItem(0))
    assert window.view.textCursor().selectedText() == "ferries"


def test_changed_file_reanchors_notes_and_shows_the_orphans(qtbot, make_window, tmp_path):
    path = str(tmp_path / "harbour.txt")
    window = _window_on(qtbot, make_window, path=path)
    _add_note(qtbot, window, "close the northern pier", "pier")
    _add_note(qtbot, window, "Fishing crews say the decision came too late", "crews")
    corrected = "The harbour authority voted on Tuesday to close the northern pier for repairs."
    open_and_wait(qtbot, window, LoadedDocument("Harbour", corrected, path))
    notes = {n.body: n for n in store.list_notes(window._connection, window.document.id)}
    assert notes["pier"].status == "exact" and notes["crews"].orphaned
    texts = [window.notes_panel.list.item(r).text() for r in range(window.notes_panel.list.count())]
    assert any("Fishing crews say" in t and "⚠" in t for t in texts)
    assert "lost its passage" in window.notes_panel.hint.text()


def test_export_writes_the_format_chosen_in_the_dialog(qtbot, make_window, tmp_path, monkeypatch):
    window = _window_on(qtbot, make_window)
    _add_note(qtbot, window, "mooring fees", "check Westfield rates")
    target = tmp_path / "out.jsonld"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "W3C Web Annotation JSON-LD (*.jsonld)"))
    window.export_notes_action.trigger()
    collection = json.loads(target.read_text(encoding="utf-8"))
    [annotation] = collection["first"]["items"]
    assert annotation["target"]["selector"][0]["exact"] == "mooring fees"


def test_ctrl_z_in_the_article_undoes_the_note_just_added(qtbot, make_window):
    from PySide6.QtCore import Qt

    window = _window_on(qtbot, make_window)
    _add_note(qtbot, window, "mooring fees")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _bodies(window) == []
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _bodies(window) == [""]


def test_an_edit_the_store_refused_is_not_called_saved_and_is_saved_on_the_next_try(qtbot, make_window, monkeypatch):
    import sqlite3

    window = _window_on(qtbot, make_window)
    _add_note(qtbot, window, "close the northern pier")
    shown = []
    monkeypatch.setattr(window, "show_error", shown.append)
    real_update = store.update_note

    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store, "update_note", locked)
    qtbot.keyClicks(window.notes_panel.editor, "check the budget")
    window.notes_panel.flush()
    assert shown and "could not be saved" in shown[0]
    assert window.notes_panel.saved_label.text().startswith("Not saved")
    assert _bodies(window) == [""]

    monkeypatch.setattr(store, "update_note", real_update)
    window.notes_panel.flush()
    assert _bodies(window) == ["check the budget"]
    assert window.notes_panel.saved_label.text() == "Saved"
