"""The one place where Python code-point offsets become Qt's positions and back.

Analysis and the store speak code points. ``QTextDocument`` counts UTF-16 code
units, so every character outside the Basic Multilingual Plane (emoji, rare CJK)
takes two positions in Qt and one in Python. The article view may also show a
blank line after each line break (paragraph spacing for one-paragraph-per-line
articles); each such inserted line break is one more Qt position.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def wants_paragraph_gaps(text: str) -> bool:
    """One paragraph per line (most saved articles) reads better with a blank line after each;
    text that already separates paragraphs with blank lines is shown as it is."""
    return "\n" in text.strip("\n") and "\n\n" not in text


class OffsetMap:
    """Converts between code-point offsets of ``text`` and positions in its displayed form."""

    __slots__ = ("_extra", "_extra_qt", "has_astral", "length", "paragraph_gaps")

    def __init__(self, text: str, paragraph_gaps: bool = False) -> None:
        self.length = len(text)
        self.paragraph_gaps = paragraph_gaps
        # Code-point offsets after which Qt has one unit more than Python: astral characters
        # (second UTF-16 unit) and, with paragraph gaps, line breaks (the inserted blank line).
        # Counting UTF-16 units is ten times faster than searching a long text for astral characters.
        astral = len(text.encode("utf-16-le", "surrogatepass")) // 2 - len(text)
        extra = [m.start() for m in _ASTRAL.finditer(text)] if astral else []
        self.has_astral = bool(extra)
        if paragraph_gaps:
            extra = sorted(extra + [m.start() for m in re.finditer("\n", text)])
        self._extra = extra
        self._extra_qt = [offset + n for n, offset in enumerate(extra)]

    @staticmethod
    def display_text(text: str, paragraph_gaps: bool) -> str:
        """The text as the view shows it."""
        return text.replace("\n", "\n\n") if paragraph_gaps else text

    def to_qt(self, offset: int) -> int:
        """Qt position of code-point ``offset``."""
        return offset + bisect_left(self._extra, offset)

    def from_qt(self, position: int) -> int:
        """Code-point offset of Qt ``position``; a position inside a surrogate pair or on an
        inserted blank line rounds down to the character before it."""
        return position - bisect_left(self._extra_qt, position)
