"""Time expressions: "Tuesday night", "March 14, 2024", "in 2019", "two years ago", "earlier this year".

Weekdays and months are no people, organisations or places, yet a close reader asks
when each reported thing happened, and how exactly the article says so.  Each
distinct expression (case and spacing aside) is an ``Entity`` labelled ``DATE`` with
its mentions in document order, as groups are.

A span is the expression with the words that change which time it names ("last",
"next", "this", "early", "late", "mid-", "ago", a time of day); prepositions and
"the" stay outside ("on Tuesday night" gives "Tuesday night", "in the 1990s" gives
"1990s"), as titles stay outside entity mentions.

What is not a date, decided from the words next to a candidate:

- a bare year needs a date word before it ("in 2019", "since 2003", "the 2020
  election") and no counted noun after it ("in 1500 homes"); figures with separators
  or a currency ("4,000 fans", "$2.5 million") never match;
- "May" needs a date context ("in May", "May 5", "May 2024", "the end of May"):
  "May I ask" is a verb;
- a month right after a capitalised word is a surname ("Theresa May"); right before
  a capitalised word or a speech verb, a first name ("June Carter said", "June said"),
  unless a date preposition precedes ("in March Congress voted"); "the March on
  Washington" (the, month, preposition) is an event;
- a weekday right before a capitalised word other than a month or a time of day is a
  title ("Sunday Times"), unless "on" or another date preposition precedes it;
- a weekday or month the document uses as a name ("Sunday said", a company; "June
  Carter") is a date only where a date word says so ("on Sunday", "in June");
- seasons count only with a year or "last"/"next"/"this" ("autumn 2024", "last
  summer"), so "Arab Spring" does not; "Today" capitalised inside a sentence is a
  title ("USA Today").

Clock times and durations ("for two years") are not dates: durations are numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import DATE, Entity, Mention, Sentence, Token

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# AP style abbreviates these months before a day ("Jan. 20"); "Sept." as well as "Sep.".
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
TIMES_OF_DAY = ("morning", "afternoon", "evening", "night")

# A preposition or modifier right before a bare month, weekday or year that makes it a date.
DATE_CONTEXT = frozenset(
    "in since until till during through throughout by from before after around circa early late mid "
    "last next this every".split()
)
# Weaker, for years only: "the 2020 election", "the end of 2024", "the year 2000".
WEAK_YEAR_CONTEXT = frozenset(("of", "the", "year"))
_YEAR_CONTEXT = DATE_CONTEXT | WEAK_YEAR_CONTEXT
_WEEKDAY_CONTEXT = DATE_CONTEXT | {"on"}
# After "the" and a month, these make an event's name: "the March on Washington".
EVENT_PREPOSITIONS = frozenset("on for to against from of in across".split())
# "June said": a month right before a speech verb is a person.
SPEECH_VERBS = frozenset("said says told asks asked adds added wrote writes replied".split())
# What a number that is no year counts: "in 1500 homes", "1500-2000 people", "by 2000 percent".
COUNTED_NOUNS = frozenset(
    """% percent people persons men women children troops soldiers residents voters votes homes houses jobs
    students patients cases deaths feet metres meters miles kilometres km tonnes tons acres dollars euros
    pounds units""".split()
)
# What may stand between two dates of a list or a range: "March and May", "from 2003 to 2022".
JOINERS = frozenset(("", ",", "and", "or", ", and", ", or", "to", "through", "until", "till", "-", "–", "—"))

# Every candidate has one of these words or a year-like number (see ``_is_anchor``).
_ANCHOR_LOWER = (*TIMES_OF_DAY, "yesterday", "today", "tomorrow", "tonight", "spring", "summer", "autumn", "fall",
                 "winter", "century", "centuries", *(f"{unit}{s}" for unit in ("day", "week", "weekend", "fortnight",
                                                                              "month", "quarter", "year", "decade")
                                                     for s in ("", "s")))
_ANCHOR_WORDS = frozenset((*MONTHS, *WEEKDAYS, *MONTH_ABBREVIATIONS, *_ANCHOR_LOWER,
                           *(word.capitalize() for word in _ANCHOR_LOWER)))
# "a couple of years ago" starts three tokens before its anchor, "14th of March" ("14", "th", "of") too.
ANCHOR_REACH = 3
_DIGITS = frozenset("0123456789")
# Words a candidate can start with, before its anchor: "last week", "a couple of years ago".
_STARTERS = frozenset(
    """last next this early late earlier later past coming previous following mid a an one two three four five
    six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundreds few several many some"""
    .split() + [w.lower() for w in (*MONTHS, *WEEKDAYS, *MONTH_ABBREVIATIONS)]
)
_MONTHS_AND_TIMES = (*MONTHS, *(t.capitalize() for t in TIMES_OF_DAY))  # may follow a weekday: "Tuesday Night"
# Capitalised before a month only as a sentence's first word: "But March was wet".
_OPENERS = frozenset("the of but and or so then when while as if that for with at on".split())
_PROPER = frozenset((*MONTHS, *WEEKDAYS, *MONTH_ABBREVIATIONS))  # capitalised in a canonical name
_S = r"\s+"
_MOD = r"(?i:last|next|this|early|late)"
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_MONTH_OR_ABBREVIATION = "(?:" + "|".join(MONTHS) + "|(?:" + "|".join(MONTH_ABBREVIATIONS) + r")\.)"
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_TIME_OF_DAY = "(?i:" + "|".join(TIMES_OF_DAY) + r")(?!\w)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w%])(?![.,]\d)"
_YEAR = r"(?:1\d|20)\d\d(?![\w%])(?![.,]\d)"
_COUNT = (r"(?i:a\s+few|a\s+couple\s+of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
          r"fifteen|twenty|thirty|forty|fifty|hundreds\s+of|few|several|many|some|"
          r"(?<![.,])\d{1,3}(?:,\d{3})+|(?<![.,])\d+)")
_UNIT = r"(?i:(?:day|week|weekend|fortnight|month|quarter|year|decade)s?|century|centuries)(?!\w)"
_SEASON = r"(?i:spring|summer|autumn|fall|winter)(?!\w)"

# Tried at the few token starts just before an anchor word.  The first alternative that
# matches at a position wins, so the longer forms come first.  The named group of each
# alternative is its kind, which ``_verdict`` weighs against the words around it.
_CANDIDATE = re.compile(
    rf"""(?<![\w$£€¥])(?:
      (?P<numeric>(?<![.,/:-])(?:\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d\d)|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})
          (?![/.-]?\d))
    | (?P<calendar>(?:{_WEEKDAY},?{_S})?
          (?:{_MONTH_OR_ABBREVIATION}{_S}{_DAY}(?:,?{_S}{_YEAR})?
           |{_DAY}(?:{_S}of)?{_S}{_MONTH}(?:,?{_S}{_YEAR})?
           |{_MONTH}(?:{_S}of)?{_S}{_YEAR}))
    | (?P<ago>(?:{_COUNT}{_S})?{_UNIT}{_S}(?i:ago|earlier|later))
    | (?P<unit>(?:(?i:earlier|later){_S})?(?P<unit_mod>(?i:last|next|this|past|coming|previous|following))
          (?:{_S}{_COUNT})?{_S}{_UNIT})
    | (?P<season>(?:(?P<season_mod>{_MOD}|(?i:mid))[-\s]+)?{_SEASON}(?:(?:{_S}of)?{_S}(?P<season_year>{_YEAR}))?)
    | (?P<decade>(?:(?i:early|late|mid)[-\s]+)?(?:(?:1\d|20)\d0s|['’]\d0s))
    | (?P<year>(?:(?P<year_mod>(?i:early|late|mid))[-\s]+|(?<![.,/:-]))(?P<first_year>{_YEAR})
          (?:\s?[-–—]\s?(?P<last_year>{_YEAR}|\d\d(?![\w%])))?)
    | (?P<weekday>(?:(?P<weekday_mod>{_MOD}){_S})?(?P<weekday_name>{_WEEKDAY})(?:{_S}{_TIME_OF_DAY})?)
    | (?P<month>(?:(?P<month_mod>{_MOD}){_S}|(?P<mid>(?i:mid))-)?(?P<month_name>{_MONTH}))
    | (?P<deictic>(?P<deictic_word>(?i:yesterday|today|tomorrow|tonight))(?:{_S}{_TIME_OF_DAY})?)
    | (?P<part_of_day>(?i:last|this){_S}{_TIME_OF_DAY})
    )(?!\w)""",
    re.VERBOSE,
)
_WORD = re.compile(r"[\w.’']+")
_WORD_AFTER = re.compile(r"\s+([\w’'%]+)")
_CLAUSE_START = re.compile(r"(?:^|[.!?:;(\[“\"‘—–-])[\s“\"‘'(\[]*$")
_LETTERS = re.compile(r"[^\W\d_]+")
_RANGE_DASH = re.compile(r"\s?[-–—]\s?")


# What the words around a candidate make of it.
NO_DATE = 0
NAME = 1  # "Sunday said", "June Carter": a name, so the same word with nothing around it is one too
BARE = 2  # "Sunday's shares", "June was hot": a date unless the document uses the word as a name
DATE_SURE = 3  # "on Sunday", "two years ago"


def find_dates(sentences: Sequence[Sentence]) -> tuple[Entity, ...]:
    """Every time expression, one ``Entity`` per distinct expression, in order of first mention."""
    found: list[tuple[str, Mention, bool]] = []  # canonical name, mention, bare
    named: set[str] = set()  # weekdays and months the document uses as names ("Sunday", a company)
    names: dict[str, str] = {}  # canonical name per spelling: most dates are written the same way again
    anchor_words, digits = _ANCHOR_WORDS, _DIGITS  # local names: this loop sees every word of the document
    for sentence in sentences:
        text, tokens, base = sentence.text, sentence.tokens, sentence.start
        looked_at = 0  # end of the last candidate (sentence offsets): candidates never overlap
        previous_end = -1  # end of the last date accepted, for lists and ranges
        for i, token in enumerate(tokens):
            word = token.text
            if not (word in anchor_words or word[0] in digits and _is_anchor(tokens, i)
                    or "-" in word and word[:4].lower() == "mid-"):
                continue
            if token.start - base < looked_at:
                continue
            match = _candidate_around(text, tokens, i, base, looked_at)
            if match is None:
                continue
            looked_at = match.end()
            in_list = previous_end >= 0 and " ".join(text[previous_end : match.start()].split()) in JOINERS
            verdict = _verdict(match, text, in_list)
            if verdict == NO_DATE:
                continue
            written = match.group()
            name = names.get(written) or names.setdefault(written, _canonical(match))
            if verdict == NAME:
                named.add(name)
                continue
            previous_end = match.end()
            found.append((name, Mention(written, base + match.start(), base + match.end(), DATE), verdict == BARE))
    by_date: dict[str, list[Mention]] = {}
    for name, mention, bare in found:
        if not (bare and name in named):
            by_date.setdefault(name, []).append(mention)
    return tuple(Entity(name, DATE, tuple(mentions)) for name, mentions in by_date.items())


def _is_anchor(tokens: Sequence[Token], i: int) -> bool:
    """Whether the number ``tokens[i]`` is an anchor: 2024, 14.03.2024, 3/14/24, '90s.

    "14 March" and "10 years ago" have other anchors.  Besides numbers, the anchors are
    ``_ANCHOR_WORDS`` and "mid-..." words.  Looking for candidates only around anchors
    (most sentences have none) keeps the layer fast: the pattern is tried at a handful
    of positions, not at every character.
    """
    word = tokens[i].text
    return (len(word) == 4 and word.isdigit()) or word.count(".") == 2 or \
        (i + 1 < len(tokens) and tokens[i + 1].text == "/") or (i > 0 and tokens[i - 1].text in ("'", "’"))


def _candidate_around(text: str, tokens: Sequence[Token], i: int, base: int, looked_at: int) -> re.Match[str] | None:
    """The earliest candidate that starts at most ``ANCHOR_REACH`` tokens before ``tokens[i]`` and covers it."""
    anchor = tokens[i].start - base
    for k in range(max(0, i - ANCHOR_REACH), i + 1):
        start = tokens[k].start - base
        word = tokens[k].text
        if start >= looked_at and (k == i or word.lower() in _STARTERS or word[0] in _DIGITS or word in ("'", "’")):
            match = _CANDIDATE.match(text, start)
            if match is not None and match.end() > anchor:
                return match
    return None


def _verdict(match: re.Match[str], text: str, in_list: bool) -> int:
    """What the words around a candidate make of it (see the module docstring)."""
    kind = match.lastgroup
    if kind == "weekday":
        return _weekday_verdict(match, text)
    if kind == "month":
        return _month_verdict(match, text, in_list)
    if kind == "numeric":
        sure = _valid_numeric(match.group())
    elif kind == "unit":  # "the last week of the war" is the final week, not last week
        sure = not (match.group("unit_mod").lower() == "last" and _word_before(text, match) == "the")
    elif kind == "season":
        sure = match.group("season_year") is not None or \
            (match.group("season_mod") or "").lower() in ("last", "next", "this")
    elif kind == "year":
        sure = _year_accepted(match, text, in_list)
    elif kind == "deictic":  # "USA Today", "the Today programme"
        sure = match.group("deictic_word").islower() or _CLAUSE_START.search(text, 0, match.start()) is not None
    else:  # calendar dates, "two years ago", "1990s", "last night"
        sure = True
    return DATE_SURE if sure else NO_DATE


def _weekday_verdict(match: re.Match[str], text: str) -> int:
    if match.group("weekday_mod") or _word_before(text, match) in _WEEKDAY_CONTEXT:
        return DATE_SURE  # "on Sunday", and "Trump on Tuesday said"
    if _capitalised_word_follows(text, match.end("weekday_name"), allowed=_MONTHS_AND_TIMES):
        return NO_DATE  # "Sunday Times"
    return NAME if _word_after(text, match).lower() in SPEECH_VERBS else BARE


def _valid_numeric(written: str) -> bool:
    """2024-03-14, 14/03/2024 or 3/14/24: a real month and day, in either order for slashes and dots."""
    if "-" in written:
        _, month, day = map(int, written.split("-"))
        return 1 <= month <= 12 and 1 <= day <= 31
    first, second, _ = map(int, re.split(r"[/.]", written))
    return 1 <= min(first, second) <= 12 and max(first, second) <= 31


def _year_accepted(match: re.Match[str], text: str, in_list: bool) -> bool:
    if _word_after(text, match).lower() in COUNTED_NOUNS:  # "in 1500 homes", "1500-2000 people"
        return False
    last = match.group("last_year")
    if last is not None:  # "2003–2022", "2003-04": a range runs forward
        first = int(match.group("first_year"))
        return int(last) > (first if len(last) == 4 else first % 100) or (len(last) == 2 and first % 100 == 99)
    return bool(match.group("year_mod")) or in_list or _word_before(text, match) in _YEAR_CONTEXT


def _month_verdict(match: re.Match[str], text: str, in_list: bool) -> int:
    raw_before = _raw_word_before(text, match)
    before, after = raw_before.lower(), _word_after(text, match)
    if match.group("month_mod") or match.group("mid") or in_list or before in DATE_CONTEXT:
        return DATE_SURE  # "last March", "mid-March", "March and May", "in March Congress voted"
    if raw_before[:1].isupper() and raw_before not in _PROPER and before not in _OPENERS:
        return NO_DATE  # "Theresa May", "Hannah March"; not "But March"
    if after.lower() in SPEECH_VERBS or _capitalised_word_follows(text, match.end(), allowed=("I",)):
        return NAME  # "June said", "June Carter"; "May I" is the verb
    if before == "the" and after.lower() in EVENT_PREPOSITIONS:  # "the March on Washington"
        return NO_DATE
    if match.group("month_name") == "May":  # a verb unless something says month: "of May", "the May elections"
        return BARE if before == "of" or (before == "the" and after[:1].islower()) else NO_DATE
    return BARE


def _capitalised_word_follows(text: str, position: int, allowed: Sequence[str]) -> bool:
    """Right after ``position`` come spaces and a capitalised word not in ``allowed``."""
    found = _WORD_AFTER.match(text, position)
    return found is not None and found.group(1)[:1].isupper() and found.group(1) not in allowed


def _raw_word_before(text: str, match: re.Match[str]) -> str:
    """The word right before the candidate (only spaces between), as written; "" when there is none."""
    head = text[max(0, match.start() - 40) : match.start()]
    words = head.split() if head[-1:].isspace() else ()
    return words[-1].rstrip(".") if words and _WORD.fullmatch(words[-1]) else ""


def _word_before(text: str, match: re.Match[str]) -> str:
    return _raw_word_before(text, match).lower()


def _word_after(text: str, match: re.Match[str]) -> str:
    found = _WORD_AFTER.match(text, match.end())
    return found.group(1) if found else ""


def _canonical(match: re.Match[str]) -> str:
    """One name per expression: spaces collapsed, month and weekday names capitalised, other words lower case."""
    written = " ".join(match.group().replace("’", "'").split())
    if match.lastgroup == "year" and match.group("last_year"):
        written = _RANGE_DASH.sub("–", written)  # "2003-2022" and "2003 – 2022" are "2003–2022"
    return _LETTERS.sub(lambda word: word[0].capitalize() if word[0].capitalize() in _PROPER
                        else word[0].lower(), written)
