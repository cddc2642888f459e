"""Guards the measured repeat-detection level on the planted set (tests/data/repeats)."""

import json

from desktop.analysis import analyze
from desktop.analysis.evaluate import DEFAULT_PLANTED_REPEATS, score_repeats
from desktop.paths import SAMPLE_DOCUMENT

# Measured 2026-11-26 with `python -m desktop.analysis.evaluate`: P 1.000, R 1.000 on 7 planted pairs.
MEASURED_RECALL = 1.0
MEASURED_PRECISION = 1.0


def test_planted_repeats_are_all_found_and_frames_are_not_paired():
    score = score_repeats(json.loads(DEFAULT_PLANTED_REPEATS.read_text(encoding="utf-8")))
    assert score.recall >= MEASURED_RECALL, score.misses
    assert score.precision >= MEASURED_PRECISION - 0.05, score.spurious


def test_sample_article_has_exactly_the_former_official_quote_as_one_pair():
    text = SAMPLE_DOCUMENT.read_text(encoding="utf-8")
    [pair] = analyze(text).repeats
    assert text[pair.a.start:pair.a.end].startswith("One former U.S. official")
    assert text[pair.b.start:pair.b.end].startswith("A former U.S. official")
