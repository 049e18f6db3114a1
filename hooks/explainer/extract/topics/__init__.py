"""Topics: which section of the story each sentence belongs to.

Reads: an article's `Sentence`s and `DateMention`s. Produces: one topic from `TOPICS` per
sentence (background, agenda, outcome, reactions, implications).
"""

from explainer.extract.topics.classify import TOPICS, classify_topics

__all__ = ["TOPICS", "classify_topics"]
