"""The agenda cue patterns of one language: English from _agenda_phrases.py, Spanish and
Portuguese from cues/agenda.<lang>.yml, under the same names, for the same code path.

Reads: the cue file (lists of regular-expression fragments, or whole patterns as strings).
Produces: `table(lang, english, what)`, name -> pattern. A language's `cue` is built like the
English one: a cue phrase ("discutirán", "vão discutir") or a list cue (`list_cue`: "temas
como", "na pauta estão", whose list runs on through semicolons), then what it names (`what`).
Word sets (`dangling`, `prepositions`, `not_item`) are patterns matched against a whole word.
Limits: a language without a cue file uses the English patterns.
"""

from __future__ import annotations

import re

from explainer.cues import cues
from explainer.cues.patterns import compile_cue, patterns

_TABLES: dict[str, dict[str, re.Pattern[str]]] = {}


def words_pattern(words) -> re.Pattern[str]:
    """A word set as a pattern to `fullmatch` one lower-case word against."""
    return compile_cue(tuple(sorted(words)))


def table(lang: str, english: dict[str, re.Pattern[str]], what: str) -> dict[str, re.Pattern[str]]:
    if lang == "en" or not cues("agenda", lang):
        return english
    if lang not in _TABLES:
        p = dict(patterns("agenda", lang, english))
        data = cues("agenda", lang)
        plain = compile_cue(data.get("cue")).pattern
        listed = compile_cue(data.get("list_cue")).pattern
        p["cue"] = re.compile(rf"(?:{plain}|(?P<list>{listed}))\s+(?P<what>{what})", re.IGNORECASE)
        _TABLES[lang] = p
    return _TABLES[lang]
