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


def _found(text: str) -> list[dict]:
    return [
        {"text": m.text, "label": m.label, "start": m.start, "end": m.end}
        for e in find_entities(text, sentences(text))
        for m in e.mentions
    ]


def score_dev(only: str = "") -> tuple[Score, dict[str, Score]]:
    """Total and per-file scores over the dev texts whose name contains ``only``."""
    total, per_file = Score(), {}
    for name, (text, gold) in dev_documents().items():
        if only in name:
            per_file[name] = match(gold, _found(text), lambda g, p: g["label"] == p["label"])
            total.add(per_file[name])
    return total, per_file


def _in_context(text: str, item: dict) -> str:
    before = text[max(0, item["start"] - 40) : item["start"]]
    after = text[item["end"] : item["end"] + 30]
    return f"{item['label']:6} {item['text']!r:28} | {before}[{item['text']}]{after}".replace("\n", " ")


def _unmatched(items: list[dict], others: list[dict]) -> list[dict]:
    """Items that no item of ``others`` with the same label overlaps."""
    return [
        a for a in items
        if not any(b["label"] == a["label"] and b["start"] < a["end"] and a["start"] < b["end"] for b in others)
    ]


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    score, per_file = score_dev(args[0] if args else "")
    for name, file_score in per_file.items():
        print(f"{name:28} F1 {file_score.f1:.3f}  (gold {file_score.gold})")
    print(f"dev entities P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f} (gold {score.gold})")
    if "-v" in sys.argv:
        for name, (text, gold) in dev_documents().items():
            if name in per_file:
                found = _found(text)
                print("==", name)
                for item in _unmatched(gold, found):
                    print("  MISS ", _in_context(text, item))
                for item in _unmatched(found, gold):
                    print("  FALSE", _in_context(text, item))
