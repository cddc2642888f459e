"""The library dock, importing off the GUI thread, recent documents and the reading position."""

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop import store
from desktop.importing import LoadedDocument, read_document
from desktop.paths import SAMPLE_DOCUMENT
from desktop.ui.panels.library import delete_message
from tests.fixtures.bad_input import write_bad_inputs
from tests.fixtures.documents import news_page, wrap, write_pdf

from .conftest import ANALYSIS_TIMEOUT_MS, open_and_wait

STORY = "Angela Merkel met Emmanuel Macron in Paris on Tuesday, officials said.\n"


def import_and_wait(qtbot, window, path):
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        assert window.open_file(path)


def import_and_fail(qtbot, window, monkeypatch, path) -> str:
    shown = []
    monkeypatch.setattr(window, "show_error", shown.append)
    with qtbot.waitSignal(window.library.importer.failed, timeout=ANALYSIS_TIMEOUT_MS):
        assert window.open_file(path)
    assert len(shown) == 1 and not window.library.importer.busy
    return shown[0]


def test_imported_web_page_is_in_the_library_with_its_metadata(qtbot, make_window, tmp_path):
    window = make_window()
    page = tmp_path / "leaders.html"
    page.write_text(news_page("Leaders meet", [STORY.strip()] * 3, url="https://news.example/leaders",
                              published="2024-03-05"), encoding="utf-8")
    import_and_wait(qtbot, window, page)
    assert window.document.title == "Leaders meet"
    assert window.document.source_url == "https://news.example/leaders"
    panel = window.library.panel
    assert panel.visible_titles() == ["Leaders meet"]
    summary = panel.summary(window.document.id)
    assert summary.word_count == len(window.document.text.split()) and summary.note_count == 0
    assert panel.model.item(0, 1).text() == "news.example"
    assert window.library.origin_label.text() == "Web page · UTF-8"


def test_the_encoding_used_is_shown(qtbot, make_window, tmp_path):
    window = make_window()
    path = tmp_path / "french.txt"
    path.write_bytes("Le président a déclaré que la réforme était nécessaire à Genève.".encode("cp1252"))
    import_and_wait(qtbot, window, path)
    assert window.library.origin_label.text() == "Text · Windows-1252 (Western European)"
    assert "président" in window.view.text


@pytest.mark.parametrize("name, message", [
    ("empty", "is empty"), ("binary", "binary"), ("huge", "too long"), ("truncated_pdf", "not a readable PDF"),
])
def test_bad_files_give_a_message_and_leave_the_open_document(qtbot, sample_window, monkeypatch, tmp_path,
                                                               name, message):
    path = write_bad_inputs(tmp_path)[name]
    before = sample_window.document
    assert message in import_and_fail(qtbot, sample_window, monkeypatch, path)
    assert sample_window.document == before


@pytest.mark.parametrize("name", ["invalid_bytes", "nul", "long_line", "rtl", "emoji"])
def test_difficult_but_readable_files_open(qtbot, make_window, tmp_path, name):
    window = make_window()
    path = write_bad_inputs(tmp_path)[name]
    import_and_wait(qtbot, window, path)
    assert window.view.text == window.document.text == read_document(path).text


def test_cancel_stops_an_import_and_nothing_is_opened(qtbot, sample_window, tmp_path):
    pages = [wrap(STORY * 12, 90)] * 150
    path = write_pdf(tmp_path / "long.pdf", pages)
    before = sample_window.document
    assert sample_window.open_file(path)
    assert sample_window.library.cancel_button.isVisibleTo(sample_window)
    sample_window.library.cancel()
    qtbot.wait(300)
    assert not sample_window.library.importer.busy
    assert sample_window.document == before
    assert "cancelled" in sample_window.statusBar().currentMessage()
    assert store.list_documents(sample_window._connection)[0].title == before.title


def drop_files(window, paths) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def test_several_dropped_files_are_all_imported_and_the_last_stays_open(qtbot, make_window, monkeypatch,
                                                                       tmp_path):
    window = make_window()
    shown = []
    monkeypatch.setattr(window, "show_error", shown.append)
    paths = []
    for name, story in (("harbour", "The harbour in Cork reopened."), ("budget", "Ohio passed a budget.")):
        paths.append(tmp_path / f"{name}.txt")
        paths[-1].write_text(story, encoding="utf-8")
    missing = tmp_path / "gone.txt"
    drop_files(window, [paths[0], missing, paths[1]])
    qtbot.waitUntil(lambda: window.document is not None and window.document.title == "budget",
                    timeout=ANALYSIS_TIMEOUT_MS)
    assert sorted(window.library.panel.visible_titles()) == ["budget", "harbour"]
    assert shown == [f"{missing} does not exist."]


def test_cancel_also_drops_the_files_still_waiting(qtbot, sample_window, tmp_path):
    long_pdf = write_pdf(tmp_path / "long.pdf", [wrap(STORY * 12, 90)] * 150)
    short = tmp_path / "short.txt"
    short.write_text(STORY, encoding="utf-8")
    before = sample_window.document
    later = tmp_path / "later.txt"
    later.write_text("Joe Biden spoke in Ohio.", encoding="utf-8")
    sample_window.library.import_files([long_pdf, short])
    sample_window.library.cancel()
    qtbot.wait(300)
    assert not sample_window.library.importer.busy
    assert sample_window.document == before
    import_and_wait(qtbot, sample_window, later)  # opening another file later must not resume the batch
    qtbot.wait(300)
    assert sample_window.document.title == "later"
    assert sorted(d.title for d in store.list_documents(sample_window._connection)) == sorted([before.title, "later"])


def test_sort_and_filter(qtbot, make_window):
    window = make_window()
    for title, text in (("Budget vote", "The council approved the budget. " * 30),
                        ("Harbour", "The harbour reopened. " * 5),
                        ("Election night", "Votes were counted all night in Ohio. " * 12)):
        window.open_document(LoadedDocument(title, text))
    panel = window.library.panel
    panel.table.sortByColumn(3, panel.table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    assert panel.visible_titles() == ["Harbour", "Election night", "Budget vote"]
    panel.filter.setText("VOTE")
    assert panel.visible_titles() == ["Budget vote"]
    panel.filter.clear()
    assert len(panel.visible_titles()) == 3


def test_open_from_the_library(qtbot, make_window):
    window = make_window()
    window.open_document(LoadedDocument("First", STORY))
    first = window.document.id
    open_and_wait(qtbot, window, LoadedDocument("Second", "Joe Biden spoke in Ohio."))
    panel = window.library.panel
    panel.select(first)
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        panel.open_selected()
    assert window.document.id == first and window.view.text == STORY


def test_rename(qtbot, make_window, monkeypatch):
    window = make_window()
    window.open_document(LoadedDocument("Old title", STORY))
    panel = window.library.panel
    panel.select(window.document.id)
    monkeypatch.setattr(panel, "ask_title", lambda summary: "  A  better title ")
    panel.rename_selected()
    assert panel.visible_titles() == ["A better title"]
    assert window.document.title == "A better title" and window.windowTitle().startswith("A better title")


def test_delete_confirmation_counts_the_notes_and_delete_removes_them(qtbot, make_window, monkeypatch):
    window = make_window()
    window.open_document(LoadedDocument("Doomed", STORY))
    doomed = window.document
    for start in (0, 20):
        store.add_note(window._connection, doomed.id, store.make_anchor(doomed.text, start, start + 5), "note")
    window.open_document(LoadedDocument("Kept", "Joe Biden spoke in Ohio."))
    panel = window.library.panel
    panel.set_documents(store.list_documents(window._connection))
    panel.select(doomed.id)
    asked = []
    monkeypatch.setattr(panel, "confirm_delete", lambda summary: asked.append(delete_message(summary)) or False)
    panel.delete_selected()
    assert "2 notes will be deleted" in asked[0] and "Doomed" in asked[0]
    assert store.get_document(window._connection, doomed.id) is not None  # declined: nothing deleted
    monkeypatch.setattr(panel, "confirm_delete", lambda summary: True)
    panel.delete_selected()
    assert store.get_document(window._connection, doomed.id) is None
    assert store.list_notes(window._connection, doomed.id) == []
    assert panel.visible_titles() == ["Kept"]


def test_delete_message_for_a_document_without_notes():
    summary = store.DocumentSummary(1, "Plain", "", "2026-01-01T00:00:00Z", None, None, 10, 0)
    assert "no notes" in delete_message(summary)


def test_recent_documents_menu_lists_the_latest_first_and_opens_them(qtbot, make_window):
    window = make_window()
    for title in ("One", "Two", "Three"):
        window.open_document(LoadedDocument(title, f"{title} is a story about Paris."))
    menu = window.library.recent_menu
    menu.aboutToShow.emit()
    labels = [a.text() for a in menu.actions()]
    assert labels == ["&1 Three", "&2 Two", "&3 One"]
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        menu.actions()[2].trigger()
    assert window.document.title == "One"


def test_reopening_a_document_restores_the_reading_position(qtbot, make_window):
    window = make_window()
    long_text = "".join(f"Paragraph {n}: the council met and the mayor spoke about the budget.\n" for n in range(400))
    open_and_wait(qtbot, window, LoadedDocument("Long", long_text))
    long_id = window.document.id
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    top = window.view.first_visible_offset()  # a code-point offset, whatever the display adds
    assert top > 1000
    open_and_wait(qtbot, window, LoadedDocument("Short", STORY))
    assert store.get_document(window._connection, long_id).scroll_position == top
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS):
        window.library.open_stored(long_id)
    line = len(long_text.split("\n")[0]) + 1
    qtbot.waitUntil(lambda: abs(window.view.first_visible_offset() - top) <= line)


def test_the_sample_is_in_an_empty_library_on_first_start(qtbot, make_window):
    window = make_window()
    assert store.list_documents(window._connection) == []
    window.library.ensure_sample()
    window.library.ensure_sample()
    documents = store.list_documents(window._connection)
    assert len(documents) == 1 and documents[0].source.endswith(SAMPLE_DOCUMENT.name)
    assert window.library.panel.visible_titles() == [documents[0].title]
