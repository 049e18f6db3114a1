"""Firsts counted from different starts: "the first time a sitting mayor has lost" (never
before) in one source, "the first time since 1990 that the sitting mayor has lost" in another.

Reads: an Extraction and the source of each article. Produces: Discrepancy items of kind
"record". Limits: only the noun phrase "the first time", its start read right after it: "since
<up to four words and a year>" is that year; nothing (or "ever") is "never before"; any other
start ("in a year", "since the war") is not compared, so "for the first time in a year" /
"in over a year" never collide. Two claims are about the same thing when the words after them
share at least RECORD_WORDS content words and half of the shorter claim's (the year's phrase
left out). Never a claim inside a quotation or a heading.
"""

from __future__ import annotations

import re

from explainer.compare._measure import quoted
from explainer.compare._model import Discrepancy, Variant
from explainer.compare._units import quotes_by_sentence, stem
from explainer.compare.similarity import STOP_WORDS
from explainer.model import Extraction

# Content words the two claims' clauses must share: the invented pairs (tests) share three or
# more; two firsts about different things in one cluster share at most one.
RECORD_WORDS = 3
# Years this far apart are one start, told loosely ("since 1985" / "since 1986").
YEAR_SLACK = 1

_FIRST = re.compile(r"\bthe\s+first\s+time\b", re.I)
_SINCE_YEAR = re.compile(
    r"^\s*since\s+(?:[\w’'-]+\s+){0,4}?((?:1[6-9]|20)\d\d)\b(?:[’']s)?"
    # the words that finish the start ("... 1985 return to democracy"), up to "that" / "when"
    r"(?:\s+(?!(?:that|when|a|an|the|and)\b)[a-z][\w’'-]*){0,4}",
    re.I,
)
_EVER = re.compile(r"^\s*ever\b", re.I)
_OTHER_START = re.compile(r"^\s*(?:since|in|for|after|this|that\s+year|of)\b", re.I)
_END = re.compile(r"[,;:.!?—–()]")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]+")


def _claims(extraction: Extraction, sources: dict[str, str]):
    said = quotes_by_sentence(extraction)
    for f in extraction.articles:
        for s in f.sentences:
            if s.block_kind == "heading":
                continue
            for m in _FIRST.finditer(s.text):
                if quoted(s, m.group(0), said.get(s.key, ())):
                    continue
                rest = s.text[m.end() :]
                since = _SINCE_YEAR.match(rest)
                if since:
                    start, told = int(since.group(1)), rest[: since.end()].strip()
                    rest = rest[since.end() :]
                elif _EVER.match(rest) or not _OTHER_START.match(rest):
                    start, told = None, ""
                else:
                    continue  # "in a year", "since the war": a start this rule does not read
                cut = _END.search(rest)
                words = _words(rest[: cut.start()] if cut else rest)
                value = " ".join((m.group(0), told)).strip()
                yield sources[f.article.id], start, words, Variant(sources[f.article.id], value, s)


def _words(text: str) -> set[str]:
    return {
        stem(w.replace("-", ""))
        for w in _WORD.findall(text)
        if w[0].islower() and w.lower() not in STOP_WORDS and len(w) > 2
    }


def _differ(a: int | None, b: int | None) -> bool:
    if a is None or b is None:
        return (a is None) != (b is None)
    return abs(a - b) > YEAR_SLACK


def record_conflicts(extraction: Extraction, sources: dict[str, str]) -> list[Discrepancy]:
    claims = list(_claims(extraction, sources))
    parent = list(range(len(claims)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, (si, yi, wi, _) in enumerate(claims):
        for j in range(i + 1, len(claims)):
            sj, yj, wj, _ = claims[j]
            if si == sj or not _differ(yi, yj):
                continue
            shared = len(wi & wj)
            if shared >= RECORD_WORDS and 2 * shared >= min(len(wi), len(wj)):
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for k in range(len(claims)):
        groups.setdefault(root(k), []).append(k)
    out = []
    for members in sorted(groups.values()):
        if len(members) < 2:
            continue
        variants = sorted(
            (claims[k][3] for k in members), key=lambda v: (v.source, v.sentence.key, v.value)
        )
        ever = next((claims[k][3] for k in members if claims[k][1] is None), variants[0])
        text = ever.sentence.text
        at = _FIRST.search(text)
        tail = text[at.start() :] if at else text
        cut = _END.search(tail)
        out.append(
            Discrepancy(
                "record",
                tail[: cut.start()] if cut else tail,
                tuple(variants),
                "the same first, counted from a different start (or from none)",
            )
        )
    return out
