"""Attributions: who a claim comes from, and whether the source is anonymous.

A rule-based reader of news English over each sentence's tokens.  Around every
speech verb ("said", "told", "added", ...) it looks for the source phrase to the
left ("one of the people said", "Peskov added", "Trump told NBC") or, when the
verb directly follows a comma or closing quote, to the right ("…, said a person
familiar with the call").  "according to X", "reportedly", "it was reported" and
"reports that" are found too.  A source is anonymous when its head noun is a
generic person word ("official", "people", "commanders") rather than a name or
an institution ("the ministry"); "he"/"she" is resolved to the nearest named
speaker mentioned before it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from .model import PERSON, Attribution, Entity, Sentence, Token

SPEECH_VERBS = frozenset(
    """
    said says say saying told tells telling added adds adding noted notes wrote writes
    confirmed confirms stated states explained explains argued argues insisted insists
    warned warns acknowledged acknowledges claimed claims asserted asserts announced
    announces reported reports recalled recalls replied replies
    """.split()
)
_TOLD = frozenset({"told", "tells", "telling"})
# Generic words for people: a source named only by one of these is anonymous.
# (Sentence-initial "Officials say" is capitalised, so a list, not a case test.)
PERSON_NOUNS = frozenset(
    """
    person people official source aide adviser advisor diplomat commander analyst expert
    lawmaker legislator staffer employee worker resident witness insider member executive
    officer investigator negotiator individual someone somebody colleague ally allies
    confidant associate critic observer participant attendee scientist researcher man
    men woman women economist doctor teacher activist protester voter parent student
    neighbor neighbour lawyer attorney engineer soldier
    """.split()
)
_QUANTIFIERS = frozenset(
    """
    one two three four five six seven eight nine ten several some many most all both
    few none each another dozen dozens
    """.split()
)
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_RESOLVED_PRONOUNS = frozenset({"he", "she"})
# Words that end a clause when scanning left from the verb for its subject.
_CLAUSE_WORDS = frozenset(
    """
    that which while when whereas because though although but if since where after
    before as so whom
    """.split()
)
_RELATIVES = _CLAUSE_WORDS | {"who", "whose"}
_LEADING_LINKS = frozenset({"with", "and", "but", "so", "yet", "then", "as", "also"})
# Titles and roles before a name: "Kremlin spokesman Dmitry Peskov", "Prime Minister John Key".
ROLE_WORDS = frozenset(
    """
    president president-elect chancellor minister ambassador spokesman spokeswoman
    spokesperson secretary director chief professor senator representative governor mayor
    speaker chairman chairwoman chair ceo coach judge general leader commander captain king
    queen pope founder co-founder editor correspondent owner sen. rep. gov. dr. mr. mrs. ms. gen.
    """.split()
)
# Head nouns of institutions and documents: "the ministry said" is not an anonymous person.
INSTITUTION_WORDS = frozenset(
    """
    ministry department agency agencies house kremlin pentagon government embassy company
    office council committee court party campaign administration army military police
    service services union bank group board commission post times news network press
    authorities firm organization organisation association institute university school
    hospital report reports study survey poll website site filing document documents data
    letter memo record records posting paper newspaper outlet broadcaster channel statement
    """.split()
)
_COORDINATORS = frozenset({"and", "but"})
_CALENDAR = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december
    """.split()
)
# Capitalised at the start of a sentence without being a name.
_NOT_NAMES = frozenset(
    "the a an but and in on at during after before meanwhile earlier later while when "
    "however still since as so yet".split()
)
_AUXILIARIES = frozenset({"has", "have", "had"})
_ADVERBS = frozenset({"also", "later", "earlier", "previously", "once", "still", "again", "often"})
_LY_NOUNS = frozenset(
    "family assembly rally ally supply reply monopoly anomaly daily weekly monthly quarterly "
    "early only elderly butterfly".split()
)
_NEGATIONS = frozenset({"not", "n't", "never"})
_FINITE = frozenset(
    """
    is are was were be been being has have had do does did will would can could may
    might should must shall
    """.split()
)
# Never inside a subject before its relative clause: verbs, negation, question words.
_NOT_IN_SUBJECT = _FINITE | _NEGATIONS | {"what", "how", "why", "let"}
# Endings of nouns for people: engineer, owner, investor, analyst, spokesman, resident.
_PERSON_SUFFIXES = (
    "er", "or", "ist", "ian", "ant", "ent", "man", "men", "ers", "ors", "ists", "ians", "ants",
    "ents",
)
# Where the source phrase's core (before its modifiers) ends.
_CORE_END = frozenset(
    """
    who whom that which familiar close with of in at from for on briefed apprised
    speaking knowledgeable involved granted there here
    """.split()
)
# A noun phrase does not end with these ("it's time to", "people familiar with").
_DANGLING = frozenset("of to with from for at on in by who whom which familiar close".split())
_ARTICLES = frozenset({"a", "an", "the", "his", "her", "their"})
_DETERMINERS = _ARTICLES | {"this", "that", "these", "those"}
# After the source phrase: where a post-posed source ("said X") ends.
_RIGHT_STOPS = frozenset({"during", "last", "this", "earlier", "later", "yesterday", "today"})
# "in a statement"/"in an interview": the medium, and the kind it gives ("" keeps the verb's).
_MEDIA = {
    "statement": "statement",
    "email": "statement",
    "e-mail": "statement",
    "message": "statement",
    "post": "statement",
    "letter": "statement",
    "report": "statement",
    "filing": "statement",
    "interview": "",
}
_MEDIUM_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their"})
_POSSESSIVES = frozenset({"’s", "'s"})
_OTHER_TRIGGERS = frozenset({"according", "reportedly", "reported", "reports"})
_PASSIVE = (("it", "was"), ("it", "is"), ("it", "has", "been"), ("it", "had", "been"))
MAX_SOURCE_WORDS = 14


def _is_word(token: Token) -> bool:
    return token.text[:1].isalnum()


def _lower(token: Token) -> str:
    return token.text.lower().replace("’", "'")


def _is_boundary(tokens: Sequence[Token], i: int) -> bool:
    """Does token ``i`` end the clause in which a subject is looked for?

    "and"/"but" do, unless they join names ("Biden and Harris said").
    """
    token = tokens[i]
    word = _lower(token)
    if word in _COORDINATORS:
        return i == 0 or not tokens[i - 1].text[0].isupper()
    return not _is_word(token) and token.text not in _POSSESSIVES or word in _CLAUSE_WORDS


def _is_adverb(token: Token) -> bool:
    word = token.text
    return word in _ADVERBS or (
        word.endswith("ly") and len(word) > 4 and word.islower() and word not in _LY_NOUNS
    )


def _singular(word: str) -> str:
    if word in ("people", "allies", "women"):
        return word
    if word.endswith("es") and word[:-2] in PERSON_NOUNS:
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


@dataclass(frozen=True, slots=True)
class _Source:
    """A source phrase's tokens, classified."""

    tokens: Sequence[Token]
    anonymous: bool
    pronoun: bool
    person: bool  # a capitalised name that is not an organisation word

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


def _classify(phrase: Sequence[Token]) -> _Source | None:
    """Decide what a candidate source phrase is; None when it is not a noun phrase."""
    words = [t for t in phrase if _is_word(t)]
    if not words or len(words) > MAX_SOURCE_WORDS or not _is_word(phrase[0]):
        return None
    lowered = [_lower(t) for t in words]
    relative = lowered.index("who") if "who" in lowered else len(lowered)
    if any(w in _NOT_IN_SUBJECT for w in lowered[:relative]):
        return None
    if len(words) > 1 and any(w in PRONOUNS for w in lowered):
        return None  # "tears in her eyes she said"
    if lowered[-1] in _DETERMINERS or lowered[-1] in _DANGLING:
        return None
    h = _head(lowered)
    if h is None:
        return None  # "who said", "That said"
    head = lowered[h]
    if head[0].isdigit():
        return None  # "40 states"
    if head in PRONOUNS:
        return _Source(phrase, False, True, False) if len(words) == 1 else None
    if _singular(head) in PERSON_NOUNS or head in _QUANTIFIERS or head in ("them", "us"):
        return _Source(phrase, True, False, False)  # "officials", "two", "one of them"
    if words[h].text[0].isupper():
        return _Source(phrase, False, False, head not in INSTITUTION_WORDS)
    if head in INSTITUTION_WORDS:
        return _Source(phrase, False, False, False)
    # Another common noun: "an engineer familiar with the plan" leaves a person
    # unnamed, "the Kremlin spokesman" identifies one by role, "the e-mail" is a thing.
    definite = lowered[0] in ("the", "his", "her", "their") or any(
        t.text in _POSSESSIVES for t in phrase
    )
    unnamed_person = head.endswith(_PERSON_SUFFIXES) and not (definite and head in ROLE_WORDS)
    return _Source(phrase, unnamed_person, False, False)


def _head(lowered: list[str], start: int = 0) -> int | None:
    """Index of the phrase's head word, the last before its modifiers.

    "one of the people familiar with …" looks past "of" to "people".
    """
    for i in range(start, len(lowered)):
        if lowered[i] in _CORE_END:
            core = lowered[start:i]
            if lowered[i] == "of" and all(w in _QUANTIFIERS or w in _DETERMINERS for w in core):
                return _head(lowered, i + 1) if core else None
            return i - 1 if core else None
    return len(lowered) - 1 if start < len(lowered) else None


def _name_part(source: _Source) -> Sequence[Token]:
    """The name after any role: "Kremlin spokesman Dmitry Peskov" gives "Dmitry Peskov".

    A long run of capitals ("… Islamic Relations Alia Salem") keeps its last two words.
    """
    tokens = list(source.tokens)
    start = 0
    for i, token in enumerate(tokens):
        if not token.text[0].isupper() or _lower(token) in ROLE_WORDS:
            start = i + 1
    name = tokens[start:] or tokens
    return name[-2:] if len(name) > 3 else name


def _medium_at(tokens: Sequence[Token], i: int) -> tuple[int, str] | None:
    """If "in a statement"/"in its quarterly filing" starts at ``i``: its end index and kind."""
    lowered = [_lower(t) for t in tokens[i : i + 4]]
    if len(lowered) >= 3 and lowered[0] == "in" and lowered[1] in _MEDIUM_DETERMINERS:
        for j, word in enumerate(lowered[2:], start=2):
            if word in _MEDIA:
                return i + j + 1, _MEDIA[word]
    return None


@dataclass(slots=True)
class _Found:
    """An attribution phrase (offsets into the text) before its source is named."""

    start: int
    end: int
    source: _Source | None
    verb: str
    kind: str


def _verb_group_start(tokens: Sequence[Token], v: int) -> int:
    """Index just left of the verb and its auxiliaries/adverbs ("has also said")."""
    k = v - 1
    while k >= 0 and (_lower(tokens[k]) in _AUXILIARIES or _is_adverb(tokens[k])):
        k -= 1
    return k


def _before_relative_clause(tokens: Sequence[Token], k: int) -> int:
    """For "Two board members, who asked not to be named, said": the end of "members"."""
    if k < 0 or tokens[k].text != ",":
        return k
    j = k - 1
    while j >= 0 and tokens[j].text != ",":
        j -= 1
    if j > 0 and _lower(tokens[j + 1]) in ("who", "whose"):
        return j - 1
    return k


def _subject(tokens: Sequence[Token], k: int) -> _Source | None:
    """The noun phrase ending at ``k``, scanning left to the start of its clause."""
    j = k
    while j >= 0 and not _is_boundary(tokens, j):
        j -= 1
    phrase = list(tokens[j + 1 : k + 1])
    while phrase and _lower(phrase[0]) in _LEADING_LINKS:
        phrase.pop(0)
    return _classify(phrase) if phrase else None


def _sentence_subject(tokens: Sequence[Token], upto: int) -> _Source | None:
    """For "Trump has complained … and privately noted": the sentence's first name."""
    for i, token in enumerate(tokens[:upto]):
        word = _lower(token)
        if token.text[0].isupper() and word not in _CALENDAR and word not in _NOT_NAMES:
            end = i + 1
            while end < upto and (
                tokens[end].text[0].isupper()
                or tokens[end].text in _POSSESSIVES
                or _lower(tokens[end]) in ROLE_WORDS
            ):
                end += 1
            source = _classify(tokens[i:end])
            return source if source is not None and source.person else None
    return None


def _right_source(tokens: Sequence[Token], v: int) -> tuple[_Source | None, int]:
    """The source after an inverted verb ("…, said two people familiar with the matter")."""
    end = v + 1
    while end < len(tokens) and (_is_word(tokens[end]) or tokens[end].text in _POSSESSIVES):
        if _is_time_or_medium(tokens, end):
            break
        end += 1
    phrase = tokens[v + 1 : end]
    if not phrase:
        return None, v + 1
    first = _lower(phrase[0])
    plausible = (
        phrase[0].text[0].isupper()
        or first in _ARTICLES
        or first in _QUANTIFIERS
        or _singular(first) in PERSON_NOUNS
    )
    return (_classify(phrase) if plausible else None), end


def _is_time_or_medium(tokens: Sequence[Token], i: int) -> bool:
    """Does an adjunct ending a source phrase start at ``i`` ("on Monday", "in a statement")?"""
    word = _lower(tokens[i])
    if word == "on" and i + 1 < len(tokens):
        following = _lower(tokens[i + 1])
        return following in _CALENDAR or following[:1].isdigit()
    return word in _RIGHT_STOPS or _medium_at(tokens, i) is not None


def _appositive_end(tokens: Sequence[Token], end: int) -> int:
    """Include ", Trump’s communications director," when a statement phrase or the end follows."""
    if end >= len(tokens) or tokens[end].text != ",":
        return end
    close = end + 1
    while close < len(tokens) and tokens[close].text not in ",.;":
        close += 1
    if close - end > 8 or close >= len(tokens) or _lower(tokens[end + 1]) in _RELATIVES:
        return end  # ", who …", ", which …": a clause, not an appositive
    if tokens[close].text == "," and _medium_at(tokens, close + 1) is not None:
        return close
    return close if tokens[close].text == "." and close == len(tokens) - 1 else end


def _recipient_end(tokens: Sequence[Token], i: int) -> int:
    """After "told": a name ("NBC", "the Financial Times") or a short noun ("a crowd")."""
    end = i + int(i < len(tokens) and _lower(tokens[i]) in _MEDIUM_DETERMINERS)
    if end < len(tokens) and tokens[end].text[0].isupper():
        while end < len(tokens) and tokens[end].text[0].isupper():
            end += 1
        return end
    if end < len(tokens) and _is_word(tokens[end]) and _lower(tokens[end]) not in _RELATIVES:
        return end + 1
    return i


def _verb_attribution(tokens: Sequence[Token], v: int) -> _Found | None:
    """The attribution around the speech verb at ``v``, if it has a source."""
    verb = _lower(tokens[v])
    if v + 1 < len(tokens) and _lower(tokens[v + 1]) in _FINITE:
        return None  # "reports have shown": a noun, not a verb
    kind = "told" if verb in _TOLD else "reported" if verb.startswith("report") else "said"
    k = _verb_group_start(tokens, v)
    before = tokens[k].text if k >= 0 else ""
    after = v + 1
    if before in _NEGATIONS:
        return None
    if before in _COORDINATORS:
        source, start = _sentence_subject(tokens, k), tokens[k + 1].start
    else:
        source = _subject(tokens, _before_relative_clause(tokens, k))
        start = source.start if source is not None else tokens[v].start
    if source is None and before in (",", "”", '"') and verb not in _TOLD:
        source, after = _right_source(tokens, v)
        after = _appositive_end(tokens, after)
    if source is None:
        return None
    if kind == "told":
        after = _recipient_end(tokens, after)
    comma = int(after < len(tokens) and tokens[after].text == ",")
    medium = _medium_at(tokens, after + comma)
    if medium is not None:
        after, kind = medium[0], medium[1] or kind
    return _Found(start, tokens[after - 1].end, source, verb, kind)


def _other_attributions(tokens: Sequence[Token], i: int) -> _Found | None:
    """"according to X", "reportedly", "it was reported", "reports that"."""
    word = _lower(tokens[i])
    following = [_lower(t) for t in tokens[i + 1 : i + 3]]
    if word == "according" and following[:1] == ["to"]:
        source, end = _right_source(tokens, i + 1)
        if source is not None:
            end_offset = tokens[end - 1].end
            return _Found(tokens[i].start, end_offset, source, "according to", "according_to")
    if word == "reportedly":
        return _Found(tokens[i].start, tokens[i].end, None, word, "reportedly")
    if word == "reported":
        k = _verb_group_start(tokens, i) + 1  # "it was previously reported"
        for pattern in _PASSIVE:
            j = k - len(pattern)
            if j >= 0 and tuple(_lower(t) for t in tokens[j:k]) == pattern:
                return _Found(tokens[j].start, tokens[i].end, None, word, "reported")
    if word == "reports" and following[:1] in (["that"], ["say"], ["said"]):
        return _Found(tokens[i].start, tokens[i].end, None, word, "reported")
    return None


def _in_sentence(sentence: Sentence) -> list[_Found]:
    tokens = sentence.tokens
    found: list[_Found] = []
    for i, token in enumerate(tokens):
        item = _verb_attribution(tokens, i) if token.text in SPEECH_VERBS else None
        if item is None and token.text.lower() in _OTHER_TRIGGERS:
            item = _other_attributions(tokens, i)
        if item is not None and not (found and found[-1].end > item.start):
            found.append(item)
    return found


class _Speakers:
    """Where named people are mentioned, for resolving "he said" to the nearest one before."""

    def __init__(
        self,
        text: str,
        sentences: Sequence[Sentence],
        entities: Sequence[Entity],
        found: Sequence[_Found],
    ):
        full_names: dict[str, str] = {}  # surname -> longest name seen as a source
        for item in found:
            if item.source is not None and item.source.person:
                surname = _name_part(item.source)[-1].text
                full = _canonical(item.source, text, entities)
                if len(full) > len(full_names.get(surname, "")):
                    full_names[surname] = full
        mentions = [
            (t.start, full_names[t.text])
            for s in sentences
            for t in s.tokens
            if t.text in full_names
        ]
        mentions += [
            (m.start, e.canonical) for e in entities if e.label == PERSON for m in e.mentions
        ]
        mentions.sort()
        self._positions = [p for p, _ in mentions]
        self._names = [n for _, n in mentions]

    def before(self, position: int) -> str | None:
        i = bisect.bisect_left(self._positions, position)
        return self._names[i - 1] if i else None


def _canonical(source: _Source, text: str, entities: Sequence[Entity]) -> str:
    """The canonical name of the entity recognised at the end of the source phrase.

    The end, because that is where the head is: "Russia’s Defense Ministry" is the
    ministry, not Russia.
    """
    for entity in entities:
        for mention in entity.mentions:
            if mention.end == source.end and mention.start >= source.start:
                return entity.canonical
    name = _name_part(source) if source.person else source.tokens
    return text[name[0].start : name[-1].end]


def attribution_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Offsets of the attribution phrases of one sentence, without naming sources.

    Repeats use it to tell a sentence's claim from who is said to make it.
    """
    return [(item.start, item.end) for item in _in_sentence(sentence)]


def find_attributions(
    text: str, sentences: Sequence[Sentence], entities: Sequence[Entity]
) -> tuple[Attribution, ...]:
    """Every attribution phrase in ``text``, in document order."""
    found = [item for sentence in sentences for item in _in_sentence(sentence)]
    speakers = _Speakers(text, sentences, entities, found)
    result = []
    for item in found:
        source = item.source
        if source is None:
            name, anonymous = "", True
        elif source.pronoun:
            pronoun = text[source.start : source.end]
            resolvable = pronoun.lower() in _RESOLVED_PRONOUNS
            name = (speakers.before(source.start) if resolvable else None) or pronoun
            anonymous = False
        elif source.anonymous:
            name, anonymous = text[source.start : source.end], True
        else:
            name, anonymous = _canonical(source, text, entities), False
        result.append(
            Attribution(
                text=text[item.start : item.end],
                start=item.start,
                end=item.end,
                source=name,
                anonymous=anonymous,
                verb=item.verb,
                kind=item.kind,
            )
        )
    return tuple(result)
