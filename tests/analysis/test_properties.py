"""Property-based robustness: whatever text arrives, analyze() returns consistent spans and never raises."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.analysis import analyze

# Characters that break naive text code: astral emoji and CJK, combining marks, joiners,
# right-to-left marks and letters, NUL and other controls, typographic quotes, CRLF.
AWKWARD = ["😀", "𠜎", "\u0301", "\u200d", "\u200f", "\u202e", "\u05d0", "\u0627", "\x00", "\r\n", "\r",
           "\t", "“", "”", "’", "—", "\ufeff", "\u2028", "\ud800".encode("utf-8", "surrogatepass").decode(
               "utf-8", "backslashreplace")]
NEWSY = ["Angela Merkel", "said", "at least 10,000", "Thirty-four of those drones", "the U.S.", "Kyiv",
         "“We will,” she said.", "according to officials", "$2.3 billion", "Ministry of Defence", ".", ", ",
         "\n", " ", "Mr. Smith", "R-Ohio", "one of the people said", "on Tuesday night", "March 14, 2024",
         "two years ago", "2003–2022"]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(AWKWARD), st.sampled_from(NEWSY), st.text(max_size=12)),
             max_size=80).map("".join),
)


def all_items(result):
    for entity in (*result.entities, *result.groups, *result.dates):
        yield from entity.mentions
    yield from result.numeric_claims
    yield from result.attributions
    yield from result.quotes


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_every_span_lies_in_the_text_and_matches_its_item(text):
    result = analyze(text)
    for item in all_items(result):
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start:item.end] == item.text
    for pair in result.repeats:
        for span in (pair.a, pair.b):
            assert 0 <= span.start < span.end <= len(text)
    for sentence in result.sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        for token in sentence.tokens:
            assert text[token.start:token.end] == token.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_entity_mentions_never_overlap(text):
    mentions = sorted((m.start, m.end) for e in analyze(text).entities for m in e.mentions)
    for (_, first_end), (second_start, _) in zip(mentions, mentions[1:]):
        assert first_end <= second_start
