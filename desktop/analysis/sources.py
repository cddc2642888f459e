"""Attributions: who a claim comes from, and whether the source is anonymous.

A rule-based reader of news English over each sentence's tokens.  Around every
speech verb ("said", "told", "added", ...) it looks for the source phrase to the
left ("one of the people said", "Peskov added", "Trump told NBC") or, when the
verb directly follows a comma or closing quote, to the right ("…, said a person
familiar with the call").  "according to X", "reportedly", "it was reported" and
"reports that" are found too, and so are ", saying …" (the clause's subject
speaks) and sources separated from their verb by an apposition ("Jane Doe, the
agency’s director, said").  A source is anonymous when its head noun is a
generic person word ("official", "people", "commanders") rather than a name or
an institution ("the ministry"); "he"/"she" is resolved to the nearest named
speaker mentioned before it.  Each attribution also says what kind of source it
is, the role the text gives it, what an unnamed source's access is ("familiar
with the call"), why anonymity was granted, and which clause it vouches for.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .model import PERSON, Attribution, Entity, Mention, Sentence, Token
from .quotes import QUOTE_MARKS, quotation_spans
from .tagger import pos_tags

SPEECH_VERBS = frozenset(
    """
    said says say saying told tells tell telling added adds adding noted notes noting wrote
    writes writing confirmed confirms confirming stated states explained explains insisted
    insists acknowledged acknowledges claimed claims asserted asserts reported reports
    recalled recalls replied replies estimated estimates estimating
    """.split()
)
# After a comma these take the subject of the clause they hang from:
# "The company rejected the claim, saying its products were safe."
_PARTICIPLES = frozenset(
    "saying adding noting telling writing confirming estimating insisting acknowledging".split()
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
    neighbor neighbour lawyer attorney engineer soldier critic supporter opponent spokesperson
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
# Plural institutions with no name are unnamed groups: "U.S. intelligence agencies have reported".
_UNNAMED_GROUPS = frozenset(
    """
    agencies groups companies firms banks organizations organisations unions ministries
    departments governments outlets newspapers services
    """.split()
)
DOCUMENT_WORDS = frozenset(
    """
    report reports study survey poll filing filings document documents data letter memo record
    records posting statement statements analysis figures transcript ruling indictment
    complaint lawsuit estimate estimates
    """.split()
)
# Last words of news outlets' names, and common nouns for outlets.
OUTLET_WORDS = frozenset(
    """
    times post news journal press telegraph guardian herald tribune gazette reuters bloomberg
    bbc cnn nbc cbs abc msnbc npr politico axios newspaper outlet broadcaster channel network
    magazine
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
    speaking knowledgeable involved granted there here by seen obtained reviewed released
    published
    """.split()
)
# A noun phrase does not end with these ("it's time to", "people familiar with").
_DANGLING = frozenset("of to with from for at on in by who whom which familiar close".split())
_ARTICLES = frozenset({"a", "an", "the", "his", "her", "their"})
_DETERMINERS = _ARTICLES | {"this", "that", "these", "those"}
# After the source phrase: where a post-posed source ("said X") ends.
_RIGHT_STOPS = frozenset({"during", "last", "this", "earlier", "later", "yesterday", "today"})
# "in a statement"/"in court filings"/"in an interview": the medium, and the kind it
# gives ("" keeps the verb's).
_MEDIA = {
    "statement": "statement",
    "statements": "statement",
    "email": "statement",
    "e-mail": "statement",
    "message": "statement",
    "post": "statement",
    "letter": "statement",
    "report": "statement",
    "filing": "statement",
    "filings": "statement",
    "release": "statement",
    "interview": "",
    "speech": "",
    "remarks": "",
    "testimony": "",
    "briefing": "",
}
_MEDIUM_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their"})
_POSSESSIVES = frozenset({"’s", "'s"})
_OTHER_TRIGGERS = frozenset({"according", "reportedly", "reported", "reports"})
_TRIGGERS = SPEECH_VERBS | _OTHER_TRIGGERS | {w.capitalize() for w in _OTHER_TRIGGERS}
_PASSIVE = (("it", "was"), ("it", "is"), ("it", "has", "been"), ("it", "had", "been"))
MAX_SOURCE_WORDS = 14
MAX_PARENTHETICAL_WORDS = 20
# Marks that end a parenthetical when scanning left from the comma before a verb.
_SEGMENT_ENDS = frozenset(',;:“”"()—–')
# Words opening an adjunct after an attribution ("Trump said during a speech …"), not its claim.
_ADJUNCTS = frozenset(
    "during on in at after before last this earlier later yesterday today when while as".split()
)
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# What the text says about how an unnamed source knows.
_ACCESS = re.compile(
    r"\b(?:familiar with|apprised of|briefed on|briefed about|close to|"
    r"with (?:direct |first-?hand |detailed )?knowledge of|knowledgeable about|involved in|"
    r"privy to|present (?:at|in|for)|(?:who|that) (?:attended|witnessed|saw|heard|read|"
    r"took part in|participated in))\b.*",
    re.IGNORECASE,
)
# Why anonymity was granted: "on the condition of anonymity to discuss a sensitive matter".
_ANONYMITY = re.compile(
    r"(?:condition of anonymity|anonymity|asked not to be (?:named|identified)|"
    r"requested that (?:he|she|they) not be (?:named|identified)|"
    r"declined to be (?:named|identified))"
    r"(?P<reason>\s*,?\s*(?:to|because|as|since|so that|in order to)\b[^.;,“”\"]*)?",
    re.IGNORECASE,
)
_UNAUTHORISED = re.compile(
    r"\b(?:not|n[’']t) (?:authori[sz]ed|permitted|allowed) to (?:speak|comment|discuss)[^.;,“”\"]*",
    re.IGNORECASE,
)
# "who, like others interviewed for this story, spoke on the condition of anonymity": for all.
_FOR_ALL = re.compile(r"\blike (?:the )?others\b|\bas did others\b|\blike all\b", re.IGNORECASE)


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


@lru_cache(maxsize=64)
def _tags(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(pos_tags(words))


def _sentence_tags(tokens: Sequence[Token], upto: int) -> tuple[str, ...]:
    """Part-of-speech tags of ``tokens[:upto]`` (plus two words of context), tagged only when needed."""
    return _tags(tuple(t.text for t in tokens[: upto + 2]))


def _text(tokens: Sequence[Token]) -> str:
    """The tokens as written, one space wherever the text had any."""
    if not tokens:
        return ""
    out = tokens[0].text
    for before, token in zip(tokens, tokens[1:]):
        out += " " * (token.start > before.end) + token.text
    return out


@dataclass(frozen=True, slots=True)
class _Source:
    """A source phrase's tokens, classified."""

    tokens: Sequence[Token]
    anonymous: bool
    pronoun: bool
    person: bool  # a capitalised name that is not an organisation word
    head: str = ""  # the head word, lower-case
    capitalised: bool = False  # the head is written as a name
    role: str = ""  # an apposition or title: "Trump’s communications director"

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


def _classify(phrase: Sequence[Token], initial_common: bool = False) -> _Source | None:
    """Decide what a candidate source phrase is; None when it is not a noun phrase.

    ``initial_common``: the first word is capitalised only because it opens the
    sentence ("Shoppers said"), so it is not read as a name.
    """
    words = [t for t in phrase if _is_word(t)]
    if not words or len(words) > MAX_SOURCE_WORDS or not _is_word(phrase[0]):
        return None
    lowered = [_lower(t) for t in words]
    if len(lowered) == 1 and lowered[0] in _NOT_NAMES:
        return None  # "Meanwhile, …"
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
        return _Source(phrase, False, True, False, head) if len(words) == 1 else None
    capitalised = words[h].text[0].isupper() and not (h == 0 and initial_common)
    if _singular(head) in PERSON_NOUNS or head in _QUANTIFIERS or head in ("them", "us"):
        return _Source(phrase, True, False, False, head)  # "officials", "two", "one of them"
    if capitalised:
        return _Source(phrase, False, False, head not in INSTITUTION_WORDS, head, True)
    definite = lowered[0] in ("the", "his", "her", "their", "its") or any(
        t.text in _POSSESSIVES for t in phrase
    )
    if head in _UNNAMED_GROUPS and not definite:
        return _Source(phrase, True, False, False, head)  # "U.S. intelligence agencies"
    if head in INSTITUTION_WORDS:
        return _Source(phrase, False, False, False, head)
    # Another common noun: "an engineer familiar with the plan" leaves a person
    # unnamed, "the Kremlin spokesman" identifies one by role, "the e-mail" is a thing.
    person_word = (
        head.endswith(_PERSON_SUFFIXES)
        or head.endswith(("person", "people"))
        or _singular(head) in ROLE_WORDS  # "Union representatives said"
    )
    unnamed_person = person_word and not (definite and head in ROLE_WORDS)
    return _Source(phrase, unnamed_person, False, False, head)


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


def _name_start(tokens: Sequence[Token]) -> int:
    """Where the name begins after any title: "Kremlin spokesman Dmitry Peskov" gives 2."""
    start = 0
    for i, token in enumerate(tokens):
        word = _lower(token)
        if not token.text[0].isupper() or word in ROLE_WORDS or word in PERSON_NOUNS:
            start = i + 1  # "Engineer Tom Hale"
    return start if start < len(tokens) else 0


def _name_part(source: _Source) -> Sequence[Token]:
    """The name after any role: "Kremlin spokesman Dmitry Peskov" gives "Dmitry Peskov".

    A long run of capitals ("… Islamic Relations Alia Salem") keeps its last two words.
    """
    name = source.tokens[_name_start(source.tokens) :]
    return name[-2:] if len(name) > 3 else name


def _title_role(source: _Source) -> str:
    """The title written before a name: "Kremlin spokesman" in "Kremlin spokesman Dmitry Peskov"."""
    if not source.person:
        return ""
    title = [t for t in source.tokens[: _name_start(source.tokens)] if _is_word(t)]
    return _text(title) if title else ""


def _role_text(phrase: Sequence[Token]) -> str:
    """An apposition as a role, without its article: "an energy analyst at X" gives "energy analyst at X"."""
    words = list(phrase)
    if words and _lower(words[0]) in ("a", "an", "the"):
        words = words[1:]
    return _text(words)


def _medium_at(tokens: Sequence[Token], i: int) -> tuple[int, str] | None:
    """If "in a statement"/"in court filings" starts at ``i``: its end index and kind."""
    if i >= len(tokens) or _lower(tokens[i]) != "in":
        return None
    first = i + 1 + int(i + 1 < len(tokens) and _lower(tokens[i + 1]) in _MEDIUM_DETERMINERS)
    for k in range(first, min(first + 3, len(tokens))):
        word = _lower(tokens[k])
        if word in _MEDIA:
            return k + 1, _MEDIA[word]
        if not _is_word(tokens[k]) or word[0].isdigit():
            return None
    return None


@dataclass(slots=True)
class _Found:
    """An attribution phrase (offsets into the text) before its source is named."""

    start: int
    end: int
    source: _Source | None
    verb: str
    kind: str
    sentence: Sentence | None = field(default=None, repr=False)


def _verb_group_start(tokens: Sequence[Token], v: int) -> int:
    """Index just left of the verb and its auxiliaries/adverbs ("has also said")."""
    k = v - 1
    while k >= 0 and (_lower(tokens[k]) in _AUXILIARIES or _is_adverb(tokens[k])):
        k -= 1
    return k


def _skip_parenthesis(tokens: Sequence[Token], k: int) -> int:
    """For "Sen. Mara Quinn (D-Ohio) said": the index before the bracket."""
    if k < 0 or tokens[k].text != ")":
        return k
    j = k - 1
    while j >= 0 and tokens[j].text != "(":
        j -= 1
    return j - 1 if j > 0 else k


def _subject(tokens: Sequence[Token], k: int) -> _Source | None:
    """The noun phrase ending at ``k``, scanning left to the start of its clause."""
    k = _skip_parenthesis(tokens, k)
    j = k
    while j >= 0 and not _is_boundary(tokens, j):
        j -= 1
    first = j + 1
    while first <= k and (_lower(tokens[first]) in _LEADING_LINKS or _lower(tokens[first]) in _ADVERBS):
        first += 1  # "and", "Later the spokesman said"
    if first > k:
        return None
    return _classify(tokens[first : k + 1], _opens_with_common_noun(tokens, first))


def _opens_with_common_noun(tokens: Sequence[Token], i: int) -> bool:
    """Is token ``i`` the sentence's first word and a plural common noun ("Shoppers said")?"""
    if any(_is_word(t) for t in tokens[:i]) or not tokens[i].text[0].isupper():
        return False
    return tokens[i].text.endswith("s") and _sentence_tags(tokens, i + 1)[i] == "NNS"


def _parenthetical_source(tokens: Sequence[Token], k: int) -> tuple[_Source, int] | None:
    """The source, and where the phrase starts, when a parenthetical separates it from the verb.

    "Jane Doe, the agency’s director, said", "His lawyer, Ben Sato, said",
    "The board, which met on Tuesday, said", "Viktor Ames, 61, said",
    "A senior official, speaking on condition of anonymity, said".
    """
    if k < 2 or tokens[k].text != ",":
        return None
    j = k - 1
    while j >= 0 and tokens[j].text not in _SEGMENT_ENDS:
        j -= 1
    segment = tokens[j + 1 : k]
    words = [t for t in segment if _is_word(t)]
    if j < 1 or tokens[j].text != "," or not words or len(words) > MAX_PARENTHETICAL_WORDS:
        return None
    head = _subject(tokens, j - 1)
    if head is None:
        return None
    first = _lower(segment[0])
    if first in _RELATIVES or first[0].isdigit() or first.endswith("ing") or first == "like":
        return head, head.start  # a relative or participial clause, or an age
    tags = _sentence_tags(tokens, k)[j + 1 : k]
    if any(tag in _FINITE_TAGS for tag in tags):
        return None  # "In Paris, prices rose, said …": a clause, not an apposition
    appositive = _classify(segment)
    if appositive is None:
        return None
    if not head.capitalised and appositive.capitalised and not appositive.anonymous:
        # "The study’s lead author, Dr. Ivan Petrov, said": the name speaks, the phrase is its role.
        return replace(appositive, role=_role_text(head.tokens)), head.start
    return replace(head, role=_role_text(segment)), head.start


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


def _clause_subject(tokens: Sequence[Token], upto: int) -> _Source | None:
    """For ", saying …": the subject of the clause, the words before its first verb.

    An opening phrase ("On Monday, …") and an apposition ("Greta Lind, a lawyer, …")
    are left out.
    """
    tags = _sentence_tags(tokens, upto)
    start = 0
    while start < upto and not _is_word(tokens[start]):
        start += 1
    if start < upto and tags[start] in ("IN", "RB"):
        commas = [i for i in range(start, upto) if tokens[i].text == ","]
        start = commas[0] + 1 if commas else upto
    end = start
    while end < upto and not tags[end].startswith(("VB", "MD")) and tokens[end].text != ",":
        end += 1
    if end == start:
        return None
    return _classify(tokens[start:end], _opens_with_common_noun(tokens, start))


def _right_source(
    tokens: Sequence[Token], v: int, any_word: bool = False
) -> tuple[_Source | None, int]:
    """The source after an inverted verb ("…, said two people familiar with the matter").

    ``any_word`` accepts any noun phrase, as after "according to".
    """
    end = v + 1
    while end < len(tokens) and (_is_word(tokens[end]) or tokens[end].text in _POSSESSIVES):
        if _is_time_or_medium(tokens, end) or _lower(tokens[end]) == "that":
            break
        end += 1
    phrase = tokens[v + 1 : end]
    if not phrase:
        return None, v + 1
    first = _lower(phrase[0])
    plausible = (
        any_word
        or phrase[0].text[0].isupper()
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
    if verb in _PARTICIPLES and before == ",":
        # ", saying …": the clause's subject speaks; the phrase is the participle alone.
        source = _clause_subject(tokens, k)
        return _Found(tokens[v].start, tokens[v].end, source, verb, kind) if source else None
    if before in _COORDINATORS:
        source, start = _sentence_subject(tokens, k), tokens[k + 1].start
    else:
        parenthetical = _parenthetical_source(tokens, k)
        source = parenthetical[0] if parenthetical else _subject(tokens, k)
        start = parenthetical[1] if parenthetical else source.start if source else tokens[v].start
    if source is None and before in (",", "”", '"') and verb not in _TOLD:
        source, after = _right_source(tokens, v)
        appositive_end = _appositive_end(tokens, after)
        if source is not None and appositive_end > after:
            source = replace(source, role=_role_text(tokens[after + 1 : appositive_end]))
        after = appositive_end
    if source is None:
        return None
    if kind == "told":
        after = _recipient_end(tokens, after)
    comma = int(after < len(tokens) and tokens[after].text == ",")
    medium = _medium_at(tokens, after + comma)
    if medium is not None:
        after, kind = medium[0], medium[1] or kind
    return _Found(start, tokens[after - 1].end, source, verb, kind)


def _reported_by(tokens: Sequence[Token], i: int) -> _Found | None:
    """"first reported by the Financial Times", "it was reported by Reuters"."""
    by = i + 1
    while by < len(tokens) and _is_adverb(tokens[by]):
        by += 1
    if by >= len(tokens) or _lower(tokens[by]) != "by":
        return None
    source, end = _right_source(tokens, by, any_word=True)
    if source is None:
        return None
    start = _verb_group_start(tokens, i) + 1
    for pattern in _PASSIVE:
        j = start - len(pattern)
        if j >= 0 and tuple(_lower(t) for t in tokens[j:start]) == pattern:
            start = j
    return _Found(tokens[start].start, tokens[end - 1].end, source, "reported", "reported")


def _other_attributions(tokens: Sequence[Token], i: int) -> _Found | None:
    """"according to X", "reportedly", "it was reported", "reports that", "a reported fee"."""
    word = _lower(tokens[i])
    following = [_lower(t) for t in tokens[i + 1 : i + 3]]
    if word == "according" and following[:1] == ["to"]:
        source, end = _right_source(tokens, i + 1, any_word=True)
        if source is not None:
            end_offset = tokens[end - 1].end
            return _Found(tokens[i].start, end_offset, source, "according to", "according_to")
    if word == "reportedly":
        return _Found(tokens[i].start, tokens[i].end, None, word, "reportedly")
    if word == "reported":
        by = _reported_by(tokens, i)
        if by is not None:
            return by
        if i > 0 and _lower(tokens[i - 1]) in ("a", "an", "the"):
            return _Found(tokens[i].start, tokens[i].end, None, word, "reported")  # "a reported fee"
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
        if token.text not in _TRIGGERS:
            continue  # most words: one set lookup (repeats call this for every sentence)
        item = None
        if token.text in SPEECH_VERBS:
            item = _verb_attribution(tokens, i)
            if item is not None and item.verb in _PARTICIPLES and found and found[-1].source:
                item.source = found[-1].source  # "Smith said …, adding that …"
        if item is None and token.text.lower() in _OTHER_TRIGGERS:
            item = _other_attributions(tokens, i)
        if item is not None and not (found and found[-1].end > item.start):
            item.sentence = sentence
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


def _entity_at(source: _Source, entities: Sequence[Entity]) -> Entity | None:
    """The entity recognised at the end of the source phrase.

    The end, because that is where the head is: "Russia’s Defense Ministry" is the
    ministry, not Russia; but only when the head is in the name, so "documents seen by
    the Bristol Post" are not the Post.
    """
    for mention, entity in _mentions_by_end(entities).get(source.end, ()):
        if mention.start >= source.start and (
            not source.head or source.head in mention.text.lower().replace("’", "'")
        ):
            return entity
    return None


_mention_index: tuple[Sequence[Entity] | None, dict[int, list[tuple[Mention, Entity]]]] = (None, {})


def _mentions_by_end(entities: Sequence[Entity]) -> dict[int, list[tuple[Mention, Entity]]]:
    """Mentions keyed by end offset, built once per entity list (a linear scan per lookup was quadratic)."""
    global _mention_index
    if _mention_index[0] is not entities:
        index: dict[int, list[tuple[Mention, Entity]]] = {}
        for entity in entities:
            for mention in entity.mentions:
                index.setdefault(mention.end, []).append((mention, entity))
        _mention_index = (entities, index)
    return _mention_index[1]


def _canonical(source: _Source, text: str, entities: Sequence[Entity]) -> str:
    """The canonical name of the entity in the source phrase, else the name as written."""
    entity = _entity_at(source, entities)
    if entity is not None:
        return entity.canonical
    name = _name_part(source) if source.person else source.tokens
    return text[name[0].start : name[-1].end]


def _is_recognised_name(source: _Source, entities: Sequence[Entity]) -> bool:
    """Is the whole source phrase a recognised name ("Rogers said", read as a plural noun)?"""
    entity = _entity_at(source, entities)
    return entity is not None and any(
        m.start == source.start and m.end == source.end for m in entity.mentions
    )


def _named_type(source: _Source, entity: Entity | None) -> str:
    """person, organisation, outlet or document, for a source that is neither anonymous nor a pronoun."""
    if source.head in DOCUMENT_WORDS:
        return "document"
    if source.head in OUTLET_WORDS and (source.capitalised or source.head not in PERSON_NOUNS):
        return "outlet"
    if entity is not None:
        return "person" if entity.label == PERSON else "organisation"
    if source.person or source.head in ROLE_WORDS or source.head.endswith(_PERSON_SUFFIXES):
        return "person"
    return "organisation"


def _access(source: _Source, text: str) -> str:
    match = _ACCESS.search(text[source.start : source.end])
    return match.group(0) if match else ""


def anonymity_reason(sentence: str) -> tuple[str, bool] | None:
    """Why the sentence says anonymity was granted, and whether it says so for every source.

    None when the sentence does not mention anonymity; the reason is "" when it gives none.
    """
    match = _ANONYMITY.search(sentence)
    unauthorised = _UNAUTHORISED.search(sentence)
    if match is None and unauthorised is None:
        return None
    reason = match.group("reason") if match is not None else None
    if reason:
        reason = reason.strip(" ,")
    elif unauthorised is not None:
        reason = "not " + unauthorised.group(0).split(None, 1)[1]  # "not authorized to comment"
    return (reason or "").strip(), _FOR_ALL.search(sentence) is not None


class _Quotations:
    """The document's quotations in order, searchable by where they end."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self._ends = [end for _, end in spans]

    def ending_within(self, position: int, distance: int) -> list[tuple[int, int]]:
        """Quotations that end between ``position - distance`` and ``position``."""
        first = bisect.bisect_left(self._ends, position - distance)
        return self.spans[first:bisect.bisect_right(self._ends, position)]


def _claim_span(item: _Found, quotations: _Quotations) -> tuple[int, int]:
    """The clause or quotation the attribution vouches for.

    What follows when the attribution runs on into it ("Trump said on Thursday that
    …", "Peskov added, “…”"); otherwise what comes before ("…, officials said").
    A quotation that opens the sentence and ends just before the attribution is
    taken whole, even when it spans several sentences.
    """
    sentence = item.sentence
    if sentence is None:
        return -1, -1
    tokens = sentence.tokens  # in order, so what lies before and after are a prefix and a suffix
    before = tokens[: bisect.bisect_right(tokens, item.start, key=lambda t: t.end)]
    after = tokens[bisect.bisect_left(tokens, item.end, key=lambda t: t.start) :]
    marks = [t.text for t in after[:2]] + ["", ""]
    opening = [_lower(t) for t in after[:6]]
    adjunct = bool(opening) and opening[0] in _ADJUNCTS and "that" not in opening  # "… during a speech"
    forward = bool(after) and not adjunct and (
        _is_word(after[0]) or marks[0] in QUOTE_MARKS or marks[0] in ",:" and marks[1] in QUOTE_MARKS
    )
    if not forward:
        quoted = [q for q in quotations.ending_within(item.start, 3) if q[0] <= sentence.start + 1]
        if quoted:
            return quoted[-1]
        side = before
    else:
        side = after
        if "that" in opening:  # "on Thursday that …"
            side = side[opening.index("that") + 1 :]
    while side and side[0].text in ",:;—–-":
        side = side[1:]
    while side and side[-1].text in ",.;:—–-":
        side = side[:-1]
    return (side[0].start, side[-1].end) if side else (-1, -1)


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
    quotations = _Quotations(quotation_spans(text))
    holders_of_role: dict[str, str] = {}  # "kremlin spokesman" -> "Dmitry Peskov"
    result = []
    for item in found:
        result.append(_attribution(item, text, entities, speakers, holders_of_role, quotations))
    return tuple(_with_anonymity_reasons(result, found))


def _attribution(
    item: _Found,
    text: str,
    entities: Sequence[Entity],
    speakers: _Speakers,
    holders_of_role: dict[str, str],
    quotations: _Quotations,
) -> Attribution:
    source = item.source
    details: dict[str, object] = {}
    if source is None:
        name, anonymous, source_type = "", True, "unspecified"
    else:
        details.update(source_start=source.start, source_end=source.end)
        if source.pronoun:
            pronoun = text[source.start : source.end]
            resolvable = pronoun.lower() in _RESOLVED_PRONOUNS
            resolved = speakers.before(source.start) if resolvable else None
            name, anonymous, source_type = resolved or pronoun, False, "pronoun"
            details["entity"] = resolved or ""
        elif source.anonymous and not _is_recognised_name(source, entities):
            name, anonymous, source_type = text[source.start : source.end], True, "anonymous"
            details.update(access=_access(source, text), role=source.role)
        else:
            entity = _entity_at(source, entities)
            name, anonymous = _canonical(source, text, entities), False
            source_type = _named_type(source, entity)
            role = source.role or _title_role(source)
            details["role"] = role
            if entity is not None:
                details["entity"] = entity.canonical
            if role and source_type == "person" and source.capitalised:
                holders_of_role.setdefault(role.lower(), name)
            elif not source.capitalised:
                # "the Kremlin spokesman" after "Kremlin spokesman Dmitry Peskov"
                described = _role_text(source.tokens).lower()
                if described in holders_of_role:
                    details["entity"] = holders_of_role[described]
    claim_start, claim_end = _claim_span(item, quotations)
    return Attribution(
        text=text[item.start : item.end],
        start=item.start,
        end=item.end,
        source=name,
        anonymous=anonymous,
        verb=item.verb,
        kind=item.kind,
        source_type=source_type,
        claim_start=claim_start,
        claim_end=claim_end,
        **details,
    )


def _with_anonymity_reasons(
    attributions: list[Attribution], found: Sequence[_Found]
) -> list[Attribution]:
    """Give anonymous sources the reason for anonymity their sentence states.

    "…, said a person familiar with the call, who, like others interviewed for this
    story, spoke on the condition of anonymity to …" states it for every anonymous source.
    """
    reasons: dict[int, str] = {}
    for_all = ""
    for index, item in enumerate(found):
        stated = anonymity_reason(item.sentence.text) if item.sentence else None
        if stated is not None and attributions[index].anonymous:
            reasons[index] = stated[0]
            if stated[1] and stated[0] and not for_all:
                for_all = stated[0]
    return [
        replace(a, anonymity_reason=reasons.get(i) or (for_all if _interviewed(item) else ""))
        if a.source_type == "anonymous"
        else a
        for i, (a, item) in enumerate(zip(attributions, found))
    ]


def _interviewed(item: _Found) -> bool:
    """Is the source people a reporter could have interviewed (not "intelligence agencies")?"""
    head = item.source.head if item.source is not None else ""
    return _singular(head) in PERSON_NOUNS or head in _QUANTIFIERS
