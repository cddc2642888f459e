"""Repeated passages: pairs with their similarity and a word-level comparison."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ...analysis import RepeatedPassage, Span
from ...analysis.compare import DELETED, INSERTED, MOVED, ComparedWord, PassageComparison, compare_passages
from ...cross_document import RepeatElsewhere
from ..slices import Steps, run_to_end, superseding

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1
_STYLE = {
    DELETED: "background:#ffd6d6;text-decoration:line-through;",
    INSERTED: "background:#c9f0c9;",
    MOVED: "background:#cfe0ff;font-style:italic;",
}


def _snippet(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _words_html(words: Sequence[ComparedWord]) -> str:
    parts = []
    for word in words:
        style = _STYLE.get(word.status)
        escaped = html.escape(word.text)
        parts.append(f'<span style="{style}">{escaped}</span>' if style else escaped)
    return " ".join(parts)


def comparison_html(comparison: PassageComparison, similarity: float, kind: str) -> str:
    notable = comparison.notable_differences()
    called_out = (
        "<p><b>Names and numbers that differ:</b> " + ", ".join(html.escape(w) for w in notable) + "</p>"
        if notable else ""
    )
    return (
        f"<p><b>{similarity:.0%} similar</b> ({html.escape(kind)} repeat). "
        '<span style="background:#ffd6d6;text-decoration:line-through;">dropped</span> '
        '<span style="background:#c9f0c9;">added</span> '
        '<span style="background:#cfe0ff;font-style:italic;">moved</span></p>'
        f"{called_out}"
        '<table width="100%" cellspacing="6"><tr>'
        f'<td width="50%" valign="top"><b>First</b><br>{_words_html(comparison.a_words)}</td>'
        f'<td width="50%" valign="top"><b>Second</b><br>{_words_html(comparison.b_words)}</td>'
        "</tr></table>"
    )


class RepeatsPanel(QWidget):
    pair_selected = Signal(object, object, object)  # first pair, its PassageComparison, every copy
    elsewhere_selected = Signal(int, int)  # this document's passage
    elsewhere_opened = Signal(int, int, int)  # other document id, start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.list = QListWidget()
        self.list.setObjectName("repeatsList")
        # One line per entry (the full passages are in the tooltip): a long document can have
        # hundreds of groups, and laying out wrapped entries of unequal height froze the window.
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.empty_label = QLabel("No repeated passages found.")
        self.empty_label.setWordWrap(True)
        self.comparison = QTextBrowser()
        self.comparison.setObjectName("repeatComparison")
        self.comparison.setOpenLinks(False)
        self.elsewhere_label = QLabel()
        self.elsewhere_label.setWordWrap(True)
        self.elsewhere_list = QListWidget()
        self.elsewhere_list.setObjectName("repeatsElsewhereList")
        self.elsewhere_list.setWordWrap(True)
        self.elsewhere_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.elsewhere_list.setToolTip("Double-click (or Enter) to open the other document at that passage.")
        self.elsewhere_list.currentItemChanged.connect(self._on_elsewhere_current_changed)
        self.elsewhere_list.itemActivated.connect(self._on_elsewhere_activated)
        elsewhere = QWidget()
        elsewhere_layout = QVBoxLayout(elsewhere)
        elsewhere_layout.setContentsMargins(0, 0, 0, 0)
        elsewhere_layout.addWidget(self.elsewhere_label)
        elsewhere_layout.addWidget(self.elsewhere_list)
        self.set_elsewhere(None)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.comparison)
        splitter.addWidget(elsewhere)
        splitter.setSizes([120, 220, 120])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter)

    def set_repeats(self, text: str, repeats: Sequence[RepeatedPassage]) -> None:
        run_to_end(self.fill_repeats(text, repeats))

    @superseding
    def fill_repeats(self, text: str, repeats: Sequence[RepeatedPassage]) -> Steps:
        """``set_repeats`` a step per list entry: a long document repeats itself hundreds of times."""
        self._text = text
        self.list.clear()
        self.comparison.setHtml(
            "<p style='color:#555'>Select a pair above to see both passages in the article and, "
            "here, every word that differs between them.</p>" if repeats else ""
        )
        self.empty_label.setVisible(not repeats)
        # Every later copy links to the first occurrence: one list entry per first occurrence, so
        # an article pasted 40 times shows one group of 40 copies, not 39 pairs.
        groups: dict[Span, list[RepeatedPassage]] = {}
        for pair in repeats:
            groups.setdefault(pair.a, []).append(pair)
        for first, pairs in groups.items():
            snippet = _snippet(text[first.start:first.end])
            if len(pairs) == 1:
                label = f"{pairs[0].similarity:.0%} {pairs[0].kind} — “{snippet}”"
            else:
                low, high = min(p.similarity for p in pairs), max(p.similarity for p in pairs)
                label = f"{len(pairs) + 1} copies ({low:.0%}–{high:.0%}) — “{snippet}”"
            item = QListWidgetItem(label)
            item.setToolTip(f"First: {text[first.start:first.end]}\n\nRepeated: "
                            + "\n\n".join(text[p.b.start:p.b.end] for p in pairs[:3]))
            item.setData(PAIR_ROLE, tuple(pairs))
            self.list.addItem(item)
            yield

    def set_elsewhere(self, repeats: Sequence[RepeatElsewhere] | None) -> None:
        """Passages of this document found in other library documents (None: still looking)."""
        self.elsewhere_list.clear()
        if repeats is None:
            self.elsewhere_label.setText("<b>Elsewhere in your library</b>: looking…")
            return
        self.elsewhere_label.setText(
            f"<b>Elsewhere in your library</b>: {len(repeats)} passage{'s' if len(repeats) != 1 else ''} "
            "of this document also appear in other documents." if repeats else
            "<b>Elsewhere in your library</b>: no passage of this document appears in another document."
        )
        for repeat in repeats:
            item = QListWidgetItem(
                f"{repeat.similarity:.0%} in “{repeat.title}” — “{_snippet(self._text[repeat.start:repeat.end])}”"
            )
            item.setData(PAIR_ROLE, repeat)
            self.elsewhere_list.addItem(item)

    def _on_elsewhere_current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            repeat: RepeatElsewhere = current.data(PAIR_ROLE)
            self.elsewhere_selected.emit(repeat.start, repeat.end)

    def _on_elsewhere_activated(self, item: QListWidgetItem) -> None:
        repeat: RepeatElsewhere = item.data(PAIR_ROLE)
        self.elsewhere_opened.emit(repeat.document_id, repeat.other_start, repeat.other_end)

    def _on_current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is None:
            return
        pairs: tuple[RepeatedPassage, ...] = current.data(PAIR_ROLE)
        pair = pairs[0]  # the comparison shows the first occurrence against its first repeat
        comparison = compare_passages(self._text, pair.a, pair.b)
        self.comparison.setHtml(comparison_html(comparison, pair.similarity, pair.kind))
        self.pair_selected.emit(pair, comparison, [pair.a] + [p.b for p in pairs])
