"""TF-IDF cosine similarity between sentences, in plain Python.

Reads: a list of texts. Produces: a `Similarity` whose `cosine(i, j)` scores two of them.
Limits: word unigrams, sublinear tf (1 + log tf), smoothed idf (log((1 + n) / (1 + df)) + 1),
English stop words, L2-normalised vectors; reproduces scikit-learn's TfidfVectorizer with the
same settings (see NLP-NOTES.md). Bag of words: it cannot tell "A hosted B" from "B hosted A",
and paraphrases with no shared content words score 0.
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
        return sum(w * b.get(t, 0.0) for t, w in a.items())


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
