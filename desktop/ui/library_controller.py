"""Wires the document library into the main window: imports, the library dock, recent documents,
the reading position, and the Cancel button for long work.

Kept out of ``main_window.py`` so the window only delegates to it.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QProgressBar, QPushButton

from .. import store
from ..errors import UserError
from ..importing import FORMAT_NAMES, FORMATS, LoadedDocument, read_document
from ..paths import SAMPLE_DOCUMENT
from .importer import ImportRunner
from .panels.library import LibraryPanel
from .worker import BackgroundRunner, describe_bug

if TYPE_CHECKING:
    from .main_window import MainWindow

RECENT_COUNT = 10
# Storing a text this long (its full-text indexing above all) takes over 10 ms: it is done off the GUI thread.
BACKGROUND_SAVE_CHARS = 100_000


def save_loaded(connection: sqlite3.Connection, loaded: LoadedDocument) -> store.StoredDocument:
    """Store a read document with everything the reading learnt about it."""
    return store.save_document(connection, loaded.title, loaded.text, loaded.path, source_url=loaded.source_url,
                               published=loaded.published, encoding=loaded.encoding)


def _save_in_worker(database: str, loaded: LoadedDocument, _progress, _cancelled) -> store.StoredDocument:
    connection = store.open_database(database)  # a connection belongs to the thread that made it
    try:
        return save_loaded(connection, loaded)
    finally:
        connection.close()


def _describe_save_error(error: Exception) -> str:
    return str(error) if isinstance(error, (sqlite3.Error, UserError)) else describe_bug(error)


class LibraryController(QObject):
    def __init__(self, window: MainWindow, connection: sqlite3.Connection) -> None:
        super().__init__(window)
        self._window = window
        self._connection = connection
        self._importing_name = ""
        self._waiting: list[Path] = []  # the rest of several files opened at once, imported in turn
        self.panel = LibraryPanel()
        self.panel.open_requested.connect(self.open_stored)
        self.panel.rename_requested.connect(self.rename)
        self.panel.delete_requested.connect(self.delete)

        self.importer = ImportRunner(self)
        self.importer.progress.connect(self._on_import_progress)
        self.importer.finished.connect(self._on_imported)
        self.importer.failed.connect(self._on_import_failed)
        self._database = store.database_file(connection)
        self.saver = BackgroundRunner(self, describe_error=_describe_save_error)
        self.saver.failed.connect(self._save_failed)
        self._show_saved: Callable[[store.StoredDocument], None] = lambda _document: None
        self.saver.finished.connect(lambda document: self._show_saved(document))

        bar = window.statusBar()
        self.origin_label = QLabel()
        self.origin_label.setObjectName("documentOrigin")
        self.import_progress = QProgressBar()
        self.import_progress.setRange(0, 100)
        self.import_progress.setMaximumWidth(160)
        self.import_progress.setFormat("Importing %p%")
        self.import_progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the import or analysis that is running (Esc)")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        bar.addPermanentWidget(self.origin_label)
        bar.addPermanentWidget(self.import_progress)
        bar.addPermanentWidget(self.cancel_button)

        self.cancel_action = QAction("&Cancel Import or Analysis", window)
        self.cancel_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Cancel))
        self.cancel_action.triggered.connect(self.cancel)
        self.cancel_action.setEnabled(False)
        window.addAction(self.cancel_action)
        self.recent_menu = QMenu("Recent &Documents", window)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

        window.runner.progress.connect(lambda *_: self._update_cancel())
        window.runner.finished.connect(lambda *_: QTimer.singleShot(0, self, self._update_cancel))
        window.runner.failed.connect(lambda *_: QTimer.singleShot(0, self, self._update_cancel))

    # ----- importing ----------------------------------------------------------------------------

    def import_file(self, path: str | Path) -> bool:
        """Start importing ``path`` off the GUI thread; False (after a message) if it cannot be."""
        file = Path(path)
        if not file.exists():
            self._window.show_error(f"{file} does not exist.")
            return False
        if file.is_dir():
            self._window.show_error(f"{file} is a folder, not a document.")
            return False
        self._importing_name = file.name
        self.import_progress.setValue(0)
        self.import_progress.show()
        self._window.statusBar().showMessage(f"Importing {file.name}…")
        self.importer.start_import(file)
        self._update_cancel()
        return True

    def import_files(self, paths: Sequence[str | Path]) -> None:
        """Import several files one after another, each into the library; the last stays open.

        The next import starts only once the previous document is stored and shown, so a
        long text still being saved is never cancelled by the one after it.
        """
        self._waiting = [Path(path) for path in paths]
        self._import_next()

    def _import_next(self) -> None:
        while self._waiting:
            if self.import_file(self._waiting.pop(0)):
                return

    def _on_import_progress(self, percent: int) -> None:
        self.import_progress.setValue(percent)

    def _on_imported(self, loaded: LoadedDocument) -> None:
        self._import_done()
        self._window.open_document(loaded, then=self._import_next if self._waiting else None)

    def _on_import_failed(self, message: str) -> None:
        self._import_done()
        self._window.show_error(message)
        self._import_next()

    def _import_done(self) -> None:
        self.import_progress.hide()
        self._window.statusBar().clearMessage()
        self._update_cancel()

    def cancel(self) -> None:
        """Cancel the import if one runs, else the analysis (the document stays, without highlights)."""
        if self.importer.busy:
            self._waiting.clear()
            self.importer.cancel()
            self._import_done()
            self._window.statusBar().showMessage(f"Import of {self._importing_name} cancelled.", 5000)
        elif self._window.runner.busy:
            self._window.runner.cancel()
            self._window.progress.hide()
            self._window.statusBar().showMessage("Analysis cancelled: highlights and panels are empty.", 8000)
        self._update_cancel()

    def _update_cancel(self) -> None:
        busy = self.importer.busy or self._window.runner.busy
        self.cancel_button.setVisible(busy)
        self.cancel_action.setEnabled(busy)

    # ----- the open document --------------------------------------------------------------------

    def save_then_show(self, loaded: LoadedDocument, show: Callable[[store.StoredDocument], None]) -> None:
        """Store ``loaded`` in the library and pass the stored document to ``show``.

        A long text is stored off the GUI thread and ``show`` is called when that is done,
        unless another document is saved first; on failure the reader is told and the open
        document stays.
        """
        self.saver.cancel()
        if len(loaded.text) < BACKGROUND_SAVE_CHARS or not self._database:
            try:
                document = save_loaded(self._connection, loaded)
            except (sqlite3.Error, UserError) as error:
                self._save_failed(str(error))
                return
            show(document)
            return
        self._show_saved = show
        self.saver.start(functools.partial(_save_in_worker, self._database, loaded))

    def _save_failed(self, message: str) -> None:
        self._window.show_error(f"Could not save the document in the library: {message}")
        self._import_next()

    def document_opened(self, document: store.StoredDocument, loaded: LoadedDocument) -> None:
        """Record the opening, show where the text came from, and go back to where the reader was."""
        store.mark_opened(self._connection, document.id)
        origin = FORMAT_NAMES.get(loaded.format, loaded.format)
        encoding = loaded.encoding or document.encoding
        self.origin_label.setText(f"{origin} · {encoding}" if encoding and loaded.path else
                                  origin if loaded.path else "Pasted text")
        details = [f"From {document.source_url or document.source_path or 'the clipboard'}"]
        if document.published:
            details.append(f"Published {document.published}")
        if encoding:
            details.append(f"Read as {encoding}")
        self.origin_label.setToolTip("\n".join(details))
        if encoding and loaded.path:
            self._window.statusBar().showMessage(f"Opened {Path(loaded.path).name}, read as {encoding}.", 8000)
        self.refresh()
        if document.scroll_position:
            self._window.view.after_loading(
                lambda: QTimer.singleShot(0, self, lambda: self._scroll_to(document.id, document.scroll_position)))

    def remember_position(self) -> None:
        """Save the offset of the first visible character, so reopening starts there."""
        document = self._window.document
        view = self._window.view
        if document is None or view.text != document.text:
            return
        offset = view.first_visible_offset()
        try:
            store.set_scroll_position(self._connection, document.id, offset)
        except sqlite3.Error:
            pass  # losing the reading position is not worth an error dialog

    def _scroll_to(self, document_id: int, offset: int) -> None:
        """Put the line holding ``offset`` at the top of the view.

        Scrolling to the end and then back to the cursor makes Qt bring the
        cursor's line to the top edge, whatever the layout has estimated so far.
        """
        window = self._window
        if window.document is None or window.document.id != document_id:
            return
        view = window.view
        cursor = view.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()
        cursor.setPosition(view.to_qt(min(offset, len(view.text))))
        view.setTextCursor(cursor)
        view.ensureCursorVisible()

    # ----- the library --------------------------------------------------------------------------

    def ensure_sample(self) -> None:
        """On first start (an empty library) the sample article is in the library."""
        if store.list_documents(self._connection):
            return
        try:
            save_loaded(self._connection, read_document(SAMPLE_DOCUMENT))
        except (UserError, sqlite3.Error) as error:
            self._window.show_error(f"The sample article could not be added to the library: {error}")
        self.refresh()

    def show_panel(self) -> None:
        """Show the library dock with the filter ready for typing."""
        dock = self.panel.parentWidget()
        dock.show()
        dock.raise_()
        self.panel.filter.setFocus()
        self.panel.filter.selectAll()

    def refresh(self) -> None:
        current = self._window.document.id if self._window.document else None
        self.panel.set_documents(store.list_documents(self._connection), current)

    def open_stored(self, document_id: int) -> None:
        document = store.get_document(self._connection, document_id)
        if document is None:
            self._window.show_error("That document is no longer in the library.")
            self.refresh()
            return
        if self._window.document is not None and self._window.document.id == document_id:
            return
        self._window.open_document(LoadedDocument(
            title=document.title, text=document.text, path=document.source_path, source_url=document.source_url,
            published=document.published, encoding=document.encoding, format=_format_of(document.source_path),
        ))

    def rename(self, document_id: int, title: str) -> None:
        try:
            store.rename_document(self._connection, document_id, title)
        except (ValueError, sqlite3.Error) as error:
            self._window.show_error(f"The document could not be renamed: {error}")
            return
        if self._window.document is not None and self._window.document.id == document_id:
            self._window.document = store.get_document(self._connection, document_id)
            self._window.setWindowTitle(f"{self._window.document.title} — Close Reader")
        self.refresh()

    def delete(self, document_id: int) -> None:
        try:
            notes = store.delete_document(self._connection, document_id)
        except sqlite3.Error as error:
            self._window.show_error(f"The document could not be deleted: {error}")
            return
        self._window.statusBar().showMessage(
            f"Document deleted with {notes} note{'s' if notes != 1 else ''}.", 5000)
        if self._window.document is not None and self._window.document.id == document_id:
            self._window.document = None  # gone: nothing of it may be saved again
            remaining = store.list_documents(self._connection)
            if remaining:
                self.open_stored(remaining[0].id)
            else:
                self.import_file(SAMPLE_DOCUMENT)
        self.refresh()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = store.recent_documents(self._connection, RECENT_COUNT)
        for number, summary in enumerate(recent, start=1):
            label = summary.title if len(summary.title) <= 60 else summary.title[:59] + "…"
            action = self.recent_menu.addAction(f"&{number % 10} {label.replace('&', '&&')}")
            action.setToolTip(summary.source)
            action.triggered.connect(lambda _checked=False, i=summary.id: self.open_stored(i))
        if not recent:
            self.recent_menu.addAction("No recent documents").setEnabled(False)

    def shutdown(self) -> None:
        self.remember_position()
        self.importer.shutdown()
        self.saver.shutdown()


def _format_of(path: str | None) -> str:
    return FORMATS.get(Path(path).suffix.lower(), "text") if path else "text"
