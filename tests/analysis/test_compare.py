from desktop.analysis.compare import DELETED, EQUAL, INSERTED, MOVED, compare_passages
from desktop.analysis.model import Span


def passages(a: str, b: str):
    text = a + "\n" + b
    return text, Span(0, len(a)), Span(len(a) + 1, len(text))


def statuses(words):
    return {(w.text, w.status) for w in words}


def test_reworded_phrase_marks_the_replaced_word_on_each_side():
    text, a, b = passages("prompted by Russian escalation", "prompted by escalation by Russia")
    result = compare_passages(text, a, b)
    assert ("Russian", DELETED) in statuses(result.a_words)
    assert ("Russia", INSERTED) in statuses(result.b_words)
    assert ("escalation", EQUAL) in statuses(result.a_words)
    assert "Russian" in result.notable_differences()


def test_changed_figure_is_a_notable_difference():
    text, a, b = passages("at least 10,000 troops arrived", "at least 12,000 troops arrived")
    result = compare_passages(text, a, b)
    assert result.notable_differences() == ["10,000", "12,000"]
    assert [text[s.start:s.end] for s in result.changed_spans()] == ["10,000", "12,000"]


def test_identical_passages_have_no_changes():
    text, a, b = passages("The people are dead.", "The people are dead.")
    result = compare_passages(text, a, b)
    assert result.changed_spans() == []
    assert all(w.status == EQUAL for w in result.a_words + result.b_words)


def test_swapped_clauses_are_moves_not_deletions():
    text, a, b = passages("in Kyiv on Monday", "on Monday in Kyiv")
    result = compare_passages(text, a, b)
    assert all(w.status in (EQUAL, MOVED) for w in result.a_words + result.b_words)
    assert any(w.status == MOVED for w in result.a_words)
