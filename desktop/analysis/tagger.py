"""Part-of-speech and entity (BIO) taggers trained on GUM, shipped as JSON.

Both are NLTK averaged perceptrons.  ``desktop.analysis.train`` writes the
weights to ``resources/models/``; here they are read once, lazily, without
``nltk.download`` or any NLTK data folder.
"""

from __future__ import annotations

import json
import os
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path

from ..paths import RESOURCES
from .gazetteer import gazetteer
from .nltk_modules import perceptron

AveragedPerceptron, PerceptronTagger = perceptron.AveragedPerceptron, perceptron.PerceptronTagger

MODEL_DIR = RESOURCES / "models"
POS_MODEL = MODEL_DIR / "pos_perceptron.json"
ENTITY_MODEL = MODEL_DIR / "entity_perceptron.json"
OUTSIDE = "O"
SAID_WORDS = frozenset("said says told added according asked wrote".split())


def load_pos_tagger(path: Path = POS_MODEL) -> PerceptronTagger:
    """An NLTK PerceptronTagger filled from our JSON (NLTK's own loader needs a data folder)."""
    data = _model_data(path)
    tagger = PerceptronTagger(load=False)
    tagger.model.weights = data["weights"]
    tagger.tagdict = data["tagdict"]
    tagger.classes = tagger.model.classes = set(data["classes"])
    return tagger


def load_entity_model(path: Path = ENTITY_MODEL) -> AveragedPerceptron:
    data = _model_data(path)
    model = AveragedPerceptron(data["weights"])
    model.classes = set(data["classes"])
    return model


def _model_data(path: Path) -> dict:
    """The JSON model at ``path`` as a dict, read through a pickled copy in the user's cache.

    Parsing the models' 1.6 MB of JSON took about 40 ms of every start; unpickling the
    copy takes a third of that.  The copy is named after the file's size and modification
    time, so a retrained model is parsed afresh.  The JSON file stays the model: a copy
    that cannot be read or written only costs the parse.
    """
    stat = path.stat()
    copy = cache_folder() / f"{path.stem}-{stat.st_size}-{stat.st_mtime_ns}.pickle"
    try:
        return pickle.loads(copy.read_bytes())
    except Exception:  # no copy yet, or one that another Python cannot read, or a truncated one
        pass
    data = json.loads(path.read_bytes())
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        for stale in copy.parent.glob(f"{path.stem}-*"):  # older copies, unfinished ones
            stale.unlink(missing_ok=True)
        unfinished = copy.with_name(f"{copy.name}.{os.getpid()}.part")
        unfinished.write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(unfinished, copy)  # another process sees the whole copy or none
    except OSError:
        pass
    return data


def cache_folder() -> Path:
    """Close Reader's folder in the user's cache (rebuilt when deleted)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "close-reader"


_models: dict[str, object] = {}


def _pos_tagger() -> PerceptronTagger:
    if "pos" not in _models:
        _models["pos"] = load_pos_tagger()
    return _models["pos"]


def _entity_model() -> AveragedPerceptron:
    if "entities" not in _models:
        _models["entities"] = load_entity_model()
    return _models["entities"]


def use_models(pos: PerceptronTagger, entities: AveragedPerceptron) -> None:
    """Tag with these models instead of the shipped ones (held-out evaluation while training)."""
    _models.update(pos=pos, entities=entities)
    _models.pop("vocabulary", None)


def english_word(word: str) -> bool:
    """``word`` (in any case) is an English word, not a name: the dictionary lists it, or the POS
    tagger met it in training ("tricks", "interview"; not "Mertens" or "helgolandicus")."""
    lower = word.lower()
    if lower in gazetteer().english_words:
        return True
    if "vocabulary" not in _models:
        pos = _pos_tagger()  # words it tags from its dictionary ("the") have no weights of their own
        _models["vocabulary"] = {f[7:] for f in pos.model.weights if f.startswith("i word ")} | {
            known.lower() for known in pos.tagdict
        }
    return lower in _models["vocabulary"]


def pos_tags(tokens: Sequence[str]) -> list[str]:
    """Penn Treebank tags for one sentence's tokens (as ``tokens.word_tokens`` splits them)."""
    return [tag for _, tag in _pos_tagger().tag(list(tokens))]


def shape(word: str) -> str:
    """"Xxxx", "XX", "X.X.", "dd": letters by case, digits as d, runs collapsed after two."""
    out: list[str] = []
    for ch in word:
        code = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if len(out) < 2 or out[-1] != code or out[-2] != code:
            out.append(code)
    return "".join(out)


def _word_features(word: str, prefix: str) -> list[str]:
    g = gazetteer()
    key, lower = (word,), word.lower()
    flags = [
        prefix + "shape=" + shape(word),
        prefix + "w=" + lower,
    ]
    if key in g.listed_places:
        flags.append(prefix + "place")
    if key in g.organisations:
        flags.append(prefix + "org")
    if word in g.first_names:
        flags.append(prefix + "first_name")
    if word in g.org_cues:
        flags.append(prefix + "org_cue")
    if word in g.place_cues:
        flags.append(prefix + "place_cue")
    if (lower,) in g.titles:
        flags.append(prefix + "title")
    if (lower,) in g.demonyms:
        flags.append(prefix + "demonym")
    if lower in g.common_words:
        flags.append(prefix + "common")
    if word in g.calendar:
        flags.append(prefix + "calendar")
    return flags


def known_name_marks(words: Sequence[str]) -> list[str]:
    """Per token, "org"/"place" when it lies inside a listed multi-word name ("World Bank"), else "".

    Longest match first, left to right; one-word names are flagged by ``_word_features``.
    """
    g = gazetteer()
    marks = [""] * len(words)
    i = 0
    while i < len(words):
        for width in range(min(g.longest_name, len(words) - i), 1, -1):
            key = tuple(words[i : i + width])
            kind = "place" if key in g.listed_places else "org" if key in g.organisations else ""
            if kind:
                marks[i : i + width] = [kind] * width
                i += width
                break
        else:
            i += 1
    return marks


def entity_features(
    words: Sequence[str], pos: Sequence[str], marks: Sequence[str], i: int, prev: str, prev2: str
) -> dict[str, int]:
    """Features of token ``i`` for the BIO tagger: the word, its neighbours, POS and lists.

    ``marks`` is ``known_name_marks(words)``.
    """
    word = words[i]
    before = words[i - 1] if i > 0 else "<s>"
    after = words[i + 1] if i + 1 < len(words) else "</s>"
    names = [
        "bias",
        "suf3=" + word[-3:].lower(),
        "pre2=" + word[:2].lower(),
        "pos=" + pos[i],
        "pos-1=" + (pos[i - 1] if i > 0 else "<s>"),
        "pos+1=" + (pos[i + 1] if i + 1 < len(words) else "</s>"),
        "prev=" + prev,
        "prev2+prev=" + prev2 + "+" + prev,
        "prev+pos=" + prev + "+" + pos[i],
        "said+1" if after.lower() in SAID_WORDS else "not_said+1",
        "first" if i == 0 else "inner",
        "in_name=" + marks[i],
        *_word_features(word, ""),
        *_word_features(before, "-1:"),
        *_word_features(after, "+1:"),
    ]
    return dict.fromkeys(names, 1)


def entity_tags(words: Sequence[str], pos: Sequence[str] | None = None) -> list[str]:
    """BIO tags ("B-PERSON", "I-ORG", "O", ...) for one sentence's tokens."""
    model = _entity_model()
    pos = pos if pos is not None else pos_tags(words)
    marks = known_name_marks(words)
    tags: list[str] = []
    prev, prev2 = "<s>", "<s>"
    for i in range(len(words)):
        tag, _ = model.predict(entity_features(words, pos, marks, i, prev, prev2))
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]  # greedy decoding can continue a name it never began: begin it here
        tags.append(tag)
        prev2, prev = prev, tag
    return tags
