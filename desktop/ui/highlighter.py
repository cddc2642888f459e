"""Layer highlighting through a ``QSyntaxHighlighter`` that reads a per-block span index.

A highlighter only formats the blocks Qt lays out, so it stays fast on long
documents where tens of thousands of ExtraSelections would make scrolling crawl.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from .offsets import OffsetMap
from .slices import SlicedWork, Steps
from .span_index import BlockIndex, BlockPieces, Piece
from .theme import LAYERS, layer_format

_PAINT_ORDER = {layer.key: order for order, layer in enumerate(LAYERS)}


class LayerHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, first_visible: Callable[[], int] | None = None) -> None:
        """``first_visible`` names the top block on screen, so it is re-formatted first."""
        super().__init__(document)
        self._first_visible = first_visible
        self._formats = {layer.key: layer_format(layer) for layer in LAYERS}
        self._merged: dict[tuple[str, ...], QTextCharFormat] = {}  # layers covering a character -> format
        self._layer_index: dict[str, BlockPieces] = {}
        self._enabled = {layer.key for layer in LAYERS}
        self._block_index = BlockIndex("", OffsetMap(""))
        self._pending: list[int] = []  # block numbers still to re-format, visible ones last (popped first)
        self._formatting = SlicedWork(self)

    def set_text(self, text: str, offsets: OffsetMap) -> None:
        """Forget every span; call after the document's text is replaced.

        ``offsets`` maps ``text`` to the document; with paragraph gaps every line of
        ``text`` is followed by an empty block.
        """
        self._block_index = BlockIndex(text, offsets)
        self._layer_index = {}
        self._pending = []
        self._formatting.cancel()

    def set_layer_spans(self, layer_key: str, spans: Iterable[tuple[int, int]]) -> None:
        """Replace the spans of one layer and repaint."""
        self.set_layers({layer_key: spans})

    def set_layers(self, layers: dict[str, Iterable[tuple[int, int]]]) -> None:
        """Replace the spans of several layers with one re-index and one repaint."""
        self.set_indexed_layers(self._block_index.index_layers(layers))

    def change_layers(self, before: dict[str, Iterable[tuple[int, int]]],
                      after: dict[str, Iterable[tuple[int, int]]]) -> None:
        """Go from the spans ``before`` (what the layers hold now) to ``after``, indexing only the
        spans that differ: an entity correction changes a few of a long document's thousands."""
        indexed = {}
        for key, spans in after.items():
            old, new = set(before.get(key, ())), set(spans)
            if old == new:
                continue
            pieces = dict(self._layer_index.get(key, {}))
            for block, gone in self._block_index.index_layer(key, old - new).items():
                pieces[block] = [piece for piece in pieces.get(block, ()) if piece not in gone]
            for block, extra in self._block_index.index_layer(key, new - old).items():
                pieces[block] = sorted(pieces.get(block, []) + extra)
            indexed[key] = {block: kept for block, kept in pieces.items() if kept}
        self.set_indexed_layers(indexed)

    def set_indexed_layers(self, layers: dict[str, BlockPieces]) -> None:
        """Replace layers with pieces a worker already indexed (``BlockIndex`` of the same text)."""
        changed: set[int] = set()
        for key, pieces in layers.items():
            before = self._layer_index.get(key, {})
            if key in self._enabled:
                changed.update(n for n in before.keys() | pieces.keys() if before.get(n) != pieces.get(n))
            self._layer_index[key] = pieces
        self._schedule(changed)

    @property
    def busy(self) -> bool:
        """True while blocks are still waiting to be re-formatted."""
        return bool(self._pending)

    def when_formatted(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once every block is formatted (at once if none is waiting);
        dropped if the text is replaced first."""
        self._formatting.when_done(callback)

    def set_layer_enabled(self, layer_key: str, enabled: bool) -> None:
        if enabled == (layer_key in self._enabled):
            return
        if enabled:
            self._enabled.add(layer_key)
        else:
            self._enabled.discard(layer_key)
        self._schedule(set(self._layer_index.get(layer_key, {})))

    def spans_in_block(self, block_number: int) -> list[Piece]:
        """UTF-16 (start, end, layer) pieces relative to the block, shown layers only, in painting order."""
        return [piece for layer in LAYERS if layer.key in self._enabled
                for piece in self._layer_index.get(layer.key, {}).get(block_number, ())]

    def _schedule(self, blocks: set[int]) -> None:
        """Re-format ``blocks`` a few at a time, starting with those on screen.

        ``rehighlight()`` would format every block of a long document in one go
        and freeze the window for seconds.
        """
        if not blocks:
            return
        pending = set(self._pending) | blocks
        first_visible = self._first_visible_block()
        self._pending = sorted(pending, key=lambda n: (n < first_visible, n), reverse=True)
        if not self._formatting.busy:
            self._formatting.start(self._format_pending())

    def _first_visible_block(self) -> int:
        return self._first_visible() if self._first_visible is not None else 0

    def _format_pending(self) -> Steps:
        document = self.document()
        while self._pending:
            block = document.findBlockByNumber(self._pending.pop())
            if block.isValid():
                self.rehighlightBlock(block)
            yield

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if not self._layer_index:
            return  # nothing to show yet (a long text being loaded calls this once per block)
        pieces = self.spans_in_block(self.currentBlock().blockNumber())
        if not pieces:
            return
        # One sweep over the pieces' ends: each stretch between two of them gets every layer covering it.
        events = sorted([(start, 1, layer) for start, _end, layer in pieces]
                        + [(end, 0, layer) for _start, end, layer in pieces])
        covering: list[str] = []
        previous = 0
        for position, starts, layer in events:
            if covering and position > previous:
                self.setFormat(previous, position - previous, self._merged_format(covering))
            if starts:
                covering.append(layer)
            else:
                covering.remove(layer)
            previous = position

    def _merged_format(self, layers: list[str]) -> QTextCharFormat:
        key = tuple(sorted(set(layers), key=_PAINT_ORDER.__getitem__))
        merged = self._merged.get(key)
        if merged is None:
            merged = QTextCharFormat()
            for layer in key:
                merged.merge(self._formats[layer])
            self._merged[key] = merged
        return merged
