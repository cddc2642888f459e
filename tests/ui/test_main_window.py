"""The window as a reader uses it: panels, jumping to mentions, notes, remembered layout."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QTreeWidgetItemIterator

from desktop import store
from desktop.importing import LoadedDocument
from desktop.ui.panels.entities import ENTITY_ROLE

from .conftest import open_and_wait


def entity_items(panel):
    iterator = QTreeWidgetItemIterator(panel.tree)
    while iterator.value():
        item = iterator.value()
        if item.data(0, ENTITY_ROLE) is not None:
            yield item
        iterator += 1


def test_sample_article_fills_every_analysis_panel(sample_window):
    window = sample_window
    assert window.view.text == window.document.text
    assert window.view.toPlainText().replace("\n\n", "\n") == window.document.text  # shown with paragraph gaps
    labels = {item.data(0, ENTITY_ROLE).label for item in entity_items(window.entities_panel)}
    assert labels == {"PERSON", "ORG", "PLACE", "GROUP", "DATE"}
    assert window.numbers_panel.model.rowCount() >= 5
    assert window.repeats_panel.list.count() == 1
    assert window.sources_panel.tree.topLevelItemCount() >= 2  # anonymous and named groups at least
    assert "words" in window.words_label.text()


def test_an_entitys_tooltip_names_it_in_full_where_a_narrow_panel_elides_it(sample_window):
    for item in entity_items(sample_window.entities_panel):
        entity = item.data(0, ENTITY_ROLE)
        assert item.toolTip(0).splitlines()[0] == entity.canonical


def test_selecting_an_entity_selects_exactly_its_mention(sample_window):
    window = sample_window
    for item in entity_items(window.entities_panel):
        window.entities_panel.tree.setCurrentItem(item)
        mention = item.data(0, ENTITY_ROLE).mentions[0]
        assert window.view.textCursor().selectedText() == mention.text
        assert window.view.selected_span() == (mention.start, mention.end)


def test_next_mention_walks_through_every_mention_in_order(sample_window):
    window = sample_window
    item = max(entity_items(window.entities_panel), key=lambda i: len(i.data(0, ENTITY_ROLE).mentions))
    entity = item.data(0, ENTITY_ROLE)
    window.entities_panel.tree.setCurrentItem(item)
    seen = [window.view.selected_span()]
    for _ in range(len(entity.mentions) - 1):
        window.next_mention_action.trigger()
        seen.append(window.view.selected_span())
    assert seen == [(m.start, m.end) for m in entity.mentions]
    window.next_mention_action.trigger()  # wraps around to the first mention
    assert window.view.selected_span() == seen[0]


def test_entity_after_emoji_and_cjk_is_selected_exactly(qtbot, make_window):
    window = make_window()
    text = "😀 北京 𠜎 👩‍👩‍👧\nYesterday Angela Merkel met Emmanuel Macron in Paris, officials said.\n"
    analysis = open_and_wait(qtbot, window, LoadedDocument("Astral test", text))
    assert analysis.entities, "expected at least one entity in the test text"
    for entity in analysis.entities:
        window.entities_panel.select_entity(entity.canonical)
        mention = entity.mentions[0]
        assert window.view.textCursor().selectedText() == mention.text == text[mention.start:mention.end]


def test_selecting_a_repeat_highlights_both_passages(sample_window):
    window = sample_window
    window.repeats_panel.list.setCurrentRow(0)
    pair = window.analysis.repeats[0]
    focus = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in window.view.extraSelections()]
    to_qt = window.view.to_qt
    assert (to_qt(pair.a.start), to_qt(pair.a.end)) in focus
    assert (to_qt(pair.b.start), to_qt(pair.b.end)) in focus
    assert "similar" in window.repeats_panel.comparison.toPlainText()
    assert not window.view.textCursor().hasSelection()  # a selection would hide the differing words
    marked = {window.document.text[window.view.from_qt(s.cursor.selectionStart()):
                                   window.view.from_qt(s.cursor.selectionEnd())]
              for s in window.view.extraSelections() if s.format.fontWeight() > 400}
    assert {"Russian", "apprised"} <= marked


def test_number_row_selects_its_claim(sample_window):
    window = sample_window
    table = window.numbers_panel.table
    table.selectRow(2)
    claim = window.numbers_panel.claim_at(2)
    assert window.view.textCursor().selectedText() == claim.text


def test_note_added_to_selection_is_in_the_database_after_reopening(qtbot, make_window, sample_window, db_path):
    window = sample_window
    text = window.document.text
    start = text.index("Ukrainian officials have long understood")
    end = text.index(".", start) + 1
    window.view.select_span(start, end)
    window.add_note_action.trigger()
    qtbot.keyClicks(window.notes_panel.editor, "Who are these officials?")
    window.close()  # closing saves the pending edit

    connection = store.open_database(db_path)
    [note] = store.list_notes(connection, window.document.id)
    connection.close()
    assert note.body == "Who are these officials?"
    assert note.anchor.quote == text[start:end]

    reopened = make_window()
    open_and_wait(qtbot, reopened, LoadedDocument("Sample again", text))
    assert reopened.notes_panel.list.count() == 1
    assert "Who are these officials?" in reopened.notes_panel.list.item(0).text()


def test_note_edit_is_saved_after_a_pause_in_typing(qtbot, sample_window, db_path):
    window = sample_window
    window.view.select_span(0, 15)
    window.add_note_action.trigger()
    qtbot.keyClicks(window.notes_panel.editor, "typed")
    qtbot.waitUntil(lambda: window.notes_panel.saved_label.text() == "Saved", timeout=3000)
    connection = store.open_database(db_path)
    assert [n.body for n in store.list_notes(connection, window.document.id)] == ["typed"]
    connection.close()


def test_deleting_a_note_removes_it_and_its_highlight(qtbot, sample_window):
    window = sample_window
    window.view.select_span(0, 15)
    window.add_note_action.trigger()
    assert window.view.highlighter.spans_in_block(0)
    window.notes_panel.delete_button.click()
    assert window.notes_panel.list.count() == 0
    assert all(layer != "NOTE" for *_, layer in window.view.highlighter.spans_in_block(0))


def test_add_note_without_selection_explains_instead_of_failing(sample_window):
    window = sample_window
    window.view.moveCursor(window.view.textCursor().MoveOperation.Start)
    window.add_note_action.trigger()
    assert window.notes_panel.list.count() == 0
    assert "Select a passage" in window.statusBar().currentMessage()


def test_hiding_a_layer_removes_its_highlights(sample_window):
    window = sample_window
    highlighter = window.view.highlighter

    def layers_shown():
        return {layer for block in range(window.view.document().blockCount())
                for *_, layer in highlighter.spans_in_block(block)}

    assert "PERSON" in layers_shown()
    window.layer_actions["PERSON"].setChecked(False)
    assert "PERSON" not in layers_shown()
    window.layer_actions["PERSON"].setChecked(True)
    assert "PERSON" in layers_shown()


def test_window_size_and_dock_layout_are_remembered(qtbot, make_window):
    first = make_window()
    first.resize(first.minimumSizeHint().expandedTo(QSize(640, 480)))  # within the offscreen screen
    size = first.size()
    first.docks["numbers"].hide()
    first.close()
    second = make_window()
    assert second.size() == size
    assert second.docks["numbers"].isHidden()


def test_first_run_window_fits_on_a_screen_smaller_than_its_default_size(make_window):
    window = make_window()
    available = window.screen().availableGeometry()
    assert available.width() < 1440  # the offscreen screen is smaller than the default size
    assert available.contains(window.frameGeometry())


def test_first_run_gives_the_numbers_table_more_height_than_the_repeats_list(make_window):
    window = make_window()
    assert window.docks["numbers"].height() > window.docks["repeats"].height()


def test_opening_a_missing_file_shows_a_message_not_a_traceback(qtbot, make_window, monkeypatch, tmp_path):
    window = make_window()
    shown = []
    monkeypatch.setattr(window, "show_error", shown.append)
    assert window.open_file(tmp_path / "missing.txt") is False
    assert shown and "does not exist" in shown[0]


def test_results_of_a_superseded_analysis_never_reach_the_new_document(qtbot, make_window):
    window = make_window()
    window.open_document(LoadedDocument("First", "Angela Merkel visited Paris. " * 200))
    with qtbot.waitSignal(window.analysis_ready, timeout=30_000) as blocker:
        window.open_document(LoadedDocument("Second", "Joe Biden spoke in Ohio."))
    assert blocker.args[0].text == "Joe Biden spoke in Ohio."
    qtbot.wait(200)
    assert window.analysis.text == "Joe Biden spoke in Ohio."


def test_numbers_panel_shows_a_part_of_link_beside_the_partitive_claim(qtbot, make_window):
    window = make_window()
    text = "Officials said 84 drones were launched. Thirty-four of those drones were shot down over the city."
    open_and_wait(qtbot, window, LoadedDocument("Links", text))
    model = window.numbers_panel.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    linked = headers.index("Linked to")
    rows = {model.index(r, 0).data(): model.index(r, linked).data() for r in range(model.rowCount())}
    assert "34 of 84" in rows["Thirty-four of those drones"]


def test_copying_a_selection_gives_the_original_text_without_display_gaps(sample_window):
    from PySide6.QtWidgets import QApplication

    window = sample_window
    text = window.document.text
    start = text.index("Ukrainian officials have been informed")
    end = text.index("Trump’s initial calls")  # spans a paragraph break
    window.view.select_span(start, end)
    window.view.copy()
    assert QApplication.clipboard().text() == text[start:end]


def test_rapid_document_switching_paints_only_the_last_documents_results(qtbot, make_window):
    window = make_window()
    long_text = "Angela Merkel met officials in Paris, where 84 drones were seen, she said.\n" * 400
    for number in range(8):
        window.open_document(LoadedDocument(f"Doc {number}", f"{number} " + long_text))
        qtbot.wait(5)
    last = LoadedDocument("Last", "Joe Biden spoke in Ohio.\nHe met Kamala Harris there.")
    with qtbot.waitSignal(window.analysis_ready, timeout=30_000) as blocker:
        window.open_document(last)
    qtbot.wait(300)  # give stale results time to arrive, if any were going to
    assert blocker.args[0].text == last.text == window.analysis.text
    highlighter = window.view.highlighter
    blocks = window.view.document().blockCount()
    assert all(not highlighter.spans_in_block(n) for n in range(blocks, blocks + 800))
    assert {e.canonical for e in window.analysis.entities} >= {"Joe Biden"}


def test_a_passage_from_another_library_document_is_listed_and_opens_it(qtbot, make_window):
    window = make_window()
    shared = ("The regional water authority will invest 240 million euros in new pipes over the next "
              "five years, its chairwoman Ilse Brandt announced on Monday.")
    first = LoadedDocument("Story A", f"Residents of Lindau waited years.\n{shared}\n")
    second = LoadedDocument("Story B", f"A second story.\n{shared}\nThe mayor welcomed it.\n")
    open_and_wait(qtbot, window, first)
    qtbot.waitUntil(lambda: "Elsewhere" in window.repeats_panel.elsewhere_label.text()
                    and "looking" not in window.repeats_panel.elsewhere_label.text(), timeout=10_000)
    open_and_wait(qtbot, window, second)
    qtbot.waitUntil(lambda: window.repeats_panel.elsewhere_list.count() == 1, timeout=10_000)
    item = window.repeats_panel.elsewhere_list.item(0)
    assert "Story A" in item.text()
    window.repeats_panel.elsewhere_list.setCurrentItem(item)
    assert window.view.textCursor().selectedText() == shared
    window.repeats_panel.elsewhere_list.itemActivated.emit(item)
    assert window.document.title == "Story A"
    assert window.view.textCursor().selectedText() == shared


def test_a_passage_repeated_many_times_is_one_group_in_the_repeats_panel(qtbot, make_window):
    window = make_window()
    paragraph = ("The harbour board approved a plan on Tuesday to dredge the northern channel before "
                 "the autumn storms, its chairwoman said.")
    text = "\n".join([paragraph, "Fishermen welcomed it."] * 12)
    analysis = open_and_wait(qtbot, window, LoadedDocument("Pasted twelve times", text))
    assert len(analysis.repeats) == 11
    assert window.repeats_panel.list.count() == 1
    assert window.repeats_panel.list.item(0).text().startswith("12 copies")
    window.repeats_panel.list.setCurrentRow(0)
    focused = [s for s in window.view.extraSelections() if s.format.background().color().name() == "#e4d4f5"]
    assert len(focused) == 12


def test_ctrl_c_in_the_article_copies_the_original_text(qtbot, sample_window):
    from PySide6.QtWidgets import QApplication

    window = sample_window
    text = window.document.text
    start = text.index("Ukrainian officials have been informed")
    end = text.index("Trump’s initial calls")
    window.view.select_span(start, end)
    qtbot.keyClick(window.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == text[start:end]


def test_library_matches_of_the_previous_document_never_show_on_the_next(qtbot, make_window):
    window = make_window()
    shared = ("The regional water authority will invest 240 million euros in new pipes over the next "
              "five years, its chairwoman Ilse Brandt announced on Monday.")
    open_and_wait(qtbot, window, LoadedDocument("Story A", f"Residents waited.\n{shared}\n"))
    open_and_wait(qtbot, window, LoadedDocument("Story B", f"A second story.\n{shared}\n"))
    window.open_document(LoadedDocument("Story C", "Nothing shared here at all, said the mayor."))
    assert window.repeats_panel.elsewhere_list.count() == 0
    qtbot.wait(300)
    assert window.repeats_panel.elsewhere_list.count() == 0
