"""Numeric claims: what is recognised, what it means, and what is left out."""

import math
import random
from pathlib import Path

import pytest

from desktop.analysis.model import Sentence, Token
from desktop.analysis.number_links import AGREES, CONFLICTS, PART_OF, link_claims
from desktop.analysis.numbers import counted_noun_phrase, find_numeric_claims
from desktop.analysis.tokens import sentences, word_tokens

INF = math.inf
SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "trump-putin-call.txt"


def claims(text):
    return find_numeric_claims(text, sentences(text))


def only(text):
    found = claims(text)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


def spans(text):
    return [c.text for c in claims(text)]


# ------------------------------------------------------------------ the sample article


def test_sample_article_yields_exactly_the_ten_reviewed_claims():
    text = SAMPLE.read_text(encoding="utf-8")
    assert spans(text) == [
        "about 70 world leaders",
        "billions of dollars",
        "five other Russian regions",
        "one person",
        "three airports",
        "84 Ukrainian drones",
        "Thirty-four of those drones",
        "more than two years",
        "at least 10,000 North Korean troops",
        "another 2,000 years",
    ]


def test_sample_article_claims_carry_value_interval_qualifier_and_counted_thing():
    found = {c.text: c for c in claims(SAMPLE.read_text(encoding="utf-8"))}
    leaders = found["about 70 world leaders"]
    assert (leaders.value, leaders.low, leaders.high) == (70, 70, 70)
    assert (leaders.qualifier, leaders.counted) == ("about", "world leaders")
    money = found["billions of dollars"]
    assert (money.value, money.low, money.high) == (1e9, 1e9, INF)
    assert (money.counted, money.unit, money.rate, money.kind) == ("dollars", "USD", "month", "money")
    assert money.approximate
    assert found["Thirty-four of those drones"].counted == "drones"
    assert found["Thirty-four of those drones"].value == 34
    assert found["84 Ukrainian drones"].counted == "Ukrainian drones"
    years = found["more than two years"]
    assert (years.low, years.high, years.qualifier, years.unit) == (2, INF, "more than", "years")
    troops = found["at least 10,000 North Korean troops"]
    assert (troops.low, troops.high, troops.qualifier) == (10000, INF, "at least")
    assert troops.counted == "North Korean troops"
    assert found["another 2,000 years"].value == 2000


def test_every_claim_span_is_the_text_at_its_offsets_sorted_and_disjoint():
    text = SAMPLE.read_text(encoding="utf-8") + "\n" + "\n".join(SENTENCES)
    found = claims(text)
    assert found
    for claim in found:
        assert text[claim.start : claim.end] == claim.text
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


def test_random_word_salad_never_breaks_the_span_interval_or_order_guarantees():
    rng = random.Random(4)
    vocab = (
        "a the of in to and or more than at least about $ € % percent per cent 10 3.5 1,000 "
        "2019 – - , . one two thirty-four hundred million billions half third quarter dozen "
        "people drones years every month said officials familiar who 45th STS-135 Boeing 747 "
        "September 9:30 a.m. between US$ 5bn 1.2m 20-30 two-thirds out several few tens 's "
        "those them 10-year old"
    ).split()
    for _ in range(300):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 25)))
        found = claims(text)
        for claim in found:
            assert text[claim.start : claim.end] == claim.text
            assert claim.low <= claim.value <= claim.high, (text, claim)
        assert all(a.end <= b.start for a, b in zip(found, found[1:])), text
        link_claims(found)


# ------------------------------------------------------------------ recognition and meaning

SENTENCES = [
    "The storm destroyed 10,000 homes and damaged 3.5 million acres of farmland.",
    "Russia spent 1.2m rubles on the program.",
    "Twenty-three soldiers died and a dozen more were wounded.",
    "Hundreds of protesters gathered in the square.",
    "The project will cost 10 to 20 billion dollars.",
]

# text, expected span, value, low, high, qualifier, unit, counted
MEANINGS = [
    ("The storm destroyed 10,000 homes.", "10,000 homes", 10000, 10000, 10000, "", "", "homes"),
    ("Output rose to 3.5 tons.", "3.5 tons", 3.5, 3.5, 3.5, "", "tons", "tons"),
    ("Russia spent 1.2m rubles on it.", "1.2m rubles", 1.2e6, 1.2e6, 1.2e6, "", "RUB", "rubles"),
    ("Twenty-three soldiers died.", "Twenty-three soldiers", 23, 23, 23, "", "", "soldiers"),
    ("Police arrested a dozen protesters.", "a dozen protesters", 12, 12, 12, "", "", "protesters"),
    ("Hundreds of protesters gathered.", "Hundreds of protesters", 100, 100, INF, "", "", "protesters"),
    ("It cost the country billions.", "billions", 1e9, 1e9, INF, "", "", ""),
    ("Tens of thousands of people fled.", "Tens of thousands of people", 1e4, 1e4, INF, "", "", "people"),
    ("It will cost 10 to 20 billion dollars.", "10 to 20 billion dollars", 1e10, 1e10, 2e10, "", "USD", "dollars"),
    ("It will cost 1,000 to 2 million dollars.", "1,000 to 2 million dollars", 1000, 1000, 2e6, "", "USD", "dollars"),
    ("Between 20 and 30 people were arrested.", "Between 20 and 30 people", 20, 20, 30, "between", "", "people"),
    ("Up to 20-30 airports closed.", "Up to 20-30 airports", 20, 0, 30, "up to", "", "airports"),
    ("Two or three drones were shot down.", "Two or three drones", 2, 2, 3, "", "", "drones"),
    ("Support grew 12% this year.", "12%", 12, 12, 12, "", "percent", ""),
    ("Support fell 4 percentage points.", "4 percentage points", 4, 4, 4, "", "percentage points", ""),
    ("Growth was 2.5 per cent.", "2.5 per cent", 2.5, 2.5, 2.5, "", "percent", ""),
    ("Nearly 40 percent of the budget went to defense.", "Nearly 40 percent of the budget", 40, 36, 40, "nearly", "percent", "budget"),
    ("The company earned $2.3 billion.", "$2.3 billion", 2.3e9, 2.3e9, 2.3e9, "", "USD", ""),
    ("The EU pledged €40 million.", "€40 million", 4e7, 4e7, 4e7, "", "EUR", ""),
    ("Each ticket costs £5.", "£5", 5, 5, 5, "", "GBP", ""),
    ("Donors gave US$300.", "US$300", 300, 300, 300, "", "USD", ""),
    ("It raised between $5 million and $10 million.", "between $5 million and $10 million", 5e6, 5e6, 1e7, "between", "USD", ""),
    ("Two-thirds of voters approved.", "Two-thirds of voters", 2 / 3, 2 / 3, 2 / 3, "", "fraction", "voters"),
    ("Half of the remaining voters abstained.", "Half of the remaining voters", 0.5, 0.5, 0.5, "", "fraction", "remaining voters"),
    ("He won a quarter of the vote.", "a quarter of the vote", 0.25, 0.25, 0.25, "", "fraction", "vote"),
    ("One in five Americans owns a gun.", "One in five Americans", 0.2, 0.2, 0.2, "", "fraction", "Americans"),
    ("It raised half a million dollars.", "half a million dollars", 5e5, 5e5, 5e5, "", "USD", "dollars"),
    ("The war lasted two and a half years.", "two and a half years", 2.5, 2.5, 2.5, "", "years", "years"),
    ("A hundred and fifty people came.", "A hundred and fifty people", 150, 150, 150, "", "", "people"),
    ("At least 10,000 troops arrived.", "At least 10,000 troops", 1e4, 1e4, INF, "at least", "", "troops"),
    ("More than 1,500 flights were canceled.", "More than 1,500 flights", 1500, 1500, INF, "more than", "", "flights"),
    ("Over 300 homes burned.", "Over 300 homes", 300, 300, INF, "over", "", "homes"),
    ("Almost 90 ships sank.", "Almost 90 ships", 90, 81, 90, "almost", "", "ships"),
    ("Roughly 600 people attended.", "Roughly 600 people", 600, 600, 600, "roughly", "", "people"),
    ("Around 50 buses left.", "Around 50 buses", 50, 50, 50, "around", "", "buses"),
    ("Up to 15,000 troops could be deployed.", "Up to 15,000 troops", 15000, 0, 15000, "up to", "", "troops"),
    ("Fewer than 200 soldiers have arrived.", "Fewer than 200 soldiers", 200, 0, 200, "fewer than", "", "soldiers"),
    ("Less than a third of the funds arrived.", "Less than a third of the funds", 1 / 3, 0, 1 / 3, "less than", "fraction", "funds"),
    ("Some 70 countries signed.", "Some 70 countries", 70, 70, 70, "some", "", "countries"),
    ("An estimated 2 million people marched.", "An estimated 2 million people", 2e6, 2e6, 2e6, "an estimated", "", "people"),
    ("Ten or more buses were damaged.", "Ten or more buses", 10, 10, INF, "or more", "", "buses"),
    ("Several hundred soldiers remain.", "Several hundred soldiers", 200, 200, INF, "several", "", "soldiers"),
    ("A few thousand civilians remain.", "A few thousand civilians", 2000, 2000, INF, "a few", "", "civilians"),
    ("Thirty-four of those drones were shot down.", "Thirty-four of those drones", 34, 34, 34, "", "", "drones"),
    ("The Pentagon announced a $425 million package.", "$425 million", 4.25e8, 4.25e8, 4.25e8, "", "USD", ""),
    ("Donors in Sydney gave A$300.", "A$300", 300, 300, 300, "", "AUD", ""),
    ("Thousands marched in Tbilisi.", "Thousands", 1000, 1000, INF, "", "", ""),
    ("Israel struck more than 150 targets.", "more than 150 targets", 150, 150, INF, "more than", "", "targets"),
    ("The vessel is 300 meters long.", "300 meters", 300, 300, 300, "", "m", "meters"),
    ("Nearly 6 in 10 Republicans agreed.", "Nearly 6 in 10 Republicans", 0.6, 0.54, 0.6, "nearly", "fraction", "Republicans"),
    ("Joblessness among 18- to 34-year-olds rose.", "18- to 34-year-olds", 18, 18, 34, "", "years old", ""),
    ("The two leaders met twice.", "twice", 2, 2, 2, "", "times", ""),
    ("He cut the budget by half.", "half", 0.5, 0.5, 0.5, "", "fraction", ""),
    ("Shares fell by a third.", "a third", 1 / 3, 1 / 3, 1 / 3, "", "fraction", ""),
    ("A 1 million-strong army marched.", "1 million-strong army", 1e6, 1e6, 1e6, "", "", "army"),
    ("Moscow attacked five other Russian regions.", "five other Russian regions", 5, 5, 5, "", "", "Russian regions"),
]


@pytest.mark.parametrize(
    "text, span, value, low, high, qualifier, unit, counted",
    MEANINGS,
    ids=[m[1] for m in MEANINGS],
)
def test_claim_is_read_with_its_value_interval_qualifier_unit_and_counted_thing(
    text, span, value, low, high, qualifier, unit, counted
):
    claim = only(text)
    assert claim.text == span
    assert claim.value == pytest.approx(value)
    assert (claim.low, claim.high) == (pytest.approx(low), pytest.approx(high))
    assert (claim.qualifier, claim.unit, claim.counted) == (qualifier, unit, counted)


@pytest.mark.parametrize(
    "text, unit, rate",
    [
        ("Ukraine needs billions of dollars every month.", "USD", "month"),
        ("Income was €30,000 per year.", "EUR", "year"),
        ("The bill would raise $50bn annually.", "USD", "year"),
        ("Russia fires 40 drones a night at Kyiv.", "", "night"),
        ("Kyiv needs $5 billion in economic and military support every month.", "USD", "month"),
        ("Workers spend 4.5 months a year abroad.", "months", "year"),
        ("Income reached $12,000 per capita.", "USD", "capita"),
    ],
)
def test_rate_after_a_claim_is_its_own_field_beside_the_unit(text, unit, rate):
    claim = only(text)
    assert (claim.unit, claim.rate) == (unit, rate)


@pytest.mark.parametrize(
    "text",
    ["Prices rose 12% from a year earlier.", "It took 40 meetings in a year.", "It lost 5% a year ago."],
)
def test_time_phrase_that_is_not_a_rate_is_not_a_rate(text):
    assert only(text).rate == ""


def test_over_before_a_period_means_during_not_more_than():
    claim = only("The shuttle flew over 30 years.")
    assert (claim.text, claim.qualifier, claim.high) == ("30 years", "", 30)


def test_qualifier_of_a_claim_never_reaches_back_into_the_previous_claim():
    assert spans("They sent 10 or more than 20 people.") == ["10 or more", "20 people"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police arrested 12 in 2023.", ["12"]),
        ("Doctors treated 20 in 24 hours.", ["20", "24 hours"]),
    ],
)
def test_in_before_a_year_or_a_period_is_not_a_ratio(text, expected):
    assert spans(text) == expected


def test_from_x_to_y_is_a_change_so_it_stays_two_claims():
    assert spans("Prices rose from 10% to 15% last year.") == ["10%", "15%"]


def test_approximate_qualifiers_and_vague_plurals_are_flagged_approximate():
    assert only("About 70 leaders called.").approximate
    assert only("Nearly 70 leaders called.").approximate
    assert only("Hundreds of people called.").approximate
    assert not only("At least 70 leaders called.").approximate
    assert not only("Exactly 70 leaders called.").approximate
    assert not only("Between 20 and 30 people called.").approximate


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Police arrested 12 protesters.", "count"),
        ("The company earned $2.3 billion.", "money"),
        ("Ukraine needs billions of dollars every month.", "money"),
        ("Support grew 12% this year.", "percent"),
        ("Support fell 4 percentage points.", "percent"),
        ("Two-thirds of voters approved.", "fraction"),
        ("One in five Americans owns a gun.", "fraction"),
        ("The war lasted more than two years.", "duration"),
        ("The vessel is 300 meters long.", "measure"),
        ("A 7.8-magnitude earthquake struck.", "measure"),
        ("Hundreds of protesters gathered.", "vague"),
        ("It costs about 20 cents more.", "money"),
    ],
)
def test_each_claim_has_a_kind(text, kind):
    assert only(text).kind == kind


def test_claim_knows_where_its_counted_phrase_and_its_sentence_are():
    text = "Rain fell. Rescuers pulled 17 injured miners from the shaft."
    claim = only(text)
    assert text[claim.counted_start : claim.counted_end] == claim.counted == "injured miners"
    assert text[claim.sentence_start : claim.sentence_end] == "Rescuers pulled 17 injured miners from the shaft."


# ------------------------------------------------------------------ what is not a claim


@pytest.mark.parametrize(
    "text",
    [
        "The talks began in 2006 and ended in September.",
        "Turnout in the 2020 election was high.",
        "Prices soared in the 1990s.",
        "Inflation was high in 2019–2021.",
        "The meeting starts at 9:30 on Thursday.",
        "They met at 10 a.m. on September 5.",
        "The vote is on 5 September.",
        "He is the 45th and 47th President.",
        "She won a first term and then a second term.",
        "The launch of STS-135 ended the program.",
        "A Boeing 747 carried the shuttle.",
        "Covid-19 spread and F-16 jets arrived.",
        "Under Article 5 of the treaty, allies must respond.",
        "He lives at No. 10 and works in Room 204.",
        "They offer 24/7 service on the 737-MAX.",
        "They celebrated a 3-2 win.",
        "The bill passed the Senate 51 to 49.",
        "Two people familiar with the matter described the call.",
        "Three officials said the plan was approved.",
        "According to two officials, the plan was approved.",
        "The plan was approved, said four people briefed on it.",
        "One of the people said the call went well.",
        "Rates are too high, one member of the committee said.",
        "One former U.S. official who was familiar with the call said it was cordial.",
        "No one knows, and one of them was silent.",
        "They love one another.",
        "In one case, the judge agreed.",
        "Once the talks ended, it happened at once.",
        "He was one of the most powerful men.",
        "The two men discussed peace.",
        "Those three countries signed.",
        "Several people familiar with the talks spoke.",
        "At least he talks about peace.",
        "Classes for six-year-olds start in May.",
        "A one-day strike shut the port.",
        "Flight 214 landed safely.",
    ],
)
def test_dates_times_ordinals_identifiers_attributions_and_pronouns_are_not_claims(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    "text, span, value, unit",
    [
        ("A 7.8-magnitude earthquake struck.", "7.8-magnitude", 7.8, "magnitude"),
        ("A 45-year-old man was hurt.", "45-year-old", 45, "years old"),
        ("The bank made a quarter-point cut.", "a quarter-point", 0.25, "points"),
        ("They agreed a three-year plan.", "three-year", 3, "years"),
        ("The 25-mile stretch was closed.", "25-mile", 25, "miles"),
    ],
)
def test_number_in_a_compound_modifier_is_a_measure_without_a_counted_noun(text, span, value, unit):
    claim = only(text)
    assert (claim.text, claim.value, claim.unit, claim.counted) == (span, value, unit, "")


@pytest.mark.parametrize(
    "text, span, counted",
    [
        ("Eight of the 10 largest cities saw declines.", "Eight of the 10 largest cities", "largest cities"),
        ("Two of the world's largest economies shrank.", "Two of the world's largest economies", "world's largest economies"),
        ("Voters in 12 of the state's 67 counties waited.", "12", ""),
        ("He won 304 electoral votes.", "304 electoral votes", "electoral votes"),
        ("One in five Americans owns a gun.", "One in five Americans", "Americans"),
        ("Some 1 in 4 children lives in poverty.", "Some 1 in 4 children", "children"),
        ("The force has 300 police officers.", "300 police officers", "police officers"),
    ],
)
def test_partitives_possessives_and_plural_heads_bound_the_counted_phrase(text, span, counted):
    assert (found := claims(text))
    assert (found[0].text, found[0].counted) == (span, counted)


@pytest.mark.parametrize(
    "text, span, unit",
    [
        ("The Fed raised rates by a quarter of a percentage point.", "a quarter of a percentage point", "percentage points"),
        ("The Fed raised rates by a quarter percentage point.", "a quarter percentage point", "percentage points"),
        ("The Fed raised rates by a quarter point.", "a quarter point", ""),
    ],
)
def test_fraction_of_a_point_is_a_quarter_point_not_a_share(text, span, unit):
    claim = only(text)
    assert (claim.text, claim.value, claim.unit) == (span, 0.25, unit)


@pytest.mark.parametrize(
    "text, span",
    [("John Smith, 45, said he was tired.", "45"), ("Mary Okafor (71) has lived there for decades.", "71")],
)
def test_age_in_apposition_to_a_name_is_a_measure_in_years(text, span):
    claim = only(text)
    assert (claim.text, claim.unit, claim.kind) == (span, "years old", "measure")


def test_digits_after_the_are_kept_because_they_restate_a_figure():
    assert spans("The 10,000 troops arrived.") == ["10,000 troops"]


def test_year_sized_number_counting_a_plural_is_a_count():
    assert spans("The firm hired 2000 workers.") == ["2000 workers"]


@pytest.mark.parametrize(
    "text, span",
    [
        ("The attack injured one person, officials said.", "one person"),
        ("Officials said 12 people died in the attack.", "12 people"),
        ("The raid killed two officials who were meeting there.", "two officials"),
        ("The blast killed two people with guns, police said.", "two people"),
    ],
)
def test_people_counted_outside_an_attribution_formula_are_claims(text, span):
    assert spans(text) == [span]


# ------------------------------------------------------------------ the noun-phrase stand-in


@pytest.mark.parametrize(
    "words, expected",
    [
        ("84 Ukrainian drones over the region", "Ukrainian drones"),
        ("5 people died yesterday", "people"),
        ("two people familiar with it", "people"),
        ("three injured soldiers were flown out", "injured soldiers"),
        ("1 Russian soldier was captured", "Russian soldier"),
        ("2 years ago", "years"),
        ("3 of", ""),
    ],
)
def test_counted_noun_phrase_stops_at_closed_class_words_verbs_and_the_plural_head(words, expected):
    tokens = word_tokens(words)
    first, end = counted_noun_phrase(tokens, 1, plural=tokens[0].text != "1")
    counted = words[tokens[first].start : tokens[end - 1].end] if end > first else ""
    assert counted == expected


# ------------------------------------------------------------------ speed


def repeated(text, times):
    """``text`` joined ``times`` with its sentences shifted, sparing the tokeniser's time."""
    base = sentences(text)
    step = len(text) + 1
    shifted = [
        Sentence(
            s.start + k * step,
            s.end + k * step,
            s.text,
            s.paragraph,
            tuple(Token(t.text, t.start + k * step, t.end + k * step) for t in s.tokens),
        )
        for k in range(times)
        for s in base
    ]
    return "\n".join([text] * times), shifted


def test_every_copy_of_the_claims_is_found_in_a_hundred_thousand_words():
    # Speed and its growth with length are measured by `python -m desktop.bench`, not here.
    text = SAMPLE.read_text(encoding="utf-8")
    big, big_sentences = repeated(text, 84)
    assert len(big.split()) > 100_000
    assert len(find_numeric_claims(big, big_sentences)) == 84 * 10


# ------------------------------------------------------------------ links across the article


def links(text):
    return [(l.earlier.text, l.later.text, l.kind) for l in link_claims(claims(text))]


def test_partitive_count_is_linked_as_part_of_the_whole_it_refers_to():
    text = SAMPLE.read_text(encoding="utf-8")
    assert links(text) == [("84 Ukrainian drones", "Thirty-four of those drones", PART_OF)]
    assert link_claims(claims(text))[0].note == "34 of 84"


def test_same_counted_phrase_with_incompatible_values_is_a_conflict():
    text = "The blast killed 12 people. Later reports put it at 15 people. Police said 12 people died."
    assert links(text) == [
        ("12 people", "15 people", CONFLICTS),
        ("15 people", "12 people", CONFLICTS),
    ]


def test_compatible_values_agree_and_a_part_larger_than_its_whole_conflicts():
    text = "At least 30 homes burned. About 40 homes burned. Of those, 50 of the homes were new."
    assert links(text) == [
        ("At least 30 homes", "About 40 homes", AGREES),
        ("About 40 homes", "50 of the homes", CONFLICTS),
    ]


def test_durations_and_money_are_not_linked_even_with_the_same_unit():
    text = "The war lasted more than two years. The buildings could stand another 2,000 years."
    assert links(text) == []


def test_a_conflict_with_any_recent_claim_is_found_even_when_the_nearest_agrees():
    text = "Police counted 40 homes. Officials confirmed 40 homes. Neighbours counted 65 homes."
    assert links(text) == [("40 homes", "40 homes", AGREES), ("40 homes", "65 homes", CONFLICTS)]
    text = "Police counted 40 homes. Neighbours counted 65 homes. Officials confirmed 65 homes."
    assert [kind for _, _, kind in links(text)] == [CONFLICTS, CONFLICTS]


def test_a_hedged_value_agrees_with_a_nearby_exact_one_but_not_a_distant_one():
    assert links("About 70 world leaders called. In all, 72 world leaders called.") == [
        ("About 70 world leaders", "72 world leaders", AGREES)
    ]
    assert links("About 70 world leaders called. In all, 90 world leaders called.")[0][2] == CONFLICTS


def test_singular_and_plural_of_the_same_phrase_are_compared():
    assert links("Only 3 injured soldiers were flown out. Officials said 1 injured soldier was flown out.") == [
        ("Only 3 injured soldiers", "1 injured soldier", CONFLICTS)
    ]


def test_counts_added_to_an_earlier_one_are_not_compared_with_it():
    text = "Russia sent 10,000 troops. Later it sent another 2,000 troops and 500 more troops."
    assert links(text) == []


def test_different_counted_phrases_are_not_compared():
    assert links("The storm destroyed 40 wooden homes. It flooded 12 schools and 300 homes.") == []
