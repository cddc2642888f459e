"""Library-wide search (Ctrl+Shift+F): notes and documents matching the words typed; a result opens its passage."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..store import search

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 200


def _one_line(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


class LibrarySearchDialog(QDialog):
    passage_chosen = Signal(int, int, int, object)  # document id, start, end, note id or None

    def __init__(self, connection: sqlite3.Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("librarySearch")
        self.setWindowTitle("Search the Library")
        self.resize(720, 480)
        self._connection = connection
        self.query = QLineEdit()
        self.query.setPlaceholderText("Words to find in notes, quotes, tags and documents…")
        self.query.setClearButtonEnabled(True)
        self.results = QTreeWidget()
        self.results.setObjectName("searchResults")
        self.results.setHeaderLabels(["Result", "Document"])
        self.results.setColumnWidth(0, 470)
        self.results.setRootIsDecorated(False)
        self.results.itemActivated.connect(self._on_activated)
        self.summary = QLabel("Type to search; Enter or a double-click opens the passage.")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(self._timer.start)
        self.query.returnPressed.connect(self._open_first)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)

    def run_search(self) -> None:
        self._timer.stop()
        self.results.clear()
        text = self.query.text()
        if not text.strip():
            self.summary.setText("Type to search; Enter or a double-click opens the passage.")
            return
        notes = search.search_notes(self._connection, text)
        documents = search.search_documents(self._connection, text)
        for hit in notes:
            note = hit.note
            label = f"Note: {_one_line(note.body) or '(empty note)'}"
            if not note.on_document:
                label += f" — “{_one_line(note.anchor.quote, 60)}”"
            self._add(label, hit.document_title, (note.document_id, note.anchor.start, note.anchor.end, note.id))
        for hit in documents:
            self._add(f"Text: {hit.snippet}", hit.title, (hit.document_id, hit.start, hit.end, None))
        self.summary.setText(f"{len(notes)} note{'s' * (len(notes) != 1)} and "
                             f"{len(documents)} document{'s' * (len(documents) != 1)} match.")
        if self.results.topLevelItemCount():
            self.results.setCurrentItem(self.results.topLevelItem(0))

    def _add(self, label: str, document: str, hit: tuple) -> None:
        item = QTreeWidgetItem([label, document])
        item.setToolTip(0, label)
        item.setData(0, HIT_ROLE, hit)
        self.results.addTopLevelItem(item)

    def _open_first(self) -> None:
        self.run_search()
        item = self.results.currentItem()
        if item is not None:
            self._on_activated(item)

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.passage_chosen.emit(*item.data(0, HIT_ROLE))
