"""Dates: the dates an article mentions, resolved against its publication date.

Reads: an article's `Sentence`s and publication date. Produces: `DateMention`s (day, what
happened then, past/planned) and `Problem`s for inconsistent dates; `find_spans(text, lang="en")`
is the date grammar figures use to skip dates (English, or the Spanish/Portuguese day-month
grammar of `_romance` for a language whose cue file has month names).
"""

from explainer.extract.dates._romance import date_spans as find_spans
from explainer.extract.dates.find import find_dates

__all__ = ["find_dates", "find_spans"]
