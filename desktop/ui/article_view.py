"""The read-only, selectable article in a comfortable reading column.

A ``QPlainTextEdit``: its document layout works block by block, so formatting
one paragraph of a 100,000-word document costs a fraction of a millisecond (a
``QTextEdit`` re-lays out the document and takes ten times longer). It ignores
paragraph margins, so one-paragraph-per-line articles are shown with a blank
line between paragraphs; ``OffsetMap`` accounts for it.

A long text is given to the view a piece per event-loop turn: ``setPlainText`` of
600,000 characters held the GUI thread for 40-70 ms. The first page shows at once;
anything that needs a position further on finishes the loading first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from .highlighter import LayerHighlighter
from .offsets import OffsetMap, wants_paragraph_gaps
from .slices import SlicedWork, Steps

READING_WIDTH_EM = 42  # about 75 characters a line
PIECE_CHARS = 10_000  # a few screens, inserted in 1-2 ms with their paragraph blocks


class ArticleView(QPlainTextEdit):
    """Shows one document; every offset in and out of this class is a code-point offset."""

    add_note_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setUndoRedoEnabled(False)
        self.setCenterOnScroll(False)
        font = QFont()
        font.setFamilies(["Georgia", "Charter", "Noto Serif", "DejaVu Serif", "serif"])
        font.setPointSizeF(13)
        self.setFont(font)
        self.document().setDocumentMargin(16)
        self.highlighter = LayerHighlighter(
            self.document(), first_visible=lambda: self.cursorForPosition(QPoint(0, 0)).blockNumber()
        )
        self._text = ""
        self._offsets = OffsetMap("")
        self._transient: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._loading = SlicedWork(self)
        self.add_note_action = QAction("Add note to selection…", self)
        self.add_note_action.triggered.connect(self.add_note_requested)

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        """Show ``text`` (already normalised); clears highlights.

        A long text is still being loaded when this returns (see ``after_loading``).
        """
        gaps = wants_paragraph_gaps(text)
        self._text = text
        self._offsets = OffsetMap(text, paragraph_gaps=gaps)
        self._transient.clear()
        self.setExtraSelections([])
        self.highlighter.set_text(text, self._offsets)
        self.setPlainText("")
        self._loading.start(self._load(OffsetMap.display_text(text, gaps)), seconds_at_once=0)  # the first page

    def _load(self, shown: str) -> Steps:
        """Append ``shown`` a piece at a time, each piece ending with a line break when there is one."""
        cursor = QTextCursor(self.document())
        start = 0
        while True:
            line_end = shown.find("\n", start + PIECE_CHARS, start + 2 * PIECE_CHARS)
            # Without a line break near, any boundary will do: a Python string has no half characters.
            end = line_end + 1 if line_end >= 0 else min(len(shown), start + PIECE_CHARS)
            cursor.insertText(shown[start:end])
            if start == 0:
                self.moveCursor(QTextCursor.MoveOperation.Start)  # the reader starts at the top
            if end >= len(shown):
                return
            start = end
            yield

    @property
    def loading(self) -> bool:
        """True while the text is still being given to the view."""
        return self._loading.busy

    def after_loading(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the whole text is in the view (at once if it is);
        dropped if another text is set first."""
        self._loading.when_done(callback)

    def finish_loading(self) -> None:
        """Put the rest of the text in the view now: a position further on is needed."""
        self._loading.finish()

    def to_qt(self, offset: int) -> int:
        return self._offsets.to_qt(offset)

    def from_qt(self, position: int) -> int:
        return self._offsets.from_qt(position)

    def first_visible_offset(self) -> int:
        """Code-point offset of the first character on screen (the reading position)."""
        offset = self._offsets.from_qt(self.cursorForPosition(QPoint(0, 0)).position())
        if self._offsets.paragraph_gaps and self._text[offset:offset + 1] == "\n":
            offset += 1  # the top line is the blank one between paragraphs: the next one is being read
        return offset

    def select_span(self, start: int, end: int) -> None:
        """Select ``text[start:end]`` and scroll it into view."""
        self.finish_loading()
        cursor = self.textCursor()
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as code-point offsets, or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._offsets.from_qt(cursor.selectionStart())
        end = self._offsets.from_qt(cursor.selectionEnd())
        return (start, end) if end > start else None

    def set_transient_highlights(
        self, group: str, spans: Iterable[tuple[int, int]], fmt: QTextCharFormat
    ) -> None:
        """Replace one group of short-lived highlights (the focused mention, a repeat pair)."""
        self.finish_loading()
        selections = []
        for start, end in spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.to_qt(start))
            cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self._transient[group] = selections
        self.setExtraSelections([s for group_selections in self._transient.values() for s in group_selections])

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Centre a column of readable width instead of running lines across a wide screen."""
        super().resizeEvent(event)
        self._centre_column()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zooming changes the column's width
            self._centre_column()

    def _centre_column(self) -> None:
        column = self.fontMetrics().averageCharWidth() * 2 * READING_WIDTH_EM
        scrollbar = self.verticalScrollBar().sizeHint().width()
        side = max(0, (self.width() - scrollbar - column) // 2)
        margins = self.viewportMargins()
        if margins.left() != side:  # setting equal margins again would re-enter resizeEvent
            self.setViewportMargins(side, 0, side, 0)

    def copy(self) -> None:
        """Copy the original text of the selection, without the display's blank lines.

        (Overriding ``createMimeDataFromSelection`` instead would hand Qt a QMimeData that
        Python also owns: deleted twice, it crashed the process at exit.)
        """
        span = self.selected_span()
        if span is not None:
            QGuiApplication.clipboard().setText(self._text[span[0]:span[1]])

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        menu = self.createStandardContextMenu(event.pos())
        for action in menu.actions():
            if action.objectName() == "edit-copy":  # Qt's own copy would keep the blank lines
                action.triggered.disconnect()
                action.triggered.connect(self.copy)
        menu.addSeparator()
        self.add_note_action.setEnabled(self.textCursor().hasSelection())
        menu.addAction(self.add_note_action)
        menu.exec(event.globalPos())
        menu.deleteLater()
