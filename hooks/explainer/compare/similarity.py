"""TF-IDF cosine similarity between sentences, in plain Python.

Reads: a list of texts. Produces: a `Similarity` whose `cosine(i, j)` scores two of them.
`index` + `pairs` list the only pairs that can reach a cosine, without scoring every pair.
Limits: word unigrams, sublinear tf (1 + log tf), smoothed idf (log((1 + n) / (1 + df)) + 1),
English stop words, L2-normalised vectors; reproduces scikit-learn's TfidfVectorizer with the
same settings (see docs/dev/nlp-notes.md). Bag of words: it cannot tell "A hosted B" from
"B hosted A", and paraphrases with no shared content words score 0.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

# A short English stop list: function words only, so content words (names, numbers, verbs of
# the event) carry the score.
STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself""".split()
)
# Letters and digits, keeping inner hyphens/apostrophes out (scikit-learn's default token rule:
# runs of two or more word characters).
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text.lower()) if t not in STOP_WORDS]


@dataclass(frozen=True)
class Similarity:
    vectors: tuple[dict[str, float], ...]

    def cosine(self, i: int, j: int) -> float:
        a, b = self.vectors[i], self.vectors[j]
        if len(b) < len(a):
            a, b = b, a
        # same order of terms as a full scan, so the same float sum
        return sum(w * b[t] for t, w in a.items() if t in b)

    def index(self, threshold: float) -> dict[str, list[int]]:
        """term -> the texts (in order) that index it, for finding pairs that may reach
        `threshold` without scoring every pair.

        Prefix filtering (Bayardo et al., "Scaling up all pairs similarity search", 2007): order
        the terms rarest first; of each vector, index only the rarest terms up to where the
        rest has an L2 norm below the threshold. A pair sharing none of j's indexed terms shares
        only terms of j's rest, so its cosine is at most that rest's norm (Cauchy-Schwarz; the
        vectors are unit length) and below the threshold.
        """
        df: dict[str, int] = {}
        for v in self.vectors:
            for t in v:
                df[t] = df.get(t, 0) + 1
        # a hair below the threshold so rounding never drops a pair exactly at it
        bound = (threshold * (1 - 1e-9)) ** 2
        out: dict[str, list[int]] = {}
        for j, v in enumerate(self.vectors):
            terms = sorted(v, key=lambda t: (df[t], t))
            rest = 0.0
            cut = len(terms)
            while cut and rest + v[terms[cut - 1]] ** 2 < bound:
                cut -= 1
                rest += v[terms[cut]] ** 2
            for t in terms[:cut]:
                out.setdefault(t, []).append(j)
        return out

    def pairs(self, index: dict[str, list[int]], links: int | None = None):
        """Pairs (i, j), i < j, that may reach the index's threshold (a superset: score them).
        With `links`, a term links only the first `links` texts that index it, which bounds the
        work on large clusters at the cost of completeness (a claim repeated by hundreds of
        texts is still found among its first ones)."""
        for i, v in enumerate(self.vectors):
            near = {j for t in v for j in index.get(t, ())[:links] if j > i}
            for j in sorted(near):
                yield i, j

    def nearest_at_least(self, i: int, index: dict[str, list[int]], threshold, skip) -> bool:
        """Whether some text j (not skip(j)) has a cosine of at least `threshold` with text i;
        exact when `index` was built for `threshold` or lower."""
        seen: set[int] = set()
        for t in self.vectors[i]:
            for j in index.get(t, ()):
                if j != i and j not in seen:
                    seen.add(j)
                    if not skip(j) and self.cosine(i, j) >= threshold:
                        return True
        return False


def tfidf(texts: list[str]) -> Similarity:
    docs = [Counter(tokens(t)) for t in texts]
    n = len(docs)
    df = Counter(term for d in docs for term in d)
    idf = {term: math.log((1 + n) / (1 + k)) + 1.0 for term, k in df.items()}
    vectors = []
    for d in docs:
        v = {t: (1.0 + math.log(c)) * idf[t] for t, c in sorted(d.items())}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        vectors.append({t: w / norm for t, w in v.items()})
    return Similarity(tuple(vectors))
