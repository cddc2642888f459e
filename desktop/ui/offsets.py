"""The one place where Python code-point offsets become Qt's UTF-16 positions and back.

Analysis and the store speak code points; ``QTextDocument`` counts UTF-16 code
units, so every character outside the Basic Multilingual Plane (emoji, rare CJK)
takes two positions in Qt and one in Python.
"""

from __future__ import annotations

from bisect import bisect_left


class OffsetMap:
    """Converts between code-point offsets and UTF-16 positions of one text."""

    __slots__ = ("_astral", "_astral_utf16", "length")

    def __init__(self, text: str) -> None:
        self.length = len(text)
        # Code-point offsets of astral characters; for pure-BMP text (most text) this is empty.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []
        self._astral_utf16 = [offset + n for n, offset in enumerate(self._astral)]

    def to_qt(self, offset: int) -> int:
        """UTF-16 position of code-point ``offset``."""
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        """Code-point offset of UTF-16 ``position``; a position inside a surrogate pair rounds down."""
        # Every astral character starting before ``position`` took one extra unit.
        return position - bisect_left(self._astral_utf16, position)
