"""Compare: what the sources agree and disagree on.

Reads: the whole `Extraction` (every article's facts). Produces: a `Comparison` (shared and
single claims, ledes, source profiles, word choices) and `Discrepancy`s (figures, dates, places,
records, voices); the helpers the pages reuse to group figures and name sources are exported.
"""

from explainer.compare._claims import anchors
from explainer.compare._figures import group_subjects
from explainer.compare._measure import conflict_groups, quoted
from explainer.compare._slots import clause_figures, date_conflicts
from explainer.compare._sources import source_of
from explainer.compare._units import CASUALTY_UNITS, PEOPLE, quotes_by_sentence, same, unit_of
from explainer.compare.run import compare_sources, date_discrepancies

__all__ = [
    "CASUALTY_UNITS",
    "PEOPLE",
    "anchors",
    "clause_figures",
    "compare_sources",
    "conflict_groups",
    "date_conflicts",
    "date_discrepancies",
    "group_subjects",
    "quoted",
    "quotes_by_sentence",
    "same",
    "source_of",
    "unit_of",
]
