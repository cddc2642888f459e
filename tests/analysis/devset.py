"""Development texts for the entity recogniser, written for tuning (unlike tests/data/gold).

Each file in ``dev_texts/`` marks its entities inline as ``[[surface|LABEL]]``.
``python -m tests.analysis.devset`` prints the score and every miss and false alarm.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from desktop.analysis.entities import find_entities
from desktop.analysis.evaluate import Score, match
from desktop.analysis.tokens import sentences

DEV_DIR = Path(__file__).resolve().parent / "dev_texts"
_MARK = re.compile(r"\[\[([^|\]]+)\|(PERSON|ORG|PLACE)\]\]")


def parse(marked: str) -> tuple[str, list[dict]]:
    """Plain text and its gold mentions from inline-marked text."""
    parts, gold, length, pos = [], [], 0, 0
    for m in _MARK.finditer(marked):
        plain = marked[pos : m.start()]
        parts.append(plain)
        length += len(plain)
        surface = m.group(1)
        gold.append({"text": surface, "label": m.group(2), "start": length, "end": length + len(surface)})
        parts.append(surface)
        length += len(surface)
        pos = m.end()
    parts.append(marked[pos:])
    return "".join(parts), gold


def dev_documents() -> dict[str, tuple[str, list[dict]]]:
    return {p.stem: parse(p.read_text(encoding="utf-8")) for p in sorted(DEV_DIR.glob("*.txt"))}


def score_dev() -> Score:
    total = Score()
    for text, gold in dev_documents().values():
        found = [
            {"text": m.text, "label": m.label, "start": m.start, "end": m.end}
            for e in find_entities(text, sentences(text))
            for m in e.mentions
        ]
        total.add(match(gold, found, lambda g, p: g["label"] == p["label"]))
    return total


if __name__ == "__main__":
    score = score_dev()
    print(f"dev entities P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f} (gold {score.gold})")
    if "-v" in sys.argv:
        print("missed:", score.misses)
        print("spurious:", score.spurious)
