"""The library: every document the reader has opened, to sort, filter, open, rename or delete."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from urllib.parse import urlsplit

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLineEdit, QMenu, QMessageBox, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from ...store import DocumentSummary
from .actions import view_action

COLUMNS = ("Title", "Source", "Added", "Words", "Notes")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SOURCE_WIDTH = 140
# Below this width the Source column is hidden (it stays in the title's tooltip) so titles stay legible.
WIDE_ENOUGH_FOR_SOURCE = 560


def source_label(source: str) -> str:
    """A web address as its host, a file as its name: the full value is in the tooltip."""
    if source.startswith(("http://", "https://")):
        return urlsplit(source).netloc.removeprefix("www.") or source
    return PurePath(source).name if source else "pasted"


def delete_message(summary: DocumentSummary) -> str:
    """The confirmation names what is lost: the document and how many notes go with it."""
    if summary.note_count == 0:
        return f"Delete “{summary.title}” from the library? It has no notes. This cannot be undone."
    notes = "1 note" if summary.note_count == 1 else f"{summary.note_count:,} notes"
    return (f"Delete “{summary.title}” from the library?\n\n"
            f"Its {notes} will be deleted with it. This cannot be undone.")


class LibraryPanel(QWidget):
    open_requested = Signal(int)  # document id
    rename_requested = Signal(int, str)  # document id, new title
    delete_requested = Signal(int)  # document id, after the user confirmed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summaries: dict[int, DocumentSummary] = {}
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter by title or source…")
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(list(COLUMNS))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView()
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the title gets what is left
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)  # long sources are elided
        header.resizeSection(1, SOURCE_WIDTH)
        for column in range(2, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda index: self._emit_open(index))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.open_action = view_action(self.table, "&Open", "Return", self.open_selected)
        self.open_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])  # and the keypad's
        self.rename_action = view_action(self.table, "&Rename…", "F2", self.rename_selected)
        self.delete_action = view_action(self.table, "&Delete…", QKeySequence.StandardKey.Delete, self.delete_selected)
        buttons = QHBoxLayout()
        for action in (self.open_action, self.rename_action, self.delete_action):
            button = QPushButton(action.text().replace("&", ""))
            button.setToolTip(f"{action.text().replace('&', '').rstrip('…')} the selected document "
                              f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.table.setColumnHidden(1, self.width() < WIDE_ENOUGH_FOR_SOURCE)

    # ----- contents -----------------------------------------------------------------------------

    def set_documents(self, summaries: Sequence[DocumentSummary], current_id: int | None = None) -> None:
        """Show ``summaries``; keep the selection on the same document where possible."""
        selected = self.selected_id() if current_id is None else current_id
        self._summaries = {s.id: s for s in summaries}
        self.model.removeRows(0, self.model.rowCount())
        for summary in summaries:
            self.model.appendRow(self._row(summary))
        if selected is not None:
            self.select(selected)

    @staticmethod
    def _row(summary: DocumentSummary) -> list[QStandardItem]:
        added = summary.added_at[:10]
        cells = [
            (summary.title, summary.title.casefold(), f"{summary.title}\n{summary.source or 'Pasted text'}"),
            (source_label(summary.source), summary.source.casefold(), summary.source or "Pasted text"),
            (added, summary.added_at, f"Added {summary.added_at.replace('T', ' ').rstrip('Z')} UTC"
             + (f"\nPublished {summary.published}" if summary.published else "")),
            (f"{summary.word_count:,}", summary.word_count, None),
            (f"{summary.note_count:,}", summary.note_count, None),
        ]
        row = []
        for column, (text, sort_key, tip) in enumerate(cells):
            item = QStandardItem(text)
            item.setData(summary.id, ID_ROLE)
            item.setData(sort_key, SORT_ROLE)
            if tip:
                item.setToolTip(tip)
            if column >= 3:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.append(item)
        return row

    def summary(self, document_id: int) -> DocumentSummary | None:
        return self._summaries.get(document_id)

    def visible_titles(self) -> list[str]:
        """Titles in the order shown (after sorting and filtering)."""
        return [self.proxy.index(row, 0).data() for row in range(self.proxy.rowCount())]

    def select(self, document_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == document_id:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    # ----- actions ------------------------------------------------------------------------------

    def _emit_open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(ID_ROLE))

    def open_selected(self) -> None:
        self._emit_open(self.table.currentIndex())

    def rename_selected(self) -> None:
        summary = self.summary(self.selected_id()) if self.selected_id() is not None else None
        if summary is None:
            return
        title = self.ask_title(summary)
        if title and " ".join(title.split()) and title != summary.title:
            self.rename_requested.emit(summary.id, title)

    def delete_selected(self) -> None:
        summary = self.summary(self.selected_id()) if self.selected_id() is not None else None
        if summary is not None and self.confirm_delete(summary):
            self.delete_requested.emit(summary.id)

    def ask_title(self, summary: DocumentSummary) -> str | None:
        title, accepted = QInputDialog.getText(self, "Rename document", "Title:", QLineEdit.EchoMode.Normal,
                                               summary.title)
        return title if accepted else None

    def confirm_delete(self, summary: DocumentSummary) -> bool:
        answer = QMessageBox.question(
            self, "Delete document", delete_message(summary),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _context_menu(self, position) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        for action in (self.open_action, self.rename_action, self.delete_action):
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(position))
