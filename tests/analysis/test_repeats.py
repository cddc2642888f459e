"""Repeated passages: what counts as a repeat, what does not, and how fast."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.analysis import repeats as repeats_module
from desktop.analysis.entities import find_entities
from desktop.analysis.model import Sentence, Token
from desktop.analysis.repeats import find_repeats, repeat_groups, word_diff
from desktop.analysis.sources import find_attributions
from desktop.analysis.tokens import sentences, word_tokens
from desktop.bench import news_document

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "trump-putin-call.txt"

FILLER = [
    "The council met in the old library because the town hall roof is being repaired.",
    "Residents asked whether the bus route along the river would be restored next spring.",
    "A local bakery donated bread for the volunteers who cleaned the park on Saturday.",
    "Teachers described overcrowded classrooms and a shortage of science equipment.",
    "The fire chief warned that dry weather had raised the risk of grass fires.",
    "Several shop owners complained about parking fees introduced last year.",
]


def repeats_of(*paragraphs: str):
    text = "\n\n".join(paragraphs)
    return text, find_repeats(text, sentences(text))


def passages(text: str, repeat) -> tuple[str, str]:
    return text[repeat.a.start : repeat.a.end], text[repeat.b.start : repeat.b.end]


def test_sample_article_reports_only_the_former_official_quote():
    text = SAMPLE.read_text(encoding="utf-8")
    (repeat,) = find_repeats(text, sentences(text))
    a, b = passages(text, repeat)
    assert a.startswith("One former U.S. official who was familiar with the Putin call said")
    assert b.startswith("A former U.S. official who was apprised of the call said")
    assert a.endswith("“giving him incentive to want to keep the war from worsening.”")
    assert b.endswith("“giving him incentive to want to keep the war from worsening.”")
    assert repeat.kind == "near"
    assert 0.8 <= repeat.similarity <= 0.95


def test_exact_repeat_is_exact_with_similarity_one():
    quote = "The mayor said the new bridge would open to traffic before the end of March."
    text, (repeat,) = repeats_of(quote, *FILLER[:3], quote)
    assert passages(text, repeat) == (quote, quote)
    assert (repeat.kind, repeat.similarity) == ("exact", 1.0)
    assert repeat.a.start < repeat.b.start


def test_reworded_repeat_with_changed_words_and_reordered_phrase_is_near():
    first = (
        "Officials said the flooding was caused by heavy rain upstream and warned "
        "that the water could rise again over the weekend."
    )
    second = (
        "Officials said the flooding was caused by upstream heavy rain and cautioned "
        "that the water might rise again over the weekend."
    )
    text, (repeat,) = repeats_of(first, *FILLER, second)
    assert passages(text, repeat) == (first, second)
    assert repeat.kind == "near"
    assert 0.7 <= repeat.similarity < 1.0


@pytest.mark.parametrize("longer_first", [True, False])
def test_clause_added_or_dropped_is_still_a_repeat(longer_first):
    short = "The company said it would cut 200 jobs at its factory in Leeds next year."
    long = (
        "The company said it would cut 200 jobs at its factory in Leeds next year, "
        "blaming weak demand."
    )
    first, second = (long, short) if longer_first else (short, long)
    text, (repeat,) = repeats_of(first, *FILLER[:2], second)
    assert passages(text, repeat) == (first, second)
    assert repeat.kind == "near"


def test_same_quote_credited_in_different_words_is_a_repeat():
    quote = "“We will stay out until the ministry treats us with respect,”"
    first = quote + " union leader Rui Matos told a crowd outside the terminal."
    second = quote + " Matos told reporters on Wednesday."
    text, (repeat,) = repeats_of(first, *FILLER[:3], second)
    assert passages(text, repeat) == (first, second)
    assert repeat.kind == "near"


def test_sentence_inside_a_much_longer_sentence_is_contained():
    short = "The museum will close its east wing for repairs."
    long = (
        "After months of debate over funding, the museum will close its east wing for repairs, "
        "a spokeswoman said, adding that the collection would move to a warehouse in Dover."
    )
    text, (repeat,) = repeats_of(short, *FILLER[:2], long)
    assert passages(text, repeat) == (short, long)
    assert repeat.kind == "contained"
    assert repeat.similarity >= 0.9


def test_changed_number_lowers_the_score_more_than_a_changed_word():
    original = "The storm destroyed 120 homes in the coastal village of Marlow on Sunday night."
    number_changed = original.replace("120", "210")
    word_changed = original.replace("destroyed", "damaged")
    _, (by_number,) = repeats_of(original, *FILLER[:2], number_changed)
    _, (by_word,) = repeats_of(original, *FILLER[:2], word_changed)
    assert by_number.similarity < by_word.similarity < 1.0
    a_words, b_words = word_diff(original, number_changed)
    assert [(w.text, w.significant) for w in a_words if w.op != "equal"] == [("120", True)]
    assert [(w.text, w.significant) for w in b_words if w.op != "equal"] == [("210", True)]


def test_sentences_sharing_only_a_newsroom_formula_do_not_pair():
    text, repeats = repeats_of(
        "The Interior Ministry did not immediately respond to a request for comment.",
        "Peskov did not immediately respond to a request for comment.",
        "The bill passed easily, said two people familiar with the matter.",
        "The senator will not seek reelection, said two people familiar with the matter.",
        "The mayor said on Thursday that the city would raise property taxes next year.",
        "The governor said on Thursday that the state would expand its rail network.",
    )
    assert repeats == ()


def test_three_copies_link_to_the_first_and_form_one_group():
    quote = "Nobody expected the river to rise so quickly, the harbour master told reporters."
    reworded = quote.replace("so quickly", "this quickly")
    text, repeats = repeats_of(quote, FILLER[0], quote, FILLER[1], reworded)
    assert [(r.kind, text[r.a.start : r.a.end]) for r in repeats] == [
        ("exact", quote),
        ("near", quote),
    ]
    assert repeats[0].a == repeats[1].a
    (group,) = repeat_groups(repeats)
    assert [text[s.start : s.end] for s in group] == [quote, quote, reworded]


def test_consecutive_repeated_sentences_merge_into_one_passage():
    paragraph = " ".join(FILLER[:3])
    text, (repeat,) = repeats_of(paragraph, FILLER[3], FILLER[4], paragraph)
    assert passages(text, repeat) == (paragraph, paragraph)
    assert repeat.kind == "exact"


def test_article_pasted_40_times_gives_one_link_per_copy_not_all_pairs():
    article = SAMPLE.read_text(encoding="utf-8")
    text = "\n\n".join([article] * 40)
    repeats = find_repeats(text, sentences(text))
    copies = [r for r in repeats if r.kind == "exact"]
    assert len(copies) == 39
    assert all(text[r.a.start : r.a.end] == article for r in copies)
    assert len(repeats) - len(copies) == 1  # the article's own quote repeat


def synthetic_document(word_count: int, planted: str) -> tuple[str, list[Sentence]]:
    """Random sentences with ``planted`` early and at the end, tokenised directly.

    Tokenising 100k words with NLTK would dominate the test's time, so sentences
    are lines and tokens a plain regular expression.
    """
    rng = random.Random(7)
    vocabulary = [w.strip(".,").lower() for line in FILLER for w in line.split()]
    vocabulary += [f"Name{n}" for n in range(2000)] + [str(n) for n in range(500)]
    vocabulary += [f"word{n}" for n in range(8000)]
    lines, words = [], 0
    while words < word_count:
        length = rng.randint(8, 35)
        lines.append(" ".join(rng.choices(vocabulary, k=length)).capitalize() + ".")
        words += length
    lines[10:10] = [planted]
    lines.append(planted)
    text = "\n".join(lines)
    result, position = [], 0
    for number, line in enumerate(lines):
        tokens = tuple(
            Token(m.group(), position + m.start(), position + m.end())
            for m in re.finditer(r"\w+|[^\w\s]", line)
        )
        result.append(Sentence(position, position + len(line), line, number, tokens))
        position += len(line) + 1
    return text, result


def test_planted_pair_is_found_among_100k_random_words():
    # Speed is measured by `python -m desktop.bench`, not in a unit test.
    planted = "Residents of Name7 said 42 families had lost their homes in the fire at word99."
    text, sents = synthetic_document(100_000, planted)
    repeats = find_repeats(text, sents)
    assert (sents[10].start, sents[-1].start) in {(r.a.start, r.b.start) for r in repeats}


def test_word_diff_marks_inserted_deleted_and_moved_words_with_offsets():
    a = "prompted by Russian escalation, giving him incentive"
    b = "giving him incentive, prompted by escalation by Russia"
    a_words, b_words = word_diff(a, b)
    for text, words in ((a, a_words), (b, b_words)):
        assert all(text[w.start : w.end] == w.text for w in words)
    assert {w.text: w.op for w in a_words}["Russian"] == "delete"
    assert {w.text: w.op for w in b_words}["Russia"] == "insert"
    moved_or_equal = {w.op for w in a_words if w.text in ("prompted", "giving", "him")}
    assert "moved" in moved_or_equal


def test_attributions_given_by_the_caller_give_the_same_repeats():
    quote = "“We will not stop until every family has a home,” the mayor said on Tuesday."
    reworded = "“We will not stop until every family has a home,” said a person familiar with the plans."
    text = "\n\n".join([SAMPLE.read_text(encoding="utf-8"), quote, *FILLER, reworded])
    sents = sentences(text)
    attributions = find_attributions(text, sents, find_entities(text, sents))
    assert find_repeats(text, sents, attributions) == find_repeats(text, sents)


_WORDS = st.lists(
    st.sampled_from(["the", "The", "said", "Said", "officials", "Officials", "42", "forty", "rain", "city",
                     "n't", "according", "to", "familiar", "with", "matter", "Smith", "homes", "lost"]),
    min_size=1, max_size=20,
)


def _weighted_words(words: list[str], attribution: tuple[int, int]):
    """The words of one passage, those from ``attribution[0]`` to ``attribution[1]`` inside an attribution."""
    tokens = word_tokens(" ".join(words))
    first, last = sorted(min(i, len(tokens) - 1) for i in attribution)
    return repeats_module._words(tokens, [(tokens[first].start, tokens[last].end)])


@given(_WORDS, _WORDS, st.tuples(st.integers(0, 19), st.integers(0, 19)),
       st.tuples(st.integers(0, 19), st.integers(0, 19)))
def test_shared_weights_are_those_of_the_words_the_alignment_keeps(a_words, b_words, a_span, b_span):
    a, b = _weighted_words(a_words, a_span), _weighted_words(b_words, b_span)
    a_ops, b_ops = repeats_module._align(a.keys, b.keys)
    kept_a = sum(w for w, op in zip(a.weights, a_ops) if op != "delete")
    kept_b = sum(w for w, op in zip(b.weights, b_ops) if op != "insert")
    assert repeats_module._shared_weights(a, b) == (kept_a, kept_b)


def test_repeats_do_not_depend_on_the_order_of_the_bigram_set(monkeypatch):
    # A set's order changes with the process's string hashing; the repeats found must not.
    text = news_document(6_000)  # many near-identical sentences: ties between candidates
    sents = sentences(text)
    expected = find_repeats(text, sents)
    bigrams = repeats_module._shingles
    for order in (sorted, lambda shingles: sorted(shingles, reverse=True)):
        monkeypatch.setattr(repeats_module, "_shingles", lambda words, order=order: order(bigrams(words)))
        assert find_repeats(text, sents) == expected
