"""Dated events for the Timeline and Background pages: one entry per date and happening.

Reads: every DateMention of the cluster. Produces: `Dated` entries (normalised date, the
sentences that date it, the sources), sorted by date, and `conflicts`: the same happening dated
differently by different sources.
Limits: two mentions are "the same happening" when their sentences are similar by TF-IDF (see
_support.py); a happening worded with no shared words is listed twice, and two happenings told
in one sentence share an entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .._support import Support
from ..model import DateMention, Extraction
from ._explain import date_label, nested

# Two date mentions in sentences this similar describe the same happening. Lower than the
# claim threshold: the sentences around one date differ more (two seed sentences on sanctions
# imposed in October score 0.24; unrelated sentences sharing only a month name score < 0.13).
SAME_HAPPENING = 0.2
# Sentences this similar but dated incompatibly are shown as a conflict.
CONFLICT = 0.3


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

    @property
    def lead(self) -> DateMention:
        return self.mentions[0]


def _rank(m: DateMention, kinds: dict[str, str]) -> tuple:
    # reports speak for what happened; then the shortest sentence states it most plainly
    return (kinds.get(m.sentence.article_id) == "preview", len(m.sentence.text), m.sentence.key)


def dated_entries(extraction: Extraction, support: Support) -> list[Dated]:
    kinds = {f.article.id: f.kind for f in extraction.articles}
    by_iso: dict[tuple[str, str], list[DateMention]] = {}
    for f in extraction.articles:
        for m in f.dates:
            by_iso.setdefault((m.iso, m.precision), []).append(m)
    entries: list[Dated] = []
    for iso, precision in sorted(by_iso):
        groups: list[list[DateMention]] = []
        for m in sorted(by_iso[(iso, precision)], key=lambda m: _rank(m, kinds)):
            for g in groups:
                if any(
                    x.sentence.key == m.sentence.key
                    or support.cosine(x.sentence, m.sentence) >= SAME_HAPPENING
                    for x in g
                ):
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
    _link_conflicts(entries, support)
    return entries


def _link_conflicts(entries: list[Dated], support: Support) -> None:
    # look up similar sentences through the index rather than comparing every pair of entries
    where: dict[str, list[int]] = {}
    for n, e in enumerate(entries):
        for m in e.mentions:
            where.setdefault(m.sentence.key, []).append(n)
    for n, a in enumerate(entries):
        for m in a.mentions:
            for other in support.similar(m.sentence, CONFLICT):
                for k in where.get(other.key, ()):
                    b = entries[k]
                    if k != n and not nested(a.iso, b.iso) and b not in a.conflicts:
                        a.conflicts.append(b)
                        b.conflicts.append(a)
