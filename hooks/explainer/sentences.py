"""Split an article's blocks into numbered sentences.

Reads: Article.blocks. Produces: Sentence tuples with stable, 1-based indices in article order.
Limits: pysbd (English rules) runs on each block separately, so a sentence never spans two
blocks; headings, list items and attribution lines are one sentence each.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from .model import Article, Sentence

# Blocks that are one unit whatever their punctuation.
_WHOLE_BLOCKS = {"heading", "item", "attribution"}
# A block this short with no inner sentence boundary needs no segmenter (the common case for
# short paragraphs is still handed to pysbd; this only skips obvious one-liners).
_BOUNDARY = re.compile(r"[.!?…][\"'”’)\]]*\s+\S")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def _split_block(text: str) -> list[str]:
    if not _BOUNDARY.search(text):
        return [text.strip()]
    return [s.strip() for s in _segmenter().segment(text) if s.strip()]


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    heading: str | None = None
    for i, block in enumerate(article.blocks):
        if block.kind == "heading":
            heading = block.text.strip()
        parts = [block.text.strip()] if block.kind in _WHOLE_BLOCKS else _split_block(block.text)
        for part in parts:
            if not part:
                continue
            out.append(
                Sentence(
                    article_id=article.id,
                    index=len(out) + 1,
                    text=part,
                    block=i,
                    block_kind=block.kind,
                    heading=heading if block.kind != "heading" else None,
                )
            )
    return tuple(out)
