"""Sides: which country a person stands for, from the cluster's own wording (private to people.py).

Reads: the cluster's sentences, the raw sides found next to names ("Colombian", "Kestranian"),
the "of Y" words after titled names ("Foreign Minister X of Valdoria") and the people index.
Produces: a normaliser that writes every side as a country name (a demonym the gazetteer does
not know becomes the country the cluster itself names: "Kestranian" -> "Kestrana"), and sides
for people the text places in a delegation: "on the <X> side, were A, B and C", "<P> was
accompanied by A and B", "A and B accompanied <P>", "<P>'s delegation included A", or names
as the deputy of a titled person beside them ("President A and Vice President B").
Limits: English cues only; a delegation member gets the leader's side only when the leader's
side is known and the member has none of their own; a demonym maps to a country only when the
cluster writes that country name (one or two letters after the demonym's stem, e.g. -a, -ia).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from explainer.extract.people._match import AliasIndex
from explainer.extract.people._runs import country_of, side_of
from explainer.lexicon import (
    COUNTRIES,
    COUNTRY_ALIASES,
    DEMONYMS,
    ORG_WORDS,
    PLACE_WORDS,
)
from explainer.model import Sentence

_KNOWN = frozenset(DEMONYMS.values()) | COUNTRIES
# Nationality suffixes, longest first, stripped to find the stem a country name shares.
_SUFFIXES = ("ian", "ean", "ese", "ish", "an", "i")
# "Kestran" + "a", "Valdor" + "ia": the country name adds at most this many letters to the stem
# of its demonym (measured on the gazetteer: Colombia/Colombian +0..1, Russia/Russian +0..1;
# a plural demonym "Kestranians" adds 4 and is rejected).
MAX_COUNTRY_TAIL = 2
MIN_STEM = 4  # shorter stems ("Ir" from "Iri") match too many unrelated words
_CAP_WORD = re.compile(r"\b[A-ZÀ-Þ][a-zà-ÿ]+\b")
_SIDE_CUE = re.compile(r"\bon the ((?:[A-Z][\w.’'-]*\s){0,2}[A-Z][\w.’'-]*) side\b")
# The leader comes right before the cue; the members follow it.
_PASSIVE_CUE = re.compile(
    r"^\s*(?:was|were|is|are|had been|has been)\s+(?:accompanied|joined|flanked)\s+by\b"
)
_DELEGATION_CUE = re.compile(
    r"^[’']s\s+delegation\s+(?:included|includes|comprised|was made up of|consisted of)\b"
)
# The members come before the cue; the leader is named right after it.
_ACTIVE_CUE = re.compile(r"\b(?:accompanied|joined)\s+$")
_CLAUSE_END = re.compile(r"[;:]")
_DEPUTY_WORDS = frozenset("Vice Deputy".split())


class SideNames:
    """Writes a side as a country: gazetteer first, then the cluster's own country names."""

    def __init__(self, sentences: Iterable[Sentence], raw_sides: Iterable[str | None]):
        words = Counter(w for s in sentences for w in _CAP_WORD.findall(s.text))
        self._map: dict[str, str] = {}
        for side in sorted({s for s in raw_sides if s}):
            if side in _KNOWN or side in COUNTRY_ALIASES:
                continue
            country = _country_for(side, words)
            if country:
                self._map[side] = country
        self.countries = frozenset(self._map.values())

    def __call__(self, side: str | None) -> str | None:
        if side is None:
            return None
        return COUNTRY_ALIASES.get(side) or self._map.get(side, side)

    def of_phrase(self, words: list[str]) -> str | None:
        """ "of Colombia", "of the United States", "of Valdoria" (a country this cluster names
        through a demonym) -> the country; organisations and places are not sides."""
        words = words[1:] if words[:1] == ["the"] else words
        if not words or set(words) & (ORG_WORDS | PLACE_WORDS):
            return None
        country = country_of(words)
        if country:
            return self(country)
        phrase = " ".join(words)
        return phrase if phrase in self.countries else None


def _country_for(demonym: str, words: Counter) -> str | None:
    # Shortest suffix (longest stem) first: "Ostrian" is "Ostri-an" of "Ostria" before it is
    # "Ostr-ian" of an unrelated "Ostra".
    for suffix in sorted(_SUFFIXES, key=len):
        if not demonym.endswith(suffix) or len(demonym) - len(suffix) < MIN_STEM:
            continue
        stem = demonym[: -len(suffix)]
        cands = [
            w
            for w in words
            if w != demonym and w.startswith(stem) and len(w) - len(stem) <= MAX_COUNTRY_TAIL
        ]
        if cands:
            # The most frequent spelling; ties by name so the result never depends on order.
            return sorted(cands, key=lambda w: (-words[w], w))[0]
    return None


def delegation_sides(
    sentences: Iterable[Sentence], index: AliasIndex, sides: dict[str, str | None], norm: SideNames
) -> dict[str, str]:
    """Sides given by delegation cues, for people with no side of their own (first cue wins)."""
    found: dict[str, str] = {}

    def give(names: Iterable[str], side: str | None) -> None:
        for n in names:
            if side and not sides.get(n) and n not in found:
                found[n] = side

    for s in sentences:
        if s.block_kind == "heading":
            continue
        text = s.text.replace("\u2011", "-")
        ms = index.find(text)
        for m in _SIDE_CUE.finditer(text):
            words = m.group(1).split()
            side = norm(country_of(words) or (side_of(words[-1]) if len(words) == 1 else None))
            give(_members_after(text, ms, m.end()), side)
        for x, y in zip(ms, ms[1:], strict=False):
            if _deputy_of(text, x, y):
                give([y.person], sides.get(x.person))
        for k, x in enumerate(ms):
            rest = text[x.end :]
            cue = _PASSIVE_CUE.match(rest) or _DELEGATION_CUE.match(rest)
            if cue:
                give(_members_after(text, ms, x.end + cue.end()), sides.get(x.person))
            elif _ACTIVE_CUE.search(text[: x.start]):
                give([y.person for y in ms[:k] if y.person != x.person], sides.get(x.person))
    return found


def _deputy_of(text: str, x, y) -> bool:
    """"President A and Vice President B": B is the deputy of A's office, so of A's side."""
    head, _, rest = y.surface.partition(" ")
    if text[x.end : y.start] not in (" and ", ", ") or head not in _DEPUTY_WORDS:
        return False
    title = rest.split(" ", 1)[0]
    return bool(title) and x.surface.split(" ", 1)[0] == title and " " in x.surface


def _members_after(text: str, ms: list, start: int) -> list[str]:
    end = _CLAUSE_END.search(text, start)
    stop = end.start() if end else len(text)
    return [m.person for m in ms if start <= m.start < stop]
