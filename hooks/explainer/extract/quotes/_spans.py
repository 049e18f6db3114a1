"""Quotation spans and speech cues inside one sentence (helpers for quotes.py).

Reads: a sentence's text. Produces: the quoted spans (“…”, "…", ‘…’, «…», ‹…›; one inside
another is part of it) with offsets, the speech cues of the sentence's language (said, according
to; dijo, según; disse, segundo ...) with offsets, and word gaps.
Limits: a quotation left open at the end of a sentence runs to the sentence end (the rest is
picked up by the caller); an apostrophe followed by a space ("Santos’ first term") can close a
‘single-quoted’ span early.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explainer._memo import per_sentence
from explainer.extract.quotes._lang import EN, Lang

_WORD = re.compile(r"[\w’'\-]+")

_PAIRS = (("“", "”"), ("‘", "’"), ("«", "»"), ("‹", "›"))
# An opening single quote starts a word; a closing one is not followed by a letter (so the
# apostrophe in "Petro’s" never closes a span).
_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘(?=\w)(.+?)’(?![\w])")
_DOUBLE = re.compile(r"“([^”]*)(”|$)")
_STRAIGHT = re.compile(r'(?:(?<=^)|(?<=[\s(\[—–-]))"([^"]+)("|$)')
_GUILLEMET = re.compile(r"«([^»]*)(»|$)")
_SINGLE_GUILLEMET = re.compile(r"‹([^›]*)(›|$)")


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
    for rx in (_DOUBLE, _STRAIGHT, _GUILLEMET, _SINGLE_GUILLEMET, _SINGLE):
        for m in rx.finditer(text):
            if any(s.start <= m.start() < s.end for s in spans):
                continue
            inner = m.group(1)
            open_end = rx is not _SINGLE and m.group(2) == ""
            words = inner.strip().rstrip(",")
            if words:
                spans.append(Span(m.start(), m.end(), words, open_end))
    # «... “inner” ...»: a quotation inside another is part of it, not a span of its own.
    spans = [s for s in spans if not any(o.start < s.start and s.end <= o.end for o in spans)]
    return sorted(spans, key=lambda s: s.start)


def speech_cues(text: str, spans: list[Span], lg: Lang = EN) -> list[Cue]:
    """Cues outside the quoted words, in the sentence's language ("o segundo turno" is no
    "segundo"; "Para X, ..." is a cue only at the sentence start)."""
    found = [
        Cue(m.start(), m.end(), m.group(1).lower())
        for m in lg.cue_re.finditer(text)
        if not any(s.start <= m.start() < s.end for s in spans)
        and not _after_determiner(text, m.start(), lg)
    ]
    opening = lg.opening.match(text) if lg.opening else None
    if opening and not any(s.start <= opening.start(1) < s.end for s in spans):
        found.insert(0, Cue(opening.start(1), opening.end(1), opening.group(1).lower()))
    return found


def _after_determiner(text: str, start: int, lg: Lang) -> bool:
    words = text[:start].split()
    return bool(lg.not_after) and bool(words) and words[-1].lower() in lg.not_after


# A sentence break inside a quotation, not after an abbreviation ("U.S.", "Mr.", "Gen.", "Sra.");
# Spanish and Portuguese sentences may open with an accented capital, "¿" or "¡".
_INNER_STOP = re.compile(r"(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑÂÊÔÃÕÀÇÜ“\"‘«¿¡])")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:(?:[A-Z]\.)+|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|"
                           r"Lt|Col|Prof|No|vs|Sra|Srta|Dra|Lic|Ing|Gral|Excmo|Excma)\.$")


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
