"""Closed word lists for the numeric-claims recogniser (``numbers.py``).

Kept apart from the parsing code so they can be reviewed and extended.
"""

from __future__ import annotations

import math

INF = math.inf

SMALL = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {
    w: 10 * i
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)
}
# Words that multiply what precedes them ("two hundred", "1.2 million", "a dozen").
MULTIPLIERS = {
    "dozen": 12.0,
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "mn": 1e6,
    "mln": 1e6,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}
# Abbreviations glued to digits: "1.2m", "5bn", "10k".
GLUED_MULTIPLIERS = {"m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12, "trn": 1e12}
# Multiplicative adverbs: "met twice", "twice as many".
TIMES = {"twice": 2.0, "thrice": 3.0}
# Vague plurals and the least they claim: "hundreds" commits to at least 100 and
# to no upper bound ("hundreds of thousands" is still "hundreds").
VAGUE = {
    "tens": 10.0,
    "dozens": 12.0,
    "scores": 20.0,
    "hundreds": 1e2,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
}
# "tens", "dozens" and "scores" are numbers only in "tens of ...".
VAGUE_NEEDING_OF = frozenset({"tens", "dozens", "scores"})
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip

# Qualifiers before a number, by the interval they give.  Kinds:
# at_least [x, inf), above (x, inf) recorded as [x, inf), at_most [0, x], below [0, x)
# recorded as [0, x], just_below [0.9x, x], approx and exact [x, x].
QUALIFIERS: dict[tuple[str, ...], str] = {}
for _kind, _phrases in {
    "at_least": "at least|no fewer than|no less than|a minimum of|not less than",
    "above": "more than|over|above|greater than|in excess of|upwards of|upward of|exceeding|"
    "just over|well over|just above|well above|slightly more than|far more than|"
    "much more than|north of",
    "at_most": "up to|at most|as many as|as much as|no more than|not more than|a maximum of",
    "below": "fewer than|less than|under|below|just under|just below|slightly less than|"
    "well under|well below",
    "just_below": "nearly|almost|close to|approaching|just shy of|not quite",
    "approx": "about|around|roughly|approximately|some|an estimated|estimated|"
    "an approximate|circa|approx|an average of|on average",
    "exact": "exactly|precisely|only|just|another|an additional|a further|a total of|"
    "an extra|a mere|a record",
}.items():
    for _phrase in _phrases.split("|"):
        QUALIFIERS[tuple(_phrase.split())] = _kind
QUALIFIER_MAX_WORDS = max(len(k) for k in QUALIFIERS)
APPROXIMATE_QUALIFIERS = frozenset(
    " ".join(k) for k, kind in QUALIFIERS.items() if kind in ("approx", "just_below")
) | {"several", "a few", "or so"}
# After the number: "10 or more people", "20 or so".
POST_QUALIFIERS = {
    ("or", "more"): "at_least",
    ("or", "so"): "approx",
    ("or", "fewer"): "at_most",
    ("or", "less"): "at_most",
    ("plus",): "at_least",
}

CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH", "₹": "INR"}
# Letters glued before "$": "US$5", "C$10".
DOLLAR_PREFIXES = {"us": "USD", "c": "CAD", "a": "AUD", "hk": "HKD", "nz": "NZD", "s": "SGD"}
CURRENCY_CODES = frozenset("usd eur gbp rub uah jpy cny chf cad aud inr".split())
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
    "hryvnia": "UAH", "hryvnias": "UAH", "yuan": "CNY", "renminbi": "CNY",
    "yen": "JPY", "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF",
    "sterling": "GBP", "cent": "cents", "cents": "cents", "penny": "pence", "pence": "pence",
}  # fmt: skip
PERCENT_WORDS = {"%": "percent", "percent": "percent", "pct": "percent"}
POINT_UNITS = {"percentage": "percentage points", "basis": "basis points"}
TIME_UNITS = {
    "second": "seconds", "seconds": "seconds", "minute": "minutes", "minutes": "minutes",
    "hour": "hours", "hours": "hours", "day": "days", "days": "days", "night": "nights",
    "nights": "nights", "week": "weeks", "weeks": "weeks", "month": "months",
    "months": "months", "year": "years", "years": "years", "decade": "decades",
    "decades": "decades", "century": "centuries", "centuries": "centuries",
}  # fmt: skip
MEASURE_UNITS = {
    "mile": "miles", "miles": "miles", "km": "km", "kilometer": "km", "kilometers": "km",
    "kilometre": "km", "kilometres": "km", "meter": "m", "meters": "m", "metre": "m",
    "metres": "m", "foot": "feet", "feet": "feet", "inch": "inches", "inches": "inches",
    "acre": "acres", "acres": "acres", "hectare": "hectares", "hectares": "hectares",
    "ton": "tons", "tons": "tons", "tonne": "tonnes", "tonnes": "tonnes", "kg": "kg",
    "kilogram": "kg", "kilograms": "kg", "pound": "pounds", "pounds": "pounds",
    "gallon": "gallons", "gallons": "gallons", "liter": "liters", "liters": "liters",
    "litre": "liters", "litres": "liters", "barrel": "barrels", "barrels": "barrels",
    "degree": "degrees", "degrees": "degrees", "mph": "mph", "kph": "km/h",
}  # fmt: skip
# Units seen only in compound modifiers: "a 7.8-magnitude earthquake", "a 200-page report".
COMPOUND_UNITS = {
    "magnitude": "magnitude", "page": "pages", "seat": "seats", "point": "points",
    "percent": "percent", "member": "members", "person": "people", "story": "stories",
}  # fmt: skip
# Unit abbreviations that may be glued to digits: "10km", "5kg".
GLUED_UNITS = frozenset({"km", "kg", "mph", "kph", "mm", "cm", "ft", "lb", "lbs", "gb", "mb"})
# "every month", "a year", "per capita" after a claim make it a rate.
RATE_MARKERS = frozenset({"every", "each", "per", "a", "an"})
RATE_ADVERBS = {
    "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
    "daily": "day", "nightly": "night", "hourly": "hour",
}  # fmt: skip
NOT_RATE_AFTER = frozenset({"ago", "later", "earlier", "after", "before", "from", "since", "or"})

MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
TIME_OF_DAY = frozenset("a.m. p.m. am pm gmt utc et est edt pst pdt cet bst o'clock o’clock".split())
# A year-like number after these is a date ("in 2006", "by 2030").
DATE_PREPOSITIONS = frozenset(
    "in since by until till from of during before after between through early late mid "
    "spring summer autumn fall winter".split()
)
# Before a number these make it a name or an identifier: "No. 5", "number 10".
IDENTIFIER_MARKERS = frozenset({"no", "nos", "number", "#", "no.", "nr", "page", "p", "pp"})
# "the two men", "those three": a reference back, not a claim (see numbers.py).
DEFINITE = frozenset({"the", "these", "those"})
# Before a bare scale word: "several hundred", "a few thousand".
VAGUE_PREFIXES = {"several": "several", "few": "a few"}
# Words before "one" that make it a pronoun: "no one", "the one", "which one".
ONE_PRONOUN_BEFORE = frozenset(
    "no any every each the this that which someone anyone everyone no-one little".split()
)
ONE_IDIOMS = frozenset("another hand point way thing side day time case instance".split())

# Attribution formulas: "two people familiar with the matter", "said three officials".
SOURCE_NOUNS = frozenset(
    "person people official officials source sources aide aides adviser advisers advisor "
    "advisors diplomat diplomats individual individuals insider insiders staffer staffers "
    "lawmaker lawmakers officer officers spokesperson spokesman spokeswoman "
    "representative representatives executive executives member members".split()
)
ATTRIBUTION_AFTER = frozenset(
    "familiar briefed close knowledgeable speaking who said say says told added according "
    "involved aware".split()
)
SPEECH_VERBS = frozenset(
    "said say says told tells added noted confirmed spoke speaking according asked".split()
)

# --- Closed classes ending a counted noun phrase (the tagger settles only participles:
# see numbers.counted_noun_phrase for why) ---
_PREPOSITIONS = """
    in on at over under since from to by with for of into onto across during after before
    between among against around through throughout toward towards per via within without
    near along about above below behind beyond despite until upon like than as ago later
    earlier apiece inside outside off out up down amid amongst past versus vs
"""
_CONJUNCTIONS = """
    and or but nor so yet while because if whether though although when where who whom whose
    which that what how why then unless once
"""
_AUXILIARIES = """
    is are was were be been being am has have had do does did will would shall should can
    could may might must according including
"""
# Verbs that end a noun phrase after its first word ("5 people died"), though some are
# nouns at its start ("three reports").
_VERBISH = """
    said say says told tell tells remain remains remained died die dies killed got get gets
    went go goes came come comes made make makes took take takes left leave fled flee flees
    stayed stay live lived signed sign joined join voted vote fell fall rose rise rising lost
    lose became become stood stand reported report own owns want need think thinks believe
    believes support oppose opposes work face remain seem seems appear appears hold
"""
_OTHERS = """
    the a an this these those each every all both some any no another such
    he she it they we you i me him her his its their our my your them us itself themselves
    not also still now only just even already again ever never too very more less most least
    ago old long apart away wide tall high deep further familiar aware involved respectively
    altogether total overall
"""
AUXILIARIES = frozenset(_AUXILIARIES.split())
VERBISH = frozenset(_VERBISH.split())
NP_STOP = frozenset(
    (_PREPOSITIONS + _CONJUNCTIONS + _AUXILIARIES + _OTHERS).split()
) | frozenset(SMALL) | frozenset(TENS) | frozenset(MULTIPLIERS) | frozenset(
    m.lower() for m in MONTHS
) | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Leading words that belong to the claim but not to what it counts: "five other regions".
NP_LEADING = frozenset({"other", "more", "additional", "extra", "further", "fewer"})
# Determiners allowed between a partitive "of" and its noun: "34 of those drones".
PARTITIVE_DETERMINERS = frozenset("the those these its their his her our your all".split())
PRONOUNS = frozenset("them us those these it which whom".split())
# Plurals without a final "s".
IRREGULAR_PLURALS = frozenset(
    "people men women children police feet teeth mice geese personnel staff cattle "
    "aircraft data media criteria yuan yen".split()
)
# Irregular plurals that are always the head, never a modifier ("police officers" but
# not "children lives").
PERSON_PLURALS = frozenset("people men women children".split())
NP_MAX_WORDS = 6
