"""Context rules of the entity recogniser, each on a text written for the rule (not from any evaluation set)."""

from __future__ import annotations

import pytest

from desktop.analysis.entities import find_entities
from desktop.analysis.model import ORG, PERSON, PLACE
from desktop.analysis.tokens import sentences


def _labels(text: str) -> dict[str, str]:
    return {
        m.text: e.label
        for e in find_entities(text, sentences(text))
        for m in e.mentions
    }


def _spans(text: str) -> list[tuple[str, str]]:
    """(mention, label) in entity order, every mention kept."""
    return [
        (m.text, e.label)
        for e in find_entities(text, sentences(text))
        for m in e.mentions
    ]


def test_a_place_cited_as_an_author_is_that_person_but_not_after_a_preposition_of_place():
    text = (
        "Fronts matter more than warming (Lima et al., 2020). As Lima argued, twelve summers are few. "
        "The team later flew to Lima and met protesters in Paris (2019)."
    )
    assert _spans(text) == [("Lima", PERSON), ("Lima", PERSON), ("Lima", PLACE), ("Paris", PLACE)]


def test_in_sports_reporting_a_city_that_plays_is_a_club_but_stays_a_place_after_in():
    text = (
        "Halden scored 31 points as Tacoma beat Fresno 98-91 in the league opener. "
        "The coach said the season had started well. Fresno manager Ola Brandt was unhappy. "
        "Brandt grew up in Tacoma, where the team plays its home games."
    )
    labels = _labels(text)
    assert labels["Fresno"] == ORG
    assert labels["Ola Brandt"] == PERSON and labels["Brandt"] == PERSON
    spans = [
        (m.text, m.start, e.label)
        for e in find_entities(text, sentences(text))
        for m in e.mentions
    ]
    assert [label for name, _, label in spans if name == "Tacoma"] == [ORG, PLACE]


def test_a_question_label_or_dateline_opens_the_sentence_like_its_first_word():
    labels = _labels(
        "Q: What did you listen to? A: Honestly, whatever was on. OSLO — Stocks fell sharply."
    )
    assert "Honestly" not in labels and "Stocks" not in labels


def test_a_name_that_fills_a_whole_quotation_is_a_title_not_a_place():
    labels = _labels('Her single "Tallahassee" was played on the radio in Leeds.')
    assert "Tallahassee" not in labels and labels["Leeds"] == PLACE


def test_diseases_named_after_people_are_not_people():
    labels = _labels(
        "The drug slowed Alzheimer's disease, said Dr. Ana Ruiz of Stanford University."
    )
    assert "Alzheimer" not in labels and labels["Ana Ruiz"] == PERSON


def test_listed_agencies_with_small_words_inside_are_found_whole():
    labels = _labels(
        "The Centers for Disease Control and Prevention reported 40 cases."
    )
    assert labels == {"Centers for Disease Control and Prevention": ORG}


def test_a_surname_that_is_also_a_place_names_the_person_unless_a_preposition_makes_it_a_place():
    text = "Coach Denise Washington met parents. Washington said the plan works. She moved to Washington in May."
    spans = _spans(text)
    assert (
        spans.count(("Washington", PERSON)) == 1
        and spans.count(("Washington", PLACE)) == 1
    )


def test_a_cue_on_one_mention_labels_every_mention_of_the_name():
    text = "Quorlin hired 40 engineers. Quorlin, a two-year-old startup, said demand grew. Analysts like Quorlin."
    assert _spans(text) == [("Quorlin", ORG)] * 3


def test_the_head_word_of_an_organisation_named_earlier_is_that_organisation():
    text = "The European Commission opened an inquiry. The Commission said it would report in May."
    entities = find_entities(text, sentences(text))
    assert [(e.label, [m.text for m in e.mentions]) for e in entities] == [
        (ORG, ["European Commission", "Commission"])
    ]


def test_a_lone_head_word_with_no_full_name_before_it_is_no_name():
    assert _labels("The Commission said it would report in May.") == {}


def test_numbered_roads_and_streets_are_places():
    labels = _labels(
        "Police closed Route 9 and Interstate 89 near South 56th Street on Friday."
    )
    assert labels == {
        "Route 9": PLACE,
        "Interstate 89": PLACE,
        "South 56th Street": PLACE,
    }


def test_acronyms_of_things_are_not_organisations():
    assert _labels("She fled in a borrowed SUV while GDP fell and NASA watched.") == {
        "NASA": ORG
    }


def test_an_acronym_in_brackets_shares_the_fate_of_its_spelling_out():
    text = (
        "The Northern Farming Research Association (NFRA) tested Slow Release Pellet (SRP) feed. "
        "Each pellet was weighed, and NFRA said SRP feed cut waste. Students of the second language (L2) "
        "classes read the Quillan Accord (QA) in school."
    )
    assert _labels(text) == {
        "Northern Farming Research Association": ORG,
        "NFRA": ORG,
    }


def test_in_scholarly_writing_an_unexplained_acronym_is_a_term_but_not_in_news():
    study = (
        "Children read the sentences and gave SI interpretations [4]. Earlier work (Halvorsen, 2009) "
        "tested SI in adults, and Tarrant et al. (2015) found that SI develops late [7]."
    )
    news = "The NTSB asked the airline for its records on Tuesday."
    assert _labels(study) == {"Halvorsen": PERSON, "Tarrant": PERSON}
    assert _labels(news)["NTSB"] == ORG


def test_a_papers_section_headings_make_it_scholarly_without_citations():
    excerpt = (
        "4. Discussion.\nWe hypothesized that the older children would give adult-like SI readings.\n"
        "4.1. LIMITATIONS AND FUTURE DIRECTIONS.\nThe cross-linguistic study of SI needs more items.\n"
    )
    briefing = "Background\nThe NTSB asked the airline for its records on Tuesday.\n"
    assert _labels(excerpt) == {}
    assert _labels(briefing) == {"NTSB": ORG}


def test_faiths_festivals_languages_and_software_are_not_entities():
    text = (
        "Pilgrims in Mecca prepared for the Hajj, Islam's holiest rite, as Firefox and Internet Explorer "
        "users read the news in Hebrew."
    )
    assert _labels(text) == {"Mecca": PLACE}


def test_languages_of_the_world_are_not_entities():
    text = "Speakers in Ibadan switch between Yoruba and Hausa, as Lao speakers in Vientiane do with Thai."
    assert _labels(text) == {"Ibadan": PLACE, "Vientiane": PLACE}


def test_in_scholarly_writing_a_phrase_of_english_words_only_the_tagger_names_is_a_term():
    study = (
        "Coaches completed the Sport Studies module (Arvidsson, 2019), and the Household Energy Survey "
        "followed [3]. Data came from the Institute of Marine Research (Berge et al., 2021)."
    )
    assert _labels(study) == {"Arvidsson": PERSON, "Berge": PERSON, "Institute of Marine Research": ORG}


def test_a_name_only_the_tagger_labels_after_a_persons_possessive_is_a_work():
    text = "Readers loved Maria Velasquez's Hollow Orchard, and critics praised Tomas Berg's Winter Lamps."
    assert _labels(text) == {"Maria Velasquez": PERSON, "Tomas Berg": PERSON}


def test_a_name_made_like_an_abstract_noun_is_no_guessed_entity():
    text = (
        "Jafari said she felt Mohamed had been subject to Islamophobia. "
        "Chapter two covers New Institutional Economics, Property Rights, and Credibility."
    )
    assert _labels(text) == {"Jafari": PERSON, "Mohamed": PERSON}


def test_rules_for_scholarly_and_technical_text_leave_ordinary_news_alone():
    """Sentences a reviewer built to break this session's rules; each kept its old reading."""
    cases = {
        "After his divorce from Jerry Hall, the singer moved. Hall said nothing.": {"Jerry Hall": PERSON, "Hall": PERSON},
        "Michael C. Hall spoke at the Royal Albert Hall.": {"Michael C. Hall": PERSON, "Royal Albert Hall": PLACE},
        "Joe Biden campaigned in Atlanta. For Biden, Georgia is a must-win state.": {"Biden": PERSON},
        "After meeting Maria Lopez, Mexico announced new rules.": {"Maria Lopez": PERSON, "Mexico": PLACE},
        "Shares of Acme Corp. (ACME) rose. ACME said profits grew.": {"ACME": ORG},
        "The Centre for Clean Air Research (CREA) counted. The air was cleaner, CREA said.": {"CREA": ORG},
        "Priya Nair (IISc), said the data were sound.": {"Priya Nair": PERSON, "IISc": None},
        "Riders blamed SEPTA on Monday — again — for the delays.": {"SEPTA": ORG},
        "He fired a Smith & Wesson 1911, police said.": {"Smith": None, "Smith & Wesson": ORG},
        "On January 6th Capitol Police officers were hurt.": {"Capitol Police": ORG},
        "NBC4 and BBC1 aired it.": {"NBC4": ORG, "BBC1": ORG},
        "Kelvin Kiptum won. Kelvin said it was hard.": {"Kelvin": PERSON},
        "The Metropolitan Water District of Southern California raised rates.": {
            "Metropolitan Water District of Southern California": ORG
        },
        "The senator (McCain) voted no. McCain said so.": {"McCain": PERSON},
    }
    for text, expected in cases.items():
        labels = _labels(text)
        assert {name: labels.get(name) for name in expected} == expected, text


def test_a_sentence_opened_by_a_plural_for_a_kind_of_people_names_no_one():
    text = "Forecasters said the storm would weaken. Commuters faced delays in Leeds. Survivors told of the flood."
    assert _labels(text) == {"Leeds": PLACE}


def test_a_surname_made_like_a_plural_still_opens_a_sentence_once_the_person_is_named():
    text = "The report was written by Ann Peters. Peters said the data were clear."
    assert _spans(text) == [("Ann Peters", PERSON), ("Peters", PERSON)]


def test_a_named_animal_is_no_person():
    text = "Her dog Max was found two days later by a neighbour in Tralee."
    assert _labels(text) == {"Tralee": PLACE}


def test_named_days_and_scriptures_are_not_entities():
    text = "Queues formed for Black Friday deals in Dayton, and the preacher quoted the Bible and the Koran."
    assert _labels(text) == {"Dayton": PLACE}


def test_an_adjective_made_from_a_name_is_no_name():
    text = "Under Newtonian mechanics and Euclidean geometry, the Doppler effect is simple, said Ruth Okafor."
    assert _labels(text) == {"Ruth Okafor": PERSON}


def test_a_numbered_part_of_a_study_is_no_name():
    text = "In Study 1, Hypothesis 2 was supported, as Okafor (2019) predicted."
    assert _labels(text) == {"Okafor": PERSON}


def test_theories_models_and_frameworks_are_not_entities():
    text = "Under Relevance Theory and the Interactional Universals Hypothesis, preregistered on the Open Science "
    text += "Framework, a Generalized Linear Mixed Model fits, as Okafor (2020) argued."
    assert _labels(text) == {"Okafor": PERSON}


def test_an_event_or_data_set_keeps_its_of_part_and_names_nothing_inside_it():
    text = "The Treaty of Versailles ended the war; Brandt later used the Nijmegen Corpus of Casual Speech."
    assert _labels(text) == {"Brandt": PERSON}


def test_a_fossil_genus_named_alone_is_no_name():
    text = "Tyrannosaurus rex had small forelimbs; Carnotaurus had smaller ones, unlike Iguanodon, said Don Gordon."
    assert _labels(text) == {"Don Gordon": PERSON}


def test_tests_tasks_and_bowl_games_are_not_entities():
    text = "Pupils sat the Halvard Card Sorting Test before the Stroop Task, then watched the Super Bowl."
    assert _labels(text) == {}


def test_a_parent_called_dad_is_no_name_but_a_named_relative_is_a_person():
    text = "My Dad kept photos my aunt Funmi sent. We stayed with his uncle Tadeo, and their daughter Ilse played."
    assert _labels(text) == {"Funmi": PERSON, "Tadeo": PERSON, "Ilse": PERSON}


def test_where_someone_is_driven_or_goes_is_a_place():
    text = "Friends drove us to Aberporth, and next spring we are going to Skudenes."
    assert _labels(text) == {"Aberporth": PLACE, "Skudenes": PLACE}


def test_an_example_of_a_kind_of_place_is_a_place_and_a_bands_home_town_too():
    text = "Aid reached remote hamlets such as Qoyllur last. The music is by a band from Tregaron, and sites such as "
    text += "Gawker.com reposted it."
    labels = _labels(text)
    assert labels["Qoyllur"] == PLACE and labels["Tregaron"] == PLACE and labels.get("Gawker") != PLACE


def test_an_apposition_after_a_countrys_possessive_names_what_the_name_is():
    text = "An avalanche from Huascarán, Peru's highest mountain, buried the town, said Brightwell, Peru's largest "
    text += "maker of pumps."
    labels = _labels(text)
    assert labels["Huascarán"] == PLACE and labels["Brightwell"] == ORG


def test_given_names_from_outside_the_united_states_open_personal_names():
    text = "We interviewed game developer Rhys Bellamy, then Oluwaseun Adeyemi of Lagos. Aoife Byrne joined later, "
    text += "and so did Callum Dunnett."
    assert _labels(text) == {
        "Rhys Bellamy": PERSON, "Oluwaseun Adeyemi": PERSON, "Lagos": PLACE, "Aoife Byrne": PERSON,
        "Callum Dunnett": PERSON,
    }


def test_a_given_name_alone_before_a_verb_opens_a_sentence_as_a_person():
    text = "Okonjo: He says that every time. Carys has a bet on it. Olive growers in Jaén worried."
    assert _labels(text) == {"Carys": PERSON, "Jaén": PLACE}


def test_a_place_named_somewhere_stays_a_place_beside_bodies_named_after_it():
    text = (
        "Tarnwick City Council voted on Tuesday. The lanes run through central Tarnwick, and the Tarnwick "
        "Business Association objected. Tarnwick has grown fast."
    )
    assert [label for name, label in _spans(text) if name == "Tarnwick"] == [PLACE, PLACE]


def test_a_given_name_that_opens_place_names_too_names_a_person_before_a_surname():
    text = "Sierra Jones said hikers crossed the Sierra de Gredos, and Refugio Baca met them at the Refugio de Elola."
    labels = _labels(text)
    assert labels["Sierra Jones"] == PERSON and labels["Refugio Baca"] == PERSON
    assert labels["Sierra de Gredos"] == PLACE and labels["Refugio de Elola"] == PLACE


def test_where_someone_left_or_departed_from_is_a_place():
    text = "Helicopters left from Jauja at dawn, and the ferry departed from Vágur an hour later."
    assert _labels(text) == {"Jauja": PLACE, "Vágur": PLACE}


def test_a_papers_line_of_authors_names_people_though_it_is_capitalised_like_a_title():
    text = (
        "Grazing and Diet Breadth of Bumblebees\n\nMaría Ortega-Vidal¹, Thomas Brandt² and Aino Lehtola¹\n\n"
        "Abstract. We sampled 24 plots."
    )
    assert _labels(text) == {"María Ortega-Vidal": PERSON, "Thomas Brandt": PERSON, "Aino Lehtola": PERSON}


def test_a_line_of_authors_with_their_affiliations_in_brackets_names_people_and_their_universities():
    text = (
        "Reading the Judith Cycle Again\n\nKatharina Oberndorfer (Ludwig Maximilian University of Munich) and "
        "Pieter-Jan Verschaeren (KU Leuven)\n\n1. Introduction\n\nThe cycle hung in Munich."
    )
    labels = _labels(text)
    assert labels["Katharina Oberndorfer"] == PERSON and labels["Pieter-Jan Verschaeren"] == PERSON
    assert labels["KU Leuven"] == ORG


def test_which_means_after_a_name_glosses_a_word_and_makes_no_organisation():
    assert _labels("The lager is called Šedá, which means grey.").get("Šedá") != ORG


def test_names_inside_a_web_address_are_no_mentions():
    text = "Maria Rossi said the site became carbon neutral (http://www.wikihow.com/wikiHow:Carbon-Neutral) in Paris."
    assert _labels(text) == {"Maria Rossi": PERSON, "Paris": PLACE}


def test_a_listed_name_that_opens_in_lower_case_is_found():
    assert _labels("She sold the parts on eBay and met people from iFixit in Berlin.") == {
        "eBay": ORG, "iFixit": ORG, "Berlin": PLACE
    }


def test_a_transcripts_question_and_answer_marks_open_no_names():
    text = "Q. And before that you were in Luton?\nA. Not that I recall.\nQ. Could he swap?\nA. He could not."
    assert _labels(text) == {"Luton": PLACE}


def test_an_ocean_as_an_adjective_is_no_place_but_its_coast_names_it():
    spans = _spans("Baltic merchants entered the Atlantic economy, and ships reached the Atlantic coast.")
    assert spans == [("Atlantic", PLACE)]  # the coast's, not the economy's


def test_a_pen_name_speaking_in_a_transcript_a_nickname_and_forms_of_address():
    text = (
        "Wikinews: How did you start?\n\nLubra: By accident. He drove a steamroller, so people call him "
        '"Marreta".\n\nWikinews: And now?\n\nLubra: My Lords, my Lady, warming is fast (IPCC, 2021).'
    )
    labels = _labels(text)
    assert labels["Lubra"] == PERSON and labels["Marreta"] == PERSON and labels["IPCC"] == ORG
    assert "Lords" not in labels and "Lady" not in labels


def test_a_bench_listed_with_semicolons_names_its_judges():
    text = "Coram: The Chief Justice; Justice Anirban Sengupta; Justice T. R. Elangovan\n\nThe hearing began."
    labels = _labels(text)
    assert labels.get("Anirban Sengupta") == PERSON and labels.get("T. R. Elangovan") == PERSON


def test_a_method_named_after_its_author_is_no_name():
    text = "Breadth was the Shannon diversity of the genera, and overlap the pairwise Schoener index (Okafor 2019)."
    assert _labels(text) == {"Okafor": PERSON}


def test_a_citation_with_pages_after_its_year_marks_an_author():
    text = "Jayasuriya (2011: 84–97) complicated this, and the frontier stayed porous (Arendse 2003: 140; Dias 2009)."
    assert _labels(text) == {"Jayasuriya": PERSON, "Arendse": PERSON, "Dias": PERSON}


def test_a_journal_named_after_a_citation_is_an_organisation_but_a_field_site_a_place():
    text = "The pattern was reported by Fernández et al. (2022) in Ecological Entomology and by Lee (2018) in Nyanza."
    labels = _labels(text)
    assert labels["Ecological Entomology"] == ORG
    assert labels.get("Nyanza") != ORG


def test_a_place_that_opens_a_sentence_lends_its_label_to_a_list_only_if_the_list_is_of_places():
    assert _spans("In Paris, Macron and Scholz met.") == [("Paris", PLACE), ("Macron", PERSON), ("Scholz", PERSON)]
    assert _spans("In Tralee, Listowel and Kenmare, shops closed.") == [
        ("Tralee", PLACE), ("Listowel", PLACE), ("Kenmare", PLACE),
    ]


def test_a_list_that_goes_on_past_its_names_shares_one_label():
    text = "In London we met Devolver Digital, Raw Fury and a couple of smaller labels."
    assert _labels(text)["Raw Fury"] == ORG


def test_a_single_name_after_an_indefinite_article_is_a_thing():
    text = "Dana Ruiz was nominated for an Oscar and drove a Corvette, but an Exxon spokesman declined to comment."
    assert _labels(text) == {"Dana Ruiz": PERSON, "Exxon": ORG}


def test_races_and_diseases_named_alone_are_not_entities():
    text = "Ebola outbreaks strained hospitals in Kinshasa, and the Tour de France was cancelled."
    assert _labels(text) == {"Kinshasa": PLACE}


# A name, the words around it, and the label they give it.
LABELLED_BY_CONTEXT = [
    pytest.param(
        "Readers found the book on LibriVox. Later, Dana McGuire said she liked it.",
        {"LibriVox": ORG, "Dana McGuire": PERSON},
        id="camel_case_brands_are_organisations_but_mc_names_are_not",
    ),
    pytest.param(
        "Residents of Brenwick, a village of 900 people, objected. Farms in the districts of Tal Oren suffered.",
        {"Brenwick": PLACE, "Tal Oren": PLACE},
        id="a_place_noun_in_an_apposition_or_before_of_makes_a_place",
    ),
    pytest.param(
        "Quorvane said it would cut 300 jobs. Investors bought shares in Feltmark on Tuesday.",
        {"Quorvane": ORG, "Feltmark": ORG},
        id="a_company_is_one_that_says_it_or_has_shares_bought_in_it",
    ),
    pytest.param(
        "Thomas Castle of Susman Godfrey called it a win. Fans gathered at Grant Park on Sunday.",
        {"Thomas Castle": PERSON, "Grant Park": PLACE},
        id="a_given_name_before_a_place_word_is_a_person_unless_the_context_is_a_place",
    ),
    pytest.param(
        "Amna Osman fled to Rahad with her children. Residents of Um Rawaba said prices tripled.",
        {"Rahad": PLACE, "Um Rawaba": PLACE},
        id="places_by_movement_and_by_what_they_have",
    ),
    pytest.param(
        "New stations will open in Scarborough, Etobicoke, North York and the east end next year.",
        {"Etobicoke": PLACE, "North York": PLACE},
        id="three_names_in_a_comma_list_share_a_label",
    ),
    pytest.param(
        "Fresno has approved a new budget, the mayor said on Monday.",
        {"Fresno": PLACE},
        id="without_sports_words_a_city_before_a_verb_stays_a_place",
    ),
    pytest.param(
        "He is represented by Sullivan & Cromwell in the case.",
        {"Sullivan & Cromwell": ORG},
        id="firms_joined_by_an_ampersand_are_organisations",
    ),
    pytest.param(
        "The pattern was first described by Quilvane (1964) in a survey.",
        {"Quilvane": PERSON},
        id="an_author_followed_by_a_year_is_a_person",
    ),
    pytest.param(
        "Earlier work (Morvell & Tasker, 2011; Quent, Larrow, & Abbis 2015) and Dunmore et al. (2019) agree. "
        "Ostrander and Pell [4] did not. The design of Ostrander and Pell was small.",
        {
            "Morvell": PERSON, "Tasker": PERSON, "Quent": PERSON, "Larrow": PERSON, "Abbis": PERSON,
            "Dunmore": PERSON, "Ostrander": PERSON, "Pell": PERSON, "Morvell & Tasker": None,
        },
        id="co_authors_of_a_citation_are_people_not_a_firm",
    ),
    pytest.param(
        "The plan is fair, said Dr. Wendell Park of the clinic.",
        {"Wendell Park": PERSON},
        id="a_title_outranks_a_place_word_at_the_end_of_a_name",
    ),
    pytest.param(
        "Judge Shanlyn Park and President Park met at Queen Victoria Park.",
        {"Shanlyn Park": PERSON, "Park": PERSON, "Queen Victoria Park": PLACE},
        id="an_office_before_a_surname_like_park_makes_a_person_but_a_queen_names_a_park",
    ),
    pytest.param(
        "The Galileo spacecraft flew past Jupiter; the cruise ship Freewinds docked in Bonaire, "
        "and the NASA mission ended.",
        {"Galileo": None, "Freewinds": None, "Jupiter": PLACE, "Bonaire": PLACE, "NASA": ORG},
        id="a_craft_named_beside_its_noun_is_no_entity_but_a_listed_agency_and_a_planet_stay",
    ),
    pytest.param(
        "Priya Raman wrote the novel Hollow Crown before studying Linguistics and Philosophy in Leeds.",
        {"Priya Raman": PERSON, "Hollow Crown": None, "Linguistics": None, "Philosophy": None, "Leeds": PLACE},
        id="a_work_after_its_noun_and_an_academic_subject_are_no_entities",
    ),
    pytest.param(
        "Our design follows Carrano & Biewener [7]. As in Carrano and Biewener's birds, the tail was short.",
        {"Carrano": PERSON, "Biewener": PERSON},
        id="a_name_cited_as_an_author_stays_a_person_after_in",
    ),
    pytest.param(
        "Sweden defeated South Korea 1-0 in Nizhny Novgorod after a penalty, and the referee booked two players. "
        "Korea substituted Park Joo-ho before the goal, and their coach left the stadium early.",
        {"Sweden": ORG, "South Korea": ORG, "Korea": ORG, "Nizhny Novgorod": PLACE, "Park Joo-ho": PERSON},
        id="a_country_that_defeats_or_substitutes_is_a_team",
    ),
    pytest.param(
        "Moon Jae-in met Kim Jong-un in Panmunjom, and President Park Geun-hye's successor, Lee Myung-bak, "
        "was not there; Joe Biden-era rules stayed.",
        {
            "Moon Jae-in": PERSON, "Kim Jong-un": PERSON, "Park Geun-hye": PERSON, "Lee Myung-bak": PERSON,
            "Panmunjom": PLACE, "Joe Biden-era": None,
        },
        id="a_hyphenated_korean_given_name_stays_in_the_name",
    ),
    pytest.param(
        "Ana Lima of the Universidade Federal do Rio Grande do Sul joined the Partido Popular in Madrid. "
        "Why did Biden do Fox News on Monday?",
        {
            "Ana Lima": PERSON, "Universidade Federal do Rio Grande do Sul": ORG, "Partido Popular": ORG,
            "Madrid": PLACE, "Biden": PERSON, "Fox News": ORG,
        },
        id="a_foreign_organisation_word_first_names_an_organisation_and_english_do_joins_nothing",
    ),
    pytest.param(
        "Researchers at the Nansen Centre for Ocean Studies, Molde, Norway, and at the Lattice Lab, CNRS, "
        "France, studied the North Pacific and the South Atlantic.",
        {
            "Nansen Centre for Ocean Studies": ORG, "Molde": PLACE, "Lattice Lab": ORG, "CNRS": ORG,
            "North Pacific": PLACE, "South Atlantic": PLACE,
        },
        id="a_place_in_a_list_of_affiliations_keeps_its_own_cue_and_a_compass_word_widens_a_place",
    ),
    pytest.param(
        "She co-founded Allison & Busby in London. The Municipality of Lampedusa said the Regional "
        "Administrative Tribunal for Calabria would rule. Co-author Ewa Zielinska disagreed.",
        {
            "Allison & Busby": ORG, "Municipality of Lampedusa": ORG,
            "Regional Administrative Tribunal for Calabria": ORG, "Ewa Zielinska": PERSON,
        },
        id="an_ampersand_firm_a_municipality_and_a_tribunal_are_organisations",
    ),
    pytest.param(
        "The tanker left Ras Laffan; fans gathered at the Estadio Azteca near the Río Bravo, and a probe "
        "flew past Europa.",
        {"Ras Laffan": PLACE, "Estadio Azteca": PLACE, "Río Bravo": PLACE, "Europa": PLACE},
        id="foreign_place_words_first_name_places_and_moons_are_places",
    ),
    pytest.param(
        "The Department of Health and Human Services, the Ministry of the Interior and the European "
        "Organisation for the Exploitation of Meteorological Satellites met the Ministry of Defence and "
        "Lockheed Martin at Colorado State University of the US.",
        {
            "Department of Health and Human Services": ORG, "Ministry of the Interior": ORG,
            "European Organisation for the Exploitation of Meteorological Satellites": ORG,
            "Ministry of Defence": ORG, "Lockheed Martin": ORG, "Colorado State University": ORG, "US": PLACE,
        },
        id="an_organisation_name_runs_across_of_the_and_and_between_fields_but_not_into_a_place",
    ),
    pytest.param(
        "The Minister of Education wrote to Ana Ruiz, a professor of Planetary Science at Vandermeer, "
        "in a paper published in Science.",
        {"Education": None, "Planetary Science": None, "Ana Ruiz": PERSON, "Vandermeer": ORG, "Science": ORG},
        id="a_field_or_portfolio_is_no_name_but_the_place_one_works_at_and_a_journal_are",
    ),
    pytest.param(
        "Following Cheng & Vázquez-Moreno (2022), we reran it. Reporting by Jeon Hye-rin in Seoul; "
        "additional reporting by Samir al-Masri in Tripoli.",
        {
            "Cheng": PERSON, "Vázquez-Moreno": PERSON, "Cheng & Vázquez-Moreno": None, "Jeon Hye-rin": PERSON,
            "Samir al-Masri": PERSON, "Seoul": PLACE, "Tripoli": PLACE,
        },
        id="authors_before_a_bracketed_year_and_korean_and_arabic_names_are_people",
    ),
    pytest.param(
        "The press published Salt Road Hymns, a novel by Ana Ruiz, and said the charity ship, the Nordlicht, "
        "was held in Trapani. The speaker was Farrow, a novel thinker.",
        {"Salt Road Hymns": None, "Nordlicht": None, "Ana Ruiz": PERSON, "Trapani": PLACE, "Farrow": PERSON},
        id="a_work_or_vessel_in_apposition_is_no_entity_but_a_novel_thinker_is_a_person",
    ),
    pytest.param(
        "Sweden beat South Korea 1-0 at the stadium on Tuesday; the striker scored the only goal from a penalty "
        "after the coach changed the squad. Lindqvist won the Budweiser Man of the Match award, and fans who had "
        "travelled from Sweden stayed behind.",
        {"South Korea": ORG, "Budweiser": ORG, "Man": None, "Match": None},
        id="an_award_is_no_entity_but_its_sponsor_is_a_company",
    ),
    pytest.param(
        "Corresponding author: C. Nogueira. We met her in Lisbon, but the U.S would not fund it.",
        {"C. Nogueira": PERSON, "Lisbon": PLACE, "U.S": PLACE},
        id="an_initial_split_from_its_full_stop_still_opens_a_personal_name_but_us_without_its_stop_is_a_place",
    ),
    pytest.param(
        "Reporting by Felipe Moraes in Brasília and Samir al-Masri in Tripoli.",
        {"Felipe Moraes": PERSON, "Brasília": PLACE, "Samir al-Masri": PERSON, "Tripoli": PLACE},
        id="parallel_names_each_in_a_place_form_no_list_with_the_places",
    ),
    pytest.param(
        "Landings are reported by the Dirección Nacional de Recursos Acuáticos (DINARA), as surveys found "
        "[3], [5], [8]. DINARA said so; Priya Nair (IISc) agreed.",
        {"Dirección Nacional de Recursos Acuáticos": ORG, "DINARA": ORG, "Priya Nair": PERSON, "IISc": None},
        id="an_acronym_made_of_syllables_of_its_spelling_shares_its_fate",
    ),
    pytest.param(
        "Retrievals from the MetOp-B and NOAA-19 satellites and the Advanced Very High Resolution Radiometer "
        "were blended; I read her anthology Daughters of Africa, and the Brazil Current met the Malvinas "
        "Confluence off the port of Zuwara, as Sen. Roe (R-Calif.) said.",
        {
            "MetOp-B": None, "NOAA": None, "Advanced Very High Resolution Radiometer": None, "Africa": None,
            "Brazil Current": PLACE, "Malvinas Confluence": PLACE, "Zuwara": PLACE, "Roe": PERSON, "Calif": PLACE,
        },
        id="models_instruments_and_works_are_no_entities_but_currents_and_ports_are_places",
    ),
    pytest.param(
        "She spent her twenties fronting Velvet Ditch before she went solo.",
        {"Velvet Ditch": ORG},
        id="the_band_one_fronts_is_an_organisation",
    ),
    pytest.param(
        "In 2014 the band signed to Sub Pop and toured.",
        {"Sub Pop": ORG},
        id="the_label_a_band_signs_to_is_an_organisation",
    ),
    pytest.param(
        "In Carrano & Biewener's study, chickens ran. The load used by Carrano and Biewener was higher than in "
        "Carrano & Biewener [7]. Marks & Spencer's profits rose, as De Certeau’s (1984) theory predicts.",
        {
            "Carrano": PERSON, "Biewener": PERSON, "Carrano & Biewener": None, "Marks & Spencer": ORG,
            "De Certeau": PERSON,
        },
        id="two_cited_authors_joined_by_an_ampersand_are_people_everywhere_but_a_firm_stays_a_firm",
    ),
    pytest.param(
        "The Malaysia Tourism board and the Kenya Wildlife Service met.",
        {"Malaysia": PLACE, "Kenya Wildlife Service": ORG},
        id="a_place_before_a_field_is_the_place_alone_unless_a_cue_word_makes_an_organisation",
    ),
    pytest.param(
        "The headlines Editorial Manager Chet Clem wrote mention Google Chrome, the Nasdaq Composite and the "
        "Bohai sea.",
        {"Chet Clem": PERSON, "Google": ORG, "Nasdaq": None, "Bohai": PLACE},
        id="a_product_names_its_maker_but_an_index_does_not_and_an_english_adjective_opens_no_organisation",
    ),
    pytest.param(
        "Tails moved the centre of mass [3], [7], [9]. The posterior shift of the CoM. A revival of the Left "
        "tested the Constitution.",
        {"CoM": None, "Left": None, "Constitution": None},
        id="a_term_after_the_in_a_paper_a_political_side_and_a_constitution_are_no_organisations",
    ),
    pytest.param(
        "The judge would not dismiss Whitaker v. City of Brennan Falls. Investors, including the venture firm "
        "Atlantic Bridge, joined a vigil at St. Casimir Church on Hollis Avenue.",
        {
            "Whitaker": PERSON, "City of Brennan Falls": ORG, "Atlantic Bridge": ORG, "St. Casimir Church": PLACE,
            "Hollis Avenue": PLACE,
        },
        id="a_party_to_a_case_or_a_firm_named_like_a_place_is_a_body_and_on_before_a_street_ends_a_name",
    ),
    pytest.param(
        "Ana Ruiz of the Nordic Institute for Asia-Pacific Affairs said Partai Bintang Nusantara and the "
        "Asian Network for Free Elections disagreed. She spent a week at the Kilcoyne Okafor Clinic and left "
        "Kilcoyne Okafor on Friday.",
        {
            "Nordic Institute for Asia-Pacific Affairs": ORG, "Partai Bintang Nusantara": ORG,
            "Asian Network for Free Elections": ORG, "Kilcoyne Okafor Clinic": ORG, "Kilcoyne Okafor": ORG,
        },
        id="organisation_names_keep_hyphenated_places_and_foreign_party_words_and_lose_their_cue_word",
    ),
    pytest.param(
        "Microsoft asked users to stop using IE6 and move to a newer IE. At COP28 in Dubai, NBC4 and the G7 "
        "reported it.",
        {"Microsoft": ORG, "IE6": None, "IE": None, "COP28": None, "Dubai": PLACE, "NBC4": ORG, "G7": ORG},
        id="capitals_with_a_model_number_name_a_product_and_so_do_its_capitals_alone",
    ),
    pytest.param(
        "Try a demo of the VM (virtual microscope) before Waitangi Day, when Doris Day sings in Wellington.",
        {"VM": None, "Waitangi Day": None, "Doris Day": PERSON, "Wellington": PLACE},
        id="an_acronym_glossed_in_lower_case_and_a_holiday_are_no_names_but_a_person_called_day_is",
    ),
    pytest.param(
        "Fans of HBO’s drama wrote to the International Brotherhood of Magicians [3], [4], [7].",
        {"HBO": ORG, "International Brotherhood of Magicians": ORG},
        id="an_acronym_that_owns_something_is_a_body_even_in_a_paper_and_a_brotherhood_is_one",
    ),
    pytest.param(
        "Ministries move to Nusantara, the new capital under construction. Jonas, a curator there, and Sydney, "
        "our postdoc from Auckland, met neighbours from Eastgate near the North Pole.",
        {
            "Nusantara": PLACE, "Jonas": PERSON, "Sydney": PERSON, "Auckland": PLACE, "Eastgate": PLACE,
            "North Pole": PLACE,
        },
        id="what_a_phrase_in_apposition_calls_a_name_it_is_even_a_city_name_for_a_person",
    ),
    pytest.param(
        "On the appeal of the County of Larchmont, the court cited Brandvold v. Ostrow Holdings. Brandvold held "
        "that the agency erred; in Brandvold the applicant won. He works in the City of London and has visited "
        "the Republic of Korea.",
        {
            "County of Larchmont": ORG, "Brandvold": PERSON, "Ostrow Holdings": ORG, "City of London": PLACE,
            "Republic of Korea": PLACE,
        },
        id="a_town_by_its_formal_name_is_its_government_and_a_party_to_a_case_stays_a_person",
    ),
    pytest.param(
        "They met in St. Paul, near St. Casimir Church, where Jill St. John sang.",
        {"St. Paul": PLACE, "Paul": None, "St. Casimir Church": PLACE, "Jill St. John": PERSON},
        id="st_abbreviated_opens_a_place_not_a_saint",
    ),
    pytest.param(
        "The injured went to Hospital de Santa Maria, not down Hospital Road. A paper in the journal Current "
        "Biology cited Dundee Contemporary Arts, and Carnoustie Mutual, a building society, paid for the "
        "exhibition Salt and Linen.",
        {
            "Hospital de Santa Maria": ORG, "Hospital Road": PLACE, "Current Biology": ORG,
            "Dundee Contemporary Arts": ORG, "Carnoustie Mutual": ORG, "Salt": None, "Linen": None,
        },
        id="a_head_first_hospital_a_journal_an_arts_body_a_society_and_a_two_part_exhibition",
    ),
    pytest.param(
        "JUDGE OKAFOR: The appeal of the County of Larchmont. MR. FAIRWEATHER: Briefly. The County disagrees, "
        "and Counsel says so.",
        {"OKAFOR": PERSON, "County of Larchmont": ORG, "County": ORG, "Briefly": None, "Counsel": None},
        id="a_transcript_label_opens_a_sentence_and_the_county_refers_back_to_its_formal_name",
    ),
    pytest.param(
        "His latest book, Hegemony or Survival, sold well under a Creative Commons licence. Her new album, "
        "Clara Voss, is named after her grandmother. In the film, Smith, who plays a cop, shines.",
        {"Hegemony": None, "Survival": None, "Creative Commons": ORG, "Clara Voss": None, "Smith": PERSON},
        id="a_work_after_its_owners_noun_and_a_comma_is_no_entity_but_a_person_after_a_film_is",
    ),
    pytest.param(
        "Tails moved the centre of mass [3], [7], [9]; the change in CoM position was small. We compared Siwu, "
        "a Kwa language spoken in Ghana, with Lao.",
        {"CoM": None, "Siwu": None, "Ghana": PLACE},
        id="an_acronym_after_in_is_still_a_term_in_a_paper_and_a_language_in_apposition_is_no_name",
    ),
    pytest.param(
        "Matthew Ingram of The Globe and Mail saw him taken to the Century City Towers near the Masjid Al-Haram.",
        {"Matthew Ingram": PERSON, "Globe and Mail": ORG, "Century City Towers": PLACE, "Masjid Al-Haram": PLACE},
        id="a_listed_name_with_a_small_word_inside_a_run_and_towers_and_mosques_are_places",
    ),
    pytest.param(
        "Goldman Sachs analyst Jan Hatzius spoke on Jan. 20 at the Eccles Building, and April Ryan asked coach "
        "Erik ten Hag about April.",
        {
            "Jan Hatzius": PERSON, "Eccles Building": PLACE, "April Ryan": PERSON, "Erik ten Hag": PERSON,
            "April": None,
        },
        id="a_month_that_is_a_given_name_opens_a_name_and_dutch_ten_joins_one",
    ),
    pytest.param(
        "Sweden beat South Korea 1-0 after the coach changed the squad, and the striker scored from a penalty at "
        "the stadium. Beijing warned Manila over the South China Sea.",
        {"Sweden": ORG, "South Korea": ORG, "South China Sea": PLACE},
        id="in_sports_reporting_a_sea_is_never_a_club",
    ),
    pytest.param(
        "Perth came back from 15 points down to beat the Sydney Kings 94-88, keeping their league hopes alive. "
        "The Kings led early, and their coach said the guard who joined Perth played well. Perth now travel to "
        "Melbourne before hosting Adelaide, and Sydney Roberts, a fan, cheered.",
        {
            "Sydney Kings": ORG, "Kings": ORG, "Perth": ORG, "Melbourne": PLACE, "Adelaide": ORG,
            "Sydney Roberts": PERSON,
        },
        id="a_club_named_for_a_city_with_a_given_name_and_its_nickname_and_the_club_one_joins_or_hosts",
    ),
    pytest.param(
        "Theresa May resigned in May.",
        {"Theresa May": PERSON},
        id="a_month_in_a_sentence_does_not_make_a_headline_of_it",
    ),
    pytest.param(
        "Tidal Mixing and Coastal Upwelling in a Warming Ocean\nMarta Oyelaran\n"
        "Department of Oceanography, University of Cape Town\n2.1. Sediment Transport by Seasonal Winds\n"
        "Oyelaran measured the currents off Walvis Bay for the Benguela Survey.",
        {
            "Tidal Mixing": None, "Coastal Upwelling": None, "Warming Ocean": None, "Sediment Transport": None,
            "Seasonal Winds": None, "Department of Oceanography": ORG, "University of Cape Town": ORG,
            "Walvis Bay": PLACE,
        },
        id="a_title_on_its_own_line_names_nothing_but_an_affiliation_line_does",
    ),
    pytest.param(
        "Books she keeps by her bed:\nEliot, George. Middlemarch\nOrwell, George and Huxley, Julian. Essays\n"
        "Brandt, Maria, and Lind, J. R. (2020). Coastal Upwelling.\nParis, Texas. A road film.\n"
        "Okonjo-Baptiste, Adaeze, and Marco Paz. Tidal Voices: Songs of the Coast. Routledge, 2014.\n"
        "She reread Eliot twice.",
        {
            "Eliot, George": PERSON, "Middlemarch": None, "Orwell, George": PERSON, "Huxley, Julian": PERSON,
            "Brandt, Maria": PERSON, "Lind, J. R.": PERSON, "George": None, "Paris": PLACE, "Texas": PLACE,
            "Eliot": PERSON, "Okonjo-Baptiste, Adaeze": PERSON, "Marco Paz": PERSON, "Tidal Voices": None,
            "Routledge": ORG,
        },
        id="a_reading_list_names_people_surname_first_and_then_their_works_and_publishers",
    ),
    pytest.param(
        "Marine Sciences, University of Leeds, Leeds, United Kingdom. Samples came from Santander, Spain. "
        "We used the Soil Moisture and Ocean Salinity (SMOS) mission and the Computing Research Association (CRA) "
        "survey. Gaps in SMOS coverage remain, the CRA said.",
        {
            "University of Leeds": ORG, "Leeds": PLACE, "Santander": PLACE, "Soil Moisture": None,
            "Ocean Salinity": None, "SMOS": None, "Computing Research Association": ORG, "CRA": ORG,
        },
        id="an_affiliation_keeps_its_university_a_firm_named_town_before_its_country_is_a_place_and_a_mission_is_no_body",
    ),
    pytest.param(
        "The van broke down in Ballyfane on the first night. Last year the tour was Drumkeel, Ballyfane, "
        "Carrowkeen and Tullyvin, and it rained in all of them.",
        {"Drumkeel": PLACE, "Ballyfane": PLACE, "Carrowkeen": PLACE, "Tullyvin": PLACE},
        id="a_list_member_placed_elsewhere_makes_a_list_of_places",
    ),
    pytest.param(
        "Copepods such as Calanus helgolandicus moved north, and Escherichia coli counts rose. In Calanus the "
        "shift was fastest, said Marta Costa. Costa warns that Ruiz Silva agrees.",
        {"Calanus": None, "Escherichia": None, "Marta Costa": PERSON, "Costa": PERSON, "Ruiz Silva": PERSON},
        id="a_latin_genus_before_its_species_is_no_name_anywhere",
    ),
    pytest.param(
        "Inspector Marit Solberg returns to Skjærvik, where fans copy the dialect of Helgeland, and the "
        "roadshow went north of the Shannon.",
        {"Marit Solberg": PERSON, "Skjærvik": PLACE, "Helgeland": PLACE, "Shannon": PLACE},
        id="returning_to_a_name_its_dialect_and_north_of_it_make_a_place",
    ),
    pytest.param(
        "The levy moved from the KVT system to the LPX system in 2012. The NRBA confirmed the change, the QDSA "
        "union objected and the WTRF data showed a fall.",
        {"KVT": None, "LPX": None, "NRBA": ORG, "QDSA": ORG, "WTRF": ORG},
        id="an_unexplained_acronym_before_a_common_noun_is_a_term_but_not_before_a_verb_or_a_body_word",
    ),
    pytest.param(
        "The station's code is released under the Open Hearth Public License, its recordings under a Tidewater "
        "Commons licence, and Tidewater Trust pays the bills.",
        {"Open Hearth Public License": None, "Tidewater Commons": None, "Tidewater Trust": ORG},
        id="a_licence_is_no_name",
    ),
    pytest.param(
        "Counts came from the Tallinn Learner Corpus (TLC) and the Harrow Anxiety Inventory, both kept at "
        "Tallinn University. The TLC is small.",
        {"Tallinn Learner Corpus": None, "TLC": None, "Harrow Anxiety Inventory": None, "Tallinn University": ORG},
        id="a_corpus_or_an_inventory_is_a_dataset_not_a_body",
    ),
    pytest.param(
        "The lab handles returned samples such as Moon Rocks, and we talked with Dries Mertens and Bill Gates "
        "about it. The firm's instant-payout service, Flow, will launch in May, said Ana Ruiz.",
        {"Moon Rocks": None, "Dries Mertens": PERSON, "Bill Gates": PERSON, "Flow": None, "Ana Ruiz": PERSON},
        id="a_name_only_the_tagger_calls_a_person_ends_in_a_surname_or_a_foreign_word",
    ),
    pytest.param(
        "Holm's Prince Series sold for $2 million. Secretary Price and Judge Young praised the sale.",
        {"Series": None, "Prince Series": None, "Price": PERSON, "Young": PERSON, "Holm": PERSON},
        id="a_title_before_a_common_word_names_no_one_unless_it_is_a_surname",
    ),
    pytest.param(
        "Results on Sunday:\nNorway 2–1 Korea Republic\nPortugal 3–0 Paraguay\nThe fans flew home to Oslo.",
        {"Norway": ORG, "Korea Republic": ORG, "Portugal": ORG, "Paraguay": ORG, "Oslo": PLACE},
        id="a_side_next_to_a_score_in_a_result_line_is_a_team",
    ),
    pytest.param(
        "ORAL ARGUMENT\nRichmond, Virginia\nThe ambassador left. In Brussels, a spokesman for the bloc said the "
        "people of Bor would be heard. Six schools took part: Hollis Park Elementary, Jordan Hill Elementary and "
        "Lincoln Elementary.",
        {
            "Richmond": PLACE, "Virginia": PLACE, "Brussels": PLACE, "Bor": PLACE, "Hollis Park Elementary": ORG,
            "Jordan Hill Elementary": ORG, "Lincoln Elementary": ORG,
        },
        id="a_city_and_state_line_an_opening_place_and_schools_by_their_short_names",
    ),
    pytest.param(
        "The crew of the documentary Night Shift came from Tapir Films. Critics loved Night Shift, and the chair "
        "sold for DKK 4.6 million. We'll hear argument in Seagate Harbour versus Olsen.",
        {"Night Shift": None, "Tapir Films": ORG, "DKK": None, "Seagate Harbour": ORG, "Olsen": PERSON},
        id="a_work_is_no_name_in_any_mention_a_currency_code_neither_and_a_party_after_versus_is_a_body",
    ),
    pytest.param(
        "Fans compared it to the film Skarvik by Night. The crew later returned to Skarvik, where Galleri Nordlys "
        "and Maison Vérane opened shops.",
        {"Skarvik": PLACE, "Galleri Nordlys": ORG, "Maison Vérane": ORG},
        id="a_work_cut_short_leaves_its_first_word_free_and_foreign_galleries_and_houses_are_firms",
    ),
    pytest.param(
        "The hockey team lost 8-0 to Switzerland on Saturday, then won 2-1 against Chile. North Korea sent "
        "athletes to the Olympics.",
        {"Switzerland": ORG, "Chile": ORG, "North Korea": PLACE, "Olympics": None},
        id="the_side_one_lost_to_by_a_score_is_a_team_and_the_olympics_are_an_event",
    ),
    pytest.param(
        "Ice drifts down from the mouth of the Kuvra and gathers off Tolmarsk each winter.",
        {"Kuvra": PLACE, "Tolmarsk": PLACE},
        id="the_mouth_of_a_name_and_off_a_name_make_places",
    ),
    pytest.param(
        "Halvorsen Votes to Cap Overtime After Heated Debate\nHALVORSEN, N.D. — The Halvorsen City Council voted "
        "on Monday. Marta Lobo, a schoolteacher from Tomarsk, told the broadcaster KTVN.",
        {"HALVORSEN": PLACE, "N.D.": PLACE, "Halvorsen City Council": ORG, "Marta Lobo": PERSON, "Tomarsk": PLACE},
        id="a_name_ends_at_a_line_end_a_dateline_is_no_surname_first_name_and_a_speaker_from_a_town",
    ),
    pytest.param(
        "WASHINGTON, D.C.\nThe talks began on Monday.",
        {"WASHINGTON": PLACE, "D.C.": PLACE},
        id="a_dateline_line_of_city_and_state_is_no_surname_first_name",
    ),
    pytest.param(
        "Books on the shelf:\nAusten, Jane.\nEliot, George.\nHardy, Thomas. Jude the Obscure",
        {"Austen, Jane": PERSON, "Eliot, George": PERSON, "Hardy, Thomas": PERSON, "Jude": None},
        id="reading_list_entries_on_consecutive_lines_are_each_a_person",
    ),
    pytest.param(
        "Fighting between Malian government forces and Tuareg rebels spread, and Rohingya families fled to Cox's "
        "Bazar, Omani mediators said.",
        {"Malian": None, "Tuareg": None, "Rohingya": None, "Omani": None},
        id="more_nationality_and_people_words_are_groups_not_names",
    ),
    pytest.param(
        "The show was organized by Renata Okafor. We boarded the icebreaker Aurora at dawn.",
        {"Aurora": None, "Renata Okafor": PERSON},
        id="a_named_icebreaker_is_no_name",
    ),
    pytest.param(
        "The tower on Queen Street West was built by Marcus Feld Properties.",
        {"Queen Street West": PLACE, "Marcus Feld Properties": ORG},
        id="a_title_word_before_a_place_word_names_a_street_and_a_firm_keeps_its_head",
    ),
    pytest.param(
        "The rocket, made by Meridian Launch Systems of Long Beach, California, lifted off.",
        {"Meridian Launch Systems": ORG, "Long Beach": PLACE},
        id="a_firm_of_a_city_and_state_is_a_firm_and_a_place",
    ),
    pytest.param(
        "Tipoki scored for the Wellington side in the 30-27 win. Clinics open in Auckland, Wellington and Napier.",
        {"Auckland": PLACE, "Napier": PLACE},
        id="a_list_after_in_stays_a_list_of_places_in_sports_reporting",
    ),
    pytest.param(
        "He was freed on US$ 20,000 bail after Time Magazine and Orchard Weekly ran the story.",
        {"US": None, "Time Magazine": ORG, "Orchard Weekly": ORG},
        id="a_country_code_on_a_currency_sign_is_no_place_and_magazines_are_organisations",
    ),
    pytest.param(
        "Marchers crossed the square on Sunday, Image: Lena Ortiz, and Photo: Reuters.",
        {"Image": None, "Photo": None, "Lena Ortiz": PERSON},
        id="the_label_of_a_picture_credit_is_no_name",
    ),
    pytest.param(
        "Pilgrims slept near the Qadira Mosque and the Zafira Hotel, by the Harun Memorial.",
        {"Qadira Mosque": PLACE, "Zafira Hotel": PLACE, "Harun Memorial": PLACE},
        id="places_of_worship_hotels_and_memorials_are_places",
    ),
    pytest.param(
        "The probe left from Orlan Space Center, and the Harwick Center for Policy praised it.",
        {"Orlan Space Center": PLACE, "Harwick Center for Policy": ORG},
        id="a_space_or_convention_center_is_a_site_other_centers_are_organisations",
    ),
    pytest.param(
        "Protesters gathered on Lincoln Avenue, and Thomas Castle said the march was peaceful.",
        {"Lincoln Avenue": PLACE, "Thomas Castle": PERSON},
        id="a_given_name_before_a_street_word_is_still_a_street",
    ),
    pytest.param(
        "The 9th Circuit sided with shops on 5th Avenue. U.S. District Judge Stanley Okada disagreed.",
        {"9th Circuit": ORG, "5th Avenue": PLACE, "U.S.": PLACE, "Stanley Okada": PERSON},
        id="names_that_open_with_an_ordinal_and_a_judge_title_after_a_country",
    ),
    pytest.param(
        "She cited the ruling in Connick v. Thompson. \"Your Honor, no,\" said Marta Lenz of Harvell Tool Co. "
        "on Monday, before the band played the Royal Albert Hall.",
        {
            "Connick": PERSON, "Honor": None, "Marta Lenz": PERSON, "Harvell Tool Co": ORG,
            "Royal Albert Hall": PLACE,
        },
        id="case_parties_are_no_places_forms_of_address_no_names_co_firms_and_halls",
    ),
    pytest.param(
        "TROMSØ, Norway — Lakes formed by thawing permafrost release methane.",
        {"TROMSØ": PLACE, "Norway": PLACE},
        id="an_upper_case_dateline_with_its_country_is_a_place",
    ),
    pytest.param(
        "Kevin Brennan of Dubuque, Iowa, was gloomier. \"Credit to Tavin, my drummer,\" he said. "
        "Lakes held CH4 and CO2 at 2 degrees Celsius, the Intergovernmental Panel on Climate Change said.",
        {
            "Dubuque": PLACE, "Tavin": PERSON, "CH4": None, "CO2": None, "Celsius": None,
            "Intergovernmental Panel on Climate Change": ORG,
        },
        id="a_home_town_a_friend_in_apposition_formulas_units_and_panels",
    ),
    pytest.param(
        "A boy from Orvale, Texas, built a clock. The Orvale Independent School District apologised. "
        "The religious schools Santo Carmelo and Vallombra must pay.",
        {
            "Orvale": PLACE, "Texas": PLACE, "Orvale Independent School District": ORG,
            "Santo Carmelo": ORG, "Vallombra": ORG,
        },
        id="a_place_in_a_larger_one_a_school_district_and_names_after_a_plural_organisation_noun",
    ),
    pytest.param(
        "Nvidia (NVDA.O) fell 6% and the S&P 500 lost 1.3%, while the FTSE 100 slipped and the Nasdaq Composite "
        "rose. Shares of Acme (NYSE: ACME) rose, and S&P cut its rating.",
        {"Nvidia": ORG, "NVDA": None, "FTSE": None, "Nasdaq Composite": None, "Acme": ORG, "ACME": None, "S&P": ORG},
        id="stock_symbols_and_market_indices_are_no_names_but_the_rating_agency_is",
    ),
    pytest.param(
        "Among the movers, shares in Next jumped 5%. Science is hard, and a paper in Science counted the cost.",
        {"Next": ORG, "Science": ORG},
        id="a_common_word_named_as_only_a_company_or_journal_is_named_is_that_organisation",
    ),
    pytest.param(
        "The Suns beat the Lakers 121-115 in Los Angeles, Dallas lost at home to Oklahoma City, and the coach "
        "praised the defense after the game. The league season resumes in March with playoff games.",
        {"Los Angeles": PLACE, "Dallas": ORG},
        id="a_place_after_a_comma_joins_the_list_only_when_it_ends_the_phrase",
    ),
    pytest.param(
        "Most died in Garissa, Tana River and Lamu counties after a bridge on the Garissa–Nairobi highway "
        "collapsed. Rain fell over the Central Highlands and the city's South Side.",
        {"Garissa": PLACE, "Tana River": PLACE, "Central Highlands": PLACE, "South Side": PLACE},
        id="a_given_name_before_a_river_a_dash_between_places_highlands_and_city_sides",
    ),
    pytest.param(
        "\"Scale,\" Calder Chief Executive Denise Olawale said. A Labor MP objected, and Conservative MP Jane Hill "
        "agreed with Nicole Fairweather, a director at Resolve Strategic. The Milwaukee Public Schools (MPS) board "
        "met, and MPS said it would wait.",
        {
            "Calder": ORG, "Denise Olawale": PERSON, "Labor": ORG, "Jane Hill": PERSON, "Resolve Strategic": ORG,
            "Milwaukee Public Schools": ORG, "MPS": ORG,
        },
        id="a_company_before_its_officer_a_party_before_its_mp_an_employer_after_a_job_and_a_plural_head",
    ),
    pytest.param(
        "Trucks detoured around areas held by al-Shabab, the group linked to al-Qaeda. Interior Cabinet Secretary "
        "Wanjiru Kamau said rains linked to El Niño would go on.",
        {"al-Shabab": ORG, "al-Qaeda": ORG, "Wanjiru Kamau": PERSON, "Interior Cabinet": None, "El Niño": None},
        id="listed_names_in_lower_case_a_cabinet_secretary_and_a_weather_pattern",
    ),
    pytest.param(
        "LLEIDA — Farmers in the region said the harvest failed.",
        {"LLEIDA": PLACE},
        id="an_upper_case_dateline_is_a_place",
    ),
    pytest.param(
        "Loggers moved deeper into the Tavora rainforest, and Okoro said they would stay.",
        {"Tavora": PLACE, "Okoro": PERSON},
        id="a_name_before_a_natural_feature_is_a_place",
    ),
    pytest.param(
        "Wales defeated France 24–19 at Cardiff, scoring two tries. Ireland play Scotland next in Dublin. "
        "Canada won a medal after defeating Sweden, who had beaten Finland in the semi-final.",
        {"Wales": ORG, "France": ORG, "Cardiff": PLACE, "Ireland": ORG, "Scotland": ORG, "Dublin": PLACE,
         "Canada": ORG, "Sweden": ORG, "Finland": ORG},
        id="in_rugby_and_hockey_reports_countries_that_play_are_teams",
    ),
    pytest.param(
        "After the vote, Syriza's leader resigned and Voskra's lawmakers walked out, Ilse Brandt said.",
        {"Syriza": ORG, "Voskra": ORG, "Ilse Brandt": PERSON},
        id="what_has_a_leader_or_lawmakers_is_a_party",
    ),
    pytest.param(
        "Rescuers reached the hamlets of Qoripata and Uchcu, the cities of Tarnava and Orlec, and the Bagoyo "
        "site. Crowds gathered on the Plaza de Mayo below the Cordillera Azul.",
        {"Qoripata": PLACE, "Uchcu": PLACE, "Tarnava": PLACE, "Orlec": PLACE, "Bagoyo": PLACE,
         "Plaza de Mayo": PLACE, "Cordillera Azul": PLACE},
        id="settlements_sites_and_foreign_squares_and_ranges_are_places",
    ),
    pytest.param(
        "The game was made by Saltfen Games with Lumo Interactive, raised money on Kickstarter and streamed on "
        "Twitch, while Mara Ilves trained in the Pyrenees for the Commonwealth Games.",
        {"Saltfen Games": ORG, "Lumo Interactive": ORG, "Kickstarter": ORG, "Twitch": ORG, "Mara Ilves": PERSON,
         "Pyrenees": PLACE, "Commonwealth Games": None},
        id="game_studios_and_platforms_are_organisations_and_mountain_ranges_places",
    ),
    pytest.param(
        "The exhibition, Salt and Iron, was organized by Renata Okafor. Callers can ring Crime Stoppers; the "
        "bakery, Golden Crust, closed. Mr. Marsh and Ms. Busby testified; JUDGE WELLS: Thank you. Villagers "
        "fled to lands held by Rajasinghe II.",
        {"Salt": None, "Iron": None, "Renata Okafor": PERSON, "Crime Stoppers": None, "Golden Crust": ORG,
         "Marsh": PERSON, "Busby": PERSON, "WELLS": PERSON, "Rajasinghe II": PERSON},
        id="a_name_of_dictionary_words_is_no_persons_unless_a_surname_or_title_says_so",
    ),
    pytest.param(
        "Flights to the Azores and Madeira stopped, and police came from neighbouring Quang Binh. The Nuoc Trong "
        "reservoir overflowed below the Truong Son mountains. Jets went back to Kestrel Aviation Leasing, and "
        "Hoa, who is employed by Romsilva, studied at the Royal Conservatoire of Scotland before Brexit.",
        {"Azores": PLACE, "Madeira": PLACE, "Quang Binh": PLACE, "Nuoc Trong": PLACE, "Truong Son": PLACE,
         "Kestrel Aviation Leasing": ORG, "Romsilva": ORG, "Royal Conservatoire of Scotland": ORG, "Brexit": None},
        id="islands_reservoirs_ranges_lessors_conservatoires_and_employers",
    ),
    pytest.param(
        "The work was funded by the National Research Council (CNCS) and the Peruvian National Service of "
        "Protected Areas (SERNANP), following earlier studies (Ionescu, 2018).",
        {"National Research Council": ORG, "CNCS": ORG, "SERNANP": ORG, "Ionescu": PERSON},
        id="an_acronym_after_an_organisations_translated_name_is_that_organisation",
    ),
    pytest.param(
        "It came through my grandfather, Aurélio. By morning my neighbour Thuy had lost her buffaloes. "
        "Warmer sea temperatures mean more rain, and the Kursk region flooded too.",
        {"Aurélio": PERSON, "Thuy": PERSON, "Warmer": None, "Kursk": PLACE},
        id="kin_and_neighbours_named_after_a_comma_and_no_adjective_before_a_place_noun",
    ),
    pytest.param(
        "The train left the rails above the Tagus. Reservoirs on the Ebro fell, and the Douro, the Mekong and "
        "the Euphrates ran low.",
        {"Tagus": PLACE, "Ebro": PLACE, "Douro": PLACE, "Mekong": PLACE, "Euphrates": PLACE},
        id="major_rivers_are_places",
    ),
    pytest.param(
        "Fraction sense predicts algebra (Lemos, Sá & Quintão, 2022), as others found (Baron & Beresford, 2014).",
        {"Lemos": PERSON, "Sá": PERSON, "Quintão": PERSON, "Baron": PERSON, "Beresford": PERSON},
        id="co_authors_after_the_first_in_a_bracketed_citation_are_people_not_a_firm",
    ),
    pytest.param(
        "The regional council raised the levy. The State cannot accept it, and the State will appeal, said Rossi.",
        {"State": None, "Rossi": PERSON},
        id="the_state_is_a_common_noun_and_the_speaker_after_a_quote_is_a_person",
    ),
    pytest.param(
        "Norway led through a header from Yeimy Angulo, and we had a letter from Okafor Bdeme. "
        "Boats from Kirkwall arrived.",
        {"Yeimy Angulo": PERSON, "Okafor Bdeme": PERSON, "Kirkwall": PLACE},
        id="a_thing_sent_or_made_from_someone_comes_from_a_person_not_a_place",
    ),
    pytest.param(
        "The dust went to the synchrotron in Oxfordshire, the institute in Sagamihara, and a lab in Lyon. "
        "Medway, the rail freight operator, bought shares in Harvest Lane, a removals firm.",
        {"Oxfordshire": PLACE, "Sagamihara": PLACE, "Medway": ORG, "Harvest Lane": ORG},
        id="a_list_of_where_things_are_is_no_apposition_naming_a_firm",
    ),
    pytest.param(
        "Halyard Labs, the company behind the Skylark web browser, patched Kite, the JavaScript engine it uses. "
        "Skylark 14.2.3 fixes it, and the Corvid engine and the app Keyring are safe.",
        {"Halyard Labs": ORG, "Skylark": None, "Kite": None, "Corvid": None, "Keyring": None},
        id="software_named_beside_a_software_noun_or_a_version_is_a_product",
    ),
    pytest.param(
        "The region raised a business tax known as IRAP, and IRAP rose again. It began as a paper study called "
        "Comet Dust Return, but a firm called Harvest built it.",
        {"IRAP": None, "Comet Dust Return": None, "Harvest": ORG},
        id="what_a_tax_or_a_study_is_called_is_no_entity_but_a_firm_called_something_is_one",
    ),
    pytest.param(
        "Brekke plays for Olympique Lyonnais and scored against Bolton Wanderers at the Campo Quinta das Amoreiras, "
        "below Schloss Eckenried.",
        {"Olympique Lyonnais": ORG, "Bolton Wanderers": ORG, "Campo Quinta das Amoreiras": PLACE,
         "Schloss Eckenried": PLACE},
        id="clubs_castles_and_grounds_named_head_first_or_with_a_club_word",
    ),
    pytest.param(
        "At fourteen I joined a small club in Amersfoort called De Zwarte Hoed. A quarryman called Wil Hughes "
        "played once, and an administrator called Harvest Moon deleted the page.",
        {"De Zwarte Hoed": ORG, "Wil Hughes": PERSON, "Harvest Moon": PERSON},
        id="what_a_club_somewhere_or_a_worker_is_called_takes_the_nouns_kind",
    ),
    pytest.param(
        "Tiril Brekke-Lund saved two penalties. \"We owed something to Tiril,\" she said. Sava Popović wrote that "
        "grain moved on the Sava river, and the Sava froze.",
        {"Tiril": PERSON, "Sava Popović": PERSON, "Sava": PLACE},
        id="a_given_name_no_list_holds_alone_is_its_person_unless_it_is_ever_somewhere",
    ),
    pytest.param(
        "A retired schoolteacher from Porth Eifion, who edits under another name, wrote it. The study was funded "
        "by CAPES, and the shuttle is operated by Embraer 195 jets.",
        {"Porth Eifion": PLACE, "CAPES": ORG, "Embraer": None},
        id="who_after_where_someone_is_from_is_the_someone_and_a_funder_is_a_body",
    ),
    pytest.param(
        "For the appellee, Rubén Castellanos, First Assistant County Attorney. Judith left with her maid Abra, "
        "and Gulfway Haulage sued Redstone Materials.",
        {"Rubén Castellanos": PERSON, "First Assistant County Attorney": None, "Abra": PERSON,
         "Redstone Materials": ORG},
        id="an_office_after_a_name_is_no_place_a_maid_is_a_person_and_materials_a_firm",
    ),
    pytest.param(
        "Castellane paid Tobias Engström a fee. The Engström licence shows it, and Engström kept his rights.",
        {"Tobias Engström": PERSON, "Engström": PERSON},
        id="a_persons_surname_before_a_licence_stays_the_person_in_every_mention",
    ),
    pytest.param(
        "He made portraits of the singer known as Sparrow. After Sparrow died, The Adventures of Tom Sawyer and "
        "a painting called Portrait of Delia sold.",
        {"Sparrow": PERSON, "Tom Sawyer": None, "Delia": None},
        id="a_person_known_as_a_name_is_one_but_a_name_in_a_works_title_is_none",
    ),
    pytest.param(
        "Trawls were made by RV Tangaroa near Scott Base, and the ROV Skua filmed Camp Hinemoa above the Kopuai "
        "Rise. Tangaroa sailed on. The water beneath Antarctic ice shelves is cold. For Spain, Llorente (2015) "
        "found the same.",
        {"RV Tangaroa": None, "Tangaroa": None, "Scott Base": PLACE, "ROV Skua": None, "Camp Hinemoa": PLACE,
         "Kopuai Rise": PLACE, "Antarctic": None, "Spain": PLACE, "Llorente": PERSON},
        id="vessels_are_no_entities_and_polar_field_sites_are_places",
    ),
    pytest.param(
        "In Italy the Ministero dell'Istruzione e del Merito sets curricula, with offices such as the Ufficio "
        "Scolastico Regionale per la Calabria; the Fundação para a Ciência e a Tecnologia (FCT) funds research.",
        {"Italy": PLACE, "Ministero dell'Istruzione e del Merito": ORG,
         "Ufficio Scolastico Regionale per la Calabria": ORG, "Fundação para a Ciência e a Tecnologia": ORG,
         "FCT": ORG},
        id="a_foreign_bodys_name_keeps_its_small_and_elided_words",
    ),
    pytest.param(
        "In a survey in Canada and the United Kingdom, Dumont and Asante (2020) found it, as the Open Science "
        "Collaboration (2015) had; sites included the Universidad de los Andes in Bogotá.",
        {"United Kingdom": PLACE, "Dumont": PERSON, "Open Science Collaboration": ORG,
         "Universidad de los Andes": ORG},
        id="no_author_takes_an_article_and_a_collaboration_cited_is_a_body",
    ),
    pytest.param(
        "Her first game, Saltwind, came out with Wydawnictwo Czarna Wieża and Rabén Förlag, as Southeast Asian "
        "buyers sailed to French Polynesia across the North China Plain.",
        {"Saltwind": None, "Wydawnictwo Czarna Wieża": ORG, "Rabén Förlag": ORG, "Southeast Asian": None,
         "French Polynesia": PLACE, "North China Plain": PLACE},
        id="games_publishers_regional_adjectives_territories_and_plains",
    ),
    pytest.param(
        "Ghana coach Hendrik Vos sent on Ebo Quartey, and Lindholm made saves from Frederik Storm and a penalty "
        "from Facundo Berreta. A second boat could come from Korpo.",
        {"Ebo Quartey": PERSON, "Frederik Storm": PERSON, "Facundo Berreta": PERSON, "Korpo": PLACE},
        id="a_player_sent_on_or_a_save_from_someone_names_a_person_but_coming_from_names_a_place",
    ),
    pytest.param(
        "The match was streamed by Nordisk Sportkanal, which reported a record audience.",
        {"Nordisk Sportkanal": ORG},
        id="which_after_a_name_is_no_persons",
    ),
    pytest.param(
        "Its head writer has been Odessa Vukovich, a former radio producer. In 2024 Uttarakhand enacted a code, "
        "and factories in Guangdong closed. The effect was described in Albuquerque et al. (2020).",
        {"Odessa Vukovich": PERSON, "Uttarakhand": PLACE, "Guangdong": PLACE, "Albuquerque": PERSON},
        id="a_producer_named_like_a_city_and_provinces_the_generated_list_lacks",
    ),
    pytest.param(
        "The survey was led from the University of Dar es Salaam, and complaints went to the data protection "
        "authority Varnarstofa. Dalgaard flew in from Aarhus.",
        {"University of Dar es Salaam": ORG, "Salaam": None, "Varnarstofa": ORG, "Aarhus": PLACE},
        id="dar_es_salaam_inside_a_name_and_an_authority_named_after_its_kind",
    ),
    pytest.param(
        "The Kálfafell system lies east of the Fagradalsfjall system, 30 km south-west of Reykjavík; "
        "Ferreira-Lima (2022) dated it. Cargo moved along the Sava, and Sava Popović, a Serbian merchant, "
        "sold ships to Norddeutscher Lloyd; the emigrant steamer Wilhelmine Roth sank.",
        {"Kálfafell": PLACE, "Fagradalsfjall": PLACE, "Reykjavík": PLACE, "Ferreira-Lima": PERSON,
         "Sava": PLACE, "Sava Popović": PERSON, "Norddeutscher Lloyd": ORG, "Wilhelmine Roth": None},
        id="nordic_landforms_accented_capitals_cited_double_surnames_rivers_and_german_bodies",
    ),
    pytest.param(
        "Her restaurant, Errota, employs fourteen people; she trained at Itsasargi, his restaurant in the old "
        "town, and they asked the Victoria and Albert Museum for help.",
        {"Errota": ORG, "Itsasargi": ORG, "Victoria and Albert Museum": ORG},
        id="a_restaurant_in_apposition_is_a_business",
    ),
    pytest.param(
        "The Mayor of Valdrein met Gian Andri Sutter, who runs the ski school, Skischule Valdrein, below Piz "
        "Murtel; they visited Sankt Anton. A letter came from a solicitor in Kirkcaldy, and the lander touched "
        "down on the Moon, where Georg Philipp Telemann never went.",
        {"Valdrein": PLACE, "Gian Andri Sutter": PERSON, "Skischule Valdrein": ORG, "Piz Murtel": PLACE,
         "Sankt Anton": PLACE, "Kirkcaldy": PLACE, "Moon": PLACE, "Georg Philipp Telemann": PERSON},
        id="an_office_of_a_town_alpine_names_german_bodies_the_moon_and_european_given_names",
    ),
    pytest.param(
        "She shot for Agence France-Presse before the voyage to the Caribbean increased her fame; the Atlantic "
        "economy grew, and the Atlantic coast flooded. Mikkel Østergaard of Team Nordvik Energi beat Solaris Pro "
        "Cycling over the Stelvio Pass and the Colle della Madonnina.",
        {"Agence France-Presse": ORG, "Caribbean": PLACE, "Mikkel Østergaard": PERSON, "Team Nordvik Energi": ORG,
         "Solaris Pro Cycling": ORG, "Stelvio Pass": PLACE, "Colle della Madonnina": PLACE},
        id="hyphenated_listed_bodies_sea_regions_cycling_teams_and_passes",
    ),
    pytest.param(
        "MR PARIS: Yes, madam. Data centres cluster around Dublin, Frankfurt and Paris, said Kingsley Paris. "
        "Mrs Fielding spoke for Save Ashcombe Fields, and the developer agreed terms with Wessex Water.",
        {"PARIS": PERSON, "Paris": PLACE, "Kingsley Paris": PERSON, "Fielding": PERSON,
         "Save Ashcombe Fields": ORG, "Wessex Water": ORG},
        id="an_honorific_makes_a_surname_of_a_place_but_a_list_of_places_keeps_it_a_place",
    ),
    pytest.param(
        "THE CORONER: I will hear from PC Oyelaran first. Forwarding is limited (de Souza & Halvorsen, 2020), and "
        "chat applications such as Signal and Threema spread rumours; PC World reviewed them.",
        {"CORONER": None, "Oyelaran": PERSON, "Souza": PERSON, "Halvorsen": PERSON, "Threema": None,
         "PC World": ORG},
        id="a_constables_title_a_coroner_alone_cited_particles_and_applications_given_as_examples",
    ),
    pytest.param(
        "Boards resist (van der Hoek & Castellanos, 2020). The Inspectorate of Education (Inspectie van het "
        "Onderwijs) inspects Stichting Maasoever; Skolinspektionen inspects Björkskolan in Umeå; Einar sold to "
        "Reederei Tamsen, and the western English Channel warmed.",
        {"Castellanos": PERSON, "Inspectorate of Education": ORG, "Inspectie van het Onderwijs": ORG,
         "Stichting Maasoever": ORG, "Skolinspektionen": ORG, "Björkskolan": ORG, "Reederei Tamsen": ORG,
         "English Channel": PLACE},
        id="dutch_and_nordic_bodies_two_particle_authors_and_the_english_channel",
    ),
    pytest.param(
        "Excavation at the bivallate hillfort of Knockaunbrack began in the townland of Knockaunbrack, and the "
        "East African Rift could support more wells.",
        {"Knockaunbrack": PLACE, "East African Rift": PLACE},
        id="a_hillfort_or_townland_of_a_name_and_a_rift_named_with_a_regional_adjective",
    ),
    pytest.param(
        "We reached Rifugio Frassati near the Col Malatrà, below Velika Planina, talking of Olimpija Ljubljana; "
        "temperatures at the Celtic Deep fell, said Marta Kos, a sports physiologist, unlike the checklist, a "
        "document.",
        {"Rifugio Frassati": PLACE, "Col Malatrà": PLACE, "Velika Planina": PLACE, "Olimpija Ljubljana": ORG,
         "Celtic Deep": PLACE, "Marta Kos": PERSON},
        id="mountain_huts_cols_slavic_heights_clubs_sea_deeps_and_experts_in_apposition",
    ),
    pytest.param(
        "The Ferrocarril del Pacífico Sur ran north of Boulevard Henri-Bourassa, where pupils of École secondaire "
        "Jeanne-Lavoie speak Haitian Creole under Bill 101, and Barings lent money.",
        {"Ferrocarril del Pacífico Sur": ORG, "Boulevard Henri-Bourassa": PLACE,
         "École secondaire Jeanne-Lavoie": ORG, "Creole": None, "Bill": None, "Barings": ORG},
        id="railways_boulevards_french_schools_creole_and_numbered_bills",
    ),
    pytest.param(
        "Cross-examination began. Élodie Marchand of La Rochelle Université used a hut, Cabane Jeanne, at the "
        "head of Baie du Morne; a Turkey-based firm and Vattenfall paid.",
        {"Cross": None, "La Rochelle Université": ORG, "Cabane Jeanne": PLACE, "Baie du Morne": PLACE,
         "Turkey": PLACE, "Vattenfall": ORG},
        id="a_capitalised_compound_word_french_huts_and_bays_and_universities_named_head_last",
    ),
    pytest.param(
        "Models failed to converge (cf. Petrović & Lund, 2019). Tomaž sent me to Elena Rossi-Bauer, and the award "
        "went to João Brandão; he worked for Adolf Kessler in Vienna, then fled to Rahad.",
        {"Petrović": PERSON, "Lund": PERSON, "Elena Rossi-Bauer": PERSON, "João Brandão": PERSON,
         "Adolf Kessler": PERSON, "Rahad": PLACE},
        id="cf_before_cited_authors_and_a_full_name_sent_or_given_to_is_a_person",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED_BY_CONTEXT)
def test_context_labels_each_name(text, expected):
    labels = _labels(text)
    assert {name: labels.get(name) for name in expected} == expected


def test_a_building_named_as_where_something_happens_is_a_place_but_an_employer_stays_a_body():
    text = (
        "Moorcroft left a dinner at the Belgrade Theatre before the crash. "
        "Mourners gathered outside St Stanislaus Church on Sunday. "
        "Grace Adeyemi, a nurse at Strong Memorial Hospital, treated him. "
        "The Royal Exchange Theatre said it would reopen."
    )
    labels = _labels(text)
    assert labels["Belgrade Theatre"] == PLACE and labels["St Stanislaus Church"] == PLACE
    assert labels["Strong Memorial Hospital"] == ORG and labels["Royal Exchange Theatre"] == ORG


def test_buildings_and_bodies_named_head_first_in_other_languages():
    text = (
        "The exhibition opened at the Casa do Rio in Porto. A show by Teatro de Marionetas do Porto followed. "
        "Players pay a fee, and the Ajuntament de Terrassa gives the club its hall; Banc Sabadell sponsors the shirts."
    )
    labels = _labels(text)
    assert labels["Casa do Rio"] == PLACE and labels["Teatro de Marionetas do Porto"] == ORG
    assert labels["Ajuntament de Terrassa"] == ORG and labels["Banc Sabadell"] == ORG


def test_archives_brothers_and_foreign_newspapers_are_organisations():
    text = (
        "We read the letter books of Baring Brothers, kept by the Latvian State Historical Archives, "
        "and reports in the Rigasche Zeitung."
    )
    labels = _labels(text)
    assert labels["Baring Brothers"] == ORG and labels["Latvian State Historical Archives"] == ORG
    assert labels["Rigasche Zeitung"] == ORG


def test_an_apposition_naming_a_kind_of_firm_makes_a_common_word_a_company():
    text = (
        "Investors were cautious. Orchard, the Lagos-based venture fund that backed the deal, declined to comment. "
        "Horizon, one of the largest pelagic operators, urged restraint. "
        "Files of Anker, a marine insurer founded in 1871, survive. "
        "A spokesperson for Harvest said the board had met."
    )
    labels = _labels(text)
    assert labels["Orchard"] == ORG and labels["Horizon"] == ORG
    assert labels["Anker"] == ORG and labels["Harvest"] == ORG


def test_a_listed_company_is_the_surname_of_a_person_named_in_full_before_it():
    text = "A teacher, Jordi Bosch, brought the sport home from Antwerp. Bosch is seventy-four now."
    assert _spans(text) == [("Jordi Bosch", PERSON), ("Bosch", PERSON), ("Antwerp", PLACE)]


def test_a_club_is_named_without_its_two_initials_after_its_full_name():
    text = "Last month CK Vallparadís won the league for the third time. What is next for Vallparadís?"
    assert _spans(text) == [("CK Vallparadís", ORG), ("Vallparadís", ORG)]


def test_regional_adjectives_are_not_names():
    text = "The stocks moved into Icelandic and Greenlandic waters, and Basque trawlers followed them."
    assert _spans(text) == []


def test_a_hospital_one_works_at_stays_a_body_even_several_words_after_the_work():
    text = "I coach, but I also work as a physiotherapist at the Hospital de Terrassa, which pays my rent."
    assert _labels(text)["Hospital de Terrassa"] == ORG


def test_given_names_are_known_with_european_accents_but_vietnamese_tones_make_other_syllables():
    text = (
        "Portugal replied through the boot of Tomás Leitão, whose penalty from 40 metres went over. "
        "Police came from neighbouring Bình Định and Quảng Nam."
    )
    labels = _labels(text)
    assert labels["Tomás Leitão"] == PERSON and labels["Quảng Nam"] == PLACE


def test_a_place_preposition_outranks_who_after_the_name():
    text = "The floods devastated much of Moravia. Students from a university in Brno, who ran an exit poll, agreed."
    assert _spans(text) == [("Moravia", PLACE), ("Brno", PLACE)]


def test_broadcasters_firms_and_a_places_agency_by_initials_are_organisations():
    text = (
        "She never complained to Oregon OSHA. A hygienist from Cascade Environmental tested the air, "
        "and the match aired on Sport TV and Czech Television."
    )
    labels = _labels(text)
    assert labels["Oregon OSHA"] == ORG and labels["Cascade Environmental"] == ORG
    assert labels["Sport TV"] == ORG and labels["Czech Television"] == ORG


def test_a_rugby_position_before_a_name_is_a_title():
    text = "Georgia led when the try was converted by fly-half Tedo Gabunia, and flanker Beka Urushadze added another."
    labels = _labels(text)
    assert labels["Tedo Gabunia"] == PERSON and labels["Beka Urushadze"] == PERSON


def test_a_collection_held_at_a_building_is_kept_by_a_body_but_an_event_held_there_is_in_a_place():
    text = "A vigil was held at St Casimir Church. The ledgers are held at the Hull History Centre."
    assert _spans(text) == [("St Casimir Church", PLACE), ("Hull History Centre", ORG)]


def test_who_after_an_organisation_of_a_person_refers_to_the_person():
    text = "The team cited Florence Adeyemi of Imperial College London, who showed in 2023 that spots matter."
    assert _spans(text) == [("Florence Adeyemi", PERSON), ("Imperial College London", ORG)]


def test_a_body_named_after_its_country_is_no_persons_name_and_keeps_the_country_a_place():
    text = (
        "The track is run by Infraestruturas de Portugal, and Comboios de Portugal (CP) runs the trains. "
        "Portugal had spent heavily on new lines."
    )
    assert _labels(text) == {
        "Infraestruturas de Portugal": ORG, "Comboios de Portugal": ORG, "CP": ORG, "Portugal": PLACE,
    }


def test_in_sports_reporting_a_country_reached_via_is_a_place_not_the_team():
    text = (
        "Portugal play Spain on Saturday in a league fixture after Spain beat Romania 31-18 in the final. "
        "Freight trains will run via Spain until the bridge reopens."
    )
    spans = _spans(text)
    assert spans[-1] == ("Spain", PLACE) and ("Spain", ORG) in spans


def test_lanes_and_yards_are_places_but_a_firm_named_like_a_place_is_a_firm():
    text = (
        "The bakery on Mill Lane flooded from the culvert at Fairmead Yard. Nathan Lane said so. "
        "Since 2019, Medway, the rail freight operator, has run the trains, and we asked Harvest Lane, "
        "a removals firm, to help."
    )
    assert _labels(text) == {
        "Mill Lane": PLACE, "Fairmead Yard": PLACE, "Nathan Lane": PERSON, "Medway": ORG, "Harvest Lane": ORG,
    }


def test_a_month_and_year_after_a_name_are_a_date_not_a_citation():
    text = "Counsel relied only on the committee minutes from Exeter, June 2023, and on Feng (2007)."
    labels = _labels(text)
    assert labels.get("Exeter") != PERSON and labels["Feng"] == PERSON


def test_names_given_as_examples_of_places_of_a_region_are_places():
    text = "Vaccination began in four districts of the Upper East Region, including Bawku and Builsa, on Monday."
    assert _spans(text) == [("Upper East Region", PLACE), ("Bawku", PLACE), ("Builsa", PLACE)]


def test_fairs_carnivals_and_biennales_are_events_not_organisations():
    text = (
        "Magicians met at the Midland Magic Jubilee in Derby and the Harbour Winter Carnival in Hull, "
        "said Ann Lee, whose work hung at the Aurora Biennale in Bergen."
    )
    assert _labels(text) == {"Derby": PLACE, "Hull": PLACE, "Ann Lee": PERSON, "Bergen": PLACE}


def test_a_name_running_from_one_listed_place_to_another_is_no_persons():
    text = (
        'A fan talked about the club. "Hokkaido Consadole Sapporo will be back," he said. '
        "The express leaves Sapporo mid-morning."
    )
    labels = _labels(text)
    assert labels["Sapporo"] == PLACE
    assert labels.get("Hokkaido Consadole Sapporo") != PERSON


def test_a_name_the_tagger_calls_a_person_but_met_only_after_from_at_or_on_is_a_place():
    text = (
        "Several of our field assistants come from Makoko and Ikorodu. "
        "The gallery, on Nethergate, opens late. Ngozi Okonjo wrote the report, and a letter from Okonjo followed. "
        "There is a quote attributed to Einstein."
    )
    labels = _labels(text)
    places = ("Makoko", "Ikorodu", "Nethergate")
    assert {name: labels.get(name) for name in places} == dict.fromkeys(places, PLACE)
    assert labels["Okonjo"] == PERSON
    assert labels["Einstein"] == PERSON


def test_a_listed_place_after_an_english_word_or_a_place_ends_no_persons_name():
    text = (
        "Dundee, Scotland — Hamish Castle catalogues cameras, funded by Creative Scotland. "
        'A fan said "Hokkaido Consadole Sapporo will be back." Data came from the U.S. Geological Survey.'
    )
    labels = _labels(text)
    assert labels["Scotland"] == PLACE
    assert labels["Hamish Castle"] == PERSON
    assert PERSON not in {labels.get(name) for name in ("Creative Scotland", "Hokkaido Consadole Sapporo")}
    assert labels["U.S. Geological Survey"] == ORG


def test_an_apposition_giving_a_persons_age_makes_a_maker_a_person_not_a_firm():
    text = (
        "The knight was built by Renata Szabó, a 34-year-old costume maker from Hamilton. "
        "Obrin, a two-year-old startup, hired staff. Marks, a 140-year-old retailer, closed stores."
    )
    labels = _labels(text)
    assert labels["Renata Szabó"] == PERSON
    assert labels["Obrin"] == ORG
    assert labels["Marks"] == ORG


def test_in_scholarly_writing_a_list_of_acronyms_is_a_list_of_terms():
    study = (
        "3. Method\nFidelity was measured against observed flows (Hallström et al., 2018; Rivers & Bishop, 2021). "
        "We report RMSE and MAPE, and scenarios load as JSON or GTFS feeds [4].\n4. Results\nRMSE fell.\n"
    )
    labels = _labels(study)
    assert {labels.get(term) for term in ("RMSE", "MAPE", "JSON", "GTFS")} == {None}


def test_in_scholarly_writing_a_camel_case_name_is_a_tool_unless_known():
    study = (
        "3. Method\nWe study FlowLattice 2.4 (Hallström et al., 2018) and generate tests with EvoSuite. "
        "Coverage came from JaCoCo (Rivers & Bishop, 2021). Code is available on GitHub.\n4. Results\nEvoSuite won.\n"
    )
    news = "Volunteers at LibriVox record books, and ResearchGate hosts papers."
    labels = _labels(study)
    assert {labels.get(tool) for tool in ("FlowLattice", "EvoSuite", "JaCoCo")} == {None}
    assert labels["GitHub"] == ORG
    assert _labels(news) == {"LibriVox": ORG, "ResearchGate": ORG}


def test_cays_coves_crossings_and_islands_named_head_first_are_places():
    text = (
        "Fishers visit Sand Cay, a low coral islet. Motu Rangi is protected as a reserve. Île Bernard lies west. "
        "A resort opened at Tagkawayan Cove."
    )
    labels = _labels(text)
    places = ("Sand Cay", "Motu Rangi", "Île Bernard", "Tagkawayan Cove")
    assert {name: labels.get(name) for name in places} == dict.fromkeys(places, PLACE)


def test_a_name_in_ia_whose_adjective_the_text_uses_is_a_land_and_the_adjective_no_entity():
    text = (
        "Korvenia and Seldaria traded artillery fire. Seldaria gave a different account, and Korvenia blamed "
        "Seldarian troops. Residents of the largest Korvenian city fled. Julia met Julian."
    )
    labels = _labels(text)
    assert labels["Korvenia"] == PLACE and labels["Seldaria"] == PLACE
    assert "Seldarian" not in labels and "Korvenian" not in labels
    assert labels["Julia"] == PERSON


def test_farms_vineyards_fisheries_and_bakeries_end_company_names():
    text = (
        "Daniel Strand spoke for petitioner Orchard Row Farms. Orchard Row employs several hundred people, "
        "and Carol Dufresne owns Dufresne's Bakery on Main Street."
    )
    labels = _labels(text)
    assert labels["Orchard Row Farms"] == ORG and labels["Orchard Row"] == ORG
    assert labels["Dufresne's Bakery"] == ORG


def test_a_river_named_head_first_is_a_place():
    text = "Boats sailed up the River Thames to London, and the museum stands by the River Tay."
    assert _labels(text) == {"River Thames": PLACE, "London": PLACE, "River Tay": PLACE}


def test_a_musicians_or_a_chefs_role_and_a_woman_called_make_people():
    text = (
        "I met the cellist Fionnuala Byrne at a session in Leith, and I worked for a woman called Odile Ferrand. "
        "Ferrand taught me more than any teacher."
    )
    labels = _labels(text)
    assert labels["Fionnuala Byrne"] == PERSON
    assert labels["Odile Ferrand"] == PERSON and labels["Ferrand"] == PERSON


def test_realms_archives_farms_and_housing_bodies_named_in_their_own_manner():
    text = (
        "Trieste belonged to the Habsburg Monarchy. We used the Landesarchiv Schleswig-Holstein and the "
        "Staatsarchiv Bremen. Tenants sued Greystone Community Housing, and our leeks come from Ferme de Kergoat."
    )
    labels = _labels(text)
    assert labels["Habsburg Monarchy"] == PLACE
    assert {labels[name] for name in ("Landesarchiv Schleswig-Holstein", "Staatsarchiv Bremen")} == {ORG}
    assert labels["Greystone Community Housing"] == ORG and labels["Ferme de Kergoat"] == ORG


def test_a_house_named_after_someone_is_a_building_and_a_house_of_members_a_chamber():
    text = (
        "We play Cecil Sharp House in London in May. A showdown looms in the House of Commons, "
        "and records at Companies House show the debts."
    )
    assert _labels(text) == {
        "Cecil Sharp House": PLACE, "London": PLACE, "House of Commons": ORG, "Companies House": ORG,
    }


def test_a_scientist_works_at_a_centre_and_a_university_may_be_of_the_place_it_serves():
    text = (
        "Dr. Ama Mensah, a geochemist at the National Oceanography Centre, met Inês Carvalhal, a geologist at "
        "the University of the Azores. They had dinner at the Belgrade Theatre."
    )
    labels = _labels(text)
    assert labels["National Oceanography Centre"] == ORG and labels["University of the Azores"] == ORG
    assert labels["Belgrade Theatre"] == PLACE


def test_french_trade_words_open_company_names():
    text = "Sund Group agreed to buy Papeteries Duval of France. Duval shares jumped, and Établissements Morel fell."
    labels = _labels(text)
    assert labels["Papeteries Duval"] == ORG and labels.get("Duval") != PERSON
    assert labels["Établissements Morel"] == ORG


def test_central_european_town_names_keep_their_river_or_region():
    text = (
        "Turnout was highest in Nové Město na Moravě and lowest in Žďár nad Sázavou; "
        "in Frankfurt am Main it rained. I am Sam, said Sam Brody."
    )
    labels = _labels(text)
    towns = ("Nové Město na Moravě", "Žďár nad Sázavou", "Frankfurt am Main")
    assert {town: labels.get(town) for town in towns} == dict.fromkeys(towns, PLACE)
    assert "I am Sam" not in labels


def test_an_unknown_word_the_tagger_leaves_but_the_text_only_puts_somewhere_is_a_place():
    text = (
        "Storm wrote the middle section on the boat from Kirkwall to Aberdeen. We recorded in a church on Orkney. "
        "The gallery opens late on Thursdays. Marcus Whitfield, an astronomer at Caltech, came."
    )
    labels = _labels(text)
    assert labels["Kirkwall"] == PLACE and labels["Orkney"] == PLACE
    assert labels.get("Thursdays") is None and labels.get("Caltech") != PLACE


def test_nordic_given_names_open_personal_names():
    text = "Sæther scored after Denmark's Mette Kjærgaard was penalised, and Øyvind Berg and Kjersti Lund spoke."
    labels = _labels(text)
    people = ("Mette Kjærgaard", "Øyvind Berg", "Kjersti Lund")
    assert {name: labels.get(name) for name in people} == dict.fromkeys(people, PERSON)


def test_a_shipyard_or_contractor_before_a_name_makes_a_firm_unless_a_given_name_opens_it():
    text = (
        "Claims came from the Norwegian shipyard Vestnes Verft. The city's contractor, Sound Structures, replaced "
        "the piles, and a former Pentagon contractor, Gregory English, sued."
    )
    labels = _labels(text)
    assert labels["Vestnes Verft"] == ORG and labels["Sound Structures"] == ORG
    assert labels["Gregory English"] == PERSON


def test_a_port_of_a_city_is_its_port_authority_and_a_port_town_stays_a_place():
    text = "Officials at the Port of Mariehamn held two ships. She flew on to Port of Spain and Port Moresby."
    assert _labels(text) == {"Port of Mariehamn": ORG, "Port of Spain": PLACE, "Port Moresby": PLACE}


def test_routes_crossings_and_flights_home_lead_to_places():
    text = "Routes to Brändö and Kumlinge were cut. The crossing to Degerby takes two hours. The squad flew home to Oslo."
    assert _labels(text) == {"Brändö": PLACE, "Kumlinge": PLACE, "Degerby": PLACE, "Oslo": PLACE}


def test_company_forms_and_credit_banks_make_organisations():
    text = "Crédit Mutuel du Sénégal lent more, while Equinor ASA, Nokia Oyj and Volvo AB fell, said Ann Lee."
    labels = _labels(text)
    firms = ("Crédit Mutuel du Sénégal", "Equinor ASA", "Nokia Oyj", "Volvo AB")
    assert {firm: labels.get(firm) for firm in firms} == dict.fromkeys(firms, ORG)


def test_limited_companies_constabularies_and_quarries_and_a_title_that_ends_like_a_body():
    text = (
        "Mr Erik Lindqvist appeared for Scarth Gill Aggregates Limited. Police from Cumbria Constabulary closed "
        "the road near Scarth Gill Quarry. The Chief Executive agreed."
    )
    labels = _labels(text)
    assert labels["Scarth Gill Aggregates Limited"] == ORG and labels["Cumbria Constabulary"] == ORG
    assert labels["Scarth Gill Quarry"] == PLACE and "Chief Executive" not in labels


def test_names_given_notably_or_especially_as_examples_of_firms_are_firms():
    text = "Banks lost market share to mobile operators, notably Orange and Wave, and to lenders, especially Baobab."
    assert _labels(text) == {"Orange": ORG, "Wave": ORG, "Baobab": ORG}


def test_a_name_before_eruption_or_crater_is_a_volcano():
    text = "Ratna Siregar spoke about the Lebo Tanah eruption. Tremor began at Lebo Tanah, and the Merapi crater glowed."
    assert _labels(text) == {"Ratna Siregar": PERSON, "Lebo Tanah": PLACE, "Merapi": PLACE}


def test_an_air_ends_an_airline_and_lends_its_list_the_label():
    text = "Ash reached Kupang. Wings Air and Garuda Indonesia cancelled their flights into Maumere."
    labels = _labels(text)
    assert labels["Wings Air"] == ORG and labels["Garuda Indonesia"] == ORG


def test_historic_and_english_regions_are_listed_places():
    text = "The practice is based in Hebden Bridge, West Yorkshire. Floods devastated Moravia, and Transylvania voted."
    labels = _labels(text)
    assert {labels.get(name) for name in ("West Yorkshire", "Moravia", "Transylvania")} == {PLACE}


def test_velodromes_are_places_and_spanish_stores_are_firms():
    text = (
        "We drove to the open-air Velodrom Louny on Sundays, and the squad trains at the Omnisport Apeldoorn "
        "velodrome. Cumbre will merge with Almacenes La Espiga of Cali."
    )
    labels = _labels(text)
    assert labels["Velodrom Louny"] == PLACE and labels["Omnisport Apeldoorn"] == PLACE
    assert labels["Almacenes La Espiga"] == ORG


def test_a_bench_of_titled_names_after_its_label_is_a_line_of_names_not_a_heading():
    text = "Appeal No. 4\n\nBefore: Judge Marieke Verhoeven, Judge S. K. Anand and Judge Birgitte Østergaard\n\nHearing."
    labels = _labels(text)
    judges = ("Marieke Verhoeven", "S. K. Anand", "Birgitte Østergaard")
    assert {judge: labels.get(judge) for judge in judges} == dict.fromkeys(judges, PERSON)


def test_an_apposition_naming_a_river_outranks_the_article_before_it():
    text = "The Tana, the country's longest river, flows from the Aberdare Range to the coast."
    assert _labels(text) == {"Tana": PLACE, "Aberdare Range": PLACE}


def test_a_post_held_for_a_phrase_of_english_words_names_an_employer():
    text = "Siddharth Rao-Kimani, country director for Action Against Hunger, said it was late."
    assert _labels(text) == {"Siddharth Rao-Kimani": PERSON, "Action Against Hunger": ORG}


def test_a_spanish_article_opens_no_persons_name():
    text = "Cumbre and La Espiga agreed to merge, said Tony La Russa. A spokesperson for Granja Aurora spoke."
    labels = _labels(text)
    assert labels.get("La Espiga") != PERSON and labels["Tony La Russa"] == PERSON
    assert labels["Granja Aurora"] == ORG


def test_a_river_named_so_once_stays_a_place_and_dams_are_places_unless_a_surname():
    text = (
        "Workers removed the Lesná Dam on the Blanice river. The Blanice is smaller, said Ann Marsh. "
        "Our producer is Sydney van Dam, and Van Dam agreed."
    )
    labels = _labels(text)
    assert labels["Lesná Dam"] == PLACE and labels["Blanice"] == PLACE
    assert labels["Sydney van Dam"] == PERSON and labels["Van Dam"] == PERSON


def test_through_and_past_lead_to_places_and_european_broadcasters_are_listed():
    text = (
        "They walked from Botiza through Ieud. Arte took France, and ZDF joined later. "
        "Two agency workers from Keystone Staffing came."
    )
    labels = _labels(text)
    assert labels["Ieud"] == PLACE and labels["ZDF"] == ORG and labels["Keystone Staffing"] == ORG


def test_south_asian_and_african_given_names_open_names_even_after_a_place_like_given_name():
    text = (
        "I spoke to Rupinder Sandhu in HR. Its superintendent, Dr. Florence Achieng Odhiambo, agreed, "
        "and in Houston Maria Lopez said so."
    )
    labels = _labels(text)
    assert labels["Rupinder Sandhu"] == PERSON and labels["Florence Achieng Odhiambo"] == PERSON
    assert labels["Houston"] == PLACE and labels["Maria Lopez"] == PERSON


def test_fells_crags_and_becks_are_places_and_a_country_before_a_citation_is_no_author():
    text = (
        "In northern Uganda, Okello et al. (2021) reported cases. Volunteers logged birds from Raven Crag and "
        "Hollin Pike, along Scarth Beck. The referee, Graham Pike, agreed, and Historic England objected."
    )
    labels = _labels(text)
    assert labels["Uganda"] == PLACE and labels["Okello"] == PERSON
    assert {labels[name] for name in ("Raven Crag", "Hollin Pike", "Scarth Beck")} == {PLACE}
    assert labels["Graham Pike"] == PERSON and labels["Historic England"] == ORG


def test_a_deputy_for_a_party_and_a_grandmaster_before_a_name():
    text = "Petra Šimková, a deputy for Civic Renewal, spoke. I worked with Grandmaster Mihail Petrovski."
    labels = _labels(text)
    assert labels["Civic Renewal"] == ORG and labels["Mihail Petrovski"] == PERSON


def test_a_firm_or_shop_called_or_named_something_is_an_organisation():
    text = (
        "She had a shop called Harvest in Leeds. We bought bread from a bakery named Bramble, and the accounts "
        "ran on software from a firm called Ledgerline."
    )
    labels = _labels(text)
    assert {labels.get(name) for name in ("Harvest", "Bramble", "Ledgerline")} == {ORG}


def test_a_firm_named_without_its_cue_word_stays_the_firm_after_in():
    text = (
        "The drugmaker Varenne Pharma recalled tablets. In a statement, Varenne said the impurity was found. "
        "Analysts noted that shares in Varenne fell 3 percent."
    )
    assert {label for name, label in _spans(text) if name == "Varenne"} == {ORG}


def test_a_name_in_brackets_after_a_body_or_before_a_listed_place_is_its_other_name():
    text = (
        "The candidate was backed by the Great Indonesia Movement Party (Gerindra). The troupe toured "
        "Zagreb (Agram) and went on to Philippopolis (Plovdiv). Voters backed Mertz (Ohio), and the Wagner "
        "Group (Prigozhin) recruited."
    )
    labels = _labels(text)
    assert labels["Gerindra"] == ORG and labels["Agram"] == PLACE and labels["Philippopolis"] == PLACE
    assert labels.get("Mertz") != PLACE and labels.get("Prigozhin") != ORG


def test_a_supplier_in_brackets_with_its_address_is_a_body_and_a_state_code_after_a_town_a_place():
    text = (
        "DNA was extracted with a commercial kit (Qiagen, Hilden, Germany), and slides were stained with "
        "dye (Sigma-Aldrich, St. Louis, MO, USA)."
    )
    labels = _labels(text)
    assert labels["Qiagen"] == ORG and labels["Sigma-Aldrich"] == ORG and labels["MO"] == PLACE


def test_head_first_bodies_and_places_and_a_studio_named_again_without_its_head():
    text = (
        "We worked with the Associação para o Desenvolvimento da Viticultura Duriense and the Laboratório "
        "Químico Agrícola Rebelo da Silva. Voters at Universitas Swadaya Gunung Jati rallied on Jalan "
        "Siliwangi. Sites ran to São João da Pesqueira. Someone from Studio Kumoya saw my patch, and "
        "with Kumoya it got better."
    )
    labels = _labels(text)
    for body in (
        "Associação para o Desenvolvimento da Viticultura Duriense", "Laboratório Químico Agrícola Rebelo da Silva",
        "Universitas Swadaya Gunung Jati", "Studio Kumoya", "Kumoya",
    ):
        assert labels[body] == ORG
    assert labels["Jalan Siliwangi"] == PLACE and labels["São João da Pesqueira"] == PLACE


def test_a_list_after_reported_in_is_of_places_and_people_named_after_a_plural_trade_are_people():
    text = (
        "Similar scenes were reported in Vișeu de Sus, Târgu Lăpuș and Carei. The developers, Tiago Ribamar "
        "and Luana Corrêa, were invited to Kyoto. The findings were reported in Nature."
    )
    labels = _labels(text)
    assert {labels[name] for name in ("Vișeu de Sus", "Târgu Lăpuș", "Carei")} == {PLACE}
    assert labels["Tiago Ribamar"] == PERSON and labels["Luana Corrêa"] == PERSON and labels["Nature"] == ORG


def test_a_name_listed_with_languages_is_a_language_and_regional_adjectives_are_no_names():
    text = (
        "Early systems told apart Egyptian, Levantine and Maghrebi varieties. Youth in Nairobi mix Sheng, "
        "English and Swahili. Ottoman officials in Ruse agreed. Heat was worst across Iberia and southern France."
    )
    spans = _spans(text)
    named = {name for name, _ in spans}
    assert not named & {"Levantine", "Maghrebi", "Sheng", "Ottoman"}
    assert ("Nairobi", PLACE) in spans and ("Iberia", PLACE) in spans


def test_a_charity_or_sports_body_named_for_its_cause_and_country_is_a_body():
    text = "Diabetes UK welcomed it, as did Cancer Research UK and Sport England. She grew up in New England."
    labels = _labels(text)
    assert {labels[name] for name in ("Diabetes UK", "Cancer Research UK", "Sport England")} == {ORG}
    assert labels["New England"] == PLACE


def test_a_papers_author_and_affiliation_lines_give_each_person_and_body():
    text = (
        "Amira Haddad, Baraka Otieno and Neema Mwakyusa\n\n"
        "American University of Beirut; University of Nairobi; Mohammed V University\n\n"
        "Abstract\n\nDialect identification is hard."
    )
    spans = _spans(text)
    assert ("Amira Haddad", PERSON) in spans and ("Baraka Otieno", PERSON) in spans
    for body in ("American University of Beirut", "University of Nairobi", "Mohammed V University"):
        assert (body, ORG) in spans


def test_a_given_name_that_is_a_listed_place_is_the_person_where_it_acts_after_their_full_name():
    text = (
        "Paris hosts talks. Jordan Henderson joined the club in May. Jordan said he was happy to stay, "
        "and he later flew to Jordan. Paris Mwangi briefed the council. Paris said it hoped to raise funds."
    )
    spans = _spans(text)
    jordans = [label for name, label in spans if name == "Jordan"]
    assert jordans == [PERSON, PLACE]
    assert [label for name, label in spans if name == "Paris"] == [PLACE, PLACE]


def test_a_listed_region_opening_with_an_adjective_stays_whole_and_a_place_of_a_place_splits():
    text = "We sampled vineyards in the Western Cape of South Africa and in KwaZulu-Natal, near the Isle of Man."
    spans = _spans(text)
    assert ("Western Cape", PLACE) in spans and ("South Africa", PLACE) in spans
    assert ("KwaZulu-Natal", PLACE) in spans and ("Isle of Man", PLACE) in spans


def test_theatres_are_bodies_unless_something_happens_at_them_and_old_city_names_are_places():
    text = (
        "The Serbian National Theatre was founded at Novi Sad. We had dinner at the Belgrade Theatre. "
        "The companies of Constantinople toured Smyrna, and historians begin at the Bosphorus."
    )
    labels = _labels(text)
    assert labels["Serbian National Theatre"] == ORG and labels["Belgrade Theatre"] == PLACE
    assert {labels[name] for name in ("Novi Sad", "Constantinople", "Smyrna", "Bosphorus")} == {PLACE}


def test_a_legislators_party_tag_gives_the_place_and_bridges_and_audit_offices_named_head_first():
    text = (
        "State Senator Dolores Achurra (D-Las Vegas) and Senator Austin Pruitt (R-Elko) spoke. The Nevada "
        "Legislature passed the bill. In Lima the Contraloría General de la República reviewed the Puente Nuevo."
    )
    spans = _spans(text)
    assert ("Las Vegas", PLACE) in spans and ("Elko", PLACE) in spans
    assert ("Nevada Legislature", ORG) in spans and ("Contraloría General de la República", ORG) in spans
    assert ("Puente Nuevo", PLACE) in spans


def test_statistics_named_after_their_authors_name_no_one_but_a_partys_test_does():
    text = (
        "Sites differed (Kruskal–Wallis tests) on Bray–Curtis dissimilarities (Okafor et al., 2020), and "
        "agreement (Cohen's kappa) was high (Rossi, 2017), as others found (Lindqvist & Amado, 2019). Goldsmith's test, "
        "the respondent argued, was met; Lynn Goldsmith took the photograph. Plots were compared with Simpson's "
        "diversity index, and models by Akaike's Information Criterion, after Hutchinson's niche concept. "
        "Reliability was high (Cronbach's alpha = .91) and effects small (Hedges' g = 0.18)."
    )
    named = {name for name, _ in _spans(text)}
    assert not named & {"Kruskal", "Wallis", "Bray", "Curtis", "Cohen", "Simpson", "Akaike", "Cronbach", "Hedges"}
    assert "Hutchinson" in named
    assert "Goldsmith" in named
    news = "The India–Pakistan test at Lord's drew a crowd, and China's paradox is growth."
    assert {"India", "Pakistan", "China"} <= {name for name, _ in _spans(news)}


def test_a_body_of_two_places_broadcasters_and_glaciers_named_with_their_landform_word():
    text = (
        "The Communist Party of Bohemia and Moravia lost. She hosts a show on Radio Caymanas. We studied "
        "Zachariæ Isstrøm and Storstrømmen."
    )
    spans = _spans(text)
    assert ("Communist Party of Bohemia and Moravia", ORG) in spans and ("Radio Caymanas", ORG) in spans
    assert ("Zachariæ Isstrøm", PLACE) in spans


def test_firms_and_national_sports_bodies_named_by_their_trade():
    text = (
        "The pension manager Solheim Kapital and its subsidiary Kestrel Ship Offshore agreed. "
        "New Zealand Cricket paid its players, and Norte Energia built the dam."
    )
    labels = _labels(text)
    for body in ("Solheim Kapital", "Kestrel Ship Offshore", "New Zealand Cricket", "Norte Energia"):
        assert labels[body] == ORG


def test_tunnels_viaducts_courthouses_caves_and_domes_are_places():
    text = (
        "We took the train through the Seikan Tunnel, crossed the Millau Viaduct, waited at the William K. "
        "Nakamura Courthouse, saw bats in the Dwenase Caves and a match at the Sapporo Dome."
    )
    labels = _labels(text)
    for place in ("Seikan Tunnel", "Millau Viaduct", "William K. Nakamura Courthouse", "Dwenase Caves", "Sapporo Dome"):
        assert labels[place] == PLACE


def test_a_name_an_acronym_in_brackets_spells_is_one_body_across_small_words_and_adjectives():
    text = (
        "The Economic Community of West African States (ECOWAS) sent observers. Data came from the National "
        "Centers for Environmental Information (NCEI) and the US Environmental Protection Agency (EPA). "
        "Trials were run by Medicines for Malaria Venture (MMV); MMV said medicines were short."
    )
    spans = _spans(text)
    for body in (
        "Economic Community of West African States", "National Centers for Environmental Information",
        "US Environmental Protection Agency", "Medicines for Malaria Venture", "MMV",
    ):
        assert (body, ORG) in spans


def test_a_vice_captain_is_a_title():
    text = "Qazi and vice-captain Hira Naveed added 96 before Qazi was caught at deep midwicket."
    assert ("Hira Naveed", PERSON) in _spans(text)


def test_branded_as_makes_no_firm():
    # Whether "Judas" is a person here is the statistical tagger's guess; the rule only keeps it from being a firm.
    assert _labels("He was branded as Judas by the fans.").get("Judas") != ORG


def test_a_makers_model_number_before_a_kind_of_craft_names_a_model():
    text = "The shuttle is operated by Tarvik 195 jets, and the line runs Koval 320 locomotives."
    assert _labels(text) == {}


def test_in_a_sports_report_a_country_ranked_in_a_race_or_drawn_in_a_fixture_is_a_team():
    text = (
        "The championship regatta closed the season with a medal for every squad. Canada's men's four finished "
        "second behind Italy, and the women's double won clear of Germany and Ukraine, the coach said. Fixtures on "
        "Sunday: Norway v Argentina. In the marathon, Mai Sato finished ahead of Kenya's Hope Chebet on the podium."
    )
    labels = _labels(text)
    assert {labels[name] for name in ("Italy", "Germany", "Ukraine", "Norway", "Argentina")} == {ORG}
    assert labels["Kenya"] == PLACE  # the runner's country, not a side in the race


def test_a_list_after_a_preposition_of_place_names_places_throughout_but_not_a_list_of_cited_authors():
    text = (
        "Boatmen were paid in coin at Zemun and Pančevo, and crews from Belgrade, Jasenovac and Rača were paid "
        "less. The idea runs from Santos (1989) through Polio and Gass 1997 to recent proposals. The pressure on "
        "Sunak, Hunt and Braverman grew after the vote."
    )
    labels = _labels(text)
    assert {labels[name] for name in ("Pančevo", "Jasenovac", "Rača")} == {PLACE}
    assert labels["Polio"] == labels["Gass"] == PERSON
    assert labels.get("Hunt") != PLACE and labels.get("Braverman") != PLACE  # "on" alone spreads no place


def test_a_listed_place_after_an_english_word_ends_a_works_title_not_an_authors_name():
    text = (
        "Robert Knox's An Historical Relation of the Island Ceylon (1681) describes the peelers. Galle was the "
        "principal port of Ceylon until the 1670s."
    )
    labels = _labels(text)
    assert labels["Ceylon"] == PLACE and labels.get("Island Ceylon") != PERSON


def test_in_a_sports_report_a_country_that_finishes_takes_a_medal_or_fields_a_team_is_a_team():
    text = (
        "The tournament ended on Sunday with a medal ceremony, and the coach of every squad praised the season. "
        "Kazakhstan took the women's bronze. Paraguay finished 21st, its best result. The unrated Bhutan women's "
        "team scored 9 points in the championship, while Norway led the standings."
    )
    labels = _labels(text)
    assert {labels[name] for name in ("Kazakhstan", "Paraguay", "Bhutan", "Norway")} == {ORG}


def test_a_rivers_name_without_its_feature_word_is_the_river_but_not_before_a_noun_it_qualifies():
    text = (
        "The Bermejo River drains the eastern Andes and the Tatra Mountains feed the Dunajec. The Bermejo, which "
        "rises near Tarija, leaves the mountain front, and its gravel fills the dams on the Bermejo. "
        "Farmers keep Tatra sheepdogs."
    )
    labels = _labels(text)
    assert labels["Bermejo"] == PLACE and "Tatra" not in labels


def test_in_a_sports_report_a_word_and_a_city_playing_as_a_side_name_a_club():
    text = (
        "Ventra Gdańsk won the volleyball championship match on Saturday, coming from two sets down to beat Lupi "
        "Piacenza 3-2 in front of 12,000 fans, the coach said, and the squad's captain agreed. Shericka Jackson ran "
        "well in the relay. Snow is expected across New England, and rowers raced on Lake Malta in Poznań."
    )
    labels = _labels(text)
    assert labels["Ventra Gdańsk"] == labels["Lupi Piacenza"] == ORG
    assert labels.get("Shericka Jackson", PERSON) == PERSON  # named like a club, but never plays as a side
    assert labels["New England"] == labels["Lake Malta"] == PLACE


def test_a_name_opened_by_a_saints_title_is_a_place_unless_it_is_the_saint_or_a_word_before_says_otherwise():
    text = (
        "The charters of San Benito de Sahagún were drafted at Sahagún itself, and the crossing was made at "
        "San Vito di Valcava. The panels show Saint Ursula. Fees were owed by the religious schools Santo Spirito "
        "and Immacolata in Livorno."
    )
    labels = _labels(text)
    assert labels["San Benito de Sahagún"] == labels["Sahagún"] == labels["San Vito di Valcava"] == PLACE
    assert labels.get("Saint Ursula", PERSON) == PERSON and labels["Santo Spirito"] == ORG


def test_a_line_of_counsel_with_honorifics_is_no_heading_and_a_legal_form_after_a_comma_makes_a_firm():
    text = (
        "APPEARANCES:\nFor the Plaintiffs: Dunmore Reyes LLP, by Ms. April Dunmore and Mr. Kwame Asante-Boateng\n"
        "For the Defendant Tally Cloud, Inc.: Whitfield & Crane LLP, by Mr. Gregory Nakamura and Ms. Sunniva Holm\n\n"
        "THE COURT: Please be seated."
    )
    labels = _labels(text)
    assert {labels[name] for name in ("Dunmore Reyes LLP", "Whitfield & Crane LLP", "Tally Cloud")} == {ORG}
    assert {labels[name] for name in ("Kwame Asante-Boateng", "Sunniva Holm")} == {PERSON}
    assert "Plaintiffs" not in labels


def test_solicitors_and_undersecretaries_are_titles():
    text = "Undersecretary Marco Bellini said the schools would reopen. Solicitor Tom Ashby agreed."
    spans = _spans(text)
    assert ("Marco Bellini", PERSON) in spans and ("Tom Ashby", PERSON) in spans


def test_a_party_to_an_appeal_named_by_its_role_is_no_name():
    text = (
        "Chelsea Marlow (Appellant) v. Severnside Homes (Respondent). Ms. Sunita Dhar appeared for the "
        "Respondent. The Respondent did not carry out the works, and the Claimant moved out."
    )
    assert set(_labels(text)) == {"Chelsea Marlow", "Severnside Homes", "Sunita Dhar"}


def test_a_name_right_after_a_places_based_adjective_is_a_firm_or_paper():
    text = "In an editorial, the Bandung-based Pikiran Rakyat urged calm, as did the Oslo-headquartered Nordvik Tidende."
    labels = _labels(text)
    assert labels["Pikiran Rakyat"] == ORG and labels["Nordvik Tidende"] == ORG


def test_small_national_and_island_capitals_are_listed():
    text = "Officials in Georgetown, Nuuk and Nuku'alofa agreed, as did the council in Kirkwall."
    labels = _labels(text)
    assert {labels[name] for name in ("Georgetown", "Nuuk", "Nuku'alofa", "Kirkwall")} == {PLACE}


def test_a_sports_reports_names_after_a_countrys_possessive_are_athletes_and_korean_roads_are_places():
    text = (
        "Langat won the marathon in 2 hours 6 minutes, his coach said, the best of his season. On the podium "
        "with the medal winner were Ethiopia's Bekele Worku and Japan's Ryōta Sasaki. Police closed Jong-ro "
        "and Teheran-ro in Gangnam-gu for the runners. Floods hit central Vietnam's Quảng Ngãi province."
    )
    spans = _spans(text)
    assert ("Bekele Worku", PERSON) in spans and ("Ryōta Sasaki", PERSON) in spans
    assert {label for name, label in spans if name in ("Jong-ro", "Teheran-ro", "Gangnam-gu")} == {PLACE}


def test_mines_resources_charities_and_prefectures_name_their_kind_and_a_councilmember_is_a_title():
    text = (
        "Villagers sued Vedanta Resources over its subsidiary Konkola Copper Mines. He grew up in Nobeoka, "
        "Miyazaki Prefecture, and Councilmember Renée Whitfield backed the Detroit branch of Catholic Charities."
    )
    spans = _spans(text)
    assert ("Vedanta Resources", ORG) in spans and ("Konkola Copper Mines", ORG) in spans
    assert ("Miyazaki Prefecture", PLACE) in spans and ("Renée Whitfield", PERSON) in spans
    assert ("Catholic Charities", ORG) in spans


def test_a_bodys_national_arm_is_the_body():
    text = "The vote passed, and Oxfam America, AirNav Ireland and GeoSphere Austria welcomed it."
    labels = _labels(text)
    assert {labels[name] for name in ("Oxfam America", "AirNav Ireland", "GeoSphere Austria")} == {ORG}


def test_examples_of_towns_somewhere_are_places_and_hailing_from_names_a_place():
    text = "Merchants came from towns on the Zuiderzee such as Deventer and Kampen. Their factor hailed from Wismar."
    labels = _labels(text)
    assert {labels[name] for name in ("Deventer", "Kampen", "Wismar")} == {PLACE}


def test_a_name_a_firm_trades_as_is_a_firm_and_so_is_its_list():
    text = "Four operators compete. Telefónica del Perú, trading as Movistar, Claro, Entel Perú and Bitel share the market."
    labels = _labels(text)
    assert {labels[name] for name in ("Movistar", "Claro", "Entel Perú", "Bitel")} == {ORG}


def test_a_long_run_of_small_words_before_an_acronym_is_searched_only_briefly():
    text = "Xeno " + "and " * 3000 + "Yak (XY) said so."
    assert ("XY", ORG) in _spans(text)  # no RecursionError from a search back over every "and"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Talks between Zelensky and Russian officials stalled.", "Zelensky", PERSON),
        ("The router maker (D-Link) said so.", "Link", None),
        ("State Farm raised premiums in Ohio.", "State Farm", ORG),
        ("She studied Business Management at Leeds.", "Business Management", None),
        ("The firm appointed a new Chief Executive Officer (CEO) on Monday.", "Chief Executive Officer", None),
        ("Joe Breen and Sverre Holmen attended the hearing.", "Sverre Holmen", PERSON),
        ("We sailed from Almirante out to Isla Escudo de Veraguas.", "Isla Escudo de Veraguas", PLACE),
    ],
)
def test_new_rules_leave_ordinary_names_alone(text, name, label):
    assert _labels(text).get(name) == label


SPORTS_OPENING = (
    "The coach praised his squad after the match. It was the best season of the championship, with goals from "
    "everyone. "
)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (SPORTS_OPENING + "Martinez claimed the assist in the second half.", "Martinez", PERSON),
        (SPORTS_OPENING + "Kiprop finished second behind Kipchoge in the marathon.", "Kipchoge", PERSON),
        (SPORTS_OPENING + "Shericka Jackson ran well, and Jackson said she was tired.", "Jackson", PERSON),
        (SPORTS_OPENING + "Fans in Downtown Toronto cheered the parade.", "Downtown Toronto", PLACE),
        (SPORTS_OPENING + "Dinamo Zagreb beat Hajduk. Tourists flock to Zagreb, the capital.", "Zagreb", PLACE),
        (SPORTS_OPENING + "Guardiola's team dominated, and Arteta's team never recovered.", "Arteta", PERSON),
        (SPORTS_OPENING + "Jamaica's women's team won the relay.", "Jamaica", ORG),
        (SPORTS_OPENING + "Norway v. Argentina kicks off at noon.", "Argentina", ORG),
        ("The Charles River runs through Boston. Charles, who rows there daily, said it was clean.", "Charles", PERSON),
        ("Santi Cazorla signed a new contract on Tuesday.", "Santi Cazorla", PERSON),
        ("The conference was held in Las Vegas, NV, last week.", "Las Vegas", PLACE),
        ("Why Ms. Priya Patel Thinks Rent Control Will Fail in the City", "Public Housing", None),
    ],
)
def test_this_sessions_rules_leave_ordinary_names_alone(text, name, label):
    assert _labels(text).get(name) == label


def test_in_a_sports_report_the_country_a_side_tours_is_a_place():
    text = SPORTS_OPENING + "India finished behind England, and the squad prepares for the tour of England."
    spans = _spans(text)
    assert ("England", ORG) in spans and ("England", PLACE) in spans


def test_an_electoral_ward_is_a_place_and_a_person_called_ward_is_still_a_person():
    text = (
        "The motion passed with support from councillors for Somerset Ward, Kitchissippi Ward and Capital Ward. "
        "Rachel Ward, a resident, said the tax was fair."
    )
    labels = _labels(text)
    assert {labels[name] for name in ("Somerset Ward", "Kitchissippi Ward", "Capital Ward")} == {PLACE}
    assert labels["Rachel Ward"] == PERSON


def test_a_medical_or_health_centre_one_works_or_studies_at_is_an_institution_not_a_venue():
    text = "She did her diploma at Bugando Medical Centre in Mwanza, and cases were seen at the Stara Lipnica Health Centre."
    labels = _labels(text)
    assert labels["Bugando Medical Centre"] == labels["Stara Lipnica Health Centre"] == ORG


def test_a_market_named_with_its_cue_word_is_a_place():
    text = "Research centred on Kejetia Market, rebuilt in 2019, and on traders at Asafo Market in Kumasi."
    labels = _labels(text)
    assert labels["Kejetia Market"] == labels["Asafo Market"] == PLACE


def test_a_town_joined_to_its_river_or_region_by_a_small_word_is_one_place():
    text = "She lives in Newport-on-Tay and works near Barrow-in-Furness. Stoke-on-Trent and Châlons-en-Champagne agreed."
    spans = _spans(text)
    for town in ("Newport-on-Tay", "Barrow-in-Furness", "Stoke-on-Trent", "Châlons-en-Champagne"):
        assert (town, PLACE) in spans
    assert not any(name in ("Tay", "Furness", "Trent") for name, _ in spans)
    assert _labels("Her Brother-in-Law said the house was sold.") == {}


def test_an_everyday_abbreviation_is_no_body_but_an_agencys_initials_after_its_place_are():
    text = (
        "The footage, shot from the POV of the ROV, reached the ICU team. "
        "Texas DOT closed the road, and the CEO flew to Washington DC."
    )
    labels = _labels(text)
    assert not {"POV", "ROV", "ICU", "CEO"} & labels.keys()
    assert labels["Texas DOT"] == ORG
    assert labels.get("Washington DC", labels.get("Washington")) == PLACE


def test_a_roman_number_numbers_a_part_unless_it_follows_a_name():
    text = (
        "The thread was called Scientology and the Internet, part XVII. In Phase II, costs rose under Title IX. "
        "Henry VIII and Pope Benedict XVI are studied."
    )
    labels = _labels(text)
    assert not {"XVII", "Phase II", "Title IX"} & labels.keys()
    assert labels["Henry VIII"] == labels["Benedict XVI"] == PERSON


def test_a_leaders_name_before_administration_or_presidency_is_that_person():
    text = (
        "Critics of the Obama administration spoke first. Under the Biden administration, tariffs rose, "
        "and the Lula presidency began. The Nairobi administration approved it."
    )
    labels = _labels(text)
    assert labels["Obama"] == labels["Biden"] == labels["Lula"] == PERSON
    assert labels["Nairobi"] == PLACE


def test_a_seat_of_power_one_goes_to_is_a_place_and_one_that_speaks_is_the_body():
    text = (
        "She was invited to the White House, and protesters gathered outside Downing Street. "
        "The White House said it would act, and a letter was sent to the Kremlin. "
        "Later the ambassador was summoned to the Kremlin."
    )
    assert _spans(text) == [
        ("White House", PLACE), ("Downing Street", PLACE), ("White House", ORG), ("Kremlin", ORG), ("Kremlin", PLACE),
    ]


def test_a_given_name_before_a_country_name_is_a_person_not_a_national_body():
    text = "Jimmy Wales, founder of Wikipedia, met Tom Wales. Sport England and Cancer Research UK paid."
    labels = _labels(text)
    assert labels["Jimmy Wales"] == labels["Tom Wales"] == PERSON
    assert labels["Sport England"] == labels["Cancer Research UK"] == ORG


def test_a_town_before_a_place_named_with_a_nationality_word_is_no_language():
    text = "The probe was launched from Kourou, French Guiana. Youth mix Sheng, English and Swahili."
    labels = _labels(text)
    assert labels["Kourou"] == labels["French Guiana"] == PLACE
    assert "Sheng" not in labels


def test_a_virus_strain_is_no_organisation():
    assert _labels("Margaret Chan said H1N1 had spread, unlike MERS.") == {"Margaret Chan": PERSON}


def test_a_title_that_opens_a_listed_name_is_no_title():
    labels = _labels("Shares of General Motors rose, and Foreign Secretary James Cleverly spoke.")
    assert labels == {"General Motors": ORG, "James Cleverly": PERSON}


def test_a_speaker_named_by_role_in_a_transcript_is_no_body():
    text = "THE COURT: Please be seated.\nTHE CLERK: All rise.\nMS. AGUIRRE: Good morning, Your Honor."
    assert _labels(text) == {"AGUIRRE": PERSON}


def test_a_name_after_a_or_an_is_a_kind_of_thing_unless_something_says_person():
    text = (
        "Composer Ryuichi Sakamoto died in Tokyo. Sakamoto won an Oscar for the score in 1988. "
        "Counts followed a Poisson error distribution. She asked for a Mr. Benedetti."
    )
    labels = _labels(text)
    assert not {"Oscar", "Poisson"} & labels.keys()
    assert labels["Benedetti"] == PERSON


def test_a_country_a_side_drew_with_by_a_score_is_a_team():
    text = "Nigeria's Super Eagles drew 1-1 with Ivory Coast in Abidjan, and Mali drew 2-2 with Ghana."
    labels = _labels(text)
    assert labels["Ivory Coast"] == labels["Ghana"] == ORG
    assert labels["Abidjan"] == PLACE


def test_the_mass_a_priest_celebrates_is_no_one():
    text = "ROME — Pope Francis celebrated Mass in St. Peter's Square before tens of thousands of pilgrims."
    assert "Mass" not in _labels(text)


def test_a_surname_that_is_also_a_title_stays_the_person_when_alone():
    text = "Fire Chief Paul King said nobody was hurt. King said the fire began in a kitchen. The King later visited."
    assert _spans(text) == [("Paul King", PERSON), ("King", PERSON)]


def test_a_common_word_opening_a_sentence_is_a_surname_seen_before_when_it_acts_alone():
    text = (
        "Sydney man Mark Little was sentenced on Friday. Little, 52, had pleaded guilty. "
        "Little is known about his partner. Neil Young sang. Young people cheered."
    )
    assert _spans(text) == [("Sydney", PLACE), ("Mark Little", PERSON), ("Little", PERSON), ("Neil Young", PERSON)]


def test_a_name_set_off_after_a_place_noun_is_that_place():
    text = (
        "Indonesia's new capital, Nusantara, will open next year. The nurse rides to the outlying villages, "
        "Muhunga, Kitanga and others. The district manager for our area, Marcus Ellery, picks up the phone."
    )
    labels = _labels(text)
    assert labels["Nusantara"] == labels["Muhunga"] == PLACE
    assert labels["Marcus Ellery"] == PERSON


def test_in_a_sports_report_a_town_and_city_or_town_names_a_club_but_a_listed_city_stays_a_place():
    text = (
        "Leicester City won the match 2-0 against Everton on Saturday, with goals in the first half from Jamie Vardy "
        "and a penalty late in the second half. "
        "The win moved Leicester level with Swansea City after they were beaten 1-0 at home by Stoke City. "
        "Ipswich Town host Derby County next. Fans in Mexico City cheered."
    )
    labels = _labels(text)
    assert {labels[name] for name in ("Swansea City", "Stoke City", "Ipswich Town", "Derby County")} == {ORG}
    assert labels["Mexico City"] == PLACE


def test_a_name_before_a_body_noun_is_that_body_but_a_town_before_a_firms_name_is_not():
    text = (
        "The governing Smer party lost seats, and the Zubr brewery closed. Smer said it would wait. "
        "A lawyer with the Turku firm Kallio Ekholm said buyers in Turku were gone."
    )
    labels = _labels(text)
    assert labels["Smer"] == labels["Zubr"] == ORG
    assert labels.get("Turku") != ORG


def test_someone_called_by_their_trade_or_a_housemates_name_is_a_person():
    text = (
        "We met a retired surveyor called Gareth Pritchard, and my flatmate Kit helped. "
        "A publisher called Canongate bought the book."
    )
    labels = _labels(text)
    assert labels["Gareth Pritchard"] == labels["Kit"] == PERSON
    assert labels["Canongate"] == ORG


def test_an_adjective_or_a_faith_opening_before_staff_or_clergy_is_no_body():
    text = (
        "Political analysts said the vote was close. The Roman Catholic bishop of Campina Grande agreed. "
        "Harvest chief executive Lukas Brabec disagreed."
    )
    labels = _labels(text)
    assert not {"Political", "Roman Catholic"} & labels.keys()
    assert labels["Harvest"] == ORG and labels["Campina Grande"] == PLACE


def test_a_newspaper_called_register_and_well_known_firms_are_organisations():
    text = (
        "Critics at the Des Moines Register disagreed. Yahoo made an offer, and investors in General Electric gained."
    )
    labels = _labels(text)
    assert labels["Des Moines Register"] == labels["Yahoo"] == labels["General Electric"] == ORG


def test_software_a_paper_analysed_with_is_no_place():
    text = (
        "Code-switching has been studied (Poplack, 1980) and (Lindqvist & Amado, 2019). Transcripts were "
        "annotated in Praat and models fitted in Mplus (Smith, 2020). Samples were processed in Bergen."
    )
    labels = _labels(text)
    assert not {"Praat", "Mplus"} & labels.keys()
    assert labels["Bergen"] == PLACE


def test_a_body_named_like_a_place_keeps_its_type_in_every_mention():
    text = (
        "The Reykjavik band Frost Harbour won the prize on Thursday. Frost Harbour formed in 2009 when the "
        "singer met a guitarist. She later moved to Atlantic Bridge."
    )
    assert _spans(text) == [
        ("Reykjavik", PLACE), ("Frost Harbour", ORG), ("Frost Harbour", ORG), ("Atlantic Bridge", PLACE),
    ]


def test_a_relative_named_like_a_country_is_a_person():
    text = "Ahmed danced with his brother Jordan at the party. Jordan, the country, sent its congratulations."
    assert _spans(text) == [("Ahmed", PERSON), ("Jordan", PERSON), ("Jordan", PLACE)]


def test_a_body_whose_name_opens_with_fields_joined_by_and_is_one_name():
    text = (
        "Funding came from the Economic and Social Research Council and the Social Sciences and Humanities "
        "Research Council. Google and Microsoft Research agreed."
    )
    spans = _spans(text)
    assert ("Economic and Social Research Council", ORG) in spans
    assert ("Social Sciences and Humanities Research Council", ORG) in spans
    assert ("Google", ORG) in spans and ("Microsoft Research", ORG) in spans


def test_a_name_in_capitals_with_a_middle_initial_is_a_person():
    text = "For the Appellant:\nKATHERINE M. DELACROIX, ESQ., Chicago, Illinois.\nBEFORE: HON. MARGARET A. CHO-LINDGREN"
    labels = _labels(text)
    assert labels["KATHERINE M. DELACROIX"] == PERSON
    assert PERSON in {label for name, label in labels.items() if "CHO-LINDGREN" in name}
    assert "ESQ" not in labels


def test_an_address_to_the_bench_is_no_apposition_and_initials_before_a_country_are_a_party():
    text = (
        "MS NAKASHIMA: Briefly, my Lord. The tribunal followed KO (Nigeria) v Secretary of State and HA (Iraq), "
        "and the EU (Brussels) office agreed."
    )
    labels = _labels(text)
    assert "Briefly" not in labels
    assert labels["KO"] == labels["HA"] == PERSON
    assert labels["EU"] == ORG


def test_a_name_after_encyclopedia_or_wiki_is_an_organisation():
    text = "Online encyclopedia Omnipedia was blocked, and the wiki Valleypedia too. Omnipedia editors objected."
    labels = _labels(text)
    assert labels["Omnipedia"] == labels["Valleypedia"] == ORG


def test_an_affiliation_line_with_a_faculty_and_a_compound_given_name():
    text = "Marie-Claude Fortin, Faculty of Education, Queen's University, Kingston, Ontario"
    assert _spans(text) == [
        ("Marie-Claude Fortin", PERSON), ("Faculty of Education", ORG), ("Queen's University", ORG),
        ("Kingston", PLACE), ("Ontario", PLACE),
    ]


def test_a_surname_that_is_a_common_word_opens_a_turn_or_a_clause_as_that_person():
    text = (
        "Professor Victor Young joined in 2001. Professor Stephen Long reviewed it.\n\n"
        "Wikinews: Why mathematics?\n\nYoung: Mathematics is the easy part.\n\n"
        "Long, who was not involved, agreed. Young people cheered. And Anna Berg said no."
    )
    assert _spans(text) == [
        ("Victor Young", PERSON), ("Young", PERSON), ("Stephen Long", PERSON), ("Long", PERSON),
        ("Wikinews", ORG), ("Anna Berg", PERSON),
    ]
    assert _spans("They asked the dean. But Halden University said no.") == [("Halden University", ORG)]


def test_a_bench_of_judges_named_by_surname_after_their_titles_is_no_heading():
    text = (
        "Before: Chief Justice Lindahl, Justice Ruiz-Baptiste, Justice Osei and Justice Hagen\n\n"
        "MR. BOATENG: May it please the Court."
    )
    labels = _labels(text)
    assert {labels.get(name) for name in ("Lindahl", "Ruiz-Baptiste", "Osei", "Hagen")} == {PERSON}


def test_a_language_described_by_who_speaks_it_is_no_name():
    text = "I am documenting Kessa, a language spoken by 3,000 people. He messages me in Kessa."
    assert _labels(text) == {}


def test_languages_named_in_their_own_form_are_no_places():
    text = "Interviews were conducted in Kiswahili in Dodoma. They speak Tok Pisin in Goroka."
    assert _labels(text) == {"Dodoma": PLACE, "Goroka": PLACE}


def test_in_a_sports_report_players_listed_before_a_club_verb_stay_players():
    text = (
        "Team Esbjerg won the handball final 29-27 against Odense on Saturday. Ødegaard scored two goals in the "
        "second half, and Brink added a penalty for the champions. Ødegaard and Brink are due to join the "
        "national squad on June 1."
    )
    labels = _labels(text)
    assert labels.get("Ødegaard") != ORG and labels.get("Brink") != ORG
    assert labels["Team Esbjerg"] == labels["Odense"] == ORG


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("WATCH: The Moment Storm Ciara Hit Brighton Pier", "Brighton", PLACE),
        ("Russia's neighbour Ukraine has asked for more air defence systems.", "Ukraine", PLACE),
        ("Samsung of South Korea overtook Apple last year.", "South Korea", PLACE),
        ("Researchers at Rice and Duke University agreed.", "Duke University", ORG),
        (
            "Chidi Okonkwo opened a shop. In the capital, Okonkwo, who runs a bakery, said prices rose.",
            "Okonkwo", PERSON,
        ),
        ("Police arrested a Navalny supporter in Moscow.", "Navalny", PERSON),
        ("Pope Innocent III called the Fourth Crusade in 1198.", "Innocent III", PERSON),
        ("The American Petroleum Institute (API) said stocks rose.", "API", ORG),
        ("The title fight moves to Atlantic City, New Jersey, after the champion won the bout 3-0 on points "
         "and the coach praised the squad's goals and the league standings.", "Atlantic City", PLACE),
        ("1. Introduction\nCorruption matters (Rossi, 2017; Lee, 2019; Park, 2020). Scores came from "
         "Transparency International's corruption index.", "Transparency International", ORG),
        ("1. Introduction\nTalk matters (Rossi, 2017; Lee, 2019; Park, 2020). Interviews were coded using "
         "Braun and Clarke's approach.", "Braun", PERSON),
        ("Speaking at the forum Macron warned of a trade war.", "Macron", PERSON),
        ("Bids came from CR (China) and LG (South Korea).", "LG", ORG),
        ("Reuters reached the Kremlin for comment but received no reply.", "Kremlin", ORG),
        ("They hiked to a glacier called Skaftafell before dusk.", "Skaftafell", PLACE),
        ("Imperial Brands reported a loss. Imperial executives said the group would cut jobs.", "Imperial", ORG),
        ("TURKEY: The death toll from the earthquake rose to 40,000 on Tuesday.", "TURKEY", PLACE),
    ],
)
def test_this_sessions_rules_leave_these_sentences_as_they_were(text, name, label):
    assert _labels(text).get(name) == label


def test_roads_by_number_clubs_someone_follows_grocers_periods_and_honours():
    text = (
        "Traffic on the A605 and the M25 was stopped, while Kigali denied backing the M23 rebels. "
        "Ann Reid, a follower of Bradford City, shopped at Tesco and Aldi, and a critic of Broward County wrote. "
        "The fossil dates from the early Jurassic, and its finder was appointed MBE. The M16 rifle jammed."
    )
    labels = _labels(text)
    assert labels["A605"] == labels["M25"] == PLACE
    assert labels["M23"] == ORG and "M16" not in labels
    assert labels["Bradford City"] == labels["Tesco"] == labels["Aldi"] == ORG
    assert labels["Broward County"] == PLACE
    assert not {"Jurassic", "MBE"} & labels.keys()



@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("We spent the day at Douglas Castle.", "Douglas Castle", PLACE),
        ("The A100 chip from Nvidia powers many data centres.", "A100", None),
        ("The Mirror said the minister had resigned.", "Mirror", ORG),
        ("Investors and supporters of Tech City start-ups met in Shoreditch.", "Tech City", PLACE),
        ("He is a critic of Broward County and its sheriff.", "Broward County", PLACE),
    ],
)
def test_the_last_rules_leave_these_sentences_as_they_were(text, name, label):
    assert _labels(text).get(name) == label


def test_language_families_are_no_names_nor_two_places():
    text = "The languages were Niger-Congo, Tai-Kadai and Austronesian, studied at the University of Ghana."
    assert _labels(text) == {"University of Ghana": ORG}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Police in Marlow said the Marlow car park will close on Sunday.", "Marlow", PLACE),
        ("Farmers in Kona say Kona coffee prices have doubled.", "Kona", PLACE),
        ("The Illinois Natural History Survey warned of invasive carp.", "Illinois Natural History Survey", ORG),
        ("The Framingham Heart Study announced new funding on Monday.", "Framingham Heart Study", ORG),
    ],
)
def test_goods_and_survey_names_keep_their_readings(text, name, label):
    assert _labels(text).get(name) == label


FOOTBALL_REPORT = (
    "Spain beat Morocco 2-1 on Tuesday to reach the quarter-finals, where they will be facing Brazil on "
    "Saturday. The striker scored twice for the side and the goalkeeper saved a penalty in the second half. "
    "Argentina meet France in the other tie, and fans from both teams are expected to fill the stadium."
)
TENNIS_REPORT = (
    "Carlos Alcaraz beat Jannik Sinner 6-4 6-3 on Sunday to win the final, his third title of the season. "
    "In the semi-final he faced Nadal, who had beaten Zverev in three sets. He will be facing Djokovic next "
    "week and hopes to meet Medvedev in the quarter-finals. The crowd cheered every point of the match."
)


def test_a_country_faced_or_met_in_a_match_is_its_team():
    labels = _labels(FOOTBALL_REPORT)
    assert [labels[name] for name in ("Brazil", "Argentina", "France")] == [ORG, ORG, ORG]


def test_in_a_match_of_single_players_the_names_they_face_are_people():
    labels = _labels(TENNIS_REPORT)
    assert [labels.get(name) for name in ("Nadal", "Zverev", "Djokovic", "Medvedev")] == [PERSON] * 4


def test_a_trade_in_apposition_to_a_personal_name_is_hers_not_a_firms():
    text = (
        "The press was founded by Harriet Quayle, a former bookseller. "
        "Florence Books, a bookseller in Leeds, closed."
    )
    assert _labels(text) == {"Harriet Quayle": PERSON, "Florence Books": ORG, "Leeds": PLACE}


def test_a_name_with_a_dutch_or_german_particle_is_a_person_where_no_list_knows_it():
    text = (
        "Compare the portrait of Anna van der Veen in the hall. Defending champion Anna de Wit of the "
        "Dutch team had a difficult day. The Encuesta de Hogares was published."
    )
    labels = _labels(text)
    assert labels.get("Anna van der Veen") == PERSON and labels.get("Anna de Wit") == PERSON
    assert not {"Haus der Kunst", "Kamer van Koophandel"} & _labels(
        "It opens at the Haus der Kunst in Munich; the Kamer van Koophandel agreed."
    ).keys()
    assert labels.get("Encuesta de Hogares") != PERSON


def test_a_cited_surname_that_is_also_a_word_or_title_is_the_author_in_that_citation_only():
    text = (
        "1. Introduction\n\nRivers draining young mountains carry sediment. Early work by Singer (1966) framed it, and "
        "later studies extended it (Young & Castellanos, 2018; King, 2004). Church (2011) examined the "
        "correspondence (Okonjo & Barrett, 2017; Rivers & Hale, 2015), and Bishop (2021) agrees. "
        "Consider a case from English [10].\n\n2. Methods"
    )
    spans = _spans(text)
    for name in ("Singer", "Young", "King", "Church", "Bishop"):
        assert (name, PERSON) in spans
    assert [label for name, label in spans if name == "Rivers"] == [PERSON]  # the cited one, not the river word
    assert "English" not in dict(spans)


def test_a_counted_apposition_after_a_list_says_what_each_name_is():
    text = (
        "Sampling was extended to Shillington and Laureldale, two boroughs that buy water from the utility. "
        "Shares of Kestrel and Brightwater, two companies based in Ohio, fell."
    )
    labels = _labels(text)
    assert [labels.get(name) for name in ("Shillington", "Laureldale", "Kestrel", "Brightwater")] == [
        PLACE, PLACE, ORG, ORG
    ]


def test_one_unknown_word_alone_in_a_picture_credit_is_the_user_who_took_it():
    text = "Residents cleaned their streets on Thursday. Image: Hispalois.\n\nThe army arrived. Photo: Reuters."
    labels = _labels(text)
    assert labels.get("Hispalois") == PERSON and labels.get("Reuters") == ORG


def test_a_paper_names_language_varieties_software_and_data_repositories_for_what_they_are():
    text = (
        "1. Introduction\n\nIn Cusco Quechua, evidentials are obligatory, unlike La Paz Aymara (Faller, 2002). "
        "Pitch was measured in Praat and maps drawn in QGIS; the data are on Zenodo and records came from GBIF."
        "\n\n2. Methods"
    )
    labels = _labels(text)
    assert not {"Cusco Quechua", "Cusco", "La Paz Aymara", "La Paz", "Praat", "QGIS"} & labels.keys()
    assert labels.get("Zenodo") == ORG and labels.get("GBIF") == ORG


def test_rules_and_directives_are_laws_not_names():
    text = (
        "Under the Lead and Copper Rule utilities choose sites, and the Volcker Rule was softened. "
        "The House Rules Committee met to discuss the Habitats Directive."
    )
    assert _labels(text) == {"House Rules Committee": ORG}


def test_an_irish_surname_opened_by_o_or_ni_is_a_person():
    text = "We print some copies in Dublin, and Ó Briain collects them. Ní Dhomhnaill said so."
    assert _labels(text) == {"Dublin": PLACE, "Ó Briain": PERSON, "Ní Dhomhnaill": PERSON}


def test_letting_agents_bookshops_and_emporiums_are_firms():
    text = "The flat was managed by Homefield Lettings. The owner of the Lantern Bookshop in Ludlow said so."
    assert _labels(text) == {"Homefield Lettings": ORG, "Lantern Bookshop": ORG, "Ludlow": PLACE}


def test_a_given_name_before_two_common_nouns_opens_no_persons_name():
    labels = _labels("He signed a car finance agreement with Sterling Auto Credit. Grace Anne Smith spoke.")
    assert labels.get("Sterling Auto Credit") != PERSON and labels.get("Grace Anne Smith") == PERSON


def test_it_after_a_verb_of_saying_makes_a_body_only_when_it_opens_a_clause():
    labels = _labels("Then Nigella Lawson posted it on Instagram. Harvest said it would cut jobs.")
    assert labels == {"Nigella Lawson": PERSON, "Instagram": ORG, "Harvest": ORG}


def test_a_season_before_a_year_is_a_date_not_a_name():
    assert _labels("When did you open? Autumn 2022, in Leeds. In Spring 2021 we moved.") == {"Leeds": PLACE}


def test_a_san_or_santa_before_a_given_name_is_a_town_not_a_saint():
    labels = _labels("She works at the University of California, Santa Barbara. We met at San Rosendo.")
    assert labels == {"University of California": ORG, "Santa Barbara": PLACE, "San Rosendo": PLACE}


def test_conventions_and_fairs_are_events_but_a_listed_organiser_in_their_name_is_named():
    text = (
        "Sites are protected under the Ramsar Convention. People recognise it at the Frankfurt Book Fair, and "
        "he was a guest at the Google Science Fair. Our stock comes through Gardners, the wholesaler."
    )
    assert _labels(text) == {"Google": ORG, "Gardners": ORG}


def test_a_glaciers_name_without_its_feature_word_is_that_glacier():
    spans = _spans("Pastoruri Glacier has shrunk since 1995. Now Pastoruri is gone.")
    assert spans == [("Pastoruri Glacier", PLACE), ("Pastoruri", PLACE)]


def test_names_listed_after_a_place_noun_and_a_colon_are_places():
    labels = _labels("We worked in two villages: Chinchero and Ollantaytambo.")
    assert labels == {"Chinchero": PLACE, "Ollantaytambo": PLACE}


def test_a_relatives_kin_word_is_a_title_outside_the_name():
    spans = _spans("I learned to cook from Auntie Njeri and Uncle Kamau.")
    assert spans == [("Njeri", PERSON), ("Kamau", PERSON)]


def test_a_ships_name_in_apposition_after_a_vessel_noun_is_no_name():
    text = (
        "She spent years aboard the cruise ship, Freewinds. Later she left the Freewinds. "
        "The ship, Maersk said, was late."
    )
    labels = _labels(text)
    assert "Freewinds" not in labels and labels.get("Maersk") == ORG


def test_a_seat_of_power_something_or_someone_is_brought_to_is_the_building():
    spans = _spans("Want to bring it to the White House? He sent a letter to the White House.")
    assert spans == [("White House", PLACE), ("White House", ORG)]


_PAPER = "1. Introduction\n\n{}\n\n2. Methods"
_MATCH = "The striker scored twice, the goalkeeper saved a penalty and the coach praised the squad after the match. {}"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [  # sentences a review of this session's rules found them misreading, read as before them (or better)
        ("The board hired Accenture to overhaul its billing systems.", "Accenture", None),
        ("Rome defeated Carthage in 146 BC.", "Carthage", None),
        (_MATCH.format("The chairman will meet Levy on Friday to discuss the new stadium."), "Levy", None),
        (_MATCH.format("Arsenal beat Chelsea 2-0. Carlos Alcaraz beat Jannik Sinner 6-4 6-3. Celtic will face "
                       "Ferencvaros next."), "Ferencvaros", None),
        ("Eddie Stobart, the haulier, reported a loss for the year.", "Eddie Stobart", ORG),
        (_PAPER.format("Apple (2020) reports that sales rose (Guardian, 2018; Smith, 2019)."), "Apple", ORG),
        (_PAPER.format("Table (2019) summarises the results (Okafor, 2019; Lindqvist, 2021)."), "Table", None),
        ("The new bridge opened to traffic in May. Image: Shutterstock.", "Shutterstock", ORG),
        ("The report was written by Keane and Doyle, two miners from Castlecomer.", "Keane", PERSON),
        (_PAPER.format("Thabo Zulu recorded them (Okafor, 2019; Lindqvist, 2021)."), "Thabo Zulu", PERSON),
        ("The true-crime writer Ann Rule died in 2015.", "Ann Rule", PERSON),
        ("The Uí Néill kings ruled Ulster.", "Uí Néill", None),
        ("Emporium, Pennsylvania, is a borough in Cameron County.", "Emporium", PLACE),
        ("Fonterra said it now expects lower milk prices.", "Fonterra", ORG),
        ("Children wrote letters to Santa Claus.", "Santa Claus", PERSON),
        ("It opens at the Haus der Kunst in Munich next week.", "Haus der Kunst", None),
    ],
)
def test_the_reviewed_rules_leave_these_sentences_as_they_were(text, name, label):
    assert _labels(text).get(name) == label


def test_an_interviewers_mark_in_double_brackets_is_no_name():
    text = "((WN)) How did you start?\n\nI started young, in Leeds.\n\n((WN)) Thank you."
    assert _labels(text) == {"Leeds": PLACE}


def test_a_listed_town_named_upon_its_river_is_one_place_but_upon_joins_no_others():
    text = "The bottles came from the plant at Burton upon Trent. The attack by Germany upon Poland began."
    assert _spans(text) == [("Burton upon Trent", PLACE), ("Germany", PLACE), ("Poland", PLACE)]


def test_british_public_bodies_and_officials_keep_their_names_whole():
    text = (
        "The Department of Health and Social Care said so. Referee Tom Bramall agreed, "
        "and Siobhán Ní Bhriain QC appeared for the council."
    )
    assert _spans(text) == [
        ("Department of Health and Social Care", ORG), ("Tom Bramall", PERSON), ("Siobhán Ní Bhriain", PERSON)
    ]


def test_alpine_huts_peaks_and_valleys_are_places():
    text = "We met at the Britannia Hut. Guides walked on the Matterhorn and the Weisshorn above the Lötschental."
    assert _labels(text) == {
        "Britannia Hut": PLACE, "Matterhorn": PLACE, "Weisshorn": PLACE, "Lötschental": PLACE
    }


def test_an_age_between_commas_makes_a_person_and_the_town_after_it_a_place():
    text = "Dallas Whitfield, 36, of Bromley, was charged. A farmer from nearby Upper Hadley spoke."
    assert _labels(text) == {"Dallas Whitfield": PERSON, "Bromley": PLACE, "Upper Hadley": PLACE}


def test_a_surname_that_is_also_a_place_word_is_cited_before_et_al():
    text = "1. Introduction\n\nPark et al. (2021) found strong cooling (Okafor, 2019; Lindqvist, 2021).\n\n2. Methods"
    assert _labels(text).get("Park") == PERSON


def test_sides_held_by_or_staying_clear_in_a_table_are_clubs_and_a_corner_comes_from_a_player():
    text = _MATCH.format(
        "Leeds were held 1-1 by Norwich. Liverpool stayed eight points clear, and fans from Porto and Lisbon "
        "stayed behind. Mbeki met a corner from Tyrhys Dolan."
    )
    labels = _labels(text)
    assert [labels.get(name) for name in ("Norwich", "Liverpool", "Porto", "Tyrhys Dolan")] == [ORG, ORG, PLACE, PERSON]


def test_british_high_street_chains_are_organisations():
    labels = _labels("Sainsbury's said it would cut prices. Currys said profits fell, as did Superdrug and Greggs.")
    assert labels == {"Sainsbury's": ORG, "Currys": ORG, "Superdrug": ORG, "Greggs": ORG}


def test_a_possessive_or_a_plural_nationality_before_a_name_stays_outside_it():
    spans = _spans("His Congress party lost. Australians Jordan Thompson and Alex de Minaur won.")
    assert spans == [("Congress", ORG), ("Jordan Thompson", PERSON), ("Alex de Minaur", PERSON)]


def test_a_saints_school_keeps_its_possessive_and_kind_inside_the_name():
    spans = _spans("Pupils at St Aidan's Primary School were sent home. Russia's High Court ruled.")
    assert spans == [("St Aidan's Primary School", ORG), ("Russia", PLACE), ("High Court", ORG)]


def test_a_schools_fields_joined_by_and_stay_in_its_name():
    spans = _spans("Researchers from the London School of Hygiene and Tropical Medicine took part.")
    assert spans == [("London School of Hygiene and Tropical Medicine", ORG)]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [  # sentences a second review found the later rules misreading, read as before them
        ("Arnold Weinstock ran GEC for three decades. Weinstock was known for his frugality.", "Weinstock", PERSON),
        ("Sheetal said she would run again.", "Sheetal", PERSON),
        ("The Emmental cheese has holes.", "Emmental", None),
        ("Boots and gloves are essential on the hill.", "Boots", None),
        ("The ancient city of Argos lay in the Peloponnese.", "Argos", PLACE),
        ("Representative John Lewis of Georgia spoke.", "John Lewis", PERSON),
        (_MATCH.format("Tokyo remained under a state of emergency during the Games."), "Tokyo", PLACE),
        ("The office is at Gran Vía, 28, in Madrid.", "Gran Vía", PLACE),
        ("Refuge, the domestic abuse charity, said calls had risen.", "Refuge", ORG),
        ("Sporting KC beat the LA Galaxy on Saturday.", "Sporting KC", ORG),
        ("Conference organizer Informa Markets cancelled the show.", "Informa Markets", None),
        ("His Majesty's Government will respond.", "His Majesty's Government", ORG),
        ("The transcript reads: ((Maria Lopez)) Thank you.", "Maria Lopez", PERSON),
    ],
)
def test_the_second_reviews_sentences_keep_their_readings(text, name, label):
    assert _labels(text).get(name) == label


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [  # a third review's sentences: rules it found misfiring were reverted, and these keep their readings
        ("The ceremony was led by Air Marshal Richard Knighton in London.", "Richard Knighton", PERSON),
        (_MATCH.format("The riders rode for Paris through the night."), "Paris", PLACE),
        ("Patrick's High School days were fun, Patrick said.", "Patrick", PERSON),
        ("He was born in Stratford upon Avon in 1564.", "Stratford upon Avon", PLACE),
    ],
)
def test_the_third_reviews_sentences_keep_their_readings(text, name, label):
    assert _labels(text).get(name) == label


def test_only_a_lower_case_kind_before_a_name_makes_it_a_body():
    text = (
        "A man from the Leeds and District Beekeepers' Association, Colin Ratcliffe, told me so. "
        "The broadcaster Rai agreed."
    )
    labels = _labels(text)
    assert labels.get("Colin Ratcliffe") == PERSON and labels.get("Rai") == ORG
