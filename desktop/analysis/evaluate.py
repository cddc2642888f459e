"""Measure the recognisers against hand-annotated gold: ``python -m desktop.analysis.evaluate``.

Gold files are JSON in the command line's schema (``tests/data/gold/annotations``),
each naming its article in ``source``. Matching is by overlapping span: an
entity needs the same label, a claim or attribution any overlap; each gold item
matches at most one prediction. Scores are micro-averaged over all files.

When the GUM corpus is beside the repository (``../shared/gum``, or ``--gum``),
the entity recogniser is also scored on the fifth of its documents that the
shipped models were not trained on; without it that section is skipped.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..paths import ROOT
from .model import Analysis, Span
from .pipeline import analyze
from .repeats import find_repeats
from .tokens import sentences as split_sentences

DEFAULT_GOLD = ROOT / "tests" / "data" / "gold" / "annotations"
DEFAULT_GUM = ROOT.parent / "shared" / "gum"
DEFAULT_PLANTED_REPEATS = ROOT / "tests" / "data" / "repeats" / "planted.json"
ENTITY_KEYS = ("entities", "entities:PERSON", "entities:ORG", "entities:PLACE")
GUM_LABELS = "entities:GUM's own labels"  # scored against GUM's types rather than our conventions


@dataclass
class Score:
    """Counts for one kind of item; precision, recall and F1 derive from them."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    label_correct: int = 0  # among matched: value/interval or anonymous flag right
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def label_accuracy(self) -> float:
        return self.label_correct / self.matched if self.matched else 1.0

    def add(self, other: Score) -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.matched += other.matched
        self.label_correct += other.label_correct
        self.misses += other.misses
        self.spurious += other.spurious


def match(
    gold: Sequence[dict],
    predicted: Sequence[dict],
    compatible: Callable[[dict, dict], bool] = lambda g, p: True,
    agrees: Callable[[dict, dict], bool] = lambda g, p: True,
) -> Score:
    """One-to-one overlap matching, preferring the prediction with the largest overlap."""
    score = Score(predicted=len(predicted), gold=len(gold))
    used: set[int] = set()
    for g in gold:
        best, best_overlap = None, 0
        for index, p in enumerate(predicted):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if index not in used and overlap > best_overlap and compatible(g, p):
                best, best_overlap = index, overlap
        if best is None:
            score.misses.append(g["text"])
            continue
        used.add(best)
        score.matched += 1
        score.label_correct += agrees(g, predicted[best])
    score.spurious = [p["text"] for i, p in enumerate(predicted) if i not in used]
    return score


def _same_number(gold: float | None, ours: float | None) -> bool:
    if gold is None or ours is None:
        return gold is None and ours is None
    return math.isclose(gold, ours, rel_tol=1e-3, abs_tol=1e-9)


def value_agrees(gold: dict, ours: dict) -> bool:
    """Value and interval agree; a gold ``low`` of null leaves the lower bound open to judgement."""
    if not _same_number(gold.get("value"), ours.get("value")):
        return False
    if not _same_number(gold.get("high"), ours.get("high")):
        return False
    return gold.get("low") is None or _same_number(gold.get("low"), ours.get("low"))


def to_gold_schema(result: Analysis) -> dict[str, list[dict]]:
    """The analysis as the CLI prints it (the gold files use the same schema)."""
    from ..cli import analysis_to_json

    return analysis_to_json(result)


def score_document(gold: dict, result: Analysis) -> dict[str, Score]:
    ours = to_gold_schema(result)
    scores = {
        **entity_scores(gold["entities"], ours["entities"]),
        "numeric_claims": match(gold["numeric_claims"], ours["numeric_claims"], agrees=value_agrees),
        "attributions": match(
            gold["attributions"], ours["attributions"],
            agrees=lambda g, p: bool(g["anonymous"]) == bool(p["anonymous"]),
        ),
    }
    return scores


def evaluate_files(paths: Iterable[Path]) -> tuple[dict[str, dict[str, Score]], dict[str, dict[str, Score]]]:
    """Scores totalled per group ("held-out", "sample") and per file for the gold files ``paths``.

    The sample article is what the product was specified around, so it is
    reported apart from the held-out articles nobody tuned on.
    """
    groups: dict[str, dict[str, Score]] = {}
    per_file: dict[str, dict[str, Score]] = {}
    for path in sorted(paths):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (ROOT / gold["source"]).read_text(encoding="utf-8")
        scores = score_document(gold, analyze(text))
        per_file[path.stem] = scores
        group = groups.setdefault("sample" if gold["source"].startswith("seeds/") else "held-out", {})
        for key, score in scores.items():
            group.setdefault(key, Score()).add(score)
    return groups, per_file


def entity_scores(gold: Sequence[dict], predicted: Sequence[dict]) -> dict[str, Score]:
    """Overall and per-type entity scores, as ``score_document`` keys them."""
    scores = {"entities": match(gold, predicted, lambda g, p: g["label"] == p["label"])}
    for label in ("PERSON", "ORG", "PLACE"):
        scores[f"entities:{label}"] = match(
            [g for g in gold if g["label"] == label], [p for p in predicted if p["label"] == label]
        )
    return scores


def span_items(spans: Iterable[tuple[int, int, str]], text: str = "") -> list[dict]:
    """``(start, end, label)`` spans as items of the command line's schema, for ``match``."""
    return [{"text": text[a:b], "label": label, "start": a, "end": b} for a, b, label in spans]


def add_entity_scores(totals: dict[str, Score], gold: Sequence[dict], predicted: Sequence[dict]) -> None:
    for key, score in entity_scores(gold, predicted).items():
        totals.setdefault(key, Score()).add(score)


def score_gum_documents(documents: Iterable[Sequence]) -> dict[str, Score]:
    """The whole recogniser's entity scores on GUM documents (lists of ``train.GumSentence``)."""
    from .entities import find_entities
    from .tokens import sentences
    from .train import document_text

    totals = {key: Score() for key in (*ENTITY_KEYS, GUM_LABELS)}
    for document in documents:
        text, spans = document_text(document)
        found = [(m.start, m.end, m.label) for e in find_entities(text, sentences(text)) for m in e.mentions]
        predicted = span_items(found, text)
        add_entity_scores(totals, span_items(spans, text), predicted)
        gum_gold = span_items(document_text(document, gum_labels=True)[1], text)
        totals[GUM_LABELS].add(entity_scores(gum_gold, predicted)["entities"])
    return totals


def evaluate_gum(folder: Path) -> dict[str, Score] | None:
    """Entity scores on the held-out GUM documents, or None when ``folder`` holds no corpus.

    Besides the usual keys, ``"genre:news"`` and the like hold each genre's overall
    entity score (documents are named ``GUM_<genre>_<name>``).
    """
    if not folder.is_dir():
        return None
    from .train import read_gum, split_documents

    docs = read_gum(folder)
    if not docs:
        return None
    scores = {key: Score() for key in (*ENTITY_KEYS, GUM_LABELS)}
    for name in split_documents(list(docs))[1]:
        document_scores = score_gum_documents([docs[name]])  # each document analysed once
        for key, score in document_scores.items():
            scores[key].add(score)
        scores.setdefault(f"genre:{name.split('_')[1]}", Score()).add(document_scores["entities"])
    return scores


def score_line(name: str, score: Score, label_name: str = "") -> str:
    extra = f"  {label_name} {score.label_accuracy:.3f}" if label_name else ""
    return (f"{name:<22} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}  "
            f"(gold {score.gold}, predicted {score.predicted}){extra}")


def gum_report(scores: dict[str, Score] | None, folder: Path, verbose: bool) -> str:
    if scores is None:
        return f"\n== GUM held-out ==\nskipped: no GUM corpus in {folder}"
    lines = ["\n== GUM held-out (documents the shipped models were not trained on) =="]
    for label in ("PERSON", "ORG", "PLACE"):
        lines.append(score_line(f"entities {label}", scores[f"entities:{label}"]))
    lines.append(score_line("entities (all)", scores["entities"]))
    lines.append(score_line("  as GUM labels them", scores[GUM_LABELS]))
    for key in (k for k in scores if k.startswith("genre:")):
        lines.append(score_line(f"  {key[6:]} documents", scores[key]))
    if verbose:
        lines.append(f"entities missed: {scores['entities'].misses}")
        lines.append(f"entities spurious: {scores['entities'].spurious}")
    return "\n".join(lines)


def report(groups: dict[str, dict[str, Score]], per_file: dict[str, dict[str, Score]], verbose: bool) -> str:
    lines = []
    for stem, scores in per_file.items():
        lines.append(f"{stem:<22} entities F1 {scores['entities'].f1:.3f}  "
                     f"claims F1 {scores['numeric_claims'].f1:.3f}  "
                     f"attributions F1 {scores['attributions'].f1:.3f}")
    for group, totals in groups.items():
        lines.append(f"\n== {group} ==")
        for label in ("PERSON", "ORG", "PLACE"):
            lines.append(score_line(f"entities {label}", totals[f"entities:{label}"]))
        lines.append(score_line("entities (all)", totals["entities"]))
        lines.append(score_line("numeric claims", totals["numeric_claims"], "value/interval correct"))
        lines.append(score_line("attributions", totals["attributions"], "anonymous label correct"))
        if verbose:
            for key in ("entities", "numeric_claims", "attributions"):
                lines.append(f"{key} missed: {totals[key].misses}")
                lines.append(f"{key} spurious: {totals[key].spurious}")
    return "\n".join(lines)


def _groups(pairs: Iterable[tuple[Span, Span]]) -> dict[Span, Span]:
    """Union-find over passage pairs: each passage mapped to its group's first passage."""
    parent: dict[Span, Span] = {}

    def root(span: Span) -> Span:
        while parent.setdefault(span, span) != span:
            span = parent[span]
        return span

    for a, b in pairs:
        first, second = sorted((root(a), root(b)), key=lambda span: span.start)
        parent[second] = first
    return {span: root(span) for span in parent}


@dataclass
class PairScore:
    """Planted repeats: gold pairs found (recall) and predicted pairs that are right (precision)."""

    gold: int = 0
    predicted: int = 0
    found: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0


def _in_one_group(a: Span, b: Span, groups: dict[Span, Span]) -> bool:
    roots_a = {root for span, root in groups.items() if span.overlaps(a)}
    return any(root in roots_a for span, root in groups.items() if span.overlaps(b))


def score_repeats(cases: Sequence[dict]) -> PairScore:
    """Score the repeat detector on planted cases; a pair counts when both passages fall in one group.

    Three copies of a passage may be reported as 1–2 and 2–3 or as 1–2 and 1–3:
    both say the same thing, so pairs are compared through the groups they form.
    """
    score = PairScore()
    for case in cases:
        text = case["text"]
        gold_pairs = [(Span(*p["a"]), Span(*p["b"])) for p in case["pairs"]]
        predicted_pairs = [(r.a, r.b) for r in find_repeats(text, split_sentences(text))]
        gold_groups, predicted_groups = _groups(gold_pairs), _groups(predicted_pairs)
        score.gold += len(gold_pairs)
        score.predicted += len(predicted_pairs)
        for a, b in gold_pairs:
            if _in_one_group(a, b, predicted_groups):
                score.found += 1
            else:
                score.misses.append(text[b.start:b.end])
        for a, b in predicted_pairs:
            if _in_one_group(a, b, gold_groups):
                score.correct += 1
            else:
                score.spurious.append(text[b.start:b.end])
    return score


def repeats_report(score: PairScore, verbose: bool) -> str:
    line = (f"\n== planted repeats ==\nrepeated passages      P {score.precision:.3f}  R {score.recall:.3f}  "
            f"(gold pairs {score.gold}, predicted {score.predicted})")
    if verbose:
        line += f"\nmissed: {score.misses}\nspurious: {score.spurious}"
    return line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.analysis.evaluate", description=__doc__)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="folder of gold JSON files")
    parser.add_argument("--only", help="evaluate only gold files whose name contains this")
    parser.add_argument("--gum", type=Path, default=DEFAULT_GUM,
                        help="folder of GUM .conllu files (default ../shared/gum; skipped when absent)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list missed and spurious items")
    args = parser.parse_args(argv)
    paths = [p for p in args.gold.glob("*.json") if not args.only or args.only in p.name]
    if not paths:
        print(f"evaluate: no gold files in {args.gold}", file=sys.stderr)
        return 2
    groups, per_file = evaluate_files(paths)
    print(report(groups, per_file, args.verbose))
    print(gum_report(evaluate_gum(args.gum), args.gum, args.verbose))
    planted = json.loads(DEFAULT_PLANTED_REPEATS.read_text(encoding="utf-8"))
    print(repeats_report(score_repeats(planted), args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
