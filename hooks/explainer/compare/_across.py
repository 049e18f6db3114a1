"""Comparison across languages: which pairs of units may be compared when their sentences are in
different languages, and which discrepancies are only a translation's different words.

Reads: dated mentions, discrepancies and word-choice rows. Produces: `event_pairs` (dated
mentions in two languages whose clauses name one event concept: "la reunión" / "the meeting",
_concepts.events_in), `places_apart` (two sentences placing the act in different places, each
by its language's prepositions of place: "en Lindau" / "in Orsa"), `slot_pairs` (sentences in
two languages giving one figure slot the same value and naming one person, place or
organisation: similar reports where no word can be shared), `within_language` and
`words_within_language`. Limits: only
language-neutral slots compare across languages: figures (by the concept of what they count),
dates (by the event word and a shared name) and people (merged by name upstream). A label, a
quote's wording, an outcome phrase, a place of an act, a denial, a record or a word choice rests
on the words themselves, so two sentences in different languages never differ there (different
words are expected): such a discrepancy keeps, per language, the variants that still differ
among two sources or more. Similar reports across languages are only those `slot_pairs`
finds: a paraphrase in another language without a shared figure slot is not seen as one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from explainer.compare._concepts import events_in, place_pattern
from explainer.compare._facts import _CALENDAR, apart
from explainer.compare._model import Discrepancy, WordChoice
from explainer.compare._units import quoted, quotes_by_sentence, unit_of
from explainer.model import Extraction, Sentence

# Discrepancy kinds whose values are words (compared as worded), not language-neutral slots.
WORDED = frozenset({"label", "quote", "outcome", "place", "contradiction", "record"})
_PUNCT = re.compile(r"[^\w\s]")


def event_pairs(dated: list, clause_of: Callable, links: int) -> list[tuple[int, int]]:
    """(i, j), i < j: mentions of `dated` ((source, DateMention, range) rows) in different
    languages whose clauses name the same event concept; an event word links at most `links`
    mentions (the first, in article order), as the lexical pairs are bounded."""
    by_event: dict[str, list[int]] = {}
    for k, (_, d, _) in enumerate(dated):
        for concept in sorted(events_in(clause_of(d), d.sentence.lang)):
            by_event.setdefault(concept, []).append(k)
    pairs = set()
    for ks in by_event.values():
        ks = ks[:links]
        for n, i in enumerate(ks):
            for j in ks[n + 1 :]:
                if dated[i][1].sentence.lang != dated[j][1].sentence.lang:
                    pairs.add((i, j))
    return sorted(pairs)


def _places(s: Sentence) -> set[str]:
    return {
        m.group("place")
        for m in place_pattern(s.lang).finditer(s.text)
        if m.group("place").split()[0] not in _CALENDAR
    }


def places_apart(a: Sentence, b: Sentence) -> bool:
    """Whether two sentences (in any languages) tell the act in different places that neither
    names for the other ("en Lindau el 3 de febrero" / "in Orsa on February 4": a tour)."""
    return apart(_places(a), _places(b), a.text, b.text)


def slot_pairs(
    extraction: Extraction, sents: list[Sentence], src: list[str], marks: dict[str, set[str]]
) -> list[tuple[int, int, set[str]]]:
    """(i, j, shared anchors), i < j: sentences of `sents` from different sources and languages
    that give one figure slot (_units.unit_of, the concept of what it counts) the same value,
    outside quotations, and share a name anchor ("14 muertos en Kessa" / "14 mortos em
    Kessa")."""
    said = quotes_by_sentence(extraction)
    slots: dict[str, set[tuple[str, float]]] = {}
    for f in extraction.articles:
        for g in f.figures:
            unit = unit_of(g)
            if unit and not quoted(g.sentence, g.text, said.get(g.sentence.key, ())):
                slots.setdefault(g.sentence.key, set()).add((unit, g.value))
    by_slot: dict[tuple[str, float], list[int]] = {}
    for k, s in enumerate(sents):
        for slot in sorted(slots.get(s.key, ())):
            by_slot.setdefault(slot, []).append(k)
    out = set()
    for ks in by_slot.values():
        for n, i in enumerate(ks):
            for j in ks[n + 1 :]:
                a, b = sents[i], sents[j]
                if src[i] == src[j] or a.lang == b.lang:
                    continue
                shared = marks.get(a.key, set()) & marks.get(b.key, set())
                if any(x.startswith("name:") for x in shared):
                    out.add((i, j, frozenset(shared)))
    return [(i, j, set(shared)) for i, j, shared in sorted(out, key=lambda p: (p[0], p[1]))]


def _key(value: str) -> str:
    return " ".join(_PUNCT.sub("", value.lower()).split())


def within_language(found: list[Discrepancy]) -> list[Discrepancy]:
    """Worded discrepancies (`WORDED`) whose variants are in one language, unchanged; one whose
    variants span languages becomes one per language whose variants still differ (two sources
    or more, two values or more); a language-neutral slot (figure, date) is kept whole."""
    out = []
    for d in found:
        langs = sorted({v.sentence.lang for v in d.variants})
        if d.kind not in WORDED or len(langs) < 2:
            out.append(d)
            continue
        for lang in langs:
            part = tuple(v for v in d.variants if v.sentence.lang == lang)
            if len({v.source for v in part}) > 1 and len({_key(v.value) for v in part}) > 1:
                out.append(Discrepancy(d.kind, d.subject, part, d.note))
    return out


def words_within_language(rows: list[WordChoice]) -> list[WordChoice]:
    """Word-choice rows the same way: a row spanning languages becomes one per language that
    still has two sources, two terms and one term named by two sources."""
    out = []
    for row in rows:
        langs = sorted({v.sentence.lang for v in row.terms})
        if len(langs) < 2:
            out.append(row)
            continue
        for lang in langs:
            part = tuple(v for v in row.terms if v.sentence.lang == lang)
            by_term: dict[str, set[str]] = {}
            for v in part:
                by_term.setdefault(v.value, set()).add(v.source)
            common = any(len(s) > 1 for s in by_term.values())
            if len({v.source for v in part}) > 1 and len(by_term) > 1 and common:
                out.append(WordChoice(subject=row.subject, terms=part))
    return out
