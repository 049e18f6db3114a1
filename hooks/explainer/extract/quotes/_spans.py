"""Quotation spans and speech cues inside one sentence (helpers for quotes.py).

Reads: a sentence's text. Produces: the quoted spans (“…”, "…", ‘…’) with offsets, the speech
cues (said, told, warned, classified, according to ...) with offsets, and word gaps.
Limits: a quotation left open at the end of a sentence runs to the sentence end (the rest is
picked up by the caller); an apostrophe followed by a space ("Santos’ first term") can close a
‘single-quoted’ span early.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explainer._memo import per_sentence
from explainer.lexicon import SPEECH_CUES

_CUE_RE = re.compile(
    r"(?<![\w’'])(" + "|".join(re.escape(c) for c in sorted(set(SPEECH_CUES), key=len,
                                                             reverse=True)) + r")(?![\w’'])"
)
_WORD = re.compile(r"[\w’'\-]+")

_PAIRS = (("“", "”"), ("‘", "’"), ("«", "»"))
# An opening single quote starts a word; a closing one is not followed by a letter (so the
# apostrophe in "Petro’s" never closes a span).
_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘(?=\w)(.+?)’(?![\w])")
_DOUBLE = re.compile(r"“([^”]*)(”|$)")
_STRAIGHT = re.compile(r'(?:(?<=^)|(?<=[\s(\[—–-]))"([^"]+)("|$)')
_GUILLEMET = re.compile(r"«([^»]*)(»|$)")


@dataclass(frozen=True)
class Span:
    start: int  # offset of the opening mark (or 0 for a continuation)
    end: int  # offset after the closing mark
    text: str  # the quoted words
    open_end: bool  # no closing mark in this sentence


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    word: str


@per_sentence
def quote_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    for rx in (_DOUBLE, _STRAIGHT, _GUILLEMET, _SINGLE):
        for m in rx.finditer(text):
            if any(s.start <= m.start() < s.end for s in spans):
                continue
            inner = m.group(1)
            open_end = rx is not _SINGLE and m.group(2) == ""
            words = inner.strip().rstrip(",")
            if words:
                spans.append(Span(m.start(), m.end(), words, open_end))
    return sorted(spans, key=lambda s: s.start)


def speech_cues(text: str, spans: list[Span]) -> list[Cue]:
    """Cues outside the quoted words."""
    return [
        Cue(m.start(), m.end(), m.group(1).lower())
        for m in _CUE_RE.finditer(text)
        if not any(s.start <= m.start() < s.end for s in spans)
    ]


# A sentence break inside a quotation, not after an abbreviation ("U.S.", "Mr.", "Gen.").
_INNER_STOP = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘])")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:(?:[A-Z]\.)+|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|"
                           r"Lt|Col|Prof|No|vs)\.$")


def quote_sentences(text: str) -> list[str]:
    """The sentences of a quotation (one quote row each): “A. B.” is “A.” and “B.”."""
    parts, start = [], 0
    for m in _INNER_STOP.finditer(text):
        if not _ABBREVIATION.search(text[start : m.start()]):
            parts.append(text[start : m.start()])
            start = m.end()
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def mask(text: str, spans: list[Span]) -> str:
    """The sentence with quoted words blanked out (same length), so names inside a quotation
    are never taken for its speaker."""
    chars = list(text)
    for s in spans:
        for i in range(s.start, min(s.end, len(chars))):
            chars[i] = " "
    return "".join(chars)
