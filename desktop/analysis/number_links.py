"""Consistency of numeric claims across one article.

``link_claims`` relates claims that count the same thing:

* ``PART_OF``: a partitive count and the whole it refers back to ("Thirty-four
  of those drones" ... part of "84 Ukrainian drones");
* ``AGREES``: the same counted phrase given again with a compatible value;
* ``CONFLICTS``: the same counted phrase with incompatible values (intervals
  that do not overlap), or a part larger than its whole.

Only plain counts (unit ``""``) are related: durations, money and percentages
with the same unit are usually about different things ("two years" of war and
"2,000 years" of buildings), so linking them would mostly mislead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import ClaimLink, NumericClaim

PART_OF = "part_of"
AGREES = "agrees"
CONFLICTS = "conflicts"

_PARTITIVE = re.compile(r"\bof\s+(?:those|these|the|its|their|our)\s", re.IGNORECASE)
_IRREGULAR_SINGULARS = {"people": "person", "men": "man", "women": "woman", "children": "child"}


def link_claims(claims: Sequence[NumericClaim]) -> tuple[ClaimLink, ...]:
    """Links between claims (in document order) about the same counted thing.

    Each claim is linked at most once, to the nearest earlier claim it relates
    to, so the work is linear in the number of claims.
    """
    links: list[ClaimLink] = []
    last_whole_by_head: dict[str, NumericClaim] = {}
    last_by_phrase: dict[str, NumericClaim] = {}
    for claim in sorted(claims, key=lambda c: c.start):
        if claim.unit or not claim.counted:
            continue
        head = _singular(claim.counted.split()[-1].lower())
        phrase = " ".join([*claim.counted.lower().split()[:-1], head])
        if _PARTITIVE.search(claim.text):
            whole = last_whole_by_head.get(head)
            if whole is not None:
                links.append(_part_link(whole, claim))
            continue
        earlier = last_by_phrase.get(phrase)
        if earlier is not None:
            links.append(_same_link(earlier, claim))
        last_whole_by_head[head] = claim
        last_by_phrase[phrase] = claim
    return tuple(links)


def _part_link(whole: NumericClaim, part: NumericClaim) -> ClaimLink:
    if part.low > whole.high:
        return ClaimLink(whole, part, CONFLICTS, f"part ({_fmt(part)}) larger than the whole ({_fmt(whole)})")
    return ClaimLink(whole, part, PART_OF, f"{_fmt(part)} of {_fmt(whole)}")


def _same_link(earlier: NumericClaim, later: NumericClaim) -> ClaimLink:
    if later.low > earlier.high or earlier.low > later.high:
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
