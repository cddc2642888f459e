import re

from hypothesis import given
from hypothesis import strategies as st

from desktop.analysis.tokens import _TOKEN_PATTERN, _WORD, paragraph_spans, sentences, word_tokens


def texts(text):
    return [s.text for s in sentences(text)]


def test_sentences_do_not_end_at_initials_titles_or_us():
    text = "Sen. A. Lee met J.K. Rowling in the U.S. capital on Monday. Gen. Mark Milley agreed."
    assert texts(text) == [
        "Sen. A. Lee met J.K. Rowling in the U.S. capital on Monday.",
        "Gen. Mark Milley agreed.",
    ]


def test_sentences_never_cross_paragraphs():
    assert texts("A headline without a full stop\nThe body starts here. It goes on.") == [
        "A headline without a full stop", "The body starts here.", "It goes on.",
    ]


def test_blank_lines_separate_paragraphs_in_hard_wrapped_text():
    text = "One sentence wraps\nacross two lines.\n\nA second paragraph."
    assert texts(text) == ["One sentence wraps\nacross two lines.", "A second paragraph."]
    assert len(paragraph_spans(text)) == 2


def test_possessives_and_contractions_split_but_names_with_apostrophes_do_not():
    words = [t.text for t in word_tokens("Trump’s aides don't know O’Grady's plan; they’ve 10,000 troops.")]
    assert words == ["Trump", "’s", "aides", "do", "n't", "know", "O’Grady", "'s", "plan", ";", "they",
                     "’ve", "10,000", "troops", "."]


def test_token_offsets_index_the_text():
    text = "😀 Zoë Łukasz paid €40 million (R-Louisiana)."
    for token in word_tokens(text):
        assert text[token.start:token.end] == token.text
    assert "R-Louisiana" in [t.text for t in word_tokens(text)]


def test_superscript_marks_split_from_the_words_they_follow():
    text = "Lucía Fernández-Rivas¹, Thomas Hadley²,³ and CO₂ at 10³ m"
    tokens = word_tokens(text, offset=7)
    assert [t.text for t in tokens] == [
        "Lucía", "Fernández-Rivas", "¹", ",", "Thomas", "Hadley", "²", ",", "³", "and", "CO₂", "at", "10", "³", "m",
    ]
    assert all(text[t.start - 7 : t.end - 7] == t.text for t in tokens)


def test_combining_accents_stay_inside_their_word():
    text = "The stories came through Ko\u0323\u0301la\u0301 Ògúnyẹmí and Nguye\u0302\u0303n Văn An."
    words = [t.text for t in word_tokens(text)]
    assert "Ko\u0323\u0301la\u0301" in words and "Nguye\u0302\u0303n" in words
    assert all(text[t.start : t.end] == t.text for t in word_tokens(text))


# Pieces that meet every alternative of the token pattern, and characters around them.
_TRICKY = st.sampled_from(["n't", "n’t", "'s", "’ve", "U.S.", "a.m.", "D.", "3rd", "10,000", "9:30", "O’Grady",
                           "R-Louisiana", "well‐known", "x_1", "ß", "é", "\u0301", "\u200d", "٣", "²", "😀"])


@given(st.lists(st.one_of(_TRICKY, st.sampled_from(list("aAnNtsdU.-‐'’ ,;\n0_"))), max_size=30).map("".join))
def test_plain_word_shortcut_tokenises_exactly_as_the_full_pattern(text):
    full_pattern = re.compile(_TOKEN_PATTERN, re.VERBOSE)
    expected = [(m.group(), m.start(), m.end()) for m in full_pattern.finditer(text)]
    assert [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)] == expected
