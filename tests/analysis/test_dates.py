"""Time expressions, on sentences written for each guarantee; each case is named after what it checks."""

from __future__ import annotations

import pytest

from desktop.analysis import DATE, analyze
from desktop.analysis.dates import find_dates
from desktop.analysis.tokens import sentences


def _dates(text: str) -> dict[str, list[str]]:
    """Canonical date -> the mentions' texts, in order."""
    return {d.canonical: [m.text for m in d.mentions] for d in find_dates(sentences(text))}


FOUND = [
    pytest.param("Officials met on Tuesday night.", {"Tuesday night": ["Tuesday night"]},
                 id="preposition_outside_time_of_day_inside"),
    pytest.param("Last week was calm. Prices rose again last week.", {"last week": ["Last week", "last week"]},
                 id="one_date_per_expression_whatever_its_case"),
    pytest.param("It opened on March 14, 2024, closed on 14 March 2025 and reopened on Jan. 20, 2026.",
                 {"March 14, 2024": ["March 14, 2024"], "14 March 2025": ["14 March 2025"],
                  "Jan. 20, 2026": ["Jan. 20, 2026"]},
                 id="day_month_and_year_in_either_order_are_one_span"),
    pytest.param("Sales peaked in March 2024 and fell in March.",
                 {"March 2024": ["March 2024"], "March": ["March"]}, id="month_with_a_year_or_a_preposition"),
    pytest.param("Filed 2024-03-14, stamped 14/03/2024 and posted 3/14/24.",
                 {"2024-03-14": ["2024-03-14"], "14/03/2024": ["14/03/2024"], "3/14/24": ["3/14/24"]},
                 id="iso_and_numeric_dates"),
    pytest.param("Built in 2019, rebuilt since 2003 and due by 2030, the 2020 election aside.",
                 {"2019": ["2019"], "2003": ["2003"], "2030": ["2030"], "2020": ["2020"]},
                 id="years_after_a_date_word"),
    pytest.param("Prices rose from 2003 to 2022 and in 2019 and 2020.",
                 {"2003": ["2003"], "2022": ["2022"], "2019": ["2019"], "2020": ["2020"]},
                 id="a_year_listed_after_a_date"),
    pytest.param("Music of the 1990s and the ’90s; the 2003–2022 data and the 2003-04 season.",
                 {"1990s": ["1990s"], "'90s": ["’90s"], "2003–2022": ["2003–2022"], "2003–04": ["2003-04"]},
                 id="decades_and_year_ranges"),
    pytest.param("Yesterday he left; today he rests; tomorrow morning he flies.",
                 {"yesterday": ["Yesterday"], "today": ["today"], "tomorrow morning": ["tomorrow morning"]},
                 id="yesterday_today_tomorrow"),
    pytest.param("It rose next month after falling last Friday, earlier this year and two years ago.",
                 {"next month": ["next month"], "last Friday": ["last Friday"],
                  "earlier this year": ["earlier this year"], "two years ago": ["two years ago"]},
                 id="relative_expressions"),
    pytest.param("A decade later, over the past two years and a couple of years ago, 2,000 years ago.",
                 {"a decade later": ["A decade later"], "past two years": ["past two years"],
                  "a couple of years ago": ["a couple of years ago"], "2,000 years ago": ["2,000 years ago"]},
                 id="counted_units_before_ago_or_later"),
    pytest.param("Talks in autumn 2024, last summer and the summer of 2019.",
                 {"autumn 2024": ["autumn 2024"], "last summer": ["last summer"],
                  "summer of 2019": ["summer of 2019"]},
                 id="seasons_with_a_year_or_last_next_this"),
    pytest.param("In mid-March, late Tuesday, early 2024 and the late 1990s.",
                 {"mid-March": ["mid-March"], "late Tuesday": ["late Tuesday"], "early 2024": ["early 2024"],
                  "late 1990s": ["late 1990s"]},
                 id="modifiers_belong_to_the_date"),
    pytest.param("The vote on Tuesday, March 14 was close.", {"Tuesday, March 14": ["Tuesday, March 14"]},
                 id="weekday_and_calendar_date_are_one_span"),
    pytest.param("On Tuesday Trump said so. Trump on Thursday said more.",
                 {"Tuesday": ["Tuesday"], "Thursday": ["Thursday"]},
                 id="weekday_before_a_name_or_speech_verb_after_on"),
    pytest.param("In March Congress voted.", {"March": ["March"]}, id="month_before_a_name_after_a_date_preposition"),
    pytest.param("But March was wet.", {"March": ["March"]}, id="month_after_a_capitalised_sentence_opener"),
    pytest.param("In May the vote came. The May elections ended at the end of May. It began May 5.",
                 {"May": ["May", "May", "May"], "May 5": ["May 5"]}, id="may_with_a_date_context"),
    pytest.param("Shops open from March through May.", {"March": ["March"], "May": ["May"]},
                 id="a_month_listed_after_a_date"),
    pytest.param("“Today we vote,” she said. Monday Night Football aired.",
                 {"today": ["Today"], "Monday night": ["Monday Night"]},
                 id="capitalised_at_a_clause_start_or_before_a_time_of_day"),
]

NOT_DATES = [
    pytest.param("The club sold 4,000 tickets for $2.5 million and housed fans in 1500 homes.",
                 id="quantities_that_are_not_years"),
    pytest.param("Room 2019 is closed, and 1500-2000 people waited.", id="a_number_without_date_context"),
    pytest.param("It may rain. May I ask a question? May we?", id="may_as_a_modal_verb"),
    pytest.param("The March on Washington drew crowds.", id="the_month_before_a_preposition_is_an_event"),
    pytest.param("June Carter said it was fine. April Ryan asked. August Wilson wrote plays.",
                 id="a_month_before_a_capitalised_word_is_a_first_name"),
    pytest.param("Theresa May resigned. Writer Hannah March won a prize.",
                 id="a_month_after_a_capitalised_word_is_a_surname"),
    pytest.param("The Sunday Times and the Sunday Telegraph reported it.",
                 id="a_weekday_before_a_capitalised_word_is_a_title"),
    pytest.param("USA Today reported it, and the Today programme too.", id="today_capitalised_mid_sentence_is_a_title"),
    pytest.param("The Arab Spring ended. Prices fall in winter.", id="a_season_without_a_year_or_last_next_this"),
    pytest.param("The last week of the war was the worst.", id="the_last_week_of_something_is_its_final_week"),
    pytest.param("The ratio was 13/13/2024 and version 3.11.2 shipped.", id="numbers_with_slashes_need_a_real_month"),
    pytest.param("Sunday said Sunday’s shares rose. Sunday, the software company, agreed.",
                 id="a_weekday_the_document_uses_as_a_name_is_a_name_where_nothing_says_date"),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_time_expressions_are_found_whole(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_words_that_only_look_like_dates_are_none(text):
    assert _dates(text) == {}


def test_a_word_the_document_uses_as_a_name_is_still_a_date_after_on():
    text = "Sunday said it would report on Sunday. Sunday’s shares rose."
    (date,) = find_dates(sentences(text))
    assert [(m.start, m.text) for m in date.mentions] == [(text.index("on Sunday") + 3, "Sunday")]


def test_mentions_index_the_text_and_the_pipeline_reports_dates():
    text = "😀 On Tuesday night 𠜎 officials met. Since 2003 they have met every Tuesday."
    result = analyze(text)
    assert {d.canonical: len(d.mentions) for d in result.dates} == {"Tuesday night": 1, "2003": 1, "Tuesday": 1}
    assert "dates" in result.timings
    for date in result.dates:
        assert date.label == DATE
        for mention in date.mentions:
            assert text[mention.start : mention.end] == mention.text and mention.label == DATE
