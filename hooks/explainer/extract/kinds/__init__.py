"""Kinds: whether an article is a preview, a report or an analysis.

Reads: an article and its `Sentence`s and `DateMention`s. Produces: one kind from `KINDS`.
"""

from explainer.extract.kinds.classify import KINDS, classify_article

__all__ = ["KINDS", "classify_article"]
