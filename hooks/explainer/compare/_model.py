"""The result of the source comparison: small frozen dataclasses, every item citing sentences.

Reads: nothing. Produces: the types `compare_sources` returns. Limits: no behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass

from explainer.model import Sentence


@dataclass(frozen=True)
class SourceProfile:
    key: str  # stable id of the source (outlet, else "by <byline>", else the article id)
    name: str  # what to show
    article_ids: tuple[str, ...]  # files grouped under this source (same outlet or byline)
    authors: tuple[str, ...]
    published: tuple[str, ...]
    kinds: tuple[str, ...]  # one per article, same order as article_ids
    translated: bool
    words: int
    quotes: int
    figures: int
    topics: tuple[tuple[str, int], ...]  # (topic, sentence count), in TOPICS order


@dataclass(frozen=True)
class Lede:
    source: str
    article_id: str
    headline: str | None
    standfirst: str | None
    lede: Sentence | None
    lang: str = "en"  # the article's language: the headline and standfirst carry no Sentence


@dataclass(frozen=True)
class Cell:
    topic: str
    source: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class SharedClaim:
    """Similar reports of one claim by two or more sources."""

    sentences: tuple[Sentence, ...]  # one per source, best match first
    sources: tuple[str, ...]  # same order as sentences
    anchors: tuple[str, ...]  # the names, figures or dates they share
    score: float  # the lowest pairwise TF-IDF cosine linking them


@dataclass(frozen=True)
class SingleClaim:
    source: str
    sentence: Sentence
    anchors: tuple[str, ...]  # the figures / dates that make it a checkable claim


@dataclass(frozen=True)
class Variant:
    source: str
    value: str  # the differing value as printed: "at least 12,000", "late September 2025"
    sentence: Sentence


@dataclass(frozen=True)
class Discrepancy:
    kind: str  # "figure" | "date" | "label" | "quote" | "outcome"
    subject: str  # what the variants are about: "farmers", "Ilse Marrow", remark text
    variants: tuple[Variant, ...]  # at least two sources, sorted by source
    note: str = ""  # why these count as the same slot


@dataclass(frozen=True)
class WordChoice:
    subject: str  # the entity the act is done to: "Nicolás Maduro"
    terms: tuple[Variant, ...]  # one per (source, term), sorted by source then term


@dataclass(frozen=True)
class Comparison:
    profiles: tuple[SourceProfile, ...]
    ledes: tuple[Lede, ...]
    topics: tuple[str, ...]  # row order of the coverage matrix
    matrix: tuple[Cell, ...]  # every topic x source, empty cells included
    shared: tuple[SharedClaim, ...]
    single: tuple[SingleClaim, ...]
    discrepancies: tuple[Discrepancy, ...]
    word_choice: tuple[WordChoice, ...]
    source_of: tuple[tuple[str, str], ...] = ()  # (article_id, source key)
