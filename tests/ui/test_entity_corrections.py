"""Correcting entities in the Entities panel: keys, context menu, the corrections list, persistence."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.importing import LoadedDocument

from .conftest import open_and_wait
from .test_main_window import entity_items


def _entities(window):
    return {(e.canonical, e.label): e for e in window.analysis.entities}


def _select(window, canonical):
    assert window.entities_panel.select_entity(canonical)
    window.entities_panel.tree.setFocus()


def _panel_names(window):
    return {item.text(0) for item in entity_items(window.entities_panel)}


def _menu_action(menu, *path):
    """The action reached by following menu titles (without '&') in ``path``."""
    for title in path:
        action = next(a for a in menu.actions() if a.text().replace("&", "") == title)
        menu = action.menu() or menu
    return action


def test_f2_renames_in_place_and_the_name_survives_reopening(qtbot, make_window, sample_window):
    window = sample_window
    _select(window, "Elon Musk")
    qtbot.keyClick(window.entities_panel.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Elon Musk"
    editor.selectAll()
    qtbot.keyClicks(editor, "Elon R. Musk")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ("Elon R. Musk", "PERSON") in _entities(window))
    assert "Elon Musk" not in _panel_names(window)
    assert window.entities_panel.current_entity().canonical == "Elon R. Musk"

    text = window.document.text
    window.close()
    reopened = make_window()
    open_and_wait(qtbot, reopened, LoadedDocument("Sample again", text))
    assert ("Elon R. Musk", "PERSON") in _entities(reopened)
    assert "Elon Musk" not in _panel_names(reopened)


def test_delete_marks_an_entity_not_an_entity_and_removes_its_highlight(qtbot, sample_window):
    window = sample_window
    _select(window, "Kremlin")
    kremlin = window.entities_panel.current_entity()
    qtbot.keyClick(window.entities_panel.tree, Qt.Key.Key_Delete)
    assert ("Kremlin", "ORG") not in _entities(window)
    assert "Kremlin" not in _panel_names(window)
    block = window.view.document().findBlock(kremlin.mentions[0].start)
    local = kremlin.mentions[0].start - block.position()
    assert not any(
        start <= local < end and layer == "ORG"
        for start, end, layer in window.view.highlighter.spans_in_block(block.blockNumber())
    )


def test_context_menu_changes_type_and_merges(sample_window):
    window = sample_window
    panel = window.entities_panel
    _select(window, "Kremlin")
    _menu_action(panel.correction_menu(), "Change Type", "Place").trigger()
    assert ("Kremlin", "PLACE") in _entities(window)
    assert {m.label for m in _entities(window)[("Kremlin", "PLACE")].mentions} == {"PLACE"}

    moscow_before = len(_entities(window)[("Moscow", "PLACE")].mentions)
    kremlin_mentions = len(_entities(window)[("Kremlin", "PLACE")].mentions)
    _select(window, "Kremlin")
    _menu_action(panel.correction_menu(), "Merge Into", "Moscow (Place)").trigger()
    assert ("Kremlin", "PLACE") not in _entities(window)
    assert len(_entities(window)[("Moscow", "PLACE")].mentions) == moscow_before + kremlin_mentions


def test_one_mention_can_be_rejected_and_the_rest_kept(qtbot, sample_window):
    window = sample_window
    _select(window, "Vladimir Putin")
    before = window.entities_panel.current_entity().mentions
    window.entities_panel.step(1)  # now on the second mention
    qtbot.keyClick(window.entities_panel.tree, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    after = _entities(window)[("Vladimir Putin", "PERSON")].mentions
    assert after == before[:1] + before[2:]


def test_undo_and_the_corrections_list_remove_corrections(qtbot, sample_window):
    window = sample_window
    original = _entities(window)
    _select(window, "Kremlin")
    window.entities_panel.reject_current()
    _select(window, "Moscow")
    window.entities_panel.relabel_current("ORG")
    assert ("Moscow", "ORG") in _entities(window)

    window.undo_action.trigger()
    assert ("Moscow", "PLACE") in _entities(window) and ("Kremlin", "ORG") not in _entities(window)
    window.redo_action.trigger()
    assert ("Moscow", "ORG") in _entities(window)
    window.undo_action.trigger()

    window.show_corrections()
    dialog = window.corrections_dialog
    assert dialog.list.count() == 1 and "Kremlin" in dialog.list.item(0).text()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0 and dialog.empty_label.isVisibleTo(dialog)
    assert _entities(window) == original


def test_ctrl_z_in_the_panel_undoes_a_correction(qtbot, sample_window):
    window = sample_window
    _select(window, "Kremlin")
    qtbot.keyClick(window.entities_panel.tree, Qt.Key.Key_Delete)
    assert ("Kremlin", "ORG") not in _entities(window)
    qtbot.keyClick(window.entities_panel.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ("Kremlin", "ORG") in _entities(window)
    assert window.entities_panel.select_entity("Kremlin")


@pytest.mark.parametrize(("name", "label"), [("Ukrainian", "GROUP"), ("Thursday", "DATE")])
def test_groups_and_dates_are_listed_navigable_and_highlighted_but_not_correctable(qtbot, sample_window, name, label):
    window = sample_window
    panel = window.entities_panel
    assert panel.select_entity(name, label)
    group = panel.current_entity()
    assert window.view.selected_span() == (group.mentions[0].start, group.mentions[0].end)
    qtbot.keyClick(window.view, Qt.Key.Key_F3)
    assert window.view.selected_span() == (group.mentions[1].start, group.mentions[1].end)
    assert panel.correction_menu() is None
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    assert not isinstance(QApplication.focusWidget(), QLineEdit)
    assert panel.select_entity(name, label)  # still listed: no correction was made
    block = window.view.document().findBlock(group.mentions[0].start)
    assert any(layer == label for *_, layer in window.view.highlighter.spans_in_block(block.blockNumber()))


def test_dates_are_the_last_section_and_alt_9_shows_or_hides_their_layer(sample_window):
    window = sample_window
    tree = window.entities_panel.tree
    sections = [tree.topLevelItem(i).text(0).split(" (")[0] for i in range(tree.topLevelItemCount())]
    assert sections[-2:] == ["Groups", "Dates"]
    assert window.layer_actions["DATE"].shortcut() == QKeySequence("Alt+9")
    thursday = next(d for d in window.analysis.dates if d.canonical == "Thursday").mentions[0]
    block = window.view.document().findBlock(thursday.start).blockNumber()

    def shown():
        return {layer for *_, layer in window.view.highlighter.spans_in_block(block)}

    assert "DATE" in shown()
    window.layer_actions["DATE"].trigger()
    assert "DATE" not in shown()
    window.layer_actions["DATE"].trigger()
    assert "DATE" in shown()
