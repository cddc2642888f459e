"""Guarantees of the named-entity recogniser, on the sample article and on texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.analysis.entities import (
    MERGE, NOT_ENTITY, RELABEL, RENAME, Correction, apply_corrections, find_entities,
)
from desktop.analysis.model import ORG, PERSON, PLACE
from desktop.analysis.tokens import sentences

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "trump-putin-call.txt"

# Short news-like paragraphs written for these tests (not from any corpus).
BRIEFS = """\
German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday. Scholz told reporters that Germany would not block the plan, and Macron said France agreed.
The Bank of England raised rates again, Governor Andrew Bailey said in London. Analysts at Goldman Sachs expect another increase in March.
Residents of Jackson, Mississippi, lack clean water. Sen. Roger Wicker (R-Miss.) asked the Environmental Protection Agency for help.
Meanwhile, Dr. Maria Gonzalez of the University of California said the outbreak in Brazil was slowing. Gonzalez presented the data in Geneva.
Officials at the U.N. Security Council voted on Friday. Secretary-General António Guterres welcomed the vote in New York.
"""


def _analyse(text: str):
    return find_entities(text, sentences(text))


def _labels(entities) -> dict[str, str]:
    return {e.canonical: e.label for e in entities}


@pytest.fixture(scope="module")
def sample():
    text = SAMPLE.read_text(encoding="utf-8")
    return text, _analyse(text)


def test_sample_article_finds_every_named_person(sample):
    _, entities = sample
    people = {e.canonical for e in entities if e.label == PERSON}
    expected = {
        "Donald Trump", "Vladimir Putin", "Volodymyr Zelensky", "Elon Musk", "Steven Cheung",
        "Dmitry Peskov", "Pavel Zarubin", "Biden", "Harris", "Mike Johnson", "Oksana Markarova",
        "Siobhán O’Grady", "Isabelle Khurshudyan", "Catherine Belton", "Aaron Schaffer",
    }  # fmt: skip
    assert expected <= people
    assert len(people - expected) == 0, people - expected


def test_sample_article_finds_organisations_and_places(sample):
    _, entities = sample
    labels = _labels(entities)
    for name in ("NBC", "State Department", "General Services Administration", "Kremlin",
                 "Defense Ministry", "Washington Post", "Rossiya"):  # fmt: skip
        assert labels.get(name) == ORG, name
    for name in ("Florida", "Ukraine", "Washington", "Europe", "Russia", "Moscow", "Kyiv",
                 "Pennsylvania", "Crimea", "Bryansk", "Kursk", "North Carolina", "Los Angeles",
                 "London", "Louisiana", "United States"):  # fmt: skip
        assert labels.get(name) == PLACE, name


def test_every_form_of_a_name_is_one_entity(sample):
    text, entities = sample
    (trump,) = [e for e in entities if e.canonical == "Donald Trump"]
    forms = {m.text for m in trump.mentions}
    assert forms == {"Donald Trump", "Trump"}
    # Attributive and bracketed uses are mentions too.
    starts = {m.start for m in trump.mentions}
    assert text.index("Trump transition team") in starts
    assert text.index("Trump]") in starts
    assert not [e for e in entities if e.canonical == "Trump"]


def test_titles_and_possessives_stay_outside_spans():
    entities = _analyse("Russia’s Defense Ministry said so. President-elect Jane Doe’s plan and House Speaker Mike Johnson's bill.")
    spans = {m.text: e.label for e in entities for m in e.mentions}
    assert spans == {
        "Russia": PLACE, "Defense Ministry": ORG, "Jane Doe": PERSON, "House": ORG,
        "Mike Johnson": PERSON,
    }  # fmt: skip


def test_a_title_inside_a_run_is_cut_and_a_known_name_before_it_kept():
    entities = _analyse(
        "European Commission President Ursula von der Leyen spoke. Foreign Secretary James Cleverly "
        "agreed. U.S. President Joe Biden did not."
    )
    spans = {m.text: e.label for e in entities for m in e.mentions}
    assert spans == {
        "European Commission": ORG, "Ursula von der Leyen": PERSON, "James Cleverly": PERSON,
        "U.S.": PLACE, "Joe Biden": PERSON,
    }  # fmt: skip


def test_given_names_that_are_also_places_start_personal_names():
    labels = _labels(_analyse("Paris Hilton visited Paris. Jordan Peterson spoke in Jordan."))
    assert labels == {"Paris Hilton": PERSON, "Paris": PLACE, "Jordan Peterson": PERSON, "Jordan": PLACE}


def test_title_case_headline_keeps_only_names_the_document_confirms():
    text = (
        "Ozturk Meets With Putin, Urges Restraint Over Ukraine\n\n"
        "Foreign Minister Selim Ozturk met Vladimir Putin on Friday in Moscow."
    )
    entities = _analyse(text)
    headline_end = text.index("\n")
    in_headline = sorted(m.text for e in entities for m in e.mentions if m.start < headline_end)
    assert in_headline == ["Ozturk", "Putin", "Ukraine"]
    assert _labels(entities)["Selim Ozturk"] == PERSON


def test_an_honorific_makes_a_lone_surname_a_person_everywhere():
    entities = _analyse("Mr. Kowalski, 54, told the board. Kowalski later apologized.")
    (person,) = entities
    assert (person.label, [m.text for m in person.mentions]) == (PERSON, ["Kowalski", "Kowalski"])


def test_an_all_capitals_dateline_is_a_known_place():
    entities = _analyse("WASHINGTON — Lawmakers met in Washington on Monday.")
    (place,) = entities
    assert (place.canonical, place.label, len(place.mentions)) == ("Washington", PLACE, 2)


def test_an_unknown_name_gets_one_label_throughout_the_document():
    contexts = ["visited", "left", "praised", "met", "called", "said that", "joined", "saw"]
    text = " ".join(f"Yesterday the delegation {verb} Quelvaro again." for verb in contexts)
    entities = _analyse(text)
    assert len(entities) <= 1
    if entities:
        assert len(entities[0].mentions) == len(contexts)


def test_surname_links_to_full_name_seen_later_in_the_document():
    entities = _analyse("Kowalczyk arrived late. Later that day Anna Kowalczyk told reporters she was sorry.")
    (person,) = entities
    assert person.canonical == "Anna Kowalczyk"
    assert [m.text for m in person.mentions] == ["Kowalczyk", "Anna Kowalczyk"]


def test_nationality_adjectives_weekdays_and_openers_are_not_entities():
    entities = _analyse(
        "Earlier Sunday, Russian and North Korean troops moved. Meanwhile, Ukrainian officials said "
        "nothing on Thursday in September. Officials added that News outlets were wrong. Tensions rose."
    )
    assert entities == ()


def test_hyphenated_party_and_state_yields_the_state():
    entities = _analyse("Sen. Roger Wicker (R-Miss.) and Rep. Ann Lee (D-California) disagreed.")
    # "Miss." is Mississippi here, as AP style abbreviates it, not a form of address
    assert _labels(entities) == {"Roger Wicker": PERSON, "Ann Lee": PERSON, "Miss": PLACE, "California": PLACE}


def test_names_listed_with_a_known_place_are_places():
    entities = _analyse("Drones hit the Moscow, Zvenigorsk and Lipetskaya regions overnight.")
    assert _labels(entities) == {"Moscow": PLACE, "Zvenigorsk": PLACE, "Lipetskaya": PLACE}


def test_cue_words_make_organisations_and_of_names_stay_whole():
    labels = _labels(_analyse(BRIEFS))
    assert labels["Bank of England"] == ORG
    assert labels["University of California"] == ORG
    assert labels["Environmental Protection Agency"] == ORG
    assert labels["Goldman Sachs"] == ORG
    assert labels["Mississippi"] == PLACE
    assert labels["Maria Gonzalez"] == PERSON
    assert labels["António Guterres"] == PERSON
    assert "March" not in labels and "Meanwhile" not in labels and "Friday" not in labels


@pytest.mark.parametrize("text_source", ["sample", "briefs"])
def test_mentions_match_text_never_overlap_and_are_ordered(sample, text_source):
    text, entities = sample if text_source == "sample" else (BRIEFS, _analyse(BRIEFS))
    mentions = sorted((m for e in entities for m in e.mentions), key=lambda m: m.start)
    assert mentions
    for m in mentions:
        assert text[m.start : m.end] == m.text
    for a, b in zip(mentions, mentions[1:]):
        assert a.end <= b.start
    for e in entities:
        assert [m.start for m in e.mentions] == sorted(m.start for m in e.mentions)
        assert {m.label for m in e.mentions} == {e.label}
    firsts = [e.mentions[0].start for e in entities]
    assert firsts == sorted(firsts)


_PIECES = [
    "Trump", "Donald", "’s", "President-elect", "R-Louisiana", "U.S.", "Sen.", "of", "the", "The",
    "Bank", "Ministry", "Moscow", "Kursk", "region", "said", ",", ".", "and", "—", "“", "[", "]",
    "O’Grady", "von", "der", "Leyen", "WASHINGTON", "Monday", "Meanwhile", "J.", "\n", "\n\n", "é",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.lists(st.sampled_from(["", " ", "  "])))
def test_any_text_gives_exact_ordered_non_overlapping_mentions(pieces, gaps):
    text = "".join(p + (gaps[k % len(gaps)] if gaps else " ") for k, p in enumerate(pieces))
    entities = _analyse(text)
    mentions = sorted((m for e in entities for m in e.mentions), key=lambda m: m.start)
    assert all(text[m.start : m.end] == m.text and m.text.strip() == m.text for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
    assert [e.mentions[0].start for e in entities] == sorted(e.mentions[0].start for e in entities)


def test_every_mention_is_linked_in_a_hundred_thousand_word_document(sample):
    # Speed on long documents is measured by `python -m desktop.bench`, not in a unit test.
    text, _ = sample
    big = "\n".join([text] * 84)
    entities = find_entities(big, sentences(big))
    (trump,) = [e for e in entities if e.canonical == "Donald Trump"]
    assert len(trump.mentions) == 84 * 30


# ---------------------------------------------------------------- reader corrections
_CORRECTABLE = "Anna Kowalczyk met Ivo Sands in Lisbon. Kowalczyk thanked Sands. They left Lisbon on Monday."


def _corrected(*corrections: Correction):
    return apply_corrections(_analyse(_CORRECTABLE), corrections)


def test_rename_and_relabel_keep_every_mention():
    entities = _corrected(
        Correction(RENAME, "Anna Kowalczyk", PERSON, new_canonical="Dr Anna Kowalczyk"),
        Correction(RELABEL, "Lisbon", PLACE, new_label=ORG),
    )
    by_name = {e.canonical: e for e in entities}
    assert [m.text for m in by_name["Dr Anna Kowalczyk"].mentions] == ["Anna Kowalczyk", "Kowalczyk"]
    lisbon = by_name["Lisbon"]
    assert lisbon.label == ORG and {m.label for m in lisbon.mentions} == {ORG}
    assert len(lisbon.mentions) == 2


def test_merge_moves_mentions_into_the_target_in_text_order():
    entities = _corrected(Correction(MERGE, "Ivo Sands", PERSON, "Anna Kowalczyk", PERSON))
    (person,) = [e for e in entities if e.label == PERSON]
    starts = [m.start for m in person.mentions]
    assert starts == sorted(starts) and len(starts) == 4
    assert person.canonical == "Anna Kowalczyk"


def test_not_an_entity_drops_an_entity_or_one_mention():
    first_lisbon = _CORRECTABLE.index("Lisbon")
    entities = _corrected(
        Correction(NOT_ENTITY, "Ivo Sands", PERSON),
        Correction(NOT_ENTITY, "Lisbon", PLACE, start=first_lisbon, end=first_lisbon + 6),
    )
    names = {e.canonical: e for e in entities}
    assert "Ivo Sands" not in names
    assert [m.start for m in names["Lisbon"].mentions] == [_CORRECTABLE.rindex("Lisbon")]


def test_renaming_onto_an_existing_name_merges_and_stale_corrections_are_skipped():
    base = _analyse(_CORRECTABLE)
    entities = apply_corrections(base, [
        Correction(RENAME, "Ivo Sands", PERSON, new_canonical="Anna Kowalczyk"),
        Correction(NOT_ENTITY, "Nobody Here", ORG),
    ])
    assert len([e for e in entities if e.label == PERSON]) == 1
    assert apply_corrections(base, [Correction(NOT_ENTITY, "Nobody Here", ORG)]) == base


# ---------------------------------------------------------------- rules added with the development texts
def test_match_results_make_clubs_of_city_names():
    labels = _labels(_analyse("Liverpool beat Everton 3-1 on Sunday. Later the Boston Celtics lost to the Miami Heat."))
    assert labels["Liverpool"] == ORG and labels["Everton"] == ORG and labels["Miami Heat"] == ORG
    assert _labels(_analyse("Voters in Liverpool won a recount.")) == {"Liverpool": PLACE}


def test_initials_start_personal_names_and_who_follows_a_person():
    labels = _labels(_analyse("The charity of J.K. Rowling grew. Coaches praised Erling Haaland, who scored."))
    assert labels["J.K. Rowling"] == PERSON and labels["Erling Haaland"] == PERSON


def test_a_short_form_of_an_organisation_joins_it():
    entities = _analyse("Firms including Acme Robotics and Bluefin Logistics Inc. moved. Acme declined to comment.")
    (acme,) = [e for e in entities if e.canonical == "Acme Robotics"]
    assert acme.label == ORG and [m.text for m in acme.mentions] == ["Acme Robotics", "Acme"]


def test_party_members_events_and_spelt_out_terms_are_not_entities():
    text = (
        "Democrats and Republicans argued. Fans watched the World Cup in Qatar. "
        "Compact lamps use light-emitting diodes (LED) instead. LED bulbs last longer."
    )
    assert _labels(_analyse(text)) == {"Qatar": PLACE}


def test_an_article_before_a_name_that_speaks_makes_an_organisation():
    labels = _labels(_analyse("Voters backed the plan, but the Bluegreens said it went too far."))
    assert labels == {"Bluegreens": ORG}


def test_multi_word_datelines_appositions_and_places_after_in():
    text = (
        "SAN FRANCISCO — Spain's weather agency, Aemet, warned again. "
        "Scientists at the Met Office in Exeter said it was hot."
    )
    labels = _labels(_analyse(text))
    assert labels == {
        "San Francisco": PLACE, "Spain": PLACE, "Aemet": ORG, "Met Office": ORG, "Exeter": PLACE,
    }  # fmt: skip


def test_teams_named_after_cities_and_sides_listed_with_a_club_are_organisations():
    text = (
        "The Denver Nuggets beat the Phoenix Suns 101-99 in Denver. "
        "Okoro scored twice for Wrexham, who lost to Barnsley and Preston 2-1 on aggregate."
    )
    labels = _labels(_analyse(text))
    assert labels["Denver Nuggets"] == ORG and labels["Phoenix Suns"] == ORG and labels["Denver"] == PLACE
    assert labels["Wrexham"] == ORG and labels["Barnsley"] == ORG and labels["Preston"] == ORG


def test_context_makes_organisations_of_unknown_names():
    text = (
        "The findings appeared in Lancetta, a journal. She studied at Corvell before joining the firm. "
        "Quillon, a Lyon-based maker of pumps, grew. Quillon's shares rose. "
        "Suppliers such as Brantor Foods and businesses, including Hollis Hardware, complained."
    )
    labels = _labels(_analyse(text))
    assert labels["Lancetta"] == ORG and labels["Corvell"] == ORG and labels["Quillon"] == ORG
    assert labels["Brantor Foods"] == ORG and labels["Hollis Hardware"] == ORG


def test_a_comma_alone_makes_no_list_but_a_known_place_after_it_does():
    labels = _labels(_analyse("Speaking in Kyiv, Zelensky thanked donors. The plane landed in Shannon, Ireland."))
    assert labels == {"Kyiv": PLACE, "Zelensky": PERSON, "Shannon": PLACE, "Ireland": PLACE}


def test_possessive_institutions_laws_and_the_pronoun_i():
    text = "I was treated at St. Mary's Hospital. Russia's Defense Ministry cited the Clean Air Act."
    labels = _labels(_analyse(text))
    assert labels == {"St. Mary's Hospital": PLACE, "Russia": PLACE, "Defense Ministry": ORG}


def test_listed_acronyms_keep_their_capitals():
    labels = _labels(_analyse("Historians of the USSR met in Vienna."))
    assert labels == {"Soviet Union": PLACE, "Vienna": PLACE}
