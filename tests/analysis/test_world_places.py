"""The place lists: what the generated list's filter keeps, and how the app looks places up."""

from desktop.analysis.gazetteer import PlaceTable, gazetteer
from desktop.analysis.world_places import _plain_region_name, kept_names


def test_the_filter_keeps_places_and_leaves_out_surnames_given_names_words_and_bare_directions():
    names = [
        "Kumasi", "Acapulco de Juárez",  # places
        "Preston",  # a surname
        "Florence",  # a given name
        "Split",  # a word
        "Upper East", "Central",  # directions only
        "Halle (Saale)", "Gävleborgs län [SE-21]",  # qualified in brackets
        "Oslo",  # already hand-kept
        "Ota",  # too short to trust
    ]
    kept = kept_names(names, excluded_words={"split"}, surnames={"Preston"})
    assert kept == ["Acapulco de Juárez", "Kumasi"]


def test_generated_places_are_known_but_the_hand_kept_canonical_names_win():
    places = gazetteer().places
    assert places[("Kumasi",)] == "Kumasi"
    assert places[("U.S.",)] == "United States"


def test_regions_are_read_as_news_writes_them():
    assert _plain_region_name("Guangdong Sheng") == "Guangdong"
    assert _plain_region_name("Mahārāshtra") == "Maharashtra"
    assert _plain_region_name("Île-de-France") == "Île-de-France"  # other diacritics stay


def test_a_place_written_with_accents_the_list_lacks_is_found_but_not_the_other_way():
    table = PlaceTable({("Reykjavik",): "Reykjavik", ("Falcón",): "Falcón"})
    assert ("Reykjavík",) in table and table[("Reykjavík",)] == "Reykjavik"
    assert ("Falcon",) not in table and table.get(("Falcon",)) is None
