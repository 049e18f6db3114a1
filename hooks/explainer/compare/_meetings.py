"""How long a meeting lasted: a figure of hours or minutes that times talks, and who met.

Reads: Figures and the cluster's people. Produces: `meeting_length` (whether a figure times a
meeting: "talked behind closed doors for about 2 hours", "spent four hours together in
meetings", "the meeting lasted three hours", "14 hours of talks") and `Participants` (who the
sentence says met: the people it names, the group nouns it uses, "the two leaders"), and
`same_meeting`. A helper for _compare_measure.py; the Compare page notes that two sources may
time different spans of one meeting (the talks alone, or the whole visit). Limits: English
only; a duration timing something else ("flew for 11 hours to the talks", "appoint a mediator
within 48 hours") is no meeting's length; two meetings told by no name and no shared group noun
are never compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explainer.compare._units import span
from explainer.model import Extraction, Figure

TIME_UNITS = frozenset({"hour", "minute"})
_NOUN = r"(?:meetings?|talks|summit|negotiations?|discussions?|session)"
# "14 hours of talks", "a two-hour meeting"
_NOUN_AFTER = re.compile(rf"\s*(?:-long\s+|of\s+)?{_NOUN}\b", re.I)
# "spent four hours in a meeting with", "spent four hours together"
_SPENT = re.compile(r"\bspent\s*$", re.I)
_SPENT_ON = re.compile(rf"(?:\W+\w+){{0,3}}?\W+{_NOUN}\b|\s+together\b", re.I)
# "the meeting, held behind closed doors and lasting more than two hours"
_LASTED = re.compile(r"\b(?:lasted|lasting|ran|running)\s*$", re.I)
_NOUN_BEFORE = re.compile(rf"\b{_NOUN}\b", re.I)
# "talked behind closed doors for", "met Orr in Kessa for", "talks had run for"
_MET_FOR = re.compile(
    rf"\b(?:met|meet|talked|conferred|negotiated|sat down|{_NOUN})\b[^,;.:—–]*\bfor\s*$", re.I
)
# who met, when no name is given: "the two leaders", "both ministers"
_GROUP = re.compile(
    r"\b(?:(?P<pair>the two|both)\s+)?(?P<noun>leaders|presidents|ministers|delegations|sides|"
    r"envoys|negotiators|men|women|heads of state|premiers|chancellors)\b",
    re.I,
)

_PARTIES = frozenset({"sides", "delegations"})


def meeting_length(fig: Figure, unit: str) -> bool:
    """Whether the figure (of `unit`, _compare_units.unit_of) times a meeting."""
    if unit not in TIME_UNITS:
        return False
    text = fig.sentence.text
    start, end = span(text, fig.text)
    if start < 0:
        return False
    before, after = text[:start], text[end:]
    return bool(
        _NOUN_AFTER.match(after)
        or (_SPENT.search(before) and _SPENT_ON.match(after))
        or (_LASTED.search(before) and _NOUN_BEFORE.search(before))
        or _MET_FOR.search(before)
    )


@dataclass(frozen=True)
class Participants:
    names: frozenset[str]  # the cluster's people the sentence names
    groups: frozenset[str]  # group nouns, lower case: "leaders"
    pair: bool  # "the two leaders", "both ministers": two, named elsewhere


def participants(extraction: Extraction, wanted: set[str]) -> dict[str, Participants]:
    """sentence key -> who it says met, for the `wanted` sentences."""
    named: dict[str, set[str]] = {}
    for p in extraction.people:
        if not p.is_author:
            for s in p.mentions:
                if s.key in wanted:
                    named.setdefault(s.key, set()).add(p.name)
    out = {}
    for f in extraction.articles:
        for s in f.sentences:
            if s.key not in wanted:
                continue
            groups = list(_GROUP.finditer(s.text))
            out[s.key] = Participants(
                frozenset(named.get(s.key, ())),
                frozenset(m.group("noun").lower() for m in groups),
                # "both sides" are two parties, never two named people
                any(m.group("pair") and m.group("noun").lower() not in _PARTIES for m in groups),
            )
    return out


def same_meeting(a: Participants, b: Participants) -> bool:
    """Whether two sentences may tell of one meeting: the same people (one naming some of the
    other's), or one saying "the two leaders" where the other names two people, or, naming
    nobody, a group noun in common."""
    if a.names and b.names:
        return a.names <= b.names or b.names <= a.names
    if a.names or b.names:
        named, other = (a, b) if a.names else (b, a)
        return other.pair and len(named.names) == 2
    return bool(a.groups & b.groups)
