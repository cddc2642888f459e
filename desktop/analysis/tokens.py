"""Paragraphs, sentences and word tokens with character offsets.

Sentences come from NLTK's Punkt algorithm with hand-given abbreviations
instead of the downloadable ``punkt`` model, so it works on machines with no
NLTK data. Words come from one regular expression (what NLTK's
``RegexpTokenizer`` does, without its per-token overhead).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Sentence, Token
from .nltk_modules import punkt

PunktParameters, PunktSentenceTokenizer = punkt.PunktParameters, punkt.PunktSentenceTokenizer

# Lower-case, without the final period, as Punkt stores them.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen lt col maj capt cpt sgt adm cmdr pres supt
    st jr sr rev hon fr messrs mme mlle insp det
    inc corp co ltd llc plc bros dept univ assn
    no nos vs etc approx est fig al cf
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn
    miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo
    u.s u.k u.n e.u u.s.a d.c e.g i.e a.m p.m
    """.split()
)

# Order matters: the first alternative that matches at a position wins (verbose syntax).
_TOKEN_PATTERN = r"""
    (?:[A-Za-z]\.){2,}(?![A-Za-z])         # U.S., D.C., a.m.
  | \d+(?:[.,:]\d+)*                        # 10,000  3.5  9:30
  | [^\W\d_]+(?=n['’]t\b)                   # do|n't
  | n['’]t\b
  | ['’](?:s|re|ve|ll|d|m)\b(?!['’]\w)      # clitics: Trump|’s  would|’ve
  | \w[\w\u0300-\u036f]*(?:[-‐'’]\w[\w\u0300-\u036f]*)*?
    (?=['’](?:s|re|ve|ll|d|m)\b(?!['’]\w))  # stem before a clitic
  | \w[\w\u0300-\u036f]*(?:[-‐'’]\w[\w\u0300-\u036f]*)*  # words, O’Grady, R-Louisiana, "Kọ́lá"
  | \S                                      # any other single mark
"""

# A plain word (no leading digit, no "U." initial, no hyphen or apostrophe after it) is
# what the "words" alternative gives; matched first, it skips the failing tries of the
# alternatives before that one, which is most of the tokenising time.
_PLAIN_WORD = r"(?![A-Za-z]\.)(?!\d)\w[\w\u0300-\u036f]*+(?![-‐'’])"

_WORD = re.compile(f"{_PLAIN_WORD}|{_TOKEN_PATTERN}", re.VERBOSE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LINE = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def _sentence_tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types.update(ABBREVIATIONS)
    # Initials ("A. Lee", "J.K. Rowling") end no sentence; Punkt sees them without the final period.
    letters = "abcdefghijklmnopqrstuvwxyz"
    params.abbrev_types.update(letters)
    params.abbrev_types.update(f"{a}.{b}" for a in letters for b in letters)
    return PunktSentenceTokenizer(params)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs are separated by blank lines if the text has any, else by line breaks.

    Hard-wrapped texts (blank line between paragraphs) keep their sentences whole;
    one-paragraph-per-line texts (most saved articles) split at every line.
    """
    separator = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
    spans: list[tuple[int, int]] = []
    start = 0
    for match in separator.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [_strip(text, s, e) for s, e in spans if text[s:e].strip()]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def word_tokens(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Word and punctuation tokens of ``text``, offsets shifted by ``offset``."""
    tokens = tuple(Token(m.group(), m.start() + offset, m.end() + offset) for m in _WORD.finditer(text))
    if _SUPERSCRIPTS.search(text):
        tokens = tuple(part for token in tokens for part in _without_superscripts(token))
    return tokens


# Superscript digits and signs: footnote and affiliation marks ("Hadley²"), which ``\w`` takes for letters.
_SUPERSCRIPTS = re.compile("[\u00b9\u00b2\u00b3\u2070-\u207f]+")


def _without_superscripts(token: Token) -> list[Token]:
    """``token`` split where superscripts start and end: "Hadley²" gives "Hadley" and "²"."""
    parts, at = [], 0
    for m in _SUPERSCRIPTS.finditer(token.text):
        if m.start() > at:
            parts.append(Token(token.text[at : m.start()], token.start + at, token.start + m.start()))
        parts.append(Token(m.group(), token.start + m.start(), token.start + m.end()))
        at = m.end()
    if at < len(token.text):
        parts.append(Token(token.text[at:], token.start + at, token.end))
    return parts


def sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences (never across paragraphs), each with its tokens."""
    punkt = _sentence_tokenizer()
    result: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(paragraph_spans(text)):
        paragraph = text[p_start:p_end]
        for s, e in punkt.span_tokenize(paragraph):
            start, end = p_start + s, p_start + e
            sentence = text[start:end]
            result.append(Sentence(start, end, sentence, number, word_tokens(sentence, start)))
    return tuple(result)
