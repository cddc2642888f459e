"""Repeated passages inside one document, and a word-level diff of two passages.

Sentences are compared as sequences of normalised words, each with a weight:
numbers and capitalised words (names) weigh double, since a changed figure or
name is what a reader must see; function words and attribution phrases ("said a
person familiar with the call") weigh little; stock newsroom phrases ("did not
immediately respond to a request for comment") nothing.  So two different
sentences built on the same formula do not look alike, while one quote credited
in different words does.

Cost grows about linearly with the text: exact repeats are found by hashing,
reworded ones by an index of content-word bigrams that proposes a few earlier
candidates per sentence, each verified by the weight of the words the two share as
rapidfuzz's Indel alignment pairs them (counted without aligning whenever the
pairing cannot change the weight).  Each repeated sentence is linked to its first
occurrence, and consecutive links are merged into one multi-sentence passage pair,
so an article pasted 40 times gives 39 pairs, not thousands.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from rapidfuzz.distance import Indel

from .model import Attribution, RepeatedPassage, Sentence, Span, Token
from .sources import attribution_spans
from .tokens import word_tokens

NEAR_SIMILARITY = 0.7
"""Weighted similarity from which two sentences count as a reworded repeat."""
CONTAINED_COVERAGE = 0.9
"""Share of the shorter sentence's weight that must reappear in the longer one."""
CONTAINED_LENGTH_RATIO = 1.5
"""The longer sentence must weigh this much more for the pair to be "contained"."""
MIN_CONTENT_WEIGHT = 5.0
"""Sentences lighter than this (after dropping stock phrases) are never fuzzy-matched."""
MIN_PASSAGE_WORDS = 6
"""Shorter repeated passages ("The people are dead.") are not worth reporting."""
ATTRIBUTION_FACTOR = 0.25
"""Weight of words in attribution phrases relative to the claim's words."""
MAX_CANDIDATES = 8
"""Earlier sentences verified per sentence, best shingle overlap first."""
MAX_POSTINGS = 200
"""A bigram shared by more sentences than this is too common to be evidence."""

_SIGNIFICANT_WEIGHT = 2.0  # numbers and capitalised words
_WORD_WEIGHT = 1.0
_FUNCTION_WEIGHT = 0.5

_FUNCTION_WORDS = frozenset(
    """
    a an the of to in on at for by with from into onto over about as and or but nor so
    that which who whom whose this these those there here it its is are was were be been
    being am has have had do does did he she they them his her hers their theirs him we
    us our i me my you your if than then also just very would could should will shall can
    may might must
    """.split()
)
_NUMBER_WORDS = re.compile(
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred|thousand|million|billion|trillion)(?:-\w+)?"
)
# Matched against the sentence's normalised words joined by single spaces.
_STOCK_PHRASES = re.compile(
    r"""(?x)\b(?:
        (?:did|does|do)\ not\ (?:immediately\ )?(?:respond|reply)\ to
            (?:\ (?:a|an|the|multiple|several|repeated))?
            \ (?:requests?|inquiry|inquiries|messages?|emails?|calls?)
            (?:\ (?:for|seeking)\ comment)?
      | (?:declined|refused)\ to\ comment
      | (?:could|can)\ not\ be\ reached\ for\ comment
      | did\ not\ return\ (?:a|an|the)\ (?:requests?|messages?|calls?|emails?)\ for\ comment
      | spoke\ on\ (?:the\ )?condition\ of\ anonymity
      | (?:familiar\ with|briefed\ on|apprised\ of)\ the
            \ (?:matter|call|calls|talks|discussions?|plans?|situation|negotiations|conversations?)
      | according\ to
      | (?:in|via)\ (?:a|an)\ (?:statement|email|interview)
      | contributed\ to\ this\ report
    )\b"""
)


@dataclass(frozen=True, slots=True)
class _Words:
    """A passage's normalised words with their weights (stock phrases weigh 0).

    ``bag`` maps each key to its number of occurrences, their summed weight, and
    the weight of one occurrence (None when occurrences weigh differently).
    """

    keys: tuple[str, ...]
    weights: tuple[float, ...]
    tokens: tuple[Token, ...]
    total: float
    bag: dict[str, tuple[int, float, float | None]]


class DiffWord(NamedTuple):
    """One word of a compared passage: ``op`` is equal, delete, insert or moved.

    ``significant`` marks numbers and names, which the UI calls out when they differ.
    """

    op: str
    text: str
    start: int
    end: int
    significant: bool


@lru_cache(maxsize=1 << 16)
def _key_and_weight(word: str) -> tuple[str, float]:
    """Normalised form and weight of a word token (cached: word types repeat a lot)."""
    key = word.lower().replace("’", "'").replace("‐", "-")
    if key == "n't":
        key = "not"
    elif key[0].isdigit():
        return key.replace(",", ""), _SIGNIFICANT_WEIGHT
    if _NUMBER_WORDS.fullmatch(key) or (word[0].isupper() and key not in _FUNCTION_WORDS):
        return key, _SIGNIFICANT_WEIGHT
    return key, _FUNCTION_WEIGHT if key in _FUNCTION_WORDS else _WORD_WEIGHT


def _words(tokens: Iterable[Token], attributions: Sequence[tuple[int, int]] = ()) -> _Words:
    """The word tokens of a passage, normalised and weighted.

    Words inside ``attributions`` ("union leader Rui Matos told a crowd") weigh
    less: the same quote given to a differently worded source is still a repeat.
    """
    words = tuple(t for t in tokens if t.text[:1].isalnum())
    keys, weights = zip(*map(_key_and_weight, [t.text for t in words])) if words else ((), ())
    weights = list(weights)
    for start, end in attributions:
        for i, token in enumerate(words):
            if start <= token.start and token.end <= end:
                weights[i] *= ATTRIBUTION_FACTOR
    joined = " ".join(keys)
    if _STOCK_PHRASES.search(joined):
        word_at = [i for i, k in enumerate(keys) for _ in range(len(k) + 1)]
        for match in _STOCK_PHRASES.finditer(joined):
            for i in range(word_at[match.start()], word_at[match.end() - 1] + 1):
                weights[i] = 0.0
    return _Words(keys, tuple(weights), words, sum(weights), _bag(keys, weights))


def _bag(keys: Sequence[str], weights: Sequence[float]) -> dict[str, tuple[int, float, float | None]]:
    """``_Words.bag`` of these words."""
    bag: dict[str, tuple[int, float, float | None]] = {}
    for key, weight in zip(keys, weights):
        seen = bag.get(key)
        if seen is None:
            bag[key] = (1, weight, weight)
        else:
            count, summed, each = seen
            bag[key] = (count + 1, summed + weight, each if each == weight else None)
    return bag


def _align(a: Sequence[str], b: Sequence[str]) -> tuple[list[str], list[str]]:
    """Label every word of ``a`` (equal/delete/moved) and of ``b`` (equal/insert/moved).

    Equal words come from rapidfuzz's longest-common-subsequence alignment; a
    deleted word that is also inserted elsewhere is "moved" on both sides, so a
    reordered phrase ("Russian escalation" / "escalation by Russia") still counts.
    """
    a_ops = ["delete"] * len(a)
    b_ops = ["insert"] * len(b)
    for op in Indel.opcodes(a, b):
        if op.tag == "equal":
            for offset in range(op.src_end - op.src_start):
                a_ops[op.src_start + offset] = b_ops[op.dest_start + offset] = "equal"
    spare = Counter(word for word, op in zip(b, b_ops) if op == "insert")
    moved: Counter[str] = Counter()
    for i, word in enumerate(a):
        if a_ops[i] == "delete" and spare[word] > 0:
            spare[word] -= 1
            moved[word] += 1
            a_ops[i] = "moved"
    for j, word in enumerate(b):
        if b_ops[j] == "insert" and moved[word] > 0:
            moved[word] -= 1
            b_ops[j] = "moved"
    return a_ops, b_ops


def word_diff(a: str, b: str) -> tuple[list[DiffWord], list[DiffWord]]:
    """Word-by-word comparison of two passages for the side-by-side view.

    Returns the words of ``a`` (op equal, delete or moved) and of ``b`` (equal,
    insert or moved) with offsets into ``a`` and ``b``; the UI marks every word
    whose op is not "equal".  Case, curly quotes and thousands separators are
    ignored, so only real changes are marked.
    """
    a_words, b_words = _words(word_tokens(a)), _words(word_tokens(b))
    a_ops, b_ops = _align(a_words.keys, b_words.keys)
    return _diff_words(a_words, a_ops), _diff_words(b_words, b_ops)


def _diff_words(words: _Words, ops: Sequence[str]) -> list[DiffWord]:
    return [
        DiffWord(op, t.text, t.start, t.end, _key_and_weight(t.text)[1] == _SIGNIFICANT_WEIGHT)
        for op, t in zip(ops, words.tokens)
    ]


@dataclass(frozen=True, slots=True)
class _Match:
    """A verified sentence repeat: shared and total weight of both sentences."""

    shared: float
    total: float
    kind: str
    similarity: float

    @classmethod
    def exact(cls, words: _Words) -> _Match:
        return cls(2 * words.total, 2 * words.total, "exact", 1.0)


def _compare(a: _Words, b: _Words) -> _Match | None:
    """Verify a candidate pair; None when the sentences are not a repeat.

    Exact means equal normalised words (case, quotes and punctuation aside).
    "contained" pairs report the share of the shorter sentence found in the longer
    one as their similarity; "near" pairs the weighted share of both sentences.
    """
    if a.keys == b.keys:
        return _Match.exact(a)
    if min(a.total, b.total) < MIN_CONTENT_WEIGHT:
        return None
    shared_a, shared_b = _shared_weights(a, b)
    shared, total = shared_a + shared_b, a.total + b.total
    similarity = shared / total
    short, short_shared, long = (a, shared_a, b) if a.total <= b.total else (b, shared_b, a)
    coverage = short_shared / short.total
    if coverage >= CONTAINED_COVERAGE and long.total >= CONTAINED_LENGTH_RATIO * short.total:
        return _Match(shared, total, "contained", coverage)
    if similarity >= NEAR_SIMILARITY:
        return _Match(shared, total, "near", similarity)
    return None


def _kept_weight(count: int, summed: float, each: float | None, other_count: int) -> float | None:
    """Weight of the min(count, other_count) occurrences of a key an alignment keeps on one side.

    None when the occurrences weigh differently and there are more of them than are kept:
    then which ones are kept matters, and only aligning the sentences tells.
    """
    if count <= other_count:
        return summed
    return each * other_count if each is not None else None


def _shared_weights(a: _Words, b: _Words) -> tuple[float, float]:
    """Weight of the words of ``a`` and of ``b`` that ``_align`` marks equal or moved.

    Of a key found n times in one sentence and m times in the other, every alignment
    keeps min(n, m) occurrences on each side (as equal, or else as moved); which ones
    it keeps matters only when a side has more and they weigh differently.  Only then
    are the sentences aligned, the costly part of comparing them.  Weights are small
    binary fractions (0.125, 0.5, 2 ...), so adding them by key gives exactly the
    word-by-word sums.
    """
    shared_a = shared_b = 0.0
    a_bag, b_bag = a.bag, b.bag
    for key in a_bag.keys() & b_bag.keys():
        n, a_summed, a_each = a_bag[key]
        m, b_summed, b_each = b_bag[key]
        kept_a, kept_b = _kept_weight(n, a_summed, a_each, m), _kept_weight(m, b_summed, b_each, n)
        if kept_a is None or kept_b is None:
            break
        shared_a += kept_a
        shared_b += kept_b
    else:  # no key's weight depended on the pairing
        return shared_a, shared_b
    a_ops, b_ops = _align(a.keys, b.keys)
    return (
        sum(w for w, op in zip(a.weights, a_ops) if op != "delete"),
        sum(w for w, op in zip(b.weights, b_ops) if op != "insert"),
    )


def _shingles(words: _Words) -> set[tuple[str, str]]:
    """Bigrams of content words (function words and stock phrases left out)."""
    content = [k for k, w in zip(words.keys, words.weights) if w >= _WORD_WEIGHT]
    return set(zip(content, content[1:]))


@dataclass(slots=True)
class _Run:
    """Consecutive sentences ``b .. b+n-1`` repeating sentences ``a .. a+n-1``."""

    a: int
    b: int
    matches: list[_Match]


def _find_runs(words: Sequence[_Words]) -> list[_Run]:
    """Link every sentence to the first occurrence of what it repeats, in runs."""
    first_by_keys: dict[tuple[str, ...], int] = {}
    index: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    runs: list[_Run] = []
    run: _Run | None = None
    for i, current in enumerate(words):
        if not current.keys:
            run = None
            continue
        # One posting list per bigram, looked up once: read for candidates, then appended to.
        postings = [index[shingle] for shingle in _shingles(current)]
        match = _continuation(run, words, current, first_by_keys)
        if match is not None:
            run.matches.append(match)
        else:
            j = first_by_keys.get(current.keys, -1)
            if j >= 0:
                match = _Match.exact(current)
            else:
                j, match = _best_earlier(words, current, postings)
            run = None if match is None else _Run(j, i, [match])
            if run is not None:
                runs.append(run)
        if match is not None and match.kind == "contained":
            run = None  # a sentence found inside a longer one stays a pair of its own
        if current.keys not in first_by_keys:
            first_by_keys[current.keys] = i
            for posting in postings:
                posting.append(i)
    return runs


def _continuation(
    run: _Run | None,
    words: Sequence[_Words],
    current: _Words,
    first_by_keys: dict[tuple[str, ...], int],
) -> _Match | None:
    """The match with the sentence after the run's earlier passage, if it repeats.

    The sentence after a repeat most often repeats the next sentence too.  The
    earlier passage stays made of first occurrences and ends before the later one.
    """
    if run is None:
        return None
    j = run.a + len(run.matches)
    if j >= run.b or first_by_keys.get(words[j].keys) != j:
        return None
    match = _compare(words[j], current)
    return None if match is None or match.kind == "contained" else match


def _best_earlier(
    words: Sequence[_Words],
    current: _Words,
    postings: Sequence[list[int]],
) -> tuple[int, _Match | None]:
    """The earliest verified repeat among the earlier sentences sharing most bigrams.

    ``postings`` holds, for each of the sentence's bigrams, the earlier sentences with it.
    Of sentences sharing equally many, the earliest are tried: the bigrams come from a set,
    whose order changes from process to process, so it must not decide.
    """
    if current.total < MIN_CONTENT_WEIGHT or len(postings) < 2:
        return -1, None
    shared = Counter(chain.from_iterable(p for p in postings if len(p) <= MAX_POSTINGS))
    needed = max(2, len(postings) // 5)
    candidates = [j for j, n in shared.items() if n >= needed]
    if len(candidates) > MAX_CANDIDATES:  # the most shared; among equals, the earliest
        candidates.sort()
        candidates.sort(key=shared.__getitem__, reverse=True)  # a stable sort keeps equals in order
        del candidates[MAX_CANDIDATES:]
    for j in sorted(candidates):
        match = _compare(words[j], current)
        if match is not None:
            return j, match
    return -1, None


def _passage(run: _Run, sentences: Sequence[Sentence]) -> RepeatedPassage:
    n = len(run.matches)
    if n == 1:
        kind, similarity = run.matches[0].kind, run.matches[0].similarity
    else:
        exact = all(m.kind == "exact" for m in run.matches)
        kind = "exact" if exact else "near"
        similarity = sum(m.shared for m in run.matches) / sum(m.total for m in run.matches)
    return RepeatedPassage(
        a=Span(sentences[run.a].start, sentences[run.a + n - 1].end),
        b=Span(sentences[run.b].start, sentences[run.b + n - 1].end),
        similarity=round(similarity, 3),
        kind=kind,
    )


def find_repeats(
    text: str, sentences: Sequence[Sentence], attributions: Sequence[Attribution] | None = None
) -> tuple[RepeatedPassage, ...]:
    """Passages that repeat an earlier passage of ``text``; ``a`` is the earlier one.

    Every later copy links to the first occurrence, so three copies give two pairs
    with the same ``a``; ``repeat_groups`` turns pairs back into groups.
    ``attributions`` are ``find_attributions`` of the same sentences when the caller
    has them (they are not looked for again); without them each sentence's are found here.
    """
    if attributions is None:
        spans = [attribution_spans(s) for s in sentences]
    else:
        spans = _spans_by_sentence(sentences, attributions)
    words = [_words(s.tokens, sentence_spans) for s, sentence_spans in zip(sentences, spans)]

    def word_count(first: int, n: int) -> int:
        return sum(len(w.keys) for w in words[first : first + n])

    return tuple(
        _passage(run, sentences)
        for run in _find_runs(words)
        if min(word_count(run.a, len(run.matches)), word_count(run.b, len(run.matches)))
        >= MIN_PASSAGE_WORDS
    )


def _spans_by_sentence(
    sentences: Sequence[Sentence], attributions: Sequence[Attribution]
) -> list[list[tuple[int, int]]]:
    """Each sentence's attribution phrases, as ``attribution_spans`` gives them."""
    starts = [s.start for s in sentences]
    spans: list[list[tuple[int, int]]] = [[] for _ in sentences]
    for attribution in attributions:
        spans[bisect_right(starts, attribution.start) - 1].append((attribution.start, attribution.end))
    return spans


def repeat_groups(repeats: Iterable[RepeatedPassage]) -> list[list[Span]]:
    """Group passages that repeat each other (connected pairs), in document order."""
    parent: dict[Span, Span] = {}

    def root(span: Span) -> Span:
        while parent.setdefault(span, span) != span:
            span = parent[span]
        return span

    for repeat in repeats:
        parent[root(repeat.b)] = root(repeat.a)
    groups: defaultdict[Span, list[Span]] = defaultdict(list)
    for span in parent:
        groups[root(span)].append(span)
    ordered = (sorted(group, key=lambda span: span.start) for group in groups.values())
    return sorted(ordered, key=lambda group: group[0].start)


def _stable_hash(shingle: tuple[str, str]) -> int:
    """A 63-bit hash that is the same in every process (``hash()`` of a str is salted)."""
    digest = hashlib.blake2b("\x1f".join(shingle).encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def sentence_fingerprints(sentences: Sequence[Sentence]) -> list[tuple[int, int, int]]:
    """``(shingle hash, sentence start, sentence end)`` for every content-word bigram of every
    sentence with enough content to count as a repeat: the index the library stores to find
    this document's passages in other documents without comparing every pair."""
    rows = []
    for sentence in sentences:
        words = _words(sentence.tokens, attribution_spans(sentence))
        if words.total >= MIN_CONTENT_WEIGHT:
            rows.extend((_stable_hash(s), sentence.start, sentence.end) for s in _shingles(words))
    return rows


def match_sentences(a: Sentence, b: Sentence) -> tuple[str, float] | None:
    """``(kind, similarity)`` if ``b`` repeats ``a`` (exactly, nearly or contained), else None."""
    match = _compare(_words(a.tokens, attribution_spans(a)), _words(b.tokens, attribution_spans(b)))
    return None if match is None else (match.kind, round(match.similarity, 3))
