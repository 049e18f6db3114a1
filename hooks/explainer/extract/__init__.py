"""Extract: the per-article stages, one subpackage each.

Reads: an article's `Sentence`s (and the people found, for quotes). Produces: `Person`s
(people/), `Quote`s (quotes/), `Figure`s (figures/), `DateMention`s (dates/), the article's
kind (kinds/), each sentence's topic (topics/) and the links between repeated remarks (remarks/).
"""

from explainer.extract.dates import find_dates
from explainer.extract.figures import find_figures
from explainer.extract.kinds import classify_article
from explainer.extract.people import find_people
from explainer.extract.quotes import find_quotes
from explainer.extract.remarks import link_remarks
from explainer.extract.topics import classify_topics

__all__ = [
    "classify_article",
    "classify_topics",
    "find_dates",
    "find_figures",
    "find_people",
    "find_quotes",
    "link_remarks",
]
