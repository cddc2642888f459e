"""Direct quotations and who speaks them.

Curly (“…”) and straight ("…") quotation marks are paired within a paragraph.
A quotation that runs over several paragraphs follows the news convention: each
paragraph opens with a quote mark and only the last one closes, so an open
quotation continues when the next paragraph opens with a quote mark.

The speaker is the attribution attached to the quotation (in the sentence where
it starts or ends: "“…,” Peskov said", "Peskov added, “…”"); failing that, the
speaker of the previous quotation in the same paragraph ("“…,” he said. “…”");
failing that, the nearest named speaker in this or the previous paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .model import Attribution, Quote, Sentence
from .tokens import paragraph_spans

OPENING = "“"
CLOSING = "”"
STRAIGHT = '"'
QUOTE_MARKS = OPENING + STRAIGHT
# Shorter quotations are quoted words ("his “manly” response"), not statements.
MIN_QUOTE_WORDS = 3
_NAMED_SPEAKERS = frozenset({"person", "pronoun"})
_MARK = re.compile(f"[{OPENING}{CLOSING}{STRAIGHT}]")


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Every quotation, marks included, as (start, end) offsets in document order."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    previous_end = 0
    for start, end in paragraph_spans(text):
        first = start
        if open_at is not None:
            if text[start] in QUOTE_MARKS:
                first = start + 1  # the quotation goes on: this mark re-opens it
            else:
                spans.append((open_at, previous_end))  # never closed: it ends with its paragraph
                open_at = None
        for found in _MARK.finditer(text, first, end):
            position, mark = found.start(), found.group()
            if mark == OPENING and open_at is None:
                open_at = position
            elif mark == CLOSING and open_at is not None or mark == STRAIGHT and open_at is not None:
                spans.append((open_at, position + 1))
                open_at = None
            elif mark == STRAIGHT:
                open_at = position
        previous_end = end
    if open_at is not None:
        spans.append((open_at, previous_end))
    return spans


def _word_count(text: str) -> int:
    return sum(1 for word in text.split() if any(ch.isalnum() for ch in word))


class _Layout:
    """Which sentence and paragraph an offset falls in."""

    def __init__(self, sentences: Sequence[Sentence]):
        self._sentences = sentences
        self._starts = [s.start for s in sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        return self._sentences[i] if i >= 0 else None

    def paragraph_at(self, offset: int) -> int:
        sentence = self.sentence_at(offset)
        return sentence.paragraph if sentence is not None else -1


def _attached(
    start: int, end: int, attributions: Sequence[Attribution], starts: Sequence[int], layout: _Layout
) -> Attribution | None:
    """The attribution outside the quotation in the sentence where it starts or ends, nearest first.

    ``attributions`` are sorted by start and ``starts`` lists their starts, so only the
    attributions of those sentences are looked at (a scan of all of them was quadratic).
    """
    sentences = {layout.sentence_at(start), layout.sentence_at(max(start, end - 1))} - {None}
    if not sentences:
        return None
    low = bisect.bisect_left(starts, min(s.start for s in sentences))
    high = bisect.bisect_left(starts, max(s.end for s in sentences))
    candidates = [
        a
        for a in attributions[low:high]
        if (a.end <= start or a.start >= end)
        and a.source
        and any(s.start <= a.start < s.end for s in sentences)
    ]
    return min(candidates, key=lambda a: a.start - end if a.start >= end else start - a.end, default=None)


def _quote(text: str, start: int, end: int, attribution: Attribution | None, attached: bool) -> Quote:
    if attribution is None:
        return Quote(text[start:end], start, end)
    source_type = attribution.source_type
    if source_type == "pronoun" and attribution.entity:
        source_type = "person"  # "he said", resolved to a named speaker
    return Quote(
        text[start:end],
        start,
        end,
        speaker=attribution.source,
        source_type=source_type,
        attribution_start=attribution.start if attached else -1,
        attribution_end=attribution.end if attached else -1,
    )


def find_quotes(
    text: str, sentences: Sequence[Sentence], attributions: Sequence[Attribution]
) -> tuple[Quote, ...]:
    """Direct quotations of at least ``MIN_QUOTE_WORDS`` words, each with its speaker."""
    layout = _Layout(sentences)
    attributions = sorted(attributions, key=lambda a: a.start)
    attribution_starts = [a.start for a in attributions]
    quotes: list[Quote] = []
    speakers_before = [a for a in attributions if a.source_type in _NAMED_SPEAKERS]
    starts = [a.start for a in speakers_before]
    previous: tuple[int, Attribution] | None = None  # paragraph and speaker of the last quotation
    for start, end in quotation_spans(text):
        if _word_count(text[start:end]) < MIN_QUOTE_WORDS:
            continue
        paragraph = layout.paragraph_at(start)
        attribution = _attached(start, end, attributions, attribution_starts, layout)
        attached = attribution is not None
        if attribution is None and previous is not None and previous[0] == paragraph:
            attribution = previous[1]
        if attribution is None:
            i = bisect.bisect_left(starts, start)
            nearest = speakers_before[i - 1] if i else None
            if nearest is not None and paragraph - layout.paragraph_at(nearest.start) <= 1:
                attribution = nearest
        quotes.append(_quote(text, start, end, attribution, attached))
        if attribution is not None:
            previous = (layout.paragraph_at(end - 1), attribution)
    return tuple(quotes)
