"""Tense cues of the dates stage, per language: which words make a clause future, past, a plan
told in the past, an attribution, a deadline; compiled from ``cues/dates.<lang>.yml``.

Reads: the language's `future`, `past`, `planned`, `said`, `deadline_after`, `passed`,
`target_before` and `rhetoric` lists (regex fragments, matched as whole words, case-insensitive).
Produces: `Tense`, the compiled patterns find.py reads. The English patterns compile to the
strings the stage used before the words moved into YAML (kept identical on purpose).
`clause_break` is where an event clause ends (a comma between digits does not, where the
cue file says `decimal_comma: true`; before one of its `clause_words`, such as "que").
Limits: tense is read from cue words (and, in Spanish and Portuguese, verb endings such as
-ó / -ou for the past and -rá for the future), not parsed; a language without a file gets
patterns that never match, i.e. every date is read in the news present.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from explainer.cues import cues, words

_NEVER = r"(?!)"
# With a decimal comma ("2,3%") a comma between digits is part of a number, no clause break.
_COMMA = r"(?:(?<!\d)[,;:]|[,;:](?!\d))"


def _alt(lang: str, name: str) -> str:
    got = words("dates", lang, name)
    return "|".join(got) if got else _NEVER


@dataclass(frozen=True)
class Tense:
    future: re.Pattern
    past: re.Pattern
    planned: re.Pattern  # "was scheduled for May 12": a plan told in the past
    said: re.Pattern  # the verb attributing the sentence, no tense of its clause
    deadline: re.Pattern  # matched right after a date: "the March 9 deadline"
    passed: re.Pattern
    rhetoric: re.Pattern  # "today ... tomorrow": rhetoric, not two dates
    clause_break: re.Pattern  # where an event clause ends
    target: re.Pattern  # right before a date, a plan's target: "convocado para el 20 de febrero"


def _words(lang: str) -> str:
    """Words that open a new clause ("disse nesta segunda-feira (2) | que a reforma será
    votada"): the tense of what was said is not the tense of when it was said."""
    got = words("dates", lang, "clause_words")
    return rf"|\s+(?=(?:{'|'.join(got)})\s)" if got else ""


@cache
def tense(lang: str) -> Tense:
    lang = lang if words("dates", lang, "future") else "en"
    decimal = bool(cues("dates", lang).get("decimal_comma"))
    today, tomorrow = (words("dates", lang, "rhetoric") + ("(?!)", "(?!)"))[:2]
    return Tense(
        future=re.compile(rf"\b(?:{_alt(lang, 'future')})\b", re.IGNORECASE),
        past=re.compile(rf"\b(?:{_alt(lang, 'past')})\b", re.IGNORECASE),
        planned=re.compile(rf"\b(?:{_alt(lang, 'planned')})\b", re.IGNORECASE),
        said=re.compile(rf"\b(?:{_alt(lang, 'said')})\b", re.IGNORECASE),
        deadline=re.compile(rf"\s+(?:{_alt(lang, 'deadline_after')})\b", re.IGNORECASE),
        passed=re.compile(rf"\b(?:{_alt(lang, 'passed')})\b", re.IGNORECASE),
        rhetoric=re.compile(
            rf"\b{today}\b.*\b{tomorrow}\b|\b{tomorrow}\b.*\b{today}\b", re.IGNORECASE
        ),
        target=re.compile(rf"\b(?:{_alt(lang, 'target_before')})\s+$", re.IGNORECASE),
        clause_break=re.compile(
            rf"\s*(?:{_COMMA if decimal else '[,;:]'}|\s[–—-]\s|\(|\)){_words(lang)}\s*"
        ),
    )
