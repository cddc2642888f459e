"""Numeric claims: every quantity a reader should check, and what it claims.

One regex pass over the text finds candidate numbers (digits, number words, vague
plurals such as "billions", fractions); each candidate is then read from its
sentence's word tokens, left to right::

    [qualifier] [currency sign] number [range] [unit] [of [determiner]] [counted noun phrase]

and the claim's span is exactly that stretch.  The work per candidate is bounded
by a few tokens either side, so the whole pass is linear in the text.

Deliberately *not* claims:

* years, dates and times ("in 2006", "September 5", "9:30", "10 a.m.");
* ordinals and identifiers ("45th", "first term", "STS-135", "Boeing 747", "No. 5",
  "Flight 214");
* generic compounds ("six-year-olds", "a one-day strike"): a class, not a figure;
* counts inside attribution formulas ("two people familiar with the matter", "one
  of the people said", "One former U.S. official who ... said"): they say who
  speaks, not what happened;
* "one" as a pronoun ("one of the", "no one", "one another");
* a small spelled-out number after "the"/"these"/"those" ("the two men"): a
  definite reference back to people or things already introduced, not a new
  count a reader could check.  Digits after "the" ("the 10,000 troops") are kept,
  because they restate a checkable figure.

Intervals: "at least"/"more than" x -> [x, inf); "up to"/"fewer than" x -> [0, x];
"nearly"/"almost" x -> [0.9x, x]; "about"/"roughly"/"some" x -> [x, x] with
``approximate`` set; vague plurals commit only to their scale ("hundreds" ->
[100, inf), approximate; "several thousand" -> [2000, inf)); ranges give both
ends and ``value`` is the first number as written.  Exclusive bounds are
recorded as the bound itself.  Percentages keep their number (45% -> 45, unit
"percent"); fractions and ratios become shares ("two-thirds" -> 0.667, unit
"fraction").  A rate is its own field ("$5 billion every month": unit "USD", rate
"month"); an age set off after a name ("Mary Okafor, 71,") is a measure in
"years old".  Each claim gets one of ``CLAIM_KINDS``, which the panel turns into
a question for the class.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from .model import NumericClaim, Sentence, Token
from .tagger import pos_tags
from .number_words import (
    APPROXIMATE_QUALIFIERS,
    ATTRIBUTION_AFTER,
    AUXILIARIES,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    COMPOUND_UNITS,
    CURRENCY_WORDS,
    DATE_PREPOSITIONS,
    DEFINITE,
    DENOMINATORS,
    DOLLAR_PREFIXES,
    GLUED_MULTIPLIERS,
    GLUED_UNITS,
    IDENTIFIER_MARKERS,
    INF,
    IRREGULAR_PLURALS,
    MEASURE_UNITS,
    MONTHS,
    MULTIPLIERS,
    NOT_RATE_AFTER,
    NP_MAX_WORDS,
    NP_LEADING,
    NP_STOP,
    ONE_IDIOMS,
    ONE_PRONOUN_BEFORE,
    PARTITIVE_DETERMINERS,
    PERCENT_WORDS,
    PERSON_PLURALS,
    POINT_UNITS,
    POST_QUALIFIERS,
    PRONOUNS,
    QUALIFIER_MAX_WORDS,
    QUALIFIERS,
    RATE_ADVERBS,
    RATE_MARKERS,
    SMALL,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    TENS,
    TIME_OF_DAY,
    TIME_UNITS,
    TIMES,
    VAGUE,
    VAGUE_NEEDING_OF,
    VAGUE_PREFIXES,
    VERBISH,
)



def _trie_pattern(words: Sequence[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes.

    Python's ``re`` tries a flat alternation word by word at every position; the
    factored form rejects most positions on their first letter (3x faster here).
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else f"(?:{'|'.join(branches)})"
        return body + ("?" if "" in node else "")

    return emit(trie)


_CANDIDATE = re.compile(
    r"[0-9][0-9.,:]*"
    r"|\b(?=[a-z])(?:an?(?=\s+" + _trie_pattern([*MULTIPLIERS, *DENOMINATORS]) + r"\b)"
    r"|" + _trie_pattern([*SMALL, *TENS, *MULTIPLIERS, *VAGUE, *TIMES, "half"]) + r")\b",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_RANGE_DASHES = frozenset({"-", "–", "‐"})
# Glued before digits, these make the digits the tail of something else: "2019-20", "24/7".
_GLUED_BEFORE = _RANGE_DASHES | {"/", "."}
_CLITICS = frozenset({"'s", "’s"})
CLAIM_KINDS = ("count", "money", "percent", "fraction", "duration", "measure", "vague")
AGE_UNIT = "years old"
_CURRENCIES = frozenset(
    [*CURRENCY_SIGNS.values(), *CURRENCY_WORDS.values(), *DOLLAR_PREFIXES.values()]
    + [code.upper() for code in CURRENCY_CODES]
)
_PERCENT_UNITS = frozenset([*PERCENT_WORDS.values(), *POINT_UNITS.values()])
_DURATION_UNITS = frozenset(TIME_UNITS.values())
_MEASURES = frozenset([*MEASURE_UNITS.values(), *GLUED_UNITS, "magnitude", AGE_UNIT])
# "in a year", "for a month": a stretch of time, not a rate.
_NOT_RATE_BEFORE = frozenset({"in", "for", "within", "than", "over", "after", "of"})


@dataclass(slots=True)
class _Quantity:
    """A number read from tokens ``start:end``, before qualifiers, units and nouns."""

    start: int
    end: int
    value: float
    low: float
    high: float
    kind: str  # "count", "vague" or "fraction"
    spelled: bool
    multiplier: float = 1.0  # the scale word applied, carried across ranges
    qualifier: str = ""  # "several", "a few": read as part of the number
    unit: str = ""  # from a compound modifier: "10-year", "7.8-magnitude"


@dataclass(slots=True)
class _View:
    """One sentence's tokens with lower-cased texts and start offsets, built once."""

    tokens: tuple[Token, ...]
    words: list[str]
    starts: list[int]
    sentence: tuple[int, int] = (0, 0)


def find_numeric_claims(text: str, sentences: Sequence[Sentence]) -> tuple[NumericClaim, ...]:
    """All numeric claims in ``text``, sorted by start and non-overlapping."""
    claims: list[NumericClaim] = []
    sentence_starts = [s.start for s in sentences]
    view_index, view = -1, _View((), [], [])
    resume = 0
    for match in _CANDIDATE.finditer(text):
        pos = match.start()
        if pos < resume:
            continue
        k = bisect_right(sentence_starts, pos) - 1
        if k < 0 or pos >= sentences[k].end:
            continue
        if k != view_index:
            tokens = sentences[k].tokens
            view_index = k
            words = [t.text.lower() for t in tokens]
            view = _View(tokens, words, [t.start for t in tokens], (sentences[k].start, sentences[k].end))
        i = bisect_left(view.starts, pos)
        if i == len(view.starts) or view.starts[i] != pos:
            continue  # inside a word: "STS-135", "G7", "someone"
        floor = bisect_left(view.starts, resume)  # qualifiers may not reach into the last claim
        claim = _read_claim(text, view, i, floor)
        if claim is not None:
            claims.append(claim)
            resume = claim.end
    return tuple(claims)


def counted_noun_phrase(tokens: Sequence[Token], start: int, plural: bool) -> tuple[int, int]:
    """Token range ``(first, end)`` of what a number counts, looking from ``start``.

    The one place that decides the counted noun phrase.  Words run until
    punctuation, a closed-class word (preposition, conjunction, auxiliary,
    pronoun, determiner), a regular plural (the head: "drones", "Americans") or,
    after the first word, a common verb.  A word that looks like a participle
    first, or an "-ing" word later ("injured", "landed", "housing") is ambiguous,
    so there the part-of-speech tagger decides: it stays in the phrase as a noun
    or adjective, or as a participle before a noun ("injured miners", "affordable
    housing projects"), and ends it otherwise ("214 landed safely"); later "-ed"
    words are verbs ("an army marched").  Measured on our own development sentences, this beat a
    ``RegexpParser`` chunk grammar over the tagger's tags for the whole phrase
    (38/40 against 37/40) at a fraction of the time, because the tagger, trained
    on a small corpus, mis-tags many pre-modifiers ("12 damaged bridges": IN).
    For a plural count the phrase ends at its last plural-looking word ("two
    people familiar" -> "people").  A leading "other"/"more" belongs to the
    claim but not to the thing counted ("five other regions" counts "regions"),
    so ``first`` may be after ``start``; ``end == first`` when nothing is counted
    ("a dozen more").
    """
    first = start
    while first < len(tokens) and tokens[first].text.lower() in NP_LEADING:
        first += 1
    end = start
    last_plural = 0
    words = 0
    for k in range(first, len(tokens)):
        word = tokens[k].text.lower()
        if word in _CLITICS and words:
            following = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
            if following[:1].isalpha() and _word_value(following) is None:
                continue  # "the world's largest economies"
            return start, start  # "12 of the state's 67 counties": the possessor is not counted
        if not word[0].isalpha() or word in NP_STOP or words == NP_MAX_WORDS:
            break
        if words and (word in VERBISH or word.endswith("ed") and _participle(word)):
            break
        if _participle(word) and not _nominal_participle(tokens, k, first_word=not words):
            break
        words += 1
        end = k + 1
        if _looks_plural(word):
            last_plural = end
            if word not in IRREGULAR_PLURALS or word in PERSON_PLURALS:
                break  # the head: "Americans owns", "children lives" are noun + verb
    if plural and last_plural:
        end = last_plural
    return first, max(end, first)


_NOMINAL_TAGS = ("NN", "JJ")


def _nominal_participle(tokens: Sequence[Token], k: int, first_word: bool) -> bool:
    """Whether the participle-looking word ``k`` is part of a noun phrase.

    The tagger is by far the slowest part of the pass, so the clear cases are
    settled first: before a plural noun the word is a modifier ("injured
    miners"), and a first word with no noun after it is a verb ("Thousands
    marched.").  Otherwise a few tokens around it are tagged.
    """
    following = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
    if _looks_plural(following) and following not in VERBISH:
        return True
    if first_word and (not following[:1].isalpha() or following in NP_STOP):
        return False
    low = max(0, k - 2)
    tags = pos_tags([t.text for t in tokens[low : k + 3]])
    own = tags[k - low]
    following = tags[k - low + 1] if k + 1 < len(tokens) else ""
    return own.startswith(_NOMINAL_TAGS) or following.startswith(_NOMINAL_TAGS)


def _participle(word: str) -> bool:
    return len(word) > 4 and word.endswith(("ed", "ing"))


def _looks_plural(word: str) -> bool:
    return word in IRREGULAR_PLURALS or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
    )


# ------------------------------------------------------------------ one claim


def _read_claim(text: str, view: _View, i: int, floor: int) -> NumericClaim | None:
    """The claim whose number starts at token ``i`` (reading back no further than
    ``floor``), or None if it is not a claim."""
    words, tokens = view.words, view.tokens
    if i and words[i - 1] in _GLUED_BEFORE and tokens[i - 1].end == tokens[i].start:
        return None
    if _second_of_rejected_range(words, i):
        return None
    q = _parse_quantity(view, i)
    if q is None or q.start < floor:
        return None
    start, unit = _currency_before(view, q.start) if q.start > floor else (q.start, "")
    qualifier_kind, qualifier_start = _qualifier_before(words, start, floor)
    before = words[qualifier_start - 1] if qualifier_start else ""

    end, high = q.end, q.high
    if q.kind == "count":
        ratio = _ratio_after(view, q)
        if ratio is not None:
            q = ratio
            end, high = q.end, q.high
        else:
            second = _range_after(view, q, between=before == "between", after_from=before == "from")
            if second is None and _glued_dash_digit(view, q.end):
                return None  # a score or a code: "3-2", "555-1234"
            if second is not None:
                if _year_like(view, q) and _year_like(view, second):
                    return None  # "2019–2021": a period, not a quantity
                q.value = q.low = _carried(q, second)
                q.unit = q.unit or second.unit
                end, high = second.end, second.high
                if before == "between":
                    qualifier_start -= 1
                    qualifier_kind = "between"
    if q.kind == "fraction":
        unit = "fraction"
        if words[end : end + 1] == ["of"] and end + 1 < len(words) and words[end + 1] in ("a", "an"):
            measure, measure_end = _unit_after(view, end + 2)
            if measure:  # "a quarter of a percentage point"
                unit, end = measure, measure_end

    post_kind, post_words = "", ()
    for phrase, kind in POST_QUALIFIERS.items():
        if tuple(words[end : end + len(phrase)]) == phrase:
            post_kind, post_words, end = kind, phrase, end + len(phrase)
            break
    unit = unit or q.unit
    if not unit:
        unit, end = _unit_after(view, end)

    np_start, np_end = _noun_phrase_after(view, q, end, unit_given=unit not in ("", "fraction"))
    end = max(end, np_end)  # the span takes in "more" in "a dozen more" even if nothing is counted
    counted = ""
    if np_end > np_start:
        counted = text[tokens[np_start].start : tokens[np_end - 1].end]
        head = words[np_end - 1]
        unit = unit or CURRENCY_WORDS.get(head) or TIME_UNITS.get(head) or MEASURE_UNITS.get(head, "")
    if qualifier_kind == "above" and words[qualifier_start] == "over" and unit in TIME_UNITS.values():
        qualifier_kind, qualifier_start = "", start  # "over two decades" is a period: "during"

    if not unit and np_end == np_start and not qualifier_kind and _age_in_apposition(view, q):
        unit = AGE_UNIT
    elif _not_a_claim(view, q, qualifier_start, np_start, np_end, unit, qualifier_kind):
        return None
    if words[end - 1].endswith("olds") and end == q.end and not post_kind:
        return None  # "six-year-olds": a class of people, not a figure

    low, high = _interval(q.value, q.low, high, qualifier_kind)
    low, high = _interval(q.value, low, high, post_kind)
    qualifier = " ".join(words[qualifier_start:start]) if qualifier_start < start else q.qualifier
    qualifier = " ".join((qualifier, *post_words)).strip()
    s, e = tokens[qualifier_start].start, tokens[end - 1].end
    counted_start, counted_end = (tokens[np_start].start, tokens[np_end - 1].end) if counted else (0, 0)
    return NumericClaim(
        text[s:e], s, e, q.value, low, high, qualifier, unit, counted,
        kind=_claim_kind(q, unit),
        approximate=qualifier in APPROXIMATE_QUALIFIERS or q.kind == "vague",
        rate=_rate_after(words, end),
        counted_start=counted_start,
        counted_end=counted_end,
        sentence_start=view.sentence[0],
        sentence_end=view.sentence[1],
    )


def _claim_kind(q: _Quantity, unit: str) -> str:
    """One of ``CLAIM_KINDS``: what sort of figure the claim gives, for the reader's questions."""
    if unit in _CURRENCIES:
        return "money"
    if unit in _PERCENT_UNITS:
        return "percent"
    if q.kind == "fraction" or unit == "fraction":
        return "fraction"
    if unit in _DURATION_UNITS:
        return "duration"
    if unit in _MEASURES:
        return "measure"
    return "vague" if q.kind == "vague" else "count"


def _age_in_apposition(view: _View, q: _Quantity) -> bool:
    """ "Mary Okafor, 71, said", "Okafor (71)": a whole number set off right after a name."""
    words, tokens = view.words, view.tokens
    first = q.start
    return (
        not q.spelled
        and q.end == first + 1
        and first >= 2
        and (words[first - 1], words[q.end : q.end + 1]) in ((",", [","]), (",", [")"]), ("(", [")"]))
        and words[first].isdigit()
        and 0 < q.value < 120
        and tokens[first - 2].text[:1].isupper()
    )


def _second_of_rejected_range(words: list[str], i: int) -> bool:
    """ "49" in "the Senate 51 to 49": a range whose first number was not a claim.

    Accepted ranges are consumed whole, so reaching the second number means the
    first was rejected; "from 10 to 20" is two claims and stays readable.
    """
    return (
        i > 1
        and words[i - 1] in ("to", "or", "–")
        and words[i - 2][0].isdigit()
        and (i < 3 or words[i - 3] != "from")
    )


def _currency_before(view: _View, start: int) -> tuple[int, str]:
    """Start of the claim and currency code given by "$", "US$", "€", "EUR" before a number."""
    words, tokens = view.words, view.tokens
    sign = words[start - 1]
    if (
        sign == "$"
        and start > 1
        and words[start - 2] in DOLLAR_PREFIXES
        and tokens[start - 2].text.isupper()
        and tokens[start - 2].end == tokens[start - 1].start
    ):
        return start - 2, DOLLAR_PREFIXES[words[start - 2]]
    if sign in CURRENCY_SIGNS:
        return start - 1, CURRENCY_SIGNS[sign]
    if sign in CURRENCY_CODES:
        return start - 1, sign.upper()
    return start, ""


def _unit_after(view: _View, j: int) -> tuple[str, int]:
    """A unit written right after the number: "%", "per cent", "percentage points", "EUR", "km"."""
    words, tokens = view.words, view.tokens
    if j >= len(words):
        return "", j
    w = words[j]
    nxt = words[j + 1] if j + 1 < len(words) else ""
    if w in PERCENT_WORDS:
        return PERCENT_WORDS[w], j + 1
    if w == "per" and nxt == "cent":
        return "percent", j + 2
    if w in POINT_UNITS and nxt in ("point", "points"):
        return POINT_UNITS[w], j + 2
    if w in CURRENCY_CODES:
        return w.upper(), j + 1
    if w in GLUED_UNITS and tokens[j].start == tokens[j - 1].end:
        return w, j + 1
    return "", j


def _parse_quantity(view: _View, i: int) -> _Quantity | None:
    word = view.words[i]
    if word[0].isdigit():
        return _parse_digits(view, i)
    if word in VAGUE:
        return _parse_vague(view.words, i)
    if word == "half":
        return _parse_half(view.words, i)
    if word in TIMES:
        return _Quantity(i, i + 1, TIMES[word], TIMES[word], TIMES[word], "count", True, unit="times")
    return _parse_spelled(view.words, i)


def _parse_digits(view: _View, i: int) -> _Quantity | None:
    """ "10,000", "3.5", "1.2m", "5 billion"; None for "45th", "1990s", "9:30", "3D", "10-year"."""
    words, tokens = view.words, view.tokens
    if not _DIGITS.fullmatch(words[i]):
        return None
    multiplier = 1.0
    j = i + 1
    if j < len(words) and tokens[j].start == tokens[i].end:
        glued = words[j]
        if glued in GLUED_MULTIPLIERS:
            multiplier = GLUED_MULTIPLIERS[glued]
            j += 1
        elif glued == "/" or (glued[0].isalpha() and glued not in GLUED_UNITS):
            return None
        elif (
            glued in _RANGE_DASHES
            and j + 1 < len(words)
            and words[j + 1][0].isalpha()
            and tokens[j + 1].start == tokens[j].end
        ):
            unit = _compound_unit(words[j + 1])
            if not unit:
                return None  # a code: "737-MAX"
            value = float(words[i].replace(",", ""))
            return _Quantity(i, j + 2, value, value, value, "count", False, unit=unit)
    while j < len(words) and words[j].partition("-")[0] in MULTIPLIERS:
        multiplier *= MULTIPLIERS[words[j].partition("-")[0]]
        j += 1
        if "-" in words[j - 1]:
            break  # "a 1 million-strong army"
    value = float(words[i].replace(",", "")) * multiplier
    return _Quantity(i, j, value, value, value, "count", False, multiplier)


def _word_value(word: str) -> int | None:
    """Value of one number word: "seven", "forty", "thirty-four"."""
    if word in SMALL:
        return SMALL[word]
    if word in TENS:
        return TENS[word]
    tens, _, unit = word.replace("‐", "-").partition("-")
    if tens in TENS and 1 <= SMALL.get(unit, 0) <= 9:
        return TENS[tens] + SMALL[unit]
    return None


def _parse_spelled(words: list[str], i: int) -> _Quantity | None:
    """ "thirty-four", "two hundred and fifty", "a dozen", "several thousand", "two-thirds"."""
    n = len(words)
    word = words[i]
    fraction = _hyphenated_fraction(word)
    if fraction is not None:
        return _Quantity(i, i + 1, fraction, fraction, fraction, "fraction", True)
    number, dash, rest = word.replace("‐", "-").partition("-")
    if dash and number in SMALL and number != "one" and _compound_unit(rest):  # "one-day" is generic
        value = SMALL[number]
        return _Quantity(i, i + 1, value, value, value, "count", True, unit=_compound_unit(rest))
    if word in ("a", "an"):
        share, dash, rest = words[i + 1].partition("-") if i + 1 < n else ("", "", "")
        if dash and share in DENOMINATORS and _compound_unit(rest):  # "a quarter-point cut"
            value = 1 / DENOMINATORS[share]
            return _Quantity(i, i + 2, value, value, value, "count", True, unit=_compound_unit(rest))
        following = words[i + 2] if i + 2 < n else ""
        if i + 1 < n and words[i + 1] in DENOMINATORS and (
            following in ("of", "point", "percentage") or (i and words[i - 1] == "by")
        ):
            value = 1 / DENOMINATORS[words[i + 1]]
            kind = "count" if following in ("point", "percentage") else "fraction"  # "a quarter point"
            return _Quantity(i, i + 2, value, value, value, kind, True)
        if i + 1 >= n or words[i + 1] not in MULTIPLIERS:
            return None
        total, current, j, open_ = 0.0, 1.0, i + 1, False
    elif word in MULTIPLIERS:
        return _vague_multiple(words, i)
    else:
        total, current, j, open_ = 0.0, 0.0, i, True
    after_multiplier = False
    multiplier = 1.0
    while j < n:
        w = words[j]
        value = _word_value(w) if open_ else None
        if value is not None:
            current += value
            open_ = after_multiplier = False
        elif w in MULTIPLIERS and (current or total):
            multiplier = MULTIPLIERS[w]
            if w == "hundred":
                current *= multiplier
            else:
                total += current * multiplier
                current = 0.0
            open_ = after_multiplier = True
        elif not (w == "and" and after_multiplier and j + 1 < n and _word_value(words[j + 1]) is not None):
            break
        j += 1
    if j == i:
        return None
    value = total + current
    if words[j : j + 3] == ["and", "a", "half"]:
        value += 0.5
        j += 3
    elif value <= 10 and j + 1 < n and words[j] in DENOMINATORS and words[j + 1] == "of":
        value /= DENOMINATORS[words[j]]
        return _Quantity(i, j + 1, value, value, value, "fraction", True)
    return _Quantity(i, j, value, value, value, "count", True, multiplier)


def _vague_multiple(words: list[str], i: int) -> _Quantity | None:
    """ "several hundred", "a few thousand" -> [2x, inf); a bare "thousand" is nothing."""
    prefix = words[i - 1] if i else ""
    if prefix == "several":
        start = i - 1
    elif prefix == "few" and i > 1 and words[i - 2] == "a":
        start = i - 2
    else:
        return None
    m = MULTIPLIERS[words[i]]
    return _Quantity(start, i + 1, 2 * m, 2 * m, INF, "vague", True, m, VAGUE_PREFIXES[prefix])


def _compound_unit(word: str) -> str:
    """Unit of the word after a number in a compound modifier: "mile" -> "miles", "year-old" -> "years old"."""
    head, _, tail = word.replace("‐", "-").partition("-")
    if head in ("year", "years") and tail in ("old", "olds"):
        return AGE_UNIT
    return TIME_UNITS.get(head) or MEASURE_UNITS.get(head) or COMPOUND_UNITS.get(head, "")


def _hyphenated_fraction(word: str) -> float | None:
    """ "two-thirds" -> 0.667, "one-half" -> 0.5."""
    numerator, dash, denominator = word.replace("‐", "-").partition("-")
    if dash and numerator in SMALL and denominator in DENOMINATORS:
        return SMALL[numerator] / DENOMINATORS[denominator]
    return None


def _parse_vague(words: list[str], i: int) -> _Quantity | None:
    """ "hundreds", "billions", "tens of thousands" -> at least the scale: [100, inf)."""
    low = VAGUE[words[i]]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if (
        nxt == "of"
        and i + 2 < len(words)
        and words[i + 2] in VAGUE
        and words[i + 2] not in VAGUE_NEEDING_OF
    ):
        base = VAGUE[words[i + 2]]
        return _Quantity(i, i + 3, low * base, low * base, INF, "vague", True)
    if words[i] in VAGUE_NEEDING_OF and nxt != "of":
        return None
    return _Quantity(i, i + 1, low, low, INF, "vague", True)


def _parse_half(words: list[str], i: int) -> _Quantity | None:
    """ "half of", "half the", "by half" (a fraction); "half a million", "half an hour" (a count)."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    after = words[i + 2] if i + 2 < len(words) else ""
    if i and words[i - 1] in ("by", "in") and not nxt[:1].isalpha():
        return _Quantity(i, i + 1, 0.5, 0.5, 0.5, "fraction", True)
    if nxt in ("a", "an") and after in MULTIPLIERS:
        value = 0.5 * MULTIPLIERS[after]
        return _Quantity(i, i + 3, value, value, value, "count", True, MULTIPLIERS[after])
    if nxt in ("a", "an") and after in TIME_UNITS:
        return _Quantity(i, i + 2, 0.5, 0.5, 0.5, "count", True)
    if nxt == "of" or nxt in PARTITIVE_DETERMINERS:
        return _Quantity(i, i + 1, 0.5, 0.5, 0.5, "fraction", True)
    return None


def _qualifier_before(words: list[str], start: int, floor: int) -> tuple[str, int]:
    """Kind and first token of the longest qualifier phrase in ``floor:start`` ending at ``start``."""
    for length in range(min(QUALIFIER_MAX_WORDS, start - floor), 0, -1):
        kind = QUALIFIERS.get(tuple(words[start - length : start]))
        if kind is not None:
            return kind, start - length
    return "", start


def _ratio_after(view: _View, q: _Quantity) -> _Quantity | None:
    """ "one in five", "three out of four" -> a fraction."""
    words = view.words
    j = q.end
    if words[j : j + 1] == ["in"]:
        j += 1
    elif words[j : j + 2] == ["out", "of"]:
        j += 2
    else:
        return None
    if words[j : j + 1] == ["every"]:
        j += 1
    if j >= len(words) or q.multiplier != 1 or not (words[j][0].isdigit() or words[j] in SMALL or words[j] in TENS):
        return None
    whole = _parse_quantity(view, j)
    if whole is None or whole.kind != "count" or whole.value <= q.value or _year_like(view, whole):
        return None  # "12 in 2023" is a date
    after = words[whole.end] if whole.end < len(words) else ""
    if after in TIME_UNITS or after in MEASURE_UNITS or after in PERCENT_WORDS:
        return None  # "20 in 24 hours" is a count and a period
    value = q.value / whole.value
    return _Quantity(q.start, whole.end, value, value, value, "fraction", q.spelled)


def _range_after(view: _View, q: _Quantity, between: bool, after_from: bool) -> _Quantity | None:
    """The second number of "10 to 20", "20-30", "two or three", "between 20 and 30".

    "from 10 to 20" is a change, not a range, so it stays two claims.
    """
    words, tokens = view.words, view.tokens
    j = q.end
    if j + 1 >= len(words):
        return None
    connector = words[j]
    if connector == "-" and tokens[j - 1].end == tokens[j].start and words[j + 1] in ("to", "or", "and"):
        j += 1  # a suspended hyphen: "18- to 34-year-olds"
        connector = words[j]
        if j + 1 >= len(words):
            return None
    if connector == "-":
        if not (tokens[j - 1].end == tokens[j].start and tokens[j].end == tokens[j + 1].start):
            return None
    elif connector not in _RANGE_DASHES and not (
        (connector == "to" and not after_from) or connector == "or" or (connector == "and" and between)
    ):
        return None
    k = j + 1
    if words[k] in CURRENCY_SIGNS and k + 1 < len(words):
        k += 1
    if not (words[k][0].isdigit() or _word_value(words[k]) is not None):
        return None
    second = _parse_quantity(view, k)
    if second is None or second.kind != "count" or second.value <= _carried(q, second):
        return None
    return second


def _glued_dash_digit(view: _View, j: int) -> bool:
    tokens = view.tokens
    return (
        j + 1 < len(tokens)
        and view.words[j] in _RANGE_DASHES
        and view.words[j + 1][0].isdigit()
        and tokens[j - 1].end == tokens[j].start
        and tokens[j].end == tokens[j + 1].start
    )


def _carried(first: _Quantity, second: _Quantity) -> float:
    """The first number of a range with the second's scale word carried over.

    "10 to 20 billion" -> 10e9, but "1,000 to 2 million" keeps 1,000.
    """
    carried = first.value * second.multiplier
    if first.multiplier == 1 and second.multiplier > 1 and carried < second.value:
        return carried
    return first.value


def _year_like(view: _View, q: _Quantity) -> bool:
    word = view.words[q.start]
    return not q.spelled and len(word) == 4 and word.isdigit() and 1000 <= q.value <= 2100 and q.end == q.start + 1


def _noun_phrase_after(view: _View, q: _Quantity, j: int, unit_given: bool) -> tuple[int, int]:
    """Token range of the counted noun phrase after the number (and unit), possibly empty.

    "of" plus an optional determiner leads into a partitive ("Thirty-four of those
    drones" -> "drones", "billions of dollars"); money and percentages count
    nothing else directly ("a $5 billion deal" counts dollars, not deals).
    """
    words = view.words
    n = len(words)
    plural = q.kind != "fraction" and q.value != 1
    if j < n and (words[j] == "of" or (q.kind == "fraction" and words[j] in PARTITIVE_DETERMINERS)):
        k = j + 1 if words[j] == "of" else j
        if k < n and words[k] in PARTITIVE_DETERMINERS:
            k += 1
        if k >= n or words[k] in PRONOUNS:
            return j, j
        if words[k][0].isdigit() or _word_value(words[k]) is not None:
            whole = _parse_quantity(view, k)  # "Eight of the 10 largest cities"
            if whole is None or whole.kind != "count":
                return j, j
            k = whole.end
        first, end = counted_noun_phrase(view.tokens, k, plural)
        return (first, end) if end > first else (j, j)
    if unit_given:
        return j, j
    return counted_noun_phrase(view.tokens, j, plural)


def _not_a_claim(
    view: _View,
    q: _Quantity,
    start: int,
    np_start: int,
    np_end: int,
    unit: str,
    qualifier_kind: str,
) -> bool:
    """Dates, times, identifiers, attribution formulas, pronouns and references."""
    words, tokens = view.words, view.tokens
    first = q.start
    prev = words[first - 1] if first else ""
    prev_text = tokens[first - 1].text if first else ""
    nxt = words[q.end] if q.end < len(words) else ""
    nxt_text = tokens[q.end].text if q.end < len(words) else ""
    has_np = np_end > np_start
    before_dot = tokens[first - 2].text if prev == "." and first > 1 else ""
    if prev in IDENTIFIER_MARKERS or before_dot.lower() in IDENTIFIER_MARKERS:
        return True  # "No. 5", "number 10"
    if prev_text in MONTHS or nxt_text in MONTHS or before_dot in MONTHS or nxt in TIME_OF_DAY:
        return True  # "September 5", "5 Sept.", "10 a.m."
    if (
        start == first
        and (first > 1 or (first == 1 and prev not in NP_STOP))
        and not unit
        and prev_text.isalpha()
        and prev_text[0].isupper()
    ):
        return True  # "Boeing 747", "Article 5", "Flight 214 landed"
    if _year_like(view, q) and not unit and (
        prev in DATE_PREPOSITIONS or not has_np or not _looks_plural(words[np_end - 1])
    ):
        return True  # "in 2006", "the 2020 election"
    if has_np and words[np_end - 1] in SOURCE_NOUNS and _is_attribution(words, start, np_end):
        return True
    if q.spelled and q.kind == "count":
        if words[first] == "one" and (nxt == "of" or prev in ONE_PRONOUN_BEFORE or nxt in ONE_IDIOMS):
            return True
        if not has_np and not unit and q.multiplier == 1 and np_end == q.end:
            return True  # a bare number word is a pronoun or a reference: "the two", "one"
        if not qualifier_kind and start == first and prev in DEFINITE and q.value <= 12:
            return True  # "the two men": see the module docstring
    return False


def _is_attribution(words: list[str], start: int, np_end: int) -> bool:
    """ "two people familiar with the matter", "said three officials", "one official who ... said"."""
    after = words[np_end] if np_end < len(words) else ""
    if after in ("who", "with", "of"):
        # "one member of the committee said": the speech verb must come in the same clause,
        # so "killed two people with guns, police said" stays a claim.
        for w in words[np_end + 1 :]:
            if w in SPEECH_VERBS:
                return True
            if w in (",", ";", "—"):
                return False
        return False
    if after in ATTRIBUTION_AFTER:
        return True
    before = words[start - 1] if start else ""
    follows_speech = before in SPEECH_VERBS or words[max(0, start - 2) : start] == ["according", "to"]
    # "said two officials." is a source; "said 12 people died" reports deaths.
    return follows_speech and not after[:1].isalpha()


def _interval(value: float, low: float, high: float, kind: str) -> tuple[float, float]:
    """Bounds implied by a qualifier kind (see ``number_words.QUALIFIERS``)."""
    if kind in ("at_least", "above"):
        return low, INF
    if kind in ("at_most", "below"):
        return (0.0 if low >= 0 else -INF), high
    if kind == "just_below":
        return 0.9 * value, value
    return low, high


def _rate_after(words: list[str], j: int) -> str:
    """The period of "every month", "a year", "per capita", "annually" soon after a claim."""
    for k in range(j, min(len(words), j + 8)):
        w = words[k]
        if w in RATE_ADVERBS:
            return RATE_ADVERBS[w]
        if not w[0].isalpha() or w in AUXILIARIES or w in SPEECH_VERBS or _word_value(w) is not None:
            return ""  # the clause, or the quantity, has ended
        if w in RATE_MARKERS and k + 1 < len(words):
            period = words[k + 1]
            if w == "per":
                return period if period.isalpha() else ""
            following = words[k + 2] if k + 2 < len(words) else ""
            if (
                period in TIME_UNITS
                and not period.endswith("s")
                and following not in NOT_RATE_AFTER
                and (k == j or words[k - 1] not in _NOT_RATE_BEFORE)
            ):
                return period
    return ""
