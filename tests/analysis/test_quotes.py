"""Direct quotations: curly and straight marks, quotations over several paragraphs, their speakers."""

from __future__ import annotations

from pathlib import Path

from desktop.analysis import analyze
from desktop.analysis.quotes import quotation_spans

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "trump-putin-call.txt"


def quotes(text):
    return [(q.text, q.speaker, q.attribution_start >= 0) for q in analyze(text).quotes]


def test_curly_and_straight_quotations_with_their_attached_speakers():
    text = (
        "“We will rebuild the bridge,” Mayor Ana Ruiz said on Monday.\n"
        'Tom Hale, the engineer, added, "The steel is already ordered."\n'
    )
    assert quotes(text) == [
        ("“We will rebuild the bridge,”", "Ana Ruiz", True),
        ('"The steel is already ordered."', "Tom Hale", True),
    ]


def test_a_quotation_continues_when_the_next_paragraph_opens_with_a_quote_mark():
    text = (
        "“The first part of the statement runs here.\n"
        "“And the second part closes it,” said Lena Brooks, the club’s chair.\n"
        "Nobody else spoke.\n"
    )
    (only,) = analyze(text).quotes
    assert only.start == 0 and only.text.endswith("closes it,”")
    assert only.speaker == "Lena Brooks"


def test_an_unclosed_quotation_ends_with_its_paragraph_when_the_next_does_not_continue_it():
    text = "He said “this never closes\nA new paragraph begins here.\n"
    assert quotation_spans(text) == [(8, 26)]


def test_a_later_quotation_in_the_paragraph_keeps_the_speaker_inferred():
    text = "“We lost the match,” coach Mia Varga said. “The players gave everything they had.”\n"
    first, second = analyze(text).quotes
    assert (first.speaker, first.attribution_start >= 0) == ("Mia Varga", True)
    assert (second.speaker, second.attribution_start) == ("Mia Varga", -1)


def test_quoted_words_are_not_quotations():
    assert quotes("Critics called the plan “reckless” and “late.”") == []


def test_sample_article_quotations_and_speakers():
    found = analyze(SAMPLE.read_text(encoding="utf-8")).quotes
    speakers = [q.speaker for q in found]
    assert speakers.count("Dmitry Peskov") == 3
    assert speakers.count("Donald Trump") == 4
    assert "Steven Cheung" in speakers
    cheung = next(q for q in found if q.speaker == "Steven Cheung")
    assert cheung.text.startswith("“President Trump won") and cheung.text.endswith("stability,”")
    assert {q.source_type for q in found} == {"person", "anonymous"}
