"""Groups named by nationality, faith or party, on texts written for each guarantee."""

from __future__ import annotations

from desktop.analysis import GROUP, analyze
from desktop.analysis.entities import find_entities
from desktop.analysis.groups import find_groups
from desktop.analysis.tokens import sentences


def _groups(text: str) -> dict[str, list[str]]:
    """Canonical group -> the mentions' texts, in order."""
    sents = sentences(text)
    return {g.canonical: [m.text for m in g.mentions] for g in find_groups(sents, find_entities(text, sents))}


def test_singular_and_plural_forms_are_one_group_and_multi_word_groups_are_whole():
    text = "Russian officials met Russians in Kyiv. North Korean troops crossed. Muslims and Democrats voted."
    assert _groups(text) == {
        "Russian": ["Russian", "Russians"],
        "North Korean": ["North Korean"],
        "Muslim": ["Muslims"],
        "Democrat": ["Democrats"],
    }


def test_members_of_a_faith_are_a_group_and_no_people():
    text = "The problem is between Jews and Arabs, said a Jew from Haifa."
    assert _groups(text) == {"Jew": ["Jews", "Jew"], "Arab": ["Arabs"]}
    sents = sentences(text)
    assert [e.label for e in find_entities(text, sents)] == ["PLACE"]


def test_words_inside_an_entity_directions_and_hyphenated_words_are_no_groups():
    text = "American Airlines cut flights. Western officials and pro-Russian and Russian-speaking voters watched."
    assert _groups(text) == {}


def test_a_group_in_capitals_is_the_same_group():
    assert _groups("UKRAINIAN DRONES HIT OIL DEPOT\nUkrainian drones struck again.") == {
        "Ukrainian": ["UKRAINIAN", "Ukrainian"]
    }


def test_mentions_index_the_text_and_the_pipeline_reports_groups():
    text = "😀 Spanish and Swedish fans sang. Spaniards cheered."
    result = analyze(text)
    assert {g.canonical for g in result.groups} == {"Spanish", "Swedish", "Spaniard"}
    for group in result.groups:
        assert group.label == GROUP
        for mention in group.mentions:
            assert text[mention.start : mention.end] == mention.text and mention.label == GROUP
