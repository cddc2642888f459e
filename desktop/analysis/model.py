"""Plain dataclasses that the analysis layer returns.

Every span is a pair of Python string offsets (code points) into the analysed
text, so ``text[start:end]`` is always the item's text.  The UI converts them to
Qt's UTF-16 positions in exactly one place (``desktop.ui.offsets``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

PERSON = "PERSON"
ORG = "ORG"
PLACE = "PLACE"
ENTITY_LABELS = (PERSON, ORG, PLACE)
GROUP = "GROUP"  # people named by nationality, faith or party ("Russian", "Muslims"): not an entity type
DATE = "DATE"  # time expressions ("Tuesday night", "March 14", "two years ago"): not an entity type


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark with its position in the text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    tokens: tuple[Token, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a named entity in the text."""

    text: str
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation or place with all its mentions in document order."""

    canonical: str
    label: str
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class NumericClaim:
    """A quantity a reader should check.

    ``low``/``high`` bound the claimed value: "at least 10,000" is
    ``(10000, inf)``, "about 70" is ``(70, 70)`` with qualifier "about".
    ``kind`` is one of ``numbers.CLAIM_KINDS`` ("count", "money", "percent", ...);
    ``rate`` is the period of a rate ("month" in "$5 billion every month");
    ``counted_*`` and ``sentence_*`` are the offsets of what is counted and of the
    claim's sentence (both ``0, 0`` when unknown).
    """

    text: str
    start: int
    end: int
    value: float
    low: float
    high: float
    qualifier: str
    unit: str
    counted: str
    kind: str = "count"
    approximate: bool = False
    rate: str = ""
    counted_start: int = 0
    counted_end: int = 0
    sentence_start: int = 0
    sentence_end: int = 0


@dataclass(frozen=True, slots=True)
class ClaimLink:
    """``later`` relates to ``earlier`` as ``kind``; ``note`` says how, for the panel."""

    earlier: NumericClaim
    later: NumericClaim
    kind: str  # "part_of", "agrees" or "conflicts"
    note: str


@dataclass(frozen=True, slots=True)
class RepeatedPassage:
    """Two passages of one document that say (nearly) the same thing."""

    a: Span
    b: Span
    similarity: float
    kind: str  # "exact", "near" or "contained"


@dataclass(frozen=True, slots=True)
class Attribution:
    """A phrase that says who a claim comes from ("said a person familiar with the call")."""

    text: str
    start: int
    end: int
    source: str
    anonymous: bool
    verb: str
    kind: str  # "said", "according_to", "told", "statement", ...
    # What the source is: person, organisation, anonymous, outlet, document, pronoun, unspecified.
    source_type: str = "unspecified"
    source_start: int = -1  # the source phrase as written; -1 when the text names none
    source_end: int = -1
    role: str = ""  # "Kremlin spokesman", "Trump’s communications director"
    access: str = ""  # how an unnamed source knows: "familiar with the call", "briefed on the talks"
    anonymity_reason: str = ""  # "to discuss a sensitive matter"
    claim_start: int = -1  # the clause or quotation the attribution vouches for
    claim_end: int = -1
    entity: str = ""  # canonical name of the recognised entity the source refers to


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation, marks included, and who speaks it.

    ``attribution_start``/``attribution_end`` locate the attribution phrase that
    names the speaker; they are -1 when the speaker is inferred (the previous
    quotation's speaker, or the nearest named speaker before it).
    """

    text: str
    start: int
    end: int
    speaker: str = ""
    source_type: str = "unspecified"
    attribution_start: int = -1
    attribution_end: int = -1


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    numeric_claims: tuple[NumericClaim, ...] = ()
    claim_links: tuple[ClaimLink, ...] = ()
    repeats: tuple[RepeatedPassage, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    quotes: tuple[Quote, ...] = ()
    groups: tuple[Entity, ...] = ()  # label GROUP
    dates: tuple[Entity, ...] = ()  # label DATE
    timings: dict[str, float] = field(default_factory=dict)
    word_count: int = 0


def count_words(sentences: tuple[Sentence, ...]) -> int:
    """Word tokens (not punctuation), as the status bar and the library report them."""
    return sum(1 for s in sentences for t in s.tokens if t.text[:1].isalnum())
