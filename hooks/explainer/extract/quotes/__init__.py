"""Quotes: what was said, by whom, with the exact words.

Reads: an article's `Sentence`s and its `Person`s. Produces: `Quote`s (direct and reported,
with speaker and cue); `quote_spans` and `word_count` are the quotation helpers other stages
share.
"""

from explainer.extract.quotes._spans import quote_spans, word_count
from explainer.extract.quotes.find import find_quotes

__all__ = ["find_quotes", "quote_spans", "word_count"]
