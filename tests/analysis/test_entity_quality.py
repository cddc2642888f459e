"""Floors under the entity recogniser's measured quality: a change that costs more than 0.03 F1 fails.

The floors are the values measured when they were set, minus 0.03 (see the README's Quality section).
The gold set is evaluation only: nothing was tuned on it. The development texts are what the rules
were tuned on; the GUM floor covers the fifth of GUM the shipped models never saw.
"""

from __future__ import annotations

import pytest

from desktop.analysis.evaluate import DEFAULT_GOLD, DEFAULT_GUM, evaluate_files, evaluate_gum

from .devset import parse, score_dev

GOLD_HELD_OUT_F1 = 0.970 - 0.03
SAMPLE_F1 = 1.000 - 0.03
GUM_HELD_OUT_F1 = 0.786 - 0.03
DEV_F1 = 0.927 - 0.03


@pytest.fixture(scope="module")
def gold_groups():
    groups, _ = evaluate_files(DEFAULT_GOLD.glob("*.json"))
    return groups


def test_gold_held_out_entity_f1_stays_above_its_floor(gold_groups):
    assert gold_groups["held-out"]["entities"].f1 >= GOLD_HELD_OUT_F1


def test_sample_article_entity_f1_stays_above_its_floor(gold_groups):
    assert gold_groups["sample"]["entities"].f1 >= SAMPLE_F1


def test_development_texts_entity_f1_stays_above_its_floor():
    assert score_dev()[0].f1 >= DEV_F1


@pytest.mark.gum
@pytest.mark.skipif(not DEFAULT_GUM.is_dir(), reason="GUM corpus not in ../shared/gum")
def test_gum_held_out_entity_f1_stays_above_its_floor():
    scores = evaluate_gum(DEFAULT_GUM)
    assert scores is not None and scores["entities"].gold > 100
    assert scores["entities"].f1 >= GUM_HELD_OUT_F1
    genres = [key for key in scores if key.startswith("genre:")]
    assert "genre:news" in genres
    assert sum(scores[key].gold for key in genres) == scores["entities"].gold


def test_gum_section_is_skipped_without_the_corpus(tmp_path):
    assert evaluate_gum(tmp_path / "no-gum-here") is None


def test_inline_marks_give_exact_gold_spans():
    text, gold = parse("[[Ann Lee|PERSON]] met the [[Bank of England|ORG]].")
    assert text == "Ann Lee met the Bank of England."
    assert [(text[g["start"]:g["end"]], g["label"]) for g in gold] == [("Ann Lee", "PERSON"), ("Bank of England", "ORG")]
