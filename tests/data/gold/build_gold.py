#!/usr/bin/env python3
"""Build gold annotation JSON files from the hand-written specs in specs/.

Each spec module (specs/<stem>.py) defines:
  SOURCE   – optional path (relative to the repo root) of the article; default articles/<stem>.txt
  ENTITIES – list of (surface, label, canonical[, occ]); occ = "all" (default) or list of
             0-based indices among whole-word occurrences of `surface`.
             With "all", occurrences that fall inside a longer entity span are skipped
             (longer surfaces are resolved first), e.g. "Washington" inside "The Washington Post".
  CLAIMS   – list of (surface, value, low, high, qualifier, counted[, occ]) ; occ = int (default 0)
  ATTRS    – list of (surface, source, anonymous[, occ])                     ; occ = int (default 0)

Offsets are Python code-point offsets into open(path, encoding="utf-8").read().
Run:  python tests/data/gold/build_gold.py   (add --lint to list uncovered capitalised words / digits)
"""
import importlib.util
import json
import re
import sys

sys.dont_write_bytecode = True
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
LABELS = {"PERSON", "ORG", "PLACE"}


def word_matches(text, surface):
    pat = r"(?<!\w)" + re.escape(surface) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def nth(text, surface, occ, what):
    ms = word_matches(text, surface)
    if occ >= len(ms):
        raise AssertionError(f"{what}: {surface!r} occurrence {occ} not found ({len(ms)} found)")
    return ms[occ]


def load_spec(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build(stem, mod):
    src = REPO / getattr(mod, "SOURCE", f"tests/data/gold/articles/{stem}.txt")
    text = open(src, encoding="utf-8").read()
    # ---- entities
    ents = []
    taken = []  # (start, end)
    specs = sorted(mod.ENTITIES, key=lambda e: -len(e[0]))
    for e in specs:
        surface, label, canonical = e[:3]
        occ = e[3] if len(e) > 3 else "all"
        assert label in LABELS, (stem, e)
        ms = word_matches(text, surface)
        assert ms, f"{stem}: entity {surface!r} not found"
        if occ != "all":
            ms = [ms[i] for i in occ]
        for s, t in ms:
            if any(s < b and a < t for a, b in taken):
                if occ != "all":
                    raise AssertionError(f"{stem}: explicit entity {surface!r}@{s} overlaps")
                continue
            taken.append((s, t))
            ents.append({"text": surface, "label": label, "start": s, "end": t, "canonical": canonical})
    ents.sort(key=lambda x: x["start"])
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"], f"{stem}: overlapping entities {a} {b}"
    # ---- claims
    claims = []
    for c in mod.CLAIMS:
        surface, value, low, high, qual, counted = c[:6]
        occ = c[6] if len(c) > 6 else 0
        s, t = nth(text, surface, occ, stem)
        claims.append({"text": surface, "start": s, "end": t, "value": value, "low": low,
                       "high": high, "qualifier": qual, "counted": counted})
    claims.sort(key=lambda x: x["start"])
    # ---- attributions
    attrs = []
    for a in mod.ATTRS:
        surface, source, anon = a[:3]
        occ = a[3] if len(a) > 3 else 0
        s, t = nth(text, surface, occ, stem)
        assert source is None or source in surface, f"{stem}: source {source!r} not inside {surface!r}"
        attrs.append({"text": surface, "start": s, "end": t, "source": source, "anonymous": anon})
    attrs.sort(key=lambda x: x["start"])
    # ---- verification
    for item in ents + claims + attrs:
        assert text[item["start"]:item["end"]] == item["text"], (stem, item)
    for lst in (claims, attrs):
        for a, b in zip(lst, lst[1:]):
            assert a["end"] <= b["start"], f"{stem}: overlapping items {a} {b}"
    return text, {"source": str(src.relative_to(REPO)), "entities": ents,
                  "numeric_claims": claims, "attributions": attrs}


def lint(stem, text, gold):
    spans = [(e["start"], e["end"]) for e in gold["entities"]]
    cspans = [(c["start"], c["end"]) for c in gold["numeric_claims"]]
    inside = lambda s, t, sp: any(a <= s and t <= b for a, b in sp)
    starts = lambda s, sp: any(a <= s < b for a, b in sp)
    caps = sorted({m.group() for m in re.finditer(r"\b[A-ZÀ-ÝŁŚŻ][\w’'.&-]*", text)
                   if not starts(m.start(), spans)})
    print(f"--- {stem}: uncovered capitalised tokens:\n   ", " ".join(caps))
    nums = [text[max(0, m.start() - 25):m.end() + 15].replace("\n", " ")
            for m in re.finditer(r"\d(?:[\d,.]*\d)?", text) if not inside(m.start(), m.end(), cspans)]
    print("   uncovered digits:")
    for n in nums:
        print("     ", n)


def check():
    """Verify the committed JSON files against the article texts (no rebuild)."""
    for path in sorted((HERE / "annotations").glob("*.json")):
        gold = json.load(open(path, encoding="utf-8"))
        text = open(REPO / gold["source"], encoding="utf-8").read()
        for key in ("entities", "numeric_claims", "attributions"):
            items = gold[key]
            for it in items:
                assert text[it["start"]:it["end"]] == it["text"], (path.name, it)
            for a, b in zip(items, items[1:]):
                assert a["end"] <= b["start"], (path.name, key, a, b)
        for e in gold["entities"]:
            assert e["label"] in LABELS, (path.name, e)
        print(f"ok {path.name}")


def main():
    if "--check" in sys.argv:
        return check()
    do_lint = "--lint" in sys.argv
    out = HERE / "annotations"
    out.mkdir(exist_ok=True)
    for path in sorted((HERE / "specs").glob("*.py")):
        stem = path.stem
        text, gold = build(stem, load_spec(path))
        with open(out / f"{stem}.json", "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"{stem}: {len(gold['entities'])} entities, {len(gold['numeric_claims'])} claims, "
              f"{len(gold['attributions'])} attributions")
        if do_lint:
            lint(stem, text, gold)


if __name__ == "__main__":
    main()
