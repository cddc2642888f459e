"""Consistency of numeric claims across one article.

``link_claims`` relates claims that count the same thing:

* ``PART_OF``: a partitive count and the whole it refers back to ("Thirty-four
  of those drones" ... part of "84 Ukrainian drones");
* ``AGREES``: the same counted phrase given again with a compatible value;
* ``CONFLICTS``: the same counted phrase with incompatible values, or a part
  larger than its whole.

"The same counted phrase" ignores case and number ("12 people" ... "one person"
is not compared, but "a soldier" and "soldiers" are).  Values are compatible when
their intervals overlap, a hedged point value ("about 70") standing for
anything within 10% of it ("nearly 40" already means [36, 40]), so "about 70 leaders" and "72 leaders" agree.  A later
claim is compared with every recent claim about the same thing, so "12 ... 12
... 15" is flagged even when the nearest mention agrees.

Left out on purpose:

* counts that add to an earlier one ("another 2,000 troops", "five other
  regions", "a dozen more"): a second number for a different set;
* anything but plain counts: durations, money and percentages with the same unit
  are usually about different things ("two years" of war and "2,000 years" of
  buildings), so linking them would mostly mislead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import ClaimLink, NumericClaim
from .number_words import NP_LEADING

PART_OF = "part_of"
AGREES = "agrees"
CONFLICTS = "conflicts"

_PARTITIVE = re.compile(r"\bof\s+(?:those|these|the|its|their|our)\s", re.IGNORECASE)
_IRREGULAR_SINGULARS = {"people": "person", "men": "man", "women": "woman", "children": "child"}
_ADDING_QUALIFIERS = frozenset({"another", "an additional", "a further", "an extra"})
_HEDGE_TOLERANCE = 0.1
_RECENT = 8  # earlier claims about one thing compared with each new one (keeps the pass linear)


def link_claims(claims: Sequence[NumericClaim]) -> tuple[ClaimLink, ...]:
    """Links between claims (in document order) about the same counted thing.

    Each claim is linked at most once: to an earlier claim it conflicts with if
    there is one, otherwise to the nearest earlier claim it relates to.
    """
    links: list[ClaimLink] = []
    last_whole_by_head: dict[str, NumericClaim] = {}
    recent_by_phrase: dict[str, list[tuple[NumericClaim, float, float]]] = {}
    for claim in sorted(claims, key=lambda c: c.start):
        if claim.unit or not claim.counted:
            continue
        head, phrase = _counted_key(claim.counted)
        if _PARTITIVE.search(claim.text):
            whole = last_whole_by_head.get(head)
            if whole is not None:
                links.append(_part_link(whole, claim))
            continue
        if _adds_to_an_earlier_count(claim):
            continue
        recent = recent_by_phrase.setdefault(phrase, [])
        low, high = _bounds(claim)
        if recent:
            conflicting = next((e for e, e_low, e_high in reversed(recent) if e_low > high or low > e_high), None)
            links.append(_same_link(conflicting or recent[-1][0], claim))
        recent.append((claim, low, high))
        del recent[:-_RECENT]
        last_whole_by_head[head] = claim
    return tuple(links)


def compatible(a: NumericClaim, b: NumericClaim) -> bool:
    """Whether two claims about the same thing can both be true."""
    a_low, a_high = _bounds(a)
    b_low, b_high = _bounds(b)
    return a_low <= b_high and b_low <= a_high


def _bounds(claim: NumericClaim) -> tuple[float, float]:
    if claim.approximate and claim.low == claim.high:
        spread = abs(claim.value) * _HEDGE_TOLERANCE
        return claim.low - spread, claim.high + spread
    return claim.low, claim.high


def _counted_key(counted: str) -> tuple[str, str]:
    """(head, whole phrase) of a counted noun phrase, lower-cased and singular."""
    words = counted.lower().split()
    head = _singular(words[-1])
    return head, " ".join([*words[:-1], head])


def _adds_to_an_earlier_count(claim: NumericClaim) -> bool:
    return claim.qualifier in _ADDING_QUALIFIERS or not NP_LEADING.isdisjoint(claim.text.lower().split())


def _part_link(whole: NumericClaim, part: NumericClaim) -> ClaimLink:
    if part.low > whole.high:
        return ClaimLink(whole, part, CONFLICTS, f"part ({_fmt(part)}) larger than the whole ({_fmt(whole)})")
    return ClaimLink(whole, part, PART_OF, f"{_fmt(part)} of {_fmt(whole)}")


def _same_link(earlier: NumericClaim, later: NumericClaim) -> ClaimLink:
    if not compatible(earlier, later):
        return ClaimLink(earlier, later, CONFLICTS, f"{_fmt(earlier)} vs {_fmt(later)}")
    return ClaimLink(earlier, later, AGREES, f"{_fmt(earlier)} and {_fmt(later)}")


def _singular(word: str) -> str:
    if word in _IRREGULAR_SINGULARS:
        return _IRREGULAR_SINGULARS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _fmt(claim: NumericClaim) -> str:
    return f"{claim.value:,.10g}"
