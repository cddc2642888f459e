"""Layer highlighting through a ``QSyntaxHighlighter`` that reads a per-block span index.

A highlighter only formats the blocks Qt lays out, so it stays fast on long
documents where tens of thousands of ExtraSelections would make scrolling crawl.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from .offsets import OffsetMap
from .span_index import BlockIndex, BlockPieces
from .theme import LAYERS, layer_format

# Time spent re-formatting blocks per event-loop turn: short enough to keep the window responsive.
SECONDS_PER_TURN = 0.012


class LayerHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, first_visible: Callable[[], int] | None = None) -> None:
        """``first_visible`` names the top block on screen, so it is re-formatted first."""
        super().__init__(document)
        self._first_visible = first_visible
        self._formats = {layer.key: layer_format(layer) for layer in LAYERS}
        self._by_block: dict[int, list[tuple[int, int, str]]] = {}
        self._layer_index: dict[str, BlockPieces] = {}
        self._enabled = {layer.key for layer in LAYERS}
        self._block_index = BlockIndex("", OffsetMap(""))
        self._pending: list[int] = []  # block numbers still to re-format, visible ones first
        self._pending_timer = QTimer(self)
        self._pending_timer.setInterval(0)
        self._pending_timer.timeout.connect(self._rehighlight_some)

    def set_text(self, text: str, offsets: OffsetMap) -> None:
        """Forget every span; call after the document's text is replaced.

        ``offsets`` maps ``text`` to the document; with paragraph gaps every line of
        ``text`` is followed by an empty block.
        """
        self._block_index = BlockIndex(text, offsets)
        self._layer_index = {}
        self._by_block = {}
        self._pending = []
        self._pending_timer.stop()

    def set_layer_spans(self, layer_key: str, spans: Iterable[tuple[int, int]]) -> None:
        """Replace the spans of one layer and repaint."""
        self.set_layers({layer_key: spans})

    def set_layers(self, layers: dict[str, Iterable[tuple[int, int]]]) -> None:
        """Replace the spans of several layers with one re-index and one repaint."""
        self.set_indexed_layers(self._block_index.index_layers(layers))

    def set_indexed_layers(self, layers: dict[str, BlockPieces]) -> None:
        """Replace layers with pieces a worker already indexed (``BlockIndex`` of the same text)."""
        self._layer_index.update(layers)
        self._reindex()

    @property
    def busy(self) -> bool:
        """True while blocks are still waiting to be re-formatted."""
        return bool(self._pending)

    def set_layer_enabled(self, layer_key: str, enabled: bool) -> None:
        if enabled:
            self._enabled.add(layer_key)
        else:
            self._enabled.discard(layer_key)
        self._reindex()

    def spans_in_block(self, block_number: int) -> list[tuple[int, int, str]]:
        """UTF-16 (start, end, layer) pieces relative to the block; exposed for tests."""
        return self._by_block.get(block_number, [])

    def _reindex(self) -> None:
        """Rebuild the per-block index from the per-layer ones and repaint what changed."""
        by_block: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for layer in LAYERS:  # LAYERS order is the painting order
            if layer.key in self._enabled:
                for block, pieces in self._layer_index.get(layer.key, {}).items():
                    by_block[block].extend(pieces)
        changed = {n for n in by_block.keys() | self._by_block.keys()
                   if by_block.get(n) != self._by_block.get(n)}
        self._by_block = dict(by_block)
        self._schedule(changed)

    def _schedule(self, blocks: set[int]) -> None:
        """Re-format ``blocks`` a few at a time, starting with those on screen.

        ``rehighlight()`` would format every block of a long document in one go
        and freeze the window for seconds.
        """
        pending = set(self._pending) | blocks
        first_visible = self._first_visible_block()
        self._pending = sorted(pending, key=lambda n: (n < first_visible, n), reverse=True)
        if self._pending:
            self._rehighlight_some()
            if self._pending:
                self._pending_timer.start()

    def _first_visible_block(self) -> int:
        return self._first_visible() if self._first_visible is not None else 0

    def _rehighlight_some(self) -> None:
        document = self.document()
        deadline = time.perf_counter() + SECONDS_PER_TURN
        while self._pending and time.perf_counter() < deadline:
            block = document.findBlockByNumber(self._pending.pop())
            if block.isValid():
                self.rehighlightBlock(block)
        if not self._pending:
            self._pending_timer.stop()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        pieces = self._by_block.get(self.currentBlock().blockNumber())
        if not pieces:
            return
        # Merge overlapping layers: each character gets every layer that covers it.
        bounds = sorted({p for start, end, _ in pieces for p in (start, end)})
        for left, right in zip(bounds, bounds[1:]):
            fmt = QTextCharFormat()
            for start, end, layer in pieces:
                if start <= left and right <= end:
                    fmt.merge(self._formats[layer])
            if not fmt.isEmpty():
                self.setFormat(left, right - left, fmt)
