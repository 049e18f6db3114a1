"""Organisations and places: capitalised runs that are not people (helper for people.py).

Reads: sentences (headings skipped) and the names already taken as people. Produces: Entity
records, kind "org" (an organisation word such as Group, Ministry, Treasury, House, Congress,
or an acronym) or "place" (the gazetteer, or a place word such as Strip, Sea, Plaza).
Names the caller already knows as organisations (outlets, a company listed among companies)
count as "org" too.
Limits: a single capitalised word counts only when the gazetteer knows it or it is an acronym.
"""

from __future__ import annotations

from ._people_lex import COUNTRIES, ORG_WORDS, PLACE_WORDS, PLACES
from ._people_runs import cap_runs
from .model import Entity, Sentence


def entities(
    sents: list[Sentence],
    people: set[str],
    orgs: frozenset[str] = frozenset(),
    places: frozenset[str] = frozenset(),
) -> list[Entity]:
    """`orgs`, `places`: names the caller already knows as organisations (outlets, "X, which
    ...") or as places ("the Port of X"; a dateline's "TOWN" is the place "Town")."""
    found: dict[tuple[str, str], list[Sentence]] = {}
    for s in sents:
        if s.block_kind == "heading":
            continue
        for run in cap_runs(s.text.replace("\u2011", "-")):
            words = [t.text for t in run]
            while words and words[0] in ("The", "A", "An", "In", "At", "On"):
                words = words[1:]
            phrase = " ".join(words)
            if phrase in places or phrase.title() in places and phrase.isupper():
                kind: str | None = "place"
            else:
                kind = "org" if phrase in orgs else _entity_kind(words)
            if kind:
                key = (" ".join(words), kind)
                if s not in found.setdefault(key, []):
                    found[key].append(s)
    return [Entity(n, k, tuple(v)) for (n, k), v in sorted(found.items()) if n not in people]


def _entity_kind(words: list[str]) -> str | None:
    if not words:
        return None
    phrase = " ".join(words)
    if any(w in ORG_WORDS for w in words) and phrase not in PLACES:
        return "org"
    if phrase in PLACES or phrase in COUNTRIES:
        return "place"
    if len(words) > 1 and any(w in PLACE_WORDS for w in words):
        return "place"
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 3:
        return "org"  # an acronym
    return None
