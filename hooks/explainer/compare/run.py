"""Compare the sources of a cluster: who reported what, where they agree, where they differ.

Reads: an Extraction (articles with their sentences, kinds, topics, quotes, figures and dates;
people and entities). Produces: a `Comparison` (types in `_compare_model.py`) in which every
item cites the sentences it rests on.
Limits: files sharing an outlet or a byline count as one source. Agreement is "similar
reports" (TF-IDF cosine plus a shared name, figure or date), not proof. Disagreements are only
raised for the same slot with different values (same counted unit, same event and stage, a
span of years against a span, a meeting's length by who met, same place of one act or of one
named venue, an act stated and denied, a first counted from different starts,
same person's label, same person's office in look-alike institutions, same remark, the
outcome), so unrelated numbers never collide. A preview contributes background and reactions,
never what happened at the event. Across languages only figures, dates and people are compared
(_across.py): a worded difference needs one language.
"""

from __future__ import annotations

from collections.abc import Callable

from explainer.compare._across import within_language, words_within_language
from explainer.compare._claims import anchors, claims
from explainer.compare._facts import contradiction_conflicts, place_conflicts
from explainer.compare._figures import figure_conflicts
from explainer.compare._model import Comparison, Discrepancy
from explainer.compare._offices import office_conflicts
from explainer.compare._records import record_conflicts
from explainer.compare._slots import date_conflicts
from explainer.compare._sources import ledes, matrix, profiles, source_of
from explainer.compare._venues import venue_conflicts
from explainer.compare._voices import label_conflicts, outcome_conflicts, quote_conflicts
from explainer.compare._words import word_choice
from explainer.extract.topics.classify import TOPICS
from explainer.model import Extraction

# Order in which discrepancy kinds are listed: the hard facts first.
DISCREPANCY_ORDER = (
    "figure",
    "date",
    "place",
    "contradiction",
    "record",
    "label",
    "quote",
    "outcome",
)


def date_discrepancies(extraction: Extraction) -> list[Discrepancy]:
    """The date part of the comparison, on its own: the build computes it in a second process
    while this one does the rest (see _assemble.py)."""
    return date_conflicts(extraction, source_of(extraction), anchors(extraction))


def compare_sources(
    extraction: Extraction, dates: Callable[[], list[Discrepancy]] | None = None
) -> Comparison:
    """`dates`: gives what `date_discrepancies(extraction)` gives, computed elsewhere."""
    sources = source_of(extraction)
    shared, single = claims(extraction, sources)
    found = (
        figure_conflicts(extraction, sources)
        + (dates() if dates else date_discrepancies(extraction))
        + label_conflicts(extraction, sources)
        + office_conflicts(extraction, sources)
        + quote_conflicts(extraction, sources)
        + outcome_conflicts(extraction, sources)
        + venue_conflicts(extraction, sources)
        + record_conflicts(extraction, sources)
    )
    marks = anchors(extraction)
    # a denial the outcome already shows ("signed" / "did not sign the deal") is one difference
    told = {frozenset(v.sentence.key for v in d.variants) for d in found if d.kind == "outcome"}
    found += [
        d
        for d in place_conflicts(extraction, sources, marks)
        + contradiction_conflicts(extraction, sources, marks)
        if not any({v.sentence.key for v in d.variants} <= t for t in told)
    ]
    found = within_language(found)
    found.sort(
        key=lambda d: (DISCREPANCY_ORDER.index(d.kind), d.subject, d.variants[0].sentence.key)
    )
    return Comparison(
        profiles=profiles(extraction, sources),
        ledes=ledes(extraction, sources),
        topics=TOPICS,
        matrix=matrix(extraction, sources),
        shared=shared,
        single=single,
        discrepancies=tuple(found),
        word_choice=tuple(words_within_language(word_choice(extraction, sources))),
        source_of=tuple(sorted(sources.items())),
    )
