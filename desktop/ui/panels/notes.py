"""The reader's notes: a searchable list of quoted passages, with an editor that saves as you type.

The panel only shows and edits; the window saves through undoable commands and
answers searches from the database (``search_changed`` → ``show_only``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCompleter, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMenu, QPlainTextEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from ...store import Note, Tag

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
SAVE_DELAY_MS = 400
TAG_SEPARATOR = ","
ORPHANED_MARK = "⚠ Passage no longer in the text"
FUZZY_MARK = "≈ Passage reworded since"
EMPTY_HINT = "Select a passage in the article, then press Ctrl+N to add a note (Ctrl+Shift+N: on the whole document)."


def parse_tags(text: str) -> tuple[str, ...]:
    """``"claim, follow up,claim"`` → ``("claim", "follow up")``: trimmed, no blanks, no repeats."""
    return tuple(dict.fromkeys(t.strip() for t in text.split(TAG_SEPARATOR) if t.strip()))


def _short_time(stamp: str) -> str:
    return stamp.replace("T", " ").removesuffix("Z")[:16]


def _item_text(note: Note) -> str:
    if note.on_document:
        heading = "On the whole document"
    else:
        quote = " ".join(note.anchor.quote.split())
        heading = f"“{quote[:89].rstrip()}…”" if len(quote) > 90 else f"“{quote}”"
    lines = [heading]
    if note.orphaned:
        lines.append(ORPHANED_MARK)
    elif note.status == "fuzzy":
        lines.append(FUZZY_MARK)
    lines.append(note.body.strip().splitlines()[0] if note.body.strip() else "(empty note)")
    if note.tags:
        lines.append("  ".join(f"#{tag}" for tag in note.tags))
    return "\n".join(lines)


def _tag_icon(colour: str | None) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour) if colour else Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class _TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the tags before it."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt override)
        return [path.split(TAG_SEPARATOR)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 (Qt override)
        typed = self.widget().text().split(TAG_SEPARATOR)[:-1]
        return ", ".join([t.strip() for t in typed if t.strip()] + [index.data()]) + ", "


class NotesPanel(QWidget):
    note_selected = Signal(object)  # Note
    note_edited = Signal(int, str, object)  # note id, new body, new tags (debounced)
    delete_requested = Signal(int)
    document_note_requested = Signal()
    search_changed = Signal(str)
    tag_colour_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("notesSearch")
        self.search.setPlaceholderText("Search notes, quotes and tags…")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.search_changed)
        self.hint = QLabel(EMPTY_HINT)
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("notesList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._show_context_menu)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setPlaceholderText("Write your note here; it is saved as you type.")
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.setMinimumHeight(48)
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("noteTags")
        self.tags_edit.setPlaceholderText("Tags, separated by commas")
        self.tags_edit.textEdited.connect(self._on_text_changed)
        self._tag_names = QStringListModel(self)
        completer = _TagCompleter(self._tag_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags_edit.setCompleter(completer)
        self.times_label = QLabel()
        self.times_label.setObjectName("noteTimes")
        self.document_note_button = QPushButton("Note on Document")
        self.document_note_button.setToolTip("Add a note about the whole document (Ctrl+Shift+N)")
        self.document_note_button.clicked.connect(self.document_note_requested)
        self.delete_button = QPushButton("Delete Note")
        self.delete_button.clicked.connect(self._on_delete)
        self.saved_label = QLabel()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._editing: Note | None = None  # the note in the editor, as last saved
        self._saving = False
        self._loading = False
        self._tag_colours: dict[str, str] = {}
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.document_note_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.tags_edit)
        layout.addWidget(self.times_label)
        layout.addLayout(buttons)
        self._show_note(None)

    # ----- content ----------------------------------------------------------------------------

    def set_tags(self, tags: Sequence[Tag]) -> None:
        """The library's tags: offered as completions, and their colours mark the notes."""
        self._tag_names.setStringList([tag.name for tag in tags])
        self._tag_colours = {tag.name.casefold(): tag.colour for tag in tags}

    def set_notes(self, notes: Sequence[Note], current_id: int | None = None) -> None:
        self.flush()
        self.list.blockSignals(True)
        self.list.clear()
        current_item = None
        for note in notes:
            item = QListWidgetItem()
            self._fill_item(item, note)
            self.list.addItem(item)
            if note.id == current_id:
                current_item = item
        self.list.blockSignals(False)
        orphaned = sum(note.orphaned for note in notes)
        if orphaned:
            self.hint.setText(f"{orphaned} of these notes lost {'their passages' if orphaned > 1 else 'its passage'} "
                              "when the text changed; each is kept with its old quote (marked ⚠).")
        else:
            self.hint.setText(EMPTY_HINT)
        self.hint.setVisible(not notes or bool(orphaned))
        if current_item is not None:
            self.list.setCurrentItem(current_item)
        else:
            self.list.setCurrentItem(None)
            self._show_note(None)

    def show_only(self, note_ids: Iterable[int] | None) -> None:
        """Hide the notes not in ``note_ids`` (a search result); ``None`` shows them all."""
        wanted = None if note_ids is None else set(note_ids)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(wanted is not None and item.data(NOTE_ROLE).id not in wanted)

    def current_note_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(NOTE_ROLE).id

    def visible_note_ids(self) -> list[int]:
        return [self.list.item(row).data(NOTE_ROLE).id for row in range(self.list.count())
                if not self.list.item(row).isHidden()]

    def edit_note(self, note_id: int) -> None:
        """Make ``note_id`` current and put the cursor in its editor."""
        item = self._item_for(note_id)
        if item is not None:
            item.setHidden(False)
            self.list.setCurrentItem(item)
            self.editor.setFocus()

    def shows_unchanged(self, note: Note) -> bool:
        """True if the editor already shows exactly this note's body and tags (nothing to reload)."""
        return (self._editing is not None and self._editing.id == note.id
                and self.editor.toPlainText() == note.body and parse_tags(self.tags_edit.text()) == note.tags)

    def update_note(self, note: Note) -> None:
        """Refresh one list entry after the store saved it."""
        item = self._item_for(note.id)
        if item is not None:
            self._fill_item(item, note)
        if self._editing is not None and self._editing.id == note.id:
            self._editing = note
            self._show_times(note)

    def flush(self) -> None:
        """Save a pending edit now (called on a timer, on switching note, on undo and on closing)."""
        self._save_timer.stop()
        note = self._editing
        if note is None or self._saving:  # a reload while saving must not save again
            return
        body, tags = self.editor.toPlainText(), parse_tags(self.tags_edit.text())
        if (body, tags) != (note.body, note.tags):
            self._saving = True
            try:
                self.note_edited.emit(note.id, body, tags)  # the store writes before this returns
            finally:
                self._saving = False
            # update_note() has replaced _editing if, and only if, the store saved the text.
            saved = self._editing is not None and (self._editing.body, self._editing.tags) == (body, tags)
            self.saved_label.setText("Saved" if saved else "Not saved yet: tried again on the next change")

    # ----- internals --------------------------------------------------------------------------

    def _item_for(self, note_id: int) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(NOTE_ROLE).id == note_id:
                return self.list.item(row)
        return None

    def _fill_item(self, item: QListWidgetItem, note: Note) -> None:
        item.setData(NOTE_ROLE, note)
        item.setText(_item_text(note))
        first_tag = next(iter(note.tags), None)
        item.setIcon(_tag_icon(self._tag_colours.get(first_tag.casefold()) if first_tag else None))
        item.setForeground(QColor("#7a4b00") if note.orphaned else QColor())
        item.setToolTip(ORPHANED_MARK + " — kept with its quote." if note.orphaned else "")

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.flush()
        note = None if current is None else current.data(NOTE_ROLE)
        self._show_note(note)
        if note is not None:
            self.note_selected.emit(note)

    def _show_note(self, note: Note | None) -> None:
        self._loading = True
        self.editor.setPlainText("" if note is None else note.body)
        self.tags_edit.setText("" if note is None else ", ".join(note.tags))
        self._loading = False
        for widget in (self.editor, self.tags_edit, self.delete_button):
            widget.setEnabled(note is not None)
        self._editing = note
        self.saved_label.clear()
        self._show_times(note)

    def _show_times(self, note: Note | None) -> None:
        if note is None:
            self.times_label.clear()
            return
        edited = "" if note.updated_at == note.created_at else f" · edited {_short_time(note.updated_at)}"
        self.times_label.setText(f"Created {_short_time(note.created_at)}{edited} (UTC)")

    def _on_text_changed(self, *_args) -> None:
        if not self._loading and self._editing is not None:
            self.saved_label.setText("Editing…")
            self._save_timer.start()

    def _on_delete(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.flush()
            self.delete_requested.emit(item.data(NOTE_ROLE).id)

    def _show_context_menu(self, position) -> None:
        item = self.list.itemAt(position)
        if item is None:
            return
        menu = QMenu(self)
        for tag in item.data(NOTE_ROLE).tags:
            menu.addAction(_tag_icon(self._tag_colours.get(tag.casefold())), f"Colour of Tag “{tag}”…",
                           lambda tag=tag: self.tag_colour_requested.emit(tag))
        menu.addAction("Delete Note", lambda: self.delete_requested.emit(item.data(NOTE_ROLE).id))
        menu.exec(self.list.viewport().mapToGlobal(position))
