"""Train the POS and entity taggers on GUM (CoNLL-U) and measure the recogniser.

    python -m desktop.analysis.train [GUM_DIR]            # train on 4/5 of the documents, write resources/models/
    python -m desktop.analysis.train [GUM_DIR] --heldout  # train the same way, report on the other fifth, write nothing
    python -m desktop.analysis.train [GUM_DIR] --cross-validate  # score each fifth of the training documents

The shipped models never see the held-out fifth (``split_documents``), so
``python -m desktop.analysis.evaluate`` can score them on it.  GUM_DIR defaults
to ``../shared/gum`` beside the repository.  The corpus itself is never copied
into the repository; only the learned weights are written.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from ..paths import ROOT
from .entities import ADDRESS_FORMS, ADDRESSING, HONORIFICS
from .gazetteer import gazetteer, name_key
from .groups import group_key
from .model import ORG, PERSON, PLACE
from .tagger import (
    ENTITY_MODEL,
    OUTSIDE,
    POS_MODEL,
    AveragedPerceptron,
    PerceptronTagger,
    entity_features,
    entity_tags,
    known_name_marks,
    pos_tags,
    use_models,
)

DEFAULT_GUM = ROOT.parent / "shared" / "gum"
GUM_TYPES = {"person": PERSON, "organization": ORG, "place": PLACE}
# "(ID-etype-...": opens a mention, "(ID-etype-...)": a one-token mention, "ID)": closes one.
_ENTITY_ITEM = re.compile(r"\((\d+)-([a-z]+)-([^()]*)(\)?)|(\d+)\)")


@dataclass
class GumSentence:
    words: list[str]
    tags: list[str]  # Penn part-of-speech tags
    spaces: list[bool]  # a space follows the token
    entities: list[tuple[int, int, str]] = field(default_factory=list)  # token [start, end), label (our conventions)
    gum_entities: list[tuple[int, int, str]] = field(default_factory=list)  # the same, labelled as GUM labels them
    titled_entities: list[tuple[int, int, str]] = field(default_factory=list)  # ours with titles kept: see ``bio``
    new_paragraph: bool = False

    def bio(self) -> list[str]:
        """The tagger's training labels.  Titles stay inside a person's span here ("President
        Ann Lee"): the rules cut them off afterwards, and a tagger taught so finds the name
        after a title more often (cross-validated F1 0.887 against 0.883 taught without)."""
        labels = [OUTSIDE] * len(self.words)
        for start, end, label in self.titled_entities:
            labels[start] = "B-" + label
            for k in range(start + 1, end):
                labels[k] = "I-" + label
        return labels


def read_conllu(path: Path) -> list[GumSentence]:
    """Sentences of one GUM file with their named PERSON/ORG/PLACE mentions.

    A mention counts as named when its head token is a proper noun, as
    ``../shared/gum/README`` defines it, or when a name stands in apposition to its
    head: GUM's parse heads "author Truman Capote" with "author", yet the name is
    there (see ``_names_head``).  Its span is cut down to the proper-noun run around
    the head (else the apposed name), so determiners and common nouns ("the city of
    ...") stay outside as they do in our own output.  Each sentence keeps three
    readings: GUM's labels, ours (``_our_label``, titles left out by ``_after_titles``)
    and ours with titles kept, which the tagger learns from.
    """
    result: list[GumSentence] = []
    rows: list[list[str]] = []
    new_paragraph = False
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# newpar"):
            new_paragraph = True
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                rows.append(cols)
        elif not line and rows:
            result.append(_sentence(rows, new_paragraph))
            rows, new_paragraph = [], False
    return result


def _sentence(rows: list[list[str]], new_paragraph: bool) -> GumSentence:
    sent = GumSentence(
        words=[r[1] for r in rows],
        tags=[r[4] for r in rows],
        spaces=["SpaceAfter=No" not in r[9] for r in rows],
        new_paragraph=new_paragraph,
    )
    open_mentions: dict[str, tuple[int, str, str]] = {}
    spans: list[tuple[int, int, str, str]] = []
    for k, row in enumerate(rows):
        value = next((p[7:] for p in row[9].split("|") if p.startswith("Entity=")), "")
        for ident, etype, fields, closed, closing in _ENTITY_ITEM.findall(value):
            if closing in open_mentions:
                start, etype, identity = open_mentions.pop(closing)
                spans.append((start, k + 1, etype, identity))
            elif ident:
                # infstat-salience-centering-minspan-link-identity: the identity is a Wikipedia title
                identity = fields.split("-", 5)[5] if fields.count("-") >= 5 else ""
                if closed:
                    spans.append((k, k + 1, etype, identity))
                else:
                    open_mentions[ident] = (k, etype, identity)
    heads = [int(r[6]) - 1 for r in rows]
    gums: list[tuple[int, int, str]] = []
    ours: list[tuple[int, int, str]] = []
    titled: list[tuple[int, int, str]] = []
    for start, end, etype, identity in sorted(spans, key=lambda s: (s[0], -s[1])):
        if etype not in GUM_TYPES:
            continue
        head = next((k for k in range(start, end) if not start <= heads[k] < end), start)
        if rows[head][3] != "PROPN":
            proper = [k for k in range(start, end) if rows[k][3] == "PROPN" and _names_head(rows, heads, k, head)]
            if not proper:
                if etype != "person" and (run := _name_before_kind(rows, heads, spans, start, end, head)):
                    # "the M5S party": M5S names the party.  Scored, not taught: taught too, the tagger
                    # cross-validated 0.897 against 0.901.
                    _add_outermost(ours, *run, GUM_TYPES[etype])
                continue
            head = proper[-1]
        left, right = head, head + 1
        while left > start and _inside_name(sent, left - 1, start, end):
            left -= 1
        while right < end and _inside_name(sent, right, start, end):
            right += 1
        _add_outermost(gums, left, right, GUM_TYPES[etype])
        label = _our_label(etype, identity, sent.words[left:right])
        if label == PERSON and _title_only(sent.words[left:right]):
            label = ""  # "Your Honor", "the Chief Justice": titles stay outside a name, and no name is left
        if label:
            _add_outermost(titled, left, right, label)
            _add_outermost(ours, _after_titles(sent.words, left, head) if label == PERSON else left, right, label)
    sent.gum_entities, sent.entities, sent.titled_entities = sorted(gums), sorted(ours), sorted(titled)
    return sent


def _add_outermost(spans: list[tuple[int, int, str]], left: int, right: int, label: str) -> None:
    """Add the mention unless it overlaps one already taken: spans come outermost first, so nested ones drop."""
    if not any(a < right and left < b for a, b, _ in spans):
        spans.append((left, right, label))


def _after_titles(words: Sequence[str], left: int, head: int) -> int:
    """Where a person's name starts once the titles before it are left out, as the issue asks.

    GUM's mention "US President Barack Obama" becomes "Barack Obama", and the place
    inside the title ("US") is then a mention of its own, as it is in our output.
    """
    g = gazetteer()
    lower = [word.lower() for word in words]
    for k in range(head - 1, left - 1, -1):
        if any(tuple(lower[k - n + 1 : k + 1]) in g.titles for n in range(1, min(g.longest_title, k - left + 1) + 1)):
            k += 1
            while k < head and (lower[k] in ("of", "for", "and", "&") or words[k] in g.subjects):
                k += 1  # "Minister of Education Stefania Giannini"
            return k
    return left


def _title_only(words: Sequence[str]) -> bool:
    """Whether a person mention is a title or form of address with no name in it.

    GUM marks "Mr. Chief Justice", "my Lords" and "Your Honor" as people; the
    issue leaves titles outside a name's span, which leaves nothing of these.
    """
    lower = [word.lower().rstrip(".") for word in words]
    while lower and lower[0] in HONORIFICS | ADDRESSING | {"my", "madam"}:
        lower = lower[1:]
    if not lower:
        return False
    singular = tuple(lower[:-1]) + (lower[-1].removesuffix("s"),)
    titles = gazetteer().titles
    return tuple(lower) in titles or singular in titles or words[-1] in ADDRESS_FORMS or _office_without_name(words)


# Small words inside the name of an office: "Director of Media and Communications".
OFFICE_LINKS = frozenset("of for and & the in".split())


def _office_without_name(words: Sequence[str]) -> bool:
    """An office written in capitals with no name: "Assistant Professor", "Team Manager", "Director of Media".

    Every word is a common English word and no given name (not an acronym: "LA Sheriff" holds a place;
    not "Frank Bishop") and the word before the first small word, or the last word, is a title on its own.
    """
    lower = [word.lower() for word in words]
    g = gazetteer()
    if any(
        w not in OFFICE_LINKS and (w not in g.english_words or word.isupper() or word in g.first_names)
        for w, word in zip(lower, words)
    ):
        return False
    head = next((k for k, w in enumerate(lower) if w in OFFICE_LINKS), len(lower)) - 1
    return head >= 0 and (lower[head],) in g.titles


def _our_label(etype: str, identity: str, words: Sequence[str]) -> str:
    """The label a GUM mention gets under the issue's conventions, which differ from GUM's twice.

    A country named for its government is a PLACE ("Washington as a government is a
    PLACE"), where GUM sometimes says organization ("North Korea fired artillery",
    identity North_Korea); and nationality or faith words name groups, not entities
    ("Muslims", "Arabs"), where GUM says person.  Returns "" for no entity.
    """
    if group_key(words):
        return ""
    title = unquote(identity).replace("_", " ")
    if etype == "organization" and title and name_key(title) in gazetteer().places:
        return PLACE
    return GUM_TYPES[etype]


def _names_head(rows: list[list[str]], heads: list[int], k: int, head: int) -> bool:
    """Proper noun ``k`` is part of a name set beside the common-noun ``head``: "author Truman Capote".

    Its chain of flat/compound links reaches the head through "flat" or "appos".  Proper
    nouns that only modify the head ("Panama coach", "Obama’s advisor", "the head of
    NATO") name something else and are that other entity's mention, not this one's.
    """
    while True:
        relation = rows[k][7].split(":")[0]
        if heads[k] == head:
            return relation in ("flat", "appos")
        if relation not in ("flat", "compound") or rows[heads[k]][3] != "PROPN":
            return False
        k = heads[k]


def _name_before_kind(
    rows: list[list[str]], heads: list[int], spans: list[tuple[int, int, str, str]], start: int, end: int, head: int
) -> tuple[int, int] | None:
    """The proper name of an organisation or place GUM marks with its kind as head: "the NATO military
    alliance", "the Sea Org group", "the M5S party".  Our conventions mark the name itself.

    The name is a run of proper nouns in a compound relation to the head that GUM marks as
    no entity of its own: a name that is ("the Obama administration" marks Obama as a person)
    names something else, and so does a place ("the East L.A. station").  A lone English word ("The
    Internet security firm") is no name.
    """
    run = [k for k in range(start, head) if rows[k][3] == "PROPN" and rows[k][7] == "compound" and heads[k] == head]
    if not run:
        return None
    left, right = run[0], run[-1] + 1
    while left > start and rows[left - 1][3] == "PROPN":
        left -= 1
    if any(start <= a <= left and right <= b <= end and (a, b) != (start, end) for a, b, _, _ in spans):
        return None
    words = [row[1] for row in rows[left:right]]
    g = gazetteer()
    if not words[0][:1].isupper() or (len(words) == 1 and words[0].lower() in g.english_words):
        return None
    if any(name_key(" ".join(words[k:])) in g.places for k in range(len(words))):
        return None  # "the East L.A. station": named for where it is, a place of its own
    return left, right


def _inside_name(sent: GumSentence, k: int, start: int, end: int) -> bool:
    """A proper noun, or "of"/"&"/a hyphen between two proper nouns of the mention."""
    if sent.tags[k].startswith("NNP"):
        return True
    return (
        sent.words[k] in ("of", "&", "-", "de")
        and start < k < end - 1
        and sent.tags[k - 1].startswith("NNP")
        and sent.tags[k + 1].startswith("NNP")
    )


def read_gum(folder: Path) -> dict[str, list[GumSentence]]:
    return {p.stem: read_conllu(p) for p in sorted(folder.glob("*.conllu"))}


def split_documents(names: Sequence[str]) -> tuple[list[str], list[str]]:
    """Every fifth document (in name order, so each genre contributes) is held out."""
    held = [n for k, n in enumerate(names) if k % 5 == 4]
    return [n for n in names if n not in held], held


def train_pos(sentences: Sequence[GumSentence], iterations: int = 5) -> PerceptronTagger:
    random.seed(0)
    tagger = PerceptronTagger(load=False)
    tagger.train([list(zip(s.words, s.tags)) for s in sentences], nr_iter=iterations)
    return tagger


def train_entities(
    sentences: Sequence[GumSentence], pos: PerceptronTagger, iterations: int = 8, runs: int = 3
) -> AveragedPerceptron:
    """Greedy BIO perceptron, trained on predicted (not gold) POS tags as it will see them.

    On so small a corpus the order the sentences are shuffled in moves F1 by several
    points, so ``runs`` perceptrons are trained on different orders and their weights
    averaged: as good as the best single run on held-out folds, and stable.
    """
    data = [(s.words, [t for _, t in pos.tag(s.words)], known_name_marks(s.words), s.bio()) for s in sentences]
    classes = {tag for *_, bio in data for tag in bio}
    weights: dict[str, dict[str, float]] = {}
    for seed in range(runs):
        for feature, by_class in _entity_run(data, classes, iterations, seed).weights.items():
            summed = weights.setdefault(feature, {})
            for label, weight in by_class.items():
                summed[label] = summed.get(label, 0.0) + weight / runs
    model = AveragedPerceptron(weights)
    model.classes = classes
    return model


def _entity_run(data: list, classes: set[str], iterations: int, seed: int) -> AveragedPerceptron:
    random.seed(seed)
    data = list(data)
    model = AveragedPerceptron()
    model.classes = classes
    for _ in range(iterations):
        random.shuffle(data)
        for words, tags, marks, gold in data:
            prev, prev2 = "<s>", "<s>"
            for i in range(len(words)):
                features = entity_features(words, tags, marks, i, prev, prev2)
                guess, _ = model.predict(features)
                model.update(gold[i], guess, features)
                prev2, prev = prev, guess
    model.average_weights()
    return model


# Smallest POS weight kept: dropping the rest shrinks the file by a quarter (faster start-up) and
# cost 0.0003 of POS accuracy on the held-out GUM documents when measured.
POS_MIN_WEIGHT = 0.5


def _compact(weights: dict[str, dict[str, float]], min_weight: float = 0.0005) -> dict[str, dict[str, float]]:
    """Round weights and drop the ones below ``min_weight``: a smaller, faster-loading file."""
    out = {}
    for feat, classes in weights.items():
        kept = {c: round(w, 3) for c, w in classes.items() if abs(w) >= min_weight}
        if kept:
            out[feat] = kept
    return out


def save(pos: PerceptronTagger, entities: AveragedPerceptron) -> None:
    POS_MODEL.parent.mkdir(parents=True, exist_ok=True)
    POS_MODEL.write_text(
        json.dumps(
            {
                "weights": _compact(pos.model.weights, POS_MIN_WEIGHT),
                "tagdict": pos.tagdict,
                "classes": sorted(pos.classes),
            },
            ensure_ascii=False,
            separators=(",", ":"),
        ),
        encoding="utf-8",
    )
    ENTITY_MODEL.write_text(
        json.dumps(
            {"weights": _compact(entities.weights), "classes": sorted(entities.classes)},
            ensure_ascii=False,
            separators=(",", ":"),
        ),
        encoding="utf-8",
    )


def document_text(
    sentences: Sequence[GumSentence], gum_labels: bool = False
) -> tuple[str, list[tuple[int, int, str]]]:
    """Rebuild a document's text (one paragraph a line) and its gold mentions as character spans.

    The mentions follow our conventions, or GUM's own labels with ``gum_labels``.
    """
    parts: list[str] = []
    gold: list[tuple[int, int, str]] = []
    length = 0
    for sent in sentences:
        if parts:
            sep = "\n" if sent.new_paragraph else " "
            parts.append(sep)
            length += 1
        offsets = []
        for word, space in zip(sent.words, sent.spaces):
            offsets.append(length)
            parts.append(word)
            length += len(word)
            if space:
                parts.append(" ")
                length += 1
        for start, end, label in sent.gum_entities if gum_labels else sent.entities:
            gold.append((offsets[start], offsets[end - 1] + len(sent.words[end - 1]), label))
    return "".join(parts), gold


def _bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    spans, start = [], None
    for k, tag in enumerate([*tags, OUTSIDE]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == tags[start][2:]):
            spans.append((start, k, tags[start][2:]))
            start = None
        if tag != OUTSIDE and start is None:
            start = k
    return spans


def evaluate(docs: dict[str, list[GumSentence]]) -> None:
    """Print POS accuracy, BIO-tagger F1 and whole-recogniser F1 per type and overall.

    Uses the models ``tagger`` currently serves (see ``use_models``).
    """
    from .evaluate import add_entity_scores, score_gum_documents, score_line, span_items

    right = total = 0
    tagger_scores: dict = {}
    for sentences in docs.values():
        for sent in sentences:
            tags = pos_tags(sent.words)
            right += sum(a == b for a, b in zip(tags, sent.tags))
            total += len(tags)
            # Spans over word indices: matched the same way as character spans.
            add_entity_scores(tagger_scores, span_items(sent.entities),
                              span_items(_bio_spans(entity_tags(sent.words, tags))))
    print(f"POS accuracy {right / total:.3f} on {total} tokens")
    for title, scores in (("BIO tagger alone", tagger_scores),
                          ("find_entities", score_gum_documents(docs.values()))):
        print(title)
        for key, score in scores.items():
            print("  " + score_line(key, score))


def cross_validate(docs: dict[str, list[GumSentence]], names: Sequence[str], folds: int = 5) -> None:
    """Print the whole recogniser's entity scores on each fold of ``names``, trained on the other folds.

    The rules were tuned on these errors, never on the held-out fifth's: this is the
    number to watch while changing the recogniser.  The last fold's models stay in use
    (``use_models``), so run it as its own command, not before other scoring.
    """
    from .evaluate import ENTITY_KEYS, Score, score_gum_documents, score_line

    totals = {key: Score() for key in ENTITY_KEYS}
    for fold in range(folds):
        tested = [n for k, n in enumerate(names) if k % folds == fold]
        trained = [s for n in names if n not in tested for s in docs[n]]
        pos = train_pos(trained)
        use_models(pos, train_entities(trained, pos))
        scores = score_gum_documents(docs[n] for n in tested)
        print(score_line(f"fold {fold + 1} of {folds}", scores["entities"]))
        for key, score in scores.items():
            totals.setdefault(key, Score()).add(score)
    for key, score in totals.items():
        print(score_line(key, score))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "gum", nargs="?", type=Path, default=DEFAULT_GUM, help="folder of GUM .conllu files"
    )
    parser.add_argument(
        "--heldout", action="store_true", help="report on the held-out fifth instead of writing the models"
    )
    parser.add_argument(
        "--cross-validate", action="store_true",
        help="score the recogniser on each fifth of the training documents, trained on the rest",
    )
    args = parser.parse_args(argv)
    docs = read_gum(args.gum)
    if not docs:
        parser.error(f"no .conllu files in {args.gum}")
    train_names, test_names = split_documents(list(docs))
    if args.cross_validate:
        cross_validate(docs, train_names)
        return
    train_sents = [s for n in train_names for s in docs[n]]
    pos = train_pos(train_sents)
    ner = train_entities(train_sents, pos)
    if args.heldout:
        print(f"trained on {len(train_names)} documents, testing on {len(test_names)}")
        use_models(pos, ner)
        evaluate({n: docs[n] for n in test_names})
    else:
        save(pos, ner)
        print(f"trained on {len(train_names)} documents (held out {len(test_names)}); wrote {POS_MODEL} and {ENTITY_MODEL}")


if __name__ == "__main__":
    main()
