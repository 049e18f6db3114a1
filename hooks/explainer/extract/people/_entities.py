"""Organisations and places: capitalised runs that are not people (helper for people.py).

Reads: sentences (headings skipped) and the names already taken as people. Produces: Entity
records, kind "org" (an organisation word such as Group, Ministry, Treasury, House, Congress,
or an acronym) or "place" (the gazetteer, or a place word such as Strip, Sea, Plaza).
Names the caller already knows as organisations (outlets, a company listed among companies)
count as "org" too.
Limits: a single capitalised word counts only when the gazetteer knows it or it is an acronym.
"""

from __future__ import annotations

from explainer.extract.people._runs import Tok, cap_runs
from explainer.lexicon import COUNTRIES, ORG_WORDS, PLACE_PREFIXES, PLACE_WORDS, PLACES
from explainer.model import Entity, Sentence


def entities(
    sents: list[Sentence],
    people: set[str],
    orgs: frozenset[str] = frozenset(),
    places: frozenset[str] = frozenset(),
    runs: list[list[list[Tok]]] | None = None,
) -> list[Entity]:
    """`orgs`, `places`: names the caller already knows as organisations (outlets, "X, which
    ...") or as places ("the Port of X"; a dateline's "TOWN" is the place "Town").
    `runs`: each sentence's cap_runs, when the caller has them already."""
    found: dict[tuple[str, str], list[Sentence]] = {}
    for k, s in enumerate(sents):
        if s.block_kind == "heading":
            continue
        for run in runs[k] if runs is not None else cap_runs(s.text.replace("\u2011", "-")):
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
                # Sentences come in order, so a repeat can only be the last one added.
                seen = found.setdefault(key, [])
                if not seen or (seen[-1] is not s and seen[-1] != s):
                    seen.append(s)
    return [Entity(n, k, tuple(v)) for (n, k), v in sorted(found.items()) if n not in people]


def _entity_kind(words: list[str]) -> str | None:
    if not words:
        return None
    phrase = " ".join(words)
    if any(w in ORG_WORDS for w in words) and phrase not in PLACES:
        return "org"
    if phrase in PLACES or phrase in COUNTRIES:
        return "place"
    if len(words) > 1 and (any(w in PLACE_WORDS for w in words) or words[0] in PLACE_PREFIXES):
        return "place"  # "Plaza Bolívar", "Las Cruces"
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 3:
        return "org"  # an acronym
    return None
