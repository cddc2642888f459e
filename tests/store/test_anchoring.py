"""Re-attaching notes after real edits: every scenario lands where it should, or is orphaned."""

import pytest

from desktop.store.anchoring import EXACT, FUZZY, ORPHANED, reattach
from desktop.store.notes import DOCUMENT_ANCHOR, make_anchor

from .anchoring_scenarios import TEXT, cases, fuzzy_scores, outcome, tally

CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[f"{c.scenario}: {c.quote[:30]}" for c in CASES])
def test_note_lands_on_its_passage_or_is_orphaned(case):
    status, right = outcome(case)
    assert right, f"{case.scenario}: landed {status}, expected {case.expected}"
    assert status == case.expected_status


def test_scenario_counts_cover_exact_fuzzy_and_orphaned():
    counts = tally()
    assert counts["words inserted before"] == {EXACT: 20, FUZZY: 0, ORPHANED: 0, "wrong": 0}
    assert counts["sentence reworded"][FUZZY] == 7
    assert counts["paragraph deleted"][ORPHANED] == 20
    assert sum(row["wrong"] for row in counts.values()) == 0


def test_threshold_separates_true_matches_from_deleted_passages():
    from desktop.store.anchoring import MIN_FUZZY_SCORE

    scores = fuzzy_scores()
    assert min(scores["should attach"]) > MIN_FUZZY_SCORE > max(scores["should orphan"])


def test_unchanged_text_keeps_every_position():
    anchor = make_anchor(TEXT, 100, 140)
    assert reattach(anchor, TEXT) == reattach(anchor, TEXT, len(TEXT))
    placed = reattach(anchor, TEXT)
    assert (placed.start, placed.end, placed.status) == (100, 140, EXACT)


def test_repeated_quote_goes_to_the_occurrence_whose_context_matches():
    text = "First, the council said no. Later the mayor spoke. Then the council said no again."
    second = text.rindex("the council said no")
    anchor = make_anchor(text, second, second + len("the council said no"))
    edited = "Update: " + text
    placed = reattach(anchor, edited, len(text))
    assert (placed.start, placed.status) == (second + len("Update: "), EXACT)


def test_short_quote_with_foreign_context_is_orphaned_not_moved():
    text = "The budget vote failed in March. Nobody expected the ferry to sail."
    start = text.index("the ferry")
    anchor = make_anchor(text, start, start + len("the ferry"))
    edited = "A ferry strike closed the port. Talks resume on Monday, the ferry union said."
    assert reattach(anchor, edited, len(text)).status == ORPHANED


def test_note_on_the_whole_document_always_stays():
    assert reattach(DOCUMENT_ANCHOR, "anything at all").status == EXACT
