"""Groups named by nationality, faith or party: "Russian officials", "North Korean troops", "Muslims".

The entities layer leaves these words out (they name no one person, organisation
or place), yet a close reader counts them: how often an article describes people
by the group they belong to is a question media-literacy teachers ask.  Each
group is an ``Entity`` labelled ``GROUP``; "Russian" and "Russians" are one group.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from .gazetteer import Key, gazetteer
from .model import GROUP, Entity, Mention, Sentence, Token

# Adjectives in the demonym list that name a direction or a language, not a group of people.
NOT_GROUPS = frozenset("western eastern northern southern latin baltic arabic".split())
LONGEST = 3  # most words a group name is looked for in ("Latin American" has two)


def find_groups(sentences: Sequence[Sentence], entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """Group mentions outside every entity mention ("American" in "American Airlines" is no group)."""
    openers = _openers(gazetteer().demonyms)
    taken = sorted((m.start, m.end) for e in entities for m in e.mentions)
    starts = [start for start, _ in taken]
    by_group: dict[str, list[Mention]] = {}
    for sentence in sentences:
        tokens = sentence.tokens
        i = 0
        while i < len(tokens):
            word = tokens[i].text
            if not word[:1].isupper() or (word.lower() not in openers and word.lower()[:-1] not in openers):
                i += 1
                continue
            width, name = _group_at(tokens, i)
            if width:
                start, end = tokens[i].start, tokens[i + width - 1].end
                if not _inside(taken, starts, start, end):
                    text = sentence.text[start - sentence.start : end - sentence.start]
                    by_group.setdefault(name, []).append(Mention(text, start, end, GROUP))
                i += width
            else:
                i += 1
    groups = [Entity(name, GROUP, tuple(mentions)) for name, mentions in by_group.items()]
    groups.sort(key=lambda group: group.mentions[0].start)
    return tuple(groups)


@lru_cache(maxsize=1)
def _openers(demonyms: frozenset[Key]) -> frozenset[str]:
    """First words of the listed group names: most capitalised words are none, and are passed over."""
    return frozenset(key[0] for key in demonyms)


def _group_at(tokens: Sequence[Token], i: int) -> tuple[int, str]:
    """(tokens, canonical name) of the group named at ``tokens[i]``, or (0, "")."""
    for width in range(min(LONGEST, len(tokens) - i), 0, -1):
        run = tokens[i : i + width]
        if any(not t.text[:1].isupper() for t in run) or any(b.start - a.end > 1 for a, b in zip(run, run[1:])):
            continue
        key = group_key([t.text for t in run])
        if key:
            return width, " ".join(word.capitalize() for word in key)
    return 0, ""


def group_key(words: Sequence[str]) -> Key | None:
    """The listed group ``words`` name, lower-cased ("Russians" are the group "russian"), or None."""
    if not words:
        return None
    demonyms = gazetteer().demonyms
    key = tuple(word.lower() for word in words)
    if key[-1].endswith("s") and key[:-1] + (key[-1][:-1],) in demonyms:
        key = key[:-1] + (key[-1][:-1],)
    elif key not in demonyms:
        return None
    return None if key[-1] in NOT_GROUPS else key


def _inside(taken: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """The span overlaps an entity mention (``taken`` sorted, ``starts`` its start offsets)."""
    k = bisect_right(starts, start) - 1
    return any(0 <= j < len(taken) and taken[j][0] < end and start < taken[j][1] for j in (k, k + 1))

