"""The main window: the article in the centre, one dock per layer around it."""

from __future__ import annotations

import html
import sqlite3
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QProgressBar, QToolBar, QWidget,
)

from .. import __version__, store
from ..analysis import Analysis
from ..errors import UserError
from ..importing import LoadedDocument, normalise_text, read_text_file, title_from_text
from .article_view import ArticleView
from .panels.entities import EntitiesPanel
from .panels.notes import NotesPanel
from .panels.numbers import NumbersPanel
from .panels.repeats import RepeatsPanel
from .panels.sources import SourcesPanel
from .theme import DIFF_BACKGROUND, FOCUS_BACKGROUND, LAYERS, NOTE, NUMBER, REPEAT, SOURCE, background_format
from .worker import AnalysisRunner

TEXT_FILES = "Text files (*.txt *.md *.text);;All files (*)"


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
        self._settings = settings
        self.document: store.StoredDocument | None = None
        self.analysis: Analysis | None = None

        self.view = ArticleView()
        self.view.add_note_requested.connect(self.add_note_from_selection)
        self.setCentralWidget(self.view)

        self.entities_panel = EntitiesPanel()
        self.numbers_panel = NumbersPanel()
        self.repeats_panel = RepeatsPanel()
        self.sources_panel = SourcesPanel()
        self.notes_panel = NotesPanel()
        self.entities_panel.mention_selected.connect(self.jump_to)
        self.numbers_panel.claim_selected.connect(self.jump_to)
        self.sources_panel.attribution_selected.connect(self.jump_to)
        self.repeats_panel.pair_selected.connect(self._show_repeat_pair)
        self.notes_panel.note_selected.connect(lambda note: self.jump_to(note.anchor.start, note.anchor.end))
        self.notes_panel.body_edited.connect(self._save_note_body)
        self.notes_panel.delete_requested.connect(self._delete_note)

        self.docks = {
            "entities": self._add_dock("Entities", self.entities_panel, Qt.DockWidgetArea.LeftDockWidgetArea),
            "notes": self._add_dock("Notes", self.notes_panel, Qt.DockWidgetArea.LeftDockWidgetArea),
            "numbers": self._add_dock("Numbers", self.numbers_panel, Qt.DockWidgetArea.RightDockWidgetArea),
            "repeats": self._add_dock("Repeats", self.repeats_panel, Qt.DockWidgetArea.RightDockWidgetArea),
            "sources": self._add_dock("Sources", self.sources_panel, Qt.DockWidgetArea.RightDockWidgetArea),
        }
        self.tabifyDockWidget(self.docks["repeats"], self.docks["sources"])
        self.docks["repeats"].raise_()

        self.runner = AnalysisRunner(self)
        self.runner.finished.connect(self._on_analysis_finished)
        self.runner.failed.connect(self._on_analysis_failed)
        self.runner.progress.connect(self._on_analysis_progress)

        self._build_status_bar()
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
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu("&Edit")
        copy_action = self._action("&Copy", self.view.copy, QKeySequence.StandardKey.Copy)
        edit_menu.addAction(copy_action)
        edit_menu.addAction(self.add_note_action)

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

    def open_document(self, loaded: LoadedDocument) -> None:
        """Store ``loaded`` in the library, show it with its notes, and start analysing it."""
        self.notes_panel.flush()
        try:
            self.document = store.save_document(self._connection, loaded.title, loaded.text, loaded.path)
        except (sqlite3.Error, UserError) as error:
            self.show_error(f"Could not save the document in the library: {error}")
            return
        self.analysis = None
        self.setWindowTitle(f"{self.document.title} — Close Reader")
        self.view.set_text(self.document.text)
        for panel_reset in (
            lambda: self.entities_panel.set_entities(()),
            lambda: self.numbers_panel.set_claims(()),
            lambda: self.repeats_panel.set_repeats(self.document.text, ()),
            lambda: self.sources_panel.set_attributions(()),
        ):
            panel_reset()
        self._reload_notes()
        self.words_label.setText(f"{len(self.document.text.split()):,} words · analysing…")
        self.progress.setValue(0)
        self.progress.show()
        self.runner.start(self.document.text)

    def open_file(self, path: str | Path) -> bool:
        try:
            loaded = read_text_file(path)
        except UserError as error:
            self.show_error(str(error))
            return False
        self.open_document(loaded)
        return True

    def choose_file(self) -> None:
        start = self._settings.value("lastFolder", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self, "Open a document", start, TEXT_FILES)
        if path:
            self._settings.setValue("lastFolder", str(Path(path).parent))
            self.open_file(path)

    def open_sample(self) -> None:
        from ..paths import SAMPLE_DOCUMENT
        self.open_file(SAMPLE_DOCUMENT)

    def paste_document(self) -> None:
        text = normalise_text(QGuiApplication.clipboard().text())
        if not text.strip():
            self.show_error("The clipboard holds no text to open.")
            return
        self.open_document(LoadedDocument(title=title_from_text(text, "Pasted text"), text=text))

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, "Close Reader", message)

    # ----- analysis results -----------------------------------------------------------------

    def _on_analysis_progress(self, stage: str, fraction: float) -> None:
        self.progress.setValue(int(fraction * 100))
        self.statusBar().showMessage(f"Analysing: {stage}…")

    def _on_analysis_failed(self, message: str) -> None:
        self.progress.hide()
        self.statusBar().clearMessage()
        self.show_error(f"Analysis failed, highlights are missing: {message}")

    def _on_analysis_finished(self, analysis: Analysis, seconds: float) -> None:
        if self.document is None or analysis.text != self.document.text:
            return
        self.analysis = analysis
        highlighter = self.view.highlighter
        for label in ("PERSON", "ORG", "PLACE"):
            highlighter.set_layer_spans(label, [
                (m.start, m.end) for e in analysis.entities if e.label == label for m in e.mentions
            ])
        highlighter.set_layer_spans(NUMBER.key, [(c.start, c.end) for c in analysis.numeric_claims])
        highlighter.set_layer_spans(SOURCE.key, [(a.start, a.end) for a in analysis.attributions])
        highlighter.set_layer_spans(REPEAT.key, [
            (span.start, span.end) for pair in analysis.repeats for span in (pair.a, pair.b)
        ])
        self.entities_panel.set_entities(analysis.entities)
        self.numbers_panel.set_claims(analysis.numeric_claims, analysis.claim_links)
        self.repeats_panel.set_repeats(analysis.text, analysis.repeats)
        self.sources_panel.set_attributions(analysis.attributions)
        self.progress.hide()
        self.statusBar().clearMessage()
        self.words_label.setText(f"{analysis.word_count:,} words · analysed in {seconds:.2f} s")
        self.analysis_ready.emit(analysis)

    # ----- navigation -----------------------------------------------------------------------

    def jump_to(self, start: int, end: int) -> None:
        """Select ``text[start:end]`` in the article and mark it as the focus."""
        self.view.set_transient_highlights("diff", [], background_format(DIFF_BACKGROUND))
        self.view.set_transient_highlights("focus", [(start, end)], background_format(FOCUS_BACKGROUND))
        self.view.select_span(start, end)

    def _show_repeat_pair(self, pair, comparison) -> None:
        self.view.set_transient_highlights(
            "focus", [(pair.a.start, pair.a.end), (pair.b.start, pair.b.end)], background_format("#e4d4f5")
        )
        self.view.set_transient_highlights(
            "diff", [(s.start, s.end) for s in comparison.changed_spans()], background_format(DIFF_BACKGROUND, True)
        )
        self.view.select_span(pair.a.start, pair.a.end)

    # ----- notes --------------------------------------------------------------------------

    def add_note_from_selection(self) -> None:
        span = self.view.selected_span()
        if self.document is None or span is None:
            self.statusBar().showMessage("Select a passage in the article first, then add a note.", 5000)
            return
        anchor = store.make_anchor(self.document.text, *span)
        try:
            note = store.add_note(self._connection, self.document.id, anchor, "")
        except sqlite3.Error as error:
            self.show_error(f"The note could not be saved: {error}")
            return
        self.docks["notes"].show()
        self.docks["notes"].raise_()
        self._reload_notes(current_id=note.id)
        self.notes_panel.edit_note(note.id)

    def _reload_notes(self, current_id: int | None = None) -> None:
        notes = [] if self.document is None else store.list_notes(self._connection, self.document.id)
        self.notes_panel.set_notes(notes, current_id)
        self.view.highlighter.set_layer_spans(NOTE.key, [(n.anchor.start, n.anchor.end) for n in notes])

    def _save_note_body(self, note_id: int, body: str) -> None:
        try:
            self.notes_panel.update_note(store.update_note(self._connection, note_id, body))
        except (sqlite3.Error, KeyError) as error:
            self.show_error(f"The note could not be saved: {error}")

    def _delete_note(self, note_id: int) -> None:
        store.delete_note(self._connection, note_id)
        self._reload_notes()
        self.statusBar().showMessage("Note deleted.", 5000)

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
            self.resize(1440, 900)
            self.resizeDocks([self.docks["entities"], self.docks["numbers"]], [300, 430],
                             Qt.Orientation.Horizontal)
            self.resizeDocks([self.docks["entities"], self.docks["notes"]], [520, 300],
                             Qt.Orientation.Vertical)
        state = self._settings.value("windowState")
        if state is not None:
            self.restoreState(state)
        self.view.zoomIn(int(self._settings.value("zoom", 0, int)))
        for key, action in self.layer_actions.items():
            action.setChecked(self._settings.value(f"layers/{key}", True, bool))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.notes_panel.flush()
        self._settings.setValue("geometry", self.saveGeometry())
        self._settings.setValue("windowState", self.saveState())
        for key, action in self.layer_actions.items():
            self._settings.setValue(f"layers/{key}", action.isChecked())
        self._settings.sync()
        self.runner.shutdown()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_file(url.toLocalFile())
                break

    def _about(self) -> None:
        database = self._connection.execute("PRAGMA database_list").fetchone()["file"]
        QMessageBox.about(
            self, "About Close Reader",
            f"<b>Close Reader {__version__}</b><p>Read a news article closely: who is named, which "
            "numbers are claimed, what is repeated, who says so — and keep your notes beside it.</p>"
            f"<p>Your notes are saved in<br><code>{html.escape(database)}</code></p>",
        )
