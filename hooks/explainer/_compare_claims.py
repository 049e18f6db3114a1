"""Which claims several sources share, and which only one source reports.

Reads: an Extraction and the source of each article. Produces: SharedClaims and SingleClaims.
Limits: "the same claim" is approximated by TF-IDF cosine (bag of words, see similarity.py)
constrained by a shared anchor (a person, place or organisation named in both, the same figure
value, or the same date); paraphrases with few shared words are missed, and two different
claims about the same people can be paired when their wording overlaps a lot. Shown as
"similar reports" with the evidence, never as proof of agreement.
"""

from __future__ import annotations

import re

from ._compare_model import SharedClaim, SingleClaim
from .model import Extraction, Sentence
from .similarity import tfidf

# Two sentences from different sources report the same claim at or above this cosine (and
# share an anchor). Chosen by reading the ranked pairs of the seeds and the synthetic cluster:
# above 0.3 nearly every pair was the same claim; between 0.2 and 0.3 about half were merely
# about the same people.
SHARED_MIN = 0.3
# A sentence counts as reported by one source only when no sentence of another source reaches
# this cosine with it: lower than SHARED_MIN, so "single" errs towards fewer, surer items.
SINGLE_MAX = 0.2
# Sentences shorter than this (in words) carry no checkable claim ("Marrow struck a firmer tone.").
MIN_WORDS = 6
# Topics a preview may contribute: what it says happened before it was written. Its agenda,
# outcome and implications sentences are expectations, not reports.
PREVIEW_TOPICS = ("background", "reactions")

_CAPITAL = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w’'-]{2,}")
# Capitalised words that are not names, for the fallback when no people stage ran.
_NOT_NAMES = frozenset(
    "The This That These Those President Prime Minister Minister Foreign Secretary State Vice "
    "Senator Ambassador Mr Mrs Ms Dr And But However While When After Before In On At For With "
    "From Despite Both Its His Her Their".split()
)


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,g}"


def anchors(extraction: Extraction) -> dict[str, set[str]]:
    """sentence key -> {"name:…", "figure:…", "date:…"} labels it can be matched on."""
    out: dict[str, set[str]] = {}
    for p in extraction.people:
        if not p.is_author:
            for s in p.mentions:
                out.setdefault(s.key, set()).add(f"name:{p.name}")
    for e in extraction.entities:
        for s in e.mentions:
            out.setdefault(s.key, set()).add(f"name:{e.name}")
    for f in extraction.articles:
        for fig in f.figures:
            out.setdefault(fig.sentence.key, set()).add(f"figure:{_fmt(fig.value)}")
        for d in f.dates:
            out.setdefault(d.sentence.key, set()).add(f"date:{d.iso}")
        if not extraction.people and not extraction.entities:
            for s in f.sentences:
                for m in _CAPITAL.findall(s.text):
                    if m not in _NOT_NAMES:
                        out.setdefault(s.key, set()).add(f"name:{m}")
    return out


def candidates(extraction: Extraction) -> list[Sentence]:
    """Sentences that may stand for a claim, in article order."""
    out = []
    for f in extraction.articles:
        topic = {t.sentence.key: t.topic for t in f.topics}
        for s in f.sentences:
            if s.block_kind in ("heading", "attribution") or len(s.text.split()) < MIN_WORDS:
                continue
            if f.kind == "preview" and topic.get(s.key) not in PREVIEW_TOPICS:
                continue
            out.append(s)
    return out


def _label(anchor: str) -> str:
    return anchor.split(":", 1)[1]


def claims(extraction: Extraction, sources: dict[str, str]):
    """(shared claims, single-source claims)."""
    sents = candidates(extraction)
    sim = tfidf([s.text for s in sents])
    marks = anchors(extraction)
    src = [sources[s.article_id] for s in sents]
    pairs = []
    best_other = [0.0] * len(sents)
    for i in range(len(sents)):
        for j in range(i + 1, len(sents)):
            if src[i] == src[j]:
                continue
            score = sim.cosine(i, j)
            best_other[i] = max(best_other[i], score)
            best_other[j] = max(best_other[j], score)
            shared = marks.get(sents[i].key, set()) & marks.get(sents[j].key, set())
            if score >= SHARED_MIN and shared:
                pairs.append((-round(score, 12), i, j, shared))
    return _group(pairs, sents, src, marks), _single(extraction, sents, src, marks, best_other)


def _group(pairs, sents, src, marks) -> tuple[SharedClaim, ...]:
    # Greedy, strongest pair first; a sentence joins one group, a group holds one sentence per
    # source, so a chain of loose matches cannot snowball into one giant "claim".
    groups: list[dict] = []
    member: dict[int, int] = {}
    for neg, i, j, _ in sorted(pairs):
        gi, gj = member.get(i), member.get(j)
        if gi is None and gj is None:
            member[i] = member[j] = len(groups)
            groups.append({"idx": [i, j], "score": -neg})
        elif (gi is None) != (gj is None):
            g, new = (gi, j) if gi is not None else (gj, i)
            if src[new] not in {src[k] for k in groups[g]["idx"]}:
                groups[g]["idx"].append(new)
                groups[g]["score"] = min(groups[g]["score"], -neg)
                member[new] = g
    out = []
    for g in groups:
        idx = g["idx"]
        common = set.intersection(*(marks.get(sents[k].key, set()) for k in idx))
        if not common:
            common = marks.get(sents[idx[0]].key, set()) & marks.get(sents[idx[1]].key, set())
        out.append(
            SharedClaim(
                sentences=tuple(sents[k] for k in idx),
                sources=tuple(src[k] for k in idx),
                anchors=tuple(sorted(_label(a) for a in common)),
                score=round(g["score"], 3),
            )
        )
    return tuple(sorted(out, key=lambda c: (-len(c.sources), -c.score, c.sentences[0].key)))


def _single(extraction, sents, src, marks, best_other) -> tuple[SingleClaim, ...]:
    kinds = {f.article.id: f.kind for f in extraction.articles}
    by_figure: dict[str, set[str]] = {}
    for k, s in enumerate(sents):
        for a in marks.get(s.key, ()):
            if a.startswith("figure:"):
                by_figure.setdefault(a, set()).add(src[k])
    out = []
    for k, s in enumerate(sents):
        if kinds.get(s.article_id) != "report" or best_other[k] >= SINGLE_MAX:
            continue
        checkable = sorted(a for a in marks.get(s.key, ()) if a.split(":")[0] in ("figure", "date"))
        if not checkable or any(len(by_figure.get(a, ())) > 1 for a in checkable):
            continue
        out.append(
            SingleClaim(source=src[k], sentence=s, anchors=tuple(_label(a) for a in checkable))
        )
    return tuple(sorted(out, key=lambda c: (c.source, c.sentence.article_id, c.sentence.index)))
