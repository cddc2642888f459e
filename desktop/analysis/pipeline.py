"""``analyze(text)``: the one entry point from raw text to every layer."""

from __future__ import annotations

import time
from collections.abc import Callable

from .dates import find_dates
from .entities import find_entities
from .groups import find_groups
from .model import Analysis, count_words
from .number_links import link_claims
from .numbers import find_numeric_claims
from .quotes import find_quotes
from .repeats import find_repeats
from .sources import find_attributions
from .tokens import sentences as split_sentences

ProgressCallback = Callable[[str, float], None]


class AnalysisCancelled(Exception):
    """Raised between stages when the caller's ``cancelled()`` returns true."""


def analyze(
    text: str,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Analysis:
    """Run every layer on ``text``; ``progress(stage, fraction)`` is called before each stage."""
    timings: dict[str, float] = {}
    results: dict[str, object] = {}

    def stage(name: str, fraction: float, work: Callable[[], object]) -> None:
        if cancelled is not None and cancelled():
            raise AnalysisCancelled(name)
        if progress is not None:
            progress(name, fraction)
        began = time.perf_counter()
        results[name] = work()
        timings[name] = time.perf_counter() - began

    stage("sentences", 0.0, lambda: split_sentences(text))
    sents = results["sentences"]
    stage("entities", 0.2, lambda: find_entities(text, sents))
    stage("groups", 0.45, lambda: find_groups(sents, results["entities"]))
    stage("dates", 0.48, lambda: find_dates(sents))
    stage("numbers", 0.5, lambda: find_numeric_claims(text, sents))
    stage("claim_links", 0.6, lambda: link_claims(results["numbers"]))
    stage("sources", 0.7, lambda: find_attributions(text, sents, results["entities"]))
    stage("repeats", 0.85, lambda: find_repeats(text, sents, results["sources"]))
    stage("quotes", 0.95, lambda: find_quotes(text, sents, results["sources"]))
    if progress is not None:
        progress("done", 1.0)
    return Analysis(
        text=text,
        sentences=sents,
        entities=results["entities"],
        numeric_claims=results["numbers"],
        claim_links=results["claim_links"],
        repeats=results["repeats"],
        attributions=results["sources"],
        quotes=results["quotes"],
        groups=results["groups"],
        dates=results["dates"],
        timings=timings,
        word_count=count_words(sents),
    )
