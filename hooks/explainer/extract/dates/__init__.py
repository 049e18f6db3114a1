"""Dates: the dates an article mentions, resolved against its publication date.

Reads: an article's `Sentence`s and publication date. Produces: `DateMention`s (day, what
happened then, past/planned) and `Problem`s for inconsistent dates; `find_spans` is the date
grammar figures use to skip dates.
"""

from explainer.extract.dates._grammar import find_spans
from explainer.extract.dates.find import find_dates

__all__ = ["find_dates", "find_spans"]
