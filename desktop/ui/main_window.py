"""The main window: the article in the centre, one dock per layer around it."""

from __future__ import annotations

import dataclasses
import functools
import html
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction, QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QIcon, QKeySequence, QPixmap, QUndoStack,
)
from PySide6.QtWidgets import (
    QColorDialog, QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QProgressBar, QToolBar, QWidget,
)

from .. import __version__, store
from ..analysis import Analysis, AnalysisCancelled
from ..cross_document import find_repeats_elsewhere
from ..analysis.entities import Correction, apply_corrections
from ..errors import UserError
from ..importing import OPEN_FILTER, LoadedDocument, pasted_document
from .library_controller import LibraryController
from .article_view import ArticleView
from ..store import corrections as entity_corrections
from .entity_commands import CorrectEntityCommand
from .panels.entities import CorrectionsDialog, EntitiesPanel
from ..store import export as notes_export
from ..store import search as library_search
from .note_commands import AddNoteCommand, DeleteNoteCommand, EditNoteCommand, NotesContext
from .panels.notes import NotesPanel
from .search import LibrarySearchDialog
from .span_index import entity_layers
from .panels.numbers import NumbersPanel
from .panels.repeats import RepeatsPanel
from .panels.sources import SourcesPanel
from .slices import SlicedWork, Steps, run_to_end, superseding
from .theme import DIFF_BACKGROUND, FOCUS_BACKGROUND, LAYERS, NOTE, background_format
from .worker import AnalysisOutcome, BackgroundRunner, analyse_for_display

# The first start's layout on a screen with room for it; a smaller screen scales it down.
FIRST_RUN_SIZE = QSize(1440, 900)
FIRST_RUN_SCREEN_SHARE = 0.95
FIRST_RUN_DOCK_WIDTHS = (300, 430)  # the entities and the numbers columns
# Each column's panels, top to bottom: the numbers table gets more rows than the repeats list,
# which rarely holds more than a few pairs.
FIRST_RUN_DOCK_HEIGHTS = {("entities", "notes"): (520, 300), ("numbers", "repeats"): (500, 320)}


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class MainWindow(QMainWindow):
    """Shows one document at a time; owns the database connection's use from the GUI."""

    analysis_ready = Signal(object)  # Analysis, after every panel shows it

    def __init__(self, connection: sqlite3.Connection, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Close Reader")
        self.setAcceptDrops(True)
        self._connection = connection
        self._database_path = store.database_file(connection)
        self._settings = settings
        self.document: store.StoredDocument | None = None
        self.analysis: Analysis | None = None
        self._recognised_entities: tuple = ()  # before the reader's corrections

        self.view = ArticleView()
        self.view.add_note_requested.connect(self.add_note_from_selection)
        self.setCentralWidget(self.view)

        self.entities_panel = EntitiesPanel()
        self.numbers_panel = NumbersPanel()
        self.repeats_panel = RepeatsPanel()
        self.sources_panel = SourcesPanel()
        self.notes_panel = NotesPanel()
        self.entities_panel.mention_selected.connect(self.jump_to)
        self.entities_panel.correction_requested.connect(self.correct_entity)
        self.entities_panel.corrections_list_requested.connect(self.show_corrections)
        self.corrections_dialog: CorrectionsDialog | None = None
        self.numbers_panel.claim_selected.connect(self.jump_to)
        self.sources_panel.attribution_selected.connect(self.jump_to)
        self.sources_panel.claims_selected.connect(self._show_source_claims)
        self.repeats_panel.pair_selected.connect(self._show_repeat_pair)
        self.repeats_panel.elsewhere_selected.connect(self.jump_to)
        self.repeats_panel.elsewhere_opened.connect(self.open_passage)
        self.notes_panel.note_selected.connect(self._show_note_passage)
        self.notes_panel.note_edited.connect(self._save_note)
        self.notes_panel.delete_requested.connect(self._delete_note)
        self.notes_panel.document_note_requested.connect(self.add_document_note)
        self.notes_panel.search_changed.connect(self._search_notes)
        self.notes_panel.tag_colour_requested.connect(self._choose_tag_colour)
        self.undo_stack = QUndoStack(self)  # notes: add, edit and delete; entity corrections
        self._notes_context = NotesContext(connection, self._note_changed, lambda message: self.show_error(message))
        self.search_dialog: LibrarySearchDialog | None = None

        self.docks = {
            "entities": self._add_dock("Entities", self.entities_panel, Qt.DockWidgetArea.LeftDockWidgetArea),
            "notes": self._add_dock("Notes", self.notes_panel, Qt.DockWidgetArea.LeftDockWidgetArea),
            "numbers": self._add_dock("Numbers", self.numbers_panel, Qt.DockWidgetArea.RightDockWidgetArea),
            "repeats": self._add_dock("Repeats", self.repeats_panel, Qt.DockWidgetArea.RightDockWidgetArea),
            "sources": self._add_dock("Sources", self.sources_panel, Qt.DockWidgetArea.RightDockWidgetArea),
        }
        self.tabifyDockWidget(self.docks["repeats"], self.docks["sources"])
        self.docks["repeats"].raise_()

        self.runner = BackgroundRunner(self, cancelled_errors=(AnalysisCancelled,))
        self.runner.finished.connect(self._on_analysis_finished)
        self.library_repeats = BackgroundRunner(self)
        self.library_repeats.finished.connect(self.repeats_panel.set_elsewhere)
        self.library_repeats.failed.connect(
            lambda message: self.statusBar().showMessage(f"Could not compare with the library: {message}", 10000)
        )
        self.runner.failed.connect(self._on_analysis_failed)
        self.runner.progress.connect(self._on_analysis_progress)
        self.panel_filling = SlicedWork(self)  # analysis results into the panels, a slice per event-loop turn

        self._build_status_bar()
        self.library = LibraryController(self, connection)
        self.docks["library"] = self._add_dock("Library", self.library.panel, Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.docks["numbers"], self.docks["library"])  # the wider side: five columns
        self.docks["numbers"].raise_()
        self._build_actions()
        self._restore_settings()

    # ----- building -------------------------------------------------------------------------

    def _add_dock(self, title: str, panel: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{title.lower()}Dock")
        dock.setWidget(panel)
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        self.words_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.words_label)

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                              if shortcut else tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action("&Open…", self.choose_file, QKeySequence.StandardKey.Open,
                                        "Open a text file")
        self.paste_action = self._action("&Paste as New Document", self.paste_document, "Ctrl+Shift+V",
                                         "Open the clipboard's text as a new document")
        self.sample_action = self._action("Open &Sample Article", self.open_sample, None,
                                          "Open the sample news article")
        quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.add_note_action = self._action("Add &Note", self.add_note_from_selection, "Ctrl+N",
                                            "Add a note to the selected passage")
        self.add_document_note_action = self._action("Add Note on &Document", self.add_document_note,
                                                     "Ctrl+Shift+N", "Add a note about the whole document")
        self.undo_action = self._action("&Undo", self._undo_notes, QKeySequence.StandardKey.Undo,
                                        "Undo the last note added, edited or deleted")
        self.redo_action = self._action("&Redo", self._redo_notes, "Ctrl+Shift+Z",
                                        "Redo the note change just undone")
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda text: self.undo_action.setText(f"&Undo {text}".strip()))
        self.undo_stack.redoTextChanged.connect(lambda text: self.redo_action.setText(f"&Redo {text}".strip()))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.search_action = self._action("&Search Library…", self.show_library_search, "Ctrl+Shift+F",
                                          "Search every document and note in the library")
        self.export_notes_action = self._action("&Export Notes…", lambda: self.export_notes(all_documents=False),
                                                None, "Save this document's notes as Markdown, CSV or JSON-LD")
        self.export_all_notes_action = self._action("Export &All Notes…", lambda: self.export_notes(all_documents=True),
                                                    None, "Save every note in the library")
        self.next_mention_action = self._action("&Next Mention", lambda: self.entities_panel.step(1), "F3",
                                                "Next mention of the selected entity")
        self.previous_mention_action = self._action("&Previous Mention", lambda: self.entities_panel.step(-1),
                                                    "Shift+F3", "Previous mention of the selected entity")
        zoom_in = self._action("Zoom &In", lambda: self._zoom(1), QKeySequence.StandardKey.ZoomIn)
        zoom_out = self._action("Zoom &Out", lambda: self._zoom(-1), QKeySequence.StandardKey.ZoomOut)
        zoom_reset = self._action("&Reset Zoom", lambda: self._zoom(0), "Ctrl+0")

        file_menu = self.menuBar().addMenu("&File")
        for action in (self.open_action, self.paste_action, self.sample_action):
            file_menu.addAction(action)
        file_menu.addMenu(self.library.recent_menu)
        file_menu.addAction(self._action("&Library", self.library.show_panel, "Ctrl+L",
                                         "List every document in the library"))
        file_menu.addSeparator()
        file_menu.addAction(self.export_notes_action)
        file_menu.addAction(self.export_all_notes_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        copy_action = self._action("&Copy", self.view.copy, QKeySequence.StandardKey.Copy)
        edit_menu.addAction(copy_action)
        edit_menu.addAction(self.add_note_action)
        edit_menu.addAction(self.add_document_note_action)
        edit_menu.addAction(self.search_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self._action("Entity &Corrections…", self.show_corrections, None,
                                         "List this document's entity corrections; remove any of them"))

        navigate_menu = self.menuBar().addMenu("&Navigate")
        navigate_menu.addAction(self.next_mention_action)
        navigate_menu.addAction(self.previous_mention_action)

        view_menu = self.menuBar().addMenu("&View")
        self.layer_actions: dict[str, QAction] = {}
        toolbar = QToolBar("Highlights")
        toolbar.setObjectName("highlightsToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.add_note_action)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(" Highlight: "))
        highlight_menu = view_menu.addMenu("&Highlight")
        for number, layer in enumerate(LAYERS, start=1):
            action = QAction(_swatch(layer.colour), layer.label, self)
            action.setCheckable(True)
            action.setChecked(True)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.setToolTip(f"Show or hide {layer.label.lower()} (Alt+{number})")
            action.toggled.connect(lambda on, key=layer.key: self.view.highlighter.set_layer_enabled(key, on))
            self.layer_actions[layer.key] = action
            highlight_menu.addAction(action)
            toolbar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        view_menu.addSeparator()
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        for action in (zoom_in, zoom_out, zoom_reset):
            view_menu.addAction(action)
        self.addActions([zoom_in, zoom_out, zoom_reset, self.next_mention_action, self.previous_mention_action])

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self._action("&About Close Reader", self._about))

    # ----- documents ----------------------------------------------------------------------

    def open_document(self, loaded: LoadedDocument, then: Callable[[], None] | None = None) -> None:
        """Store ``loaded`` in the library, show it with its notes, and start analysing it.

        A long text is stored off the GUI thread, so it may be shown only after this returns;
        ``then`` is called once it is shown in full.
        """
        self.notes_panel.flush()
        self.library.remember_position()
        self.library.save_then_show(loaded, lambda document: self._show_document(document, loaded, then))

    def _show_document(self, document: store.StoredDocument, loaded: LoadedDocument,
                       then: Callable[[], None] | None) -> None:
        """Make the stored ``document`` the open one (``open_document`` once it is in the library)."""
        self.document = document
        self.panel_filling.cancel()  # the previous document's results
        self.undo_stack.clear()  # note undo is per document
        self.library_repeats.cancel()  # its results would be offsets into the previous document
        self.repeats_panel.set_elsewhere(None)
        self.analysis = None
        self.setWindowTitle(f"{self.document.title} — Close Reader")
        self.view.set_text(self.document.text)
        self.library.document_opened(self.document, loaded)
        self.entities_panel.set_entities(())
        self.numbers_panel.set_claims(())
        self.repeats_panel.set_repeats(self.document.text, ())
        self.sources_panel.set_attributions(())
        self._reload_notes()
        self.words_label.setText(f"{self.document.word_count:,} words · analysing…")
        self.progress.setValue(0)
        self.progress.show()
        self.runner.cancel()
        # Analysis starts once the view holds the whole text: a worker running Python slows every
        # call Qt makes into Python, and loading makes one per paragraph.
        self.view.after_loading(functools.partial(self.runner.start,
                                                  functools.partial(analyse_for_display, self.document.text)))
        if then is not None:
            self.view.after_loading(then)

    def open_file(self, path: str | Path) -> bool:
        """Import ``path`` (any supported format) off the GUI thread, then open it; False if it cannot start."""
        return self.library.import_file(path)

    def choose_file(self) -> None:
        start = self._settings.value("lastFolder", str(Path.home()))
        paths, _ = QFileDialog.getOpenFileNames(self, "Open documents", start, OPEN_FILTER)
        if paths:
            self._settings.setValue("lastFolder", str(Path(paths[0]).parent))
            self.library.import_files(paths)

    def open_sample(self) -> None:
        from ..paths import SAMPLE_DOCUMENT
        self.open_file(SAMPLE_DOCUMENT)

    def paste_document(self) -> None:
        try:
            document = pasted_document(QGuiApplication.clipboard().text())
        except UserError as error:
            self.show_error(str(error))
            return
        self.open_document(document)

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, "Close Reader", message)

    # ----- analysis results -----------------------------------------------------------------

    def _on_analysis_progress(self, report: tuple[str, float]) -> None:
        stage, fraction = report
        self.progress.setValue(int(fraction * 100))
        self.statusBar().showMessage(f"Analysing: {stage}…")

    def _on_analysis_failed(self, message: str) -> None:
        self.progress.hide()
        self.statusBar().clearMessage()
        self.show_error(f"Analysis failed, highlights are missing: {message}")

    def _on_analysis_finished(self, outcome: AnalysisOutcome) -> None:
        analysis, seconds = outcome.analysis, outcome.seconds
        if self.document is None or analysis.text != self.document.text:
            return
        self.analysis = analysis
        self._recognised_entities = analysis.entities
        # The worker indexed every layer; entity layers are re-indexed only if corrections change them.
        self.view.highlighter.set_indexed_layers(outcome.layer_index)
        self.panel_filling.start(self._fill_panels(analysis, seconds), seconds_at_once=0)

    def _fill_panels(self, analysis: Analysis, seconds: float) -> Steps:
        """Show the results panel by panel, a few rows per step: on a long document filling
        the panels in one go would freeze the window."""
        yield from self._entity_steps()
        yield from self.numbers_panel.fill_claims(analysis.numeric_claims, analysis.claim_links, analysis.text)
        yield from self.repeats_panel.fill_repeats(analysis.text, analysis.repeats)
        yield from self.sources_panel.fill_attributions(analysis.attributions, analysis.quotes, analysis.text)
        self._analysis_shown(seconds)
        # Last: a worker running Python slows every call the panels and the highlighter make into Python.
        self.view.highlighter.when_formatted(lambda: self._find_repeats_elsewhere(analysis))

    def _analysis_shown(self, seconds: float) -> None:
        self.progress.hide()
        self.statusBar().clearMessage()
        self.words_label.setText(f"{self.analysis.word_count:,} words · analysed in {seconds:.2f} s")
        self.analysis_ready.emit(self.analysis)

    def _find_repeats_elsewhere(self, analysis: Analysis) -> None:
        """Index this document's passages and look for them in the rest of the library, off the GUI thread."""
        database = self._database_path
        if not database or self.document is None:
            self.repeats_panel.set_elsewhere([])
            return
        document_id, text, sentences = self.document.id, analysis.text, analysis.sentences

        def work(_progress, cancelled) -> list:
            connection = store.open_database(database)
            try:
                return find_repeats_elsewhere(connection, document_id, text, sentences, cancelled)
            finally:
                connection.close()

        self.repeats_panel.set_elsewhere(None)
        self.library_repeats.start(work)

    # ----- entity corrections -----------------------------------------------------------------

    def _show_entities(self, current: tuple[str, str] | None = None) -> None:
        """Apply the document's stored corrections to the recognised entities and show the result.

        ``current`` (name, type) is made the panel's current entity again if it still exists.
        """
        run_to_end(self._entity_steps(current))

    @superseding
    def _entity_steps(self, current: tuple[str, str] | None = None) -> Steps:
        """``_show_entities`` an entity per step."""
        if self.analysis is None or self.document is None:
            return
        stored = entity_corrections.list_corrections(self._connection, self.document.id)
        entities = apply_corrections(self._recognised_entities, [c.correction for c in stored])
        if entities != self.analysis.entities:
            before, after = entity_layers(self.analysis.entities), entity_layers(entities)
            yield
            self.view.highlighter.change_layers(before, after)
            self.analysis = dataclasses.replace(self.analysis, entities=entities)
            yield
        yield from self.entities_panel.fill_entities(entities, self.analysis.groups, self.analysis.dates)
        yield  # a newer call stops this one here, before it selects or lists anything
        if current is not None:
            self.entities_panel.select_entity(*current)
        if self.corrections_dialog is not None:
            self.corrections_dialog.set_corrections(stored)

    def correct_entity(self, correction: Correction) -> None:
        """Save the reader's correction for this document (undoably) and show the corrected entities."""
        if self.document is not None:
            self.undo_stack.push(CorrectEntityCommand(
                self._connection, self.document.id, correction, self._correction_shown, self.show_error))

    def _correction_shown(self, correction: Correction | None) -> None:
        """Redraw after a correction was made (or redone), or undone (None)."""
        if correction is None:
            self._show_entities()
            return
        after = (correction.new_canonical or correction.canonical, correction.new_label or correction.label)
        self._show_entities(None if correction.kind == "not_entity" else after)
        self.statusBar().showMessage(f"{correction.describe()}. Ctrl+Z undoes it.", 8000)

    def remove_correction(self, correction_id: int) -> None:
        try:
            entity_corrections.delete_correction(self._connection, correction_id)
        except sqlite3.Error as error:
            self.show_error(f"The correction could not be removed: {error}")
            return
        self._show_entities()

    def show_corrections(self) -> None:
        if self.corrections_dialog is None:
            self.corrections_dialog = CorrectionsDialog(self)
            self.corrections_dialog.remove_requested.connect(self.remove_correction)
        stored = [] if self.document is None else entity_corrections.list_corrections(
            self._connection, self.document.id)
        self.corrections_dialog.set_corrections(stored)
        self.corrections_dialog.show()
        self.corrections_dialog.raise_()

    # ----- navigation -----------------------------------------------------------------------

    def jump_to(self, start: int, end: int) -> None:
        """Select ``text[start:end]`` in the article and mark it as the focus."""
        self.view.set_transient_highlights("diff", [], background_format(DIFF_BACKGROUND))
        self.view.set_transient_highlights("focus", [(start, end)], background_format(FOCUS_BACKGROUND))
        self.view.select_span(start, end)

    def _show_source_claims(self, spans: list[tuple[int, int]]) -> None:
        """Highlight every claim of one source (and its attribution phrases); scroll to the first."""
        self.view.set_transient_highlights("diff", [], background_format(DIFF_BACKGROUND))
        self.view.set_transient_highlights("focus", spans, background_format(FOCUS_BACKGROUND))
        if spans:
            first = min(start for start, _ in spans)
            self.view.select_span(first, first)
            bar = self.view.verticalScrollBar()  # the first claim a third of the way down, not at the edge
            bar.setValue(bar.value() + self.view.cursorRect().top() - self.view.viewport().height() // 3)

    def _show_repeat_pair(self, pair, comparison, copies) -> None:
        self.view.set_transient_highlights(
            "focus", [(span.start, span.end) for span in copies], background_format("#e4d4f5")
        )
        self.view.set_transient_highlights(
            "diff", [(s.start, s.end) for s in comparison.changed_spans()], background_format(DIFF_BACKGROUND, True)
        )
        # Scroll to the first copy without selecting it: a selection would hide the marked words.
        self.view.select_span(pair.a.start, pair.a.start)

    # ----- notes --------------------------------------------------------------------------

    def add_note_from_selection(self) -> None:
        span = self.view.selected_span()
        if self.document is None or span is None:
            self.statusBar().showMessage("Select a passage in the article first, then add a note.", 5000)
            return
        self._add_note(store.make_anchor(self.document.text, *span))

    def add_document_note(self) -> None:
        if self.document is not None:
            self._add_note(store.DOCUMENT_ANCHOR)

    def _add_note(self, anchor: store.NoteAnchor) -> None:
        self.notes_panel.flush()
        command = AddNoteCommand(self._notes_context, self.document.id, anchor)
        self.undo_stack.push(command)
        if command.note is not None:
            self.docks["notes"].show()
            self.docks["notes"].raise_()
            self.notes_panel.edit_note(command.note.id)

    def _save_note(self, note_id: int, body: str, tags: tuple[str, ...]) -> None:
        try:
            before = store.get_note(self._connection, note_id)
        except KeyError:
            return  # deleted meanwhile (by an undo, or another window)
        self.undo_stack.push(EditNoteCommand(self._notes_context, before, body, tags))

    def _delete_note(self, note_id: int) -> None:
        self.notes_panel.flush()  # undoing the delete brings back what was typed last
        try:
            note = store.get_note(self._connection, note_id)
        except KeyError:
            return
        self.undo_stack.push(DeleteNoteCommand(self._notes_context, note))
        self.statusBar().showMessage("Note deleted. Ctrl+Z brings it back.", 5000)

    def _show_note_passage(self, note: store.Note) -> None:
        if not note.on_document and not note.orphaned:
            self.jump_to(note.anchor.start, note.anchor.end)

    def _undo_notes(self) -> None:
        self.notes_panel.flush()  # what was just typed becomes the step to undo
        self.undo_stack.undo()

    def _redo_notes(self) -> None:
        self.notes_panel.flush()
        self.undo_stack.redo()

    def _note_changed(self, note_id: int, note: store.Note | None) -> None:
        """After a note command: refresh one entry while typing, otherwise reload the notes."""
        if note is not None and self.notes_panel.shows_unchanged(note):
            self.notes_panel.update_note(note)
            self.notes_panel.set_tags(store.list_tags(self._connection))
            return
        self._reload_notes(current_id=note_id if note is not None else None)

    def _reload_notes(self, current_id: int | None = None) -> None:
        notes = [] if self.document is None else store.list_notes(self._connection, self.document.id)
        self.notes_panel.set_tags(store.list_tags(self._connection))
        self.notes_panel.set_notes(notes, current_id)
        self._search_notes(self.notes_panel.search.text())
        self.view.highlighter.set_layer_spans(NOTE.key, [
            (n.anchor.start, n.anchor.end) for n in notes if not n.on_document and not n.orphaned
        ])

    def _search_notes(self, query: str) -> None:
        if self.document is None or not query.strip():
            self.notes_panel.show_only(None)
            return
        self.notes_panel.show_only(h.note.id for h in library_search.search_notes(self._connection, query, self.document.id))

    def _choose_tag_colour(self, tag: str) -> None:
        current = {t.name: t.colour for t in store.list_tags(self._connection)}.get(tag, "#000000")
        colour = QColorDialog.getColor(QColor(current), self, f"Colour of the tag “{tag}”")
        if colour.isValid():
            store.set_tag_colour(self._connection, tag, colour.name())
            self._reload_notes(self.notes_panel.current_note_id())

    def show_library_search(self) -> None:
        """The library-wide search (Ctrl+Shift+F): notes and documents, a result opens its passage."""
        self.notes_panel.flush()
        if self.search_dialog is None:
            self.search_dialog = LibrarySearchDialog(self._connection, self)
            self.search_dialog.passage_chosen.connect(self.open_passage)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.query.setFocus()
        self.search_dialog.query.selectAll()

    def open_passage(self, document_id: int, start: int, end: int, note_id: int | None = None) -> None:
        """Show ``text[start:end]`` of a library document, opening the document first if needed."""
        if self.document is None or self.document.id != document_id:
            stored = store.get_document(self._connection, document_id)
            if stored is None:
                self.show_error("That document is no longer in the library.")
                return
            self.open_document(LoadedDocument(stored.title, stored.text, stored.source_path),
                               then=lambda: self._show_passage(start, end, note_id))
        else:
            self._show_passage(start, end, note_id)

    def _show_passage(self, start: int, end: int, note_id: int | None) -> None:
        if note_id is not None:
            self.notes_panel.search.clear()
            self.notes_panel.edit_note(note_id)
        if end > start:
            self.jump_to(start, end)

    def export_notes(self, all_documents: bool) -> None:
        """Save the notes (this document's or the library's) in the format the file name's filter picks."""
        self.notes_panel.flush()
        if not all_documents and self.document is None:
            return
        filters = {"Markdown (*.md)": "md", "CSV (*.csv)": "csv", "W3C Web Annotation JSON-LD (*.jsonld)": "jsonld"}
        stem = "close-reader-notes" if all_documents else f"{self.document.title} notes"
        folder = self._settings.value("lastExportFolder", str(Path.home()))
        path, chosen = QFileDialog.getSaveFileName(self, "Export notes", str(Path(folder) / f"{stem}.md"),
                                                   ";;".join(filters))
        if not path:
            return
        fmt = filters.get(chosen) or {".csv": "csv", ".jsonld": "jsonld"}.get(Path(path).suffix.lower(), "md")
        try:
            text = notes_export.export_notes(self._connection, fmt, None if all_documents else self.document.id)
            Path(path).write_text(text, encoding="utf-8", newline="")
        except (OSError, sqlite3.Error, UserError) as error:
            self.show_error(f"The notes could not be exported: {error}")
            return
        self._settings.setValue("lastExportFolder", str(Path(path).parent))
        self.statusBar().showMessage(f"Notes exported to {path}.", 8000)

    # ----- window state -------------------------------------------------------------------

    def _zoom(self, steps: int) -> None:
        if steps == 0:
            self.view.zoomIn(-int(self._settings.value("zoom", 0, int)))
            self._settings.setValue("zoom", 0)
            return
        self.view.zoomIn(steps)
        self._settings.setValue("zoom", int(self._settings.value("zoom", 0, int)) + steps)

    def _restore_settings(self) -> None:
        geometry = self._settings.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._first_run_layout()
        state = self._settings.value("windowState")
        if state is not None:
            self.restoreState(state)
        self.view.zoomIn(int(self._settings.value("zoom", 0, int)))
        for key, action in self.layer_actions.items():
            action.setChecked(self._settings.value(f"layers/{key}", True, bool))

    def _first_run_layout(self) -> None:
        """Open at a comfortable size, but never larger than the screen: a 1280x800 classroom
        projector must show the panels' right edge too."""
        available = self.screen().availableGeometry()
        size = FIRST_RUN_SIZE.boundedTo(available.size() * FIRST_RUN_SCREEN_SHARE)
        self.resize(size)
        self.move(available.center() - self.rect().center())
        wide, high = size.width() / FIRST_RUN_SIZE.width(), size.height() / FIRST_RUN_SIZE.height()
        self.resizeDocks([self.docks["entities"], self.docks["numbers"]],
                         [int(width * wide) for width in FIRST_RUN_DOCK_WIDTHS], Qt.Orientation.Horizontal)
        for names, heights in FIRST_RUN_DOCK_HEIGHTS.items():
            self.resizeDocks([self.docks[name] for name in names], [int(height * high) for height in heights],
                             Qt.Orientation.Vertical)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.notes_panel.flush()
        self._settings.setValue("geometry", self.saveGeometry())
        self._settings.setValue("windowState", self.saveState())
        for key, action in self.layer_actions.items():
            self._settings.setValue(f"layers/{key}", action.isChecked())
        self._settings.sync()
        self.library.shutdown()
        self.runner.shutdown()
        self.library_repeats.shutdown()
        self.panel_filling.cancel()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.library.import_files(paths)

    def _about(self) -> None:
        QMessageBox.about(
            self, "About Close Reader",
            f"<b>Close Reader {__version__}</b><p>Read a news article closely: who is named, which "
            "numbers are claimed, what is repeated, who says so — and keep your notes beside it.</p>"
            f"<p>Your notes are saved in<br><code>{html.escape(self._database_path)}</code></p>",
        )
