"""Discrepancies in what was said: labels for a person, quote wordings, outcome statements.

Reads: an Extraction and the source of each article. Produces: Discrepancy items of kind
"label", "quote" and "outcome". Limits: labels are found only in the pattern "called / labelled /
branded / dubbed <Name> (a|an) <label>", the label either quoted or a bare phrase of up to three
lower-case words; a pronoun target ("calling him …") is skipped rather than guessed. Outcome
polarity is a small cue list ("without … agreements", "no deal" vs "agreed to", "productive"),
read in report articles only: a preview's hopes are not an outcome.
"""

from __future__ import annotations

import re

from explainer.compare._model import Discrepancy, Variant
from explainer.model import Extraction

_LABEL = re.compile(
    r"\b(?:call(?:ed|ing)|label(?:l)?(?:ed|ing)|brand(?:ed|ing)|dubb(?:ed|ing))\s+"
    r"(?P<target>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
    r"(?:(?:a|an|the)\s+)?"
    r"(?:[“\"‘](?P<quoted>[^”\"’]{2,40})[”\"’]"
    r"|(?P<bare>[a-z][\w-]*(?:\s+(?!(?:in|on|at|for|to|of|by|and|who|after|over|during)\b)"
    r"[a-z][\w-]*){0,2})(?=[.,;]|\s+(?:in|on|at|for|to|of|by|and|who|after|over|during)\b|$))"
)
_NEGATIVE = re.compile(
    r"\bwithout\s+(?:\w+\s+){0,3}(?:agreements?|deals?|results?|breakthroughs?|progress)\b"
    r"|\bno\s+(?:\w+\s+)?(?:agreements?|deal|breakthrough|progress)\b"
    r"|\bfailed\s+to\s+(?:agree|reach)\b|\bdid\s+not\s+(?:reach|produce)\s+(?:an?\s+)?"
    r"(?:agreement|deal)\b",
    re.IGNORECASE,
)
_POSITIVE = re.compile(
    r"\bagreed\s+to\b|\bproductive\b|\breached\s+an?\s+(?:agreement|deal)\b|\bsigned\s+an?\b"
    r"|\bbreakthrough\b",
    re.IGNORECASE,
)
_PUNCT = re.compile(r"[^\w\s]")


def _canonical(extraction: Extraction) -> dict[str, str]:
    """Every alias and surname of a story person -> the canonical name."""
    out: dict[str, str] = {}
    for p in extraction.people:
        if p.is_author:
            continue
        for alias in (p.name, *p.aliases, p.name.split()[-1]):
            out.setdefault(alias, p.name)
    return out


def label_conflicts(extraction: Extraction, sources: dict[str, str]) -> list[Discrepancy]:
    names = _canonical(extraction)
    by_target: dict[str, list[Variant]] = {}
    for f in extraction.articles:
        for s in f.sentences:
            for m in _LABEL.finditer(s.text):
                label = (m.group("quoted") or m.group("bare") or "").strip()
                if not label:
                    continue
                raw = m.group("target")
                target = names.get(raw) or names.get(raw.split()[-1]) or raw
                by_target.setdefault(target, []).append(Variant(sources[f.article.id], label, s))
    out = []
    for target, variants in sorted(by_target.items()):
        labels = {_PUNCT.sub("", v.value.lower()) for v in variants}
        if len(labels) > 1 and len({v.source for v in variants}) > 1:
            variants = sorted(variants, key=lambda v: (v.source, v.sentence.key))
            out.append(
                Discrepancy("label", target, tuple(variants), "labels applied to the same person")
            )
    return out


def quote_conflicts(extraction: Extraction, sources: dict[str, str]) -> list[Discrepancy]:
    by_remark: dict[int, list] = {}
    for f in extraction.articles:
        for q in f.quotes:
            if q.remark is not None:
                by_remark.setdefault(q.remark, []).append((sources[f.article.id], q))
    out = []
    for _, items in sorted(by_remark.items()):
        wordings = {" ".join(_PUNCT.sub("", q.text.lower()).split()) for _, q in items}
        if len(wordings) < 2 or len({s for s, _ in items}) < 2:
            continue
        speaker = next((q.speaker for _, q in items if q.speaker), None)
        variants = sorted(
            (Variant(s, q.text, q.sentence) for s, q in items),
            key=lambda v: (v.source, v.sentence.key, v.value),
        )
        subject = speaker or variants[0].value
        out.append(
            Discrepancy("quote", subject, tuple(variants), "the same remark, worded differently")
        )
    return out


def outcome_conflicts(extraction: Extraction, sources: dict[str, str]) -> list[Discrepancy]:
    negative: list[Variant] = []
    positive: list[Variant] = []
    for f in extraction.articles:
        if f.kind != "report":
            continue
        for s in f.sentences:
            if s.block_kind == "heading":
                continue
            if m := _NEGATIVE.search(s.text):
                negative.append(Variant(sources[f.article.id], m.group(0), s))
            elif m := _POSITIVE.search(s.text):
                positive.append(Variant(sources[f.article.id], m.group(0), s))
    neg_sources = {v.source for v in negative}
    pos_sources = {v.source for v in positive}
    if not negative or not positive or neg_sources | pos_sources == neg_sources & pos_sources:
        return []
    if len(neg_sources | pos_sources) < 2:
        return []
    variants = sorted(negative + positive, key=lambda v: (v.source, v.sentence.key))
    return [
        Discrepancy(
            "outcome",
            "the outcome of the event",
            tuple(variants),
            "one source reports no agreement, another an agreement or productive talks",
        )
    ]
