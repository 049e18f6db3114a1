"""Names in a list after a plural title, and the country written after a name (private helper
for find.py).

Reads: the text before and after one name of a sentence in a language with a people cue file.
Produces: the title a plural carries over to every name of the list that follows it ("los
presidentes A de Colombia, B de Chile y C": each "presidente"; "os presidentes A, do Brasil, B,
da Argentina": each "presidente") and the country a name is tied to by "de/do/da" right after
it ("A, de Brasil," / "A da Bolívia"), as the gazetteer writes it.
Limits: only one-word titles have a plural (cue file `titles`, -s after a vowel, -es after a
consonant); a list item is capitalised words with particles and an optional ", de <País>"; a
list stops at the first lower-case word that is no particle or joiner; the country must be one
the lists know (a city gives no side).
"""

from __future__ import annotations

import re

from explainer.extract.people._lang import Lang, country

# How far back from a name the plural title may stand: four list items of "Name Name, do País"
# are under 160 characters; 300 leaves room for longer names without scanning whole sentences.
MAX_LIST_CHARS = 300
_CAP = r"[A-ZÀ-Þ][\w.’'-]*"


def _items_pattern() -> re.Pattern:
    """Zero or more list items, each followed by its separator, up to the name."""
    part = r"(?:de|del|da|do|das|dos|de la|de los|von|van|von der|van der)"
    of = r"(?:de|del|da|do|das|dos)"
    item = rf"{_CAP}(?:\s+(?:{part}\s+)*{_CAP})*(?:\s*,\s*{of}\s+{_CAP}(?:\s+{_CAP})*)?"
    sep = r"(?:\s*,\s*(?:(?:y|e)\s+)?|\s+(?:y|e)\s+)"
    return re.compile(rf"(?:{item}{sep})*")


_ITEMS = _items_pattern()


def plural_title(lw: Lang | None, before: str, cued) -> str | None:
    """The singular of a plural title heading the list this name ends ("presidente"), for a
    name no title of its own precedes (`cued`: the role read around it, if any)."""
    if lw is None or cued:
        return None
    tail = before[-MAX_LIST_CHARS:]
    last = None
    for m in lw.plural.finditer(tail):
        last = m
    if last is None or not _ITEMS.fullmatch(tail, last.end()):
        return None
    return lw.plurals.get(last.group("pl").lower())


def country_after(lw: Lang | None, text: str, name: tuple) -> str | None:
    """The country of "X da Bolívia", "X, de Brasil," (`name`: the name's tokens in `text`)."""
    m = lw.of_tail.match(text[name[-1].end :]) if lw and name else None
    if not m:
        return None
    return country(lw, m.group(1)) or country(lw, m.group(1).rstrip("."))  # a full stop
