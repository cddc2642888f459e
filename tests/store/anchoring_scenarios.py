"""Edit scenarios for note re-anchoring, shared by the tests and the measurements.

The article is written for this purpose (never tune on tests/data/gold/). Each scenario
edits the text the way a correction or re-import does and says where every note
should land: an exact span, a fuzzy span, or orphaned.

Run ``python -m tests.store.anchoring_scenarios`` to print the counts, the score
distributions behind the thresholds in ``desktop/store/anchoring.py``, and the
re-anchoring benchmark (1,000 notes on a 100,000-word document).
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from desktop.store import anchoring
from desktop.store.anchoring import EXACT, FUZZY, ORPHANED, reattach
from desktop.store.notes import make_anchor

PARAGRAPHS = [
    "The harbour authority voted on Tuesday to close the northern pier for repairs. "
    "Engineers had warned for two years that the timber supports were rotting. "
    "The closure will last at least eight months, according to the authority's chair.",

    "Fishing crews say the decision came too late. "
    "Several boats have already moved to the smaller dock at Westfield, where mooring fees are higher. "
    "One skipper said she now spends an extra hour each morning reaching the fishing grounds.",

    "The repair bill is estimated at 4.2 million pounds. "
    "The regional council has promised half of that sum, but the rest must come from port fees. "
    "Critics argue that raising fees during the closure will drive more crews away.",

    "A spokesperson for the council said the money would be released in two stages. "
    "The first payment depends on an independent survey of the pier's foundations. "
    "That survey is expected to be finished before the end of March.",

    "Residents near the harbour have raised a separate concern about noise. "
    "Pile driving is planned for six days a week, starting at seven in the morning. "
    "The authority said it would consider shorter working hours if complaints grew.",

    "Tourism operators are split on the plan. "
    "Some welcome a modern pier that could host larger ferries in summer. "
    "Others fear that a year without the old promenade will empty the seafront cafes.",

    "The authority will publish the full engineering report next week. "
    "Until then, the northern pier remains fenced off and patrolled at night.",
]
TEXT = "\n\n".join(PARAGRAPHS)

# Passages the notes quote: whole sentences and shorter phrases, some near paragraph edges.
QUOTES = [
    "close the northern pier for repairs",
    "Engineers had warned for two years that the timber supports were rotting.",
    "at least eight months",
    "Fishing crews say the decision came too late.",
    "where mooring fees are higher",
    "One skipper said she now spends an extra hour each morning reaching the fishing grounds.",
    "4.2 million pounds",
    "The regional council has promised half of that sum, but the rest must come from port fees.",
    "raising fees during the closure will drive more crews away",
    "released in two stages",
    "The first payment depends on an independent survey of the pier's foundations.",
    "before the end of March",
    "Residents near the harbour have raised a separate concern about noise.",
    "six days a week",
    "The authority said it would consider shorter working hours if complaints grew.",
    "Tourism operators are split on the plan.",
    "a modern pier that could host larger ferries",
    "empty the seafront cafes",
    "The authority will publish the full engineering report next week.",
    "fenced off and patrolled at night",
]

# Sentences corrected in a later version, reworded but about the same thing.
REWORDINGS = {
    "Engineers had warned for two years that the timber supports were rotting.":
        "Engineers had been warning for about two years that the wooden supports were rotting.",
    "Fishing crews say the decision came too late.":
        "Fishing crews say the authority's decision came far too late.",
    "The regional council has promised half of that sum, but the rest must come from port fees.":
        "The regional council has pledged half of the sum, and the rest must come from port fees.",
    "The first payment depends on an independent survey of the pier's foundations.":
        "The first payment will depend on an independent survey of the foundations of the pier.",
    "The authority said it would consider shorter working hours if complaints grew.":
        "The authority said it might consider shorter working hours should complaints grow.",
    "Tourism operators are split on the plan.":
        "Tourism operators are divided over the plan.",
    "The authority will publish the full engineering report next week.":
        "The authority will publish the complete engineering report next Thursday.",
}


@dataclass(frozen=True)
class Case:
    scenario: str
    quote: str
    new_text: str
    expected: tuple[int, int] | None  # None: the passage is gone and the note must be orphaned
    expected_status: str
    anchor: object


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def _word_start_before(text: str, position: int, back: int) -> int:
    """A word boundary about ``back`` characters before ``position``."""
    point = max(0, position - back)
    while point > 0 and not text[point - 1].isspace():
        point -= 1
    return point


def _middle_word_boundary(quote: str) -> int:
    spaces = [i for i, ch in enumerate(quote) if ch == " "]
    return spaces[len(spaces) // 2] + 1 if spaces else len(quote) // 2


def cases() -> list[Case]:
    """Every (note, edit) pair with its expected landing place."""
    found = []
    for quote in QUOTES:
        start, end = _span(TEXT, quote)
        anchor = make_anchor(TEXT, start, end)

        insert = "reportedly "
        at = _word_start_before(TEXT, start, 12)
        new = TEXT[:at] + insert + TEXT[at:]
        found.append(Case("words inserted before", quote, new, (start + len(insert), end + len(insert)), EXACT, anchor))

        insert = "largely "
        at = start + _middle_word_boundary(quote)
        new = TEXT[:at] + insert + TEXT[at:]
        found.append(Case("words inserted inside", quote, new, (start, end + len(insert)), FUZZY, anchor))

        insert = " (updated)"
        new = TEXT[:end] + insert + TEXT[end:]
        found.append(Case("words inserted after", quote, new, (start, end), EXACT, anchor))

    for old, reworded in REWORDINGS.items():
        new = TEXT.replace(old, reworded)
        anchor = make_anchor(TEXT, *_span(TEXT, old))
        found.append(Case("sentence reworded", old, new, _span(new, reworded), FUZZY, anchor))

    for index, paragraph in enumerate(PARAGRAPHS):
        new = "\n\n".join(p for i, p in enumerate(PARAGRAPHS) if i != index)
        for quote in QUOTES:
            anchor = make_anchor(TEXT, *_span(TEXT, quote))
            if quote in paragraph:
                found.append(Case("paragraph deleted", quote, new, None, ORPHANED, anchor))
            else:
                found.append(Case("paragraph deleted (other notes)", quote, new, _span(new, quote), EXACT, anchor))
    return found


def outcome(case: Case) -> tuple[str, bool]:
    """The status re-anchoring gave and whether the note landed where it should."""
    placed = reattach(case.anchor, case.new_text, len(TEXT))
    if case.expected is None:
        return placed.status, placed.status == ORPHANED
    return placed.status, (placed.start, placed.end) == case.expected


def tally() -> dict[str, dict[str, int]]:
    """Per scenario: how many notes re-attached exactly, fuzzily, were orphaned, or landed wrong."""
    counts: dict[str, dict[str, int]] = {}
    for case in cases():
        status, right = outcome(case)
        row = counts.setdefault(case.scenario, {EXACT: 0, FUZZY: 0, ORPHANED: 0, "wrong": 0})
        row[status] += 1
        row["wrong"] += not right
    return counts


def fuzzy_scores() -> dict[str, list[float]]:
    """Best fuzzy scores (needle, quote) with the thresholds off: true matches vs deleted passages."""
    saved = anchoring.MIN_FUZZY_SCORE
    anchoring.MIN_FUZZY_SCORE = 0.0
    scores: dict[str, list[float]] = {"should attach": [], "should orphan": []}
    try:
        for case in cases():
            if case.expected_status == EXACT:
                continue
            placed = anchoring._fuzzy(case.anchor, case.new_text, case.anchor.start)
            key = "should orphan" if case.expected is None else "should attach"
            scores[key].append(0.0 if placed is None else round(placed.score, 1))
    finally:
        anchoring.MIN_FUZZY_SCORE = saved
    return scores


def benchmark(notes: int = 1000, words: int = 100_000, seed: int = 7, reword_every: int = 10) -> dict[str, float]:
    """Seconds to re-anchor ``notes`` notes on a ``words``-word document after realistic edits.

    The document is made of random sentences over the article's vocabulary (so, unlike a
    repeated template, a deleted sentence has no near-twin to be mistaken for); the edit inserts
    a paragraph at the top (every note shifts), rewords every ``reword_every``-th noted sentence and
    deletes a few noted ones, so all three paths (exact, fuzzy, orphaned) are exercised.
    """
    rng = random.Random(seed)
    vocabulary = sorted(set(TEXT.replace(".", "").replace(",", "").split()))
    pieces, count = [], 0
    while count < words:
        chosen_words = rng.choices(vocabulary, k=rng.randint(8, 24))
        sentence = " ".join(chosen_words).capitalize() + "."
        if rng.random() < 0.5:
            sentence = sentence.replace(" ", ", ", 1)
        pieces.append(sentence)
        count += len(chosen_words)
    old = " ".join(pieces)
    chosen = sorted(rng.sample(range(len(pieces)), notes))
    offsets, position = [], 0
    for piece in pieces:
        offsets.append(position)
        position += len(piece) + 1
    anchors = [make_anchor(old, offsets[i], offsets[i] + len(pieces[i])) for i in chosen]
    edited, expected = list(pieces), {}
    for rank, i in enumerate(chosen):
        if rank % reword_every == 0:
            edited[i] = edited[i].replace(" the ", " that ", 1).replace(",", " -", 1)
        elif rank % 97 == 0:
            edited[i] = ""
    intro = "A new introductory paragraph was added by the editor.\n\n"
    new, position = intro, len(intro)
    for i, piece in enumerate(edited):
        expected[i] = (position, position + len(piece)) if piece else None
        position += len(piece) + 1
    new += " ".join(edited)
    began = time.perf_counter()
    placements = [reattach(anchor, new, len(old)) for anchor in anchors]
    seconds = time.perf_counter() - began
    statuses = [p.status for p in placements]
    wrong = sum(
        (p.status != ORPHANED) if expected[i] is None else ((p.start, p.end) != expected[i])
        for i, p in zip(chosen, placements)
    )
    return {
        "seconds": round(seconds, 3), "characters": len(new), "words": len(new.split()),
        "notes": len(anchors), EXACT: statuses.count(EXACT), FUZZY: statuses.count(FUZZY),
        ORPHANED: statuses.count(ORPHANED), "wrong": wrong,
    }


def benchmark_reimport(folder: str, notes: int = 1000, words: int = 100_000, seed: int = 7) -> float:
    """Seconds for ``save_document`` to take a changed file's text and re-anchor its notes in SQLite."""
    from pathlib import Path

    from desktop.store import add_note, open_database, save_document

    rng = random.Random(seed)
    vocabulary = sorted(set(TEXT.replace(".", "").split()))
    old = " ".join(" ".join(rng.choices(vocabulary, k=12)) + "." for _ in range(words // 12))
    connection = open_database(Path(folder) / "benchmark.db")
    document = save_document(connection, "Long", old, "/benchmark/long.txt")
    ends = [i for i, ch in enumerate(old) if ch == "."]
    for end in rng.sample(ends[1:], notes):
        add_note(connection, document.id, make_anchor(old, end - 40, end + 1), "note")
    began = time.perf_counter()
    save_document(connection, "Long", "An editor's new first paragraph.\n\n" + old, "/benchmark/long.txt")
    seconds = time.perf_counter() - began
    connection.close()
    return round(seconds, 3)


if __name__ == "__main__":
    for scenario, row in tally().items():
        print(f"{scenario:34} {row}")
    for key, values in fuzzy_scores().items():
        print(f"{key:14} fuzzy scores: {sorted(values)}")
    print("benchmark:", benchmark())
    print("benchmark, every noted sentence reworded:", benchmark(reword_every=1))
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        print("re-import through the store (1,000 notes, 100,000 words), seconds:", benchmark_reimport(folder))
