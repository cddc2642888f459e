"""The reader's notes: a list of quoted passages with an editor that saves as you type."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from ...store import Note

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
SAVE_DELAY_MS = 400


def _item_text(note: Note) -> str:
    quote = " ".join(note.anchor.quote.split())
    if len(quote) > 90:
        quote = quote[:89].rstrip() + "…"
    body = note.body.strip().splitlines()[0] if note.body.strip() else "(empty note)"
    return f"“{quote}”\n{body}"


class NotesPanel(QWidget):
    note_selected = Signal(object)  # Note
    body_edited = Signal(int, str)  # note id, new body (debounced)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel("Select a passage in the article, then press Ctrl+N to add a note.")
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("notesList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setPlaceholderText("Write your note here; it is saved as you type.")
        self.editor.setEnabled(False)
        self.editor.textChanged.connect(self._on_text_changed)
        self.delete_button = QPushButton("Delete note")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._on_delete)
        self.saved_label = QLabel()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._editing_id: int | None = None
        self._loading = False
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)

    def set_notes(self, notes: Sequence[Note], current_id: int | None = None) -> None:
        self.flush()
        self.list.blockSignals(True)
        self.list.clear()
        current_item = None
        for note in notes:
            item = QListWidgetItem(_item_text(note))
            item.setData(NOTE_ROLE, note)
            self.list.addItem(item)
            if note.id == current_id:
                current_item = item
        self.list.blockSignals(False)
        self.hint.setVisible(not notes)
        if current_item is not None:
            self.list.setCurrentItem(current_item)
        else:
            self._show_note(None)

    def edit_note(self, note_id: int) -> None:
        """Make ``note_id`` current and put the cursor in its editor."""
        for row in range(self.list.count()):
            if self.list.item(row).data(NOTE_ROLE).id == note_id:
                self.list.setCurrentRow(row)
                self.editor.setFocus()
                return

    def flush(self) -> None:
        """Save a pending edit now (called on a timer, on switching note and on closing)."""
        self._save_timer.stop()
        if self._editing_id is None:
            return
        item = self.list.currentItem()
        note: Note | None = None if item is None else item.data(NOTE_ROLE)
        body = self.editor.toPlainText()
        if note is not None and note.id == self._editing_id and note.body != body:
            self.body_edited.emit(note.id, body)
            self.saved_label.setText("Saved")

    def update_note(self, note: Note) -> None:
        """Refresh one list entry after the store saved it."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(NOTE_ROLE).id == note.id:
                item.setData(NOTE_ROLE, note)
                item.setText(_item_text(note))

    def _on_current_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if previous is not None and self._editing_id is not None:
            self._save_timer.stop()
            note: Note = previous.data(NOTE_ROLE)
            if note.id == self._editing_id and note.body != self.editor.toPlainText():
                self.body_edited.emit(note.id, self.editor.toPlainText())
        note = None if current is None else current.data(NOTE_ROLE)
        self._show_note(note)
        if note is not None:
            self.note_selected.emit(note)

    def _show_note(self, note: Note | None) -> None:
        self._loading = True
        self.editor.setPlainText("" if note is None else note.body)
        self._loading = False
        self.editor.setEnabled(note is not None)
        self.delete_button.setEnabled(note is not None)
        self._editing_id = None if note is None else note.id
        self.saved_label.clear()

    def _on_text_changed(self) -> None:
        if not self._loading and self._editing_id is not None:
            self.saved_label.setText("Editing…")
            self._save_timer.start()

    def _on_delete(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._save_timer.stop()
            self._editing_id = None
            self.delete_requested.emit(item.data(NOTE_ROLE).id)
