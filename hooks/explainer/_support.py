"""Which sentences of a cluster say much the same thing, and how many sources carry each.

Reads: an Extraction. Produces: a `Support` index (built once per Extraction and reused by the
event finder and the page builders): `similar(sentence)` lists the sentences of other articles
whose TF-IDF cosine with it reaches a threshold, `outlets(sentence)` the sources carrying it.
Limits: bag of words (see similarity.py); paraphrases with no shared content words are missed,
so counts of sources are a lower bound. Very common terms are not used to *find* candidates
(they would make the search quadratic at 1,000 articles); a pair that shares only common terms
is therefore never matched.
"""

from __future__ import annotations

from explainer.compare.similarity import tfidf
from explainer.model import Extraction, Sentence

# Cosine at which two sentences from different articles count as "the same claim". On the seeds
# 0.3 paired "Trump hosted Petro at the White House on Tuesday" with the other reports' lead
# sentences and kept background clauses apart; 0.2 started pairing unrelated sentences that share
# the leaders' names only.
SIMILAR = 0.3
# A term found in more than this share of sentences (and in more than COMMON_MIN of them) is not
# used to look up candidates; it still counts in the cosine.
COMMON_SHARE = 0.05
COMMON_MIN = 200
# Sentences this short (in words) are headings, datelines and labels, not claims.
MIN_WORDS = 6


class Support:
    def __init__(self, extraction: Extraction, labels: dict[str, str] | None = None) -> None:
        # source label per article id: who stands behind it (an outlet counts once)
        self.labels = labels or {f.article.id: f.article.source_key for f in extraction.articles}
        self.kinds = {f.article.id: f.kind for f in extraction.articles}
        self.sentences: list[Sentence] = [s for f in extraction.articles for s in f.sentences]
        self._pos = {s.key: i for i, s in enumerate(self.sentences)}
        self._sim = tfidf([s.text for s in self.sentences])
        postings: dict[str, list[int]] = {}
        for i, vec in enumerate(self._sim.vectors):
            for term in vec:
                postings.setdefault(term, []).append(i)
        limit = max(COMMON_MIN, int(COMMON_SHARE * len(self.sentences)))
        self._postings = {t: ids for t, ids in postings.items() if len(ids) <= limit}
        self._memo: dict[str, tuple[Sentence, ...]] = {}

    def cosine(self, a: Sentence, b: Sentence) -> float:
        return self._sim.cosine(self._pos[a.key], self._pos[b.key])

    def similar(self, sentence: Sentence, threshold: float = SIMILAR) -> tuple[Sentence, ...]:
        """Sentences of *other* articles saying much the same, most similar first."""
        memo_key = f"{sentence.key}@{threshold}"
        if memo_key in self._memo:
            return self._memo[memo_key]
        i = self._pos.get(sentence.key)
        if i is None:
            return ()
        candidates: set[int] = set()
        for term in self._sim.vectors[i]:
            candidates.update(self._postings.get(term, ()))
        scored = []
        for j in sorted(candidates):
            other = self.sentences[j]
            if other.article_id == sentence.article_id or not is_claim(other):
                continue
            score = self._sim.cosine(i, j)
            if score >= threshold:
                scored.append((-score, other.key, other))
        found = tuple(s for _, _, s in sorted(scored))
        self._memo[memo_key] = found
        return found

    def outlets(self, sentence: Sentence, kinds: tuple[str, ...] | None = None) -> list[str]:
        """Sources that carry this sentence or a similar one (optionally only of some kinds)."""
        found = {self.labels[sentence.article_id]}
        for other in self.similar(sentence):
            if kinds is None or self.kinds.get(other.article_id) in kinds:
                found.add(self.labels[other.article_id])
        return sorted(found)


def is_claim(sentence: Sentence) -> bool:
    """A body sentence long enough to state something (not a heading or a name line)."""
    return sentence.block_kind in ("paragraph", "item", "quote_block") and (
        len(sentence.text.split()) >= MIN_WORDS
    )


_LAST: list = [None, None]


def support_for(extraction: Extraction, labels: dict[str, str] | None = None) -> Support:
    """One Support per Extraction: every page of a build shares it."""
    if _LAST[0] is not extraction:
        _LAST[0], _LAST[1] = extraction, Support(extraction, labels)
    return _LAST[1]
