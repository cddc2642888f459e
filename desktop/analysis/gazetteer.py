"""Word lists the recogniser needs but cannot learn from a small corpus.

The lists live as plain text under ``resources/data/`` so they can be read and
extended without touching code; they are parsed once, on first use.  Multi-word
names are keyed by the same tokens ``tokens.word_tokens`` produces, so a lookup
is a tuple comparison rather than a string search.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..paths import RESOURCES
from .tokens import word_tokens

DATA_DIR = RESOURCES / "data"

Key = tuple[str, ...]


def name_key(name: str) -> Key:
    """The token tuple a name is looked up by (case preserved)."""
    return tuple(t.text for t in word_tokens(name))


def _lines(filename: str) -> list[str]:
    text = (DATA_DIR / filename).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def aliases(filename: str) -> dict[Key, str]:
    """``Name`` or ``Alias = Canonical`` lines -> {token key: canonical name}."""
    table: dict[Key, str] = {}
    for line in _lines(filename):
        alias, _, canonical = (part.strip() for part in line.partition(" = "))
        table[name_key(alias)] = canonical or alias
    return table


def list_words(filename: str, lower: bool = False) -> frozenset[str]:
    """The whitespace-separated words of a list file under ``resources/data/``."""
    words = (word for line in _lines(filename) for word in line.split())
    return frozenset(w.lower() if lower else w for w in words)


def write_words(path: Path, header: str, words: Sequence[str]) -> None:
    """Write a list file that ``list_words`` reads: ``header`` (comment lines), then twelve words a line."""
    lines = (" ".join(words[k : k + 12]) for k in range(0, len(words), 12))
    path.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


class GivenNames(frozenset):
    """Given names, found also when written with accents the list lacks: "Tomás", "Zoë" and "Jürgen" are
    listed as "Tomas", "Zoe" and "Jurgen" (a census of English speakers writes few accents)."""

    def __contains__(self, word: object) -> bool:
        if super().__contains__(word):
            return True
        return isinstance(word, str) and not word.isascii() and super().__contains__(_without_accents(word))


class PlaceTable(dict):
    """Places by token key, found also when a text writes accents the list lacks: "Reykjavík" finds the
    listed "Reykjavik".  Not the other way: "Falcon" is no "Falcón"."""

    def __contains__(self, key: object) -> bool:
        return super().__contains__(key) or (isinstance(key, tuple) and super().__contains__(_key_without_accents(key)))

    def __getitem__(self, key: Key) -> str:
        if super().__contains__(key):
            return super().__getitem__(key)
        return super().__getitem__(_key_without_accents(key))

    def get(self, key: Key, default: str | None = None) -> str | None:
        return self[key] if key in self else default


def _key_without_accents(key: Key) -> Key:
    return key if all(word.isascii() for word in key) else tuple(_without_accents(word) for word in key)


# Accents of European spellings; not Vietnamese tone marks, which make other syllables ("Quảng" is no "Quang").
_EUROPEAN_ACCENTS = frozenset("\u0300\u0301\u0302\u0303\u0308\u030a\u030c\u0327")


def _without_accents(word: str) -> str:
    letters = unicodedata.normalize("NFD", word)
    if any(unicodedata.combining(c) and c not in _EUROPEAN_ACCENTS for c in letters):
        return word
    return "".join(c for c in letters if c not in _EUROPEAN_ACCENTS)


def _phrases(filename: str) -> frozenset[Key]:
    return frozenset(tuple(t.lower() for t in name_key(line)) for line in _lines(filename))


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: dict[Key, str]  # hand-kept and generated
    listed_places: frozenset[Key]  # the hand-kept ones only: the statistical tagger's feature
    organisations: dict[Key, str]
    org_cues: frozenset[str]
    place_cues: frozenset[str]
    titles: frozenset[Key]  # lower-cased token tuples
    demonyms: frozenset[Key]  # lower-cased token tuples
    common_words: frozenset[str]  # lower-cased
    calendar: frozenset[str]
    other_names: frozenset[Key]  # faiths, festivals, languages, software: never PERSON/ORG/PLACE
    languages: frozenset[Key]  # the languages among them
    subjects: frozenset[str]  # fields and portfolios: "Health", "Human Services"
    first_names: frozenset[str]
    surnames: frozenset[str]  # common US surnames that are also English words ("Gates"; Census 1990)
    english_words: frozenset[str]  # lower-case dictionary words (SCOWL): "tricks", not "mertens"
    longest_name: int
    longest_title: int


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """All lists, loaded once per process."""
    listed = aliases("places.txt")
    world = {tuple(line.split()): line for line in _lines("world_places.txt")}  # generated, one token a word
    places = PlaceTable({**world, **listed})  # the hand-kept list has the last word
    organisations = aliases("organisations.txt")
    titles = _phrases("titles.txt")
    languages = frozenset(map(name_key, _lines("languages.txt")))
    return Gazetteer(
        places=places,
        listed_places=frozenset(listed),
        organisations=organisations,
        org_cues=frozenset(_lines("org_cues.txt")),
        place_cues=frozenset(_lines("place_cues.txt")),
        titles=titles,
        demonyms=_phrases("demonyms.txt"),
        common_words=list_words("common_words.txt", lower=True),
        calendar=list_words("calendar.txt"),
        other_names=frozenset(map(name_key, _lines("other_names.txt"))) | languages,
        languages=languages,
        subjects=list_words("subjects.txt"),
        first_names=GivenNames(list_words("first_names.txt") | list_words("census_first_names.txt")),
        surnames=list_words("census_surnames.txt"),
        english_words=list_words("english_words.txt"),
        longest_name=max(len(k) for k in (*places, *organisations)),
        longest_title=max(len(k) for k in titles),
    )
