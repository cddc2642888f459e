"""Re-attaching a note's anchor to a document whose text has changed. Pure Python, no SQL, no Qt.

An anchor is a position plus the quoted text and ~32 characters of context
each side (W3C TextPositionSelector + TextQuoteSelector). Re-attaching tries,
in order: the old position if the quote is still there; the exact quote
elsewhere, preferring the occurrence whose context agrees best; a fuzzy match
of context + quote + context; otherwise the note is *orphaned* and keeps its
quote, so it is never silently moved to a wrong place.

The thresholds below were measured on the edit scenarios in
``tests/store/anchoring_scenarios.py`` (``fuzzy_scores``: true matches
scored 78.9–94.8, passages that were deleted at most 48.5).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from rapidfuzz import fuzz

EXACT = "exact"
FUZZY = "fuzzy"
ORPHANED = "orphaned"

# An exact occurrence of the quote away from its old position must have context this similar
# (0-100) to be trusted, unless the quote is long enough to be unique on its own. Measured: true
# occurrences after the scenario edits scored >= 67.3; other occurrences of short phrases in the
# scenario article <= 55.4, except two "the" 14 characters apart whose contexts overlap (67.7).
MIN_CONTEXT_SCORE = 60.0
SELF_EVIDENT_QUOTE_CHARS = 40
# A fuzzy match must agree this well (0-100) over context + quote, over the quote alone and over
# the context alone: a changed quote is trusted only where its surroundings are still recognisable.
# The middle of the measured gap (true matches >= 78.9, deleted passages <= 48.5).
MIN_FUZZY_SCORE = 64.0
# How far around a likely position the fuzzy search looks, beyond the needle's own length.
SEARCH_MARGIN = 400
# Occurrences of the context examined as likely positions (the nearest to the old place).
MAX_CONTEXT_HITS = 8
CONTEXT_PROBE_CHARS = 16
# How far around the old (and the length-scaled) position the exact quote is looked for first.
NEARBY_CHARS = 2000
# How far from the aligned bounds the quote's new first and last words are looked for.
BOUNDARY_REACH = 24


class Anchor(Protocol):
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an anchor landed in the new text; ``status`` is EXACT, FUZZY or ORPHANED."""

    start: int
    end: int
    status: str
    score: float = 100.0


def reattach(anchor: Anchor, text: str, old_length: int | None = None) -> Placement:
    """Find ``anchor`` in ``text``; ``old_length`` (the old text's length) helps guess where it moved."""
    quote = anchor.quote
    if not quote:  # a note on the whole document
        return Placement(0, 0, EXACT)
    expected = _expected_start(anchor.start, len(text), old_length)
    exact = _best_exact(anchor, text, expected)
    if exact is not None:
        return exact
    fuzzy_match = _fuzzy(anchor, text, expected)
    if fuzzy_match is not None:
        return fuzzy_match
    start = min(anchor.start, len(text))
    return Placement(start, start, ORPHANED, 0.0)


def _expected_start(old_start: int, new_length: int, old_length: int | None) -> int:
    if not old_length:
        return min(old_start, new_length)
    return min(round(old_start * new_length / old_length), new_length)


def _context_score(anchor: Anchor, text: str, start: int, end: int) -> float:
    """How well the text around ``start:end`` agrees with the anchor's context (0-100)."""
    if not anchor.prefix and not anchor.suffix:
        return 100.0
    before = text[max(0, start - len(anchor.prefix)):start]
    after = text[end:end + len(anchor.suffix)]
    return fuzz.ratio(anchor.prefix + "\x00" + anchor.suffix, before + "\x00" + after)


def _word_edges(before: str, quote: str, after: str) -> tuple[bool, bool]:
    """Whether the quote starts and ends on word boundaries: "the" inside "northern" is not "the"."""
    def joined(a: str, b: str) -> bool:
        return bool(a) and bool(b) and a.isalnum() and b.isalnum()
    return joined(before, quote[:1]), joined(quote[-1:], after)


def _best_exact(anchor: Anchor, text: str, expected: int) -> Placement | None:
    quote = anchor.quote
    edges = _word_edges(anchor.prefix[-1:], quote, anchor.suffix[:1])
    best: tuple[float, int, int] | None = None  # (context score, -distance, start)
    # Usually the passage only shifted a little: look near its old place before scanning everything.
    for low, high in ((anchor.start, anchor.end), *_merged_windows([anchor.start, expected], len(quote), NEARBY_CHARS),
                      (0, len(text))):
        position = text.find(quote, low, high)
        while position != -1:
            end = position + len(quote)
            if _word_edges(text[position - 1:position], quote, text[end:end + 1]) == edges:
                score = _context_score(anchor, text, position, end)
                key = (score, -min(abs(position - anchor.start), abs(position - expected)), position)
                if best is None or key > best:
                    best = key
            position = text.find(quote, position + 1, high)
        if best is not None and best[0] == 100.0:
            break
    if best is None:
        return None
    score, _distance, start = best
    if score < MIN_CONTEXT_SCORE and len(quote) < SELF_EVIDENT_QUOTE_CHARS:
        return None
    return Placement(start, start + len(quote), EXACT, score)


def _likely_starts(anchor: Anchor, text: str, expected: int) -> list[int]:
    """Where the quote probably begins now: after surviving prefix, before surviving suffix, or scaled.

    The context is looked for near the old place first, and in the whole text only if it is not there.
    """
    starts = [expected, min(anchor.start, len(text))]
    nearby = _merged_windows(starts, len(anchor.quote), NEARBY_CHARS)
    for probe, shift in (
        (anchor.prefix[-CONTEXT_PROBE_CHARS:], len(anchor.prefix[-CONTEXT_PROBE_CHARS:])),
        (anchor.suffix[:CONTEXT_PROBE_CHARS], -len(anchor.quote)),
    ):
        if len(probe) < CONTEXT_PROBE_CHARS // 2:
            continue
        for windows in (nearby, [(0, len(text))]):
            hits = [hit + shift for low, high in windows for hit in _occurrences(text, probe, low, high)]
            if hits:
                break
        hits.sort(key=lambda hit: abs(hit - expected))
        starts.extend(hits[:MAX_CONTEXT_HITS])
    return starts


def _occurrences(text: str, probe: str, low: int, high: int) -> list[int]:
    found = []
    position = text.find(probe, low, high)
    while position != -1 and len(found) < 10 * MAX_CONTEXT_HITS:
        found.append(position)
        position = text.find(probe, position + 1, high)
    return found


def _merged_windows(starts: list[int], length: int, reach: int) -> list[tuple[int, int]]:
    """Windows of ``reach`` around each ``start:start+length``, overlapping ones merged, nearest first."""
    merged: list[list[int]] = []
    for start in sorted(starts):
        low, high = max(0, start - reach), start + length + reach
        if merged and low <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    return [(low, high) for low, high in merged]


def _fuzzy(anchor: Anchor, text: str, expected: int) -> Placement | None:
    needle = anchor.prefix + anchor.quote + anchor.suffix
    best = None
    windows = _merged_windows(_likely_starts(anchor, text, expected), len(anchor.quote), len(needle) + SEARCH_MARGIN)
    for low, high in windows:
        high = min(high, len(text))
        found = fuzz.partial_ratio_alignment(needle, text[low:high], score_cutoff=MIN_FUZZY_SCORE)
        if found is not None and (best is None or found.score > best[0].score):
            best = (found, low)
    if best is None:
        return None
    found, low = best
    start, end = _quote_bounds(anchor, text, low + found.dest_start, low + found.dest_end)
    if end <= start:
        return None
    quote_score = fuzz.ratio(anchor.quote, text[start:end])
    context_score = _context_score(anchor, text, start, end)
    score = min(found.score, quote_score, context_score)
    if score < MIN_FUZZY_SCORE:
        return None
    return Placement(start, end, FUZZY, score)


def _quote_bounds(anchor: Anchor, text: str, region_start: int, region_end: int) -> tuple[int, int]:
    """Within a region matching prefix + quote + suffix, find where the quote itself begins and ends.

    A side whose context survived intact fixes that bound exactly; a side whose context
    was edited too is settled by ``_nearby_word_bounds``.
    """
    slack = len(anchor.prefix) // 2 + 8
    low, high = max(0, region_start - slack), min(len(text), region_end + slack)
    region = text[low:high]
    start, end, start_sure, end_sure = region_start, region_end, False, False
    if anchor.prefix:
        head = fuzz.partial_ratio_alignment(anchor.prefix, region[:len(anchor.prefix) + 2 * slack])
        start, start_sure = low + head.dest_end, head.score == 100.0
    if anchor.suffix:
        tail_from = max(0, len(region) - len(anchor.suffix) - 2 * slack)
        tail = fuzz.partial_ratio_alignment(anchor.suffix, region[tail_from:])
        end, end_sure = low + tail_from + tail.dest_start, tail.score == 100.0
    return _nearby_word_bounds(anchor.quote, text, start, end, start_sure, end_sure)


def _nearby_word_bounds(
    quote: str, text: str, start: int, end: int, start_sure: bool, end_sure: bool
) -> tuple[int, int]:
    """Settle uncertain bounds on the nearby word boundaries whose span reads most like the old quote."""
    starts = {start} if start_sure else {start} | {
        i for i in range(max(0, start - BOUNDARY_REACH), min(len(text), start + BOUNDARY_REACH))
        if not text[i].isspace() and (i == 0 or text[i - 1].isspace())
    }
    ends = {end} if end_sure else {end} | {
        i for i in range(max(1, end - BOUNDARY_REACH), min(len(text), end + BOUNDARY_REACH) + 1)
        if not text[i - 1].isspace() and (i == len(text) or text[i].isspace())
    }
    best = max(
        ((fuzz.ratio(quote, text[s:e]), -abs(s - start) - abs(e - end), s, e)
         for s in starts for e in ends if e > s),
        default=(0.0, 0, start, end),
    )
    return best[2], best[3]
