"""Guards the measured quality of attributions on the gold set (held-out articles and the sample).

Thresholds are the level measured on 2026-11-26 minus 0.03 (held-out recall 0.968,
anonymous/named label accuracy 0.983), so a regression fails while noise does not.
"""

from __future__ import annotations

import json

import pytest

from desktop.analysis.evaluate import DEFAULT_GOLD, evaluate_files
from desktop.analysis.pipeline import analyze
from desktop.paths import ROOT

HELD_OUT_RECALL = 0.968 - 0.03
HELD_OUT_LABEL_ACCURACY = 0.983 - 0.03


@pytest.fixture(scope="module")
def groups():
    totals, _ = evaluate_files(DEFAULT_GOLD.glob("*.json"))
    return totals


def test_held_out_attribution_recall_and_anonymous_label_accuracy(groups):
    score = groups["held-out"]["attributions"]
    assert score.gold > 100
    assert score.recall >= HELD_OUT_RECALL
    assert score.label_accuracy >= HELD_OUT_LABEL_ACCURACY


def test_sample_every_anonymous_attribution_is_found_and_labelled_anonymous():
    gold = json.loads((DEFAULT_GOLD / "trump-putin-call.json").read_text(encoding="utf-8"))
    result = analyze((ROOT / gold["source"]).read_text(encoding="utf-8"))
    anonymous_gold = [g for g in gold["attributions"] if g["anonymous"]]
    assert len(anonymous_gold) >= 10
    for g in anonymous_gold:
        overlapping = [a for a in result.attributions if a.start < g["end"] and g["start"] < a.end]
        assert overlapping, g["text"]
        assert all(a.anonymous and a.source_type == "anonymous" for a in overlapping), g["text"]
