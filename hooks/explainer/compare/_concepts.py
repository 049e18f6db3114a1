"""The same slot in every language: the words of a measure or of a dated event, mapped to one
concept, so a Spanish, a Portuguese and an English source giving one count or one event's date
are compared (helpers for _units.py, _measure.py and _across.py).

Reads: ``cues/compare.<lang>.yml`` (explainer.cues): `units` (a counted noun, unit or clause
word -> the English word it means: "muertos" -> "dead", "por ciento" -> "percent"), `events`
(a word naming a dated event -> its concept: "reunión" / "reunião" / "meeting" -> "meeting"),
`clause_words`, `stop_words`, `list_words`, `place_words`, `adjective_before_describes`,
`narrowing_before`. Produces: `english` (a word as the comparison compares it), `unit_word`,
`events_in`, `clause_pattern`, `place_pattern`, `stop_words`, `list_words`, `epithets` and
`WORD`. Limits: English is the pivot: its words are their own
concepts, and a word of another language that its table does not map is kept apart (prefixed
with its language), so two languages never share a word by accident of spelling ("once",
"sin"); only the tables' common news measures and events compare across languages (extend a
table to add more). Inflected forms are listed one by one, not stemmed.
"""

from __future__ import annotations

import re
from functools import cache

from explainer.cues import LANGUAGES, cues, words

PIVOT = "en"
# A word: letters (any script), with inner apostrophes and hyphens; two letters at least.
WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[’'-])+")


def _table(lang: str, name: str) -> dict[str, str]:
    got = cues("compare", lang).get(name, {})
    return {k.lower(): v for k, v in got.items()} if isinstance(got, dict) else {}


@cache
def _units(lang: str) -> dict[str, str]:
    return _table(lang, "units")


@cache
def _targets() -> frozenset[str]:
    """The English words the tables map to: a figures stage that already printed "percent" in a
    Spanish sentence gives the slot itself."""
    return frozenset(v for lang in LANGUAGES if lang != PIVOT for v in _units(lang).values())


def english(word: str, lang: str) -> str | None:
    """The English word a word of `lang` is compared as (lower case); None when unmapped. An
    English word is itself."""
    w = word.lower().strip()
    if lang == PIVOT or w in _targets():
        return w
    return _units(lang).get(w)


def native(word: str, lang: str) -> str:
    """`english`, else the word kept apart by its language ("es:damnificadas")."""
    got = english(word, lang)
    return got if got is not None else f"{lang}:{word.lower()}"


def unit_word(unit: str, counts: str, lang: str) -> str:
    """The unit word of a figure as the comparison compares it: the unit, else the first words
    of what it counts ("por ciento de los votos" -> "percent")."""
    word = (unit or (counts.split()[0] if counts else "")).lower().strip()
    if lang == PIVOT:
        return word
    first = counts.lower().split()
    for cand in (word, " ".join(first[:2]), " ".join(first[:1])):
        if cand and (got := english(cand, lang)) is not None:
            return got
    return native(word, lang) if word else ""


def english_words(text: str, lang: str) -> list[str]:
    """The words of `text`, lower case, each in English where the table maps it."""
    return [english(w, lang) or w.lower() for w in WORD.findall(text)]


@cache
def _events(lang: str) -> dict[str, str]:
    return _table(lang, "events")


def events_in(text: str, lang: str) -> frozenset[str]:
    """The event concepts a stretch of text names: "la reunión del martes" -> {"meeting"}."""
    table = _events(lang)
    return frozenset(table[w.lower()] for w in WORD.findall(text) if w.lower() in table)


@cache
def clause_pattern(lang: str) -> re.Pattern:
    """Where a clause ends: punctuation, or a word that starts another statement."""
    cut = "|".join(re.escape(w) for w in words("compare", lang, "clause_words"))
    return re.compile(r"[,;:—–()]" + (rf"|\b(?:{cut})\b" if cut else ""), re.I)


@cache
def place_pattern(lang: str) -> re.Pattern:
    """A capitalised name after a preposition of place of `lang` ("en Lindau", "in Orsa")."""
    preps = "|".join(re.escape(w) for w in words("compare", lang, "place_words"))
    name = r"[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){0,2}"
    return re.compile(rf"\b(?:{preps or '(?!)'})\s+(?P<place>{name})")


@cache
def stop_words(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in words("compare", lang, "stop_words"))


@cache
def list_words(lang: str) -> frozenset[str]:
    return frozenset(words("compare", lang, "list_words"))


def epithets(text: str, lang: str) -> frozenset[str]:
    """The words of what a figure counts that describe a noun rather than narrow it (lower
    case). In a language whose cue file says an adjective before its noun describes it
    (`adjective_before_describes`: Spanish, Portuguese: "18 años de arduas negociaciones"
    are the years of the negotiations, not of some of them), an unmapped lower-case word right
    before a word the units table maps; one listed in `narrowing_before` ("nuevos empleos")
    still narrows. English has none: its adjectives stand before the nouns they narrow
    ("container ships")."""
    keep = _narrowing(lang)
    if keep is None:
        return frozenset()
    found = list(WORD.finditer(text))
    return frozenset(
        a.group(0).lower()
        for a, b in zip(found, found[1:], strict=False)
        if a.group(0)[0].islower()
        and text[a.end() : b.start()].isspace()
        and a.group(0).lower() not in keep
        and english(a.group(0), lang) is None
        and english(b.group(0), lang) is not None
    )


@cache
def _narrowing(lang: str) -> frozenset[str] | None:
    """The words `epithets` never returns in `lang` (`narrowing_before` and the stop words),
    built once per language; None where an adjective before its noun narrows it."""
    if lang == PIVOT or cues("compare", lang).get("adjective_before_describes") is not True:
        return None
    return frozenset(w.lower() for w in words("compare", lang, "narrowing_before")) | stop_words(
        lang
    )
