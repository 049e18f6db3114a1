"""Shared by the Reactions and Who's who pages: person anchors, speaker groups, quote counts.

Reads: the Extraction's people and quotes. Produces: stable anchors and the group (principal,
official, analyst, other) of each person. Limits: the groups come from the role words the
articles print (a small generic lexicon of titles); a person whose role is not stated is an
"other" unless they are among the most-quoted people.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from explainer.model import Extraction, Person

# Group keys in page order, with their headings.
GROUPS = (
    ("principal", "Principals"),
    ("official", "Officials"),
    ("analyst", "Analysts and experts"),
    ("other", "Others"),
)

# Titles that mark the heads of the parties to an event. Generic English titles only.
_HEAD = re.compile(
    r"\b(president|prime minister|premier|chancellor|king|queen|emir|sultan|monarch|"
    r"head of state|head of government|leader|chairman|chairwoman|ceo|chief executive)\b",
    re.I,
)
# "Vice President" is an official, not a principal, although it contains "president".
_DEPUTY = re.compile(r"\b(vice|deputy|former|ex-)\b", re.I)
_OFFICIAL = re.compile(
    r"\b(minister|secretary|senator|congress\w*|representative|ambassador|envoy|official|"
    r"spokes\w*|governor|mayor|general|admiral|commander|diplomat|attorney|judge|"
    r"director|adviser|advisor|vice president|deputy|lawmaker|mp|council\w*)\b",
    re.I,
)
_ANALYST = re.compile(
    r"\b(analyst|expert|professor|researcher|scholar|fellow|economist|historian|"
    r"specialist|academic|observer|commentator|think tank|institute|university)\b",
    re.I,
)
# A titled person quoted at least this share as often as the most-quoted person counts as a
# principal even when the title word is not in the head lexicon (e.g. a rebel commander who
# is one side of the story). One half separates the two leaders from the supporting cast on
# the seeds and the synthetic cluster.
PRINCIPAL_SHARE = 0.5


def anchor(name: str) -> str:
    """ASCII slug for a heading id: 'Daniel García-Peña' -> 'daniel-garcia-pena'."""
    flat = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", flat.lower()).strip("-")
    return f"person-{slug or 'unnamed'}"


def quote_counts(extraction: Extraction) -> Counter:
    return Counter(q.speaker for f in extraction.articles for q in f.quotes if q.speaker)


def group_of(person: Person | None, counts: Counter) -> str:
    role = (person.role or "") if person else ""
    if person is not None and role:
        top = max(counts.values(), default=0)
        if _HEAD.search(role) and not _DEPUTY.search(role):
            return "principal"
        quoted = counts.get(person.name, 0)
        if top and quoted >= max(2, PRINCIPAL_SHARE * top) and not _DEPUTY.search(role):
            return "principal"
        # Analyst first: "research director at an institute" is an analyst, not an official.
        if _ANALYST.search(role):
            return "analyst"
        if _OFFICIAL.search(role):
            return "official"
    return "other"


def people_by_name(extraction: Extraction) -> dict[str, Person]:
    return {p.name: p for p in extraction.people}
