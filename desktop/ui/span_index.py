"""Which spans fall in which block of the article view: pure Python, so a worker can build it.

Building the index for the ~60,000 highlights of a 100,000-word document takes
a few hundred milliseconds; done in the analysis worker, the GUI thread only
swaps it in.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..analysis import DATE, ENTITY_LABELS, GROUP, Analysis, Entity
from .offsets import OffsetMap

# (start, end, layer key): UTF-16 units relative to the start of one block.
Piece = tuple[int, int, str]
BlockPieces = dict[int, list[Piece]]


def entity_layers(entities: Sequence[Entity]) -> dict[str, list[tuple[int, int]]]:
    """Mention spans per entity type (each type is a highlight layer of its own)."""
    return {
        label: [(m.start, m.end) for e in entities if e.label == label for m in e.mentions]
        for label in ENTITY_LABELS
    }


def analysis_layers(analysis: Analysis) -> dict[str, list[tuple[int, int]]]:
    """The highlight layers an analysis provides, as code-point spans per layer key."""
    layers = entity_layers(analysis.entities)
    layers["NUMBER"] = [(c.start, c.end) for c in analysis.numeric_claims]
    layers["SOURCE"] = [(a.start, a.end) for a in analysis.attributions]
    layers["REPEAT"] = [(span.start, span.end) for pair in analysis.repeats for span in (pair.a, pair.b)]
    layers[GROUP] = [(m.start, m.end) for group in analysis.groups for m in group.mentions]
    layers[DATE] = [(m.start, m.end) for date in analysis.dates for m in date.mentions]
    return layers


class BlockIndex:
    """Maps code-point spans of ``text`` to per-block pieces of the view's document."""

    def __init__(self, text: str, offsets: OffsetMap) -> None:
        self._length = len(text)
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._blocks_per_line = 2 if offsets.paragraph_gaps else 1
        # Within one line only astral characters shift Qt positions; most texts have none.
        self._to_qt = offsets.to_qt if offsets.has_astral else None

    def index_layer(self, layer_key: str, spans: Iterable[tuple[int, int]]) -> BlockPieces:
        """Pieces of one layer's spans per block; a span across a line break is split."""
        by_block: BlockPieces = defaultdict(list)
        starts = self._line_starts
        to_qt = self._to_qt
        for start, end in spans:
            line = bisect_right(starts, start) - 1
            while start < end and line < len(starts):
                line_start = starts[line]
                line_end = starts[line + 1] - 1 if line + 1 < len(starts) else self._length
                piece_end = min(end, line_end)
                if piece_end > start:
                    if to_qt is None:
                        piece = (start - line_start, piece_end - line_start, layer_key)
                    else:
                        base = to_qt(line_start)
                        piece = (to_qt(start) - base, to_qt(piece_end) - base, layer_key)
                    by_block[line * self._blocks_per_line].append(piece)
                line += 1
                start = line_end + 1
        return dict(by_block)

    def index_layers(self, layers: dict[str, Iterable[tuple[int, int]]]) -> dict[str, BlockPieces]:
        return {key: self.index_layer(key, spans) for key, spans in layers.items()}
