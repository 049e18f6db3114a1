"""The only two places the scorer depends on page code: what the Agenda page lists, and what the
Compare page lists as differences. Others change that code; whoever merges fixes these two
functions and nothing else.

Both return plain tuples: (label, [(file prefix, sentence text), ...]), in page order, capped
as the pages cap them.
"""

from __future__ import annotations

from ._base import prefix

Cited = list[tuple[str, str]]


def _prefixes(extraction) -> dict[str, str]:
    return {f.article.id: prefix(f.article.path) for f in extraction.articles}


def agenda_items_of(extraction) -> list[tuple[str, Cited]]:
    """The Agenda page's items, section by section as the page lists them (previews and reports
    merged: one item may cite both)."""
    from explainer.pages._context import PageContext
    from explainer.pages.agenda import sections

    labels = PageContext(extraction, None).labels
    where = _prefixes(extraction)
    return [
        (item.label, [(where[s.article_id], s.text) for s in item.sentences])
        for _, items, _ in sections(extraction, labels)
        for item in items
    ]


def differences_of(extraction) -> list[tuple[str, Cited]]:
    """The Compare page's differences: its "Where the accounts differ" entries (figures, dates,
    labels, quote wording, outcome), then its "Word choice" tables."""
    from explainer.compare.run import compare_sources
    from explainer.pages.compare_page import DIFF_MAX, EVIDENCE_SHOWN, WORDS_SHOWN

    cmp = compare_sources(extraction)
    where = _prefixes(extraction)
    out = []
    per_kind: dict[str, int] = {}
    for d in cmp.discrepancies:
        per_kind[d.kind] = per_kind.get(d.kind, 0) + 1
        if per_kind[d.kind] <= DIFF_MAX:
            cited = [(where[v.sentence.article_id], v.sentence.text) for v in d.variants]
            out.append((f"{d.kind}: {d.subject}", cited[:EVIDENCE_SHOWN]))
    for w in cmp.word_choice[:WORDS_SHOWN]:
        cited = [(where[v.sentence.article_id], v.sentence.text) for v in w.terms]
        out.append((f"word choice: {w.subject}", cited))
    return out
