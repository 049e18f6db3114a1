"""Dated events for the Timeline and Background pages: one entry per date and happening.

Reads: every DateMention of the cluster. Produces: `Dated` entries (normalised date, the
sentences that date it, the sources), sorted by date, and `conflicts`: the same happening dated
differently by different sources.
Limits: two mentions are "the same happening" when their sentences are similar by TF-IDF (see
_support.py) and the figures in the clauses around the dates do not differ ("a 4.5 percent
offer this year" is not "a 6.5 percent rise this year"); a happening worded with no shared words
is listed twice, and two happenings told in one sentence share an entry. A date inside a
quotation is the speaker's word ("not next month"), not a dated event, and a line that only
introduces a list ("Where things stood on Monday:") states no event: both are left out.
Conflicts are the Compare page's date discrepancies (_compare_slots.py: the same act told of the
same people in similar words, dates that cannot both be right, different sources), so both pages
agree on what differs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from explainer._support import Support
from explainer.compare import anchors, clause_figures, date_conflicts, quoted, source_of
from explainer.model import DateMention, Extraction, Figure, Sentence
from explainer.pages._explain import date_label

# Two date mentions in sentences this similar describe the same happening. Lower than the
# claim threshold: the sentences around one date differ more (two seed sentences on sanctions
# imposed in October score 0.24; unrelated sentences sharing only a month name score < 0.13).
SAME_HAPPENING = 0.2


@dataclass(eq=False)  # identity: entries are linked to each other
class Dated:
    iso: str
    precision: str
    approximate: bool
    mentions: list[DateMention]
    outlets: list[str]
    conflicts: list[Dated] = field(default_factory=list)

    @property
    def label(self) -> str:
        return date_label(self.iso, self.precision)

    def label_in(self, lang: str) -> str:
        """The label in the site's language ("3 de febrero de 2026")."""
        return date_label(self.iso, self.precision, lang)

    @property
    def lead(self) -> DateMention:
        return self.mentions[0]

    def ends_before(self, iso: str) -> bool:
        """True when this whole period ends before the period `iso` starts (a week-precision
        entry is dated by its Monday: "this week's meeting" is not before a Tuesday event)."""
        if self.precision == "week" and len(self.iso) == 10 and len(iso) >= 10:
            try:
                last = date.fromisoformat(self.iso) + timedelta(days=6)
            except ValueError:
                return self.iso < iso[: len(self.iso)]
            return last.isoformat() < iso[:10]
        return self.iso < iso[: len(self.iso)]


def most_told(entries: list[Dated], limit: int, always=lambda e: False) -> list[Dated]:
    """The `limit` entries dated by the most sources (then mentions; ties: earlier first), in
    their own order; entries for which `always(e)` holds come first. A page's hard cap."""
    if len(entries) <= limit:
        return list(entries)
    order = sorted(
        range(len(entries)),
        key=lambda k: (
            not always(entries[k]),
            -len(entries[k].outlets),
            -len(entries[k].mentions),
            k,
        ),
    )
    return [entries[k] for k in sorted(order[:limit])]


def states_event(sentence: Sentence) -> bool:
    """A heading, or a line ending in a colon that introduces a list, dates no happening."""
    return sentence.block_kind != "heading" and not sentence.text.rstrip().endswith(":")


def _kept(extraction: Extraction) -> list[DateMention]:
    said: dict[str, list[str]] = {}
    for f in extraction.articles:
        for q in f.quotes:
            said.setdefault(q.sentence.key, []).append(q.text)
    return [
        m
        for f in extraction.articles
        for m in f.dates
        if states_event(m.sentence)
        and not quoted(m.sentence, m.text, tuple(said.get(m.sentence.key, ())))
    ]


def _rank(m: DateMention, kinds: dict[str, str]) -> tuple:
    # reports speak for what happened; then the shortest sentence states it most plainly
    return (kinds.get(m.sentence.article_id) == "preview", len(m.sentence.text), m.sentence.key)


def dated_entries(extraction: Extraction, support: Support) -> list[Dated]:
    kinds = {f.article.id: f.kind for f in extraction.articles}
    by_iso: dict[tuple[str, str], list[DateMention]] = {}
    for m in _kept(extraction):
        by_iso.setdefault((m.iso, m.precision), []).append(m)
    counted: dict[str, list[Figure]] = {}
    for f in extraction.articles:
        for g in f.figures:
            counted.setdefault(g.sentence.key, []).append(g)

    def same(x: DateMention, m: DateMention) -> bool:
        if x.sentence.key == m.sentence.key:
            return True
        a, b = clause_figures(counted, x), clause_figures(counted, m)
        if a and b and not a & b:
            return False  # "a 4.5 percent offer this year" / "a 6.5 percent rise this year"
        return support.cosine(x.sentence, m.sentence) >= SAME_HAPPENING

    entries: list[Dated] = []
    for iso, precision in sorted(by_iso):
        groups: list[list[DateMention]] = []
        for m in sorted(by_iso[(iso, precision)], key=lambda m: _rank(m, kinds)):
            for g in groups:
                if any(same(x, m) for x in g):
                    g.append(m)
                    break
            else:
                groups.append([m])
        for g in groups:
            entries.append(
                Dated(
                    iso=iso,
                    precision=precision,
                    approximate=any(m.approximate for m in g),
                    mentions=g,
                    outlets=sorted({support.labels[m.sentence.article_id] for m in g}),
                )
            )
    _link_conflicts(entries, extraction)
    return entries


def _link_conflicts(entries: list[Dated], extraction: Extraction) -> None:
    where = {(m.sentence.key, m.text): e for e in entries for m in e.mentions}
    found = date_conflicts(extraction, source_of(extraction), anchors(extraction))
    for d in found:
        linked = [where.get((v.sentence.key, v.value)) for v in d.variants]
        linked = [e for e in linked if e is not None]
        for a in linked:
            for b in linked:
                if a is not b and b not in a.conflicts:
                    a.conflicts.append(b)
