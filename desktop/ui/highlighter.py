"""Layer highlighting through a ``QSyntaxHighlighter`` that reads a per-block span index.

A highlighter only formats the blocks Qt lays out, so it stays fast on long
documents where tens of thousands of ExtraSelections would make scrolling crawl.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from .offsets import OffsetMap
from .theme import LAYERS, layer_format

# (start, end, layer key) in code-point offsets of the document text.
LayerSpan = tuple[int, int, str]


class LayerHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._formats = {layer.key: layer_format(layer) for layer in LAYERS}
        self._order = {layer.key: n for n, layer in enumerate(LAYERS)}
        self._by_block: dict[int, list[tuple[int, int, str]]] = {}
        self._spans: dict[str, list[LayerSpan]] = {}
        self._enabled = {layer.key for layer in LAYERS}
        self._text = ""
        self._offsets = OffsetMap("")
        self._block_starts: list[int] = [0]

    def set_text(self, text: str) -> None:
        """Forget every span; call after the document's text is replaced."""
        self._text = text
        self._offsets = OffsetMap(text)
        self._block_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        self._spans = {}
        self._by_block = {}

    def set_layer_spans(self, layer_key: str, spans: Iterable[tuple[int, int]]) -> None:
        """Replace the spans of one layer and repaint."""
        self._spans[layer_key] = [(s, e, layer_key) for s, e in spans if e > s]
        self._reindex()

    def set_layer_enabled(self, layer_key: str, enabled: bool) -> None:
        if enabled:
            self._enabled.add(layer_key)
        else:
            self._enabled.discard(layer_key)
        self._reindex()

    def is_layer_enabled(self, layer_key: str) -> bool:
        return layer_key in self._enabled

    def spans_in_block(self, block_number: int) -> list[tuple[int, int, str]]:
        """UTF-16 (start, end, layer) pieces relative to the block; exposed for tests."""
        return self._by_block.get(block_number, [])

    def _reindex(self) -> None:
        by_block: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        to_qt = self._offsets.to_qt
        for key, spans in self._spans.items():
            if key not in self._enabled:
                continue
            for start, end, layer in spans:
                block = bisect_right(self._block_starts, start) - 1
                while start < end and block < len(self._block_starts):
                    block_start = self._block_starts[block]
                    block_end = (
                        self._block_starts[block + 1] - 1
                        if block + 1 < len(self._block_starts) else len(self._text)
                    )
                    piece_end = min(end, block_end)
                    if piece_end > start:
                        base = to_qt(block_start)
                        by_block[block].append((to_qt(start) - base, to_qt(piece_end) - base, layer))
                    block += 1
                    start = block_end + 1
        for pieces in by_block.values():
            pieces.sort(key=lambda piece: self._order[piece[2]])
        self._by_block = dict(by_block)
        self.rehighlight()

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
